#pragma once

// The onward-transfer graph (ARCHITECTURE.md decision 6): parties are nodes, transfers are
// edges. Built once from a ProjectData (Boost.Graph adjacency_list inside, kept out of this
// header so users need no Boost), then asked questions: where can a data category end up,
// through which chains, how safely; depth, cycles, unreached parties; the exposure table.
// The rules (which transfer carries which category, how a hop is classified) are in
// docs/graph.md.

#include "domain/projectdata.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace ropa::graph {

// How safe one hop is, as an order: a chain is as strong as its weakest hop.
// Relying on an invalidated mechanism is weaker than stating none: it is a known gap.
enum class Strength : std::int8_t {
    Invalid = 0,      // privacy_shield, safe_harbour to a destination that needs a mechanism
    None,             // no mechanism, or an adequacy claim that does not hold (out of scope)
    Derogation,       // Art. 49
    SafeguardedNoTia, // SCC, BCR, code of conduct, certification; no TIA recorded
    SafeguardedTia,   // the same, with a TIA recorded
    Adequate,         // Art. 45 adequacy, within its scope
    Eea,              // not a Chapter V transfer
};
inline constexpr int StrengthCount = 7;
// Stable keys used in JSON and GraphML ("eea", "adequate", "safeguarded_tia", ...).
QString strengthKey(Strength s);
// A short English title ("within the EEA", "safeguarded, no TIA", ...).
QString strengthTitle(Strength s);
// All strengths, strongest first.
QList<Strength> allStrengths();

// The classification of one transfer towards one destination country.
struct HopClass
{
    QString country; // empty: no destination country is known
    Strength strength = Strength::None;
    QString reason; // one line for tooltips and JSON
};

// Classifies a transfer per destination country (the transfer's countries; else the
// recipient's country; else one entry with an empty country, trusting the stated mechanism).
QList<HopClass> classifyTransfer(const ProjectData &data, const Transfer &transfer);

struct Chain
{
    std::vector<int> edges; // edge indexes, from an own party onward
    Strength weakest = Strength::Eea;
};

struct ChainList
{
    QList<Chain> chains;
    bool capped = false; // more chains exist (or the search budget ran out)
};

// Where one data category (or every category) can reach.
struct Reach
{
    Id category;                    // null: every category
    std::vector<std::int8_t> best;  // per node: strongest chain, -1 when not reached
    std::vector<std::int8_t> worst; // per node: weakest chain (over walks), -1 when not reached
    std::vector<bool> edgeUsed;     // per edge: carries the category from a reached party
    struct CountryReach
    {
        Strength best = Strength::Invalid;
        Strength worst = Strength::Eea;
    };
    QMap<QString, CountryReach> countries; // destination countries reached (code -> strengths)

    bool reached(int node) const { return best[std::size_t(node)] >= 0; }
};

// One cell of the exposure table.
struct ExposureCell
{
    Id category;
    QString country;
    int chains = 0;      // chains whose last hop goes to the country (at most the cap)
    bool capped = false; // chains is a lower bound
    Strength weakest = Strength::Eea;
    Strength best = Strength::Invalid;
};

struct Limits
{
    int chainsPerTarget = 50;    // chains listed (or counted) per party or country
    qint64 searchSteps = 200000; // edge expansions per search before it gives up
    // Asked between data categories of exposure() and now and then within a search: true
    // stops it (the result is then incomplete; the caller drops it). Unset: never stops.
    std::function<bool()> cancelled;
};

class TransferGraph
{
public:
    struct Node
    {
        Id party;
        QString name;
        QString country;
        bool own = false;
        bool named = true;
        PartyKind kind = PartyKind::Organisation;
    };
    struct Edge
    {
        Id transfer;
        int from = -1;
        int to = -1;
        Mechanism mechanism = Mechanism::None;
        bool tia = false;
        bool unspecified = false;          // lists no categories: assumed to carry every category
        QList<HopClass> hops;              // per destination country
        Strength strength = Strength::Eea; // the weakest of hops
        IdList categories;                 // as listed on the transfer
    };

    explicit TransferGraph(const ProjectData &data);
    ~TransferGraph();
    TransferGraph(const TransferGraph &) = delete;
    TransferGraph &operator=(const TransferGraph &) = delete;

    const ProjectData &data() const { return m_data; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    const Node &node(int n) const { return m_nodes[std::size_t(n)]; }
    const Edge &edge(int e) const { return m_edges[std::size_t(e)]; }
    // -1 when the party is not in the graph (hash lookups).
    int nodeOf(const Id &party) const;
    int edgeOf(const Id &transfer) const;
    const std::vector<int> &outEdges(int n) const { return m_out[std::size_t(n)]; }
    const std::vector<int> &inEdges(int n) const { return m_in[std::size_t(n)]; }

    // Nodes sorted by (name, id): the order nodes and edges are numbered in.
    // Data categories by (name, id); the index is the bit used for carrying.
    const QList<Id> &categories() const { return m_categoryOrder; }
    // A category by its id, or by its name (case-insensitive); null when none matches.
    Id findCategory(const QString &idOrName) const;

    // Does the edge carry the category (listed, or an ancestor listed, or no list)?
    // A null category: any category.
    bool carries(int edge, const Id &category) const;

    // Shortest number of hops from an own party over any transfer; 0 for own, -1 unreached.
    int depth(int node) const { return m_depth[std::size_t(node)]; }
    // Strongly connected groups of more than one party, and parties that send to themselves;
    // each sorted by node, the list sorted by its first node.
    const QList<QList<int>> &cycles() const { return m_cycles; }
    // Parties no transfer chain from an own party reaches (own parties excluded).
    QList<int> unreached() const;
    // Transfers sent by a party that is not own and receives nothing.
    QList<int> transfersFromUnreceiving() const;
    // Transfers that list no categories.
    QList<int> unspecifiedTransfers() const;

    // Widest-path propagation from the own parties, O(strengths x (V + E)).
    Reach reach(const Id &category) const;
    // Simple chains from an own party to the party / ending with a hop to the country.
    ChainList chainsToParty(const Id &category, int node, const Limits &limits = {}) const;
    ChainList chainsToCountry(const Id &category, const QString &country, const Limits &limits = {}) const;
    // The same for many countries of one category: usable is usableEdges(category), computed once.
    ChainList chainsToCountry(const std::vector<bool> &usable, const QString &country, const Limits &limits = {}) const;
    // carries() for every edge, indexed by edge (the category's bit looked up once).
    std::vector<bool> usableEdges(const Id &category) const;
    // The strength of a chain as it ends in country (its last hop counted for that country).
    Strength chainStrength(const Chain &chain, const QString &lastCountry = {}) const;
    Strength hopStrength(int edge, const QString &country) const;

    // Data category x destination country, for every category (rows in categories() order,
    // countries ascending). Only cells with at least one chain are returned.
    QList<ExposureCell> exposure(const Limits &limits = {}) const;
    QList<ExposureCell> exposure(const Id &category, const Limits &limits = {}) const;

private:
    struct Impl;
    bool carriesBit(int edge, int categoryBit) const;
    ChainList enumerate(const std::vector<bool> &usable, const std::vector<bool> &targetEdge, const QString &country,
                        const Limits &limits) const;

    ProjectData m_data;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_out;
    std::vector<std::vector<int>> m_in;
    QHash<Id, int> m_nodeIndex;
    QHash<Id, int> m_edgeIndex;
    QHash<QString, std::vector<int>> m_edgesToCountry; // edges with a hop to the country, ascending
    std::vector<int> m_depth;
    QList<QList<int>> m_cycles;
    QList<Id> m_categoryOrder;
    QMap<Id, int> m_categoryBit;
    int m_words = 1;
    std::vector<std::uint64_t> m_carry; // m_words per edge
    std::unique_ptr<Impl> m_impl;
};

} // namespace ropa::graph
