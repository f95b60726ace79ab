#pragma once

// File → Compare with…: what differs between the open project and another copy of it (a
// .ropa or JSON file, read-only: never locked, never changed). The other file is read and the
// two compared on a worker, so the window keeps painting. The changes are grouped by kind and
// can be filtered; a change opens its entity in the open project, or, read-only, as it is in
// the other copy; Export writes the comparison as HTML or Markdown, as `ropa-cli diff --format`.
//
// Direction: from the open project to the other copy, as `ropa-cli diff OPEN OTHER`: "added"
// is only in the other copy, "removed" only in the open project.

#include "compare/diff.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ropa {

class ChangesTree;
class EntityViewer;
struct ProjectData;
class Dialogs;
class LatestJob;
class Project;

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(Project *project, Dialogs *dialogs, QWidget *parent = nullptr);
    ~CompareDialog() override;

    // Reads `otherPath` and compares (on the worker); the result shows when it arrives.
    void compareWith(const QString &otherPath);
    bool isBusy() const;
    // The last comparison's error (a file that does not read), else empty.
    QString error() const { return m_error; }

    ChangesTree *changes() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QLabel *summary() const { return m_summary; }
    QLabel *status() const { return m_status; }

    // Opens the selected change's entity in the project (emits entityRequested); false, with
    // a word in the status line, when the project has no such entity.
    bool showSelected();
    // Opens the selected change's entity as it is in the other copy, in a read-only viewer (it
    // closes with the dialog); null when the other copy has no such entity.
    EntityViewer *showSelectedInOther();
    // Writes the comparison to path: HTML, or Markdown when path ends in .md. An error or empty.
    QString exportTo(const QString &path);

Q_SIGNALS:
    void entityRequested(const QUuid &id);

private:
    struct Outcome;
    void arrived(const Outcome &outcome);
    void applyFilter();
    void updateButtons();
    void chooseExport();

    QPointer<Project> m_project;
    Dialogs *m_dialogs;
    std::unique_ptr<LatestJob> m_job;
    std::shared_ptr<const ProjectData> m_other; // the other copy as last read
    QString m_otherPath;
    QString m_otherName;
    QString m_error;
    ChangesTree *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_showOther = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace ropa
