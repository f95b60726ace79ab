#include "report.h"

#include "itemmodels/labels.h"

#include <QCoreApplication>

namespace ropa::compare {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::compare)
};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString shown(const QString &text)
{
    return text.isEmpty() ? Labels::notStated() : Tr::tr("“%1”").arg(text);
}

QString sideKey(Side side)
{
    return side == Side::Ours ? QStringLiteral("ours") : QStringLiteral("theirs");
}

QString sideName(Side side)
{
    return side == Side::Ours ? Tr::tr("our copy") : Tr::tr("their copy");
}

QString heading(const Change &c)
{
    if (c.subject == Subject::Project)
        return Tr::tr("Project details changed");
    switch (c.type) {
    case ChangeType::Added: return Tr::tr("%1 “%2” added").arg(c.kindName(), c.name);
    case ChangeType::Removed: return Tr::tr("%1 “%2” removed").arg(c.kindName(), c.name);
    case ChangeType::Changed: break;
    }
    if (!c.oldName.isEmpty())
        return Tr::tr("%1 “%2” changed (was “%3”)").arg(c.kindName(), c.name, c.oldName);
    return Tr::tr("%1 “%2” changed").arg(c.kindName(), c.name);
}

void fieldLines(QString &out, const FieldChange &f)
{
    const bool onlyItems = !f.changedItems.isEmpty() || !f.added.isEmpty() || !f.removed.isEmpty() || f.reordered;
    if (!onlyItems) {
        out += QStringLiteral("  ") + Tr::tr("%1: %2 → %3").arg(f.label, shown(f.oldText), shown(f.newText)) + u'\n';
        return;
    }
    for (const auto &[before, after] : f.changedItems)
        out += QStringLiteral("  ") + Tr::tr("%1: %2 → %3").arg(f.label, shown(before), shown(after)) + u'\n';
    if (!f.added.isEmpty())
        out += QStringLiteral("  ") + Tr::tr("%1: added %2").arg(f.label, f.added.join(QStringLiteral("; "))) + u'\n';
    if (!f.removed.isEmpty())
        out +=
            QStringLiteral("  ") + Tr::tr("%1: removed %2").arg(f.label, f.removed.join(QStringLiteral("; "))) + u'\n';
    if (f.reordered)
        out += QStringLiteral("  ") + Tr::tr("%1: reordered").arg(f.label) + u'\n';
}

} // namespace

QJsonObject changeJson(const Change &c)
{
    QJsonObject o{{QStringLiteral("kind"), c.kindKey()},
                  {QStringLiteral("id"), textOrNull(idToString(c.id))},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("change"), changeTypeKey(c.type)}};
    if (!c.oldName.isEmpty())
        o.insert(QStringLiteral("old_name"), c.oldName);
    if (c.subject == Subject::AcceptedFinding)
        o.insert(QStringLiteral("finding"), c.finding);
    if (c.type == ChangeType::Changed) {
        QJsonArray fields;
        for (const FieldChange &f : c.fields) {
            QJsonObject fo{{QStringLiteral("key"), f.key},
                           {QStringLiteral("name"), f.label},
                           {QStringLiteral("old"), textOrNull(f.oldText)},
                           {QStringLiteral("new"), textOrNull(f.newText)}};
            if (!f.changedItems.isEmpty()) {
                QJsonArray changed;
                for (const auto &[before, after] : f.changedItems)
                    changed.append(QJsonObject{{QStringLiteral("old"), before}, {QStringLiteral("new"), after}});
                fo.insert(QStringLiteral("changed"), changed);
            }
            if (!f.added.isEmpty())
                fo.insert(QStringLiteral("added"), QJsonArray::fromStringList(f.added));
            if (!f.removed.isEmpty())
                fo.insert(QStringLiteral("removed"), QJsonArray::fromStringList(f.removed));
            if (f.reordered)
                fo.insert(QStringLiteral("reordered"), true);
            fields.append(fo);
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

QJsonArray changesJson(const QList<Change> &changes)
{
    QJsonArray list;
    for (const Change &c : changes)
        list.append(changeJson(c));
    return list;
}

QJsonObject diffJson(const Diff &diff)
{
    return {{QStringLiteral("same"), diff.isEmpty()},
            {QStringLiteral("unrelated"), diff.unrelated},
            {QStringLiteral("shared"), diff.sharedIds},
            {QStringLiteral("changes"), changesJson(diff.changes)}};
}

QJsonObject conflictJson(const Conflict &c)
{
    QJsonObject o{{QStringLiteral("kind"), c.kindKey()},
                  {QStringLiteral("id"), textOrNull(idToString(c.id))},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("conflict"), c.typeKey()},
                  {QStringLiteral("decided"), c.decidedFor ? QJsonValue(sideKey(*c.decidedFor)) : QJsonValue()}};
    if (c.subject == Subject::AcceptedFinding)
        o.insert(QStringLiteral("finding"), c.finding);
    switch (c.type) {
    case ConflictType::BothChanged:
        o.insert(QStringLiteral("field"), QJsonObject{{QStringLiteral("key"), c.key},
                                                      {QStringLiteral("name"), c.label},
                                                      {QStringLiteral("base"), textOrNull(c.baseText)},
                                                      {QStringLiteral("ours"), textOrNull(c.oursText)},
                                                      {QStringLiteral("theirs"), textOrNull(c.theirsText)}});
        break;
    case ConflictType::RemovedAndReferenced: o.insert(QStringLiteral("referenced_by"), c.referencedBy); Q_FALLTHROUGH();
    case ConflictType::RemovedAndChanged: o.insert(QStringLiteral("removed_by"), sideKey(c.removedBy)); break;
    }
    return o;
}

QString diffText(const Diff &diff)
{
    if (diff.isEmpty())
        return Tr::tr("The two projects are the same.") + u'\n';
    QString out;
    for (const Change &c : diff.changes) {
        out += heading(c) + u'\n';
        for (const FieldChange &f : c.fields)
            fieldLines(out, f);
    }
    out += Tr::tr("%n change(s).", nullptr, int(diff.changes.size())) + u'\n';
    return out;
}

QString conflictsText(const QList<Conflict> &conflicts)
{
    QString out;
    for (const Conflict &c : conflicts) {
        const QString what =
            c.subject == Subject::Project ? Tr::tr("Project details") : Tr::tr("%1 “%2”").arg(c.kindName(), c.name);
        switch (c.type) {
        case ConflictType::BothChanged:
            out += Tr::tr("Conflict in %1, %2:").arg(what, c.label) + u'\n';
            out += QStringLiteral("  ") + Tr::tr("base: %1").arg(shown(c.baseText)) + u'\n';
            out += QStringLiteral("  ") + Tr::tr("ours: %1").arg(shown(c.oursText)) + u'\n';
            out += QStringLiteral("  ") + Tr::tr("theirs: %1").arg(shown(c.theirsText)) + u'\n';
            break;
        case ConflictType::RemovedAndChanged:
            out +=
                Tr::tr("Conflict: %1 was removed in %2 and changed in %3.")
                    .arg(what, sideName(c.removedBy), sideName(c.removedBy == Side::Ours ? Side::Theirs : Side::Ours)) +
                u'\n';
            break;
        case ConflictType::RemovedAndReferenced:
            out += Tr::tr("Conflict: %1 was removed in %2, but “%3” refers to it in %4.")
                       .arg(what, sideName(c.removedBy), c.referencedBy,
                            sideName(c.removedBy == Side::Ours ? Side::Theirs : Side::Ours)) +
                   u'\n';
            break;
        }
        if (c.decidedFor)
            out += QStringLiteral("  ") + Tr::tr("Decided for %1.").arg(sideName(*c.decidedFor)) + u'\n';
    }
    return out;
}

} // namespace ropa::compare
