#include "diff.h"

#include "fields.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace ropa::compare {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::compare)
};

// Items of `from` that `to` does not have, counted (a list may hold one text twice).
QStringList missingFrom(const ValueItems &from, const ValueItems &to)
{
    QHash<QString, int> counts;
    for (const ValueItem &i : to)
        ++counts[i.key];
    QStringList missing;
    for (const ValueItem &i : from) {
        if (counts.value(i.key) > 0)
            --counts[i.key];
        else
            missing.append(i.text);
    }
    return missing;
}

QStringList commonKeys(const ValueItems &items, const ValueItems &other)
{
    QHash<QString, int> counts;
    for (const ValueItem &i : other)
        ++counts[i.key];
    QStringList keys;
    for (const ValueItem &i : items) {
        if (counts.value(i.key) > 0) {
            --counts[i.key];
            keys.append(i.key);
        }
    }
    return keys;
}

// In a list of structured items (retention rules, evidence), an item edited in place (a rule
// whose period changed) is one changed item: at the same position in lists of the same length,
// and neither version's item is elsewhere in the other list. A list of plain items (linked
// entities, purposes) has no such thing: one link replaced by another is a removal and an
// addition. The rest are added, removed or reordered.
void listDelta(const ValueItems &before, const ValueItems &after, bool structured, FieldChange &c)
{
    ValueItems restBefore;
    ValueItems restAfter;
    QSet<QString> keysBefore;
    QSet<QString> keysAfter;
    for (const ValueItem &i : before)
        keysBefore.insert(i.key);
    for (const ValueItem &i : after)
        keysAfter.insert(i.key);
    for (qsizetype k = 0; k < std::max(before.size(), after.size()); ++k) {
        const bool both = structured && k < before.size() && k < after.size() && before.size() == after.size();
        if (both && before[k].key != after[k].key && !keysAfter.contains(before[k].key) &&
            !keysBefore.contains(after[k].key)) {
            c.changedItems.append({before[k].text, after[k].text});
            continue;
        }
        if (k < before.size())
            restBefore.append(before[k]);
        if (k < after.size())
            restAfter.append(after[k]);
    }
    c.added = missingFrom(restAfter, restBefore);
    c.removed = missingFrom(restBefore, restAfter);
    c.reordered = commonKeys(restBefore, restAfter) != commonKeys(restAfter, restBefore);
}

template <typename T>
QList<FieldChange> fieldChanges(const ProjectData &olderData, const T &older, const ProjectData &newerData,
                                const T &newer)
{
    QList<FieldChange> changes;
    for (const Field<T> &f : fieldsOf<T>()) {
        if (f.same(older, newer))
            continue;
        const ValueItems before = f.items(olderData, older);
        const ValueItems after = f.items(newerData, newer);
        FieldChange c;
        c.key = QString::fromLatin1(f.key);
        c.label = f.labelText();
        c.oldText = joinedText(before);
        c.newText = joinedText(after);
        if (f.isList)
            listDelta(before, after, f.mergeList == nullptr, c);
        changes.append(c);
    }
    return changes;
}

template <typename T> QString nameIn(const ProjectData &data, const T &e)
{
    return entityName(data, AnyEntity(e));
}

// Walks two id-ordered tables side by side.
template <typename T> void diffTable(const ProjectData &older, const ProjectData &newer, Diff &out)
{
    const EntityMap<T> &a = older.table<T>();
    const EntityMap<T> &b = newer.table<T>();
    const IdLess less;
    auto i = a.begin();
    auto j = b.begin();
    auto entityChange = [](const Id &id, const QString &name, ChangeType type) {
        Change c;
        c.kind = kindOf<T>();
        c.id = id;
        c.name = name;
        c.type = type;
        return c;
    };
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && less(i->first, j->first))) {
            out.changes.append(entityChange(i->first, nameIn(older, i->second), ChangeType::Removed));
            ++i;
        } else if (i == a.end() || less(j->first, i->first)) {
            out.changes.append(entityChange(j->first, nameIn(newer, j->second), ChangeType::Added));
            ++j;
        } else {
            ++out.sharedIds;
            if (!(i->second == j->second)) {
                Change c = entityChange(j->first, nameIn(newer, j->second), ChangeType::Changed);
                const QString oldName = nameIn(older, i->second);
                if (oldName != c.name)
                    c.oldName = oldName;
                c.fields = fieldChanges(older, i->second, newer, j->second);
                out.changes.append(c);
            }
            ++i;
            ++j;
        }
    }
}

QString findingName(const ProjectData &data, const AcceptedFinding &f)
{
    return Tr::tr("%1 on “%2”").arg(f.rule, entityName(data, f.entity));
}

void diffFindings(const ProjectData &older, const ProjectData &newer, Diff &out)
{
    std::map<QString, const AcceptedFinding *> a;
    std::map<QString, const AcceptedFinding *> b;
    for (const AcceptedFinding &f : older.acceptedFindings)
        a.emplace(f.key(), &f);
    for (const AcceptedFinding &f : newer.acceptedFindings)
        b.emplace(f.key(), &f);
    auto change = [](const AcceptedFinding &f, const QString &name, ChangeType type) {
        Change c;
        c.subject = Subject::AcceptedFinding;
        c.id = f.entity;
        c.finding = f.key();
        c.name = name;
        c.type = type;
        return c;
    };
    for (const auto &[key, f] : a) {
        const auto other = b.find(key);
        if (other == b.end()) {
            out.changes.append(change(*f, findingName(older, *f), ChangeType::Removed));
        } else if (!(*f == *other->second)) {
            Change c = change(*other->second, findingName(newer, *other->second), ChangeType::Changed);
            c.fields = fieldChanges(older, *f, newer, *other->second);
            out.changes.append(c);
        }
    }
    for (const auto &[key, f] : b) {
        if (!a.count(key))
            out.changes.append(change(*f, findingName(newer, *f), ChangeType::Added));
    }
}

} // namespace

Diff diff(const ProjectData &older, const ProjectData &newer)
{
    Diff d;
    if (!(older.info == newer.info)) {
        Change c;
        c.subject = Subject::Project;
        c.name = newer.info.name;
        if (older.info.name != newer.info.name)
            c.oldName = older.info.name;
        c.fields = fieldChanges(older, older.info, newer, newer.info);
        d.changes.append(c);
    }
    forEachEntityType([&](auto tag) { diffTable<typename decltype(tag)::type>(older, newer, d); });
    diffFindings(older, newer, d);
    qsizetype olderCount = 0;
    qsizetype newerCount = 0;
    for (int k = 0; k < EntityKindCount; ++k) {
        olderCount += older.count(static_cast<EntityKind>(k));
        newerCount += newer.count(static_cast<EntityKind>(k));
    }
    d.unrelated = d.sharedIds == 0 && olderCount > 0 && newerCount > 0;
    return d;
}

QString changeTypeKey(ChangeType type)
{
    switch (type) {
    case ChangeType::Added: return QStringLiteral("added");
    case ChangeType::Removed: return QStringLiteral("removed");
    case ChangeType::Changed: return QStringLiteral("changed");
    }
    return {};
}

QString Change::kindKey() const
{
    switch (subject) {
    case Subject::Project: return QStringLiteral("project");
    case Subject::AcceptedFinding: return QStringLiteral("accepted_finding");
    case Subject::Entity: break;
    }
    switch (kind) {
    case EntityKind::Document: return QStringLiteral("document");
    case EntityKind::Party: return QStringLiteral("party");
    case EntityKind::DataCategory: return QStringLiteral("data_category");
    case EntityKind::DataSubject: return QStringLiteral("data_subject");
    case EntityKind::Source: return QStringLiteral("source");
    case EntityKind::SecurityMeasure: return QStringLiteral("security_measure");
    case EntityKind::System: return QStringLiteral("system");
    case EntityKind::Activity: return QStringLiteral("activity");
    case EntityKind::Transfer: return QStringLiteral("transfer");
    }
    return {};
}

QString Change::kindName() const
{
    switch (subject) {
    case Subject::Project: return Tr::tr("Project");
    case Subject::AcceptedFinding: return Tr::tr("Accepted finding");
    case Subject::Entity: break;
    }
    switch (kind) {
    case EntityKind::Document: return Tr::tr("Document");
    case EntityKind::Party: return Tr::tr("Party");
    case EntityKind::DataCategory: return Tr::tr("Data category");
    case EntityKind::DataSubject: return Tr::tr("Data subject");
    case EntityKind::Source: return Tr::tr("Source");
    case EntityKind::SecurityMeasure: return Tr::tr("Security measure");
    case EntityKind::System: return Tr::tr("System");
    case EntityKind::Activity: return Tr::tr("Activity");
    case EntityKind::Transfer: return Tr::tr("Transfer");
    }
    return {};
}

} // namespace ropa::compare
