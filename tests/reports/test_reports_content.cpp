// The Article 30 record's content, before any format: the items of the controller's and the
// processor's record, completeness ("not stated"), onward flows, the scope, clean text, and
// the accepted findings in every format.

#include "reporthelpers.h"

#include "reportfixture.h"
#include "reports/flows.h"
#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using namespace ropa::reports;
using namespace ropa::test;

namespace {

const QList<Cell> *rowOf(const Table &t, const QString &activity)
{
    const int col = t.columnIndex(QStringLiteral("activity"));
    for (const auto &row : t.rows) {
        if (col >= 0 && row.at(col).text() == activity)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestReportsContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controllerItems();
    void processorItems();
    void onwardFlows();
    void notStated_data();
    void notStated();
    void scope();
    void cleanText();
    void acceptedFindings();
};

void TestReportsContent::controllerItems()
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
    QCOMPARE(r.activities.at(0).stated, r.activities.at(0).required);
    QCOMPARE(r.cover.size(), 7);
    QCOMPARE(r.date, fixedDate);
}

void TestReportsContent::processorItems()
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

void TestReportsContent::onwardFlows()
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

void TestReportsContent::notStated_data()
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

void TestReportsContent::notStated()
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

void TestReportsContent::scope()
{
    const ProjectData d = test::reportProject();
    Scope s;
    s.owner = QStringLiteral("facilities");
    Report r = build(d, RecordType::Controller, s);
    QCOMPARE(r.activities.size(), 1);
    QCOMPARE(r.activities.at(0).name, QStringLiteral("Visitor log"));
    // The bare activity: everything but (a), (d) and (e) is not stated (the source neither).
    QCOMPARE(r.activities.at(0).stated, 3);
    QCOMPARE(r.activities.at(0).required, 9);
    QCOMPARE(r.completeness.percent(), 33);

    s = {};
    s.role = Role::JointController;
    QCOMPARE(build(d, RecordType::Controller, s).activities.size(), 0);
    s = {};
    s.ownEntity = test::fixedId(10);
    QCOMPARE(build(d, RecordType::Controller, s).activities.size(), 2);
    s.ownEntity = test::fixedId(11); // not ours: nothing
    QCOMPARE(build(d, RecordType::Controller, s).activities.size(), 0);
}

void TestReportsContent::cleanText()
{
    QCOMPARE(reports::cleanText(QStringLiteral("a\r\nb\rc\nd\te")), QStringLiteral("a\nb\nc\nd\te"));
    QCOMPARE(reports::cleanText(QStringLiteral("x") + QChar(u'\0') + QStringLiteral("\x01\x1f\x7f")),
             QStringLiteral("x\u2400\u2401\u241f\u2421"));
    QCOMPARE(reports::cleanText(QString(QChar(char16_t(0xd800)))), QStringLiteral("\ufffd"));
}

// Accepted findings: a section of their own in every format, only when there are any, and
// only those about what the record covers.
void TestReportsContent::acceptedFindings()
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
    const Report scopedReport = build(d, RecordType::Controller, scope); // the table lives in its report
    const Table *scoped = scopedReport.table(QStringLiteral("accepted_findings"));
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

QTEST_MAIN(TestReportsContent)
#include "test_reports_content.moc"
