#pragma once

// A many-to-many link of an activity or a transfer (LinkField) as a checkable list with a
// filter and an "Add new…" box. Checking an item links it (edit::link), unchecking unlinks
// it; "Add new…" adds an entity of the target kind with the typed name and links it, as one
// undo step (a macro). Double-clicking an item asks to show that entity.

#include "commands/edits.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ropa {

class Project;

class LinkPicker : public QWidget
{
    Q_OBJECT

public:
    LinkPicker(Project *project, LinkField field, QWidget *parent = nullptr);

    // The activity or transfer whose list this edits; reloads everything.
    void setOwner(const Id &owner);
    // Updates the check marks from the project (and the items, when entities of the target
    // kind were added, renamed or removed since the last load).
    void load();
    // Makes the list's items (when the target kind changed since), without an owner's checks.
    void prepare();
    bool needsRebuild() const { return m_dirty; }

    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QPushButton *addNewButton() const { return m_addNew; }
    // Checks or unchecks the item of that entity as a user would; false when there is none.
    bool setChecked(const Id &target, bool checked);

Q_SIGNALS:
    void linkActivated(ropa::EntityKind kind, const QUuid &id);

private:
    IdList linked() const;
    void rebuild();
    void applyFilter();
    void updateSummary();
    void onItemChanged(QListWidgetItem *item);
    void addNew();
    AnyEntity newEntity(const QString &name) const;

    Project *m_project;
    LinkField m_field;
    Id m_owner;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_summary;
    QLineEdit *m_newName;
    QPushButton *m_addNew;
    bool m_dirty = true;
    bool m_loading = false;
};

} // namespace ropa
