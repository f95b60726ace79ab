#pragma once

// Where an export's save dialog opens and the file name it proposes: beside the project's file
// when it has one, else in the folder the last export of that kind was written to, else the
// user's Documents folder; the name is "<project name> - <what>.<suffix>". The dialog itself is
// a seam (SaveFileName) so that tests answer it instead of a modal QFileDialog.

#include <QString>

#include <functional>

class QWidget;

namespace ropa {

class ExportLocation
{
public:
    // The kinds of export whose folder is remembered apart (QSettings keys).
    static inline const QString Records = QStringLiteral("records");
    static inline const QString Graph = QStringLiteral("graph");

    static QString folder(const QString &projectFile, const QString &kind);
    // projectName may be empty (then the name is only "<what>.<suffix>"); characters that
    // file systems refuse (/ \ : * ? " < > |) become '-'.
    static QString proposedPath(const QString &projectFile, const QString &projectName, const QString &kind,
                                const QString &what, const QString &suffix);
    // After a successful export: its folder is where the next one of that kind opens (when the
    // project has no file).
    static void remember(const QString &kind, const QString &writtenPath);

    // The save dialog: returns the chosen path, empty when cancelled; may set *selectedFilter.
    using SaveFileName = std::function<QString(QWidget *parent, const QString &caption, const QString &suggested,
                                               const QString &filter, QString *selectedFilter)>;
    // QFileDialog::getSaveFileName.
    static QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter, QString *selectedFilter);
};

} // namespace ropa
