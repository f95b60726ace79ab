#pragma once

// Preferences: language (applies after a restart), autosave interval, recent files.

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace ropa {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *autosaveBox() const { return m_autosave; }

    // Writes the values to AppSettings (what OK does).
    void apply();

Q_SIGNALS:
    void recentFilesCleared();

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_autosave = nullptr;
};

} // namespace ropa
