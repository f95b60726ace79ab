#include "pick.h"

#include "fields.h"

#include <QStringList>

namespace ropa::compare {

namespace {

template <typename T> void copyField(T &to, const T &from, const QString &key)
{
    for (const Field<T> &f : fieldsOf<T>()) {
        if (key == QLatin1String(f.key))
            f.copy(to, from);
    }
}

template <typename T> void pickEntity(ProjectData &out, const ProjectData &theirs, const Pick &pick)
{
    EntityMap<T> &table = out.table<T>();
    const T *other = theirs.find<T>(pick.id);
    if (!other) {
        table.erase(pick.id);
        return;
    }
    const auto it = table.find(pick.id);
    if (it == table.end() || pick.field.isEmpty())
        table.insert_or_assign(pick.id, *other);
    else
        copyField(it->second, *other, pick.field);
}

void pickFinding(ProjectData &out, const ProjectData &theirs, const QString &key)
{
    out.acceptedFindings.removeIf([&key](const AcceptedFinding &f) { return f.key() == key; });
    for (const AcceptedFinding &f : theirs.acceptedFindings) {
        if (f.key() == key)
            out.acceptedFindings.append(f);
    }
    sortAcceptedFindings(out.acceptedFindings);
}

} // namespace

QString Pick::key() const
{
    Change c;
    c.subject = subject;
    c.kind = kind;
    return QStringList{c.kindKey(), idToString(id), finding, field}.join(u'|');
}

Pick pickOf(const Change &change)
{
    Pick p;
    p.subject = change.subject;
    p.kind = change.kind;
    p.id = change.subject == Subject::Project ? Id() : change.id;
    p.finding = change.finding;
    return p;
}

Pick pickOf(const Change &change, const FieldChange &field)
{
    Pick p = pickOf(change);
    p.field = field.key;
    return p;
}

QList<Pick> picksOf(const Change &change)
{
    const bool byField = change.type == ChangeType::Changed && change.subject != Subject::AcceptedFinding;
    if (!byField || change.fields.isEmpty())
        return {pickOf(change)};
    QList<Pick> picks;
    for (const FieldChange &f : change.fields)
        picks.append(pickOf(change, f));
    return picks;
}

ProjectData applyPicks(const ProjectData &mine, const ProjectData &theirs, const QList<Pick> &picks)
{
    ProjectData out = mine;
    for (const Pick &pick : picks) {
        switch (pick.subject) {
        case Subject::Project:
            if (pick.field.isEmpty())
                out.info = theirs.info;
            else
                copyField(out.info, theirs.info, pick.field);
            break;
        case Subject::AcceptedFinding: pickFinding(out, theirs, pick.finding); break;
        case Subject::Entity:
            forEachEntityType([&](auto tag) {
                using T = typename decltype(tag)::type;
                if (kindOf<T>() == pick.kind)
                    pickEntity<T>(out, theirs, pick);
            });
            break;
        }
    }
    return out;
}

} // namespace ropa::compare
