#include "transfergraph.h"

#include "itemmodels/labels.h"
#include "reference/reference.h"

#include <QCoreApplication>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <deque>
#include <numeric>

namespace ropa::graph {

namespace {

// The graph's texts for people (legend, labels): context "ropa::graph".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::graph)
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                         boost::property<boost::edge_index_t, int>>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;

int toInt(Strength s)
{
    return static_cast<int>(s);
}
Strength fromInt(int v)
{
    return static_cast<Strength>(v);
}

bool isEeaCode(const QString &code)
{
    return code == QLatin1StringView("EU") || Reference::instance().isEea(code);
}

// What the stated mechanism is worth where the destination is neither EEA nor adequate.
Strength statedStrength(Mechanism m, bool tia)
{
    switch (m) {
    case Mechanism::Scc:
    case Mechanism::Bcr:
    case Mechanism::CodeOfConduct:
    case Mechanism::Certification: return tia ? Strength::SafeguardedTia : Strength::SafeguardedNoTia;
    case Mechanism::Derogation: return Strength::Derogation;
    case Mechanism::PrivacyShield:
    case Mechanism::SafeHarbour: return Strength::Invalid;
    case Mechanism::Eea:
    case Mechanism::Adequacy:
    case Mechanism::Dpf:
    case Mechanism::NotStated:
    case Mechanism::None: break;
    }
    return Strength::None; // an EEA/adequacy claim the destination does not bear out
}

// Adequacy for a recipient in that (non-EEA) country, respecting partial scope.
bool adequateFor(const QString &code, const Party *recipient, QString *why)
{
    // The reasons are shown to people (the graph's tooltips): in the display language.
    const QString language = Reference::displayLanguage();
    const AdequacyDecision *decision = Reference::instance().adequacy(code);
    if (!decision) {
        *why = Tr::tr("%1: no adequacy decision").arg(code);
        return false;
    }
    if (!decision->partial) {
        *why = Tr::tr("%1: adequacy decision (%2)").arg(code, decision->referenceIn(language));
        return true;
    }
    if (code == QLatin1StringView("US")) {
        const bool certified = recipient && recipient->dpfCertified.value_or(false);
        *why = certified
                   ? Tr::tr("US: adequate for DPF-certified recipients; recipient is certified")
                   : Tr::tr("US: adequacy only for DPF-certified recipients; recipient is not known to be certified");
        return certified;
    }
    // Canada (commercial organisations), Japan (business operators): not public bodies.
    const bool commercial = recipient && recipient->kind == PartyKind::Organisation;
    *why =
        commercial
            ? Tr::tr("%1: adequate within its scope (%2)").arg(code, decision->scopeIn(language))
            : Tr::tr("%1: adequacy covers only %2; recipient is not in scope").arg(code, decision->scopeIn(language));
    return commercial;
}

} // namespace

QString strengthKey(Strength s)
{
    switch (s) {
    case Strength::Invalid: return QStringLiteral("invalid");
    case Strength::None: return QStringLiteral("none");
    case Strength::Derogation: return QStringLiteral("derogation");
    case Strength::SafeguardedNoTia: return QStringLiteral("safeguarded_no_tia");
    case Strength::SafeguardedTia: return QStringLiteral("safeguarded_tia");
    case Strength::Adequate: return QStringLiteral("adequate");
    case Strength::Eea: return QStringLiteral("eea");
    }
    return {};
}

QString strengthTitle(Strength s)
{
    switch (s) {
    case Strength::Invalid: return Tr::tr("invalid mechanism");
    case Strength::None: return Tr::tr("no valid mechanism");
    case Strength::Derogation: return Tr::tr("derogation (Art. 49)");
    case Strength::SafeguardedNoTia: return Tr::tr("safeguards, no TIA");
    case Strength::SafeguardedTia: return Tr::tr("safeguards with TIA");
    case Strength::Adequate: return Tr::tr("adequacy");
    case Strength::Eea: return Tr::tr("within the EEA");
    }
    return {};
}

QList<Strength> allStrengths()
{
    QList<Strength> list;
    for (int k = StrengthCount - 1; k >= 0; --k)
        list.append(fromInt(k));
    return list;
}

QList<HopClass> classifyTransfer(const ProjectData &data, const Transfer &transfer)
{
    const Party *recipient = data.find<Party>(transfer.to);
    QStringList countries = transfer.countries;
    if (countries.isEmpty() && recipient && !recipient->country.isEmpty())
        countries.append(recipient->country);
    const bool tia = transfer.tiaDone.has_value();
    const QString mech = Labels::mechanismShort(transfer.mechanism, transfer.sccModule);
    QList<HopClass> hops;
    if (countries.isEmpty()) {
        // No country anywhere: trust the stated mechanism, and say so.
        HopClass h;
        switch (transfer.mechanism) {
        case Mechanism::Eea: h.strength = Strength::Eea; break;
        case Mechanism::Adequacy:
        case Mechanism::Dpf: h.strength = Strength::Adequate; break;
        default: h.strength = statedStrength(transfer.mechanism, tia); break;
        }
        h.reason = Tr::tr("no destination country known; stated mechanism %1 taken as is").arg(mech);
        hops.append(h);
        return hops;
    }
    countries.removeDuplicates();
    for (const QString &c : std::as_const(countries)) {
        HopClass h;
        h.country = c;
        QString why;
        if (isEeaCode(c)) {
            h.strength = Strength::Eea;
            h.reason = Tr::tr("%1: within the EEA").arg(c);
        } else if (adequateFor(c, recipient, &why)) {
            h.strength = Strength::Adequate;
            h.reason = why;
        } else {
            h.strength = statedStrength(transfer.mechanism, tia);
            h.reason = tia ? Tr::tr("%1; stated mechanism %2 with TIA").arg(why, mech)
                           : Tr::tr("%1; stated mechanism %2").arg(why, mech);
        }
        hops.append(h);
    }
    return hops;
}

struct TransferGraph::Impl
{
    BoostGraph g;
};

TransferGraph::TransferGraph(const ProjectData &data)
    : m_data(data)
    , m_impl(std::make_unique<Impl>())
{
    // Nodes in (name, id) order: deterministic, and the order layouts seed from.
    std::vector<const Party *> parties;
    parties.reserve(data.parties.size());
    for (const auto &[id, p] : data.parties)
        parties.push_back(&p);
    std::stable_sort(parties.begin(), parties.end(), [](const Party *a, const Party *b) {
        const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : IdLess()(a->id, b->id);
    });
    QHash<Id, int> &nodeIndex = m_nodeIndex;
    nodeIndex.reserve(qsizetype(parties.size()));
    m_nodes.reserve(parties.size());
    for (const Party *p : parties) {
        nodeIndex.insert(p->id, int(m_nodes.size()));
        m_nodes.push_back({p->id, p->name, p->country, p->own, p->named, p->kind});
    }

    // Categories in (name, id) order; each gets a bit; a listed category carries its
    // descendants too.
    std::vector<const DataCategory *> cats;
    for (const auto &[id, c] : data.dataCategories)
        cats.push_back(&c);
    std::stable_sort(cats.begin(), cats.end(), [](const DataCategory *a, const DataCategory *b) {
        const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : IdLess()(a->id, b->id);
    });
    for (const DataCategory *c : cats) {
        m_categoryBit.insert(c->id, int(m_categoryOrder.size()));
        m_categoryOrder.append(c->id);
    }
    const int catCount = int(m_categoryOrder.size());
    m_words = std::max(1, (catCount + 63) / 64);
    // covers[a] = bits of a and every descendant of a.
    std::vector<std::uint64_t> covers(std::size_t(catCount) * std::size_t(m_words), 0);
    for (int k = 0; k < catCount; ++k) {
        // Walk up from k, marking k in every ancestor (guard against a cyclic hierarchy).
        Id at = m_categoryOrder[k];
        for (int guard = 0; guard <= catCount && !at.isNull(); ++guard) {
            const auto bit = m_categoryBit.constFind(at);
            if (bit == m_categoryBit.cend())
                break;
            covers[std::size_t(*bit) * std::size_t(m_words) + std::size_t(k / 64)] |= std::uint64_t(1) << (k % 64);
            const DataCategory *dc = data.find<DataCategory>(at);
            at = dc ? dc->parent : Id();
        }
    }

    // Edges: transfers between known parties, in (from, to, id) order.
    std::vector<const Transfer *> transfers;
    for (const auto &[id, t] : data.transfers) {
        if (nodeIndex.contains(t.from) && nodeIndex.contains(t.to))
            transfers.push_back(&t);
    }
    std::stable_sort(transfers.begin(), transfers.end(), [&](const Transfer *a, const Transfer *b) {
        const int fa = nodeIndex.value(a->from), fb = nodeIndex.value(b->from);
        if (fa != fb)
            return fa < fb;
        const int ta = nodeIndex.value(a->to), tb = nodeIndex.value(b->to);
        if (ta != tb)
            return ta < tb;
        return IdLess()(a->id, b->id);
    });
    m_out.assign(m_nodes.size(), {});
    m_in.assign(m_nodes.size(), {});
    m_carry.assign(transfers.size() * std::size_t(m_words), 0);
    m_impl->g = BoostGraph(m_nodes.size());
    for (const Transfer *t : transfers) {
        Edge e;
        e.transfer = t->id;
        e.from = nodeIndex.value(t->from);
        e.to = nodeIndex.value(t->to);
        e.mechanism = t->mechanism;
        e.tia = t->tiaDone.has_value();
        e.categories = t->dataCategories;
        e.hops = classifyTransfer(data, *t);
        e.strength = Strength::Eea;
        for (const HopClass &h : std::as_const(e.hops))
            e.strength = std::min(e.strength, h.strength);
        const int index = int(m_edges.size());
        m_edgeIndex.insert(t->id, index);
        for (const HopClass &h : std::as_const(e.hops)) {
            std::vector<int> &list = m_edgesToCountry[h.country];
            if (list.empty() || list.back() != index)
                list.push_back(index);
        }
        std::uint64_t *bits = m_carry.data() + std::size_t(index) * std::size_t(m_words);
        bool any = false;
        for (const Id &c : t->dataCategories) {
            const auto bit = m_categoryBit.constFind(c);
            if (bit == m_categoryBit.cend())
                continue;
            any = true;
            for (int w = 0; w < m_words; ++w)
                bits[w] |= covers[std::size_t(*bit) * std::size_t(m_words) + std::size_t(w)];
        }
        if (!any) {
            // Lists no (known) category: assume it can carry every category (worst case).
            e.unspecified = true;
            std::fill(bits, bits + m_words, ~std::uint64_t(0));
        }
        m_out[std::size_t(e.from)].push_back(index);
        m_in[std::size_t(e.to)].push_back(index);
        boost::add_edge(Vertex(e.from), Vertex(e.to), index, m_impl->g);
        m_edges.push_back(std::move(e));
    }

    // Depth: breadth-first from every own party at once.
    m_depth.assign(m_nodes.size(), -1);
    std::vector<Vertex> sources;
    for (int n = 0; n < nodeCount(); ++n) {
        if (m_nodes[std::size_t(n)].own)
            sources.push_back(Vertex(n));
    }
    if (!sources.empty()) {
        std::vector<boost::default_color_type> colour(m_nodes.size());
        auto colourMap = boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, m_impl->g));
        for (Vertex s : sources)
            m_depth[s] = 0;
        struct DepthVisitor : boost::default_bfs_visitor
        {
            std::vector<int> *depth;
            void tree_edge(boost::graph_traits<BoostGraph>::edge_descriptor e, const BoostGraph &g) const
            {
                (*depth)[boost::target(e, g)] = (*depth)[boost::source(e, g)] + 1;
            }
        } visitor;
        visitor.depth = &m_depth;
        boost::queue<Vertex> queue;
        boost::breadth_first_search(m_impl->g, sources.begin(), sources.end(), queue, visitor, colourMap);
    }

    // Cycles: strongly connected components with more than one party, or a self-loop.
    if (!m_nodes.empty()) {
        std::vector<int> component(m_nodes.size());
        const int count = boost::strong_components(
            m_impl->g,
            boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, m_impl->g)));
        std::vector<QList<int>> groups(static_cast<std::size_t>(count));
        for (int n = 0; n < nodeCount(); ++n)
            groups[std::size_t(component[std::size_t(n)])].append(n);
        for (const QList<int> &group : groups) {
            bool cyclic = group.size() > 1;
            if (!cyclic) {
                for (int e : m_out[std::size_t(group.first())])
                    cyclic = cyclic || m_edges[std::size_t(e)].to == group.first();
            }
            if (cyclic)
                m_cycles.append(group);
        }
        std::sort(m_cycles.begin(), m_cycles.end(),
                  [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
    }
}

TransferGraph::~TransferGraph() = default;

int TransferGraph::nodeOf(const Id &party) const
{
    return m_nodeIndex.value(party, -1);
}

int TransferGraph::edgeOf(const Id &transfer) const
{
    return m_edgeIndex.value(transfer, -1);
}

Id TransferGraph::findCategory(const QString &idOrName) const
{
    const Id id = idFromString(idOrName.trimmed().toLower());
    if (!id.isNull() && m_categoryBit.contains(id))
        return id;
    for (const Id &c : m_categoryOrder) {
        const DataCategory *dc = m_data.find<DataCategory>(c);
        if (dc && QString::compare(dc->name, idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

bool TransferGraph::carriesBit(int edge, int bit) const
{
    return (m_carry[std::size_t(edge) * std::size_t(m_words) + std::size_t(bit / 64)] >> (bit % 64)) & 1U;
}

// carries() for every edge, the category's bit looked up once (not once per edge).
std::vector<bool> TransferGraph::usableEdges(const Id &category) const
{
    std::vector<bool> usable(m_edges.size(), true);
    if (category.isNull())
        return usable;
    const auto bit = m_categoryBit.constFind(category);
    for (std::size_t e = 0; e < m_edges.size(); ++e)
        usable[e] = bit == m_categoryBit.cend() ? m_edges[e].unspecified : carriesBit(int(e), *bit);
    return usable;
}

bool TransferGraph::carries(int edge, const Id &category) const
{
    if (category.isNull())
        return true;
    const auto bit = m_categoryBit.constFind(category);
    if (bit == m_categoryBit.cend())
        return m_edges[std::size_t(edge)].unspecified;
    return carriesBit(edge, *bit);
}

QList<int> TransferGraph::unreached() const
{
    QList<int> list;
    for (int n = 0; n < nodeCount(); ++n) {
        if (!m_nodes[std::size_t(n)].own && m_depth[std::size_t(n)] < 0)
            list.append(n);
    }
    return list;
}

QList<int> TransferGraph::transfersFromUnreceiving() const
{
    QList<int> list;
    for (int e = 0; e < edgeCount(); ++e) {
        const int from = m_edges[std::size_t(e)].from;
        if (!m_nodes[std::size_t(from)].own && m_in[std::size_t(from)].empty())
            list.append(e);
    }
    return list;
}

QList<int> TransferGraph::unspecifiedTransfers() const
{
    QList<int> list;
    for (int e = 0; e < edgeCount(); ++e) {
        if (m_edges[std::size_t(e)].unspecified)
            list.append(e);
    }
    return list;
}

Strength TransferGraph::hopStrength(int edge, const QString &country) const
{
    const Edge &e = m_edges[std::size_t(edge)];
    if (!country.isEmpty()) {
        for (const HopClass &h : e.hops) {
            if (h.country == country)
                return h.strength;
        }
    }
    return e.strength;
}

Strength TransferGraph::chainStrength(const Chain &chain, const QString &lastCountry) const
{
    Strength s = Strength::Eea;
    for (std::size_t k = 0; k < chain.edges.size(); ++k) {
        const bool last = k + 1 == chain.edges.size();
        s = std::min(s,
                     last ? hopStrength(chain.edges[k], lastCountry) : m_edges[std::size_t(chain.edges[k])].strength);
    }
    return s;
}

Reach TransferGraph::reach(const Id &category) const
{
    Reach r;
    r.category = category;
    const std::size_t n = m_nodes.size();
    r.best.assign(n, -1);
    r.worst.assign(n, -1);
    r.edgeUsed.assign(m_edges.size(), false);
    const std::vector<bool> usable = usableEdges(category);

    // Bottleneck (widest-path) propagation. Values live on a lattice of StrengthCount levels,
    // so each node changes at most StrengthCount times: O(StrengthCount x (V + E)).
    // best only rises, worst only falls; a worklist runs each to its fixpoint.
    std::deque<int> work;
    for (std::size_t v = 0; v < n; ++v) {
        if (m_nodes[v].own) {
            r.best[v] = r.worst[v] = std::int8_t(toInt(Strength::Eea));
            work.push_back(int(v));
        }
    }
    std::vector<bool> queued(n, false);
    for (int v : work)
        queued[std::size_t(v)] = true;
    while (!work.empty()) {
        const int u = work.front();
        work.pop_front();
        queued[std::size_t(u)] = false;
        for (int e : m_out[std::size_t(u)]) {
            if (!usable[std::size_t(e)])
                continue;
            const int v = m_edges[std::size_t(e)].to;
            const int s = toInt(m_edges[std::size_t(e)].strength);
            const std::int8_t b = std::int8_t(std::min<int>(r.best[std::size_t(u)], s));
            const std::int8_t w = std::int8_t(std::min<int>(r.worst[std::size_t(u)], s));
            bool changed = false;
            if (r.best[std::size_t(v)] < b) {
                r.best[std::size_t(v)] = b;
                changed = true;
            }
            if (r.worst[std::size_t(v)] < 0 || r.worst[std::size_t(v)] > w) {
                r.worst[std::size_t(v)] = w;
                changed = true;
            }
            if (changed && !queued[std::size_t(v)] && !m_nodes[std::size_t(v)].own) {
                queued[std::size_t(v)] = true;
                work.push_back(v);
            }
        }
    }
    for (int e = 0; e < edgeCount(); ++e) {
        const Edge &edge = m_edges[std::size_t(e)];
        if (!usable[std::size_t(e)] || r.best[std::size_t(edge.from)] < 0)
            continue;
        r.edgeUsed[std::size_t(e)] = true;
        for (const HopClass &h : edge.hops) {
            if (h.country.isEmpty())
                continue;
            const Strength b = std::min(fromInt(r.best[std::size_t(edge.from)]), h.strength);
            const Strength w = std::min(fromInt(r.worst[std::size_t(edge.from)]), h.strength);
            auto it = r.countries.find(h.country);
            if (it == r.countries.end()) {
                r.countries.insert(h.country, {b, w});
            } else {
                it->best = std::max(it->best, b);
                it->worst = std::min(it->worst, w);
            }
        }
    }
    return r;
}

ChainList TransferGraph::enumerate(const std::vector<bool> &usable, const std::vector<bool> &targetEdge,
                                   const QString &country, const Limits &limits) const
{
    ChainList result;
    const std::size_t n = m_nodes.size();
    // canReach: the node can still end a chain (reverse search from the target edges' tails).
    std::vector<bool> canReach(n, false);
    std::vector<int> stackNodes;
    for (int e = 0; e < edgeCount(); ++e) {
        if (targetEdge[std::size_t(e)] && usable[std::size_t(e)] &&
            !canReach[std::size_t(m_edges[std::size_t(e)].from)]) {
            canReach[std::size_t(m_edges[std::size_t(e)].from)] = true;
            stackNodes.push_back(m_edges[std::size_t(e)].from);
        }
    }
    while (!stackNodes.empty()) {
        const int v = stackNodes.back();
        stackNodes.pop_back();
        for (int e : m_in[std::size_t(v)]) {
            const int u = m_edges[std::size_t(e)].from;
            if (usable[std::size_t(e)] && !canReach[std::size_t(u)]) {
                canReach[std::size_t(u)] = true;
                stackNodes.push_back(u);
            }
        }
    }

    qint64 steps = 0;
    std::vector<bool> onPath(n, false);
    std::vector<int> path;
    struct Frame
    {
        int node;
        std::size_t next;
    };
    for (int src = 0; src < int(n); ++src) {
        if (!m_nodes[std::size_t(src)].own || !canReach[std::size_t(src)])
            continue;
        std::vector<Frame> frames{{src, 0}};
        onPath[std::size_t(src)] = true;
        while (!frames.empty()) {
            Frame &top = frames.back();
            const auto &out = m_out[std::size_t(top.node)];
            if (top.next >= out.size()) {
                onPath[std::size_t(top.node)] = false;
                frames.pop_back();
                if (!path.empty())
                    path.pop_back();
                continue;
            }
            const int e = out[top.next++];
            if (++steps > limits.searchSteps) {
                result.capped = true;
                break;
            }
            if (!usable[std::size_t(e)])
                continue;
            const int v = m_edges[std::size_t(e)].to;
            if (onPath[std::size_t(v)])
                continue;
            if (targetEdge[std::size_t(e)]) {
                if (result.chains.size() >= limits.chainsPerTarget) {
                    result.capped = true;
                    break;
                }
                Chain c;
                c.edges = path;
                c.edges.push_back(e);
                c.weakest = chainStrength(c, country);
                result.chains.append(std::move(c));
            }
            if (canReach[std::size_t(v)]) {
                onPath[std::size_t(v)] = true;
                path.push_back(e);
                frames.push_back({v, 0});
            }
        }
        if (result.capped) {
            for (const Frame &f : frames)
                onPath[std::size_t(f.node)] = false;
            path.clear();
            break;
        }
    }
    // Shortest first, then weakest first, then by the edge sequence: a stable reading order.
    std::stable_sort(result.chains.begin(), result.chains.end(), [](const Chain &a, const Chain &b) {
        if (a.edges.size() != b.edges.size())
            return a.edges.size() < b.edges.size();
        if (a.weakest != b.weakest)
            return a.weakest < b.weakest;
        return a.edges < b.edges;
    });
    return result;
}

ChainList TransferGraph::chainsToParty(const Id &category, int node, const Limits &limits) const
{
    std::vector<bool> target(m_edges.size(), false);
    if (node >= 0 && node < nodeCount()) {
        for (int e : m_in[std::size_t(node)])
            target[std::size_t(e)] = true;
    }
    return enumerate(usableEdges(category), target, QString(), limits);
}

ChainList TransferGraph::chainsToCountry(const Id &category, const QString &country, const Limits &limits) const
{
    return chainsToCountry(usableEdges(category), country, limits);
}

ChainList TransferGraph::chainsToCountry(const std::vector<bool> &usable, const QString &country,
                                         const Limits &limits) const
{
    std::vector<bool> target(m_edges.size(), false);
    const auto edges = m_edgesToCountry.constFind(country);
    if (edges != m_edgesToCountry.cend()) {
        for (const int e : *edges)
            target[std::size_t(e)] = true;
    }
    if (usable.size() != m_edges.size())
        return {};
    return enumerate(usable, target, country, limits);
}

QList<ExposureCell> TransferGraph::exposure(const Id &category, const Limits &limits) const
{
    const Reach r = reach(category);
    QList<ExposureCell> cells;
    QMap<QString, int> cellOf;
    for (auto it = r.countries.cbegin(); it != r.countries.cend(); ++it) {
        ExposureCell cell;
        cell.category = category;
        cell.country = it.key();
        cell.weakest = it->worst;
        cell.best = it->best;
        cellOf.insert(it.key(), int(cells.size()));
        cells.append(cell);
    }
    if (cells.isEmpty())
        return cells;

    // Count simple chains per country in one bounded depth-first search; a cell that reaches
    // the cap, or a search that runs out of budget, gives a lower bound (capped).
    const std::size_t n = m_nodes.size();
    std::vector<bool> usable(m_edges.size());
    for (int e = 0; e < edgeCount(); ++e)
        usable[std::size_t(e)] = r.edgeUsed[std::size_t(e)];
    std::vector<bool> onPath(n, false);
    std::vector<int> cellIndex; // per hop of an edge
    qint64 steps = 0;
    bool outOfBudget = false;
    int open = int(cells.size()); // cells still below the cap
    struct Frame
    {
        int node;
        std::size_t next;
    };
    for (int src = 0; src < int(n) && !outOfBudget && open > 0; ++src) {
        if (!m_nodes[std::size_t(src)].own)
            continue;
        std::vector<Frame> frames{{src, 0}};
        onPath[std::size_t(src)] = true;
        while (!frames.empty()) {
            Frame &top = frames.back();
            const auto &out = m_out[std::size_t(top.node)];
            if (top.next >= out.size()) {
                onPath[std::size_t(top.node)] = false;
                frames.pop_back();
                continue;
            }
            const int e = out[top.next++];
            if (++steps > limits.searchSteps || ((steps & 0xffff) == 0 && limits.cancelled && limits.cancelled())) {
                outOfBudget = true;
                break;
            }
            if (!usable[std::size_t(e)])
                continue;
            const int v = m_edges[std::size_t(e)].to;
            if (onPath[std::size_t(v)])
                continue;
            for (const HopClass &h : m_edges[std::size_t(e)].hops) {
                const auto c = cellOf.constFind(h.country);
                if (c == cellOf.cend())
                    continue;
                ExposureCell &cell = cells[*c];
                if (cell.chains < limits.chainsPerTarget) {
                    if (++cell.chains == limits.chainsPerTarget) {
                        cell.capped = true;
                        --open;
                    }
                }
            }
            if (open == 0)
                break;
            onPath[std::size_t(v)] = true;
            frames.push_back({v, 0});
        }
        for (const Frame &f : frames)
            onPath[std::size_t(f.node)] = false;
    }
    if (outOfBudget) {
        for (ExposureCell &cell : cells)
            cell.capped = true;
    }
    return cells;
}

QList<ExposureCell> TransferGraph::exposure(const Limits &limits) const
{
    QList<ExposureCell> all;
    for (const Id &c : m_categoryOrder) {
        if (limits.cancelled && limits.cancelled())
            break;
        all.append(exposure(c, limits));
    }
    return all;
}

} // namespace ropa::graph
