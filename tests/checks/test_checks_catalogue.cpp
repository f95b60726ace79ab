// Around the rules (model/checks): the catalogue, severities, durations, the order of the
// findings, destinations and the onward analysis, and the demo example's findings.

#include "checkhelpers.h"

#include "checks/checker.h"
#include "checks/onward.h"
#include "checksproject.h"
#include "domain/project.h"
#include "store/jsonformat.h"

#include <QSet>
#include <QTest>

using namespace ropa;
using namespace ropa::checks;
using namespace ropa::test;
using I = ropa::test::ChecksIds;

class TestChecksCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete()
    {
        QSet<QString> ids;
        for (const Rule &r : catalogue()) {
            QVERIFY2(!ids.contains(r.idString()), r.id);
            ids.insert(r.idString());
            QVERIFY(!r.referenceString().isEmpty());
            QVERIFY(!r.titleText().isEmpty());
            QVERIFY(!r.hintText().isEmpty());
        }
        QVERIFY(ids.size() >= 30);
    }

    void severityKeys()
    {
        QCOMPARE(severityFromKey(u"HIGH"), Severity::High);
        QCOMPARE(severityFromKey(u"medium"), Severity::Medium);
        QCOMPARE(severityFromKey(u"low"), Severity::Low);
        QCOMPARE(severityFromKey(u"critical"), std::nullopt);
        QVERIFY(Severity::High > Severity::Medium && Severity::Medium > Severity::Low);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("days");
        QTest::newRow("years") << QStringLiteral("P6Y") << qint64(2190);
        QTest::newRow("months") << QStringLiteral("P6M") << qint64(180);
        QTest::newRow("mixed") << QStringLiteral("P1Y2M3W4D") << qint64(365 + 60 + 21 + 4);
        QTest::newRow("hours") << QStringLiteral("PT36H") << qint64(2);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("bare P") << QStringLiteral("P") << qint64(-1);
        QTest::newRow("text") << QStringLiteral("six months") << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, days);
        QCOMPARE(approximateDays(text), days);
    }

    void orderIsSeverityThenCatalogue()
    {
        ProjectData d = test::cleanProject();
        support(d).lastReviewed.reset();               // low
        support(d).dataCategories.clear();             // medium
        support(d).purposes.clear();                   // medium, earlier in the catalogue
        toCloud(d).mechanism = Mechanism::SafeHarbour; // high
        const FindingList findings = runChecks(d, {Today});
        QStringList ids;
        for (const Finding &f : findings)
            ids.append(f.ruleId);
        QCOMPARE(ids, (QStringList{QStringLiteral("XFER-INVALID-MECHANISM"), QStringLiteral("ART30-PURPOSE-MISSING"),
                                   QStringLiteral("ART30-CATEGORIES-MISSING"), QStringLiteral("REVIEW-OVERDUE")}));
        QVERIFY(hasOpenAtOrAbove(findings, Severity::High));
        const SeverityCounts counts = countFindings(findings);
        QCOMPARE(counts.high, 1);
        QCOMPARE(counts.medium, 2);
        QCOMPARE(counts.low, 1);
    }

    void destinations()
    {
        ProjectData d = test::cleanProject();
        QVERIFY(isThirdCountry(u"US"));
        QVERIFY(!isThirdCountry(u"DE"));
        QVERIFY(!isThirdCountry(u"NO"));
        QVERIFY(!isThirdCountry(u"EU"));
        QVERIFY(isAdequateCountry(u"JP"));
        QVERIFY(isAdequateCountry(u"CA"));
        QVERIFY(!isAdequateCountry(u"US")); // DPF-certified recipients only
        QVERIFY(!isAdequateCountry(u"IN"));
        toCloud(d).countries.clear(); // falls back on the recipient's country
        QCOMPARE(transferDestinations(d, toCloud(d)), QStringList{QStringLiteral("US")});
    }

    void onwardChainTakesTheBestRoute()
    {
        // A weak route and a strong route to the same country: no finding.
        ProjectData d = test::cleanProject();
        addSub(d, Mechanism::None);
        Transfer direct;
        direct.id = test::fixedId(72);
        direct.from = I::own();
        direct.to = I::sub();
        direct.role = Role::Processor;
        direct.dataCategories = {I::contact()};
        direct.countries = {QStringLiteral("IN")};
        direct.mechanism = Mechanism::Scc;
        direct.tiaDone = QDate(2025, 1, 1);
        d.transfers.emplace(direct.id, direct);
        // IN is reached directly with SCC: the best chain is one hop, and strong.
        QCOMPARE(weakOnwardChains(d).size(), 0);
    }

    void onwardCycleTerminates()
    {
        ProjectData d = test::cleanProject();
        addSub(d, Mechanism::None);
        Transfer back;
        back.id = test::fixedId(72);
        back.from = I::sub();
        back.to = I::cloud();
        back.dataCategories = {I::contact()};
        back.countries = {QStringLiteral("US")};
        back.mechanism = Mechanism::None;
        d.transfers.emplace(back.id, back);
        const QList<WeakChain> chains = weakOnwardChains(d);
        QCOMPARE(chains.size(), 1);
        QCOMPARE(chains.first().countries, QStringList{QStringLiteral("IN")});
        QCOMPARE(chains.first().transfers, (QList<Id>{I::toCloud(), I::toSub()}));
        QCOMPARE(chains.first().weakest, I::toSub());
    }

    void demoExample()
    {
        const json::ReadResult r =
            json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
        QVERIFY2(r.data, qPrintable(r.error));
        const FindingList findings = runChecks(*r.data, {Today});
        QVERIFY(!findings.isEmpty());
        QVERIFY(hasOpenAtOrAbove(findings, Severity::High));
        QSet<QString> keys;
        for (const Finding &f : findings) {
            QVERIFY2(f.rule(), qPrintable(f.ruleId));
            QVERIFY2(r.data->contains(f.kind, f.entity), qPrintable(f.message));
            QVERIFY(!f.message.isEmpty());
            QVERIFY2(!keys.contains(f.key()), qPrintable(f.key())); // keys are unique
            keys.insert(f.key());
        }
        // Deterministic.
        QCOMPARE(runChecks(*r.data, {Today}), findings);
    }
};

QTEST_GUILESS_MAIN(TestChecksCatalogue)
#include "test_checks_catalogue.moc"
