// ropa-cli check through the real binary: text and JSON output, exit codes for --fail-on.

#include "checksproject.h"
#include "store/jsonformat.h"

#include "common/clirunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using I = ropa::test::ChecksIds;

namespace {

using Run = ropa::test::CliRun;

Run cli(const QStringList &args)
{
    return ropa::test::runCli(args);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestChecksCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clean, m_medium, m_low, m_high;

    QString write(const char *name, const ProjectData &d)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        return writeAll(path, json::writeProject(d)) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ProjectData d = test::cleanProject();
        m_clean = write("clean.json", d);
        d.activities.at(I::support()).lastReviewed.reset(); // low
        m_low = write("low.json", d);
        d.activities.at(I::support()).dataCategories.clear(); // + medium
        m_medium = write("medium.json", d);
        d.transfers.at(I::toCloud()).mechanism = Mechanism::PrivacyShield; // + high
        m_high = write("high.json", d);
        QVERIFY(!m_clean.isEmpty() && !m_low.isEmpty() && !m_medium.isEmpty() && !m_high.isEmpty());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("failOn"); // empty: default (low)
        QTest::addColumn<int>("exitCode");
        const QString none;
        QTest::newRow("clean, default") << m_clean << none << 0;
        QTest::newRow("clean, low") << m_clean << QStringLiteral("low") << 0;
        QTest::newRow("low, default") << m_low << none << 1;
        QTest::newRow("low, low") << m_low << QStringLiteral("low") << 1;
        QTest::newRow("low, medium") << m_low << QStringLiteral("medium") << 0;
        QTest::newRow("medium, medium") << m_medium << QStringLiteral("medium") << 1;
        QTest::newRow("medium, high") << m_medium << QStringLiteral("high") << 0;
        QTest::newRow("high, HIGH") << m_high << QStringLiteral("HIGH") << 1;
        QTest::newRow("bad threshold") << m_high << QStringLiteral("critical") << 2;
    }
    void exitCodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, failOn);
        QFETCH(int, exitCode);
        QStringList args{QStringLiteral("check"), file, QStringLiteral("--today"), QStringLiteral("2025-06-01")};
        if (!failOn.isEmpty())
            args << QStringLiteral("--fail-on") << failOn;
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            QCOMPARE(r.err,
                     QByteArray("ropa-cli: check: --fail-on must be high, medium or low, not \u201ccritical\u201d\n"));
        else
            QVERIFY(r.err.isEmpty());
    }

    void badInput()
    {
        QCOMPARE(cli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.json"))}).exitCode, 2);
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeAll(broken, "{ not json"));
        QCOMPARE(cli({QStringLiteral("check"), broken}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("check"), m_clean, QStringLiteral("--today"), QStringLiteral("yesterday")}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("check")}).exitCode, 2);
        const Run help = cli({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: ropa-cli check"));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("check"));
    }

    void textOutput()
    {
        const Run r = cli({QStringLiteral("check"), m_medium, QStringLiteral("--today"), QStringLiteral("2025-06-01")});
        QCOMPARE(r.exitCode, 1);
        const QString expected =
            // The entity by its kind and name, as the window names it (the id is in --json).
            QStringLiteral("Medium  ART30-CATEGORIES-MISSING\tactivity \u201cCustomer support\u201d\t"
                           "Activity \u201cCustomer support\u201d names no data categories.\n"
                           "Low     REVIEW-OVERDUE\tactivity \u201cCustomer support\u201d\t"
                           "Activity \u201cCustomer support\u201d has never been reviewed.\n"
                           "2 findings: 0 high, 1 medium, 1 low\n");
        QCOMPARE(QString::fromUtf8(r.out), expected);
    }

    void jsonOutput()
    {
        const Run r = cli({QStringLiteral("check"), m_high, QStringLiteral("--json"), QStringLiteral("--today"),
                           QStringLiteral("2025-06-01"), QStringLiteral("--fail-on"), QStringLiteral("high")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("checked_on")).toString(), QStringLiteral("2025-06-01"));
        QCOMPARE(root.value(QStringLiteral("fail_on")).toString(), QStringLiteral("high"));
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("high")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("medium")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("low")).toInt(), 1);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 3);
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("XFER-INVALID-MECHANISM"));
        QCOMPARE(first.value(QStringLiteral("reference")).toString(), QStringLiteral("Art. 44, 45 GDPR"));
        const QJsonObject entity = first.value(QStringLiteral("entity")).toObject();
        QCOMPARE(entity.value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
        QCOMPARE(entity.value(QStringLiteral("id")).toString(), QStringLiteral("00000000-0000-4000-8000-000000000070"));
        QCOMPARE(entity.value(QStringLiteral("name")).toString(), QStringLiteral("Acme B.V. \u2192 CloudCo"));
        QVERIFY(first.value(QStringLiteral("detail")).isNull());
        QVERIFY(first.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral(
                        "Transfer \u201cAcme B.V. \u2192 CloudCo\u201d relies on the EU-U.S. Privacy Shield")));
        QVERIFY(!first.value(QStringLiteral("hint")).toString().isEmpty());
        QCOMPARE(first.value(QStringLiteral("accepted")).toBool(), false);
    }

    void demoExample()
    {
        const Run r = cli({QStringLiteral("check"),
                           QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(root.value(QStringLiteral("findings")).toArray().size() > 0);
    }

    void acceptedFindingsDoNotFail()
    {
        // The low.json project has one low finding (review overdue); accept it in the file.
        ProjectData d = test::cleanProject();
        d.activities.at(I::support()).lastReviewed.reset();
        d.acceptedFindings = {{QStringLiteral("REVIEW-OVERDUE"),
                               I::support(),
                               {},
                               QStringLiteral("Reviewed in the June audit"),
                               QDate(2025, 6, 2)},
                              {QStringLiteral("PROC-DPA-MISSING"),
                               I::cloud(),
                               {},
                               QStringLiteral("Old; DPA since signed"),
                               QDate(2025, 5, 1)}};
        sortAcceptedFindings(d.acceptedFindings);
        const QString path = write("accepted.json", d);
        const QStringList today{QStringLiteral("--today"), QStringLiteral("2025-06-01")};

        const Run text = cli(QStringList{QStringLiteral("check"), path} + today);
        QCOMPARE(text.exitCode, 0); // the only finding is accepted
        QVERIFY2(text.out.contains("REVIEW-OVERDUE"), text.out.constData());
        QVERIFY2(text.out.contains("\taccepted 2025-06-02: Reviewed in the June audit\n"), text.out.constData());
        QVERIFY2(text.out.endsWith("1 finding: 0 high, 0 medium, 0 low open, 1 accepted\n"), text.out.constData());

        const Run json = cli(QStringList{QStringLiteral("check"), path, QStringLiteral("--json")} + today);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("accepted")).toInt(), 1);
        const QJsonObject f = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("accepted")).toBool(), true);
        QCOMPARE(f.value(QStringLiteral("justification")).toString(), QStringLiteral("Reviewed in the June audit"));
        QCOMPARE(f.value(QStringLiteral("accepted_on")).toString(), QStringLiteral("2025-06-02"));
        // The DPA finding no longer occurs (the cloud party has a DPA date): listed, kept.
        const QJsonArray stale = root.value(QStringLiteral("accepted_no_longer_applies")).toArray();
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("PROC-DPA-MISSING"));
        QCOMPARE(stale.at(0).toObject().value(QStringLiteral("justification")).toString(),
                 QStringLiteral("Old; DPA since signed"));

        // Without the acceptance the same project fails.
        d.acceptedFindings.removeIf(
            [](const AcceptedFinding &a) { return a.rule == QStringLiteral("REVIEW-OVERDUE"); });
        QCOMPARE(d.acceptedFindings.size(), 1);
        QCOMPARE(cli(QStringList{QStringLiteral("check"), write("open.json", d)} + today).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestChecksCli)
#include "test_checks_cli.moc"
