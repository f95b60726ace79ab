// ropa-bench: how fast the .ropa store and the JSON format are on a large project.
//
// Generates a deterministic synthetic inventory (10,000 activities, 5,000 parties, 50,000
// transfers, ...; --quick for a tenth of that), checks that it validates, and then times,
// several runs each: store save (new file and over an existing one), store open (with all of
// its checks), JSON export and JSON import; it also opens the saved file in a fresh process,
// which is what the application does, to see the memory an open project needs.
// With --records it times the Article 30 records instead: the controller record of the
// generated project built, then written as XLSX, PDF, ODT, HTML and Markdown.
// It prints figures; it is not a test and never fails on time (ARCHITECTURE.md, "Testing").
// It fails (exit code 3) only when something is wrong: the generated project does not
// validate, a save or open fails, or a round trip does not give the same project back.
//
//   ropa-bench [--quick] [--runs N] [--seed N] [--json] [--store-only]
//              [--records [--formats xlsx,pdf,...] [--pdf-threads N]]
//
// See docs/performance.md for the figures and how to read them.
//
// This file reads the command line, generates the project and validates it; the phases are
// in benchstore.cpp and benchrecords.cpp, the generator in benchgenerator.cpp.

#include "benchgenerator.h"
#include "benchmeasure.h"
#include "benchrecords.h"
#include "benchstore.h"
#include "domain/validation.h"
#include "reference/reference.h"
#include "reports/writers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <algorithm>
#include <memory>
#include <type_traits>
#include <utility>

namespace ropa::bench {
namespace {

int run(int argc, char **argv)
{
    // PDF and ODT lay text out with fonts: --records needs a QGuiApplication (offscreen).
    bool wantRecords = false;
    for (int i = 1; i < argc; ++i)
        wantRecords = wantRecords || qstrcmp(argv[i], "--records") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (wantRecords) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ropa-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the .ropa store and the JSON format on a large synthetic project. Prints figures; "
                       "never fails on time."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("A tenth of the full size (a smoke run)."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generator (default 20240530)."),
                                        QStringLiteral("N"), QStringLiteral("20240530"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON on stdout."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files written, in DIR."),
                                        QStringLiteral("DIR"));
    QCommandLineOption openOnlyOption(QStringLiteral("open-only"),
                                      QStringLiteral("Internal: open FILE --runs times and print JSON."),
                                      QStringLiteral("FILE"));
    openOnlyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption storeOnlyOption(QStringLiteral("store-only"),
                                             QStringLiteral("Time the .ropa store only (skip the JSON phases)."));
    const QCommandLineOption recordsOption(
        QStringLiteral("records"),
        QStringLiteral("Time the Article 30 records (controller record to XLSX, PDF, ODT, HTML, Markdown) instead."));
    const QCommandLineOption formatsOption(
        QStringLiteral("formats"),
        QStringLiteral("With --records: only these formats (comma-separated: xlsx,pdf,odt,html,md)."),
        QStringLiteral("LIST"));
    const QCommandLineOption pdfThreadsOption(
        QStringLiteral("pdf-threads"),
        QStringLiteral("With --records: threads that lay out the PDF's text (default 0: one per core, at most 4)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({quickOption, runsOption, seedOption, jsonOption, keepOption, openOnlyOption, storeOnlyOption,
                       recordsOption, formatsOption, pdfThreadsOption});
    parser.process(*app);

    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 100) {
        progress(QStringLiteral("--runs must be a number from 1 to 100"));
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        progress(QStringLiteral("--seed must be a non-negative number"));
        return 2;
    }
    if (parser.isSet(openOnlyOption))
        return openOnly(parser.value(openOnlyOption), runs);

    const bool quick = parser.isSet(quickOption);
    const bool asJson = parser.isSet(jsonOption);
    const Sizes sizes = quick ? QuickSizes : FullSizes;

    if (!Reference::instance().isValid()) {
        progress(QStringLiteral("the reference data does not load: %1").arg(Reference::instance().error()));
        return 3;
    }
    const Memory baseline = readMemory();
    const QString loadStart = loadAverage();
    QList<Phase> phases;

    // Generate.
    progress(QStringLiteral("generating a %1 project (seed %2)")
                 .arg(quick ? QStringLiteral("quick") : QStringLiteral("full"))
                 .arg(seed));
    Phase generate = makePhase(QStringLiteral("generate"));
    Stopwatch timer;
    timer.start();
    const ProjectData data = generateProject(seed, sizes);
    generate.add(timer.lap());
    generate.after = readMemory();
    phases.append(generate);

    qint64 links = 0;
    qint64 evidenceCount = 0;
    data.forEachEntity([&](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (!std::is_same_v<T, Document>)
            evidenceCount += e.evidence.size();
        if constexpr (std::is_same_v<T, Activity>) {
            links += e.dataSubjects.size() + e.dataCategories.size() + e.sources.size() + e.securityMeasures.size();
            for (const RetentionRule &r : e.retention)
                links += r.categories.size();
        }
        if constexpr (std::is_same_v<T, Transfer>)
            links += e.activities.size() + e.dataCategories.size();
    });

    // Validate: the project must be valid, or every other figure is meaningless.
    Phase validate = makePhase(QStringLiteral("validateProject"));
    for (int r = 0; r < runs; ++r) {
        timer.start();
        const QList<Problem> problems = validateProject(data);
        validate.add(timer.lap());
        if (!problems.isEmpty()) {
            progress(QStringLiteral("THE GENERATED PROJECT DOES NOT VALIDATE (%1 problems):").arg(problems.size()));
            for (qsizetype k = 0; k < std::min<qsizetype>(problems.size(), 10); ++k)
                progress(QStringLiteral("  ") + problems[k].describe());
            return 3;
        }
    }
    validate.after = readMemory();
    phases.append(validate);

    if (parser.isSet(recordsOption)) {
        if (parser.isSet(keepOption))
            QDir().mkpath(parser.value(keepOption));
        const QStringList formatKeys = parser.value(formatsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : formatKeys) {
            if (!reports::formatFromKey(key) || key == QStringLiteral("csv")) {
                progress(QStringLiteral("--formats: unknown format %1 (xlsx, pdf, odt, html, md)").arg(key));
                return 2;
            }
        }
        const int pdfThreads = parser.value(pdfThreadsOption).toInt(&ok);
        if (!ok || pdfThreads < 0 || pdfThreads > 16) {
            progress(QStringLiteral("--pdf-threads must be a number from 0 to 16"));
            return 2;
        }
        return records(data, runs, parser.isSet(keepOption) ? parser.value(keepOption) : QString(), formatKeys,
                       pdfThreads);
    }

    StoreRun store;
    store.runs = runs;
    store.seed = seed;
    store.quick = quick;
    store.asJson = asJson;
    store.storeOnly = parser.isSet(storeOnlyOption);
    store.keep = parser.isSet(keepOption);
    store.keepDir = parser.value(keepOption);
    store.links = links;
    store.evidenceCount = evidenceCount;
    store.baseline = baseline;
    store.loadStart = loadStart;
    store.phases = std::move(phases);
    return storeBenchmark(data, std::move(store));
}

} // namespace
} // namespace ropa::bench

int main(int argc, char **argv)
{
    return ropa::bench::run(argc, argv);
}
