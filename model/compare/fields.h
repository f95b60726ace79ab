#pragma once

// The fields of each entity as the compare and the merge see them: the field's key in the JSON
// format (machine key), a readable label, and how to compare, copy and show the field's value.
// One table per type (fieldsOf<T>()), so the diff and the merge never list fields twice.

#include "domain/projectdata.h"

#include <QList>
#include <QString>

#include <vector>

namespace ropa::compare {

// One item of a value, as shown: a scalar value has one item (none when not stated), a list
// one per element. key matches items across two versions (an id, a code, the text itself);
// text is what a reader sees (an entity's name, a country's name, a date).
struct ValueItem
{
    QString key;
    QString text;
};
using ValueItems = QList<ValueItem>;

template <typename T> struct Field
{
    const char *key;   // the JSON format's key, e.g. "dpa_signed"
    const char *label; // source text in the tr() context "ropa::compare", e.g. "DPA signed"
    bool isList;       // added, removed and reordered items are reported
    bool (*same)(const T &, const T &);
    void (*copy)(T &to, const T &from);
    // The value of the field of an entity of data (ids are shown as the names they have there).
    ValueItems (*items)(const ProjectData &data, const T &entity);
    // Three-way merge of a list of plain items (ids, texts) into out, or nullptr for a field
    // that is merged as a whole. False when the two sides cannot be combined (both reordered).
    bool (*mergeList)(T &out, const T &base, const T &ours, const T &theirs);
    // Sets a field whose value is one text (a name, a description) to a text the user typed
    // (a merge conflict decided by editing); nullptr for any other field.
    void (*setText)(T &entity, const QString &text) = nullptr;

    QString labelText() const;
};

template <typename T> const std::vector<Field<T>> &fieldsOf();
template <> const std::vector<Field<Document>> &fieldsOf<Document>();
template <> const std::vector<Field<Party>> &fieldsOf<Party>();
template <> const std::vector<Field<DataCategory>> &fieldsOf<DataCategory>();
template <> const std::vector<Field<DataSubject>> &fieldsOf<DataSubject>();
template <> const std::vector<Field<Source>> &fieldsOf<Source>();
template <> const std::vector<Field<SecurityMeasure>> &fieldsOf<SecurityMeasure>();
template <> const std::vector<Field<System>> &fieldsOf<System>();
template <> const std::vector<Field<Activity>> &fieldsOf<Activity>();
template <> const std::vector<Field<Transfer>> &fieldsOf<Transfer>();
template <> const std::vector<Field<ProjectInfo>> &fieldsOf<ProjectInfo>();
template <> const std::vector<Field<AcceptedFinding>> &fieldsOf<AcceptedFinding>();

// The readable text of a value: its items joined; empty when not stated.
QString joinedText(const ValueItems &items);
// The name of the entity with that id in data ("HubSpot → Mailchimp" for a transfer), or the
// id itself when data has no such entity.
QString entityName(const ProjectData &data, const Id &id);
QString entityName(const ProjectData &data, const AnyEntity &entity);

} // namespace ropa::compare
