// Prints how long the graph analysis and layout take on a large synthetic project.
// Not a test: run it by hand (build target bench_graph) and copy the figures to docs/graph.md.
//   bench_graph [parties=5000] [transfers=50000] [categories=20]

#include "graph/layout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace ropa;
using namespace ropa::graph;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int parties = a.size() > 1 ? a[1].toInt() : 5000;
    const int transfers = a.size() > 2 ? a[2].toInt() : 50000;
    const int categories = a.size() > 3 ? a[3].toInt() : 20;
    QRandomGenerator rng(42);
    ProjectData d;
    QList<Id> partyIds, catIds;
    const char *countries[] = {"DE", "US", "IE", "IN", "CH", "FR", "CA", "JP", "SG", "BR"};
    for (int k = 0; k < parties; ++k) {
        Party p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("Party %1").arg(k);
        p.own = k < 3;
        p.country = QString::fromLatin1(countries[k % 10]);
        p.dpfCertified = k % 3 == 0;
        d.parties.emplace(p.id, p);
        partyIds.append(p.id);
    }
    for (int k = 0; k < categories; ++k) {
        DataCategory c;
        c.id = QUuid::createUuid();
        c.name = QStringLiteral("Category %1").arg(k);
        if (k >= 4)
            c.parent = catIds[k % 4];
        d.dataCategories.emplace(c.id, c);
        catIds.append(c.id);
    }
    for (int k = 0; k < transfers; ++k) {
        Transfer t;
        t.id = QUuid::createUuid();
        // Mostly downstream (from a lower-numbered party), some back edges for cycles.
        const int to = 3 + int(rng.bounded(parties - 3));
        const int from = k < parties - 3 ? int(rng.bounded(std::max(1, k + 3 < parties ? k + 3 : parties)))
                                         : int(rng.bounded(parties));
        t.from = partyIds[k < parties - 3 ? std::min(from, k + 2) : from];
        t.to = partyIds[k < parties - 3 ? k + 3 : to];
        t.mechanism = Mechanism(rng.bounded(11));
        for (int c = 0; c < 3; ++c)
            t.dataCategories.append(catIds[int(rng.bounded(categories))]);
        d.transfers.emplace(t.id, t);
    }
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    TransferGraph g(d);
    const qint64 build = timer.restart();
    qsizetype reached = 0;
    for (const Id &c : g.categories()) {
        const Reach r = g.reach(c);
        reached += r.countries.size();
    }
    const qint64 reachAll = timer.restart();
    const QList<ExposureCell> cells = g.exposure();
    const qint64 exposure = timer.restart();
    const ChainList chains = g.chainsToCountry(g.categories().first(), QStringLiteral("US"));
    const qint64 chainTime = timer.restart();
    const Layout l = layoutGraph(g);
    const qint64 layout = timer.restart();
    out << "parties " << parties << ", transfers " << transfers << ", categories " << categories << ", cycles "
        << g.cycles().size() << '\n'
        << "build graph (Boost adjacency_list, hop classes, carry bits): " << build << " ms\n"
        << "reach for every category (" << g.categories().size() << " propagations): " << reachAll << " ms (" << reached
        << " category-country pairs)\n"
        << "exposure table for every category (bounded chain counts): " << exposure << " ms (" << cells.size()
        << " cells)\n"
        << "chains of one category to US (cap 50): " << chainTime << " ms (" << chains.chains.size()
        << (chains.capped ? ", capped" : "") << ")\n"
        << "layout: " << layout << " ms (" << l.layerCount << " layers, " << l.crossings << " crossings)\n";
    return 0;
}
