// ropa-graph-bench: the onward-transfer graph against its targets and against Graphviz.
//
// Generates deterministic layered transfer graphs (own parties -> processors ->
// subprocessors -> ..., five transfers per party, some skipping a tier, a few going back)
// of 100, 500 and 2,000 parties, and for each one times, as medians of --runs runs:
//   - building the TransferGraph, reach for every data category (and for "any category"),
//     and Ropa's layered layout (wall and thread CPU time);
//   - `dot -Tplain` on the DOT that Ropa exports for the same picture (wall, and the CPU
//     time of the child process), and the same DOT without edge labels;
// and counts the edge crossings of both drawings the same way (see countCrossings()).
// The targets (reach for all categories <= 200 ms, layout <= 2 s on 2,000 parties /
// 10,000 transfers) are printed beside the figures. A program that prints figures, not a
// test (docs/performance.md). Exit code 3 when something is wrong (dot output that does not
// parse, a layout with overlapping boxes).
//
//   ropa-graph-bench [--runs N] [--seed N] [--sizes 100,500,2000] [--no-dot] [--dot-timeout S]
//                    [--write-dot DIR] [--plain-dir DIR]
// ROPA_BENCH_BREAKDOWN=1 also prints Ropa's crossings among forward edges only and without
// the arcs of transfers within a layer.

#include "graph/graphexport.h"
#include "graph/layout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace ropa;
using namespace ropa::graph;

namespace {

// SplitMix64: a seed gives the same graph with any standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int index(qsizetype n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
    Id uuid()
    {
        const quint64 a = next(), b = next();
        QByteArray bytes(16, '\0');
        for (int k = 0; k < 8; ++k) {
            bytes[k] = char((a >> (8 * k)) & 0xff);
            bytes[8 + k] = char((b >> (8 * k)) & 0xff);
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // variant
        return QUuid::fromRfc4122(bytes);
    }

private:
    quint64 m_state;
};

constexpr int Tiers = 6; // own parties in tier 0, then five tiers of recipients
constexpr int TransfersPerParty = 5;
constexpr int Categories = 20;

// A layered project: 3 own parties; the others spread over tiers 1..5 (later tiers larger);
// every recipient gets one transfer from the tier before it, the other transfers go to the
// next tier (80 %), skip a tier (12 %) or go back or sideways (8 %).
ProjectData generate(int parties, quint64 seed)
{
    Rng rng(seed ^ quint64(parties) * 0x9E3779B97F4A7C15ull);
    ProjectData d;
    const char *const countries[] = {"DE", "US", "IE", "IN", "CH", "FR", "CA", "JP", "SG", "BR", "NL", "GB"};
    std::vector<std::vector<Id>> tier(Tiers);
    const int own = 3;
    const int weights[Tiers] = {0, 1, 2, 3, 4, 5};
    const int weightSum = 15;
    for (int k = 0; k < parties; ++k) {
        Party p;
        p.id = rng.uuid();
        p.name = QStringLiteral("Party %1").arg(k, 5, 10, QLatin1Char('0'));
        p.own = k < own;
        p.named = !rng.chance(0.1);
        p.country = QString::fromLatin1(countries[rng.index(12)]);
        p.dpfCertified = rng.chance(0.4);
        int t = 0;
        if (!p.own) {
            // Tier by weight, so that later tiers hold more parties.
            int w = rng.index(weightSum);
            t = 1;
            while (w >= weights[t]) {
                w -= weights[t];
                ++t;
            }
        }
        tier[std::size_t(t)].push_back(p.id);
        d.parties.emplace(p.id, p);
    }
    for (int t = 1; t < Tiers; ++t) { // no empty tier
        if (tier[std::size_t(t)].empty())
            tier[std::size_t(t)].push_back(tier[std::size_t(t + 1 < Tiers ? t + 1 : t - 1)].back());
    }
    QList<Id> cats;
    for (int k = 0; k < Categories; ++k) {
        DataCategory c;
        c.id = rng.uuid();
        c.name = QStringLiteral("Category %1").arg(k);
        if (k >= 4)
            c.parent = cats[k % 4];
        d.dataCategories.emplace(c.id, c);
        cats.append(c.id);
    }
    auto addTransfer = [&](const Id &from, const Id &to) {
        Transfer t;
        t.id = rng.uuid();
        t.from = from;
        t.to = to;
        t.mechanism = Mechanism(rng.index(11));
        if (rng.chance(0.3))
            t.tiaDone = QDate(2024, 1, 1);
        const int n = 1 + rng.index(3);
        for (int c = 0; c < n; ++c)
            t.dataCategories.append(cats[rng.index(Categories)]);
        d.transfers.emplace(t.id, t);
    };
    int made = 0;
    for (int t = 1; t < Tiers; ++t) {
        for (const Id &to : tier[std::size_t(t)]) {
            addTransfer(tier[std::size_t(t - 1)][std::size_t(rng.index(qsizetype(tier[std::size_t(t - 1)].size())))],
                        to);
            ++made;
        }
    }
    const int total = parties * TransfersPerParty;
    while (made < total) {
        const int from = rng.index(Tiers - 1);
        int to = from + 1;
        if (rng.chance(0.12) && from + 2 < Tiers)
            to = from + 2;
        else if (rng.chance(0.08 / 0.88))
            to = std::max(1, from - rng.index(2)); // back or sideways
        const auto &a = tier[std::size_t(from)];
        const auto &b = tier[std::size_t(to)];
        const Id u = a[std::size_t(rng.index(qsizetype(a.size())))];
        const Id v = b[std::size_t(rng.index(qsizetype(b.size())))];
        if (u == v)
            continue;
        addTransfer(u, v);
        ++made;
    }
    return d;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const qsizetype m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

struct Timing
{
    QList<double> wall, cpu;
    double wallMedian() const { return median(wall); }
    double cpuMedian() const { return median(cpu); }
};

template <typename F> void timeIt(Timing &t, F &&f)
{
    QElapsedTimer timer;
    const double cpu0 = threadCpuMs();
    timer.start();
    f();
    t.wall.append(double(timer.nsecsElapsed()) / 1e6);
    t.cpu.append(threadCpuMs() - cpu0);
}

// One drawn edge: its end nodes and its polyline.
struct Drawn
{
    int from = -1, to = -1;
    QList<QPointF> points;
};

// The crossing count used for both drawings: every pair of segments of two different
// edges that properly intersect (touching ends do not count); pairs of edges that share
// an end node are skipped (they meet at that node, which is not a crossing). Curves are
// polylines: Ropa's routes as laid out (straight between layers, through their dummy
// points); dot's B-splines sampled at 8 points per Bezier piece.
qint64 countCrossings(const QList<Drawn> &edges)
{
    struct Seg
    {
        QPointF a, b;
        int edge;
        double minX, maxX, minY, maxY;
    };
    std::vector<Seg> segs;
    for (qsizetype e = 0; e < edges.size(); ++e) {
        const auto &pts = edges[e].points;
        for (qsizetype k = 0; k + 1 < pts.size(); ++k) {
            const QPointF a = pts[k], b = pts[k + 1];
            if (a == b)
                continue;
            segs.push_back({a, b, int(e), std::min(a.x(), b.x()), std::max(a.x(), b.x()), std::min(a.y(), b.y()),
                            std::max(a.y(), b.y())});
        }
    }
    std::sort(segs.begin(), segs.end(), [](const Seg &p, const Seg &q) { return p.minX < q.minX; });
    auto orient = [](QPointF p, QPointF q, QPointF r) {
        const double v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return v > 1e-9 ? 1 : (v < -1e-9 ? -1 : 0);
    };
    qint64 crossings = 0;
    for (std::size_t i = 0; i < segs.size(); ++i) {
        const Seg &s = segs[i];
        const Drawn &es = edges[s.edge];
        for (std::size_t j = i + 1; j < segs.size() && segs[j].minX <= s.maxX; ++j) {
            const Seg &t = segs[j];
            if (t.edge == s.edge || t.maxY < s.minY || t.minY > s.maxY)
                continue;
            const Drawn &et = edges[t.edge];
            if (es.from == et.from || es.from == et.to || es.to == et.from || es.to == et.to)
                continue;
            const int o1 = orient(s.a, s.b, t.a), o2 = orient(s.a, s.b, t.b);
            const int o3 = orient(t.a, t.b, s.a), o4 = orient(t.a, t.b, s.b);
            if (o1 * o2 < 0 && o3 * o4 < 0)
                ++crossings;
        }
    }
    return crossings;
}

QList<Drawn> drawnOf(const TransferGraph &g, const Layout &layout)
{
    QList<Drawn> out;
    for (const EdgeRoute &r : layout.edges)
        out.append({g.edge(r.edge).from, g.edge(r.edge).to, r.points});
    return out;
}

// Splits a line of `dot -Tplain` into words ("quoted strings" are one word).
QStringList words(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false, any = false;
    for (qsizetype k = 0; k < line.size(); ++k) {
        const QChar c = line[k];
        if (quoted) {
            if (c == u'\\' && k + 1 < line.size()) {
                cur += line[++k];
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c.isSpace()) {
            if (any || !cur.isEmpty())
                out.append(cur);
            cur.clear();
            any = false;
        } else {
            cur += c;
        }
    }
    if (any || !cur.isEmpty())
        out.append(cur);
    return out;
}

QPointF bezier(const QPointF &p0, const QPointF &p1, const QPointF &p2, const QPointF &p3, double t)
{
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

// The edges of a `dot -Tplain` drawing; nullopt when it does not parse.
std::optional<QList<Drawn>> parsePlain(const QByteArray &plain, int *nodes)
{
    QList<Drawn> out;
    *nodes = 0;
    static const QRegularExpression name(QStringLiteral("^n(\\d+)$"));
    const QList<QByteArray> lines = plain.split('\n');
    for (const QByteArray &raw : lines) {
        const QStringList w = words(QString::fromUtf8(raw));
        if (w.isEmpty())
            continue;
        if (w[0] == u"node") {
            ++*nodes;
        } else if (w[0] == u"edge") {
            if (w.size() < 4)
                return std::nullopt;
            const auto mt = name.match(w[1]), mh = name.match(w[2]);
            bool ok = false;
            const int n = w[3].toInt(&ok);
            if (!mt.hasMatch() || !mh.hasMatch() || !ok || n < 4 || (n - 1) % 3 != 0 || w.size() < 4 + 2 * n)
                return std::nullopt;
            QList<QPointF> ctrl;
            for (int k = 0; k < n; ++k)
                ctrl.append(QPointF(w[4 + 2 * k].toDouble(), w[5 + 2 * k].toDouble()));
            Drawn d;
            d.from = mt.captured(1).toInt();
            d.to = mh.captured(1).toInt();
            d.points.append(ctrl.first());
            for (int k = 0; k + 3 < n; k += 3) {
                for (int s = 1; s <= 8; ++s)
                    d.points.append(bezier(ctrl[k], ctrl[k + 1], ctrl[k + 2], ctrl[k + 3], s / 8.0));
            }
            out.append(d);
        }
    }
    return out;
}

struct DotRun
{
    Timing time;
    qint64 crossings = -1;
    int nodes = 0, edges = 0;
    QString error;
};

DotRun runDot(const QByteArray &dot, int runs, int timeoutSeconds)
{
    DotRun r;
    for (int k = 0; k < runs; ++k) {
        QProcess p;
        const double cpu0 = childrenCpuMs();
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral("dot"), {QStringLiteral("-Tplain")});
        if (!p.waitForStarted()) {
            r.error = QStringLiteral("dot did not start (is Graphviz installed? scripts/install-deps.sh)");
            return r;
        }
        p.write(dot);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutSeconds * 1000)) {
            p.kill();
            p.waitForFinished();
            r.error = QStringLiteral("dot did not finish within %1 s").arg(timeoutSeconds);
            return r;
        }
        r.time.wall.append(double(timer.nsecsElapsed()) / 1e6);
        r.time.cpu.append(childrenCpuMs() - cpu0);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            r.error = QStringLiteral("dot failed: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
            return r;
        }
        if (k == 0) {
            const auto drawn = parsePlain(p.readAllStandardOutput(), &r.nodes);
            if (!drawn) {
                r.error = QStringLiteral("dot's plain output does not parse");
                return r;
            }
            r.edges = int(drawn->size());
            r.crossings = countCrossings(*drawn);
        }
    }
    return r;
}

// The exported DOT without the edge labels (dot routes every label as a node of its own).
QByteArray withoutEdgeLabels(const QByteArray &dot)
{
    static const QRegularExpression label(
        QStringLiteral("(-> n\\d+ \\[color=\"[^\"]*\"), label=\"(?:[^\"\\\\]|\\\\.)*\""));
    return QString::fromUtf8(dot).replace(label, QStringLiteral("\\1")).toUtf8();
}

QString ms(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    return v < 10 ? QString::number(v, 'f', 2) : QString::number(v, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times Ropa's transfer-graph analysis and layout against Graphviz dot on layered synthetic graphs."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 20240530)."),
                                        QStringLiteral("N"), QStringLiteral("20240530"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Party counts (default 100,500,2000)."), QStringLiteral("LIST"),
                                         QStringLiteral("100,500,2000"));
    const QCommandLineOption noDotOption(QStringLiteral("no-dot"), QStringLiteral("Do not run Graphviz."));
    const QCommandLineOption timeoutOption(QStringLiteral("dot-timeout"),
                                           QStringLiteral("Seconds one dot run may take (default 600)."),
                                           QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption writeDotOption(
        QStringLiteral("write-dot"), QStringLiteral("Also write the exported DOT of each size to DIR/graph-N.dot."),
        QStringLiteral("DIR"));
    const QCommandLineOption plainOption(
        QStringLiteral("plain-dir"),
        QStringLiteral("Count the crossings of dot drawings made earlier: DIR/graph-N.plain "
                       "and DIR/graph-N-nolabels.plain (from the --write-dot files)."),
        QStringLiteral("DIR"));
    parser.addOptions({runsOption, seedOption, sizesOption, noDotOption, timeoutOption, writeDotOption, plainOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();
    const int timeout = std::max(1, parser.value(timeoutOption).toInt());
    QList<int> sizes;
    for (const QString &s : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts))
        sizes.append(std::max(10, s.toInt()));

    int status = 0;
    out << "seed " << seed << ", " << runs << " runs per figure (medians; wall / CPU in ms)\n\n";
    out << "| parties | transfers | build | reach, all " << Categories
        << " categories + any | layout | "
           "Ropa crossings | dot (exported DOT) | dot crossings | dot, no edge labels | crossings |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|\n";
    for (int parties : std::as_const(sizes)) {
        err << "generating " << parties << " parties...\n";
        err.flush();
        const ProjectData data = generate(parties, seed);
        Timing build, reach, layoutTime;
        std::unique_ptr<TransferGraph> g;
        for (int k = 0; k < runs; ++k)
            timeIt(build, [&] { g = std::make_unique<TransferGraph>(data); });
        for (int k = 0; k < runs; ++k) {
            timeIt(reach, [&] {
                for (const Id &c : g->categories())
                    (void)g->reach(c);
                (void)g->reach({});
            });
        }
        Layout layout;
        for (int k = 0; k < runs; ++k)
            timeIt(layoutTime, [&] { layout = layoutGraph(*g); });
        if (hasOverlaps(layout)) {
            err << "layout of " << parties << " parties has overlapping boxes\n";
            status = 3;
        }
        const qint64 ours = countCrossings(drawnOf(*g, layout));
        if (qEnvironmentVariableIsSet("ROPA_BENCH_BREAKDOWN")) {
            Layout fwd = layout, flat = layout;
            fwd.edges.clear();
            flat.edges.clear();
            for (const EdgeRoute &r : layout.edges) {
                const bool same = layout.boxOf(g->edge(r.edge).from)->layer == layout.boxOf(g->edge(r.edge).to)->layer;
                if (!r.backward)
                    fwd.edges.append(r);
                if (!same)
                    flat.edges.append(r);
            }
            err << "forward only " << countCrossings(drawnOf(*g, fwd)) << ", without same-layer "
                << countCrossings(drawnOf(*g, flat)) << "\n";
        }

        // dot on the DOT Ropa exports for the same picture (every party, every transfer).
        Picture pic;
        pic.nodeShown.assign(std::size_t(g->nodeCount()), true);
        pic.edgeShown.assign(std::size_t(g->edgeCount()), true);
        pic.reach = g->reach({});
        pic.layout = layout;
        pic.title = QStringLiteral("benchmark");
        QString error;
        const QByteArray dot = exportPicture(*g, pic, Format::Dot, &error);
        if (parser.isSet(writeDotOption)) {
            QFile file(parser.value(writeDotOption) + QStringLiteral("/graph-%1.dot").arg(parties));
            if (!file.open(QIODevice::WriteOnly) || file.write(dot) != dot.size())
                err << "could not write " << file.fileName() << "\n";
            QFile bareFile(parser.value(writeDotOption) + QStringLiteral("/graph-%1-nolabels.dot").arg(parties));
            const QByteArray stripped = withoutEdgeLabels(dot);
            if (!bareFile.open(QIODevice::WriteOnly) || bareFile.write(stripped) != stripped.size())
                err << "could not write " << bareFile.fileName() << "\n";
        }
        DotRun full, bare;
        if (!parser.isSet(noDotOption)) {
            err << "dot on " << parties << " parties...\n";
            err.flush();
            const int dotRuns = parties >= 2000 ? std::min(runs, 3) : runs;
            bare = runDot(withoutEdgeLabels(dot), dotRuns, timeout);
            full = runDot(dot, dotRuns, timeout);
            for (const DotRun *r : {&full, &bare}) {
                if (!r->error.isEmpty()) {
                    err << r->error << "\n";
                } else if (r->nodes != g->nodeCount() || r->edges != g->edgeCount()) {
                    err << "dot drew " << r->nodes << " nodes and " << r->edges << " edges, expected " << g->nodeCount()
                        << " and " << g->edgeCount() << "\n";
                    status = 3;
                }
            }
        }
        if (parser.isSet(plainOption)) {
            for (const QString &suffix : {QString(), QStringLiteral("-nolabels")}) {
                QFile file(parser.value(plainOption) + QStringLiteral("/graph-%1%2.plain").arg(parties).arg(suffix));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                int nodes = 0;
                const auto drawn = parsePlain(file.readAll(), &nodes);
                if (drawn && drawn->size() == g->edgeCount())
                    err << file.fileName() << ": " << nodes << " nodes, " << drawn->size() << " edges, "
                        << countCrossings(*drawn) << " crossings\n";
                else
                    err << file.fileName() << ": does not parse or is incomplete\n";
            }
        }
        auto both = [](const Timing &t) -> QString {
            return ms(t.wallMedian()) + QStringLiteral(" / ") + ms(t.cpuMedian());
        };
        auto crossings = [](const DotRun &r) {
            return r.crossings < 0 ? (r.error.isEmpty() ? QStringLiteral("–") : QStringLiteral("(%1)").arg(r.error))
                                   : QString::number(r.crossings);
        };
        out << "| " << parties << " | " << g->edgeCount() << " | " << both(build) << " | " << both(reach) << " | "
            << both(layoutTime) << " | " << ours << " (" << layout.crossings << " between adjacent layers) | "
            << (full.time.wall.isEmpty() ? QStringLiteral("–") : both(full.time)) << " | " << crossings(full) << " | "
            << (bare.time.wall.isEmpty() ? QStringLiteral("–") : both(bare.time)) << " | " << crossings(bare) << " |\n";
        out.flush();
        if (parties == 2000) {
            err << "targets on 2,000 parties / " << g->edgeCount() << " transfers: reach " << ms(reach.wallMedian())
                << " ms (target 200), layout " << ms(layoutTime.wallMedian()) << " ms (target 2000)\n";
        }
    }
    return status;
}
