// Hostile field values in every format of the Article 30 record: markup, formulas and control
// characters come out as text, and the paged formats' text documents load no resource.

#include "reporthelpers.h"

#include "reportfixture.h"
#include "reports/reportbuilder.h"
#include "reports/safetextdocument.h"
#include "reports/writers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ropa;
using namespace ropa::reports;
using namespace ropa::test;

class TestReportsHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileHtmlMarkdown();
    void hostileCsv();
    void hostileXlsx();
    void hostilePaged();
    void safeDocumentRefuses_data();
    void safeDocumentRefuses();
};

void TestReportsHostile::hostileHtmlMarkdown()
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

void TestReportsHostile::hostileCsv()
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

void TestReportsHostile::hostileXlsx()
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

void TestReportsHostile::hostilePaged()
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

void TestReportsHostile::safeDocumentRefuses_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("file") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("relative") << QStringLiteral("<img src=\"/etc/passwd\">");
    QTest::newRow("http") << QStringLiteral("<img src=\"http://example.org/x.png\">");
    QTest::newRow("qrc") << QStringLiteral("<img src=\"qrc:/reference/eea.json\">");
    QTest::newRow("table background") << QStringLiteral(
        "<table background=\"file:///etc/passwd\"><tr><td>x</td></tr></table>");
}

void TestReportsHostile::safeDocumentRefuses()
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

QTEST_MAIN(TestReportsHostile)
#include "test_reports_hostile.moc"
