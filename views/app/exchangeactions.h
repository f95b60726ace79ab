#pragma once

// The File menu's exchange with other files: Import JSON… and Export JSON… (the interchange
// format), Import a register…, Compare with… and Merge changes from…, and the dialogs the last
// three open. The window puts them in its File menu (addTo) and follows the signals (select an
// entity, show the activities, say what happened); a register dropped on the window is
// imported too.

#include "domain/entities.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace ropa {

class CompareDialog;
class Dialogs;
class ImportDialog;
class MergeDialog;
class ProjectFiles;
class ProjectSession;

class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    // The dialogs open over `window`; the session is the window's.
    ExchangeActions(QWidget *window, ProjectSession *session, Dialogs *dialogs, ProjectFiles *files);

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // Adds the actions to the File menu, each group after a separator.
    void addTo(QMenu *fileMenu);
    QAction *importAction() const { return m_import; }
    QAction *compareAction() const { return m_compare; }
    QAction *mergeAction() const { return m_merge; }
    // On with a project; merging and importing a register only when it may be edited.
    void updateActions();
    // Closes the comparison (its project goes).
    void projectGoes();

    // The changes from the open project to another copy, in a dialog that stays open beside
    // the window (nullptr without a project).
    CompareDialog *compareWith(const QString &path);
    // Their copy, and the version both started from (empty: none), in a window-modal dialog
    // (nullptr without a project or when it is read-only).
    MergeDialog *mergeFrom(const QString &theirs, const QString &base = {});
    // A register (XLSX, ODS, CSV) into the project, in a window-modal dialog (nullptr without
    // a project or when it is read-only).
    ImportDialog *importRegister(const QString &path);

Q_SIGNALS:
    void entityRequested(const QUuid &id); // "Show in project" in the comparison
    void merged();
    void imported();

private:
    bool editable() const;

    QWidget *m_window;
    ProjectSession *m_session;
    Dialogs *m_dialogs;
    ProjectFiles *m_files;
    QPointer<CompareDialog> m_compareDialog;
    QAction *m_importJson;
    QAction *m_exportJson;
    QAction *m_import;
    QAction *m_compare;
    QAction *m_merge;
};

} // namespace ropa
