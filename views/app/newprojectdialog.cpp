#include "newprojectdialog.h"

#include "reference/reference.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_dpoName(new QLineEdit(this))
    , m_dpoEmail(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New project"));
    m_name->setObjectName(QStringLiteral("projectName"));
    m_name->setPlaceholderText(tr("e.g. Records of processing 2027"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("Your organisation's legal name"));
    m_country->setObjectName(QStringLiteral("country"));
    m_dpoName->setObjectName(QStringLiteral("dpoName"));
    m_dpoEmail->setObjectName(QStringLiteral("dpoEmail"));

    // Countries by their name in the user's language.
    const Reference &reference = Reference::instance();
    QList<QPair<QString, QString>> countries;
    for (const Country &c : reference.countries())
        countries.append({reference.countryName(c.code), c.code});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    m_country->addItem(tr("Not stated"), QString());
    for (const auto &[name, code] : std::as_const(countries))
        m_country->addItem(name, code);
    m_country->setEditable(true); // type to find
    m_country->setInsertPolicy(QComboBox::NoInsert);

    auto *form = new QFormLayout;
    form->addRow(tr("Project &name:"), m_name);
    form->addRow(tr("Your &organisation:"), m_organisation);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Data protection &officer:"), m_dpoName);
    form->addRow(tr("DPO's &e-mail:"), m_dpoEmail);

    auto *intro = new QLabel(tr("Every record of processing starts with the controller: your organisation and its "
                                "data protection officer (Art. 30(1)(a) GDPR). You can change these later."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

edit::NewProjectDetails NewProjectDialog::details() const
{
    edit::NewProjectDetails d;
    d.name = m_name->text();
    d.organisation = m_organisation->text();
    // The item chosen, or the one whose name was typed.
    const int typed = m_country->findText(m_country->currentText(), Qt::MatchFixedString);
    d.country = m_country->itemData(typed >= 0 ? typed : m_country->currentIndex()).toString();
    d.dpo.name = m_dpoName->text().trimmed();
    d.dpo.email = m_dpoEmail->text().trimmed();
    return d;
}

} // namespace ropa
