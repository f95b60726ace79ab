#include "kindeditor.h"

#include "editorhelpers.h"
#include "linkpicker.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ropa {

KindEditor::KindEditor(Project *project, EntityKind kind, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_kind(kind)
    , m_title(new QLabel)
    , m_kindLabel(new QLabel)
    , m_form(new QFormLayout)
{
    m_dirty.fill(true);
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("editorBody"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    QPalette p = m_kindLabel->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_kindLabel->setPalette(p);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field that does not fit beside its label goes below it: the detail pane is often narrow,
    // and the scroll area has no horizontal scroll bar, so a row wider than the pane was cut off
    // (the organisation and its Show button, the balancing-test date and Clear).
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setVerticalSpacing(6);

    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(12, 10, 12, 12);
    bodyLayout->addWidget(m_kindLabel);
    bodyLayout->addWidget(m_title);
    bodyLayout->addSpacing(4);
    bodyLayout->addLayout(m_form);
    bodyLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_kindLabel->setText([kind] {
        switch (kind) {
        case EntityKind::Document: return tr("Document");
        case EntityKind::Party: return tr("Party");
        case EntityKind::DataCategory: return tr("Data category");
        case EntityKind::DataSubject: return tr("Data subject category");
        case EntityKind::Source: return tr("Source");
        case EntityKind::SecurityMeasure: return tr("Security measure");
        case EntityKind::System: return tr("System");
        case EntityKind::Activity: return tr("Processing activity");
        case EntityKind::Transfer: return tr("Transfer");
        }
        return QString();
    }());

    const auto markDirty = [this](EntityKind k) { m_dirty[static_cast<size_t>(k)] = true; };
    connect(m_project, &Project::entityAdded, this, markDirty);
    connect(m_project, &Project::entityChanged, this, markDirty);
    connect(m_project, &Project::entityRemoved, this, markDirty);
    connect(m_project, &Project::projectReset, this, [this] { m_dirty.fill(true); });
    // Typing merges into one undo step only while the user stays in the field (mergeid.h).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && isAncestorOf(old))
            edit::endTyping(*m_project);
    });
}

void KindEditor::setEntity(const Id &id)
{
    m_id = id;
    load(true);
}

void KindEditor::reload()
{
    if (!m_id.isNull())
        load(false);
}

bool KindEditor::prepareChoices(bool worked, std::initializer_list<LinkPicker *> pickers, QDeadlineTimer deadline)
{
    for (LinkPicker *picker : pickers) {
        if (!picker->needsRebuild())
            continue;
        if (worked && deadline.hasExpired())
            return false;
        picker->prepare();
        worked = true;
    }
    return true;
}

bool KindEditor::takeDirty(EntityKind kind)
{
    const bool dirty = m_dirty[static_cast<size_t>(kind)];
    m_dirty[static_cast<size_t>(kind)] = false;
    return dirty;
}

void KindEditor::setTitle(const QString &title)
{
    if (m_title->text() != title)
        m_title->setText(title);
}

void KindEditor::addHeading(const QString &text)
{
    m_form->addRow(sectionHeading(text, this));
}

void KindEditor::addRow(const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(field);
    // Aligned with the first line of a taller field (a list, a text area).
    l->setMinimumHeight(field->sizeHint().height() > 40 ? 0 : field->sizeHint().height());
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->addRow(l, field);
}

void KindEditor::addWideRow(QWidget *field)
{
    m_form->addRow(field);
}

void KindEditor::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

QWidget *KindEditor::withGoTo(ChoiceCombo *combo, EntityKind kind)
{
    return editors::withShowButton(combo, this, [this, kind](const QUuid &id) { Q_EMIT linkActivated(kind, id); });
}

} // namespace ropa
