#pragma once

// The user's settings (QSettings, per user): language, autosave interval, recent files,
// window layout, the last export folders. One place for the keys and their defaults.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ropa {

class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 10;
    static constexpr int DefaultAutosaveMinutes = 2;

    // Most recent first. Files that no longer exist are dropped (and forgotten).
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    // Minutes between recovery copies of a modified project; 0 turns autosave off.
    static int autosaveMinutes();
    static void setAutosaveMinutes(int minutes);

    // A locale name ("nl", "de") or empty for the system's language. Applies after a restart.
    static QString language();
    static void setLanguage(const QString &language);

    // The name the file's history gives as who saved (decision 0027); empty: the system user.
    static QString authorName();
    static void setAuthorName(const QString &name);

    // The folder the last export of a kind ("records", "graph") was written to; empty if none.
    static QString lastExportFolder(const QString &kind);
    static void setLastExportFolder(const QString &kind, const QString &folder);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
};

} // namespace ropa
