// Runs the real ropa-cli binary, as a consultant's script would.

#include "common/sampleproject.h"
#include "store/jsonformat.h"

#include "common/clirunner.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

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

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString example()
{
    return QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"new", "info", "validate", "export-json", "import-json"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpOnEveryCommand()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QByteArray(QByteArray("Usage: ropa-cli ") + command.toUtf8())));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no command") << QStringList{} << QByteArray("Usage: ropa-cli COMMAND");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QByteArray("ropa-cli: unknown command \xe2\x80\x9c"
                                                       "frobnicate\xe2\x80\x9d (see ropa-cli --help)\n");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus"),
                                                       QStringLiteral("x.ropa")}
                                        << QByteArray(
                                               "ropa-cli: info: Unknown option 'bogus'. (see ropa-cli info --help)\n");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("validate")}
            << QByteArray("ropa-cli: validate: expected 1 file argument(s) (see ropa-cli validate --help)\n");
        QTest::newRow("new without name")
            << QStringList{QStringLiteral("new"), QStringLiteral("x.ropa")}
            << QByteArray("ropa-cli: new: --name is required (the name of your organisation)\n");
        QTest::newRow("new with bad country")
            << QStringList{QStringLiteral("new"), QStringLiteral("x.ropa"),    QStringLiteral("--name"),
                           QStringLiteral("A"),   QStringLiteral("--country"), QStringLiteral("ZZ")}
            << QByteArray("ropa-cli: new: \xe2\x80\x9cZZ\xe2\x80\x9d is not an ISO 3166-1 alpha-2 country code\n");
    }
    void usageErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(expected), r.err.constData());
    }

    void newInfoValidate()
    {
        const QString file = path("new.ropa");
        Run r = cli({QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Noordwind B.V."),
                     QStringLiteral("--country"), QStringLiteral("nl")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(file));

        r = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("Noordwind B.V."));
        QCOMPARE(info.value(QStringLiteral("format_version")).toInt(), 8); // the .ropa format (8: decision 0028)
        QCOMPARE(info.value(QStringLiteral("own_entities")).toArray().size(), 1);
        QCOMPARE(info.value(QStringLiteral("own_entities"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("country"))
                     .toString(),
                 QStringLiteral("NL"));
        QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("parties")).toInt(), 1);

        r = cli({QStringLiteral("info"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Own entities:   Noordwind B.V. (NL)"));

        r = cli({QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("OK: "));

        // new never replaces a file unless told to.
        const QByteArray before = readAll(file);
        r = cli({QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Other")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already exists"));
        QCOMPARE(readAll(file), before);
    }

    // --lang on any command: the usage, the help, the messages and the errors in that language.
    void messagesInTheChosenLanguage()
    {
        Run r = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("nl")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Gebruik: ropa-cli OPDRACHT [opties] BESTAND"), r.out.constData());
        QVERIFY(r.out.contains("Opdrachten:"));
        QVERIFY(r.out.contains("Afsluitcodes:"));

        r = cli({QStringLiteral("validate"), QStringLiteral("--help"), QStringLiteral("--lang=de")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Prüft"), r.out.constData());

        const QString missing = path("ontbreekt.ropa");
        r = cli({QStringLiteral("validate"), missing, QStringLiteral("--lang"), QStringLiteral("nl")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("ropa-cli: ") && !r.err.contains("could not") && !r.err.contains("does not exist"),
                 r.err.constData());

        const QString file = path("sprache.ropa");
        r = cli({QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Nordwind GmbH"),
                 QStringLiteral("--country"), QStringLiteral("DE"), QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Erstellt: "), r.out.constData());
        r = cli({QStringLiteral("info"), file, QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Eigene Stellen:") && r.out.contains("Nordwind GmbH (DE)"), r.out.constData());
        r = cli({QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--lang"),
                 QStringLiteral("nl")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bestaat al"), r.err.constData());

        // Without --lang, English, as before.
        r = cli({QStringLiteral("info"), file});
        QVERIFY(r.out.contains("Own entities:   Nordwind GmbH (DE)"));

        r = cli({QStringLiteral("info"), file, QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("fr") && r.err.contains("nl"), r.err.constData());
    }

    // JSON -> .ropa -> JSON is byte-identical, through the real binary.
    void jsonThroughRopaIsByteIdentical_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("bundled example") << example();
        const QString sample = m_dir.filePath(QStringLiteral("sample.json"));
        QVERIFY(writeAll(sample, json::writeProject(test::sampleProject())));
        QTest::newRow("every field") << sample;
    }
    void jsonThroughRopaIsByteIdentical()
    {
        QFETCH(QString, input);
        const QString ropa = path("roundtrip.ropa");
        const QString out = path("roundtrip.json");
        QFile::remove(ropa);
        Run r = cli({QStringLiteral("import-json"), input, QStringLiteral("-o"), ropa});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("export-json"), ropa, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readAll(out), readAll(input));
        // And to standard output.
        r = cli({QStringLiteral("export-json"), ropa});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, readAll(input));
        QCOMPARE(cli({QStringLiteral("validate"), input}).exitCode, 0);
    }

    void invalidJsonImportsNothing()
    {
        QByteArray bytes = json::writeProject(test::sampleProject());
        bytes.replace("\"mechanism\": \"scc\"", "\"mechanism\": \"shield\"");
        const QString bad = path("bad.json");
        QVERIFY(writeAll(bad, bytes));
        const QString ropa = path("bad.ropa");
        Run r = cli({QStringLiteral("import-json"), bad, QStringLiteral("-o"), ropa});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("ropa-cli: transfer 00000000-0000-4000-8000-000000000070 (\xe2\x80\x9c"
                                  "Call recording\xe2\x80\x9d), key "
                                  "\xe2\x80\x9cmechanism\xe2\x80\x9d: \xe2\x80\x9cshield\xe2\x80\x9d is not one of:"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(ropa));
        r = cli({QStringLiteral("validate"), bad});
        QCOMPARE(r.exitCode, 2);
    }

    void hostileFilesExitTwo()
    {
        const QString notRopa = path("notes.ropa");
        QVERIFY(writeAll(notRopa, "just some text, not a database\n"));
        Run r = cli({QStringLiteral("validate"), notRopa});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("ropa-cli: "));
        QCOMPARE(readAll(notRopa), QByteArray("just some text, not a database\n"));

        r = cli({QStringLiteral("info"), path("does-not-exist.ropa")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
    }

#if defined(Q_OS_UNIX)
    // A named pipe would block the read forever, a device would be read without end: both are
    // refused at once, by name, as is a link loop (issue #17, items 1, 2 and 6).
    void refusesSpecialFilesAtOnce_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("make");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("named pipe x.json")
            << QStringLiteral("x.json") << QStringLiteral("fifo") << QByteArray("is a named pipe, not a project file.");
        QTest::newRow("named pipe without a suffix")
            << QStringLiteral("pipe") << QStringLiteral("fifo") << QByteArray("is a named pipe, not a project file.");
        QTest::newRow("/dev/zero behind x.json")
            << QStringLiteral("zero.json") << QStringLiteral("zero") << QByteArray("is a device, not a project file.");
        QTest::newRow("link loop") << QStringLiteral("loop.json") << QStringLiteral("loop")
                                   << QByteArray("is a symbolic link that leads back to itself (a loop), so there "
                                                 "is no file to read. Correct or remove the link.");
    }

    void refusesSpecialFilesAtOnce()
    {
        QFETCH(QString, name);
        QFETCH(QString, make);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString p = dir.filePath(name);
        if (make == u"fifo") {
            QCOMPARE(::mkfifo(QFile::encodeName(p).constData(), 0600), 0);
        } else if (make == u"zero") {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), p));
        } else {
            const QString other = dir.filePath(QStringLiteral("other.json"));
            QVERIFY(QFile::link(other, p));
            QVERIFY(QFile::link(p, other));
        }
        QElapsedTimer timer;
        timer.start();
        const Run r = cli({QStringLiteral("validate"), p});
        QVERIFY(timer.elapsed() < 30000);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("ropa-cli: \xe2\x80\x9c" + name.toUtf8() + "\xe2\x80\x9d " + expected + '\n'));
        QVERIFY(r.out.isEmpty());
    }
#endif

    // Only ropa-cli's own messages reach stderr: not Qt's note that XDG_RUNTIME_DIR is not set,
    // which a command that renders (and so starts Qt's GUI part) would print.
    void printsOnlyItsOwnMessages()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("ROPA_CLI_DIAGNOSTICS"));
        p.setProcessEnvironment(env);
        const QString out = path("graph-env.png");
        p.start(QStringLiteral(ROPA_CLI_PATH), {QStringLiteral("graph"), example(), QStringLiteral("--format"),
                                                QStringLiteral("png"), QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
        QVERIFY(QFile::exists(out));
    }

    // A project damaged outside Ropa (a letter changed in its bytes, which SQLite's own check
    // does not see) is refused by validate with exit 2 and the reason (issue #17, item 4).
    void validateRefusesChangedContent()
    {
        const QString p = path("damaged.ropa");
        QCOMPARE(cli({QStringLiteral("new"), p, QStringLiteral("--name"), QStringLiteral("Probe ABCDEFGH")}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("validate"), p}).exitCode, 0);
        QByteArray bytes = readAll(p);
        const qsizetype at = bytes.indexOf("ABCDEFGH");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        QVERIFY(writeAll(p, bytes));
        const Run r = cli({QStringLiteral("validate"), p});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("ropa-cli: \xe2\x80\x9c"
                                  "damaged.ropa\xe2\x80\x9d was changed or damaged outside Ropa: its "
                                  "content no longer matches the checksum of its last save (changed: "),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
