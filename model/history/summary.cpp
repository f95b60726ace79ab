#include "history/summary.h"

#include "compare/report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ropa::history {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::history)
};

QString quotedOrNotStated(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() ? Tr::tr("“%1”").arg(value.toString())
                                                           : Tr::tr("not stated");
}

QString joined(const QJsonValue &list)
{
    QStringList items;
    for (const QJsonValue &v : list.toArray())
        items.append(v.toString());
    return items.join(QStringLiteral("; "));
}

} // namespace

Summary summarize(const compare::Diff &diff)
{
    Summary s;
    for (const compare::Change &c : diff.changes) {
        switch (c.type) {
        case compare::ChangeType::Added: ++s.added; break;
        case compare::ChangeType::Removed: ++s.removed; break;
        case compare::ChangeType::Changed: ++s.changed; break;
        }
        if (s.changes.size() < MaxListedChanges)
            s.changes.append(compare::changeJson(c));
        else
            ++s.unlisted;
    }
    return s;
}

QString encode(const Summary &summary)
{
    QJsonArray changes;
    for (const QJsonObject &c : summary.changes)
        changes.append(c);
    const QJsonObject o{{QStringLiteral("added"), summary.added},
                        {QStringLiteral("removed"), summary.removed},
                        {QStringLiteral("changed"), summary.changed},
                        {QStringLiteral("unlisted"), summary.unlisted},
                        {QStringLiteral("changes"), changes}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Summary decode(const QString &json)
{
    Summary s;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        s.readable = false;
        return s;
    }
    const QJsonObject o = doc.object();
    s.added = o.value(u"added").toInt();
    s.removed = o.value(u"removed").toInt();
    s.changed = o.value(u"changed").toInt();
    s.unlisted = o.value(u"unlisted").toInt();
    for (const QJsonValue &c : o.value(u"changes").toArray()) {
        if (c.isObject())
            s.changes.append(c.toObject());
    }
    return s;
}

QString kindName(const QString &kindKey)
{
    compare::Change probe;
    if (kindKey == u"project") {
        probe.subject = compare::Subject::Project;
        return probe.kindName();
    }
    if (kindKey == u"accepted_finding") {
        probe.subject = compare::Subject::AcceptedFinding;
        return probe.kindName();
    }
    for (EntityKind kind : {EntityKind::Document, EntityKind::Party, EntityKind::DataCategory, EntityKind::DataSubject,
                            EntityKind::Source, EntityKind::SecurityMeasure, EntityKind::System, EntityKind::Activity,
                            EntityKind::Transfer}) {
        probe.kind = kind;
        if (probe.kindKey() == kindKey)
            return probe.kindName();
    }
    return kindKey;
}

QString changeHeading(const QJsonObject &c)
{
    const QString kind = c.value(u"kind").toString();
    const QString name = c.value(u"name").toString();
    const QString change = c.value(u"change").toString();
    if (kind == u"project")
        return Tr::tr("Project details changed");
    if (change == u"added")
        return Tr::tr("%1 “%2” added").arg(kindName(kind), name);
    if (change == u"removed")
        return Tr::tr("%1 “%2” removed").arg(kindName(kind), name);
    if (const QString oldName = c.value(u"old_name").toString(); !oldName.isEmpty())
        return Tr::tr("%1 “%2” changed (was “%3”)").arg(kindName(kind), name, oldName);
    return Tr::tr("%1 “%2” changed").arg(kindName(kind), name);
}

QStringList fieldLines(const QJsonObject &c)
{
    QStringList lines;
    for (const QJsonValue &fv : c.value(u"fields").toArray()) {
        const QJsonObject f = fv.toObject();
        const QString label = f.value(u"name").toString();
        const bool items =
            f.contains(u"changed") || f.contains(u"added") || f.contains(u"removed") || f.contains(u"reordered");
        if (!items) {
            lines.append(Tr::tr("%1: %2 → %3")
                             .arg(label, quotedOrNotStated(f.value(u"old")), quotedOrNotStated(f.value(u"new"))));
            continue;
        }
        for (const QJsonValue &pair : f.value(u"changed").toArray())
            lines.append(Tr::tr("%1: %2 → %3")
                             .arg(label, quotedOrNotStated(pair.toObject().value(u"old")),
                                  quotedOrNotStated(pair.toObject().value(u"new"))));
        if (f.contains(u"added"))
            lines.append(Tr::tr("%1: added %2").arg(label, joined(f.value(u"added"))));
        if (f.contains(u"removed"))
            lines.append(Tr::tr("%1: removed %2").arg(label, joined(f.value(u"removed"))));
        if (f.value(u"reordered").toBool())
            lines.append(Tr::tr("%1: reordered").arg(label));
    }
    return lines;
}

QString oneLine(const Summary &s)
{
    if (!s.readable)
        return Tr::tr("(the summary cannot be read)");
    if (s.total() == 0)
        return Tr::tr("No changes");
    QStringList counts;
    if (s.added)
        counts.append(Tr::tr("%n added", nullptr, s.added));
    if (s.changed)
        counts.append(Tr::tr("%n changed", nullptr, s.changed));
    if (s.removed)
        counts.append(Tr::tr("%n removed", nullptr, s.removed));
    QStringList names;
    for (const QJsonObject &c : s.changes) {
        if (names.size() == 3) {
            names.append(QStringLiteral("…"));
            break;
        }
        names.append(c.value(u"kind").toString() == u"project" ? Tr::tr("project details")
                                                               : c.value(u"name").toString());
    }
    return Tr::tr("%1: %2").arg(counts.join(Tr::tr(", ")), names.join(Tr::tr(", ")));
}

QString detailText(const Summary &s)
{
    if (!s.readable)
        return oneLine(s);
    QString out;
    for (const QJsonObject &c : s.changes) {
        out += changeHeading(c) + u'\n';
        for (const QString &line : fieldLines(c))
            out += QStringLiteral("  ") + line + u'\n';
    }
    if (s.unlisted > 0)
        out += Tr::tr("%n more change(s), not listed.", nullptr, s.unlisted) + u'\n';
    if (out.isEmpty())
        out = Tr::tr("No changes") + u'\n';
    return out;
}

} // namespace ropa::history
