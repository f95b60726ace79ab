// ropa-cli export through the real binary: both records of the example project in every
// format, the options, and the exit codes of bad usage.

#include "reportfixture.h"

#include "store/jsonformat.h"

#include "common/clirunner.h"
#include <QDir>
#include <QFile>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;

namespace {

using Run = ropa::test::CliRun;

Run cli(const QStringList &args)
{
    return ropa::test::runCli(args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString example()
{
    return QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json");
}

} // namespace

class TestReportsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportEveryFormat_data();
    void exportEveryFormat();
    void csvOptions();
    void scopeAndDate();
    void badUsage_data();
    void badUsage();
};

void TestReportsCli::exportEveryFormat_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    for (const char *record : {"controller", "processor"}) {
        const QString r = QString::fromLatin1(record);
        QTest::newRow(qPrintable(r + QStringLiteral(" xlsx"))) << r << QStringLiteral("xlsx") << QByteArray("PK");
        QTest::newRow(qPrintable(r + QStringLiteral(" pdf"))) << r << QStringLiteral("pdf") << QByteArray("%PDF-");
        QTest::newRow(qPrintable(r + QStringLiteral(" html")))
            << r << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow(qPrintable(r + QStringLiteral(" odt"))) << r << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow(qPrintable(r + QStringLiteral(" csv"))) << r << QStringLiteral("csv") << QByteArray("\"");
        QTest::newRow(qPrintable(r + QStringLiteral(" md"))) << r << QStringLiteral("md") << QByteArray("# Record");
    }
}

void TestReportsCli::exportEveryFormat()
{
    QFETCH(QString, record);
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    // From a .ropa file, as a user has it.
    const QString ropa = dir.filePath(QStringLiteral("p.ropa"));
    Run r = cli({QStringLiteral("import-json"), example(), QStringLiteral("-o"), ropa});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = dir.filePath(QStringLiteral("record.") + format);
    r = cli({QStringLiteral("export"), ropa, QStringLiteral("--record"), record, QStringLiteral("--format"), format,
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains(QByteArray(QByteArray("Wrote the ") + record.toUtf8() + QByteArray(" record"))));
    QVERIFY(readAll(out).startsWith(magic));
    if (format == QLatin1StringView("html") || format == QLatin1StringView("md")) {
        const QByteArray text = readAll(out);
        QVERIFY(text.contains(record == QLatin1StringView("controller") ? "Art. 30(1)(g)" : "Art. 30(2)"));
        if (record == QLatin1StringView("controller"))
            QVERIFY(text.contains("Customer service calls"));
    }
}

void TestReportsCli::csvOptions()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("hostile.json"));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Without its NUL: the JSON format refuses \u0000 (docs/json-format.md), so no NUL can
        // reach the CLI through a JSON file.
        ProjectData hostile = test::hostileProject();
        for (QString &purpose : hostile.activities.at(test::fixedId(60)).purposes)
            purpose.remove(QChar(u'\0'));
        f.write(json::writeProject(hostile));
    }
    const QString safe = dir.filePath(QStringLiteral("safe.csv"));
    Run r = cli({QStringLiteral("export"), json, QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--bom"), QStringLiteral("-o"), safe});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray bytes = readAll(safe);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    const QString raw = dir.filePath(QStringLiteral("raw.csv"));
    r = cli({QStringLiteral("export"), json, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--raw"),
             QStringLiteral("--table"), QStringLiteral("record"), QStringLiteral("-o"), raw});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bytes = readAll(raw);
    QVERIFY(bytes.startsWith("\""));
    QVERIFY(bytes.contains("\"=HYPERLINK(\"\"http://x\"\")\""));
    const QString transfers = dir.filePath(QStringLiteral("transfers.csv"));
    r = cli({QStringLiteral("export"), json, QStringLiteral("--table"), QStringLiteral("transfers"),
             QStringLiteral("-o"), transfers});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(readAll(transfers).contains("South Africa"));
}

void TestReportsCli::scopeAndDate()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.md"));
    const Run r =
        cli({QStringLiteral("export"), example(), QStringLiteral("--owner"), QStringLiteral("Quality Manager"),
             QStringLiteral("--date"), QStringLiteral("2026-01-02"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("(2 activities"));
    const QByteArray md = readAll(out);
    QVERIFY(md.contains("2026\\-01\\-02") || md.contains("2026-01-02"));
    QVERIFY(md.contains("Quality monitoring of call recordings"));
    QVERIFY(!md.contains("Billing and invoicing"));
}

void TestReportsCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                               << QByteArray("-o OUT is required");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
                                               QStringLiteral("x.docx")}
                                << QByteArray("unknown format");
    QTest::newRow("bad record") << QStringList{QStringLiteral("--record"), QStringLiteral("joint"),
                                               QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                << QByteArray("--record must be");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("-o"),
                                                 QStringLiteral("x.pdf")}
                                  << QByteArray("not available");
    QTest::newRow("bad table") << QStringList{QStringLiteral("--table"), QStringLiteral("nope"), QStringLiteral("-o"),
                                              QStringLiteral("OUTDIR/x.csv")}
                               << QByteArray("no table");
    QTest::newRow("bad entity") << QStringList{QStringLiteral("--entity"), QStringLiteral("Nobody"),
                                               QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                << QByteArray("no own entity");
}

void TestReportsCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    for (QString &a : args)
        a.replace(QStringLiteral("OUTDIR"), dir.path());
    const Run r = cli(QStringList{QStringLiteral("export"), example()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestReportsCli)
#include "test_reports_cli.moc"
