#pragma once

// File → Merge changes from…: takes changes of another copy of the open project into it, as
// one undo step.
// - Two copies (no base): the differences are listed side by side (mine, theirs); the user
//   ticks the changes to take, an entity as a whole or field by field.
// - With the version both started from (the base): the three-way merge (compare/merge.h)
//   takes everything only they changed (listed, ticked; a tick can be taken off) and lists the
//   conflicts, each decided for mine or theirs, or, where the field is one text, with a text
//   the user writes (compare/conflictedit.h).
// The result must validate (no dangling reference, ...) or nothing is applied and the user is
// told why. Files are read and merged on a worker; the other copies are only read.

#include "compare/diff.h"
#include "compare/merge.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ropa {

class ChangesTree;
class Dialogs;
class LatestJob;
class Project;

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Project *project, Dialogs *dialogs, QWidget *parent = nullptr);
    ~MergeDialog() override;

    // Their copy, and the base (empty: none); reads and compares on the worker.
    void setFiles(const QString &theirs, const QString &base = {});
    bool isBusy() const;
    // A file that does not read, else empty.
    QString error() const { return m_error; }

    QCheckBox *baseBox() const { return m_baseBox; }
    ChangesTree *changes() const { return m_tree; }
    QTreeWidget *conflicts() const { return m_conflicts; }
    QPushButton *mergeButton() const { return m_merge; }
    QLabel *status() const { return m_status; }
    const QList<compare::Conflict> &conflictList() const { return m_conflictList; }
    int undecided() const;

    // Decides the conflict in that row (as its radio buttons do); the merge runs again.
    bool decide(int row, compare::Side side);
    // Decides it with the user's own text (its "Edit…" choice); false where the field is not
    // one text. editRow() asks for the text first, starting from the present decision's.
    bool decideWithText(int row, const QString &text);
    bool editRow(int row);
    // Applies the ticked changes to the project as one undo step and closes; false, with the
    // reason shown, when the result would not be a valid project (nothing is applied then).
    bool apply();

private:
    struct Outcome;
    void recompute();
    void arrived(const Outcome &outcome);
    void fillConflicts();
    void rememberTicks();
    void updateState();
    void chooseTheirs();
    void chooseBase();

    QPointer<Project> m_project;
    Dialogs *m_dialogs;
    std::unique_ptr<LatestJob> m_job;
    QString m_theirsPath;
    QString m_basePath;
    QString m_error;
    // Read once per file; the merge runs again over them as conflicts are decided.
    std::shared_ptr<const ProjectData> m_theirs;
    std::shared_ptr<const ProjectData> m_base;
    // What the ticked changes are taken from: their copy, or the merge's result.
    std::shared_ptr<const ProjectData> m_target;
    QStringList m_problems; // the merge's result does not validate
    bool m_baseUnrelated = false;
    compare::Decisions m_decisions;
    QHash<QString, QString> m_edits; // the user's own texts, by Conflict::decisionKey()
    QList<compare::Conflict> m_conflictList;
    QHash<QString, bool> m_ticks; // the user's ticks, by pick key, over recomputes

    QLabel *m_theirsLabel = nullptr;
    QCheckBox *m_baseBox = nullptr;
    QLabel *m_baseLabel = nullptr;
    QPushButton *m_chooseBase = nullptr;
    QLabel *m_conflictsTitle = nullptr;
    QTreeWidget *m_conflicts = nullptr;
    QLabel *m_changesTitle = nullptr;
    ChangesTree *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace ropa
