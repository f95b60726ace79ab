// ropa-cli subprocessors read / diff, run as a DPO's script would.

#include "common/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/subprocessors/") + QString::fromUtf8(name);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

class TestSubprocessorsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffJson()
    {
        const auto run =
            ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("diff"), fixture("vendor-v1.csv"),
                                fixture("vendor-v2.csv"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray added = o.value(QStringLiteral("added")).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Kestrel Voice Labs Pvt Ltd"));
        QCOMPARE(strings(added.at(0)[QStringLiteral("countries")]), QStringList{QStringLiteral("IN")});
        const QJsonArray removed = o.value(QStringLiteral("removed")).toArray();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Cirrus Analytics SAS"));
        QCOMPARE(strings(removed.at(0)[QStringLiteral("countries")]), QStringList{QStringLiteral("FR")});
        const QJsonArray renamed = o.value(QStringLiteral("renamed")).toArray();
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Quillon Cloud Inc."));
        QCOMPARE(renamed.at(0)[QStringLiteral("oldName")].toString(), QStringLiteral("Quillon Speech Services B.V."));
        QCOMPARE(strings(renamed.at(0)[QStringLiteral("countries")]), QStringList{QStringLiteral("NL")});
        const QJsonArray changed = o.value(QStringLiteral("changed")).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Helpdesk Harbor AB"));
        QCOMPARE(changed.at(0)[QStringLiteral("field")].toString(), QStringLiteral("location"));
        QCOMPARE(changed.at(0)[QStringLiteral("old")].toString(), QStringLiteral("Sweden"));
        QCOMPARE(changed.at(0)[QStringLiteral("new")].toString(), QStringLiteral("United States"));
        QCOMPARE(strings(changed.at(0)[QStringLiteral("countries")]), QStringList{QStringLiteral("US")});
        QCOMPARE(strings(changed.at(0)[QStringLiteral("oldCountries")]), QStringList{QStringLiteral("SE")});
    }

    void diffTextInGerman()
    {
        const auto run =
            ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("diff"), fixture("vendor-v1.csv"),
                                fixture("vendor-v2.csv"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(run.exitCode, 1);
        const QString text = QString::fromUtf8(run.out);
        // Country names in the language asked for.
        QVERIFY2(text.contains(QStringLiteral("Kestrel Voice Labs Pvt Ltd — Indien")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Vereinigte Staaten")), qPrintable(text));
    }

    void noChange()
    {
        const auto run = ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("diff"),
                                             fixture("vendor-v1.csv"), fixture("vendor-v1.csv")});
        QCOMPARE(run.exitCode, 0);
        const auto json =
            ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("diff"), fixture("vendor-v2.csv"),
                                fixture("vendor-v2.csv"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        for (const char *k : {"added", "removed", "renamed", "changed"}) {
            QVERIFY(o.value(QString::fromUtf8(k)).isArray());
            QVERIFY(o.value(QString::fromUtf8(k)).toArray().isEmpty());
        }
    }

    void badInput()
    {
        const auto noName = ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("diff"),
                                                fixture("vendor-v1.csv"), fixture("no-name-column.csv")});
        QCOMPARE(noName.exitCode, 2);
        QVERIFY2(noName.err.contains("no column of subprocessor names"), noName.err.constData());
        QVERIFY(noName.out.isEmpty());
        const auto empty =
            ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("read"), fixture("empty.csv")});
        QCOMPARE(empty.exitCode, 2);
        const auto oneFile =
            ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("diff"), fixture("vendor-v1.csv")});
        QCOMPARE(oneFile.exitCode, 2);
        const auto unknown = ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("merge")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void readJsonListsUnresolved()
    {
        const auto run = ropa::test::runCli(
            {QStringLiteral("subprocessors"), QStringLiteral("read"), fixture("webpage.md"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0)[QStringLiteral("table")].toString(), QStringLiteral("Affiliates"));
        QCOMPARE(rows.at(2)[QStringLiteral("name")].toString(), QStringLiteral("Northgate Hosting GmbH"));
        QCOMPARE(strings(rows.at(2)[QStringLiteral("countries")]),
                 (QStringList{QStringLiteral("DE"), QStringLiteral("IE")}));
        const QJsonArray unresolved = o.value(QStringLiteral("unresolved")).toArray();
        QCOMPARE(unresolved.size(), 1);
        QCOMPARE(unresolved.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Globex CDN Inc."));
        QCOMPARE(strings(unresolved.at(0)[QStringLiteral("unresolved")]), QStringList{QStringLiteral("Worldwide")});
        QVERIFY(unresolved.at(0)[QStringLiteral("locationNotStated")].toBool());
    }

    void readTextSaysWhatIsUnresolved()
    {
        const auto run =
            ropa::test::runCli({QStringLiteral("subprocessors"), QStringLiteral("read"), fixture("copied-list.txt")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("6 subprocessors read")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Globex CDN Inc.: location not stated (Global)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 3: not understood")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSubprocessorsCli)
#include "test_subprocessors_cli.moc"
