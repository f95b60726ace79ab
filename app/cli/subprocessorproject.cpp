// ropa-cli subprocessors import and history (subprocessorproject.h).

#include "subprocessorproject.h"

#include "common.h"

#include "domain/project.h"
#include "domain/validation.h"
#include "store/jsonformat.h"
#include "subprocessors/applylist.h"
#include "subprocessors/diffreport.h"
#include "subprocessors/listimpact.h"
#include "subprocessors/listreader.h"
#include "subprocessors/resolve.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {

using namespace ropa::subprocessors;

// The vendor named NAME: by its name (case ignored), else by its name key (accents and legal
// forms ignored). Sets error when none or several match.
const Party *findVendor(const ProjectData &data, const QString &name, QString &error)
{
    QList<const Party *> exact, byKey;
    const QString key = nameKey(name);
    for (const auto &[id, p] : data.parties) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            exact.append(&p);
        else if (!key.isEmpty() && nameKey(p.name) == key)
            byKey.append(&p);
    }
    const QList<const Party *> &found = exact.isEmpty() ? byKey : exact;
    if (found.size() == 1)
        return found.first();
    error = found.isEmpty() ? Tr::tr("no party of the project is named “%1”").arg(name)
                            : Tr::tr("%n parties of the project are named like “%1”; give the exact name", nullptr,
                                     int(found.size()))
                                  .arg(name);
    return nullptr;
}

std::optional<QDate> dateOption(const QString &value, const QString &option, QString &error)
{
    if (value.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10) {
        error = Tr::tr("%1: “%2” is not a date in the form YYYY-MM-DD").arg(option, value);
        return std::nullopt;
    }
    return d;
}

QJsonValue dateJson(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int saveProject(const ProjectData &data, const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1StringView("json"), Qt::CaseInsensitive) == 0)
        return writeOutput(json::writeProject(data), path);
    return saveRopa(data, path, true);
}

QString deadlineText(const std::optional<QDate> &deadline)
{
    if (!deadline)
        return {};
    return deadline < QDate::currentDate()
               ? Tr::tr("The objection period ended on %1.").arg(deadline->toString(Qt::ISODate))
               : Tr::tr("Object by %1.").arg(deadline->toString(Qt::ISODate));
}

} // namespace

int cmdSubprocessorsImport(const QStringList &args)
{
    Sub sub(QStringLiteral("subprocessors import"),
            Tr::tr("Apply a vendor's subprocessor list to a project as onward transfers from the vendor (for the "
                   "activities and data categories the vendor receives), keep it as a version of the vendor's list, "
                   "and print what changed since the last version and what that does to the map."),
            QStringLiteral("PROJECT LIST"), Tr::tr("The project (.ropa or .json), and the list as a file."), 2);
    const QCommandLineOption vendorOpt(QStringLiteral("vendor"), Tr::tr("The vendor (a party) whose list it is."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption updatedOpt(QStringLiteral("updated"), Tr::tr("The date the list says it was updated."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sourceOpt(QStringLiteral("source"),
                                       Tr::tr("Where the list was published (default: the file name)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption noticeOpt(QStringLiteral("notice"),
                                       Tr::tr("The date the vendor's change notice was received."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"), Tr::tr("Print the changes; do not save."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON."));
    sub.parser.addOptions({vendorOpt, updatedOpt, sourceOpt, noticeOpt, dryRunOpt, jsonOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QStringList files = sub.parser.positionalArguments();
    if (!sub.parser.isSet(vendorOpt))
        return fail(Tr::tr("subprocessors import: give the vendor with --vendor NAME"));
    QString error;
    ApplyOptions options;
    options.listUpdated = dateOption(sub.parser.value(updatedOpt), QStringLiteral("--updated"), error);
    options.noticeReceived = dateOption(sub.parser.value(noticeOpt), QStringLiteral("--notice"), error);
    if (!error.isEmpty())
        return fail(error);
    options.source = sub.parser.isSet(sourceOpt) ? sub.parser.value(sourceOpt) : QFileInfo(files.at(1)).fileName();

    Loaded loaded = load(files.at(0));
    if (!loaded.data)
        return fail(loaded.error);
    const Party *vendor = findVendor(*loaded.data, sub.parser.value(vendorOpt), error);
    if (!vendor)
        return fail(error);
    options.vendor = vendor->id;
    const SubprocessorList list = readListFile(files.at(1));
    if (!list.ok())
        return fail(QStringLiteral("%1: %2").arg(files.at(1), list.error));
    const ApplyPlan plan = planApply(*loaded.data, list, options);
    if (!plan.ok())
        return fail(QStringLiteral("%1: %2").arg(files.at(1), plan.error));

    // Through the command layer, as the window applies it: one undo step.
    Project project(*loaded.data);
    applyPlan(project, plan);
    const ProjectData &after = project.data();
    const ListImpact impact = impactOf(*loaded.data, after);
    const Party *vendorAfter = after.find<Party>(vendor->id);
    const std::optional<QDate> deadline = vendorAfter ? objectionDeadline(*vendorAfter) : std::nullopt;
    const bool dryRun = sub.parser.isSet(dryRunOpt);
    if (!dryRun && !plan.isEmpty()) {
        const QList<Problem> problems = validateProject(after);
        if (!problems.isEmpty())
            return fail(Tr::tr("the project would not be valid: %1").arg(problems.first().describe()));
        if (const int rc = saveProject(after, files.at(0)); rc != Ok)
            return rc;
    }

    if (sub.parser.isSet(jsonOpt)) {
        const QJsonObject o{{QStringLiteral("vendor"), vendor->name},
                            {QStringLiteral("firstVersion"), plan.firstVersion},
                            {QStringLiteral("changes"), diffJson(plan.diff)},
                            {QStringLiteral("impact"), impactJson(impact)},
                            {QStringLiteral("deadline"), dateJson(deadline)},
                            {QStringLiteral("newParties"), plan.newParties},
                            {QStringLiteral("newTransfers"), plan.newTransfers},
                            {QStringLiteral("changedTransfers"), plan.changedTransfers},
                            {QStringLiteral("removedTransfers"), plan.removedTransfers},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
                            {QStringLiteral("applied"), !dryRun && !plan.isEmpty()}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    if (plan.isEmpty())
        out() << Tr::tr("This list is the last version applied for “%1”: nothing changes.").arg(vendor->name) << u'\n';
    else if (plan.firstVersion)
        out() << Tr::tr("First version of the list of “%1”.").arg(vendor->name) << u'\n';
    else
        out() << diffText(plan.diff);
    out() << Tr::tr("%n new party(ies)", nullptr, plan.newParties) << QStringLiteral(", ")
          << Tr::tr("%n new transfer(s)", nullptr, plan.newTransfers) << QStringLiteral(", ")
          << Tr::tr("%n transfer(s) changed", nullptr, plan.changedTransfers) << QStringLiteral(", ")
          << Tr::tr("%n transfer(s) removed", nullptr, plan.removedTransfers) << u'\n';
    for (const QString &n : plan.notes)
        out() << QStringLiteral("  ") << n << u'\n';
    out() << impactText(impact);
    if (deadline)
        out() << deadlineText(deadline) << u'\n';
    if (dryRun)
        out() << Tr::tr("Dry run: nothing was saved.") << u'\n';
    else if (!plan.isEmpty())
        out() << Tr::tr("Saved %1.").arg(files.at(0)) << u'\n';
    out().flush();
    return Ok;
}

int cmdSubprocessorsHistory(const QStringList &args)
{
    Sub sub(QStringLiteral("subprocessors history"),
            Tr::tr("The versions of a vendor's subprocessor list a project keeps, each with what changed since the "
                   "one before."),
            QStringLiteral("PROJECT"), Tr::tr("The project (.ropa or .json)."));
    const QCommandLineOption vendorOpt(QStringLiteral("vendor"), Tr::tr("The vendor (a party)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON."));
    sub.parser.addOptions({vendorOpt, jsonOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    if (!sub.parser.isSet(vendorOpt))
        return fail(Tr::tr("subprocessors history: give the vendor with --vendor NAME"));
    Loaded loaded = load(sub.file());
    if (!loaded.data)
        return fail(loaded.error);
    QString error;
    const Party *vendor = findVendor(*loaded.data, sub.parser.value(vendorOpt), error);
    if (!vendor)
        return fail(error);
    const QList<const SubprocessorSnapshot *> history = vendorSnapshots(loaded.data->subprocessorSnapshots, vendor->id);
    const std::optional<QDate> deadline = objectionDeadline(*vendor);
    QJsonArray versions;
    QString text;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const SubprocessorSnapshot &s = *history[i];
        const ListDiff diff = diffLists(i > 0 ? snapshotList(*history[i - 1]) : SubprocessorList{}, snapshotList(s));
        versions.append(QJsonObject{{QStringLiteral("version"), int(i + 1)},
                                    {QStringLiteral("source"), s.source},
                                    {QStringLiteral("listUpdated"), dateJson(s.listUpdated)},
                                    {QStringLiteral("read"), s.read.toString(Qt::ISODate)},
                                    {QStringLiteral("noticeReceived"), dateJson(s.noticeReceived)},
                                    {QStringLiteral("rows"), int(s.rows.size())},
                                    {QStringLiteral("changes"), diffJson(diff)}});
        text += Tr::tr("Version %1, read %2 from %3: %n row(s)", nullptr, int(s.rows.size()))
                    .arg(i + 1)
                    .arg(s.read.toString(Qt::ISODate), s.source);
        if (s.listUpdated)
            text += u' ' + Tr::tr("(list updated %1)").arg(s.listUpdated->toString(Qt::ISODate));
        text += u'\n';
        if (i > 0)
            text += diffText(diff);
    }
    if (sub.parser.isSet(jsonOpt)) {
        const QJsonObject o{{QStringLiteral("vendor"), vendor->name},
                            {QStringLiteral("noticePeriodDays"),
                             vendor->noticePeriodDays ? QJsonValue(*vendor->noticePeriodDays) : QJsonValue()},
                            {QStringLiteral("noticeReceived"), dateJson(vendor->changeNoticeReceived)},
                            {QStringLiteral("deadline"), dateJson(deadline)},
                            {QStringLiteral("versions"), versions}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << (history.isEmpty() ? Tr::tr("The project keeps no list of “%1”.").arg(vendor->name) + u'\n' : text);
        if (deadline)
            out() << deadlineText(deadline) << u'\n';
    }
    out().flush();
    return Ok;
}

} // namespace ropa::cli
