// The Article 30 record as PDF: its text (read with pdftotext), column widths, rows taller than
// a page, the contents' page numbers, scripts, layout threads, a record of one activity per
// language, progress and cancel.

#include "reporthelpers.h"

#include "reportfixture.h"
#include "reports/reportbuilder.h"
#include "reports/writers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ropa;
using namespace ropa::reports;
using namespace ropa::test;

class TestReportsPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

// A column that holds much text gets more of the page than one of short values with the same
// hint; without rows the hints decide; a column is never narrower than its title's longest word;
// the widths fill the table.
void TestReportsPdf::pdfColumnWidths()
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

void TestReportsPdf::pdfText()
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
void TestReportsPdf::pdfTallRow()
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
void TestReportsPdf::pdfContentsPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("pageOf");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Contents") << QStringLiteral("Page %1 of %2");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Inhoud") << QStringLiteral("Pagina %1 van %2");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Inhalt") << QStringLiteral("Seite %1 von %2");
}

void TestReportsPdf::pdfContentsPages()
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

// The PDF draws the glyphs of Latin, Greek and Cyrillic text itself (whole pixels), and a cell
// with a character its font lacks (U+1D504, in another font or none) through the layout: each
// is found by pdftotext, in order, and a "not stated" inside still shows.
void TestReportsPdf::pdfScripts()
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
void TestReportsPdf::pdfThreadsDrawTheSamePages()
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
void TestReportsPdf::pdfOneActivity_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestReportsPdf::pdfOneActivity()
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
void TestReportsPdf::pdfProgressAndCancel()
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

QTEST_MAIN(TestReportsPdf)
#include "test_reports_pdf.moc"
