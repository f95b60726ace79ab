// Reading the registers DPOs bring (CSV, XLSX, ODS), and refusing hostile ones with a message
// that says what is wrong: what a user checks after choosing a file to import.

#include "import/sheet.h"
#include "import/workbookreader.h"

#include <QTest>

using namespace ropa::importer;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/") + name;
}

Workbook fixture(const QString &name, const Limits &limits = {})
{
    return readWorkbookFile(fixturePath(name), limits);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dutchExcelCsv()
    {
        const Workbook book = fixture(QStringLiteral("register-nl.csv"));
        QVERIFY2(book.ok(), qPrintable(book.error));
        QCOMPARE(book.format, QStringLiteral("csv"));
        QCOMPARE(book.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(book.separator, QChar(u';'));
        const Sheet *sheet = book.sheet();
        QVERIFY(sheet);
        QCOMPARE(sheet->name, QStringLiteral("register-nl"));
        QCOMPARE(sheet->rows.size(), 6);
        // Windows-1252 letters and quotes decoded; the heading row is on line 3.
        QCOMPARE(sheet->text(2, 4), QStringLiteral("Categorieën persoonsgegevens"));
        QCOMPARE(sheet->text(5, 1), QStringLiteral("Beveiliging “gebouw”"));
        // A quoted cell keeps its line breaks (CRLF inside becomes LF); the row after it
        // starts on the right line.
        QCOMPARE(sheet->text(3, 4), QStringLiteral("Naam\nBSN\nIBAN"));
        QCOMPARE(sheet->lines.value(4), 7);
        // The empty trailing column leaves no empty cell behind.
        QCOMPARE(sheet->rows.at(2).size(), 8);
        QCOMPARE(sheet->cell(3, 0).type, CellType::String);
    }

    void csvEncodings()
    {
        const Workbook utf16 = fixture(QStringLiteral("register-utf16.csv"));
        QVERIFY2(utf16.ok(), qPrintable(utf16.error));
        QCOMPARE(utf16.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(utf16.separator, QChar(u'\t'));
        QCOMPARE(utf16.sheet()->text(1, 2), QStringLiteral("Deutschland"));

        const Workbook bom = fixture(QStringLiteral("register-utf8bom.csv"));
        QVERIFY2(bom.ok(), qPrintable(bom.error));
        QCOMPARE(bom.encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(bom.separator, QChar(u','));
        QCOMPARE(bom.sheet()->text(0, 0), QStringLiteral("Name")); // no BOM in the first heading
        QCOMPARE(bom.sheet()->text(1, 0), QStringLiteral("Café"));
        QCOMPARE(bom.sheet()->text(1, 1), QStringLiteral("Quotes \"inside\""));

        const Workbook be = readWorkbook(QByteArray("\xFE\xFF\0N\0a\0m\0e", 10), QStringLiteral("x.csv"));
        QCOMPARE(be.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(be.sheet()->text(0, 0), QStringLiteral("Name"));
    }

    void csvInAnUnknownEncodingIsRefused()
    {
        const Workbook book = fixture(QStringLiteral("unknown-encoding.csv"));
        QVERIFY(!book.ok());
        QVERIFY2(book.error.contains(QStringLiteral("unknown encoding")), qPrintable(book.error));
        QVERIFY(book.sheets.isEmpty());
        const Workbook nul = readWorkbook(QByteArray("N\0a\0m\0e\0", 8), QStringLiteral("x.csv"));
        QVERIFY2(nul.error.contains(QStringLiteral("UTF-8")), qPrintable(nul.error));
    }

    void xlsxCellsOfEveryType()
    {
        const Workbook book = fixture(QStringLiteral("register.xlsx"));
        QVERIFY2(book.ok(), qPrintable(book.error));
        QCOMPARE(book.format, QStringLiteral("xlsx"));
        QCOMPARE(book.sheets.size(), 2);
        QCOMPARE(book.sheets.at(0).name, QStringLiteral("Register"));
        QCOMPARE(book.sheets.at(1).name, QStringLiteral("Notes"));
        const Sheet &s = book.sheets.at(0);
        QCOMPARE(s.text(0, 0), QStringLiteral("Record of processing activities"));
        QCOMPARE(s.text(2, 1), QStringLiteral("dpo@acme.example")); // an inline string
        QCOMPARE(s.text(4, 0), QStringLiteral("Name of the processing activity"));
        QCOMPARE(s.text(5, 4), QStringLiteral("Name\nBank account\nSalary"));
        // Booleans, dates of a built-in and of a custom format, a rich text run, a formula's
        // cached value, a plain number.
        QCOMPARE(s.cell(5, 9), (Cell{QStringLiteral("false"), CellType::Boolean}));
        QCOMPARE(s.cell(7, 9), (Cell{QStringLiteral("true"), CellType::Boolean}));
        QCOMPARE(s.cell(5, 10), (Cell{QStringLiteral("2024-01-01"), CellType::Date}));
        QCOMPARE(s.cell(6, 10), (Cell{QStringLiteral("2024-02-01"), CellType::Date}));
        QCOMPARE(s.text(5, 11), QStringLiteral("Payroll team")); // the phonetic run is not text
        QCOMPARE(s.cell(6, 11), (Cell{QStringLiteral("Marketing"), CellType::String}));
        QCOMPARE(s.cell(7, 11), (Cell{QStringLiteral("3"), CellType::Number}));
        // An empty cell of the source is empty here.
        QCOMPARE(s.cell(7, 5).type, CellType::Empty);
        // The merged title covers A1:D1; a covered cell reads the title.
        QCOMPARE(s.merges, (QList<Merge>{{0, 0, 0, 3}}));
        QCOMPARE(s.text(0, 2), QStringLiteral("Record of processing activities"));

        const Sheet &notes = book.sheets.at(1);
        QCOMPARE(notes.cell(1, 1), (Cell{QStringLiteral("2023-03-15T12:00:00"), CellType::Date}));
        // A custom number format with a quoted "d" ("0.00 days") is not a date.
        QCOMPARE(notes.cell(2, 2), (Cell{QStringLiteral("12"), CellType::Number}));
    }

    void xlsx1904DateSystem()
    {
        const Workbook book = fixture(QStringLiteral("dates-1904.xlsx"));
        QVERIFY2(book.ok(), qPrintable(book.error));
        QCOMPARE(book.sheet()->text(0, 0), QStringLiteral("1904-01-01"));
        QCOMPARE(book.sheet()->text(0, 1), QStringLiteral("2024-01-01"));
    }

    void odsRepeatsSpansAndTypes()
    {
        const Workbook book = fixture(QStringLiteral("register.ods"));
        QVERIFY2(book.ok(), qPrintable(book.error));
        QCOMPARE(book.format, QStringLiteral("ods"));
        QCOMPARE(book.sheets.size(), 2);
        const Sheet &s = book.sheets.at(0);
        QCOMPARE(s.text(0, 0), QStringLiteral("Verwerkingsregister"));
        QCOMPARE(s.merges, (QList<Merge>{{0, 0, 0, 2}}));
        QCOMPARE(s.text(0, 1), QStringLiteral("Verwerkingsregister"));
        QCOMPARE(s.text(2, 0), QStringLiteral("Naam verwerking"));
        QCOMPARE(s.rows.at(2).size(), 9);                     // the 1,000 empty repeated cells after it add nothing
        QCOMPARE(s.text(3, 4), QStringLiteral("Naam\nIBAN")); // paragraphs joined with line breaks
        QCOMPARE(s.cell(3, 8), (Cell{QStringLiteral("2024-03-01"), CellType::Date}));
        QCOMPARE(s.cell(4, 8), (Cell{QStringLiteral("true"), CellType::Boolean}));
        QCOMPARE(s.cell(4, 9), (Cell{QStringLiteral("2.5"), CellType::Number}));
        // Three empty repeated rows, then a cell repeated twice; the 1,048,000 empty rows at
        // the end are not read into memory.
        QCOMPARE(s.rows.size(), 9);
        QCOMPARE(s.text(8, 0), QStringLiteral("Herhaald"));
        QCOMPARE(s.text(8, 1), QStringLiteral("Herhaald"));
        QCOMPARE(book.sheets.at(1).rows.size(), 0);
    }

    void zipBombIsRefused()
    {
        const Workbook book = fixture(QStringLiteral("bomb.xlsx"));
        QVERIFY(!book.ok());
        QVERIFY2(book.error.contains(QStringLiteral("200 times its packed size")), qPrintable(book.error));
        QVERIFY(book.error.contains(QStringLiteral("ZIP bomb")));
        // Without the ratio limit, the limit on the whole package still holds.
        Limits loose;
        loose.maxRatio = 1000000;
        loose.maxUncompressedBytes = 8 * 1024 * 1024;
        const Workbook total = fixture(QStringLiteral("bomb.xlsx"), loose);
        QVERIFY2(total.error.contains(QStringLiteral("more than 8 MB")), qPrintable(total.error));
    }

    void entityDeclarationsAreRefused()
    {
        const Workbook book = fixture(QStringLiteral("doctype.xlsx"));
        QVERIFY(!book.ok());
        QVERIFY2(book.error.contains(QStringLiteral("declares a document type or entities")), qPrintable(book.error));
        QVERIFY(book.error.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    }

    void passwordProtectedAndOldXlsAreRefused()
    {
        const Workbook encrypted = fixture(QStringLiteral("encrypted.xlsx"));
        QVERIFY2(encrypted.error.contains(QStringLiteral("password-protected")), qPrintable(encrypted.error));
        QVERIFY(encrypted.error.contains(QStringLiteral("save it as XLSX without a password")));
        const Workbook ods = fixture(QStringLiteral("encrypted.ods"));
        QVERIFY2(ods.error.contains(QStringLiteral("save it as ODS without a password")), qPrintable(ods.error));
        const Workbook xls = fixture(QStringLiteral("old.xls"));
        QVERIFY2(xls.error.contains(QStringLiteral("old .xls")), qPrintable(xls.error));
        QVERIFY(xls.error.contains(QStringLiteral("save it as XLSX")));
    }

    void millionRowSheetsAreRefused()
    {
        const Workbook xlsx = fixture(QStringLiteral("million-rows.xlsx"));
        QVERIFY2(xlsx.error.contains(QStringLiteral("row 1048576")), qPrintable(xlsx.error));
        QVERIFY(xlsx.error.contains(QStringLiteral("at most 100000 rows")));
        const Workbook ods = fixture(QStringLiteral("million-rows.ods"));
        QVERIFY2(ods.error.contains(QStringLiteral("at most 100000 rows")), qPrintable(ods.error));
    }

    void hugeCellIsRefused()
    {
        Limits limits;
        limits.maxRatio = 1000000; // past the ZIP bomb check, to the cell's own limit
        const Workbook book = fixture(QStringLiteral("big-cell.xlsx"), limits);
        QVERIFY2(book.error.contains(QStringLiteral("longer than 1000000 characters")), qPrintable(book.error));
        const QByteArray csv = "Name\n" + QByteArray(1100000, 'x') + '\n';
        QVERIFY(readWorkbook(csv, QStringLiteral("big.csv")).error.contains(QStringLiteral("longer than 1000000")));
    }

    void sparseCellsAndMergesAreBounded()
    {
        // 2,000 rows with a value in column XFD would hold 33 million cells.
        const Workbook wide = fixture(QStringLiteral("wide-sparse.xlsx"));
        QVERIFY2(wide.error.contains(QStringLiteral("more than 2000000 cells")), qPrintable(wide.error));
        const Workbook merges = fixture(QStringLiteral("many-merges.xlsx"));
        QVERIFY2(merges.error.contains(QStringLiteral("more than 10000 merged ranges")), qPrintable(merges.error));
        const Workbook separators = readWorkbook(QByteArray(3000000, ';'), QStringLiteral("x.csv"));
        QVERIFY2(separators.error.contains(QStringLiteral("more than 2000000 cells")), qPrintable(separators.error));
    }

    void notASpreadsheetZip()
    {
        const Workbook book = readWorkbook(QByteArray("PK\x03\x04garbage", 11), QStringLiteral("x.xlsx"));
        QVERIFY(!book.ok());
        QVERIFY2(book.error.contains(QStringLiteral("damaged")), qPrintable(book.error));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
