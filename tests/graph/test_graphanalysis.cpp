// The onward-transfer analysis on hand-built graphs with known answers.

#include "graph/transfergraph.h"
#include "graphbuilder.h"

#include <QTest>

using namespace ropa;
using namespace ropa::graph;
using ropa::test::GraphBuilder;

Q_DECLARE_METATYPE(ropa::Mechanism)
Q_DECLARE_METATYPE(ropa::PartyKind)
Q_DECLARE_METATYPE(ropa::graph::Strength)
Q_DECLARE_METATYPE(std::optional<bool>)

namespace {

Id cat(const QString &name)
{
    return GraphBuilder::idFor(QStringLiteral("category"), name);
}
Id pid(const QString &name)
{
    return GraphBuilder::idFor(QStringLiteral("party"), name);
}

QStringList names(const TransferGraph &g, const QList<int> &nodes)
{
    QStringList list;
    for (int n : nodes)
        list.append(g.node(n).name);
    return list;
}

// "Own>A>B" for a chain.
QString chainText(const TransferGraph &g, const Chain &c)
{
    QString s = g.node(g.edge(c.edges.front()).from).name;
    for (int e : c.edges)
        s += u'>' + g.node(g.edge(e).to).name;
    return s;
}

QStringList chainTexts(const TransferGraph &g, const ChainList &list)
{
    QStringList out;
    for (const Chain &c : list.chains)
        out.append(chainText(g, c));
    return out;
}

// The communications tree used by several tests.
GraphBuilder comms()
{
    GraphBuilder b;
    b.own(QStringLiteral("Own"))
        .category(QStringLiteral("Communications"))
        .category(QStringLiteral("Call recordings"), QStringLiteral("Communications"))
        .category(QStringLiteral("CDR"), QStringLiteral("Communications"))
        .category(QStringLiteral("CRM"));
    return b;
}

} // namespace

class TestGraphAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hopClass_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<std::optional<bool>>("dpf");
        QTest::addColumn<PartyKind>("kind");
        QTest::addColumn<Mechanism>("mechanism");
        QTest::addColumn<bool>("tia");
        QTest::addColumn<Strength>("expected");
        const auto org = PartyKind::Organisation;
        QTest::newRow("EEA, mechanism eea")
            << QStringLiteral("IE") << std::optional<bool>() << org << Mechanism::Eea << false << Strength::Eea;
        QTest::newRow("EEA whatever is stated")
            << QStringLiteral("DE") << std::optional<bool>() << org << Mechanism::None << false << Strength::Eea;
        QTest::newRow("EU code") << QStringLiteral("EU") << std::optional<bool>() << org << Mechanism::None << false
                                 << Strength::Eea;
        QTest::newRow("US DPF-certified, dpf") << QStringLiteral("US") << std::optional<bool>(true) << org
                                               << Mechanism::Dpf << false << Strength::Adequate;
        QTest::newRow("US not certified, dpf")
            << QStringLiteral("US") << std::optional<bool>(false) << org << Mechanism::Dpf << false << Strength::None;
        QTest::newRow("US unknown, adequacy")
            << QStringLiteral("US") << std::optional<bool>() << org << Mechanism::Adequacy << false << Strength::None;
        QTest::newRow("US not certified, scc+tia") << QStringLiteral("US") << std::optional<bool>(false) << org
                                                   << Mechanism::Scc << true << Strength::SafeguardedTia;
        QTest::newRow("US not certified, bcr") << QStringLiteral("US") << std::optional<bool>(false) << org
                                               << Mechanism::Bcr << false << Strength::SafeguardedNoTia;
        QTest::newRow("US certified, scc: adequacy wins") << QStringLiteral("US") << std::optional<bool>(true) << org
                                                          << Mechanism::Scc << false << Strength::Adequate;
        QTest::newRow("US privacy shield") << QStringLiteral("US") << std::optional<bool>(false) << org
                                           << Mechanism::PrivacyShield << false << Strength::Invalid;
        QTest::newRow("US safe harbour") << QStringLiteral("US") << std::optional<bool>() << org
                                         << Mechanism::SafeHarbour << false << Strength::Invalid;
        QTest::newRow("CA commercial") << QStringLiteral("CA") << std::optional<bool>() << org << Mechanism::Adequacy
                                       << false << Strength::Adequate;
        QTest::newRow("CA public authority")
            << QStringLiteral("CA") << std::optional<bool>() << PartyKind::PublicAuthority << Mechanism::Adequacy
            << false << Strength::None;
        QTest::newRow("CH full adequacy") << QStringLiteral("CH") << std::optional<bool>() << PartyKind::PublicAuthority
                                          << Mechanism::None << false << Strength::Adequate;
        QTest::newRow("IN derogation") << QStringLiteral("IN") << std::optional<bool>() << org << Mechanism::Derogation
                                       << false << Strength::Derogation;
        QTest::newRow("IN code of conduct") << QStringLiteral("IN") << std::optional<bool>() << org
                                            << Mechanism::CodeOfConduct << false << Strength::SafeguardedNoTia;
        QTest::newRow("IN certification tia") << QStringLiteral("IN") << std::optional<bool>() << org
                                              << Mechanism::Certification << true << Strength::SafeguardedTia;
        QTest::newRow("IN none") << QStringLiteral("IN") << std::optional<bool>() << org << Mechanism::None << false
                                 << Strength::None;
        QTest::newRow("IN eea claimed") << QStringLiteral("IN") << std::optional<bool>() << org << Mechanism::Eea
                                        << false << Strength::None;
    }
    void hopClass()
    {
        QFETCH(QString, country);
        QFETCH(std::optional<bool>, dpf);
        QFETCH(PartyKind, kind);
        QFETCH(Mechanism, mechanism);
        QFETCH(bool, tia);
        QFETCH(Strength, expected);
        GraphBuilder b;
        b.own(QStringLiteral("Own")).party(QStringLiteral("R"), country, dpf, kind);
        b.transfer(QStringLiteral("Own"), QStringLiteral("R"), mechanism, {}, {}, tia);
        TransferGraph g(b.data());
        QCOMPARE(g.edgeCount(), 1);
        QCOMPARE(g.edge(0).strength, expected);
        QCOMPARE(g.edge(0).hops.size(), 1);
        QCOMPARE(g.edge(0).hops.first().country, country);
        QVERIFY(!g.edge(0).hops.first().reason.isEmpty());
    }

    void strengthOrder()
    {
        const QList<Strength> all = allStrengths();
        QCOMPARE(all.size(), StrengthCount);
        QCOMPARE(all.first(), Strength::Eea);
        QCOMPARE(all.last(), Strength::Invalid);
        QVERIFY(Strength::SafeguardedTia > Strength::SafeguardedNoTia);
        QVERIFY(Strength::Derogation > Strength::None);
        QCOMPARE(strengthKey(Strength::SafeguardedNoTia), QStringLiteral("safeguarded_no_tia"));
    }

    void mixedCountriesTakeWeakest()
    {
        GraphBuilder b;
        b.own(QStringLiteral("Own")).party(QStringLiteral("R"), QStringLiteral("IE"));
        b.transfer(QStringLiteral("Own"), QStringLiteral("R"), Mechanism::Scc, {},
                   {QStringLiteral("IE"), QStringLiteral("IN")});
        TransferGraph g(b.data());
        QCOMPARE(g.edge(0).strength, Strength::SafeguardedNoTia);
        QCOMPARE(g.hopStrength(0, QStringLiteral("IE")), Strength::Eea);
        QCOMPARE(g.hopStrength(0, QStringLiteral("IN")), Strength::SafeguardedNoTia);
    }

    void reachThroughParentCategory_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("reached");
        QTest::addColumn<QStringList>("countries");
        // Own -> A carries Communications (the parent); A -> B carries Call recordings;
        // A -> C carries CDR; A -> D carries CRM; Own -> E lists nothing (carries all).
        QTest::newRow("call recordings") << QStringLiteral("Call recordings")
                                         << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("E")}
                                         << QStringList{QStringLiteral("DE"), QStringLiteral("IE"),
                                                        QStringLiteral("US")};
        QTest::newRow("cdr") << QStringLiteral("CDR")
                             << QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("E")}
                             << QStringList{QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("IE")};
        // The parent itself: A -> B only carries a child, so B does not get "Communications".
        QTest::newRow("parent") << QStringLiteral("Communications")
                                << QStringList{QStringLiteral("A"), QStringLiteral("E")}
                                << QStringList{QStringLiteral("DE"), QStringLiteral("IE")};
        QTest::newRow("crm") << QStringLiteral("CRM") << QStringList{QStringLiteral("E")}
                             << QStringList{QStringLiteral("DE")};
        QTest::newRow("all") << QString()
                             << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                            QStringLiteral("D"), QStringLiteral("E")}
                             << QStringList{QStringLiteral("BE"), QStringLiteral("DE"), QStringLiteral("FR"),
                                            QStringLiteral("IE"), QStringLiteral("US")};
    }
    void reachThroughParentCategory()
    {
        QFETCH(QString, category);
        QFETCH(QStringList, reached);
        QFETCH(QStringList, countries);
        GraphBuilder b = comms();
        b.party(QStringLiteral("A"), QStringLiteral("IE"))
            .party(QStringLiteral("B"), QStringLiteral("US"), true)
            .party(QStringLiteral("C"), QStringLiteral("FR"))
            .party(QStringLiteral("D"), QStringLiteral("BE"))
            .party(QStringLiteral("E"), QStringLiteral("DE"));
        b.transfer(QStringLiteral("Own"), QStringLiteral("A"), Mechanism::Eea, {QStringLiteral("Communications")})
            .transfer(QStringLiteral("A"), QStringLiteral("B"), Mechanism::Dpf, {QStringLiteral("Call recordings")})
            .transfer(QStringLiteral("A"), QStringLiteral("C"), Mechanism::Eea, {QStringLiteral("CDR")})
            .transfer(QStringLiteral("A"), QStringLiteral("D"), Mechanism::Eea, {QStringLiteral("CRM")})
            .transfer(QStringLiteral("Own"), QStringLiteral("E"), Mechanism::Eea);
        TransferGraph g(b.data());
        const Id c = category.isEmpty() ? Id() : g.findCategory(category);
        QVERIFY(category.isEmpty() || !c.isNull());
        const Reach r = g.reach(c);
        QStringList got;
        for (int n = 0; n < g.nodeCount(); ++n) {
            if (r.reached(n) && !g.node(n).own)
                got.append(g.node(n).name);
        }
        QCOMPARE(got, reached);
        QCOMPARE(r.countries.keys(), countries);
        QCOMPARE(g.unspecifiedTransfers().size(), 1);
    }

    void chainsAndWeakestLink()
    {
        // Own(NL) -> A(IE, EEA) -> B(US, DPF-certified, dpf) -> C(US, not certified, dpf)
        // and a second path Own -> B directly with SCC+TIA.
        GraphBuilder b = comms();
        b.party(QStringLiteral("A"), QStringLiteral("IE"))
            .party(QStringLiteral("B"), QStringLiteral("US"), true)
            .party(QStringLiteral("C"), QStringLiteral("US"), false);
        b.transfer(QStringLiteral("Own"), QStringLiteral("A"), Mechanism::Eea, {QStringLiteral("Call recordings")})
            .transfer(QStringLiteral("A"), QStringLiteral("B"), Mechanism::Dpf, {QStringLiteral("Communications")})
            .transfer(QStringLiteral("B"), QStringLiteral("C"), Mechanism::Dpf, {QStringLiteral("Call recordings")})
            .transfer(QStringLiteral("Own"), QStringLiteral("B"), Mechanism::Scc, {QStringLiteral("Call recordings")},
                      {}, true);
        TransferGraph g(b.data());
        const Id c = cat(QStringLiteral("Call recordings"));
        const Reach r = g.reach(c);
        const int nb = g.nodeOf(pid(QStringLiteral("B")));
        const int nc = g.nodeOf(pid(QStringLiteral("C")));
        QCOMPARE(Strength(r.best[std::size_t(nb)]), Strength::Adequate);
        QCOMPARE(Strength(r.worst[std::size_t(nb)]), Strength::Adequate); // scc to a certified US party: adequate
        QCOMPARE(Strength(r.best[std::size_t(nc)]), Strength::None);
        QCOMPARE(Strength(r.worst[std::size_t(nc)]), Strength::None);
        QCOMPARE(r.countries.value(QStringLiteral("US")).worst, Strength::None);
        QCOMPARE(r.countries.value(QStringLiteral("US")).best, Strength::Adequate);
        QCOMPARE(r.countries.value(QStringLiteral("IE")).best, Strength::Eea);

        const ChainList toC = g.chainsToParty(c, nc);
        QCOMPARE(chainTexts(g, toC), (QStringList{QStringLiteral("Own>B>C"), QStringLiteral("Own>A>B>C")}));
        QVERIFY(!toC.capped);
        for (const Chain &ch : toC.chains)
            QCOMPARE(ch.weakest, Strength::None);
        const ChainList toB = g.chainsToParty(c, nb);
        QCOMPARE(chainTexts(g, toB), (QStringList{QStringLiteral("Own>B"), QStringLiteral("Own>A>B")}));
        QCOMPARE(toB.chains.at(1).weakest, Strength::Adequate);

        const ChainList toUs = g.chainsToCountry(c, QStringLiteral("US"));
        QCOMPARE(toUs.chains.size(), 4); // Own>B, Own>B>C, Own>A>B, Own>A>B>C
        // CDR never leaves Own: A receives only call recordings.
        QVERIFY(g.chainsToCountry(cat(QStringLiteral("CDR")), QStringLiteral("US")).chains.isEmpty());
    }

    void chainCap()
    {
        // A ladder: Own -> Xk and Xk -> Y for 30 parties gives 30 chains to Y.
        GraphBuilder b;
        b.own(QStringLiteral("Own")).party(QStringLiteral("Y"), QStringLiteral("US"));
        for (int k = 0; k < 30; ++k) {
            const QString x = QStringLiteral("X%1").arg(k, 2, 10, QLatin1Char('0'));
            b.party(x, QStringLiteral("DE"));
            b.transfer(QStringLiteral("Own"), x, Mechanism::Eea).transfer(x, QStringLiteral("Y"), Mechanism::Scc);
        }
        TransferGraph g(b.data());
        const int y = g.nodeOf(pid(QStringLiteral("Y")));
        QCOMPARE(g.chainsToParty({}, y).chains.size(), 30);
        Limits limits;
        limits.chainsPerTarget = 10;
        const ChainList capped = g.chainsToParty({}, y, limits);
        QCOMPARE(capped.chains.size(), 10);
        QVERIFY(capped.capped);
        const QList<ExposureCell> cells = g.exposure({}, limits);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(1).country, QStringLiteral("US"));
        QCOMPARE(cells.at(1).chains, 10);
        QVERIFY(cells.at(1).capped);
    }

    void depth()
    {
        GraphBuilder b;
        b.own(QStringLiteral("Own")).own(QStringLiteral("Own2"));
        for (const char *n : {"P", "S", "SS", "Lone", "Feeder"})
            b.party(QString::fromLatin1(n), QStringLiteral("DE"));
        b.transfer(QStringLiteral("Own"), QStringLiteral("P"), Mechanism::Eea)
            .transfer(QStringLiteral("P"), QStringLiteral("S"), Mechanism::Eea)
            .transfer(QStringLiteral("S"), QStringLiteral("SS"), Mechanism::Eea)
            .transfer(QStringLiteral("Own2"), QStringLiteral("S"), Mechanism::Eea) // S: depth 1 via Own2
            .transfer(QStringLiteral("Feeder"), QStringLiteral("P"), Mechanism::Eea);
        TransferGraph g(b.data());
        auto d = [&](const char *n) { return g.depth(g.nodeOf(pid(QString::fromLatin1(n)))); };
        QCOMPARE(d("Own"), 0);
        QCOMPARE(d("Own2"), 0);
        QCOMPARE(d("P"), 1);
        QCOMPARE(d("S"), 1);
        QCOMPARE(d("SS"), 2);
        QCOMPARE(d("Lone"), -1);
        QCOMPARE(d("Feeder"), -1);
        QCOMPARE(names(g, g.unreached()), (QStringList{QStringLiteral("Feeder"), QStringLiteral("Lone")}));
        const QList<int> orphan = g.transfersFromUnreceiving();
        QCOMPARE(orphan.size(), 1);
        QCOMPARE(g.node(g.edge(orphan.first()).from).name, QStringLiteral("Feeder"));
    }

    void cycles()
    {
        GraphBuilder b;
        b.own(QStringLiteral("Own"));
        for (const char *n : {"A", "B", "C", "D", "Self"})
            b.party(QString::fromLatin1(n), QStringLiteral("DE"));
        b.transfer(QStringLiteral("Own"), QStringLiteral("A"), Mechanism::Eea)
            .transfer(QStringLiteral("A"), QStringLiteral("B"), Mechanism::Eea)
            .transfer(QStringLiteral("B"), QStringLiteral("C"), Mechanism::Eea)
            .transfer(QStringLiteral("C"), QStringLiteral("A"), Mechanism::Eea)
            .transfer(QStringLiteral("C"), QStringLiteral("D"), Mechanism::Eea)
            .transfer(QStringLiteral("Self"), QStringLiteral("Self"), Mechanism::Eea);
        TransferGraph g(b.data());
        QCOMPARE(g.cycles().size(), 2);
        QCOMPARE(names(g, g.cycles().at(0)),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(names(g, g.cycles().at(1)), QStringList{QStringLiteral("Self")});
        // Chains stay simple and finite through the cycle.
        const ChainList toD = g.chainsToParty({}, g.nodeOf(pid(QStringLiteral("D"))));
        QCOMPARE(chainTexts(g, toD), QStringList{QStringLiteral("Own>A>B>C>D")});
        const ChainList toA = g.chainsToParty({}, g.nodeOf(pid(QStringLiteral("A"))));
        QCOMPARE(chainTexts(g, toA), QStringList{QStringLiteral("Own>A")});
        QCOMPARE(g.depth(g.nodeOf(pid(QStringLiteral("D")))), 4);
    }

    void exposureTable()
    {
        GraphBuilder b = comms();
        b.party(QStringLiteral("A"), QStringLiteral("IE"))
            .party(QStringLiteral("B"), QStringLiteral("US"), true)
            .party(QStringLiteral("C"), QStringLiteral("US"), false)
            .party(QStringLiteral("Old"), QStringLiteral("US"), false);
        b.transfer(QStringLiteral("Own"), QStringLiteral("A"), Mechanism::Eea, {QStringLiteral("Communications")})
            .transfer(QStringLiteral("A"), QStringLiteral("B"), Mechanism::Dpf, {QStringLiteral("Call recordings")})
            .transfer(QStringLiteral("B"), QStringLiteral("C"), Mechanism::Scc, {QStringLiteral("Call recordings")})
            .transfer(QStringLiteral("Own"), QStringLiteral("Old"), Mechanism::PrivacyShield, {QStringLiteral("CRM")});
        TransferGraph g(b.data());
        QStringList got;
        for (const ExposureCell &cell : g.exposure()) {
            const DataCategory *dc = g.data().find<DataCategory>(cell.category);
            got.append(QStringLiteral("%1|%2|%3|%4")
                           .arg(dc->name, cell.country)
                           .arg(cell.chains)
                           .arg(strengthKey(cell.weakest)));
        }
        const QStringList expected{
            QStringLiteral("Call recordings|IE|1|eea"),
            QStringLiteral("Call recordings|US|2|safeguarded_no_tia"),
            QStringLiteral("CDR|IE|1|eea"),
            QStringLiteral("Communications|IE|1|eea"),
            QStringLiteral("CRM|US|1|invalid"),
        };
        QCOMPARE(got, expected);
    }

    void emptyProject()
    {
        TransferGraph g{ProjectData()};
        QCOMPARE(g.nodeCount(), 0);
        QVERIFY(g.cycles().isEmpty());
        QVERIFY(g.exposure().isEmpty());
        QVERIFY(g.reach({}).countries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "test_graphanalysis.moc"
