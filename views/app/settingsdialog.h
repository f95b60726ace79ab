#pragma once

// Preferences: language (applies after a restart), autosave interval, recent files, and the
// name the file's history records as who saved.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ropa {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QLineEdit *authorEdit() const { return m_author; }

    // Writes the values to AppSettings (what OK does).
    void apply();

Q_SIGNALS:
    void recentFilesCleared();

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_autosave = nullptr;
    QLineEdit *m_author = nullptr;
};

} // namespace ropa
