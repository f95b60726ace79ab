// ropa-cli subprocessors import and history on a project, run as a DPO's script would:
// the first version applied and saved, the next one's changes as JSON with --dry-run (nothing
// saved), and the versions the project keeps.

#include "applyproject.h"
#include "common/clirunner.h"

#include "store/jsonformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using namespace ropa::test;

namespace {

QJsonObject parse(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", out.constData());
    return o;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSubprocessorsImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importDryRunAndHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("callcentre.json"));
        {
            QFile f(project);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json::writeProject(applyProject()));
        }
        const QString vendor = QStringLiteral("--vendor");

        // The first version, applied and saved (the vendor named without its legal form).
        auto run =
            runCli({QStringLiteral("subprocessors"), QStringLiteral("import"), project,
                    applyFixture("callcloud-v1.csv"), vendor, QStringLiteral("callcloud"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject o = parse(run.out);
        QVERIFY(o.value(QStringLiteral("applied")).toBool());
        QVERIFY(o.value(QStringLiteral("firstVersion")).toBool());
        // Northgate Hosting GmbH is the project's "Northgate Hosting": three new parties, four transfers.
        QCOMPARE(o.value(QStringLiteral("newParties")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("newTransfers")).toInt(), 4);
        const QByteArray saved = contents(project);
        QVERIFY(saved.contains("\"subprocessor_lists\""));

        // The next version with a notice date, as a dry run: the changes, no save.
        run = runCli({QStringLiteral("subprocessors"), QStringLiteral("import"), project,
                      applyFixture("callcloud-v2.md"), vendor, QStringLiteral("CallCloud B.V."),
                      QStringLiteral("--notice"), QStringLiteral("2026-02-19"), QStringLiteral("--updated"),
                      QStringLiteral("2026-02-01"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        o = parse(run.out);
        QVERIFY(!o.value(QStringLiteral("applied")).toBool());
        const QJsonObject changes = o.value(QStringLiteral("changes")).toObject();
        const QJsonArray added = changes.value(QStringLiteral("added")).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Kestrel Voice Labs Pvt Ltd"));
        QCOMPARE(strings(added.at(0)[QStringLiteral("countries")]), QStringList{QStringLiteral("IN")});
        const QJsonArray removed = changes.value(QStringLiteral("removed")).toArray();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Globex CDN Inc."));
        const QJsonArray renamed = changes.value(QStringLiteral("renamed")).toArray();
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.at(0)[QStringLiteral("oldName")].toString(), QStringLiteral("Quillon Speech Services B.V."));
        const QJsonArray reach =
            o.value(QStringLiteral("impact")).toObject().value(QStringLiteral("newReach")).toArray();
        QCOMPARE(reach.size(), 1);
        QCOMPARE(reach.at(0)[QStringLiteral("category")].toString(), QStringLiteral("Call recordings"));
        QCOMPARE(strings(reach.at(0)[QStringLiteral("countries")]), QStringList{QStringLiteral("IN")});
        QCOMPARE(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-21"));
        QCOMPARE(contents(project), saved);

        // The history: the one version saved.
        run = runCli({QStringLiteral("subprocessors"), QStringLiteral("history"), project, vendor,
                      QStringLiteral("CallCloud"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        o = parse(run.out);
        const QJsonArray versions = o.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.at(0)[QStringLiteral("rows")].toInt(), 4);
        QCOMPARE(versions.at(0)[QStringLiteral("source")].toString(), QStringLiteral("callcloud-v1.csv"));

        // An unknown vendor: a clear message, exit code 2.
        run = runCli({QStringLiteral("subprocessors"), QStringLiteral("import"), project,
                      applyFixture("callcloud-v2.md"), vendor, QStringLiteral("Nobody")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Nobody"));
        QCOMPARE(contents(project), saved);
    }

    // A .ropa project keeps the versions (format 8): two imports, then the history of both.
    void importIntoRopa()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("start.json"));
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json::writeProject(applyProject()));
        }
        const QString project = dir.filePath(QStringLiteral("callcentre.ropa"));
        QCOMPARE(runCli({QStringLiteral("import-json"), json, QStringLiteral("-o"), project}).exitCode, 0);
        const QString vendor = QStringLiteral("--vendor");
        QCOMPARE(runCli({QStringLiteral("subprocessors"), QStringLiteral("import"), project,
                         applyFixture("callcloud-v1.csv"), vendor, QStringLiteral("CallCloud")})
                     .exitCode,
                 0);
        const auto second =
            runCli({QStringLiteral("subprocessors"), QStringLiteral("import"), project, applyFixture("callcloud-v2.md"),
                    vendor, QStringLiteral("CallCloud"), QStringLiteral("--notice"), QStringLiteral("2026-02-19")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains("Kestrel Voice Labs Pvt Ltd"));
        QVERIFY2(second.out.contains(", 1 new transfer"), second.out.constData());
        QVERIFY(second.out.contains("can now reach: India"));
        const auto run = runCli({QStringLiteral("subprocessors"), QStringLiteral("history"), project, vendor,
                                 QStringLiteral("CallCloud"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parse(run.out);
        const QJsonArray versions = o.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        const QJsonObject changes = versions.at(1)[QStringLiteral("changes")].toObject();
        QCOMPARE(changes.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(changes.value(QStringLiteral("removed")).toArray().size(), 1);
        QCOMPARE(versions.at(1)[QStringLiteral("noticeReceived")].toString(), QStringLiteral("2026-02-19"));
        QCOMPARE(o.value(QStringLiteral("noticePeriodDays")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-21"));
    }
};

QTEST_GUILESS_MAIN(TestSubprocessorsImportCli)
#include "test_subprocessors_import_cli.moc"
