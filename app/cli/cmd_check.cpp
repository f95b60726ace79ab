// ropa-cli check: the compliance findings of a project (model/checks, docs/findings.md).

#include "common.h"

#include "checks/acceptance.h"
#include "checks/checker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {

QString kindKey(EntityKind kind)
{
    // "activity", "transfer", "party", "data_category": the singular of the format's keys.
    switch (kind) {
    case EntityKind::Document: return QStringLiteral("document");
    case EntityKind::Party: return QStringLiteral("party");
    case EntityKind::DataCategory: return QStringLiteral("data_category");
    case EntityKind::DataSubject: return QStringLiteral("data_subject");
    case EntityKind::Source: return QStringLiteral("source");
    case EntityKind::SecurityMeasure: return QStringLiteral("security_measure");
    case EntityKind::System: return QStringLiteral("system");
    case EntityKind::Activity: return QStringLiteral("activity");
    case EntityKind::Transfer: break;
    }
    return QStringLiteral("transfer");
}

int cmdCheck(const QStringList &args)
{
    Sub sub(QStringLiteral("check"),
            Tr::tr("Run the compliance checks (docs/findings.md) and print one finding per line: severity, rule, "
                   "entity, message. Exit 1 when a finding at or above the --fail-on threshold is open, 0 when "
                   "none is, 2 on bad input."),
            QStringLiteral("FILE"), Tr::tr("A .ropa project or a JSON interchange file."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON instead of text."));
    const QCommandLineOption failOpt(
        QStringLiteral("fail-on"),
        Tr::tr("Lowest severity that makes the exit code 1: high, medium or low (default: low)."),
        QStringLiteral("SEVERITY"), QStringLiteral("low"));
    const QCommandLineOption todayOpt(QStringLiteral("today"),
                                      Tr::tr("Date to check reviews against, YYYY-MM-DD (default: today)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption langOpt = languageOption(Tr::tr("the findings and messages"));
    sub.parser.addOptions({jsonOpt, failOpt, todayOpt, langOpt});
    sub.ownLanguageOption = true;
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QString language = sub.parser.value(langOpt);
    if (const int rc = useLanguage(QStringLiteral("check"), language); rc >= 0)
        return rc;
    const auto threshold = checks::severityFromKey(sub.parser.value(failOpt));
    if (!threshold)
        return fail(Tr::tr("check: --fail-on must be high, medium or low, not “%1”").arg(sub.parser.value(failOpt)));
    checks::CheckOptions options;
    if (sub.parser.isSet(todayOpt)) {
        options.today = QDate::fromString(sub.parser.value(todayOpt), Qt::ISODate);
        if (!options.today.isValid())
            return fail(Tr::tr("check: --today must be a date YYYY-MM-DD, not “%1”").arg(sub.parser.value(todayOpt)));
    }
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);

    const checks::FindingList findings = checks::runChecks(*l.data, options);
    const checks::SeverityCounts counts = checks::countFindings(findings);
    if (sub.parser.isSet(jsonOpt)) {
        QJsonArray items;
        for (const checks::Finding &f : findings) {
            const checks::Rule *rule = f.rule();
            QJsonObject o;
            o.insert(QStringLiteral("severity"), checks::severityKey(f.severity));
            o.insert(QStringLiteral("rule"), f.ruleId);
            o.insert(QStringLiteral("reference"), rule ? rule->referenceString() : QString());
            QJsonObject entity;
            entity.insert(QStringLiteral("kind"), kindKey(f.kind));
            entity.insert(QStringLiteral("id"), idToString(f.entity));
            entity.insert(QStringLiteral("name"), f.entityName);
            o.insert(QStringLiteral("entity"), entity);
            o.insert(QStringLiteral("detail"), f.detail.isEmpty() ? QJsonValue() : QJsonValue(f.detail));
            // A finding with one cause lists what the cause affects (empty for most rules).
            QJsonArray affects;
            for (const checks::AffectedEntity &a : f.affects) {
                QJsonObject e;
                e.insert(QStringLiteral("kind"), kindKey(a.kind));
                e.insert(QStringLiteral("id"), idToString(a.id));
                e.insert(QStringLiteral("name"), a.name);
                affects.append(e);
            }
            o.insert(QStringLiteral("affects"), affects);
            o.insert(QStringLiteral("message"), f.message);
            o.insert(QStringLiteral("hint"), rule ? rule->hintText() : QString());
            o.insert(QStringLiteral("accepted"), f.accepted);
            if (f.accepted) {
                o.insert(QStringLiteral("justification"), f.justification);
                o.insert(QStringLiteral("accepted_on"), f.acceptedOn.toString(Qt::ISODate));
            }
            items.append(o);
        }
        // Acceptances whose finding no longer occurs: kept in the project, listed here.
        QJsonArray stale;
        for (const AcceptedFinding &a : checks::staleAcceptances(findings, l.data->acceptedFindings)) {
            QJsonObject o;
            o.insert(QStringLiteral("rule"), a.rule);
            o.insert(QStringLiteral("entity"), idToString(a.entity));
            o.insert(QStringLiteral("detail"), a.detail.isEmpty() ? QJsonValue() : QJsonValue(a.detail));
            o.insert(QStringLiteral("justification"), a.justification);
            o.insert(QStringLiteral("accepted_on"), a.date.toString(Qt::ISODate));
            stale.append(o);
        }
        QJsonObject summary;
        summary.insert(QStringLiteral("high"), counts.high);
        summary.insert(QStringLiteral("medium"), counts.medium);
        summary.insert(QStringLiteral("low"), counts.low);
        summary.insert(QStringLiteral("accepted"), counts.accepted);
        QJsonObject root;
        root.insert(QStringLiteral("file"), sub.file());
        root.insert(QStringLiteral("language"), language);
        root.insert(QStringLiteral("checked_on"), options.today.toString(Qt::ISODate));
        root.insert(QStringLiteral("fail_on"), checks::severityKey(*threshold));
        root.insert(QStringLiteral("counts"), summary);
        root.insert(QStringLiteral("findings"), items);
        root.insert(QStringLiteral("accepted_no_longer_applies"), stale);
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const checks::Finding &f : findings) {
            // The entity as the window names it: "transfer “CallCabinet → AWS”" (its id is in
            // --json).
            const QString entity = f.entityName.isEmpty() ? entityKindNoun(f.kind)
                                                          : Tr::tr("%1 “%2”").arg(entityKindNoun(f.kind), f.entityName);
            out() << checks::severityLabel(f.severity).leftJustified(7) << ' ' << f.ruleId << '\t' << entity << '\t'
                  << f.message;
            if (f.accepted)
                out() << '\t' << Tr::tr("accepted %1: %2").arg(checks::findingDate(f.acceptedOn), f.justification);
            out() << '\n';
            // What one cause affects, on an indented line of its own under the finding.
            if (!f.affects.isEmpty()) {
                QStringList names;
                for (const checks::AffectedEntity &a : f.affects)
                    names.append(a.name);
                out() << "        "
                      << Tr::tr("affects (%n): %1", nullptr, static_cast<int>(names.size()))
                             .arg(names.join(QStringLiteral("; ")))
                      << '\n';
            }
        }
        // The rule ids stay as they are (scripts read them, and --json has the keys); the
        // severities, entities, messages and this summary are in the language.
        const int n = static_cast<int>(findings.size());
        if (counts.accepted > 0) {
            out() << Tr::tr("%n finding(s): %1 high, %2 medium, %3 low open, %4 accepted", nullptr, n)
                         .arg(counts.high)
                         .arg(counts.medium)
                         .arg(counts.low)
                         .arg(counts.accepted);
        } else {
            out() << Tr::tr("%n finding(s): %1 high, %2 medium, %3 low", nullptr, n)
                         .arg(counts.high)
                         .arg(counts.medium)
                         .arg(counts.low);
        }
        out() << Qt::endl;
    }
    out().flush();
    return checks::hasOpenAtOrAbove(findings, *threshold) ? Findings : Ok;
}

const Registration regCheck{
    {60, "check",
     QT_TRANSLATE_NOOP("ropa::cli",
                       "compliance findings: check FILE [--json] [--fail-on high|medium|low] [--lang en|nl|de]"),
     cmdCheck}};

} // namespace

} // namespace ropa::cli
