#include "settingsdialog.h"

#include "appsettings.h"
#include "history/record.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ropa {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Languages in their own name, as a user who cannot read the current one looks for them.
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de")}) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name, code);
    }
    const int current = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto *languageNote = new QLabel(tr("A new language applies when Ropa starts again."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    languageNote->setWordWrap(true);

    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveMinutes"));
    m_autosave->setRange(0, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(AppSettings::autosaveMinutes());
    m_autosave->setToolTip(tr("How often a recovery copy of a project with unsaved changes is written. "
                              "After a crash, Ropa offers to restore it."));

    auto *clearRecent = new QPushButton(tr("Clear recent projects"), this);
    clearRecent->setEnabled(!AppSettings::recentFiles().isEmpty());
    connect(clearRecent, &QPushButton::clicked, this, [this, clearRecent] {
        AppSettings::clearRecentFiles();
        clearRecent->setEnabled(false);
        Q_EMIT recentFilesCleared();
    });

    m_author = new QLineEdit(AppSettings::authorName(), this);
    m_author->setObjectName(QStringLiteral("authorName"));
    m_author->setPlaceholderText(history::systemUser());
    m_author->setToolTip(tr("The name each save records in the project file's history. Empty: your user name on "
                            "this computer."));

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);

    auto *files = new QGroupBox(tr("Files"), this);
    auto *filesForm = new QFormLayout(files);
    filesForm->addRow(tr("&Recovery copy every:"), m_autosave);
    filesForm->addRow(tr("&Your name in the history:"), m_author);
    filesForm->addRow(QString(), clearRecent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(files);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void SettingsDialog::apply()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setAutosaveMinutes(m_autosave->value());
    AppSettings::setAuthorName(m_author->text());
}

} // namespace ropa
