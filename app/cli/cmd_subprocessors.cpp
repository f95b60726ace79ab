// ropa-cli subprocessors: read a vendor's published subprocessor list, and the change between
// two versions of it (no project needed; docs/subprocessor-lists.md).

#include "common.h"
#include "subprocessorproject.h"

#include "reference/reference.h"
#include "subprocessors/diffreport.h"
#include "subprocessors/listreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {

using namespace ropa::subprocessors;

QString countryList(const QStringList &codes)
{
    QStringList names;
    const Reference &ref = Reference::instance();
    for (const QString &c : codes)
        names.append(ref.isCountryCode(c) ? ref.countryName(c) : c);
    return names.join(QStringLiteral(", "));
}

QJsonObject rowJson(const SubprocessorRow &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("key"), r.key},
            {QStringLiteral("table"), r.table},
            {QStringLiteral("line"), r.line},
            {QStringLiteral("purpose"), r.purpose},
            {QStringLiteral("location"), r.location},
            {QStringLiteral("corporateLocation"), r.corporateLocation},
            {QStringLiteral("dataShared"), r.dataShared},
            {QStringLiteral("safeguards"), r.safeguards},
            {QStringLiteral("link"), r.link},
            {QStringLiteral("countries"), QJsonArray::fromStringList(r.countries)},
            {QStringLiteral("unresolved"), QJsonArray::fromStringList(r.unresolved)},
            {QStringLiteral("locationNotStated"), r.locationNotStated}};
}

QString rowText(const SubprocessorRow &r)
{
    QString s = QStringLiteral("%1 — %2").arg(r.name, r.countries.isEmpty() ? Tr::tr("location not stated")
                                                                            : countryList(r.countries));
    if (!r.unresolved.isEmpty())
        s += u' ' + Tr::tr("(not understood: %1)").arg(r.unresolved.join(QStringLiteral("; ")));
    if (!r.purpose.isEmpty())
        s += QStringLiteral(" — ") + r.purpose.split(u'\n').join(QStringLiteral("; "));
    return s;
}

int cmdRead(const QStringList &args)
{
    Sub sub(QStringLiteral("subprocessors read"),
            Tr::tr("Read a vendor's subprocessor list (CSV, Markdown table, HTML table or plain text) and print "
                   "its subprocessors with the countries their locations resolve to, and what was not understood."),
            QStringLiteral("LIST"), Tr::tr("The list as a file."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption langOpt = languageOption(Tr::tr("the messages and country names"));
    sub.parser.addOptions({jsonOpt, langOpt});
    sub.ownLanguageOption = true;
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    if (const int rc = useLanguage(sub.name, sub.parser.value(langOpt)); rc >= 0)
        return rc;
    const SubprocessorList list = readListFile(sub.file());
    if (!list.ok())
        return fail(QStringLiteral("%1: %2").arg(sub.file(), list.error));
    if (sub.parser.isSet(jsonOpt)) {
        QJsonArray rows, unresolved;
        for (const SubprocessorRow &r : list.rows) {
            rows.append(rowJson(r));
            if (r.locationNotStated || !r.unresolved.isEmpty())
                unresolved.append(QJsonObject{{QStringLiteral("name"), r.name},
                                              {QStringLiteral("location"), r.location},
                                              {QStringLiteral("unresolved"), QJsonArray::fromStringList(r.unresolved)},
                                              {QStringLiteral("locationNotStated"), r.locationNotStated}});
        }
        const QJsonObject o{{QStringLiteral("format"), list.format},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("unresolved"), unresolved},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(list.notes)}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    out() << Tr::tr("%n subprocessor(s) read", nullptr, int(list.rows.size())) << u'\n';
    QString table;
    bool first = true;
    for (const SubprocessorRow &r : list.rows) {
        if (first || r.table != table) {
            if (!r.table.isEmpty())
                out() << u'\n' << r.table << u'\n';
            table = r.table;
            first = false;
        }
        out() << QStringLiteral("  ") << rowText(r) << u'\n';
    }
    QStringList unresolved;
    for (const SubprocessorRow &r : list.rows) {
        if (r.locationNotStated)
            unresolved.append(Tr::tr("%1: location not stated (%2)")
                                  .arg(r.name, r.location.isEmpty()
                                                   ? Tr::tr("empty")
                                                   : r.location.split(u'\n').join(QStringLiteral("; "))));
        else if (!r.unresolved.isEmpty())
            unresolved.append(Tr::tr("%1: not a country: %2").arg(r.name, r.unresolved.join(QStringLiteral("; "))));
    }
    if (!unresolved.isEmpty()) {
        out() << u'\n' << Tr::tr("Unresolved locations (%n):", nullptr, int(unresolved.size())) << u'\n';
        for (const QString &u : std::as_const(unresolved))
            out() << QStringLiteral("  ") << u << u'\n';
    }
    if (!list.notes.isEmpty()) {
        out() << u'\n' << Tr::tr("Not understood:") << u'\n';
        for (const QString &n : list.notes)
            out() << QStringLiteral("  ") << n << u'\n';
    }
    out().flush();
    return Ok;
}

int cmdDiff(const QStringList &args)
{
    Sub sub(QStringLiteral("subprocessors diff"),
            Tr::tr("What changed between two versions of a vendor's subprocessor list: added, removed, renamed, "
                   "location, purpose and data shared changed. Exit code 0: no change, 1: changes, 2: bad input."),
            QStringLiteral("OLD_LIST NEW_LIST"), Tr::tr("The version accepted before, and the new one."), 2);
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON: added, removed, renamed, changed."));
    const QCommandLineOption langOpt = languageOption(Tr::tr("the messages and country names"));
    sub.parser.addOptions({jsonOpt, langOpt});
    sub.ownLanguageOption = true;
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    if (const int rc = useLanguage(sub.name, sub.parser.value(langOpt)); rc >= 0)
        return rc;
    const QStringList files = sub.parser.positionalArguments();
    const SubprocessorList oldList = readListFile(files.at(0));
    if (!oldList.ok())
        return fail(QStringLiteral("%1: %2").arg(files.at(0), oldList.error));
    const SubprocessorList newList = readListFile(files.at(1));
    if (!newList.ok())
        return fail(QStringLiteral("%1: %2").arg(files.at(1), newList.error));
    const ListDiff diff = diffLists(oldList, newList);
    if (sub.parser.isSet(jsonOpt))
        out() << QString::fromUtf8(QJsonDocument(diffJson(diff)).toJson(QJsonDocument::Indented));
    else
        out() << diffText(diff);
    out().flush();
    return diff.isEmpty() ? Ok : Findings;
}

int cmdSubprocessors(const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.at(0);
    if (action == u"read")
        return cmdRead(rest);
    if (action == u"diff")
        return cmdDiff(rest);
    if (action == u"import")
        return cmdSubprocessorsImport(rest);
    if (action == u"history")
        return cmdSubprocessorsHistory(rest);
    if (action == u"--help" || action == u"-h") {
        out() << Tr::tr("Usage: ropa-cli subprocessors read LIST [--json] [--lang LANG]\n"
                        "       ropa-cli subprocessors diff OLD_LIST NEW_LIST [--json] [--lang LANG]\n"
                        "       ropa-cli subprocessors import PROJECT LIST --vendor NAME [--updated YYYY-MM-DD] "
                        "[--source URL] [--notice YYYY-MM-DD] [--dry-run] [--json]\n"
                        "       ropa-cli subprocessors history PROJECT --vendor NAME [--json]\n");
        out().flush();
        return Ok;
    }
    return fail(
        Tr::tr("subprocessors: expected “read”, “diff”, “import” or “history” (see ropa-cli subprocessors --help)"));
}

const Registration regSubprocessors{
    {80, "subprocessors",
     QT_TRANSLATE_NOOP("ropa::cli", "a vendor's subprocessor list: subprocessors read LIST [--json] | "
                                    "subprocessors diff OLD_LIST NEW_LIST [--json] [--lang en|nl|de] | "
                                    "subprocessors import PROJECT LIST --vendor NAME [--dry-run] [--json] | "
                                    "subprocessors history PROJECT --vendor NAME [--json]"),
     cmdSubprocessors}};

} // namespace

} // namespace ropa::cli
