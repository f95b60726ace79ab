// The Article 30 record in its file formats: golden files for HTML, CSV and Markdown, the XLSX
// read back with openpyxl, the ODT and its package, and a failed write that leaves no file.
//
// Goldens live in tests/fixtures/reports/. To regenerate them after a deliberate change:
//   ROPA_UPDATE_GOLDEN=1 ./test_reports_formats golden
// then review the diff by eye before committing.

#include "reporthelpers.h"

#include "reportfixture.h"
#include "reports/odtpackage.h"
#include "reports/odtpages.h"
#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using namespace ropa::reports;
using namespace ropa::test;

class TestReportsFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void xlsxReadBack_data();
    void xlsxReadBack();
    void odt();
    void odtPackageRefusesBrokenPackages();
    void failureLeavesNoFile();
};

void TestReportsFormats::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("table");
    for (const RecordType type : {RecordType::Controller, RecordType::Processor}) {
        const QString t = recordTypeKey(type);
        QTest::newRow(qPrintable(t + QStringLiteral(".html")))
            << t + QStringLiteral(".html") << int(type) << int(Format::Html) << QString();
        QTest::newRow(qPrintable(t + QStringLiteral(".md")))
            << t + QStringLiteral(".md") << int(type) << int(Format::Markdown) << QString();
        const QStringList tables =
            type == RecordType::Controller
                ? QStringList{QStringLiteral("record"), QStringLiteral("recipients"), QStringLiteral("transfers"),
                              QStringLiteral("retention"), QStringLiteral("completeness")}
                : QStringList{QStringLiteral("record"), QStringLiteral("transfers")};
        for (const QString &table : tables) {
            const QString name = QStringLiteral("%1-%2.csv").arg(t, table);
            QTest::newRow(qPrintable(name)) << name << int(type) << int(Format::Csv) << table;
        }
    }
}

void TestReportsFormats::golden()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(int, format);
    QFETCH(QString, table);
    // The record's date is fixed (normalised), so the goldens never change with the day.
    const Report r = build(test::reportProject(), static_cast<RecordType>(type));
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    WriteOptions options;
    options.csv.table = table;
    QCOMPARE(writeReport(r, static_cast<Format>(format), out, options), QString());
    const QByteArray actual = readAll(out);
    QVERIFY(!actual.isEmpty());
    const QString goldenPath = QStringLiteral(ROPA_FIXTURES_DIR "/reports/") + name;
    if (qEnvironmentVariableIsSet("ROPA_UPDATE_GOLDEN")) {
        QFile f(goldenPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        qInfo("updated %s", qPrintable(goldenPath));
        return;
    }
    const QByteArray expected = readAll(goldenPath);
    QVERIFY2(!expected.isEmpty(),
             qPrintable(QStringLiteral("missing golden %1 (ROPA_UPDATE_GOLDEN=1)").arg(goldenPath)));
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning("line %lld\n  expected: %s\n  actual:   %s", static_cast<long long>(i + 1),
                         e.value(i).left(300).constData(), a.value(i).left(300).constData());
                break;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 differs from its golden").arg(name)));
    }
}

void TestReportsFormats::xlsxReadBack_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("controller") << int(RecordType::Controller);
    QTest::newRow("processor") << int(RecordType::Processor);
}

void TestReportsFormats::xlsxReadBack()
{
    QFETCH(int, type);
    if (python().isEmpty())
        QSKIP("python3 is not installed");
    const Report r = build(test::reportProject(), static_cast<RecordType>(type));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.xlsx"));
    QCOMPARE(writeReport(r, Format::Xlsx, path), QString());
    const QJsonObject book = readXlsx(path);
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    QVERIFY2(!sheets.isEmpty(), "openpyxl could not read the workbook");
    QCOMPARE(sheets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Cover"));
    QCOMPARE(sheets.size(), r.tables().size() + 1);

    // Every table: its sheet, header with the Art. 30 item, every cell in its column.
    for (const Table *t : r.tables()) {
        QJsonObject sheet;
        for (const auto v : sheets) {
            if (v.toObject().value(QStringLiteral("name")).toString() == t->shortTitle)
                sheet = v.toObject();
        }
        QVERIFY2(!sheet.isEmpty(), qPrintable(t->title));
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(),
                 t->key == QLatin1StringView("record") ? QStringLiteral("B2") : QStringLiteral("A2"));
        QVERIFY(sheet.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:")));
        // It prints as an auditor expects: A4 landscape, one page wide, the header row on
        // every page, organisation and table in the page header, page numbers in the footer.
        const QJsonObject print = sheet.value(QStringLiteral("print")).toObject();
        QCOMPARE(print.value(QStringLiteral("orientation")).toString(), QStringLiteral("landscape"));
        QCOMPARE(print.value(QStringLiteral("paper")).toString(), QStringLiteral("9"));
        QVERIFY(print.value(QStringLiteral("fit_to_page")).toBool());
        QCOMPARE(print.value(QStringLiteral("fit_width")).toString(), QStringLiteral("1"));
        QCOMPARE(print.value(QStringLiteral("fit_height")).toString(), QStringLiteral("0"));
        QCOMPARE(print.value(QStringLiteral("title_rows")).toString(), QStringLiteral("$1:$1"));
        QCOMPARE(print.value(QStringLiteral("header_left")).toString(),
                 QString(r.organisation).replace(u'&', QStringLiteral("&&")));
        QCOMPARE(print.value(QStringLiteral("header_right")).toString(), t->title);
        QCOMPARE(print.value(QStringLiteral("footer_center")).toString(), QStringLiteral("Page &P of &N"));
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), t->rows.size() + 1);
        const QJsonArray header = rows.at(0).toArray();
        for (qsizetype c = 0; c < t->columns.size(); ++c) {
            const QString h = header.at(c).toObject().value(QStringLiteral("v")).toString();
            QVERIFY(h.startsWith(t->columns.at(c).title));
            if (!t->columns.at(c).item.isEmpty())
                QVERIFY2(h.endsWith(t->columns.at(c).item), qPrintable(h));
        }
        for (qsizetype i = 0; i < t->rows.size(); ++i) {
            const QJsonArray cells = rows.at(i + 1).toArray();
            for (qsizetype c = 0; c < t->columns.size(); ++c) {
                const Cell &cell = t->rows.at(i).at(c);
                const QJsonObject got = cells.at(c).toObject();
                const QString expected = cell.notStated ? r.notStatedText : cell.text();
                QCOMPARE(got.value(QStringLiteral("v")).toString(), expected);
                if (!expected.isEmpty())
                    QCOMPARE(got.value(QStringLiteral("t")).toString(), QStringLiteral("s"));
            }
        }
    }
    // The cover: organisation, DPO, date, completeness.
    const QJsonArray cover = sheetRows(book, QStringLiteral("Cover"));
    QString coverText;
    for (const auto row : cover) {
        for (const auto c : row.toArray())
            coverText += c.toObject().value(QStringLiteral("v")).toString() + QLatin1Char('\n');
    }
    QVERIFY(coverText.contains(r.organisation));
    QVERIFY(coverText.contains(QStringLiteral("2026-01-02")));
    QVERIFY(coverText.contains(QStringLiteral("required items stated")));
}

void TestReportsFormats::odt()
{
    const Report r = build(test::reportProject(), RecordType::Controller);
    QString error;
    const QByteArray odt = toOdt(r, &error);
    QCOMPARE(error, QString());
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    // content.xml written from the report: every table repeats its header row on each page,
    // its columns as wide as the PDF's (not all alike), the record's text in it.
    QList<ZipEntry> entries;
    QVERIFY(readZipEntries(odt, &entries, &error));
    QByteArray content;
    for (const ZipEntry &e : std::as_const(entries)) {
        if (e.path == QStringLiteral("content.xml"))
            content = e.data;
    }
    QVERIFY(content.contains("<table:table-header-rows>"));
    QVERIFY(content.contains("Customer service calls"));
    static const QRegularExpression columnWidth(QStringLiteral("style:column-width=\"([0-9.]+)cm\""));
    QSet<QString> widths;
    for (const QRegularExpressionMatch &m : columnWidth.globalMatch(QString::fromUtf8(content)))
        widths.insert(m.captured(1));
    QVERIFY2(widths.size() > 5, qPrintable(QString::number(widths.size())));

    // Read back with Python's zipfile: a valid package whose default page is A4 landscape
    // with the organisation in the header and "Page X of N" in the footer.
    if (python().isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.odt"));
    QCOMPARE(writeReport(r, Format::Odt, path), QString());
    QProcess p;
    p.start(python(), {QStringLiteral(ROPA_SOURCE_DIR "/tests/reports/read_odt.py"), path});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("bad_entry")).toString(), QString());
    QVERIFY(o.value(QStringLiteral("mimetype_first_stored")).toBool());
    QCOMPARE(o.value(QStringLiteral("mimetype")).toString(), QStringLiteral("application/vnd.oasis.opendocument.text"));
    QVERIFY(o.value(QStringLiteral("manifest")).toArray().contains(QStringLiteral("styles.xml")));
    QVERIFY(o.value(QStringLiteral("manifest")).toArray().contains(QStringLiteral("content.xml")));
    QVERIFY(o.value(QStringLiteral("manifest")).toArray().contains(QStringLiteral("meta.xml")));
    const QJsonObject page = o.value(QStringLiteral("page")).toObject();
    QCOMPARE(page.value(QStringLiteral("orientation")).toString(), QStringLiteral("landscape"));
    QCOMPARE(page.value(QStringLiteral("width")).toString(), QStringLiteral("29.7cm"));
    QCOMPARE(page.value(QStringLiteral("height")).toString(), QStringLiteral("21cm"));
    QVERIFY(o.value(QStringLiteral("header")).toString().startsWith(r.organisation));
    QVERIFY(o.value(QStringLiteral("header")).toString().contains(QStringLiteral("Art. 30(1)")));
    QCOMPARE(o.value(QStringLiteral("footer")).toString(), QStringLiteral("Page  of "));
    QCOMPARE(o.value(QStringLiteral("footer_fields")).toArray(),
             QJsonArray({QStringLiteral("page-number"), QStringLiteral("page-count")}));
}

// libzip reads the package back entry by entry; garbage, a cut package and a central directory
// pointing past the end are refused with a message, never a crash; the page style keeps markup
// in the organisation's name as text.
void TestReportsFormats::odtPackageRefusesBrokenPackages()
{
    const Report r = build(test::reportProject(), RecordType::Controller);
    QString error;
    const QByteArray odt = toOdt(r, &error);
    QVERIFY(!odt.isEmpty());
    QByteArray cutCentral = odt;
    const qsizetype end = cutCentral.lastIndexOf(QByteArray("PK\x05\x06", 4));
    QVERIFY(end > 0);
    cutCentral[end + 16] = char(0xff); // central directory offset
    cutCentral[end + 17] = char(0xff);
    cutCentral[end + 18] = char(0xff);
    QList<ZipEntry> entries;
    for (const QByteArray &bad : {QByteArray(), QByteArray("not a zip at all"), odt.left(odt.size() / 2),
                                  odt.left(odt.size() - 10), cutCentral}) {
        error.clear();
        QVERIFY(!readZipEntries(bad, &entries, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(entries.isEmpty());
    }
    error.clear();
    QVERIFY(readZipEntries(odt, &entries, &error));
    QStringList paths;
    for (const ZipEntry &e : std::as_const(entries))
        paths.append(e.path);
    QCOMPARE(paths,
             QStringList({QStringLiteral("mimetype"), QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                          QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")}));
    const OdtPageStyle style{QStringLiteral("Org & <Co>"), QStringLiteral("Record"), QStringLiteral("Page %1 of %2")};
    QVERIFY(pageStylesXml(style).contains("Org &amp; &lt;Co&gt;"));
}

void TestReportsFormats::failureLeavesNoFile()
{
    const Report r = build(test::reportProject(), RecordType::Controller);
    QTemporaryDir dir;
    // A folder where the file should be: every format fails with a message, nothing crashes.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkdir(blocked));
    for (const Format f : allFormats()) {
        const QString err = writeReport(r, f, blocked);
        QVERIFY2(!err.isEmpty(), qPrintable(formatKey(f)));
        QVERIFY(err.contains(QStringLiteral("cannot write")));
    }
    // A parent that is a file.
    const QString file = dir.filePath(QStringLiteral("file"));
    QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    QVERIFY(!writeReport(r, Format::Xlsx, file + QStringLiteral("/out.xlsx")).isEmpty());
    // An existing target stays as it was when writing fails (an unknown CSV table).
    const QString target = dir.filePath(QStringLiteral("keep.csv"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    WriteOptions o;
    o.csv.table = QStringLiteral("nonsense");
    QVERIFY(writeReport(r, Format::Csv, target, o).contains(QStringLiteral("no table")));
    QCOMPARE(readAll(target), QByteArray("old"));
    // A pipe (or a device) is never replaced by a regular file.
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    QVERIFY(writeReport(r, Format::Html, fifo).contains(QStringLiteral("not a regular file")));
    QVERIFY(!QFileInfo(fifo).isFile());
    QFile::remove(fifo);
    // libxlsxwriter's own failure (it cannot create the file): its return code, readable.
    const QString lxw = buildXlsxFile(r, dir.filePath(QStringLiteral("missing/folder/out.xlsx")));
    QVERIFY2(lxw.startsWith(QStringLiteral("cannot write the spreadsheet")), qPrintable(lxw));
    QVERIFY2(lxw.contains(QStringLiteral("close")), qPrintable(lxw));
    // No temporary files are left beside the target.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

QTEST_MAIN(TestReportsFormats)
#include "test_reports_formats.moc"
