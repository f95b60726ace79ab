#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ropa {

namespace {

const QString RecentFilesKey = QStringLiteral("files/recent");
const QString AutosaveKey = QStringLiteral("files/autosaveMinutes");
const QString LanguageKey = QStringLiteral("ui/language");
const QString AuthorKey = QStringLiteral("history/author");
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString StateKey = QStringLiteral("ui/state");
const QString ExportFolderKey = QStringLiteral("files/lastExportFolder/");

void storeRecent(const QStringList &files)
{
    QSettings().setValue(RecentFilesKey, files);
}

} // namespace

QStringList AppSettings::recentFiles()
{
    const QStringList stored = QSettings().value(RecentFilesKey).toStringList();
    QStringList files;
    for (const QString &file : stored) {
        if (!file.isEmpty() && QFileInfo::exists(file) && !files.contains(file))
            files.append(file);
    }
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    if (files != stored)
        storeRecent(files);
    return files;
}

void AppSettings::addRecentFile(const QString &path)
{
    // Files inside the program (":/examples/...") are not recent files.
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    storeRecent(files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = QSettings().value(RecentFilesKey).toStringList();
    files.removeAll(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    storeRecent(files);
}

void AppSettings::clearRecentFiles()
{
    storeRecent({});
}

int AppSettings::autosaveMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(AutosaveKey, DefaultAutosaveMinutes).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : DefaultAutosaveMinutes;
}

void AppSettings::setAutosaveMinutes(int minutes)
{
    QSettings().setValue(AutosaveKey, minutes);
}

QString AppSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QString AppSettings::authorName()
{
    return QSettings().value(AuthorKey).toString().trimmed();
}

void AppSettings::setAuthorName(const QString &name)
{
    QSettings().setValue(AuthorKey, name.trimmed());
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(StateKey).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, state);
}

QString AppSettings::lastExportFolder(const QString &kind)
{
    return QSettings().value(ExportFolderKey + kind).toString();
}

void AppSettings::setLastExportFolder(const QString &kind, const QString &folder)
{
    QSettings().setValue(ExportFolderKey + kind, folder);
}

} // namespace ropa
