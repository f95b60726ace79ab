// ropa-cli import, run as a DPO's script would: a register into a new project and into an open
// one, a dry run that says what would happen, a mapping given back, and bad input refused with
// exit code 2 and nothing written.

#include "common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ropa::test::runCli;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/") + QString::fromUtf8(name);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonObject json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
    return error.error == QJsonParseError::NoError ? o : QJsonObject();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newProjectThenReimportAddsNothing()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("register.ropa"));
        const auto first = runCli({QStringLiteral("import"), fixture("register.xlsx"), QStringLiteral("-o"), project,
                                   QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--json")});
        // Done, with values left unresolved ("Worldwide", a retention without a period).
        QCOMPARE(first.exitCode, 1);
        const QJsonObject o = json(first.out);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
        QCOMPARE(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("Register"));
        QCOMPARE(o.value(QStringLiteral("heading_row")).toInt(), 5);
        QCOMPARE(
            strings(o.value(QStringLiteral("activities"))[QStringLiteral("added")]),
            (QStringList{QStringLiteral("Payroll"), QStringLiteral("Newsletter"), QStringLiteral("Job applications")}));
        QCOMPARE(o.value(QStringLiteral("written")).toString(), project);
        QStringList unresolved;
        for (const QJsonValue &u : o.value(QStringLiteral("unresolved")).toArray())
            unresolved.append(u[QStringLiteral("value")].toString());
        QVERIFY2(unresolved.contains(QStringLiteral("Worldwide")), qPrintable(unresolved.join(u'|')));
        QVERIFY(QFile::exists(project));

        const QByteArray saved = fileBytes(project);
        const auto again = runCli({QStringLiteral("import"), fixture("register.xlsx"), QStringLiteral("--into"),
                                   project, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 1);
        const QJsonObject a = json(again.out);
        QVERIFY(strings(a.value(QStringLiteral("activities"))[QStringLiteral("added")]).isEmpty());
        QCOMPARE(strings(a.value(QStringLiteral("activities"))[QStringLiteral("matched")]).size(), 3);
        const QJsonObject entities = a.value(QStringLiteral("entities")).toObject();
        for (const QString &kind : entities.keys())
            QCOMPARE(entities.value(kind)[QStringLiteral("added")].toInt(), 0);
        QVERIFY(a.value(QStringLiteral("written")).isNull());
        QCOMPARE(fileBytes(project), saved); // a dry run writes nothing
    }

    void dutchCsvIntoAnOpenProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("gemeente.ropa"));
        QCOMPARE(
            runCli({QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("Gemeente")}).exitCode, 0);
        const auto run =
            runCli({QStringLiteral("import"), fixture("register-nl.csv"), QStringLiteral("--into"), project});
        QCOMPARE(run.exitCode, 1); // "tot intrekking toestemming" has no period
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("CSV, Windows-1252, separator “;”")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("headings in line 3")));
        QVERIFY(text.contains(QStringLiteral("Activities: 3 added")));
        // "(row 5)" once the English plural forms are in translations/ (pending-import.tsv).
        QVERIFY(text.contains(QStringLiteral("retention “tot intrekking toestemming” (row")));
        const auto info = runCli({QStringLiteral("info"), project});
        QVERIFY2(QString::fromUtf8(info.out).contains(QStringLiteral("activities:")), info.out.constData());
    }

    void mappingSavedAndGivenBack()
    {
        QTemporaryDir dir;
        const QString map = dir.filePath(QStringLiteral("map.json"));
        QCOMPARE(runCli({QStringLiteral("import"), fixture("register.xlsx"), QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("a.ropa")), QStringLiteral("--name"), QStringLiteral("A"),
                         QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), map})
                     .exitCode,
                 1);
        // The user says column A is not the name but a note: the purpose names the activity.
        QByteArray mapping = fileBytes(map);
        QVERIFY(mapping.contains("\"field\": \"name\""));
        mapping.replace("\"field\": \"name\"", "\"field\": \"notes\"");
        QFile f(map);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(mapping);
        f.close();
        const auto run =
            runCli({QStringLiteral("import"), fixture("register.xlsx"), QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("b.ropa")), QStringLiteral("--name"), QStringLiteral("B"),
                    QStringLiteral("--mapping"), map, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(strings(json(run.out).value(QStringLiteral("activities"))[QStringLiteral("added")]),
                 (QStringList{QStringLiteral("Paying salaries"), QStringLiteral("Sending the newsletter"),
                              QStringLiteral("Recruitment")}));

        // A mapping with only values: Ropa's columns, the values as the user said.
        QFile values(map);
        QVERIFY(values.open(QIODevice::WriteOnly | QIODevice::Truncate));
        values.write(R"({"version": 1, "values": [{"field": "third_countries", "value": "Worldwide", "as": "India"},
                         {"field": "retention", "value": "until consent is withdrawn", "as": "1 year"}]})");
        values.close();
        const auto said = runCli({QStringLiteral("import"), fixture("register.xlsx"), QStringLiteral("-o"),
                                  dir.filePath(QStringLiteral("c.ropa")), QStringLiteral("--name"), QStringLiteral("C"),
                                  QStringLiteral("--mapping"), map, QStringLiteral("--json")});
        QCOMPARE(said.exitCode, 0); // nothing left unresolved
        QVERIFY(json(said.out).value(QStringLiteral("unresolved")).toArray().isEmpty());
    }

    void badInputIsRefused()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.ropa"));
        const auto bomb = runCli({QStringLiteral("import"), fixture("bomb.xlsx"), QStringLiteral("-o"), out,
                                  QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(bomb.exitCode, 2);
        QVERIFY2(bomb.err.contains("ZIP bomb"), bomb.err.constData());
        const auto xls = runCli({QStringLiteral("import"), fixture("old.xls"), QStringLiteral("-o"), out,
                                 QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(xls.exitCode, 2);
        QVERIFY2(xls.err.contains("save it as XLSX"), xls.err.constData());
        QVERIFY(!QFile::exists(out));
        const auto both = runCli({QStringLiteral("import"), fixture("register.xlsx")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("--into"));
        const auto sheet =
            runCli({QStringLiteral("import"), fixture("register.xlsx"), QStringLiteral("-o"), out,
                    QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--sheet"), QStringLiteral("Nope")});
        QCOMPARE(sheet.exitCode, 2);
        QVERIFY2(sheet.err.contains("Register, Notes"), sheet.err.constData());
        // Headings and no activity under them: nothing to import.
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name;Purpose\r\n");
        f.close();
        const auto none = runCli({QStringLiteral("import"), empty, QStringLiteral("-o"), out, QStringLiteral("--name"),
                                  QStringLiteral("X")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("nothing to import"), none.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "test_import_cli.moc"
