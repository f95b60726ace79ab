// ropa-cli in Dutch and German: `check --lang` prints the findings, the legal terms they quote
// and the summary in that language; `graph --lang` draws the title, labels and legend in it.
// The real binary, as a DPO's script runs it.

#include "common/clirunner.h"
#include "reports/reportfixture.h"
#include "store/jsonformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ropa;

class TestCliI18n : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString run(const QStringList &args, int expectedExit)
    {
        const test::CliRun r = test::runCli(args);
        if (r.exitCode != expectedExit) {
            qWarning("ropa-cli %s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode, r.err.constData());
            return {};
        }
        return QString::fromUtf8(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The report project, with a transfer under Privacy Shield and one claiming adequacy for
        // South Africa: findings that quote the reference data's mechanism and judgment.
        ProjectData d = test::reportProject();
        Transfer &toUs = d.transfers.at(test::fixedId(70));
        toUs.mechanism = Mechanism::PrivacyShield;
        toUs.sccModule.reset();
        Transfer &toZa = d.transfers.at(test::fixedId(72));
        toZa.mechanism = Mechanism::Adequacy;
        toZa.derogation.reset();
        m_project = m_dir.filePath(u"project.json"_s);
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json::writeProject(d));
    }

    void check_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("nl") << u"nl"_s
                            << QStringList{u"HvJ EU C-311/18"_s,
                                           u"het EU-VS-privacyschild"_s,
                                           u"“Adequaatheidsbesluit”"_s,
                                           u"Zuid-Afrika"_s,
                                           u"bevindingen: "_s,
                                           u" hoog, "_s,
                                           u" laag"_s,
                                           u"16-07-2020"_s}
                            << QStringList{u"2020-07-16"_s,        u"CJEU"_s,         u"finding(s)"_s,
                                           u"Adequacy decision"_s, u"South Africa"_s, u"Transfer “"_s};
        QTest::newRow("de") << u"de"_s << QStringList{u"EuGH C-311/18"_s, u"„Angemessenheitsbeschluss“"_s,
                                                      u"Südafrika"_s,     u"Befunde: "_s,
                                                      u" hoch, "_s,       u" niedrig"_s,
                                                      u"16.07.2020"_s}
                            << QStringList{u"2020-07-16"_s,        u"CJEU"_s,         u"finding(s)"_s,
                                           u"Adequacy decision"_s, u"South Africa"_s, u"Transfer “"_s};
        QTest::newRow("en") << u"en"_s << QStringList{u"CJEU C-311/18"_s, u"“Adequacy decision”"_s,
                                                      u"South Africa"_s,  u" findings: "_s,
                                                      u" high, "_s,       u"2020-07-16"_s}
                            << QStringList{u"HvJ"_s, u"EuGH"_s, u"bevinding"_s, u"Befund"_s, u"finding(s)"_s};
    }

    // Text and JSON: the messages in the language; severities, rule ids and keys unchanged.
    void check()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString text = run({u"check"_s, m_project, u"--today"_s, u"2026-11-23"_s, u"--lang"_s, language}, 1);
        QVERIFY(!text.isEmpty());
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(u"%1: no “%2” in:\n%3"_s.arg(language, e, text)));
        for (const QString &u : unexpected)
            QVERIFY2(!text.contains(u), qPrintable(u"%1: “%2” in:\n%3"_s.arg(language, u, text)));
        // Severities and entities in the language too, entities by name, never by their id.
        const QString high = language == u"nl"_s ? u"Hoog"_s : language == u"de"_s ? u"Hoch"_s : u"High"_s;
        QVERIFY2(text.contains(high + u"    XFER-INVALID-MECHANISM\t"_s), qPrintable(text));
        static const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-"_s);
        QVERIFY2(!text.contains(uuid), qPrintable(text));

        const QString json =
            run({u"check"_s, m_project, u"--today"_s, u"2026-11-23"_s, u"--json"_s, u"--lang"_s, language}, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(root.value(u"language").toString(), language);
        QString messages;
        for (const QJsonValue &f : root.value(u"findings").toArray()) {
            QVERIFY(!f[u"rule"_s].toString().isEmpty());
            messages += f[u"message"_s].toString() + u'\n';
        }
        QVERIFY2(messages.contains(expected.constFirst()), qPrintable(messages));
        QVERIFY2(!messages.contains(unexpected.constFirst()), qPrintable(messages));
    }

    void checkRefusesUnknownLanguage()
    {
        const test::CliRun r = test::runCli({u"check"_s, m_project, u"--lang"_s, u"fr"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("language \xe2\x80\x9c"
                                "fr\xe2\x80\x9d is not available"),
                 r.err.constData());
        QVERIFY2(r.err.contains("nl") && r.err.contains("de"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void graph_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("svg nl") << u"nl"_s << u"svg"_s
                                << QStringList{u"Gestippeld kader: een categorie ontvangers"_s, u"binnen de EER"_s,
                                               u"Verenigde Staten (US)"_s, u"verwerker"_s, u"verdere doorgiften"_s}
                                << QStringList{u"Dashed box"_s, u"within the EEA"_s, u"United States"_s,
                                               u"processor"_s};
        QTest::newRow("svg de") << u"de"_s << u"svg"_s
                                << QStringList{u"Gestrichelter Rahmen: eine Kategorie von Empfängern"_s,
                                               u"innerhalb des EWR"_s, u"Vereinigte Staaten (US)"_s,
                                               u"Auftragsverarbeiter"_s, u"Weiterübermittlungen"_s}
                                << QStringList{u"Dashed box"_s, u"within the EEA"_s, u"United States"_s,
                                               u"processor"_s};
        QTest::newRow("dot de") << u"de"_s << u"dot"_s
                                << QStringList{u"Vereinigte Staaten (US)"_s, u"Auftragsverarbeiter"_s,
                                               u"kein gültiges Instrument"_s}
                                << QStringList{u"United States"_s, u"processor"_s, u"no valid mechanism"_s};
        QTest::newRow("svg en") << u"en"_s << u"svg"_s
                                << QStringList{u"Dashed box: a category of recipients"_s, u"within the EEA"_s,
                                               u"United States (US)"_s, u"processor"_s}
                                << QStringList{u"Gestippeld"_s, u"Gestrichelt"_s};
    }

    void graph()
    {
        QFETCH(QString, language);
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString text = run({u"graph"_s, m_project, u"--format"_s, format, u"--lang"_s, language}, 0);
        QVERIFY(!text.isEmpty());
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(u"%1 %2: no “%3”"_s.arg(language, format, e)));
        for (const QString &u : unexpected)
            QVERIFY2(!text.contains(u), qPrintable(u"%1 %2: “%3”"_s.arg(language, format, u)));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "test_cli_i18n.moc"
