#include "benchrecords.h"

#include "benchmeasure.h"
#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace ropa::bench {
namespace {

// The targets (docs/performance.md). Not checked as pass/fail; printed beside the figures.
constexpr double TargetXlsxMs = 1000.0; // Article 30 records, 1,000 activities
constexpr double TargetPdfMs = 10000.0;

} // namespace

int records(const ProjectData &data, int runs, const QString &keepDir, const QStringList &formatKeys, int pdfThreads)
{
    QTextStream out(stdout);
    const QString loadStart = loadAverage();
    struct Row
    {
        Phase phase;
        qint64 bytes = 0;
        int pages = 0;
    };
    QList<Row> rows;
    reports::Options options;
    options.type = reports::RecordType::Controller;
    options.date = QDate(2026, 1, 1);

    Row build{makePhase(QStringLiteral("build the report")), 0, 0};
    reports::Report report;
    Stopwatch timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        report = reports::buildReport(data, options);
        build.phase.add(timer.lap());
    }
    build.phase.after = readMemory();
    rows.append(build);

    const struct
    {
        reports::Format format;
        double targetMs;
    } formats[] = {{reports::Format::Xlsx, TargetXlsxMs},
                   {reports::Format::Pdf, TargetPdfMs},
                   {reports::Format::Odt, -1},
                   {reports::Format::Html, -1},
                   {reports::Format::Markdown, -1}};
    reports::PagedOptions paged;
    paged.layoutThreads = pdfThreads;
    for (const auto &f : formats) {
        const QString key = reports::formatKey(f.format);
        if (!formatKeys.isEmpty() && !formatKeys.contains(key))
            continue;
        progress(QStringLiteral("writing %1 (%2 runs)").arg(key).arg(runs));
        Row row{makePhase(key, f.targetMs), 0, 0};
        QByteArray bytes;
        for (int r = 0; r < runs; ++r) {
            QString error;
            bytes.clear();
            timer.start();
            switch (f.format) {
            case reports::Format::Xlsx: bytes = reports::toXlsx(report, &error); break;
            case reports::Format::Pdf: bytes = reports::toPdf(report, &error, paged); break;
            case reports::Format::Odt: bytes = reports::toOdt(report, &error); break;
            case reports::Format::Html: bytes = reports::toHtml(report).toUtf8(); break;
            case reports::Format::Markdown: bytes = reports::toMarkdown(report); break;
            case reports::Format::Csv: break;
            }
            const Lap lap = timer.lap();
            if (bytes.isEmpty()) {
                progress(QStringLiteral("WRITING %1 FAILED: %2").arg(key, error));
                return 3;
            }
            row.phase.add(lap);
        }
        row.phase.after = readMemory();
        row.bytes = bytes.size();
        if (f.format == reports::Format::Pdf) {
            // Page objects: "/Type /Page" not followed by "s" (the page tree).
            for (qsizetype at = bytes.indexOf("/Type /Page"); at >= 0; at = bytes.indexOf("/Type /Page", at + 1))
                row.pages += at + 11 < bytes.size() && bytes.at(at + 11) != 's' ? 1 : 0;
        }
        if (!keepDir.isEmpty()) {
            QFile file(QDir(keepDir).filePath(QStringLiteral("record.") + reports::formatSuffix(f.format)));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
        }
        rows.append(row);
    }

    out << "controller record of " << data.activities.size() << " activities (" << report.sections.size()
        << " sections)\n\n";
    out << pad(QStringLiteral("phase"), -22) << pad(QStringLiteral("median ms"), 11)
        << pad(QStringLiteral("min ms"), 10) << pad(QStringLiteral("CPU ms"), 10) << pad(QStringLiteral("runs"), 5)
        << pad(QStringLiteral("peak MB"), 9) << pad(QStringLiteral("size MB"), 9) << pad(QStringLiteral("pages"), 7)
        << pad(QStringLiteral("target"), 10) << "\n";
    for (const Row &row : rows) {
        const Phase &p = row.phase;
        out << pad(p.name, -22) << pad(num(p.median()), 11) << pad(num(p.min()), 10) << pad(num(p.cpuMedian()), 10)
            << pad(QString::number(p.ms.size()), 5) << pad(num(mb(p.after.peakKb)), 9)
            << pad(row.bytes ? num(static_cast<double>(row.bytes) / 1048576.0) : QString(), 9)
            << pad(row.pages ? QString::number(row.pages) : QString(), 7)
            << pad(p.targetMs > 0 ? QStringLiteral("%1 ms").arg(p.targetMs) : QString(), 10) << "\n";
    }
    out << "\nLoad average at the start: " << loadStart << ", at the end: " << loadAverage() << "\n";
    out << "The targets (XLSX <= 1 s, PDF <= 10 s) are for 1,000 activities (--quick).\n";
    return 0;
}

} // namespace ropa::bench
