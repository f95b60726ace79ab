// The Article 30 record: the model (items, completeness, onward flows, scope), golden files
// for HTML, CSV and Markdown, the XLSX read back with openpyxl, the PDF's text, and hostile
// field values in every format.
//
// Goldens live in tests/fixtures/reports/. To regenerate them after a deliberate change:
//   ROPA_UPDATE_GOLDEN=1 ./test_reports golden
// then review the diff by eye before committing.

#include "reportfixture.h"

#include "reports/flows.h"
#include "reports/odtpackage.h"
#include "reports/odtpages.h"
#include "reports/reportbuilder.h"
#include "reports/safetextdocument.h"
#include "reports/writers.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ropa;
using namespace ropa::reports;

namespace {

const QDate fixedDate(2026, 1, 2);

Report build(const ProjectData &d, RecordType type, const Scope &scope = {})
{
    Options o;
    o.type = type;
    o.scope = scope;
    o.date = fixedDate;
    return buildReport(d, o);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QList<Cell> *rowOf(const Table &t, const QString &activity)
{
    const int col = t.columnIndex(QStringLiteral("activity"));
    for (const auto &row : t.rows) {
        if (col >= 0 && row.at(col).text() == activity)
            return &row;
    }
    return nullptr;
}

// Debian's python3, where python3-openpyxl is installed (a pyenv shim may come first on PATH).
QString python()
{
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QJsonObject readXlsx(const QString &path)
{
    QProcess p;
    p.start(python(), {QStringLiteral(ROPA_SOURCE_DIR "/tests/reports/read_xlsx.py"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonArray sheetRows(const QJsonObject &book, const QString &name)
{
    for (const auto v : book.value(QStringLiteral("sheets")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("rows")).toArray();
    }
    return {};
}

QString squeeze(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

bool havePdftotext()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controllerItems();
    void processorItems();
    void onwardFlows();
    void notStated_data();
    void notStated();
    void scope();
    void golden_data();
    void golden();
    void xlsxReadBack_data();
    void xlsxReadBack();
    void pdfText();
    void pdfTallRow();
    void pdfColumnWidths();
    void pdfContentsPages_data();
    void pdfContentsPages();
    void pdfScripts();
    void pdfThreadsDrawTheSamePages();
    void pdfOneActivity_data();
    void pdfOneActivity();
    void pdfProgressAndCancel();
    void odt();
    void odtPackageRefusesBrokenPackages();
    void hostileHtmlMarkdown();
    void hostileCsv();
    void hostileXlsx();
    void hostilePaged();
    void safeDocumentRefuses_data();
    void safeDocumentRefuses();
    void failureLeavesNoFile();
    void cleanText();
    void acceptedFindings();
};

// A column that holds much text gets more of the page than one of short values with the same
// hint; without rows the hints decide; a column is never narrower than its title's longest word;
// the widths fill the table.
void TestReports::pdfColumnWidths()
{
    Table t;
    t.columns = {{QStringLiteral("name"), QStringLiteral("Name"), {}, 20},
                 {QStringLiteral("transfers"), QStringLiteral("Transfers"), {}, 20},
                 {QStringLiteral("date"), QStringLiteral("Completeness"), {}, 20}};
    const QFont font;
    const float width = 1000;
    std::vector<float> w = columnWidths(t, width, font, 4);
    QCOMPARE(w.size(), size_t(3));
    QVERIFY(std::abs(w[0] - w[1]) < 1 && std::abs(w[1] - w[2]) < 1); // hints only
    for (int i = 0; i < 50; ++i) {
        t.rows.append(
            {Cell::of(QStringLiteral("Call recordings")),
             Cell::of(QStringList{
                 QStringLiteral(
                     "United States — Acme Inc.: Standard contractual clauses (Art. 46(2)(c) GDPR), module 3"),
                 QStringLiteral("India — Beta Ltd: Standard contractual clauses (Art. 46(2)(c) GDPR), module 3")}),
             Cell::of(QStringLiteral("100 %"))});
    }
    w = columnWidths(t, width, font, 4);
    QVERIFY2(w[1] > 1.5f * w[0] && w[1] > 1.5f * w[2],
             qPrintable(QStringLiteral("%1 %2 %3").arg(w[0]).arg(w[1]).arg(w[2])));
    QVERIFY(w[2] >= QFontMetricsF(font).horizontalAdvance(QStringLiteral("Completeness")));
    QVERIFY(std::abs(w[0] + w[1] + w[2] - width) < 1);

    // A short column keeps its longest word whole ("Legal obligati|on" was seen).
    t.rows.append({Cell::of(QStringLiteral("Loonadministratiekantoor")), Cell::of(QStringLiteral("x")),
                   Cell::of(QStringLiteral("1 %"))});
    w = columnWidths(t, width, font, 4);
    QVERIFY(w[0] >= QFontMetricsF(font).horizontalAdvance(QStringLiteral("Loonadministratiekantoor")));
    QVERIFY(std::abs(w[0] + w[1] + w[2] - width) < 1);

    // The widest word is not always the one with the most characters ("Communicati|on" was
    // seen beside "Identification"): a narrow column is as wide as its widest word.
    Table narrow;
    narrow.columns = {{QStringLiteral("a"), QStringLiteral("A"), {}, 1},
                      {QStringLiteral("b"), QStringLiteral("B"), {}, 100}};
    narrow.rows.append({Cell::of(QStringList{QStringLiteral("iiiiiiiiiiiiiiii"), QStringLiteral("WWWWWWWWW")}),
                        Cell::of(QStringLiteral("text ").repeated(200))});
    const float wide = static_cast<float>(QFontMetricsF(font).horizontalAdvance(QStringLiteral("WWWWWWWWW")));
    QVERIFY(wide > QFontMetricsF(font).horizontalAdvance(QStringLiteral("iiiiiiiiiiiiiiii")));
    w = columnWidths(narrow, width, font, 4);
    QVERIFY2(w[0] >= wide, qPrintable(QStringLiteral("%1 < %2").arg(w[0]).arg(wide)));

    // A line's bullet stays with its first word: "•" alone above "Bookkeeping" was seen.
    narrow.rows = {{Cell::of(QStringList{QStringLiteral("Invoicing"), QStringLiteral("Bookkeeping")}),
                    Cell::of(QStringLiteral("text ").repeated(200))}};
    const qreal bulleted = QFontMetricsF(font).horizontalAdvance(QStringLiteral("\u2022 ")) +
                           QFontMetricsF(font).horizontalAdvance(QStringLiteral("Bookkeeping"));
    w = columnWidths(narrow, width, font, 4);
    QVERIFY2(w[0] >= bulleted + 2 * 4, qPrintable(QStringLiteral("%1 < %2").arg(w[0]).arg(bulleted + 2 * 4)));

    // A crowded table (the record has eleven columns): when the words of every column fit in
    // the table, every column keeps its words whole, the last one granted too ("Contra|ct" and
    // "nationa|l" were seen in the lawful basis column when words could take only 90 %).
    Table crowded;
    const float word = static_cast<float>(QFontMetricsF(font).horizontalAdvance(QStringLiteral("Contractual")));
    for (int c = 0; c < 11; ++c)
        crowded.columns.append({QStringLiteral("c%1").arg(c), QStringLiteral("C%1").arg(c), {}, 10});
    QList<Cell> row;
    // The first column holds most of the text, so the others get no more than their words.
    row.append(Cell::of(QStringLiteral("Contractual ") + QStringLiteral("a b c d ").repeated(500)));
    for (int c = 1; c < 11; ++c)
        row.append(Cell::of(QStringLiteral("a Contractual basis")));
    crowded.rows.append(row);
    const float crowdedWidth = 11 * (word + 2 * 4 + 2) / 0.97f;
    w = columnWidths(crowded, crowdedWidth, font, 4);
    for (int c = 0; c < 11; ++c)
        QVERIFY2(w[static_cast<size_t>(c)] >= word,
                 qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(w[static_cast<size_t>(c)]).arg(word)));
}

void TestReports::controllerItems()
{
    const Report r = build(test::reportProject(), RecordType::Controller);
    const Table *t = r.table(QStringLiteral("record"));
    QVERIFY(t);
    // Every Art. 30(1) item has its column.
    for (const char letter : {'a', 'b', 'c', 'd', 'e', 'f', 'g'}) {
        const QString item = QStringLiteral("Art. 30(1)(%1)").arg(QLatin1Char(letter));
        bool found = false;
        for (const Column &c : t->columns)
            found = found || c.item == item;
        QVERIFY2(found, qPrintable(item));
    }
    QCOMPARE(t->rows.size(), 2); // the processor activity is not in the controller record
    const auto *row = rowOf(*t, QStringLiteral("Customer service calls"));
    QVERIFY(row);
    auto cell = [&](const char *key) { return row->at(t->columnIndex(QString::fromLatin1(key))).text(); };
    QVERIFY(cell("controller").contains(QStringLiteral("Noordwind Klantcontact B.V.")));
    QVERIFY(cell("controller").contains(QStringLiteral("dpo@noordwind.example")));
    QCOMPARE(cell("purposes"), QStringLiteral("Answer questions\nQuality"));
    QCOMPARE(cell("data_subjects"), QStringLiteral("Customers"));
    QVERIFY(cell("data_categories")
                .contains(QStringLiteral("Health data mentioned in calls (special category, Art. 9: health")));
    QVERIFY(cell("recipients").contains(QStringLiteral("CallCabinet (processor, United States, United Kingdom)")) ==
            false);
    QVERIFY(cell("recipients").contains(QStringLiteral("CallCabinet (processor, United States)")));
    QVERIFY(
        cell("transfers").contains(QStringLiteral("United States \u2014 CallCabinet: Standard contractual clauses")));
    QVERIFY(cell("transfers").contains(QStringLiteral("module 2")));
    QVERIFY(cell("retention")
                .contains(
                    QStringLiteral("Call recordings: six months (duration 6 months, from end of call, Art. 5(1)(e))")));
    QVERIFY(cell("retention").contains(QStringLiteral("Health data mentioned in calls: as long as necessary")));
    QVERIFY(cell("security").contains(QStringLiteral("256-bit encryption: AES-256 at rest")));
    QCOMPARE(r.activities.size(), 2);
    QCOMPARE(r.activities.at(0).name, QStringLiteral("Customer service calls"));
    QCOMPARE(r.activities.at(0).stated, r.activities.at(0).required - 1); // Art. 22 not stated (format 6 counts it)
    QCOMPARE(r.cover.size(), 7);
    QCOMPARE(r.date, fixedDate);
}

void TestReports::processorItems()
{
    const Report r = build(test::reportProject(), RecordType::Processor);
    const Table *t = r.table(QStringLiteral("record"));
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 1);
    for (const char letter : {'a', 'b', 'c', 'd'}) {
        const QString item = QStringLiteral("Art. 30(2)(%1)").arg(QLatin1Char(letter));
        bool found = false;
        for (const Column &c : t->columns)
            found = found || c.item == item;
        QVERIFY2(found, qPrintable(item));
    }
    const auto &row = t->rows.at(0);
    QVERIFY(row.at(t->columnIndex(QStringLiteral("controller"))).text().startsWith(QStringLiteral("CallCabinet")));
    QVERIFY(row.at(t->columnIndex(QStringLiteral("processor"))).text().startsWith(QStringLiteral("Noordwind")));
    QVERIFY(row.at(t->columnIndex(QStringLiteral("processing")))
                .text()
                .contains(QStringLiteral("Recording on behalf of clients")));
    // Nothing but a name and a controller: purposes/categories, TOMs are not stated.
    QVERIFY(r.completeness.stated < r.completeness.required);
    QVERIFY(r.table(QStringLiteral("controllers")));
    QVERIFY(!r.table(QStringLiteral("retention"))); // not an Art. 30(2) item
}

void TestReports::onwardFlows()
{
    const ProjectData d = test::reportProject();
    const QList<Flow> flows = activityFlows(d, d.activities.at(test::fixedId(60)));
    // own -> CallCabinet (direct), CallCabinet -> Marketing partners and -> Cape Analytics (onward).
    QCOMPARE(flows.size(), 3);
    QCOMPARE(flows.at(0).depth, 1);
    QCOMPARE(flows.at(0).transfer->id, test::fixedId(70));
    QCOMPARE(flows.at(1).depth, 2);
    QCOMPARE(flows.at(2).chain.size(), 3);

    const Report r = build(d, RecordType::Controller);
    const Table *t = r.table(QStringLiteral("record"));
    const auto *row = rowOf(*t, QStringLiteral("Customer service calls"));
    const QString recipients = row->at(t->columnIndex(QStringLiteral("recipients"))).text();
    QVERIFY(recipients.contains(
        QStringLiteral("Cape Analytics (Pty) Ltd (subprocessor, South Africa) onward, via CallCabinet")));
    QVERIFY(recipients.contains(QStringLiteral(
                "Marketing partners (independent controller, European Union, category of recipients)")) ||
            recipients.contains(QStringLiteral("Marketing partners (independent controller")));
    const QString transfers = row->at(t->columnIndex(QStringLiteral("transfers"))).text();
    // Art. 30(1)(e): the third country named, the mechanism, the documentation of safeguards.
    QVERIFY(transfers.contains(QStringLiteral("South Africa \u2014 Cape Analytics (Pty) Ltd: Derogation")));
    QVERIFY(transfers.contains(QStringLiteral("Art. 49(1)")));
    QVERIFY(transfers.contains(QStringLiteral(
        "Art. 49 safeguards memo, 2025-03-03, \u201cPseudonymised before transfer; deleted after 30 days.\u201d")));
    QVERIFY(transfers.contains(QStringLiteral("onward transfer by CallCabinet")));
    const Table *tt = r.table(QStringLiteral("transfers"));
    QCOMPARE(tt->rows.size(), 3);
}

void TestReports::notStated_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("edit");
    QTest::newRow("(a) no contact details") << QStringLiteral("controller") << 0;
    QTest::newRow("(b) no purposes") << QStringLiteral("purposes") << 1;
    QTest::newRow("(c) no data subjects") << QStringLiteral("data_subjects") << 2;
    QTest::newRow("(c) no data categories") << QStringLiteral("data_categories") << 3;
    QTest::newRow("(e) no mechanism") << QStringLiteral("transfers") << 4;
    QTest::newRow("(e) Art. 49 undocumented") << QStringLiteral("transfers") << 5;
    QTest::newRow("(f) no retention") << QStringLiteral("retention") << 6;
    QTest::newRow("(g) no measures") << QStringLiteral("security") << 7;
}

void TestReports::notStated()
{
    QFETCH(QString, column);
    QFETCH(int, edit);
    ProjectData d = test::reportProject();
    const Report before = build(d, RecordType::Controller);
    Activity &a = d.activities.at(test::fixedId(60));
    switch (edit) {
    case 0:
        d.parties.at(test::fixedId(10)).address.clear();
        d.parties.at(test::fixedId(10)).contact = {};
        break;
    case 1: a.purposes.clear(); break;
    case 2: a.dataSubjects.clear(); break;
    case 3: a.dataCategories.clear(); break; // the retention rules still say something
    case 4: d.transfers.at(test::fixedId(70)).mechanism = Mechanism::NotStated; break;
    case 5:
        d.transfers.at(test::fixedId(72)).suitableSafeguards.clear();
        break; // evidence alone is not the documentation
    case 6: a.retention.removeLast(); break;
    case 7: a.securityMeasures.clear(); break;
    }
    const Report after = build(d, RecordType::Controller);
    const Table *t = after.table(QStringLiteral("record"));
    const auto *row = rowOf(*t, QStringLiteral("Customer service calls"));
    QVERIFY(row);
    const Cell &cell = row->at(t->columnIndex(column));
    QVERIFY2(cell.notStated || cell.text().contains(QStringLiteral("not stated")), qPrintable(cell.text()));
    // The completeness figure drops, for the activity and overall.
    QCOMPARE(after.activities.at(0).stated, before.activities.at(0).stated - 1);
    QVERIFY(after.completeness.percent() < before.completeness.percent());
    QVERIFY(!after.activities.at(0).missing.isEmpty());
    // And the formats show it.
    QVERIFY(QString::fromUtf8(toMarkdown(after)).contains(QStringLiteral("not stated")));
    QVERIFY(toHtml(after).contains(QStringLiteral("not stated")));
}

void TestReports::scope()
{
    const ProjectData d = test::reportProject();
    Scope s;
    s.owner = QStringLiteral("facilities");
    Report r = build(d, RecordType::Controller, s);
    QCOMPARE(r.activities.size(), 1);
    QCOMPARE(r.activities.at(0).name, QStringLiteral("Visitor log"));
    // The bare activity: everything but (a), (d) and (e) is not stated (the source neither).
    QCOMPARE(r.activities.at(0).stated, 3);
    QCOMPARE(r.activities.at(0).required, 11); // with Art. 22 and the DPIA (decision 0022)
    QCOMPARE(r.completeness.percent(), 27);

    s = {};
    s.role = Role::JointController;
    QCOMPARE(build(d, RecordType::Controller, s).activities.size(), 0);
    s = {};
    s.ownEntity = test::fixedId(10);
    QCOMPARE(build(d, RecordType::Controller, s).activities.size(), 2);
    s.ownEntity = test::fixedId(11); // not ours: nothing
    QCOMPARE(build(d, RecordType::Controller, s).activities.size(), 0);
}

void TestReports::golden_data()
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

void TestReports::golden()
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

void TestReports::xlsxReadBack_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("controller") << int(RecordType::Controller);
    QTest::newRow("processor") << int(RecordType::Processor);
}

void TestReports::xlsxReadBack()
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

void TestReports::pdfText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Report r = build(test::reportProject(), RecordType::Controller);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    QCOMPARE(writeReport(r, Format::Pdf, path), QString());
    QVERIFY(readAll(path).startsWith("%PDF-"));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    // NFKC: the PDF's fonts use ligatures (\ufb03 for "ffi").
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const QString flat = squeeze(text);
    // A line is found whole; where a row breaks across pages its cells interleave with the
    // repeated header, so then every word of it must be found.
    const auto found = [&flat](const QString &line) {
        if (flat.contains(squeeze(line)))
            return true;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!flat.contains(w))
                return false;
        }
        return true;
    };
    QVERIFY(text.contains(QStringLiteral("Page 2 of ")));
    QVERIFY(text.contains(QStringLiteral("Contents")));
    // Every cell of every table, line by line (spaces aside: cells wrap).
    const Table *t = r.table(QStringLiteral("record"));
    for (const Column &c : t->columns) {
        if (!c.item.isEmpty())
            QVERIFY2(flat.contains(squeeze(c.item)), qPrintable(c.item));
    }
    for (const Table *table : r.tables()) {
        for (const auto &row : table->rows) {
            for (const Cell &cell : row) {
                const QStringList lines = cell.notStated ? QStringList{r.notStatedText} : cell.lines;
                for (const QString &line : lines)
                    QVERIFY2(found(line), qPrintable(table->key + QStringLiteral(": ") + line));
            }
        }
    }
}

// A row taller than a page is split between lines across pages: every line is drawn once, in
// order, and each page it continues on repeats the table's header row and has its page number.
void TestReports::pdfTallRow()
{
    if (!havePdftotext())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Report r = build(test::reportProject(), RecordType::Controller);
    Table *t = nullptr;
    for (Section &s : r.sections) {
        for (Table &table : s.tables) {
            if (table.key == QStringLiteral("record"))
                t = &table;
        }
    }
    QVERIFY(t && t->rows.size() >= 2);
    QStringList purposes, security;
    for (int i = 1; i <= 260; ++i)
        purposes.append(QStringLiteral("Tallpurpose%1 of a very long cell").arg(i, 3, 10, QLatin1Char('0')));
    for (int i = 1; i <= 90; ++i)
        security.append(QStringLiteral("Tallmeasure%1").arg(i, 3, 10, QLatin1Char('0')));
    QList<Cell> &row = t->rows[0];
    row[t->columnIndex(QStringLiteral("purposes"))] = Cell::of(purposes);
    row[t->columnIndex(QStringLiteral("security"))] = Cell::of(security);
    const QString after = t->rows.at(1).at(t->columnIndex(QStringLiteral("activity"))).text();
    // A cover fact taller than a page (an organisation of 42,000 characters) continues on
    // the next pages, cut with the marker.
    QVERIFY(!r.cover.isEmpty());
    r.cover[0].value = QStringLiteral("Longorganisationname ").repeated(2000);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tall.pdf"));
    QCOMPARE(writeReport(r, Format::Pdf, path), QString());
    const QStringList pages = test::pdfPages(path);
    QVERIFY(pages.size() > 4);
    const QString purposesTitle = t->columns.at(t->columnIndex(QStringLiteral("purposes"))).title;
    const QString item = t->columns.at(t->columnIndex(QStringLiteral("purposes"))).item;
    const QString all = pages.join(QLatin1Char('\f'));
    // Every line exactly once, in order.
    qsizetype at = 0;
    for (const QString &line : std::as_const(purposes)) {
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(all.count(word), 1);
        const qsizetype found = all.indexOf(word);
        QVERIFY2(found > at, qPrintable(word));
        at = found;
    }
    for (const QString &word : std::as_const(security))
        QCOMPARE(all.count(word), 1);
    // The row spans pages; each of them repeats the header row and is numbered.
    int spanned = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!pages.at(p).contains(QStringLiteral("Tallpurpose")))
            continue;
        ++spanned;
        QVERIFY2(squeeze(pages.at(p)).contains(squeeze(purposesTitle)), qPrintable(QString::number(p + 1)));
        QVERIFY(squeeze(pages.at(p)).contains(squeeze(item)));
        QVERIFY(pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
    }
    QVERIFY2(spanned >= 2, qPrintable(QString::number(spanned)));
    const QString flat = squeeze(all);
    QVERIFY(
        flat.contains(squeeze(QStringLiteral("[cut: the text has 42000 characters; a cell holds at most 32,767]"))));
    QVERIFY2(all.count(QStringLiteral("Longorganisationname")) > 1500,
             qPrintable(QString::number(all.count(QStringLiteral("Longorganisationname")))));
    QVERIFY(!pages.at(0).contains(QStringLiteral("[cut:"))); // it did not all fit on the cover
    QVERIFY(all.contains(QStringLiteral("Contents")));
    // The next row follows the tall one.
    QVERIFY(squeeze(all).indexOf(squeeze(after)) > squeeze(all).indexOf(QStringLiteral("Tallpurpose260")));
}

// The contents give the page where each section starts: that page (by pdftotext's page
// breaks) is numbered so and holds the section's title, in every language.
void TestReports::pdfContentsPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("pageOf");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Contents") << QStringLiteral("Page %1 of %2");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Inhoud") << QStringLiteral("Pagina %1 van %2");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Inhalt") << QStringLiteral("Seite %1 von %2");
}

void TestReports::pdfContentsPages()
{
    QFETCH(QString, language);
    QFETCH(QString, contents);
    QFETCH(QString, pageOf);
    if (!havePdftotext())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Options o;
    o.date = fixedDate;
    o.language = language;
    Report r = buildReport(test::reportProject(), o);
    // Longer tables, so sections start on pages further on.
    for (Section &s : r.sections) {
        for (Table &table : s.tables) {
            const auto rows = table.rows;
            for (int i = 0; i < 20; ++i)
                table.rows.append(rows);
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    QCOMPARE(writeReport(r, Format::Pdf, path), QString());
    const QStringList pages = test::pdfPages(path);
    QVERIFY(pages.size() > r.sections.size() + 2);
    QVERIFY(pages.at(0).contains(r.title.left(20)));
    QVERIFY(!pages.at(0).contains(pageOf.arg(1).arg(pages.size()))); // the cover has no footer
    // The contents share the cover's page; the sections follow each other from the second.
    const QString contentsPage = pages.at(0);
    QVERIFY(contentsPage.contains(contents));
    int previous = 2;
    for (qsizetype i = 0; i < r.sections.size(); ++i) {
        const QString title = r.sections.at(i).title;
        const QRegularExpression entry(
            QStringLiteral("(?:^|\\n)%1\\. ?%2 (\\d+)(?:\\n|$)").arg(i + 1).arg(QRegularExpression::escape(title)));
        const QRegularExpressionMatch m = entry.match(contentsPage);
        QVERIFY2(m.hasMatch(), qPrintable(title + QStringLiteral("\n") + contentsPage));
        const int page = m.captured(1).toInt();
        QVERIFY2(page >= previous && page <= pages.size(), qPrintable(title));
        previous = page;
        // That page: numbered "Page P of N", with the section's title on a line of its own.
        const QStringList lines = pages.at(page - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(pageOf.arg(page).arg(pages.size())), qPrintable(pages.at(page - 1).left(300)));
        QVERIFY2(lines.contains(title), qPrintable(title + QStringLiteral(" / ") + pages.at(page - 1).left(300)));
    }
}

void TestReports::odt()
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
void TestReports::odtPackageRefusesBrokenPackages()
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

void TestReports::hostileHtmlMarkdown()
{
    const Report r = build(test::hostileProject(), RecordType::Controller);
    const QString html = toHtml(r);
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<a href=\"http")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
    QVERIFY(html.contains(QStringLiteral("=HYPERLINK(&quot;http://x&quot;)")));
    QVERIFY(html.contains(test::longText())); // HTML keeps it whole
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    for (const QChar c : html)
        QVERIFY(c.unicode() >= 0x20 || c == QLatin1Char('\n'));
    // Control characters are visible pictures.
    QVERIFY(html.contains(QStringLiteral("bell\u2407escape\u241bnul\u2400end")));

    const QString md = QString::fromUtf8(toMarkdown(r));
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<(img|script|a )"))));
    QVERIFY(md.contains(QStringLiteral("\\<img src=\"file:///etc/passwd\"\\>")));
    QVERIFY(md.contains(QStringLiteral("\\[x\\](javascript:alert(1))")));
    QVERIFY(md.contains(QStringLiteral("\\_x0041\\_")));
    const QStringList lines = md.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('|')))
            QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("[^\\\\]\\|[^ ]"))) ||
                         line.contains(QStringLiteral("---")),
                     qPrintable(line.left(200)));
    }
    for (const QChar c : md)
        QVERIFY(c.unicode() >= 0x20 || c == QLatin1Char('\n'));
}

void TestReports::hostileCsv()
{
    const Report r = build(test::hostileProject(), RecordType::Controller);
    const Table *t = r.table(QStringLiteral("record"));
    const QString safe = QString::fromUtf8(toCsv(*t, r.notStatedText));
    QVERIFY(safe.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    QVERIFY(!safe.contains(QStringLiteral(",\"=")));
    QVERIFY(!safe.contains(QStringLiteral(",\"+")));
    QVERIFY(!safe.contains(QStringLiteral(",\"@")));
    QVERIFY(!safe.contains(QStringLiteral(",\"-")));
    QCOMPARE(csvText(QStringLiteral("=1+1"), false), QStringLiteral("'=1+1"));
    QCOMPARE(csvText(QStringLiteral("+1"), false), QStringLiteral("'+1"));
    QCOMPARE(csvText(QStringLiteral("-1"), false), QStringLiteral("'-1"));
    QCOMPARE(csvText(QStringLiteral("@x"), false), QStringLiteral("'@x"));
    QCOMPARE(csvText(QStringLiteral("\tx"), false), QStringLiteral("'\tx"));
    QCOMPARE(csvText(QStringLiteral("\rx"), false), QStringLiteral("'\rx"));
    QCOMPARE(csvText(QStringLiteral("\nx"), false), QStringLiteral("'\nx"));
    QCOMPARE(csvText(QStringLiteral("a=b"), false), QStringLiteral("a=b"));
    QCOMPARE(csvText(QStringLiteral("=1+1"), true), QStringLiteral("=1+1"));
    // Raw on request.
    CsvOptions raw;
    raw.raw = true;
    QVERIFY(QString::fromUtf8(toCsv(*t, r.notStatedText, raw))
                .contains(QStringLiteral("\"=HYPERLINK(\"\"http://x\"\")\"")));
    // BOM on request, UTF-8 always.
    CsvOptions bom;
    bom.bom = true;
    QVERIFY(toCsv(*t, r.notStatedText, bom).startsWith("\xEF\xBB\xBF\""));
    QVERIFY(toCsv(*t, r.notStatedText).startsWith("\""));
    for (const QChar c : safe)
        QVERIFY(c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\r'));
}

void TestReports::hostileXlsx()
{
    if (python().isEmpty())
        QSKIP("python3 is not installed");
    const Report r = build(test::hostileProject(), RecordType::Controller);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    QCOMPARE(writeReport(r, Format::Xlsx, path), QString());
    const QJsonObject book = readXlsx(path);
    const Table *t = r.table(QStringLiteral("record"));
    const QJsonArray rows = sheetRows(book, t->shortTitle);
    QVERIFY(!rows.isEmpty());
    bool sawFormulaText = false, sawEscape = false, sawCut = false, sawImg = false;
    for (const auto row : rows) {
        for (const auto c : row.toArray()) {
            const QJsonObject cell = c.toObject();
            const QString v = cell.value(QStringLiteral("v")).toString();
            if (v.isEmpty())
                continue;
            QCOMPARE(cell.value(QStringLiteral("t")).toString(), QStringLiteral("s")); // never a formula
            QVERIFY(v.size() <= XlsxMaxCellChars);
            sawFormulaText = sawFormulaText || v == QStringLiteral("=HYPERLINK(\"http://x\")");
            sawEscape = sawEscape || v.contains(QStringLiteral("\n_x0041_\n")); // read back literally, not as "A"
            sawImg = sawImg || v.contains(QStringLiteral("<img src=\"file:///etc/passwd\">"));
            if (v.startsWith(QStringLiteral("AAAA"))) {
                sawCut = true;
                QVERIFY(v.contains(QStringLiteral("[cut: the text has 40000 characters")));
            }
        }
    }
    QVERIFY(sawFormulaText);
    QVERIFY(sawEscape);
    QVERIFY(sawCut);
    QVERIFY(sawImg);
    QCOMPARE(xlsxText(QStringLiteral("_x0041_ and _X0041_ and _x004_")),
             QStringLiteral("_x005F_x0041_ and _X0041_ and _x004_"));
}

void TestReports::hostilePaged()
{
    const Report r = build(test::hostileProject(), RecordType::Controller);
    // What PDF and ODT lay out: nothing is loaded, the markup stays text.
    SafeTextDocument doc;
    doc.setHtml(toHtml(r, HtmlFlavour::RichText));
    QCOMPARE(doc.refused(), QStringList());
    QVERIFY(doc.toPlainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("=HYPERLINK(\"http://x\")")));
    QString error;
    const QByteArray pdf = toPdf(r, &error);
    QCOMPARE(error, QString());
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(!pdf.contains("root:x:0:0"));
    if (havePdftotext()) {
        // The PDF shows the markup as text, and cuts the 40,000-character cell with the marker.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
        QCOMPARE(writeReport(r, Format::Pdf, path), QString());
        const QString flat = squeeze(test::pdfPages(path).join(QLatin1Char('\n')));
        QVERIFY(flat.contains(squeeze(QStringLiteral("<img src=\"file:///etc/passwd\">"))));
        QVERIFY(flat.contains(squeeze(QStringLiteral("=HYPERLINK(\"http://x\")"))));
        QVERIFY(flat.contains(squeeze(QStringLiteral("<script>alert(1)</script>"))));
        // (NFKC: "…" is "..."; the marker may continue on the next page, after its header)
        QVERIFY(flat.contains(squeeze(QStringLiteral("AAAA [...] [cut: the text"))));
        QVERIFY(flat.contains(squeeze(QStringLiteral("40000 characters; a cell holds at most 32,767]"))));
        QVERIFY(!flat.contains(QString(33000, QLatin1Char('A'))));
    }
    const QByteArray odt = toOdt(r, &error);
    QCOMPARE(error, QString());
    QVERIFY(!odt.contains("root:x:0:0"));
    QVERIFY(!odt.contains("Pictures/"));
}

// The PDF draws the glyphs of Latin, Greek and Cyrillic text itself (whole pixels), and a cell
// with a character its font lacks (U+1D504, in another font or none) through the layout: each
// is found by pdftotext, in order, and a "not stated" inside still shows.
void TestReports::pdfScripts()
{
    if (!havePdftotext())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ProjectData d = test::reportProject();
    d.activities.at(test::fixedId(60)).name = QStringLiteral("Μισθοδοσία и зарплата payroll");
    d.activities.at(test::fixedId(62)).name = QStringLiteral("Fraktur \U0001D504 before and after the fallback");
    const Report r = build(d, RecordType::Controller);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scripts.pdf"));
    QCOMPARE(writeReport(r, Format::Pdf, path), QString());
    const QString flat = squeeze(test::pdfPages(path).join(QLatin1Char('\n')));
    QVERIFY(flat.contains(squeeze(QStringLiteral("Μισθοδοσία и зарплата payroll"))));
    QVERIFY(flat.contains(squeeze(QStringLiteral("before and after the fallback"))));
    QVERIFY(flat.contains(QStringLiteral("Fraktur")));
    QVERIFY(flat.contains(squeeze(r.notStatedText)));
}

// One writer draws the record whatever the threads that lay its text out: the same pages, with
// the same text; an appendix figure on the last page shows its title and text.
void TestReports::pdfThreadsDrawTheSamePages()
{
    if (!havePdftotext())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Report r = build(test::reportProject(), RecordType::Controller);
    for (Section &s : r.sections) {
        for (Table &t : s.tables) {
            if (t.key != QStringLiteral("record"))
                continue;
            const QList<QList<Cell>> rows = t.rows;
            for (int i = 0; i < 60; ++i)
                t.rows.append(rows);
        }
    }
    PagedOptions one;
    one.layoutThreads = 1;
    PagedOptions three;
    three.layoutThreads = 3;
    QTemporaryDir dir;
    const QString onePath = dir.filePath(QStringLiteral("one.pdf"));
    const QString threePath = dir.filePath(QStringLiteral("three.pdf"));
    QCOMPARE(writeReport(r, Format::Pdf, onePath, WriteOptions{{}, one}), QString());
    QCOMPARE(writeReport(r, Format::Pdf, threePath, WriteOptions{{}, three}), QString());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), threePath, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
    const QStringList onePages = test::pdfPages(onePath);
    const QStringList threePages = test::pdfPages(threePath);
    QVERIFY2(onePages.size() >= 20, qPrintable(QString::number(onePages.size())));
    QCOMPARE(threePages, onePages);

    Figure figure;
    figure.title = QStringLiteral("Chart of things");
    {
        QPainter painter(&figure.picture);
        painter.drawRect(0, 0, 400, 300);
        painter.drawText(QPointF(20, 40), QStringLiteral("Pictured axis label"));
    }
    three.appendix = {figure};
    const QString appendixPath = dir.filePath(QStringLiteral("appendix.pdf"));
    QCOMPARE(writeReport(r, Format::Pdf, appendixPath, WriteOptions{{}, three}), QString());
    const QStringList appendixPages = test::pdfPages(appendixPath);
    QCOMPARE(appendixPages.size(), onePages.size() + 1);
    QVERIFY(appendixPages.last().contains(QStringLiteral("Appendix A: Chart of things")));
    QVERIFY(appendixPages.last().contains(QStringLiteral("Pictured axis label")));
    QVERIFY(appendixPages.at(0).contains(QStringLiteral("Appendix A: Chart of things"))); // contents
}

// A record of one activity, in each language: at most four pages (the cover, the contents and
// each section once took a page of their own, eight in all), and no word of its tables broken
// across lines ("treatmen t", "Grondsla g", "Categorieë n" were seen in Dutch): every word of
// letters is found whole in the text as often as the tables hold it.
void TestReports::pdfOneActivity_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestReports::pdfOneActivity()
{
    QFETCH(QString, language);
    if (!havePdftotext())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ProjectData d = test::reportProject();
    for (auto it = d.activities.begin(); it != d.activities.end();)
        it = it->first == test::fixedId(60) ? std::next(it) : d.activities.erase(it);
    QCOMPARE(d.activities.size(), size_t(1));
    Options o;
    o.date = fixedDate;
    o.language = language;
    const Report r = buildReport(d, o);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one-activity-%1.pdf").arg(language));
    QCOMPARE(writeReport(r, Format::Pdf, path), QString());
    if (qEnvironmentVariableIsSet("ROPA_KEEP_PDF"))
        QFile::copy(path, QDir(qEnvironmentVariable("ROPA_KEEP_PDF")).filePath(QFileInfo(path).fileName()));
    const QStringList pages = test::pdfPages(path);
    QVERIFY2(!pages.isEmpty() && pages.size() <= 4, qPrintable(QString::number(pages.size())));

    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto lettersOnly = [](const QString &w) {
        if (w.size() < 2)
            return false;
        for (const QChar c : w) {
            if (!c.isLetter())
                return false;
        }
        return true;
    };
    // A token of the text without the punctuation around it ("(b)," gives "b").
    const auto words = [&](const QString &text) {
        QHash<QString, int> count;
        for (QString token : text.split(space, Qt::SkipEmptyParts)) {
            while (!token.isEmpty() && !token.front().isLetterOrNumber())
                token.remove(0, 1);
            while (!token.isEmpty() && !token.back().isLetterOrNumber())
                token.chop(1);
            if (lettersOnly(token))
                ++count[token];
        }
        return count;
    };
    QString tables;
    for (const Table *t : r.tables()) {
        for (const Column &c : t->columns)
            tables += c.title + QLatin1Char(' ') + c.item + QLatin1Char(' ');
        for (const auto &row : t->rows) {
            for (const Cell &cell : row)
                tables += (cell.notStated ? r.notStatedText : cell.lines.join(QLatin1Char(' '))) + QLatin1Char(' ');
        }
    }
    const QHash<QString, int> inPdf = words(pages.join(QLatin1Char(' ')));
    const QHash<QString, int> inTables = words(tables.normalized(QString::NormalizationForm_KC));
    QStringList broken;
    for (auto it = inTables.cbegin(); it != inTables.cend(); ++it) {
        if (inPdf.value(it.key()) < it.value())
            broken.append(it.key());
    }
    // And no line ends with the start of a word of the tables that the next line ends
    // ("verwerkingsverantwoor" above "delijke,"): such a word may be found whole elsewhere.
    for (const QString &page : pages) {
        const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QStringList end = lines.at(i).split(space, Qt::SkipEmptyParts);
            const QStringList next = lines.at(i + 1).split(space, Qt::SkipEmptyParts);
            // A break inside a word has a letter on both sides.
            if (end.isEmpty() || next.isEmpty() || !end.last().back().isLetter() || !next.first().front().isLetter())
                continue;
            const QHash<QString, int> joined = words(end.last() + next.first());
            for (auto it = joined.cbegin(); it != joined.cend(); ++it) {
                if (inTables.contains(it.key()))
                    broken.append(end.last() + QLatin1Char('|') + next.first());
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
}

// The PDF reports each page drawn, and stops (an error, no file) when asked to.
void TestReports::pdfProgressAndCancel()
{
    Report r = build(test::reportProject(), RecordType::Controller);
    for (Section &s : r.sections) {
        for (Table &t : s.tables) {
            const QList<QList<Cell>> rows = t.rows;
            for (int i = 0; i < 20; ++i)
                t.rows.append(rows);
        }
    }
    QList<int> done;
    int total = 0;
    PagedOptions options;
    options.progress = [&](int d, int t) {
        done.append(d);
        total = t;
        return true;
    };
    QString error;
    QVERIFY(!toPdf(r, &error, options).isEmpty());
    QCOMPARE(error, QString());
    QVERIFY(total > 3);
    QCOMPARE(done.size(), total);
    QCOMPARE(done.last(), total);

    options.progress = [](int d, int) { return d < 2; };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    const QString cancelled = writeReport(r, Format::Pdf, path, WriteOptions{{}, options});
    QVERIFY(!cancelled.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestReports::safeDocumentRefuses_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("file") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("relative") << QStringLiteral("<img src=\"/etc/passwd\">");
    QTest::newRow("http") << QStringLiteral("<img src=\"http://example.org/x.png\">");
    QTest::newRow("qrc") << QStringLiteral("<img src=\"qrc:/reference/eea.json\">");
    QTest::newRow("table background") << QStringLiteral(
        "<table background=\"file:///etc/passwd\"><tr><td>x</td></tr></table>");
}

void TestReports::safeDocumentRefuses()
{
    QFETCH(QString, html);
    SafeTextDocument doc;
    doc.setHtml(html);
    doc.documentLayout(); // lays out: images are requested now
    doc.size();
    QVERIFY2(!doc.refused().isEmpty(), qPrintable(html));
    for (const QString &url : doc.refused())
        QVERIFY(!doc.resource(QTextDocument::ImageResource, QUrl(url)).isValid());
}

void TestReports::failureLeavesNoFile()
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

void TestReports::cleanText()
{
    QCOMPARE(reports::cleanText(QStringLiteral("a\r\nb\rc\nd\te")), QStringLiteral("a\nb\nc\nd\te"));
    QCOMPARE(reports::cleanText(QStringLiteral("x") + QChar(u'\0') + QStringLiteral("\x01\x1f\x7f")),
             QStringLiteral("x\u2400\u2401\u241f\u2421"));
    QCOMPARE(reports::cleanText(QString(QChar(char16_t(0xd800)))), QStringLiteral("\ufffd"));
}

// Accepted findings: a section of their own in every format, only when there are any, and
// only those about what the record covers.
void TestReports::acceptedFindings()
{
    ProjectData d = test::reportProject();
    QVERIFY(!build(d, RecordType::Controller).table(QStringLiteral("accepted_findings"))); // goldens unchanged
    const QString why = QStringLiteral("DPA signed on paper on 2 June; scan requested");
    d.acceptedFindings = {
        {QStringLiteral("ART30-RETENTION-MISSING"), test::fixedId(62), idToString(test::fixedId(21)),
         QStringLiteral("Visitor log kept one day"), QDate(2025, 6, 3)},
        {QStringLiteral("PROC-DPA-MISSING"), test::fixedId(13), {}, why, QDate(2025, 6, 2)},
    };
    const Report r = build(d, RecordType::Controller);
    const Table *t = r.table(QStringLiteral("accepted_findings"));
    QVERIFY(t);
    QCOMPARE(t->title, QStringLiteral("Accepted findings"));
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows.at(1).at(t->columnIndex(QStringLiteral("rule"))).text(), QStringLiteral("PROC-DPA-MISSING"));
    QCOMPARE(t->rows.at(1).at(t->columnIndex(QStringLiteral("concerns"))).text(),
             QStringLiteral("Cape Analytics (Pty) Ltd"));
    QCOMPARE(t->rows.at(1).at(t->columnIndex(QStringLiteral("justification"))).text(), why);
    QCOMPARE(t->rows.at(1).at(t->columnIndex(QStringLiteral("date"))).text(), QStringLiteral("2025-06-02"));
    // The detail (a category id) is named.
    QCOMPARE(t->rows.at(0).at(t->columnIndex(QStringLiteral("concerns"))).lines,
             (QStringList{QStringLiteral("Visitor log"), d.dataCategories.at(test::fixedId(21)).name}));
    QCOMPARE(r.sections.last().key, QStringLiteral("accepted_findings"));

    // A record scoped to another owner leaves out the activity's acceptance.
    Scope scope;
    scope.owner = QStringLiteral("Nobody");
    const Table *scoped = build(d, RecordType::Controller, scope).table(QStringLiteral("accepted_findings"));
    QVERIFY(scoped);
    QCOMPARE(scoped->rows.size(), 1);

    // Every format shows it.
    QTemporaryDir dir;
    for (const Format format : allFormats()) {
        const QString path = dir.filePath(QStringLiteral("record.") + formatSuffix(format));
        WriteOptions options;
        options.csv.table = QStringLiteral("accepted_findings");
        QCOMPARE(writeReport(r, format, path, options), QString());
        QString text;
        if (format == Format::Html || format == Format::Markdown || format == Format::Csv) {
            text = QString::fromUtf8(readAll(path));
        } else if (format == Format::Pdf) {
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                continue;
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        } else {
            if (python().isEmpty())
                continue;
            if (format == Format::Xlsx) {
                const QJsonArray rows = sheetRows(readXlsx(path), QStringLiteral("Accepted findings"));
                QCOMPARE(rows.size(), 3);
                for (const auto row : rows) {
                    for (const auto c : row.toArray())
                        text += c.toObject().value(QStringLiteral("v")).toString() + QLatin1Char('\n');
                }
            } else { // ODT: the text of content.xml
                QProcess p;
                p.start(python(), {QStringLiteral("-c"),
                                   QStringLiteral("import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1])"
                                                  ".read('content.xml').decode())"),
                                   path});
                QVERIFY(p.waitForFinished(60000));
                text = QString::fromUtf8(p.readAllStandardOutput());
            }
        }
        const QString flat = squeeze(text);
        // The title: the section's heading; a CSV table and an XLSX sheet (found by that name
        // above) have none.
        QStringList expectedTexts{QStringLiteral("PROC-DPA-MISSING"), why, QStringLiteral("2025-06-02"),
                                  QStringLiteral("Visitor log kept one day"), QStringLiteral("Justification")};
        if (format != Format::Csv && format != Format::Xlsx)
            expectedTexts.append(QStringLiteral("Accepted findings"));
        for (const QString &expected : std::as_const(expectedTexts))
            QVERIFY2(flat.contains(squeeze(expected)), qPrintable(formatKey(format) + QStringLiteral(": ") + expected));
    }
}

QTEST_MAIN(TestReports)
#include "test_reports.moc"
