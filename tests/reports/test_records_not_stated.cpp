// What the Article 30 record says when something is not stated (issue 18, "What prints
// wrongly"): a destination that is not stated is "not stated" and missing, never "no third
// country"; a DPO that is not required says so, with why; the sources and the examples of the
// data categories are printed, and a missing source counts as missing. Every writer is a view
// of the same Report (report.h), so the cells are checked, and the text of the Markdown, CSV
// and HTML records.

#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include "common/sampleproject.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using namespace ropa::reports;
using ropa::test::fixedId;

namespace {

const QDate FixedDate(2026, 1, 2);

Report build(const ProjectData &d, RecordType type = RecordType::Controller)
{
    Options o;
    o.type = type;
    o.date = FixedDate;
    return buildReport(d, o);
}

// The cell of a table's row whose column `column` holds `match`.
const QList<Cell> *rowWhere(const Table &t, const QString &column, const QString &match)
{
    const int c = t.columnIndex(column);
    for (const QList<Cell> &row : t.rows) {
        if (c >= 0 && row.at(c).text() == match)
            return &row;
    }
    return nullptr;
}

Cell cellOf(const Table &t, const QList<Cell> &row, const QString &column)
{
    return row.at(t.columnIndex(column));
}

QString allText(const Report &r)
{
    QString text = QString::fromUtf8(toMarkdown(r)) + toHtml(r);
    for (const Table *t : r.tables())
        text += QString::fromUtf8(toCsv(*t, r.notStatedText));
    return text;
}

// The sample project, and "Speech Vendor Ltd": a processor of the calls whose country nobody
// stated, the transfer to it without countries and without a mechanism.
ProjectData unknownDestination()
{
    ProjectData d = test::sampleProject();
    d.activities.at(fixedId(60)).automatedDecisions.present = false; // all but (e) stated (format 5's Art. 22)
    Party vendor;
    vendor.id = fixedId(14);
    vendor.name = QStringLiteral("Speech Vendor Ltd");
    d.parties.emplace(vendor.id, vendor);
    Transfer t;
    t.id = fixedId(73);
    t.from = fixedId(10);
    t.to = vendor.id;
    t.role = Role::Processor;
    t.activities = {fixedId(60)};
    t.purpose = QStringLiteral("Transcription");
    d.transfers.emplace(t.id, t);
    return d;
}

// A program's standard output ("" when it is missing or fails).
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// The text of a written record, read back by an independent reader: openpyxl for XLSX (every
// cell), Python's zipfile for ODT (content.xml), pdftotext for PDF; the file itself otherwise.
QString writtenText(const QString &path, Format format)
{
    switch (format) {
    case Format::Xlsx: {
        const QJsonObject book =
            QJsonDocument::fromJson(
                run(python(), {QStringLiteral(ROPA_SOURCE_DIR "/tests/reports/read_xlsx.py"), path}).toUtf8())
                .object();
        QStringList cells;
        for (const QJsonValue sheet : book.value(QStringLiteral("sheets")).toArray()) {
            for (const QJsonValue row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
                for (const QJsonValue cell : row.toArray())
                    cells.append(cell.toObject().value(QStringLiteral("v")).toString());
            }
        }
        return cells.join(u'\n');
    }
    case Format::Odt:
        return run(python(),
                   {QStringLiteral("-c"),
                    QStringLiteral("import sys, zipfile; "
                                   "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('content.xml').decode())"),
                    path});
    case Format::Pdf: return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    default: break;
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestRecordsNotStated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownCountryIsNotStated()
    {
        const Report r = build(unknownDestination());
        const Table *transfers = r.table(QStringLiteral("transfers"));
        QVERIFY(transfers);
        const QList<Cell> *row = rowWhere(*transfers, QStringLiteral("to"), QStringLiteral("Speech Vendor Ltd"));
        QVERIFY(row);
        QVERIFY(cellOf(*transfers, *row, QStringLiteral("countries")).notStated);
        QVERIFY(cellOf(*transfers, *row, QStringLiteral("third_countries")).notStated);
        QVERIFY(cellOf(*transfers, *row, QStringLiteral("mechanism")).notStated);

        const Table *recipients = r.table(QStringLiteral("recipients"));
        row = rowWhere(*recipients, QStringLiteral("recipient"), QStringLiteral("Speech Vendor Ltd"));
        QVERIFY(row);
        QVERIFY(cellOf(*recipients, *row, QStringLiteral("countries")).notStated);

        // The record's (d) and (e) of the activity name it; (e) is missing.
        const Table *record = r.table(QStringLiteral("record"));
        row = rowWhere(*record, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(row);
        QVERIFY(cellOf(*record, *row, QStringLiteral("recipients"))
                    .lines.contains(QStringLiteral("Speech Vendor Ltd (processor, country not stated)")));
        QVERIFY(cellOf(*record, *row, QStringLiteral("transfers"))
                    .lines.contains(
                        QStringLiteral("country not stated \u2014 Speech Vendor Ltd: transfer mechanism: not stated")));
        const ActivityStatus &status = r.activities.at(0);
        QCOMPARE(status.name, QStringLiteral("Customer service calls"));
        QVERIFY(status.missing.contains(QStringLiteral("Art. 30(1)(e)")));
        QCOMPARE(status.stated, status.required - 1);

        // No format says "no" or "none needed" for it.
        const QString text = allText(r);
        QVERIFY(!text.contains(QStringLiteral("none needed (no third country)")));
    }

    // A transfer that lists no categories and does not say "all" has them not stated (format
    // 5); one that says "all" carries its activity's categories.
    void transferCategoriesNotStatedOrAll()
    {
        ProjectData d = unknownDestination();
        const Report recipientsReport = build(d); // the table lives in its report
        const Table *recipients = recipientsReport.table(QStringLiteral("recipients"));
        QVERIFY(recipients);
        const QList<Cell> *row =
            rowWhere(*recipients, QStringLiteral("recipient"), QStringLiteral("Speech Vendor Ltd"));
        QVERIFY(row);
        QVERIFY(cellOf(*recipients, *row, QStringLiteral("data_categories")).notStated);

        d.transfers.at(fixedId(73)).allCategories = true;
        const Report all = build(d);
        row = rowWhere(*all.table(QStringLiteral("recipients")), QStringLiteral("recipient"),
                       QStringLiteral("Speech Vendor Ltd"));
        QVERIFY(row);
        const Cell cats = cellOf(*all.table(QStringLiteral("recipients")), *row, QStringLiteral("data_categories"));
        QVERIFY(!cats.notStated);
        QVERIFY(!cats.text().isEmpty());
    }

    // Every format, read back: the unknown destination is "country not stated", the sources
    // are there, and no format says "none needed" for it.
    void everyFormat_data()
    {
        QTest::addColumn<int>("format");
        for (const Format f : allFormats())
            QTest::newRow(qPrintable(formatKey(f))) << static_cast<int>(f);
    }

    void everyFormat()
    {
        QFETCH(int, format);
        const auto f = static_cast<Format>(format);
        if (f == Format::Pdf && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("record.") + formatSuffix(f));
        QCOMPARE(writeReport(build(unknownDestination()), f, path), QString());
        // CSV writes one file per table next to the path; read them all.
        QString text;
        if (f == Format::Csv) {
            for (const QFileInfo &file : QDir(dir.path()).entryInfoList({QStringLiteral("*.csv")}, QDir::Files))
                text += writtenText(file.filePath(), f);
        } else {
            text = writtenText(path, f);
        }
        QVERIFY2(!text.isEmpty(), qPrintable(formatKey(f)));
        // HTML and ODT mark an inline "not stated" up (highlighted): read the text only.
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        const QString squeezed = text.remove(tag).simplified();
        QVERIFY2(squeezed.contains(QStringLiteral("country not stated")), qPrintable(formatKey(f)));
        QVERIFY2(squeezed.contains(QStringLiteral("Sources: From the caller (from the data subject)")),
                 qPrintable(formatKey(f)));
        QVERIFY2(!squeezed.contains(QStringLiteral("none needed (no third country)")), qPrintable(formatKey(f)));
    }

    // A known destination in the EEA still needs no mechanism, and says so.
    void knownEeaCountryNeedsNone()
    {
        ProjectData d = unknownDestination();
        d.parties.at(fixedId(14)).country = QStringLiteral("IE");
        const Report r = build(d);
        const Table *transfers = r.table(QStringLiteral("transfers"));
        const QList<Cell> *row = rowWhere(*transfers, QStringLiteral("to"), QStringLiteral("Speech Vendor Ltd"));
        QVERIFY(row);
        QCOMPARE(cellOf(*transfers, *row, QStringLiteral("third_countries")).text(), QStringLiteral("no"));
        QCOMPARE(cellOf(*transfers, *row, QStringLiteral("mechanism")).text(),
                 QStringLiteral("none needed (no third country)"));
        QVERIFY(!r.activities.at(0).missing.contains(QStringLiteral("Art. 30(1)(e)")));
    }

    void dpoNotRequired_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("why");
        QTest::newRow("en") << QStringLiteral("Own entity. No DPO required: 40 staff, no large-scale monitoring.")
                            << QStringLiteral("No DPO required: 40 staff, no large-scale monitoring.");
        QTest::newRow("nl") << QStringLiteral("Een FG is niet verplicht (geen overheid, geen grootschalige "
                                              "verwerking).\nContact via de directie.")
                            << QStringLiteral("Een FG is niet verplicht (geen overheid, geen grootschalige "
                                              "verwerking).");
        QTest::newRow("de") << QStringLiteral("Ein Datenschutzbeauftragter ist nicht erforderlich (unter 20 "
                                              "Beschäftigte).")
                            << QStringLiteral("Ein Datenschutzbeauftragter ist nicht erforderlich (unter 20 "
                                              "Beschäftigte).");
        QTest::newRow("other notes") << QStringLiteral("Own entity") << QString();
    }

    void dpoNotRequired()
    {
        QFETCH(QString, notes);
        QFETCH(QString, why);
        ProjectData d = test::sampleProject();
        Party &own = d.parties.at(fixedId(10));
        own.dpo.reset();
        own.notes = notes;
        own.dpoNotRequired = why; // a field since format 6 (the notes are read only when migrating)
        const Report r = build(d);
        QString coverDpo;
        for (const Fact &f : r.cover) {
            if (f.label == QLatin1String("Data protection officer"))
                coverDpo = f.value;
        }
        const Table *record = r.table(QStringLiteral("record"));
        const QList<Cell> *row =
            rowWhere(*record, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(row);
        const QStringList controller = cellOf(*record, *row, QStringLiteral("controller")).lines;
        if (why.isEmpty()) {
            QCOMPARE(coverDpo, QStringLiteral("not stated"));
            QVERIFY(!controller.join(u'\n').contains(QStringLiteral("Data protection officer")));
            return;
        }
        QCOMPARE(coverDpo, QStringLiteral("DPO not required: %1").arg(why));
        QVERIFY(controller.contains(QStringLiteral("DPO not required: %1").arg(why)));
        const Table *controllers = r.table(QStringLiteral("controllers"));
        QCOMPARE(controllers->rows.at(0).at(controllers->columnIndex(QStringLiteral("dpo"))).text(),
                 QStringLiteral("DPO not required: %1").arg(why));
        QVERIFY(allText(r).contains(QStringLiteral("DPO not required: ")));
    }

    // A DPO named wins over notes that say none is required.
    void namedDpoWins()
    {
        ProjectData d = test::sampleProject();
        d.parties.at(fixedId(10)).dpoNotRequired = QStringLiteral("No DPO required.");
        const Report r = build(d);
        QVERIFY(r.dpo.startsWith(QStringLiteral("A. de Vries")));
        QVERIFY(!allText(r).contains(QStringLiteral("DPO not required")));
    }

    void sourcesAndExamplesArePrinted()
    {
        ProjectData d = test::sampleProject();
        d.activities.at(fixedId(60)).automatedDecisions.present = false; // Art. 22 stated: nothing else missing
        const Report r = build(d);
        const Table *record = r.table(QStringLiteral("record"));
        const QList<Cell> *row =
            rowWhere(*record, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(row);
        const QStringList lines = cellOf(*record, *row, QStringLiteral("data_categories")).lines;
        QCOMPARE(lines.first(), QStringLiteral("Call recordings \u2014 for example: Audio of both ends of the call"));
        QCOMPARE(lines.last(), QStringLiteral("Sources: From the caller (from the data subject)"));
        QVERIFY(allText(r).contains(QStringLiteral("Sources: From the caller (from the data subject)")));
        QVERIFY(r.activities.at(0).missing.isEmpty());
    }

    void missingSourceCountsAsMissing()
    {
        ProjectData d = test::sampleProject();
        d.activities.at(fixedId(60)).automatedDecisions.present = false; // Art. 22 stated
        d.activities.at(fixedId(60)).sources.clear();
        const Report r = build(d);
        const ActivityStatus &status = r.activities.at(0);
        QCOMPARE(status.missing, QStringList{QStringLiteral("source of the data")});
        QCOMPARE(status.stated, status.required - 1);
        const Table *record = r.table(QStringLiteral("record"));
        const QList<Cell> *row =
            rowWhere(*record, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QCOMPARE(cellOf(*record, *row, QStringLiteral("data_categories")).lines.last(),
                 QStringLiteral("Sources: not stated"));
        // The processor's record (Art. 30(2)) asks no source.
        const Report processor = build(d, RecordType::Processor);
        for (const ActivityStatus &s : processor.activities)
            QVERIFY(!s.missing.contains(QStringLiteral("source of the data")));
    }
};

QTEST_MAIN(TestRecordsNotStated)
#include "test_records_not_stated.moc"
