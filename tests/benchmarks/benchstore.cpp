#include "benchstore.h"

#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#ifndef ROPA_BENCH_BUILD_TYPE
#define ROPA_BENCH_BUILD_TYPE "unknown"
#endif

namespace ropa::bench {
namespace {

// The targets (docs/performance.md). Not checked as pass/fail; printed beside the figures.
constexpr double TargetOpenMs = 1000.0;
constexpr double TargetSaveMs = 1000.0;
constexpr double TargetRssMb = 300.0;

struct FreshOpen
{
    bool ok = false;
    Phase phase;
    qint64 rssBeforeKb = -1;
    qint64 rssOpenKb = -1;
    qint64 peakKb = -1;
};

FreshOpen openInFreshProcess(const QString &path, int runs)
{
    FreshOpen f;
    f.phase.name = QStringLiteral("open, fresh process");
    f.phase.targetMs = TargetOpenMs;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--open-only"), path, QStringLiteral("--runs"), QString::number(runs)});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        progress(QStringLiteral("the fresh-process open failed (exit code %1)").arg(child.exitCode()));
        return f;
    }
    const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("runs_ms")).toArray())
        f.phase.ms.append(v.toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("cpu_ms")).toArray())
        f.phase.cpuMs.append(v.toDouble());
    f.rssBeforeKb = o.value(QStringLiteral("rss_before_kb")).toInteger();
    f.rssOpenKb = o.value(QStringLiteral("rss_open_kb")).toInteger();
    f.peakKb = o.value(QStringLiteral("peak_rss_kb")).toInteger();
    f.phase.after = Memory{f.rssOpenKb, f.peakKb};
    f.ok = !f.phase.ms.isEmpty();
    return f;
}

} // namespace

int openOnly(const QString &path, int runs)
{
    const Memory before = readMemory();
    QJsonArray times;
    QJsonArray cpuTimes;
    qint64 openRssKb = -1;
    for (int r = 0; r < runs; ++r) {
        Stopwatch timer;
        timer.start();
        store::OpenResult result = store::openProject(path);
        const Lap lap = timer.lap();
        if (result.error || !result.data) {
            progress(QStringLiteral("open failed: %1").arg(result.error.message));
            return 3;
        }
        times.append(lap.wallMs);
        cpuTimes.append(lap.cpuMs);
        if (r == runs - 1)
            openRssKb = readMemory().rssKb; // with the project held in memory
    }
    const Memory after = readMemory();
    QJsonObject o;
    o.insert(QStringLiteral("runs_ms"), times);
    o.insert(QStringLiteral("cpu_ms"), cpuTimes);
    o.insert(QStringLiteral("rss_before_kb"), before.rssKb);
    o.insert(QStringLiteral("rss_open_kb"), openRssKb);
    o.insert(QStringLiteral("peak_rss_kb"), after.peakKb);
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int storeBenchmark(const ProjectData &data, StoreRun given)
{
    const int runs = given.runs;
    const quint64 seed = given.seed;
    const bool quick = given.quick;
    const bool asJson = given.asJson;
    const qint64 links = given.links;
    const qint64 evidenceCount = given.evidenceCount;
    const Memory baseline = given.baseline;
    const QString loadStart = given.loadStart;
    QList<Phase> phases = std::move(given.phases);
    Stopwatch timer;
    int status = 0;

    QTemporaryDir tempDir;
    QString dir = tempDir.path();
    if (given.keep) {
        dir = given.keepDir;
        QDir().mkpath(dir);
    }
    const QString ropaPath = QDir(dir).filePath(QStringLiteral("bench.ropa"));
    qint64 ropaBytes = -1;
    bool saved = false;

    // Save to a new file.
    progress(QStringLiteral("saving (%1 runs)").arg(runs));
    Phase saveNew = makePhase(QStringLiteral("store save, new file"), TargetSaveMs);
    store::Fingerprint fingerprint;
    for (int r = 0; r < runs; ++r) {
        QFile::remove(ropaPath);
        timer.start();
        const store::SaveResult result = store::saveProject(data, ropaPath);
        const Lap lap = timer.lap();
        if (result.error) {
            progress(QStringLiteral("SAVE FAILED: %1").arg(result.error.message));
            status = 3;
            break;
        }
        saveNew.add(lap);
        fingerprint = result.fingerprint;
        saved = true;
    }
    saveNew.after = readMemory();
    phases.append(saveNew);

    // Save over the file it was opened from (the usual Ctrl+S: the fingerprint is checked).
    if (saved) {
        Phase saveOver = makePhase(QStringLiteral("store save, overwrite"), TargetSaveMs);
        for (int r = 0; r < runs; ++r) {
            store::SaveOptions options;
            options.expected = fingerprint;
            timer.start();
            const store::SaveResult result = store::saveProject(data, ropaPath, options);
            const Lap lap = timer.lap();
            if (result.error) {
                progress(QStringLiteral("SAVE OVER AN EXISTING FILE FAILED: %1").arg(result.error.message));
                status = 3;
                break;
            }
            saveOver.add(lap);
            fingerprint = result.fingerprint;
        }
        saveOver.after = readMemory();
        phases.append(saveOver);
        ropaBytes = QFileInfo(ropaPath).size();

        // One part of both open and save, timed alone: the XXH3-128 fingerprint of the file.
        Phase fingerprintPhase = makePhase(QStringLiteral("fingerprintOf (XXH3-128)"));
        for (int r = 0; r < runs; ++r) {
            timer.start();
            const store::Fingerprint f = store::fingerprintOf(ropaPath);
            fingerprintPhase.add(timer.lap());
            if (f.isNull()) {
                progress(QStringLiteral("fingerprintOf gave no fingerprint"));
                status = 3;
            }
        }
        fingerprintPhase.after = readMemory();
        phases.append(fingerprintPhase);
    }

    // Open, with every check of the hardened sequence and validateProject.
    bool storeRoundTrip = false;
    QString storeDifference;
    if (saved) {
        progress(QStringLiteral("opening (%1 runs)").arg(runs));
        Phase open = makePhase(QStringLiteral("store open"), TargetOpenMs);
        for (int r = 0; r < runs; ++r) {
            timer.start();
            store::OpenResult result = store::openProject(ropaPath);
            const Lap lap = timer.lap();
            if (result.error || !result.data) {
                progress(QStringLiteral("OPEN FAILED: %1").arg(result.error.message));
                status = 3;
                break;
            }
            open.add(lap);
            if (r == 0) {
                storeRoundTrip = *result.data == data;
                if (!storeRoundTrip) {
                    storeDifference = firstDifference(data, *result.data);
                    progress(QStringLiteral("STORE ROUND TRIP DIFFERS: %1").arg(storeDifference));
                    status = 3;
                }
            }
        }
        open.after = readMemory();
        phases.append(open);
    }

    // JSON export and import.
    const bool withJson = !given.storeOnly;
    if (withJson)
        progress(QStringLiteral("JSON export and import (%1 runs each)").arg(runs));
    Phase exportJson = makePhase(QStringLiteral("JSON export"));
    QByteArray json;
    for (int r = 0; withJson && r < runs; ++r) {
        json.clear();
        json.squeeze();
        timer.start();
        json = json::writeProject(data);
        exportJson.add(timer.lap());
    }
    exportJson.after = readMemory();
    if (withJson)
        phases.append(exportJson);
    const qint64 jsonBytes = json.size();
    if (given.keep) {
        QFile out(QDir(dir).filePath(QStringLiteral("bench.json")));
        if (out.open(QIODevice::WriteOnly))
            out.write(json);
    }

    Phase importJson = makePhase(QStringLiteral("JSON import"));
    bool jsonRoundTrip = false;
    QString jsonDifference;
    for (int r = 0; withJson && r < runs; ++r) {
        timer.start();
        const json::ReadResult result = json::readProject(json);
        const Lap lap = timer.lap();
        if (!result.data) {
            progress(QStringLiteral("JSON IMPORT FAILED: %1").arg(result.error));
            status = 3;
            break;
        }
        importJson.add(lap);
        if (r == 0) {
            jsonRoundTrip = *result.data == data;
            if (!jsonRoundTrip) {
                jsonDifference = firstDifference(data, *result.data);
                progress(QStringLiteral("JSON ROUND TRIP DIFFERS: %1").arg(jsonDifference));
                status = 3;
            }
        }
    }
    importJson.after = readMemory();
    if (withJson)
        phases.append(importJson);
    json.clear();
    json.squeeze();

    // Open in a process of its own: the memory the application needs for this project.
    FreshOpen fresh;
    if (saved) {
        progress(QStringLiteral("opening in a fresh process (%1 runs)").arg(runs));
        fresh = openInFreshProcess(ropaPath, runs);
        if (fresh.ok)
            phases.append(fresh.phase);
        else
            status = 3;
    }

    // Targets.
    auto findPhase = [&](const QString &name) -> const Phase * {
        for (const Phase &p : phases) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    };
    struct Target
    {
        QString name;
        double limit;
        double measured; // wall time, or MB
        double cpu;      // CPU time; -1 for memory
        QString unit;
    };
    QList<Target> targets;
    auto timeTarget = [&](const QString &name, double limit, const Phase &p) {
        targets.append({name, limit, p.median(), p.cpuMedian(), QStringLiteral("ms")});
    };
    if (const Phase *p = findPhase(QStringLiteral("store open")))
        timeTarget(QStringLiteral("store open (median)"), TargetOpenMs, *p);
    if (fresh.ok)
        timeTarget(QStringLiteral("store open, fresh process (median)"), TargetOpenMs, fresh.phase);
    if (const Phase *p = findPhase(QStringLiteral("store save, new file")))
        timeTarget(QStringLiteral("store save, new file (median)"), TargetSaveMs, *p);
    if (const Phase *p = findPhase(QStringLiteral("store save, overwrite")))
        timeTarget(QStringLiteral("store save, overwrite (median)"), TargetSaveMs, *p);
    if (fresh.ok)
        targets.append({QStringLiteral("peak RSS, fresh process that opens the file"), TargetRssMb, mb(fresh.peakKb),
                        -1, QStringLiteral("MB")});
    targets.append({QStringLiteral("peak RSS, this process (all phases)"), TargetRssMb, mb(readMemory().peakKb), -1,
                    QStringLiteral("MB")});

    const QString buildType = QString::fromLatin1(ROPA_BENCH_BUILD_TYPE);
    if (asJson) {
        QJsonObject o;
        QJsonObject machine;
        machine.insert(QStringLiteral("cpu"), cpuModel());
        machine.insert(QStringLiteral("cores"), QThread::idealThreadCount());
        machine.insert(QStringLiteral("mem_total_kb"), memTotalKb());
        machine.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
        machine.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
        machine.insert(QStringLiteral("compiler"), QString::fromLatin1(__VERSION__));
        machine.insert(QStringLiteral("build_type"), buildType);
        machine.insert(QStringLiteral("load_average_start"), loadStart);
        machine.insert(QStringLiteral("load_average_end"), loadAverage());
        o.insert(QStringLiteral("machine"), machine);
        o.insert(QStringLiteral("size"), quick ? QStringLiteral("quick") : QStringLiteral("full"));
        o.insert(QStringLiteral("seed"), QString::number(seed));
        o.insert(QStringLiteral("runs"), runs);
        QJsonObject counts;
        for (int k = 0; k < EntityKindCount; ++k)
            counts.insert(entityKindKey(static_cast<EntityKind>(k)),
                          static_cast<qint64>(data.count(static_cast<EntityKind>(k))));
        counts.insert(QStringLiteral("links"), links);
        counts.insert(QStringLiteral("evidence"), evidenceCount);
        o.insert(QStringLiteral("counts"), counts);
        QJsonArray list;
        for (const Phase &p : phases) {
            QJsonObject po;
            po.insert(QStringLiteral("name"), p.name);
            QJsonArray times;
            for (double t : p.ms)
                times.append(t);
            po.insert(QStringLiteral("runs_ms"), times);
            QJsonArray cpuTimes;
            for (double t : p.cpuMs)
                cpuTimes.append(t);
            po.insert(QStringLiteral("cpu_ms"), cpuTimes);
            po.insert(QStringLiteral("median_ms"), p.median());
            po.insert(QStringLiteral("cpu_median_ms"), p.cpuMedian());
            po.insert(QStringLiteral("thread_cpu_median_ms"), p.threadCpuMedian());
            po.insert(QStringLiteral("min_ms"), p.min());
            po.insert(QStringLiteral("rss_kb"), p.after.rssKb);
            po.insert(QStringLiteral("peak_rss_kb"), p.after.peakKb);
            list.append(po);
        }
        o.insert(QStringLiteral("phases"), list);
        QJsonObject files;
        files.insert(QStringLiteral("ropa_bytes"), ropaBytes);
        files.insert(QStringLiteral("json_bytes"), jsonBytes);
        o.insert(QStringLiteral("files"), files);
        QJsonObject memory;
        memory.insert(QStringLiteral("baseline_rss_kb"), baseline.rssKb);
        memory.insert(QStringLiteral("fresh_open_rss_before_kb"), fresh.rssBeforeKb);
        memory.insert(QStringLiteral("fresh_open_rss_open_kb"), fresh.rssOpenKb);
        memory.insert(QStringLiteral("fresh_open_peak_kb"), fresh.peakKb);
        o.insert(QStringLiteral("memory"), memory);
        QJsonArray targetList;
        for (const Target &t : targets) {
            QJsonObject to;
            to.insert(QStringLiteral("name"), t.name);
            to.insert(QStringLiteral("limit"), t.limit);
            to.insert(QStringLiteral("measured"), t.measured);
            if (t.cpu >= 0)
                to.insert(QStringLiteral("cpu_ms"), t.cpu);
            to.insert(QStringLiteral("unit"), t.unit);
            to.insert(QStringLiteral("met"), t.measured >= 0 && t.measured <= t.limit);
            targetList.append(to);
        }
        o.insert(QStringLiteral("targets"), targetList);
        QJsonObject roundTrips;
        roundTrips.insert(QStringLiteral("store"), saved ? QJsonValue(storeRoundTrip) : QJsonValue());
        roundTrips.insert(QStringLiteral("json"), jsonRoundTrip);
        o.insert(QStringLiteral("round_trip_equal"), roundTrips);
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return status;
    }

    QTextStream out(stdout);
    out << "ropa-bench: " << (quick ? "quick" : "full") << " project, seed " << seed << ", " << runs << " runs, "
        << buildType << " build, Qt " << qVersion() << "\n";
    out << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " cores, "
        << num(mb(memTotalKb()) / 1024.0) << " GB RAM\n";
    if (buildType != QLatin1StringView("RelWithDebInfo") && buildType != QLatin1StringView("Release"))
        out << "WARNING: not an optimised build; the figures say little\n";
    out << "entities: ";
    for (int k = 0; k < EntityKindCount; ++k)
        out << (k ? ", " : "") << data.count(static_cast<EntityKind>(k)) << ' '
            << entityKindKey(static_cast<EntityKind>(k));
    out << "\n          " << links << " links, " << evidenceCount << " evidence quotes\n";
    out << "files:    .ropa " << num(static_cast<double>(ropaBytes) / 1048576.0) << " MB, JSON "
        << num(static_cast<double>(jsonBytes) / 1048576.0) << " MB\n\n";

    out << pad(QStringLiteral("phase"), -24) << pad(QStringLiteral("median ms"), 11)
        << pad(QStringLiteral("min ms"), 10) << pad(QStringLiteral("CPU ms"), 10) << pad(QStringLiteral("thread"), 8)
        << pad(QStringLiteral("runs"), 5) << pad(QStringLiteral("RSS MB"), 9) << pad(QStringLiteral("peak MB"), 9)
        << pad(QStringLiteral("target"), 9) << "\n";
    for (const Phase &p : phases) {
        out << pad(p.name, -24) << pad(num(p.median()), 11) << pad(num(p.min()), 10) << pad(num(p.cpuMedian()), 10)
            << pad(p.threadCpuMs.isEmpty() ? QString() : num(p.threadCpuMedian()), 8)
            << pad(QString::number(p.ms.size()), 5) << pad(num(mb(p.after.rssKb)), 9) << pad(num(mb(p.after.peakKb)), 9)
            << pad(p.targetMs < 0 ? QString() : QStringLiteral("%1 ms").arg(p.targetMs, 0, 'f', 0), 9) << "\n";
    }
    out << "\nmedian and min: wall time; CPU ms: median CPU time of the process (the wall time on an idle\n"
           "machine, less any wait for the disk); thread: median CPU time of the thread that ran the\n"
           "phase (without the work it handed to other threads). Load average at the start: "
        << loadStart << ", at the end: " << loadAverage() << ".\n";
    out << "RSS and peak (VmRSS, VmHWM) are read after the last run of each phase; in this process the\n"
           "peak includes the generated project, which stays in memory throughout. Baseline RSS before\n"
           "generating: "
        << num(mb(baseline.rssKb)) << " MB.\n";
    if (fresh.ok)
        out << "Fresh process that only opens the file: RSS " << num(mb(fresh.rssBeforeKb)) << " MB before, "
            << num(mb(fresh.rssOpenKb)) << " MB with the project open, peak " << num(mb(fresh.peakKb)) << " MB.\n";
    out << "\ntargets:\n";
    for (const Target &t : targets) {
        const bool met = t.measured >= 0 && t.measured <= t.limit;
        out << "  " << pad(t.name, -45) << pad(num(t.measured), 9) << ' ' << t.unit << "  (<= " << t.limit << ' '
            << t.unit << ")  " << (met ? "met" : "MISSED");
        if (t.cpu >= 0)
            out << "  [CPU " << num(t.cpu) << " ms: " << (t.cpu <= t.limit ? "within" : "over") << "]";
        out << "\n";
    }
    const QString storeTrip = !saved           ? QStringLiteral("not run")
                              : storeRoundTrip ? QStringLiteral("equal")
                                               : QString(QStringLiteral("DIFFERENT: ") + storeDifference);
    const QString jsonTrip = !withJson       ? QStringLiteral("not run (--store-only)")
                             : jsonRoundTrip ? QStringLiteral("equal")
                                             : QString(QStringLiteral("DIFFERENT: ") + jsonDifference);
    out << "\nround trips: store " << storeTrip << ", JSON " << jsonTrip << "\n";
    return status;
}

} // namespace ropa::bench
