#include "layout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <numeric>

namespace ropa::graph {

namespace {

struct Item
{
    int node = -1; // -1: a dummy on a long edge
    int layer = 0;
    double height = 0;
    std::vector<int> up;   // neighbour items in layer - 1
    std::vector<int> down; // neighbour items in layer + 1
    std::vector<int> flat; // items of the same layer it has a transfer with (drawn as arcs)
};

// Crossings between two adjacent layers: inversions among segments sorted by their upper end.
qint64 countCrossings(std::vector<std::pair<int, int>> segments, int lowerSize)
{
    std::sort(segments.begin(), segments.end());
    std::vector<int> tree(static_cast<std::size_t>(lowerSize) + 1, 0); // Fenwick tree over lower positions
    qint64 crossings = 0;
    qint64 seen = 0;
    for (const auto &[a, b] : segments) {
        // Segments already seen whose lower end is strictly greater than b cross this one.
        qint64 notGreater = 0;
        for (int i = b + 1; i > 0; i -= i & -i)
            notGreater += tree[std::size_t(i)];
        crossings += seen - notGreater;
        for (int i = b + 1; i <= lowerSize; i += i & -i)
            ++tree[std::size_t(i)];
        ++seen;
    }
    return crossings;
}

// Pool-adjacent-violators: the non-decreasing sequence closest (least squares) to z.
std::vector<double> isotonic(const std::vector<double> &z, const std::vector<double> &w)
{
    struct Block
    {
        double sum;
        double weight;
        int count;
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < z.size(); ++i) {
        blocks.push_back({z[i] * w[i], w[i], 1});
        while (blocks.size() > 1) {
            const Block &b = blocks.back();
            const Block &a = blocks[blocks.size() - 2];
            if (a.sum / a.weight <= b.sum / b.weight)
                break;
            const Block merged{a.sum + b.sum, a.weight + b.weight, a.count + b.count};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    std::vector<double> out;
    out.reserve(z.size());
    for (const Block &b : blocks)
        out.insert(out.end(), std::size_t(b.count), b.sum / b.weight);
    return out;
}

} // namespace

double LayoutOptions::heightOf(int node) const
{
    const double height = node >= 0 && std::size_t(node) < nodeHeights.size() ? nodeHeights[std::size_t(node)] : 0;
    return height > 0 ? height : nodeHeight;
}

const NodeBox *Layout::boxOf(int node) const
{
    const auto it =
        std::lower_bound(nodes.cbegin(), nodes.cend(), node, [](const NodeBox &b, int n) { return b.node < n; });
    return it != nodes.cend() && it->node == node ? &*it : nullptr;
}

bool hasOverlaps(const Layout &layout)
{
    for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.nodes.size(); ++j) {
            if (layout.nodes[i].rect.intersects(layout.nodes[j].rect))
                return true;
        }
    }
    return false;
}

Layout layoutGraph(const TransferGraph &graph, const std::vector<bool> &nodeVisible,
                   const std::vector<bool> &edgeVisible, const LayoutOptions &options)
{
    Layout layout;
    const int n = graph.nodeCount();
    auto nodeOn = [&](int v) { return nodeVisible.empty() || nodeVisible[std::size_t(v)]; };
    std::vector<int> edges;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const auto &edge = graph.edge(e);
        if ((edgeVisible.empty() || edgeVisible[std::size_t(e)]) && nodeOn(edge.from) && nodeOn(edge.to))
            edges.push_back(e);
    }

    // 1. Layers: breadth-first depth from the own parties over the visible edges; what they
    // do not reach is layered from its own roots (parties nothing sends to), in node order.
    const auto un = static_cast<std::size_t>(n);
    std::vector<int> layer(un, -1);
    std::vector<std::vector<int>> out(un), in(un);
    for (int e : edges) {
        out[std::size_t(graph.edge(e).from)].push_back(graph.edge(e).to);
        in[std::size_t(graph.edge(e).to)].push_back(graph.edge(e).from);
    }
    auto bfs = [&](const std::vector<int> &roots) {
        std::deque<int> queue;
        for (int r : roots) {
            layer[std::size_t(r)] = 0;
            queue.push_back(r);
        }
        while (!queue.empty()) {
            const int u = queue.front();
            queue.pop_front();
            for (int v : out[std::size_t(u)]) {
                if (layer[std::size_t(v)] < 0) {
                    layer[std::size_t(v)] = layer[std::size_t(u)] + 1;
                    queue.push_back(v);
                }
            }
        }
    };
    std::vector<int> roots;
    for (int v = 0; v < n; ++v) {
        if (nodeOn(v) && graph.node(v).own)
            roots.push_back(v);
    }
    bfs(roots);
    for (;;) {
        roots.clear();
        for (int v = 0; v < n; ++v) {
            if (!nodeOn(v) || layer[std::size_t(v)] >= 0)
                continue;
            const bool fed = std::any_of(in[std::size_t(v)].cbegin(), in[std::size_t(v)].cend(),
                                         [&](int u) { return u != v && layer[std::size_t(u)] < 0; });
            if (!fed)
                roots.push_back(v);
        }
        if (roots.empty()) {
            for (int v = 0; v < n && roots.empty(); ++v) {
                if (nodeOn(v) && layer[std::size_t(v)] < 0)
                    roots.push_back(v); // a cycle nothing enters: start at its first party
            }
        }
        if (roots.empty())
            break;
        bfs(roots);
    }

    // 2. Items: visible nodes, and dummies on edges that span layers. Parallel edges share
    // their dummies.
    std::vector<Item> items;
    std::vector<int> itemOf(un, -1);
    int layerCount = 0;
    for (int v = 0; v < n; ++v) {
        if (!nodeOn(v))
            continue;
        itemOf[std::size_t(v)] = int(items.size());
        items.push_back({v, layer[std::size_t(v)], options.heightOf(v), {}, {}, {}});
        layerCount = std::max(layerCount, layer[std::size_t(v)] + 1);
    }
    std::map<std::pair<int, int>, std::vector<int>> chainOf; // (from, to) -> items left to right
    for (int e : edges) {
        const int u = graph.edge(e).from, v = graph.edge(e).to;
        if (chainOf.count({u, v}))
            continue;
        const int lu = layer[std::size_t(u)], lv = layer[std::size_t(v)];
        std::vector<int> chain;
        if (lu == lv) {
            chainOf[{u, v}] = chain; // drawn as an arc, no segments
            if (u != v) {
                items[std::size_t(itemOf[std::size_t(u)])].flat.push_back(itemOf[std::size_t(v)]);
                items[std::size_t(itemOf[std::size_t(v)])].flat.push_back(itemOf[std::size_t(u)]);
            }
            continue;
        }
        const int left = lu < lv ? u : v, right = lu < lv ? v : u;
        chain.push_back(itemOf[std::size_t(left)]);
        for (int l = std::min(lu, lv) + 1; l < std::max(lu, lv); ++l) {
            chain.push_back(int(items.size()));
            items.push_back({-1, l, 0, {}, {}, {}});
        }
        chain.push_back(itemOf[std::size_t(right)]);
        for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
            items[std::size_t(chain[k])].down.push_back(chain[k + 1]);
            items[std::size_t(chain[k + 1])].up.push_back(chain[k]);
        }
        chainOf[{u, v}] = chain;
    }

    // 3. Order within layers: seeded by node order ((name, id): stable under edits), then
    // barycenter sweeps; the ordering with the fewest crossings is kept (first one on ties).
    std::vector<std::vector<int>> layers(static_cast<std::size_t>(layerCount));
    for (int i = 0; i < int(items.size()); ++i) {
        if (items[std::size_t(i)].node >= 0)
            layers[std::size_t(items[std::size_t(i)].layer)].push_back(i);
    }
    std::vector<double> pos(items.size(), 0); // index within the layer
    std::vector<double> rel(items.size(), 0); // (index + 0.5) / layer size: comparable across layers
    auto renumber = [&](int l) {
        const auto &order = layers[std::size_t(l)];
        for (std::size_t k = 0; k < order.size(); ++k) {
            pos[std::size_t(order[k])] = double(k);
            rel[std::size_t(order[k])] = (double(k) + 0.5) / double(order.size());
        }
    };
    // Dummies enter their layer after the real nodes; the first sweep places them.
    for (int i = 0; i < int(items.size()); ++i) {
        if (items[std::size_t(i)].node < 0)
            layers[std::size_t(items[std::size_t(i)].layer)].push_back(i);
    }
    for (int l = 0; l < layerCount; ++l)
        renumber(l);
    // Barycenter of the neighbours in the layer swept from.
    auto sortLayer = [&](int l, bool useUp) {
        std::vector<std::pair<double, int>> keyed;
        for (int i : layers[std::size_t(l)]) {
            const Item &it = items[std::size_t(i)];
            const auto &nb = useUp ? it.up : it.down;
            double bary = rel[std::size_t(i)];
            if (!nb.empty()) {
                double sum = 0;
                for (int j : nb)
                    sum += rel[std::size_t(j)];
                bary = sum / double(nb.size());
            }
            keyed.emplace_back(bary, i);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t k = 0; k < keyed.size(); ++k)
            layers[std::size_t(l)][k] = keyed[k].second;
        renumber(l);
    };
    // An arc between two parties of a layer (drawn in the gap on the right) crosses the
    // segments leaving every item between them.
    auto arcCost = [&](int l) {
        qint64 cost = 0;
        const auto &order = layers[std::size_t(l)];
        std::vector<qint64> prefix(order.size() + 1, 0);
        for (std::size_t k = 0; k < order.size(); ++k)
            prefix[k + 1] = prefix[k] + qint64(items[std::size_t(order[k])].down.size());
        for (int i : order) {
            for (int j : items[std::size_t(i)].flat) {
                const auto a = std::size_t(pos[std::size_t(i)]), b = std::size_t(pos[std::size_t(j)]);
                if (a < b)
                    cost += prefix[b] - prefix[a + 1];
            }
        }
        return cost;
    };
    auto totalCrossings = [&]() {
        qint64 total = 0;
        for (int l = 0; l < layerCount; ++l) {
            total += arcCost(l);
            if (l + 1 >= layerCount)
                continue;
            std::vector<std::pair<int, int>> segs;
            for (int i : layers[std::size_t(l)]) {
                for (int j : items[std::size_t(i)].down)
                    segs.emplace_back(int(pos[std::size_t(i)]), int(pos[std::size_t(j)]));
            }
            total += countCrossings(std::move(segs), int(layers[std::size_t(l + 1)].size()));
        }
        return total;
    };
    // Crossings between the segments of a and of b to one neighbouring layer when a is
    // above b: pairs (x of a, y of b) with x below y.
    std::vector<double> na, nbuf;
    auto pairCrossings = [&](const std::vector<int> &a, const std::vector<int> &b) {
        if (a.empty() || b.empty())
            return qint64(0);
        na.clear();
        nbuf.clear();
        for (int x : a)
            na.push_back(pos[std::size_t(x)]);
        for (int y : b)
            nbuf.push_back(pos[std::size_t(y)]);
        std::sort(na.begin(), na.end());
        std::sort(nbuf.begin(), nbuf.end());
        qint64 c = 0;
        std::size_t k = 0;
        for (double x : na) { // count y < x
            while (k < nbuf.size() && nbuf[k] < x)
                ++k;
            c += qint64(k);
        }
        return c;
    };
    // The cost of a above b (adjacent, a at index i) minus b above a, for the crossings with
    // both neighbouring layers and the arcs that enclose one of them.
    auto swapGain = [&](int a, int b) {
        const Item &ia = items[std::size_t(a)], &ib = items[std::size_t(b)];
        qint64 keep = pairCrossings(ia.up, ib.up) + pairCrossings(ia.down, ib.down);
        qint64 swap = pairCrossings(ib.up, ia.up) + pairCrossings(ib.down, ia.down);
        const double pa = pos[std::size_t(a)], pb = pos[std::size_t(b)];
        for (int p : ia.flat) {
            if (p == b)
                continue;
            if (pos[std::size_t(p)] > pb)
                keep += qint64(ib.down.size()); // a's arc to the right encloses b
            else
                swap += qint64(ib.down.size());
        }
        for (int q : ib.flat) {
            if (q == a)
                continue;
            if (pos[std::size_t(q)] < pa)
                keep += qint64(ia.down.size());
            else
                swap += qint64(ia.down.size());
        }
        return keep - swap;
    };
    // Transposition: swaps adjacent items while that removes crossings (first to last,
    // repeated until nothing improves or the passes run out).
    auto transpose = [&]() {
        for (int pass = 0; pass < options.transposePasses; ++pass) {
            bool improved = false;
            for (int l = 0; l < layerCount; ++l) {
                auto &order = layers[std::size_t(l)];
                for (std::size_t k = 0; k + 1 < order.size(); ++k) {
                    if (swapGain(order[k], order[k + 1]) > 0) {
                        std::swap(order[k], order[k + 1]);
                        pos[std::size_t(order[k])] = double(k);
                        pos[std::size_t(order[k + 1])] = double(k + 1);
                        improved = true;
                    }
                }
                renumber(l);
            }
            if (!improved)
                break;
        }
    };
    for (int l = 1; l < layerCount; ++l)
        sortLayer(l, true);
    transpose();
    auto best = layers;
    qint64 bestCrossings = totalCrossings();
    for (int sweep = 0; sweep < options.sweeps && bestCrossings > 0; ++sweep) {
        if (sweep % 2 == 0) {
            for (int l = 1; l < layerCount; ++l)
                sortLayer(l, true);
        } else {
            for (int l = layerCount - 2; l >= 0; --l)
                sortLayer(l, false);
        }
        transpose();
        const qint64 c = totalCrossings();
        if (c < bestCrossings) {
            bestCrossings = c;
            best = layers;
        }
    }
    layers = best;
    for (int l = 0; l < layerCount; ++l)
        renumber(l);
    layout.crossings = int(std::min<qint64>(bestCrossings, std::numeric_limits<int>::max()));
    layout.layerCount = layerCount;

    // 4. Vertical coordinates: order-preserving least squares towards the neighbours' mean,
    // with a minimum gap, so nodes never overlap.
    std::vector<double> y(items.size(), 0);
    auto separation = [&](int a, int b) {
        const bool dummy = items[std::size_t(a)].node < 0 || items[std::size_t(b)].node < 0;
        return (items[std::size_t(a)].height + items[std::size_t(b)].height) / 2 +
               (dummy ? options.dummyGap : options.nodeGap);
    };
    auto place = [&](int l, int mode) { // mode 0: up neighbours, 1: down, 2: both, 3: stack
        const auto &order = layers[std::size_t(l)];
        std::vector<double> offset(order.size(), 0), z(order.size()), w(order.size());
        for (std::size_t k = 1; k < order.size(); ++k)
            offset[k] = offset[k - 1] + separation(order[k - 1], order[k]);
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Item &it = items[std::size_t(order[k])];
            double sum = 0;
            int count = 0;
            if (mode == 0 || mode == 2) {
                for (int j : it.up)
                    sum += y[std::size_t(j)], ++count;
            }
            if (mode == 1 || mode == 2) {
                for (int j : it.down)
                    sum += y[std::size_t(j)], ++count;
            }
            const double desired = mode == 3 ? offset[k] : (count ? sum / count : y[std::size_t(order[k])]);
            z[k] = desired - offset[k];
            w[k] = it.node >= 0 ? 1.0 : 0.5;
        }
        const std::vector<double> fitted = isotonic(z, w);
        for (std::size_t k = 0; k < order.size(); ++k)
            y[std::size_t(order[k])] = fitted[k] + offset[k];
    };
    for (int l = 0; l < layerCount; ++l)
        place(l, 3);
    for (int pass = 0; pass < options.placementPasses; ++pass) {
        if (pass % 2 == 0) {
            for (int l = 1; l < layerCount; ++l)
                place(l, 0);
        } else {
            for (int l = layerCount - 2; l >= 0; --l)
                place(l, 1);
        }
    }
    for (int l = 0; l < layerCount; ++l)
        place(l, 2);
    double top = 0;
    bool first = true;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const double t = y[i] - items[i].height / 2;
        top = first ? t : std::min(top, t);
        first = false;
    }
    for (double &v : y)
        v -= top;

    // 5. Boxes.
    const double step = options.nodeWidth + options.layerGap;
    std::vector<int> orderOf(items.size(), 0);
    for (int l = 0; l < layerCount; ++l) {
        for (std::size_t k = 0; k < layers[std::size_t(l)].size(); ++k)
            orderOf[std::size_t(layers[std::size_t(l)][k])] = int(k);
    }
    for (int v = 0; v < n; ++v) {
        const int i = itemOf[std::size_t(v)];
        if (i < 0)
            continue;
        NodeBox box;
        box.node = v;
        box.layer = items[std::size_t(i)].layer;
        box.order = orderOf[std::size_t(i)];
        const double height = items[std::size_t(i)].height;
        box.rect = QRectF(box.layer * step, y[std::size_t(i)] - height / 2, options.nodeWidth, height);
        layout.nodes.append(box);
        layout.bounds = layout.bounds.isNull() ? box.rect : layout.bounds.united(box.rect);
    }

    // 6. Routes. Parallel edges are spread a little at their ends.
    std::map<std::pair<int, int>, int> parallelCount, parallelSeen;
    for (int e : edges)
        ++parallelCount[{graph.edge(e).from, graph.edge(e).to}];
    for (int e : edges) {
        const int u = graph.edge(e).from, v = graph.edge(e).to;
        const int count = parallelCount[{u, v}];
        const int index = parallelSeen[{u, v}]++;
        const double spread = (index - (count - 1) / 2.0) * 6.0;
        const QRectF ru = layout.boxOf(u)->rect, rv = layout.boxOf(v)->rect;
        EdgeRoute route;
        route.edge = e;
        const int lu = layer[std::size_t(u)], lv = layer[std::size_t(v)];
        if (u == v) {
            route.backward = true;
            const double x = ru.right(), cy = ru.center().y() + spread;
            route.points = {QPointF(x, cy - 12), QPointF(x + 28, cy - 22), QPointF(x + 28, cy + 22),
                            QPointF(x, cy + 12)};
        } else if (lu == lv) {
            route.backward = true;
            const double bulge =
                std::min(options.layerGap * 0.45, 24 + std::abs(ru.center().y() - rv.center().y()) / 6);
            route.points = {QPointF(ru.right(), ru.center().y() + spread),
                            QPointF(ru.right() + bulge, (ru.center().y() + rv.center().y()) / 2 + spread),
                            QPointF(rv.right(), rv.center().y() + spread)};
        } else {
            const std::vector<int> &chain = chainOf[{u, v}];
            QList<QPointF> pts;
            const bool forward = lu < lv;
            route.backward = !forward;
            // Left to right along the chain, reversed afterwards for a backward edge.
            const QRectF rl = forward ? ru : rv, rr = forward ? rv : ru;
            pts.append(QPointF(rl.right(), rl.center().y() + spread));
            for (std::size_t k = 1; k + 1 < chain.size(); ++k) {
                const Item &d = items[std::size_t(chain[k])];
                const double x = d.layer * step;
                pts.append(QPointF(x, y[std::size_t(chain[k])]));
                pts.append(QPointF(x + options.nodeWidth, y[std::size_t(chain[k])]));
            }
            pts.append(QPointF(rr.left(), rr.center().y() + spread));
            if (!forward)
                std::reverse(pts.begin(), pts.end());
            route.points = pts;
        }
        for (const QPointF &p : std::as_const(route.points))
            layout.bounds = layout.bounds.united(QRectF(p, QSizeF(1, 1)));
        layout.edges.append(route);
    }
    return layout;
}

} // namespace ropa::graph
