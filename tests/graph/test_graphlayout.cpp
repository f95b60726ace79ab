// Layout invariants: determinism, no overlaps, layers follow depth, few crossings, stability.

#include "graph/layout.h"
#include "graphbuilder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ropa;
using namespace ropa::graph;
using ropa::test::GraphBuilder;

namespace {

QString pname(int k)
{
    return QStringLiteral("Party %1").arg(k, 3, 10, QLatin1Char('0'));
}

// A layered random graph: 3 own parties, then parties that receive from earlier ones.
GraphBuilder randomGraph(int parties, int transfers, quint32 seed)
{
    GraphBuilder b;
    QRandomGenerator rng(seed);
    for (int k = 0; k < 3; ++k)
        b.own(pname(k));
    const char *countries[] = {"DE", "US", "IE", "IN", "CH", "FR"};
    for (int k = 3; k < parties; ++k)
        b.party(pname(k), QString::fromLatin1(countries[k % 6]), k % 4 == 0);
    for (int k = 3; k < parties; ++k) // everyone receives something
        b.transfer(pname(int(rng.bounded(k))), pname(k), Mechanism::Scc);
    for (int t = parties - 3; t < transfers; ++t) {
        const int to = 3 + int(rng.bounded(parties - 3));
        const int from = int(rng.bounded(parties));
        b.transfer(pname(from), pname(to), Mechanism(rng.bounded(11)));
    }
    return b;
}

QString dump(const Layout &l)
{
    QString s;
    for (const NodeBox &b : l.nodes)
        s += QStringLiteral("%1:%2,%3;").arg(b.node).arg(b.rect.x()).arg(b.rect.y());
    for (const EdgeRoute &r : l.edges) {
        for (const QPointF &p : r.points)
            s += QStringLiteral("%1/%2 ").arg(p.x()).arg(p.y());
    }
    return s;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data()
    {
        QTest::addColumn<int>("parties");
        QTest::addColumn<int>("transfers");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("tiny") << 5 << 6 << 1u;
        QTest::newRow("small") << 20 << 35 << 2u;
        QTest::newRow("medium") << 80 << 160 << 3u;
        QTest::newRow("dense") << 40 << 200 << 4u;
    }
    void invariants()
    {
        QFETCH(int, parties);
        QFETCH(int, transfers);
        QFETCH(quint32, seed);
        const GraphBuilder b = randomGraph(parties, transfers, seed);
        TransferGraph g(b.data());
        const Layout l = layoutGraph(g);
        QCOMPARE(l.nodes.size(), g.nodeCount());
        QCOMPARE(l.edges.size(), g.edgeCount());
        QVERIFY(!hasOverlaps(l));
        for (const NodeBox &box : l.nodes) {
            QCOMPARE(box.layer, g.depth(box.node)); // every party is reached here
            if (g.node(box.node).own)
                QCOMPARE(box.layer, 0);
            QVERIFY(l.bounds.contains(box.rect));
        }
        for (const EdgeRoute &r : l.edges) {
            const auto &e = g.edge(r.edge);
            const int lf = l.boxOf(e.from)->layer, lt = l.boxOf(e.to)->layer;
            QVERIFY(lt <= lf + 1); // breadth-first layers: no edge skips forward
            QCOMPARE(r.backward, lt <= lf);
            QVERIFY(r.points.size() >= 2);
            if (!r.backward) {
                QVERIFY(r.points.first().x() < r.points.last().x());
                for (qsizetype k = 1; k < r.points.size(); ++k)
                    QVERIFY(r.points[k].x() >= r.points[k - 1].x()); // forward edges run right
            }
            QCOMPARE(r.points.first().x(),
                     r.backward && lt < lf ? l.boxOf(e.from)->rect.left() : l.boxOf(e.from)->rect.right());
        }
        // Same input, same picture; and the insertion order of the input does not matter.
        QCOMPARE(dump(layoutGraph(g)), dump(l));
        ProjectData reversed;
        for (auto it = b.data().transfers.crbegin(); it != b.data().transfers.crend(); ++it)
            reversed.transfers.emplace(it->first, it->second);
        for (auto it = b.data().parties.crbegin(); it != b.data().parties.crend(); ++it)
            reversed.parties.emplace(it->first, it->second);
        TransferGraph g2(reversed);
        QCOMPARE(dump(layoutGraph(g2)), dump(l));
    }

    void crossingFree()
    {
        // Own -> A, B; A -> Y, B -> X, with names that seed the worst order: sweeps untangle it.
        GraphBuilder b;
        b.own(QStringLiteral("Own"));
        for (const char *n : {"A", "B", "X", "Y"})
            b.party(QString::fromLatin1(n), QStringLiteral("DE"));
        b.transfer(QStringLiteral("Own"), QStringLiteral("A"), Mechanism::Eea)
            .transfer(QStringLiteral("Own"), QStringLiteral("B"), Mechanism::Eea)
            .transfer(QStringLiteral("A"), QStringLiteral("Y"), Mechanism::Eea)
            .transfer(QStringLiteral("B"), QStringLiteral("X"), Mechanism::Eea);
        TransferGraph g(b.data());
        const Layout l = layoutGraph(g);
        QCOMPARE(l.crossings, 0);
        QCOMPARE(l.layerCount, 3);
    }

    void fewerCrossingsThanSeed()
    {
        const GraphBuilder b = randomGraph(60, 110, 7);
        TransferGraph g(b.data());
        LayoutOptions none;
        none.sweeps = 0;
        const Layout seeded = layoutGraph(g, {}, {}, none);
        const Layout swept = layoutGraph(g);
        QVERIFY2(swept.crossings <= seeded.crossings,
                 qPrintable(QStringLiteral("%1 > %2").arg(swept.crossings).arg(seeded.crossings)));
        // Transposition (adjacent swaps) after the sweeps removes more.
        LayoutOptions sweepsOnly;
        sweepsOnly.transposePasses = 0;
        const Layout barycenter = layoutGraph(g, {}, {}, sweepsOnly);
        qInfo("crossings: seed order %d, barycenter sweeps %d, with transposition %d", seeded.crossings,
              barycenter.crossings, swept.crossings);
        QVERIFY2(swept.crossings < barycenter.crossings,
                 qPrintable(QStringLiteral("%1 >= %2").arg(swept.crossings).arg(barycenter.crossings)));
        QVERIFY(!hasOverlaps(swept));
    }

    void stableUnderOneAddedTransfer()
    {
        GraphBuilder b = randomGraph(40, 60, 11);
        TransferGraph before(b.data());
        const Layout l1 = layoutGraph(before);
        // One more transfer between two parties already in adjacent layers.
        int from = -1, to = -1;
        for (const NodeBox &x : l1.nodes) {
            for (const NodeBox &z : l1.nodes) {
                if (from < 0 && x.layer == 1 && z.layer == 2)
                    from = x.node, to = z.node;
            }
        }
        QVERIFY(from >= 0);
        b.transfer(before.node(from).name, before.node(to).name, Mechanism::Scc);
        TransferGraph after(b.data());
        const Layout l2 = layoutGraph(after);
        // Count pairs of parties in one layer whose top-to-bottom order flipped.
        int pairs = 0, flipped = 0, moved = 0;
        for (const NodeBox &a : l1.nodes) {
            const NodeBox *a2 = l2.boxOf(a.node);
            moved += a2->layer != a.layer;
            for (const NodeBox &c : l1.nodes) {
                if (c.node <= a.node || c.layer != a.layer)
                    continue;
                const NodeBox *c2 = l2.boxOf(c.node);
                ++pairs;
                flipped += ((a.rect.y() < c.rect.y()) != (a2->rect.y() < c2->rect.y()));
            }
        }
        qInfo("one added transfer: %d of %d same-layer pairs flipped, %d parties changed layer", flipped, pairs, moved);
        QCOMPARE(moved, 0);
        QVERIFY2(flipped * 10 <= pairs, "more than 10% of the pairs reordered");
    }

    void filteredAndEmpty()
    {
        const GraphBuilder b = randomGraph(20, 30, 5);
        TransferGraph g(b.data());
        std::vector<bool> nodes(std::size_t(g.nodeCount()), false);
        for (int k = 0; k < g.nodeCount(); k += 2)
            nodes[std::size_t(k)] = true;
        const Layout l = layoutGraph(g, nodes);
        QCOMPARE(l.nodes.size(), (g.nodeCount() + 1) / 2);
        for (const EdgeRoute &r : l.edges)
            QVERIFY(nodes[std::size_t(g.edge(r.edge).from)] && nodes[std::size_t(g.edge(r.edge).to)]);
        QVERIFY(!hasOverlaps(l));
        TransferGraph empty{ProjectData()};
        QVERIFY(layoutGraph(empty).nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "test_graphlayout.moc"
