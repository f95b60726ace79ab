#pragma once

// EntityEditor: the editor of the selected entity, for the detail pane of the main window.
//
// Embedding:
//
//     auto *editor = new EntityEditor(project, detailPane);     // Project outlives it
//     connect(table selection, ..., [=] { editor->setEntity(kind, id); });
//     connect(editor, &EntityEditor::linkActivated, this, &MainWindow::select);  // "Show"
//     editor->setEntity(EntityKind::Party, id);  // or clear() for "nothing selected"
//
// It holds one editor per kind (created on first use) in a QStackedWidget and shows the
// one for the entity. Every edit is an undo command on project->undoStack() (through
// ropa::edit); it never writes the domain. It follows the Project by itself:
// - entityChanged of the shown entity (an undo, an edit in a table): reloaded at once,
//   keeping the text and cursor of the field being typed in;
// - changes of other entities (names in pickers and combos): reloaded once, deferred;
// - entityRemoved of the shown entity, or projectReset without it: cleared (isEmpty()).
// When the main window opens another project, call setProject() (or make a new editor).

#include "domain/entities.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;

namespace ropa {

class KindEditor;
class Project;

class EntityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntityEditor(Project *project, QWidget *parent = nullptr);
    ~EntityEditor() override;

    void setProject(Project *project);
    Project *project() const { return m_project; }

    // Shows the entity; clears when it does not exist.
    void setEntity(EntityKind kind, const QUuid &id);
    void clear();

    bool isEmpty() const { return m_id.isNull(); }
    EntityKind entityKind() const { return m_kind; }
    QUuid entityId() const { return m_id; }
    // The editor shown (nullptr when empty); for tests and screenshots.
    KindEditor *currentEditor() const;
    // The editor of a kind, created when first asked for.
    KindEditor *editor(EntityKind kind);
    // Makes the editor of that kind and fills its lists of choices (KindEditor::prepare), a
    // piece per call once the deadline has come; true when done.
    bool prepare(EntityKind kind, QDeadlineTimer deadline);

    // Shown when nothing is selected.
    void setPlaceholderText(const QString &text);

    // Read-only (a project opened read-only): the fields show values but take no input;
    // the form still scrolls.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // The user asked to see another entity ("Show" beside a reference, a double-click in a
    // list of links).
    void linkActivated(ropa::EntityKind kind, const QUuid &id);

private:
    void connectProject();
    void onEntityChanged(EntityKind kind, const QUuid &id);
    void onEntityRemoved(EntityKind kind, const QUuid &id);
    void onProjectReset();
    void scheduleReload();

    QPointer<Project> m_project;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    std::array<KindEditor *, EntityKindCount> m_editors{};
    EntityKind m_kind = EntityKind::Document;
    QUuid m_id;
    bool m_reloadScheduled = false;
    bool m_readOnly = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ropa
