#include "importavgregister.h"

#include "common.h"
#include "importkinds.h"

#include "domain/validation.h"
#include "import/avgregisterreader.h"
#include "import/importapply.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {

using namespace ropa::importer;

QJsonObject summaryJson(const QString &file, const AvgRegisterRead &read, const ImportResult &result,
                        const QString &written)
{
    QJsonObject entities;
    for (const ImportKindName &k : importReportedKinds)
        entities.insert(QString::fromLatin1(k.key),
                        QJsonObject{{QStringLiteral("added"), result.count(k.kind).added},
                                    {QStringLiteral("matched"), result.count(k.kind).matched}});
    QJsonArray unresolved;
    for (const UnresolvedValue &u : read.plan.unresolved) {
        QJsonArray records;
        for (const int r : u.rows)
            records.append(r);
        unresolved.append(QJsonObject{{QStringLiteral("field"), fieldKey(u.field)},
                                      {QStringLiteral("value"), u.value},
                                      {QStringLiteral("records"), records}});
    }
    return {{QStringLiteral("file"), file},
            {QStringLiteral("format"), QStringLiteral("avg-register")},
            {QStringLiteral("records"), QJsonObject{{QStringLiteral("controller"), read.controllerRecords},
                                                    {QStringLiteral("processor"), read.processorRecords},
                                                    {QStringLiteral("police"), read.policeRecords}}},
            {QStringLiteral("activities"),
             QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(result.addedActivities)},
                         {QStringLiteral("updated"), QJsonArray::fromStringList(result.updatedActivities)},
                         {QStringLiteral("matched"), QJsonArray::fromStringList(result.matchedActivities)}}},
            {QStringLiteral("entities"), entities},
            {QStringLiteral("unresolved"), unresolved},
            {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
            {QStringLiteral("written"), written.isEmpty() ? QJsonValue() : QJsonValue(written)}};
}

void printSummary(const QString &file, const AvgRegisterRead &read, const ImportResult &result, const QString &written)
{
    QTextStream &s = out();
    s << Tr::tr("Read %1 (%2).").arg(QFileInfo(file).fileName(), describeAvgRegister(read)) << u'\n';
    s << Tr::tr("Activities: %1 added, %2 updated, %3 already there.")
             .arg(result.addedActivities.size())
             .arg(result.updatedActivities.size())
             .arg(result.matchedActivities.size())
      << u'\n';
    for (const ImportKindName &k : importReportedKinds) {
        const KindCounts &c = result.count(k.kind);
        if (c.added + c.matched > 0)
            s << QStringLiteral("  %1: ").arg(QString::fromLatin1(k.key))
              << Tr::tr("%1 added, %2 matched").arg(c.added).arg(c.matched) << u'\n';
    }
    if (!read.plan.unresolved.isEmpty()) {
        s << Tr::tr("Unresolved values (%n), kept as written or left out:", nullptr, int(read.plan.unresolved.size()))
          << u'\n';
        for (const UnresolvedValue &u : read.plan.unresolved) {
            QStringList records;
            for (const int r : u.rows)
                records.append(QString::number(r));
            s << QStringLiteral("  %1 “%2” ").arg(fieldKey(u.field), u.value.left(80))
              << Tr::tr("(record(s) %1)", nullptr, int(records.size())).arg(records.join(QStringLiteral(", ")))
              << u'\n';
        }
        s << Tr::tr("Recipients the register gives only as prose are kept in the activity's notes; make them "
                    "parties where they are organisations.")
          << u'\n';
    }
    if (!result.notes.isEmpty()) {
        s << Tr::tr("Notes:") << u'\n';
        for (const QString &n : result.notes)
            s << QStringLiteral("  ") << n << u'\n';
    }
    if (written.isEmpty())
        s << Tr::tr("Dry run: nothing was written.") << u'\n';
    else
        s << Tr::tr("Written to “%1”.").arg(written) << u'\n';
    s.flush();
}

} // namespace

int importAvgRegister(const AvgImportOptions &o)
{
    AvgRegisterRead read = readAvgRegisterFile(o.in);
    if (!read.plan.error.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(o.in, read.plan.error));
    if (!o.mapping.isEmpty()) {
        QFile f(o.mapping);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot open %1: %2").arg(f.fileName(), f.errorString()));
        QString error;
        const std::optional<Mapping> given = Mapping::fromJson(f.read(1 << 20), &error);
        if (!given)
            return fail(QStringLiteral("%1: %2").arg(f.fileName(), error));
        read.plan = withValues(read.plan, given->values);
    }
    ProjectData base;
    if (!o.into.isEmpty()) {
        Loaded loaded = load(o.into);
        if (!loaded.data)
            return fail(loaded.error);
        base = std::move(*loaded.data);
    } else {
        base.info.name = o.name.trimmed();
    }
    const ImportResult result = applyImport(base, read.plan, base.info.name);
    const QList<Problem> problems = validateProject(result.data);
    if (!problems.isEmpty())
        return fail(Tr::tr("the imported project would not be valid: %1").arg(problems.first().describe()));
    QString written;
    if (!o.dryRun) {
        const QString target = o.into.isEmpty() ? o.output : o.into;
        if (const int rc = saveRopa(result.data, target, !o.into.isEmpty() || o.force); rc != Ok)
            return rc;
        written = target;
    }
    if (o.json) {
        out() << QString::fromUtf8(
            QJsonDocument(summaryJson(o.in, read, result, written)).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        printSummary(o.in, read, result, written);
    }
    return read.plan.unresolved.isEmpty() ? Ok : Findings;
}

} // namespace ropa::cli
