// The Article 30 record prints what real registers carry (issue 18, item 2): the record's
// identity, data items, systems with their hosting party and locations, automated decisions,
// the DPIA screening and the DPIA, the DPA as yes/no/not stated, linked documents with their
// kind, internal recipients, "not stated" apart from "none" for a transfer mechanism, and why
// no DPO is required. What is not stated reads "not stated" and counts as missing.

#include "reports/registersections.h"
#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include "common/registerproject.h"

#include <QTest>

using namespace ropa;
using namespace ropa::reports;
using ropa::test::fixedId;

namespace {

Report build(const ProjectData &d, RecordType type = RecordType::Controller)
{
    Options o;
    o.type = type;
    o.date = QDate(2026, 1, 2);
    return buildReport(d, o);
}

const QList<Cell> *rowWhere(const Table &t, const QString &column, const QString &match)
{
    const int c = t.columnIndex(column);
    for (const QList<Cell> &row : t.rows) {
        if (c >= 0 && row.at(c).text() == match)
            return &row;
    }
    return nullptr;
}

QString cell(const Table &t, const QList<Cell> &row, const QString &column)
{
    const Cell &c = row.at(t.columnIndex(column));
    return c.notStated ? QStringLiteral("<not stated>") : c.text();
}

QString everyFormat(const Report &r)
{
    QString text = QString::fromUtf8(toMarkdown(r)) + toHtml(r);
    for (const Table *t : r.tables())
        text += QString::fromUtf8(toCsv(*t, r.notStatedText));
    return text;
}

} // namespace

class TestRegisterRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity()
    {
        const Report r = build(test::registerProject());
        const Table *t = r.table(QStringLiteral("identity"));
        QVERIFY(t);
        const QList<Cell> *calls = rowWhere(*t, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(calls);
        QCOMPARE(cell(*t, *calls, QStringLiteral("reference")), QStringLiteral("M8085"));
        QCOMPARE(cell(*t, *calls, QStringLiteral("status")), QStringLiteral("in review"));
        QCOMPARE(cell(*t, *calls, QStringLiteral("version")), QStringLiteral("3"));
        QCOMPARE(cell(*t, *calls, QStringLiteral("created")), QStringLiteral("2019-03-04"));
        QCOMPARE(cell(*t, *calls, QStringLiteral("last_changed")), QStringLiteral("2025-05-06"));
        QCOMPARE(cell(*t, *calls, QStringLiteral("department")), QStringLiteral("Klantcontact"));
        QVERIFY(cell(*t, *calls, QStringLiteral("contact")).contains(QStringLiteral("J. Jansen")));
        QVERIFY(cell(*t, *calls, QStringLiteral("contact")).contains(QStringLiteral("Teamleider")));
    }

    void identityNotStated()
    {
        ProjectData d = test::registerProject();
        Activity &calls = d.activities.at(fixedId(60));
        calls.reference.clear();
        calls.status.reset();
        calls.created.reset();
        const Report r = build(d);
        const Table *t = r.table(QStringLiteral("identity"));
        const QList<Cell> *row = rowWhere(*t, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(row);
        QCOMPARE(cell(*t, *row, QStringLiteral("reference")), QStringLiteral("<not stated>"));
        QCOMPARE(cell(*t, *row, QStringLiteral("status")), QStringLiteral("<not stated>"));
        QCOMPARE(cell(*t, *row, QStringLiteral("created")), QStringLiteral("<not stated>"));
    }

    void dataItems()
    {
        const Report r = build(test::registerProject());
        const Table *t = r.table(QStringLiteral("data_items"));
        QVERIFY(t);
        QCOMPARE(t->rows.size(), 2);
        const QList<Cell> &first = t->rows.at(0);
        QCOMPARE(cell(*t, first, QStringLiteral("data_subjects")), QStringLiteral("Customers"));
        QCOMPARE(cell(*t, first, QStringLiteral("sources")), QStringLiteral("From the caller (from the data subject)"));
        QCOMPARE(cell(*t, first, QStringLiteral("purpose")), QStringLiteral("Quality of service"));
        QCOMPARE(cell(*t, first, QStringLiteral("retention")), QStringLiteral("zes maanden; 6 months (P6M)"));
        QCOMPARE(cell(*t, first, QStringLiteral("obligation")), QStringLiteral("required to enter into a contract"));
        QCOMPARE(cell(*t, first, QStringLiteral("consequence")), QStringLiteral("We cannot answer the call"));
        // The second item states nothing but its category: every fact is "not stated", and its
        // group of subjects is every data subject of the activity (a null group), not "none".
        const QList<Cell> &second = t->rows.at(1);
        QCOMPARE(cell(*t, second, QStringLiteral("data_subjects")),
                 QStringLiteral("every data subject of the activity"));
        for (const char *column : {"sources", "purpose", "retention", "obligation", "consequence"})
            QCOMPARE(cell(*t, second, QString::fromLatin1(column)), QStringLiteral("<not stated>"));
    }

    // The Dutch register keeps retention per data item: (f) reads it there too.
    void dataItemRetentionAnswersArticle30f()
    {
        ProjectData d = test::registerProject();
        Activity &calls = d.activities.at(fixedId(60));
        calls.retention.clear();
        calls.dataCategories = {fixedId(21)};
        const Report r = build(d);
        const Table *record = r.table(QStringLiteral("record"));
        const QList<Cell> *row =
            rowWhere(*record, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(row);
        QVERIFY(cell(*record, *row, QStringLiteral("retention")).contains(QStringLiteral("zes maanden")));
        QVERIFY(!r.activities.at(0).missing.contains(QStringLiteral("Art. 30(1)(f)")));
        // The retention table does not call it "not stated": the data items table shows it.
        const Table *retention = r.table(QStringLiteral("retention"));
        QVERIFY(!rowWhere(*retention, QStringLiteral("data_category"), QStringLiteral("Call recordings")));
    }

    void systems()
    {
        const Report r = build(test::registerProject());
        const Table *t = r.table(QStringLiteral("systems"));
        QVERIFY(t);
        const QList<Cell> *crm = rowWhere(*t, QStringLiteral("system"), QStringLiteral("Speech analytics platform"));
        QVERIFY(crm);
        QVERIFY(cell(*t, *crm, QStringLiteral("hosted_by")).startsWith(QStringLiteral("CallCabinet")));
        QCOMPARE(cell(*t, *crm, QStringLiteral("locations")), QStringLiteral("United States, European Union"));
        const QList<Cell> *bare = rowWhere(*t, QStringLiteral("system"), QStringLiteral("Telefooncentrale"));
        QVERIFY(bare);
        QCOMPARE(cell(*t, *bare, QStringLiteral("hosted_by")), QStringLiteral("<not stated>"));
        QCOMPARE(cell(*t, *bare, QStringLiteral("locations")), QStringLiteral("<not stated>"));
    }

    void automatedDecisionsAndDpia()
    {
        const Report r = build(test::registerProject());
        const Table *adm = r.table(QStringLiteral("automated_decisions"));
        QVERIFY(adm);
        const QList<Cell> *calls = rowWhere(*adm, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(calls);
        QCOMPARE(cell(*adm, *calls, QStringLiteral("present")), QStringLiteral("yes"));
        QCOMPARE(cell(*adm, *calls, QStringLiteral("profiling")), QStringLiteral("no"));
        QCOMPARE(cell(*adm, *calls, QStringLiteral("logic")), QStringLiteral("Scores calls against a rubric"));
        QCOMPARE(cell(*adm, *calls, QStringLiteral("significance")),
                 QStringLiteral("A low score starts a coaching session"));

        const Table *dpia = r.table(QStringLiteral("dpia"));
        QVERIFY(dpia);
        calls = rowWhere(*dpia, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QVERIFY(calls);
        QCOMPARE(cell(*dpia, *calls, QStringLiteral("criteria")),
                 QStringLiteral("systematic monitoring\nevaluation or scoring\ninnovative use of technology"));
        QCOMPARE(cell(*dpia, *calls, QStringLiteral("authority_list")), QStringLiteral("no"));
        QCOMPARE(cell(*dpia, *calls, QStringLiteral("high_risk")), QStringLiteral("yes"));
        QCOMPARE(cell(*dpia, *calls, QStringLiteral("outcome")), QStringLiteral("DPIA required: three criteria"));
        QCOMPARE(cell(*dpia, *calls, QStringLiteral("screening_report")),
                 QStringLiteral("“DPIA speech analytics” (2025-02-01)"));
        QCOMPARE(cell(*dpia, *calls, QStringLiteral("performed")),
                 QStringLiteral("yes, on 2025-01-15; document: “DPIA speech analytics” (2025-02-01)"));
        // Performed, without a date at hand: "yes", never a missing date read as "no".
        ProjectData d = test::registerProject();
        d.activities.at(fixedId(60)).dpia.done.reset();
        const Report undatedReport = build(d); // the table lives in its report
        const Table *undated = undatedReport.table(QStringLiteral("dpia"));
        calls = rowWhere(*undated, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QCOMPARE(cell(*undated, *calls, QStringLiteral("performed")),
                 QStringLiteral("yes (no date stated); document: “DPIA speech analytics” (2025-02-01)"));
    }

    // "Not stated" is never "no": an activity that states nothing of Art. 22 or the DPIA.
    void automatedDecisionsAndDpiaNotStated()
    {
        ProjectData d = test::registerProject();
        Activity &calls = d.activities.at(fixedId(60));
        calls.automatedDecisions = {};
        calls.dpia = {};
        calls.dpiaScreening = {};
        const Report r = build(d);
        const Table *adm = r.table(QStringLiteral("automated_decisions"));
        const QList<Cell> *row = rowWhere(*adm, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        QCOMPARE(cell(*adm, *row, QStringLiteral("present")), QStringLiteral("<not stated>"));
        const Table *dpia = r.table(QStringLiteral("dpia"));
        row = rowWhere(*dpia, QStringLiteral("activity"), QStringLiteral("Customer service calls"));
        for (const char *column : {"criteria", "authority_list", "high_risk", "required", "performed"})
            QCOMPARE(cell(*dpia, *row, QString::fromLatin1(column)), QStringLiteral("<not stated>"));
        // Completeness is that of Art. 30(1): neither is one of its items (their gaps are
        // findings, ART22-LOGIC-MISSING and DPIA-SCREENING-NO-DPIA), so stating them changes it not.
        const ActivityStatus &status = r.activities.at(0);
        QVERIFY(!status.missing.join(u' ').contains(QStringLiteral("Art. 22")));
        calls.automatedDecisions.present = false;
        calls.dpia.performed = false;
        const Report stated = build(d);
        QCOMPARE(stated.activities.at(0).stated, status.stated);
        QCOMPARE(stated.activities.at(0).required, status.required);
    }

    // Art. 28(3): yes with the date and the agreement, yes without a date, no, not stated.
    void dpaStates()
    {
        ProjectData d = test::registerProject();
        d.parties.at(fixedId(11)).dpaSigned = QDate(2024, 3, 1);
        const Report r = build(d);
        const Table *t = r.table(QStringLiteral("recipients"));
        const QList<Cell> *vendor = rowWhere(*t, QStringLiteral("recipient"), QStringLiteral("CallCabinet"));
        QVERIFY(vendor);
        QCOMPARE(cell(*t, *vendor, QStringLiteral("dpa_signed")),
                 QStringLiteral("yes, on 2024-03-01; document: “Verwerkersovereenkomst CallCabinet”"));
        d.parties.at(fixedId(11)).dpaSigned.reset();
        const Report noDateReport = build(d); // the table lives in its report
        const Table *noDate = noDateReport.table(QStringLiteral("recipients"));
        vendor = rowWhere(*noDate, QStringLiteral("recipient"), QStringLiteral("CallCabinet"));
        QVERIFY(
            cell(*noDate, *vendor, QStringLiteral("dpa_signed")).startsWith(QStringLiteral("yes (no date stated)")));
        d.parties.at(fixedId(11)).dpaInPlace = false;
        d.parties.at(fixedId(11)).dpaDocument = {};
        const Report noReport = build(d); // the table lives in its report
        const Table *no = noReport.table(QStringLiteral("recipients"));
        vendor = rowWhere(*no, QStringLiteral("recipient"), QStringLiteral("CallCabinet"));
        QCOMPARE(cell(*no, *vendor, QStringLiteral("dpa_signed")), QStringLiteral("no"));
        d.parties.at(fixedId(11)).dpaInPlace.reset();
        const Report unknownReport = build(d); // the table lives in its report
        const Table *unknown = unknownReport.table(QStringLiteral("recipients"));
        vendor = rowWhere(*unknown, QStringLiteral("recipient"), QStringLiteral("CallCabinet"));
        QCOMPARE(cell(*unknown, *vendor, QStringLiteral("dpa_signed")), QStringLiteral("<not stated>"));
    }

    void documentsWithTheirKind()
    {
        const Report r = build(test::registerProject());
        const Table *t = r.table(QStringLiteral("documents"));
        QVERIFY(t);
        const QList<Cell> *dpa =
            rowWhere(*t, QStringLiteral("document"), QStringLiteral("Verwerkersovereenkomst CallCabinet"));
        QVERIFY(dpa);
        QCOMPARE(cell(*t, *dpa, QStringLiteral("concerns")), QStringLiteral("CallCabinet"));
        QCOMPARE(cell(*t, *dpa, QStringLiteral("kind")), QStringLiteral("contract or data processing agreement"));
        bool dpiaReport = false;
        for (const QList<Cell> &row : t->rows) {
            if (cell(*t, row, QStringLiteral("document")) == QLatin1String("DPIA speech analytics") &&
                cell(*t, row, QStringLiteral("concerns")) == QLatin1String("Customer service calls"))
                dpiaReport = cell(*t, row, QStringLiteral("kind")) == QLatin1String("DPIA report");
        }
        QVERIFY(dpiaReport);
    }

    void internalRecipient()
    {
        ProjectData d = test::registerProject();
        d.transfers.at(fixedId(72)).activities = {fixedId(60)};
        const Report r = build(d);
        const Table *t = r.table(QStringLiteral("recipients"));
        const QList<Cell> *row = rowWhere(*t, QStringLiteral("acts_as"), QStringLiteral("internal recipient"));
        QVERIFY(row);
        QVERIFY(!everyFormat(r).contains(QStringLiteral("Marketing partners (independent controller")));
    }

    // "Not stated" and "none" are different values, and print differently.
    void mechanismNotStatedApartFromNone()
    {
        ProjectData d = test::registerProject();
        Transfer &t = d.transfers.at(fixedId(73));
        t.activities = {fixedId(60)};
        t.countries = {QStringLiteral("IN")};
        const Report notStated = build(d);
        const Table *transfers = notStated.table(QStringLiteral("transfers"));
        const QList<Cell> *row = rowWhere(*transfers, QStringLiteral("countries"), QStringLiteral("India"));
        QVERIFY(row);
        QCOMPARE(cell(*transfers, *row, QStringLiteral("mechanism")), QStringLiteral("<not stated>"));
        QVERIFY(notStated.activities.at(0).missing.contains(QStringLiteral("Art. 30(1)(e)")));
        t.mechanism = Mechanism::None;
        const Report none = build(d);
        transfers = none.table(QStringLiteral("transfers"));
        row = rowWhere(*transfers, QStringLiteral("countries"), QStringLiteral("India"));
        QCOMPARE(cell(*transfers, *row, QStringLiteral("mechanism")), QStringLiteral("no transfer mechanism"));
        QVERIFY(!none.activities.at(0).missing.contains(QStringLiteral("Art. 30(1)(e)")));
    }

    void dpoNotRequired()
    {
        ProjectData d = test::registerProject();
        Party &own = d.parties.at(fixedId(10));
        own.dpo.reset();
        own.dpoNotRequired = QStringLiteral("Fewer than 250 staff, no large-scale monitoring");
        const Report r = build(d);
        QCOMPARE(r.dpo, QStringLiteral("DPO not required: Fewer than 250 staff, no large-scale monitoring"));
        QVERIFY(everyFormat(r).contains(QStringLiteral("DPO not required: Fewer than 250 staff")));
        own.dpoNotRequired.clear();
        QVERIFY(build(d).dpo.isEmpty()); // not stated: the cover says "not stated"
    }

    // Every new table reaches every writer: the Markdown, the HTML and the CSV.
    void everyWriterShowsTheNewTables()
    {
        const Report r = build(test::registerProject());
        const QString md = QString::fromUtf8(toMarkdown(r));
        const QString html = toHtml(r);
        for (const char *title : {"Record identity", "Data items", "Systems (location of the personal data)",
                                  "Automated decision-making, including profiling (Art. 22)",
                                  "Data protection impact assessment (Art. 35)", "Linked documents"}) {
            QVERIFY2(md.contains(QString::fromUtf8(title)), title);
            QVERIFY2(html.contains(QString::fromUtf8(title).toHtmlEscaped()), title);
        }
        QVERIFY(QString::fromUtf8(toCsv(*r.table(QStringLiteral("systems")), r.notStatedText))
                    .contains(QStringLiteral("Telefooncentrale")));
    }

    // The processor's record shows them too.
    void processorRecord()
    {
        const Report r = build(test::registerProject(), RecordType::Processor);
        QVERIFY(r.table(QStringLiteral("identity")));
        const Table *t = r.table(QStringLiteral("automated_decisions"));
        QVERIFY(t);
        const QList<Cell> *row =
            rowWhere(*t, QStringLiteral("activity"), QStringLiteral("Recording on behalf of clients"));
        QVERIFY(row);
        QCOMPARE(cell(*t, *row, QStringLiteral("present")), QStringLiteral("no"));
        QCOMPARE(cell(*t, *row, QStringLiteral("logic")), QString()); // not applicable, not missing
    }
};

QTEST_GUILESS_MAIN(TestRegisterRecords)
#include "test_register_records.moc"
