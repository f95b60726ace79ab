// ropa-cli with the Dutch government register's JSON, as a DPO's script would run it: the
// export found by its content, read into a new project and back from Ropa's own export, and
// a hostile file refused with exit code 2 and the project left as it was.

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
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/avg/") + QString::fromUtf8(name);
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

class TestAvgRegisterCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importFoundByContentThenExportReadsBack()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("register.ropa"));
        const auto first =
            runCli({QStringLiteral("import"), fixture("several-records-bom.json"), QStringLiteral("-o"), project,
                    QStringLiteral("--name"), QStringLiteral("Voorbeeldzaken"), QStringLiteral("--json")});
        // Done, with values left unresolved (prose recipients, a retention without a period).
        QCOMPARE(first.exitCode, 1);
        const QJsonObject o = json(first.out);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("avg-register"));
        QCOMPARE(o.value(QStringLiteral("records"))[QStringLiteral("controller")].toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("records"))[QStringLiteral("processor")].toInt(), 1);
        QCOMPARE(strings(o.value(QStringLiteral("activities"))[QStringLiteral("added")]).size(), 3);
        QStringList recipients;
        for (const QJsonValue &u : o.value(QStringLiteral("unresolved")).toArray()) {
            if (u[QStringLiteral("field")].toString() == u"recipients")
                recipients.append(u[QStringLiteral("value")].toString());
        }
        QCOMPARE(recipients,
                 (QStringList{QStringLiteral("UWV, bij een aanvraag WIA"), QStringLiteral("Belastingdienst")}));

        const QString exported = dir.filePath(QStringLiteral("export.json"));
        const auto exportRun = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                       QStringLiteral("avg-register-json"), QStringLiteral("-o"), exported});
        QCOMPARE(exportRun.exitCode, 0);
        QVERIFY(fileBytes(exported).startsWith("\xEF\xBB\xBF["));

        // Read back into the project it came from: nothing to add or change.
        const QByteArray saved = fileBytes(project);
        const auto back =
            runCli({QStringLiteral("import"), exported, QStringLiteral("--into"), project, QStringLiteral("--json")});
        QVERIFY2(back.exitCode == 0 || back.exitCode == 1, back.err.constData());
        const QJsonObject b = json(back.out);
        QVERIFY(strings(b.value(QStringLiteral("activities"))[QStringLiteral("added")]).isEmpty());
        QVERIFY(strings(b.value(QStringLiteral("activities"))[QStringLiteral("updated")]).isEmpty());
        QCOMPARE(strings(b.value(QStringLiteral("activities"))[QStringLiteral("matched")]).size(), 3);
        const QJsonObject entities = b.value(QStringLiteral("entities")).toObject();
        for (auto it = entities.constBegin(); it != entities.constEnd(); ++it)
            QVERIFY2(it.value()[QStringLiteral("added")].toInt() == 0, qPrintable(it.key()));
    }

    void templateGivenWhateverTheName()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("register.txt"));
        QVERIFY(QFile::copy(fixture("prose-recipients.json"), copy));
        const auto run =
            runCli({QStringLiteral("import"), copy, QStringLiteral("--template"), QStringLiteral("avg-register"),
                    QStringLiteral("-o"), dir.filePath(QStringLiteral("p.ropa")), QStringLiteral("--name"),
                    QStringLiteral("X"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 1); // the two prose recipients are listed
        QVERIFY2(run.out.contains("Nationale ombudsman"), run.out.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.ropa"))));
    }

    void hostileFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("duplicate key") << fileBytes(fixture("duplicate-keys.json"));
        QTest::newRow("deep nesting") << QByteArray("[{\"Naam\": \"x\", \"Doelen\": ") + QByteArray(5000, '[') +
                                             QByteArray(5000, ']') + "}]";
        QTest::newRow("wrong top level") << QByteArray("{\"Naam\": \"x\", \"Doelen\": 3, \"Verantwoordelijken\": 4");
    }

    void hostileFileChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ropa"));
        QCOMPARE(runCli({QStringLiteral("import"), fixture("one-record.json"), QStringLiteral("-o"), project,
                         QStringLiteral("--name"), QStringLiteral("X")})
                     .exitCode,
                 1);
        const QByteArray before = fileBytes(project);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto run = runCli({QStringLiteral("import"), bad, QStringLiteral("--template"),
                                 QStringLiteral("avg-register"), QStringLiteral("--into"), project});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(fileBytes(project), before);
    }
};

QTEST_GUILESS_MAIN(TestAvgRegisterCli)
#include "test_avgregister_cli.moc"
