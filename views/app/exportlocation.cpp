#include "exportlocation.h"

#include "appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace ropa {

QString ExportLocation::folder(const QString &projectFile, const QString &kind)
{
    if (!projectFile.isEmpty())
        return QFileInfo(projectFile).absolutePath();
    const QString last = AppSettings::lastExportFolder(kind);
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString ExportLocation::proposedPath(const QString &projectFile, const QString &projectName, const QString &kind,
                                     const QString &what, const QString &suffix)
{
    QString name = projectName.simplified();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    const QString base = name.isEmpty() ? what : name + QStringLiteral(" - ") + what;
    return QDir(folder(projectFile, kind)).filePath(base + QLatin1Char('.') + suffix);
}

void ExportLocation::remember(const QString &kind, const QString &writtenPath)
{
    AppSettings::setLastExportFolder(kind, QFileInfo(writtenPath).absolutePath());
}

QString ExportLocation::askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                        const QString &filter, QString *selectedFilter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, selectedFilter);
}

} // namespace ropa
