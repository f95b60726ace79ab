#include "history/changessince.h"

#include "history/summary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

// The record's own translation context, so the appendix is in the record's language
// (reports::LanguageScope), as the record's other texts.
namespace ropa::reports {
namespace {
struct Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};
} // namespace
} // namespace ropa::reports

namespace ropa::history {

namespace {

struct FieldNet
{
    QString label;
    QJsonValue oldValue;
    QJsonValue newValue;
    QStringList itemLines; // list fields: every entry's lines
    bool items = false;
};

struct Net
{
    NetChange change;
    QString firstName;
    QList<QString> fieldOrder;
    QHash<QString, FieldNet> fields;
    bool gone = false; // added and removed again in the period
};

void mergeFields(Net &net, const QJsonObject &c)
{
    for (const QJsonValue &fv : c.value(u"fields").toArray()) {
        const QJsonObject f = fv.toObject();
        const QString key = f.value(u"key").toString();
        const bool items =
            f.contains(u"changed") || f.contains(u"added") || f.contains(u"removed") || f.contains(u"reordered");
        if (!net.fields.contains(key)) {
            net.fieldOrder.append(key);
            FieldNet fn;
            fn.label = f.value(u"name").toString();
            fn.oldValue = f.value(u"old");
            fn.items = items;
            net.fields.insert(key, fn);
        }
        FieldNet &fn = net.fields[key];
        fn.newValue = f.value(u"new");
        if (items) {
            fn.items = true;
            QJsonObject one = c;
            one.insert(QStringLiteral("fields"), QJsonArray{f});
            fn.itemLines += fieldLines(one);
        }
    }
}

QString shown(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() ? ropa::reports::Record::tr("“%1”").arg(v.toString())
                                                   : ropa::reports::Record::tr("not stated");
}

QStringList detailsOf(const Net &net)
{
    QStringList lines;
    for (const QString &key : net.fieldOrder) {
        const FieldNet &fn = net.fields.value(key);
        if (fn.items) {
            lines += fn.itemLines;
        } else if (fn.oldValue != fn.newValue) {
            lines.append(
                ropa::reports::Record::tr("%1: %2 → %3").arg(fn.label, shown(fn.oldValue), shown(fn.newValue)));
        }
    }
    return lines;
}

} // namespace

ChangesSince changesSince(const QList<store::HistoryEntry> &entries, const store::HistoryCheck &check,
                          const QDate &since)
{
    ChangesSince result;
    result.since = since;
    result.chainBroken = !check.ok();
    QList<QString> order;
    QHash<QString, Net> nets;
    for (const store::HistoryEntry &e : entries) {
        const QDateTime when = e.when();
        if (!when.isValid() || when.toUTC().date() < since) {
            result.baseSaved = e.savedAt;
            continue;
        }
        ++result.entries;
        if (result.firstSaved.isEmpty())
            result.firstSaved = e.savedAt;
        result.lastSaved = e.savedAt;
        const Summary s = decode(e.changes);
        result.unlisted += s.unlisted;
        for (const QJsonObject &c : s.changes) {
            const QString kind = c.value(u"kind").toString();
            const QString key = kind + u'|' + c.value(u"id").toString() + u'|' + c.value(u"finding").toString();
            const QString type = c.value(u"change").toString();
            const QString name = c.value(u"name").toString();
            auto it = nets.find(key);
            if (it == nets.end()) {
                Net net;
                net.change.kind = kind;
                net.change.id = c.value(u"id").toString();
                net.change.change = type;
                net.firstName = c.value(u"old_name").toString().isEmpty() ? name : c.value(u"old_name").toString();
                it = nets.insert(key, net);
                order.append(key);
            } else if (it->change.change == u"added" && type == u"removed") {
                it->gone = true;
            } else if (it->change.change == u"removed" && type == u"added") {
                it->change.change = QStringLiteral("changed");
                it->gone = false;
            } else if (type == u"removed") {
                it->change.change = type;
            }
            Net &net = *it;
            net.change.name = name;
            net.change.lastSaved = e.savedAt;
            net.change.lastAuthor = e.author;
            if (type == u"changed")
                mergeFields(net, c);
        }
    }
    for (const QString &key : std::as_const(order)) {
        Net &net = nets[key];
        if (net.gone)
            continue;
        if (net.change.change != u"added" && net.firstName != net.change.name)
            net.change.oldName = net.firstName;
        if (net.change.change == u"changed")
            net.change.details = detailsOf(net);
        if (net.change.change == u"changed" && net.change.details.isEmpty() && net.change.oldName.isEmpty())
            continue; // changed and changed back
        result.changes.append(net.change);
    }
    return result;
}

reports::Section appendixSection(const ChangesSince &cs, const QString &language)
{
    const reports::LanguageScope scope(language);
    reports::Section section;
    section.key = QStringLiteral("changes_since");
    section.title = ropa::reports::Record::tr("Appendix: changes since %1").arg(reports::recordShortDate(cs.since));
    if (cs.entries == 0) {
        section.paragraphs.append(ropa::reports::Record::tr("The project file records no save since %1.")
                                      .arg(reports::recordShortDate(cs.since)));
    } else {
        section.paragraphs.append(
            ropa::reports::Record::tr(
                "The changes saved from %1 to %2 (%n save(s)), from the history the project file keeps.", nullptr,
                cs.entries)
                .arg(reports::recordShortDate(QDateTime::fromString(cs.firstSaved, Qt::ISODate).date()),
                     reports::recordShortDate(QDateTime::fromString(cs.lastSaved, Qt::ISODate).date())));
    }
    if (cs.baseSaved.isEmpty())
        section.paragraphs.append(
            ropa::reports::Record::tr("The file's history starts after %1: changes made before its first "
                                      "recorded save are not known.")
                .arg(reports::recordShortDate(cs.since)));
    section.paragraphs.append(
        ropa::reports::Record::tr("The file keeps a summary of each save, not the project as it was: the changes "
                                  "are netted per entity (a rename shows the first name and the last; what was "
                                  "added and removed again is not shown), and changes not saved yet are not "
                                  "included."));
    if (cs.unlisted > 0)
        section.paragraphs.append(ropa::reports::Record::tr(
            "%n change(s) of large saves were counted but not itemised in the history.", nullptr, cs.unlisted));
    if (cs.chainBroken)
        section.paragraphs.append(
            ropa::reports::Record::tr("Warning: the file's history does not check (an entry was altered or removed "
                                      "outside Ropa); this appendix may be incomplete."));

    reports::Table table;
    table.key = QStringLiteral("changes_since");
    table.title = ropa::reports::Record::tr("Changes since %1").arg(reports::recordShortDate(cs.since));
    table.shortTitle = ropa::reports::Record::tr("Changes since");
    table.columns = {{QStringLiteral("change"), ropa::reports::Record::tr("Change"), {}, 12},
                     {QStringLiteral("kind"), ropa::reports::Record::tr("Kind"), {}, 14},
                     {QStringLiteral("name"), ropa::reports::Record::tr("Name"), {}, 28},
                     {QStringLiteral("details"), ropa::reports::Record::tr("Details"), {}, 50},
                     {QStringLiteral("saved"), ropa::reports::Record::tr("Last saved"), {}, 20}};
    for (const NetChange &c : cs.changes) {
        QString change = c.change == u"added"     ? ropa::reports::Record::tr("added")
                         : c.change == u"removed" ? ropa::reports::Record::tr("removed")
                         : c.oldName.isEmpty()    ? ropa::reports::Record::tr("changed")
                                                  : ropa::reports::Record::tr("renamed");
        QStringList details;
        if (!c.oldName.isEmpty())
            details.append(ropa::reports::Record::tr("was “%1”").arg(c.oldName));
        details += c.details;
        const QDate saved = QDateTime::fromString(c.lastSaved, Qt::ISODate).date();
        table.rows.append({reports::Cell::of(change), reports::Cell::of(kindName(c.kind)), reports::Cell::of(c.name),
                           reports::Cell::of(details),
                           reports::Cell::of(ropa::reports::Record::tr("%1, %2").arg(reports::recordShortDate(saved),
                                                                                     c.lastAuthor))});
    }
    if (!table.rows.isEmpty())
        section.tables.append(table);
    return section;
}

void appendTo(reports::Report &report, const ChangesSince &changes)
{
    report.sections.append(appendixSection(changes, report.language));
}

} // namespace ropa::history
