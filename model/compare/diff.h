#pragma once

// The difference between two versions of a project, entity by entity (matched by id) and field
// by field: what was added, removed and changed, with readable names and values. A renamed
// party is one change of its name; a list (purposes, linked categories, retention rules) shows
// the items added, removed and whether the rest was reordered. The project's details and the
// accepted findings are compared too. Linear in the size of the projects: entities that are
// equal are skipped with one comparison.

#include "domain/projectdata.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ropa::compare {

// What a change is about.
enum class Subject { Project, Entity, AcceptedFinding };
enum class ChangeType { Added, Removed, Changed };

struct FieldChange
{
    QString key;     // the JSON format's key, e.g. "retention"
    QString label;   // readable, translated: "Retention"
    QString oldText; // readable values; empty: not stated
    QString newText;
    // Lists only: the items (as text) edited in place (old, new), added and removed, and
    // whether the items both versions have are in another order.
    QList<QPair<QString, QString>> changedItems;
    QStringList added;
    QStringList removed;
    bool reordered = false;
};

struct Change
{
    Subject subject = Subject::Entity;
    EntityKind kind = EntityKind::Document; // Subject::Entity only
    Id id;                                  // the entity; for an accepted finding, the entity it is about
    QString finding;                        // Subject::AcceptedFinding: the finding's key (rule|entity|detail)
    QString name;                           // as the newer version names it (the older one for a removal)
    QString oldName;                        // the older version's name, when it differs
    ChangeType type = ChangeType::Changed;
    QList<FieldChange> fields; // ChangeType::Changed only

    // "party", "data_category", "project", "accepted_finding"
    QString kindKey() const;
    // Readable and translated: "Party", "Data category", "Project", "Accepted finding"
    QString kindName() const;
};

struct Diff
{
    QList<Change> changes; // the project first, then kind by kind in the format's order
    int sharedIds = 0;     // entities present in both versions
    // Both versions have entities and none has an id of the other: not two versions of one
    // project (the diff is still given, as everything removed and everything added).
    bool unrelated = false;
    bool isEmpty() const { return changes.isEmpty(); }
};

Diff diff(const ProjectData &older, const ProjectData &newer);

// "added", "removed", "changed"
QString changeTypeKey(ChangeType type);

} // namespace ropa::compare
