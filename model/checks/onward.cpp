#include "onward.h"

#include "reference/reference.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <vector>

namespace ropa::checks {

namespace {

// Party index over the project, for arrays instead of maps in the searches below.
struct PartyIndex
{
    QHash<Id, int> index;
    QList<Id> ids;

    explicit PartyIndex(const ProjectData &data)
    {
        index.reserve(static_cast<qsizetype>(data.parties.size()));
        for (const auto &[id, party] : data.parties) {
            index.insert(id, static_cast<int>(ids.size()));
            ids.append(id);
        }
    }
    int of(const Id &id) const { return index.value(id, -1); }
};

} // namespace

QStringList transferDestinations(const ProjectData &data, const Transfer &transfer)
{
    if (!transfer.countries.isEmpty())
        return transfer.countries;
    if (const Party *to = data.find<Party>(transfer.to); to && !to->country.isEmpty())
        return {to->country};
    return {};
}

bool isThirdCountry(QStringView code)
{
    if (code.isEmpty() || code == u"EU")
        return false;
    return !Reference::instance().isEea(code);
}

bool isAdequateCountry(QStringView code)
{
    const AdequacyDecision *decision = Reference::instance().adequacy(code);
    return decision && code != u"US";
}

QList<WeakChain> weakOnwardChains(const ProjectData &data, const std::function<bool()> &cancelled)
{
    QList<WeakChain> result;
    const graph::TransferGraph g(data);
    const graph::Limits limits{20, 20000, {}};
    // Only a transfer with a weak hop to a third country can end a weak chain: categories that
    // none of them carries need no search (in most real projects, nearly all of them).
    std::vector<int> weakEdges;
    for (int e = 0; e < g.edgeCount(); ++e) {
        for (const graph::HopClass &h : g.edge(e).hops) {
            if (isThirdCountry(h.country) && h.strength <= graph::Strength::None) {
                weakEdges.push_back(e);
                break;
            }
        }
    }
    if (weakEdges.empty())
        return result;
    for (const auto &[categoryId, category] : data.dataCategories) {
        if (cancelled && cancelled())
            return result;
        if (std::none_of(weakEdges.cbegin(), weakEdges.cend(), [&](int e) { return g.carries(e, categoryId); }))
            continue;
        const graph::Reach reach = g.reach(categoryId);
        const std::vector<bool> usable = g.usableEdges(categoryId);
        // Weak countries grouped by the chain that reaches them.
        std::map<std::vector<int>, QStringList> byChain;
        std::map<std::vector<int>, graph::Strength> strengthOf;
        for (auto it = reach.countries.cbegin(); it != reach.countries.cend(); ++it) {
            if (!isThirdCountry(it.key()) || it->best > graph::Strength::None)
                continue;
            const graph::ChainList chains = g.chainsToCountry(usable, it.key(), limits);
            const graph::Chain *pick = nullptr;
            graph::Strength pickStrength = graph::Strength::Invalid;
            for (const graph::Chain &c : chains.chains) {
                if (c.edges.size() < 2)
                    continue; // a direct transfer: the XFER-* rules report it
                const graph::Strength s = g.chainStrength(c, it.key());
                if (!pick || s > pickStrength || (s == pickStrength && c.edges.size() < pick->edges.size())) {
                    pick = &c;
                    pickStrength = s;
                }
            }
            if (!pick)
                continue;
            byChain[pick->edges].append(it.key());
            strengthOf[pick->edges] = pickStrength;
        }
        for (const auto &[edges, countries] : byChain) {
            WeakChain w;
            w.category = categoryId;
            w.countries = countries;
            w.strength = strengthOf[edges];
            // The weakest hop: the last one counts for these countries only.
            graph::Strength weakest = graph::Strength::Eea;
            for (std::size_t i = 0; i < edges.size(); ++i) {
                const int e = edges[i];
                w.transfers.append(g.edge(e).transfer);
                graph::Strength s = g.edge(e).strength;
                if (i + 1 == edges.size()) {
                    s = graph::Strength::Eea;
                    for (const QString &c : countries)
                        s = std::min(s, g.hopStrength(e, c));
                }
                if (w.weakest.isNull() || s < weakest) {
                    weakest = s;
                    w.weakest = g.edge(e).transfer;
                }
            }
            result.append(w);
        }
    }
    return result;
}

QList<SubprocessorGap> subprocessorsWithoutDpa(const ProjectData &data)
{
    const PartyIndex parties(data);
    QHash<int, QList<const Transfer *>> out;
    for (const auto &[id, t] : data.transfers) {
        if (t.role == Role::Processor)
            out[parties.of(t.from)].append(&t);
    }
    // Breadth-first from every own party at once: the shortest processor chain to each party.
    QList<int> depth(parties.ids.size(), -1);
    QList<const Transfer *> pred(parties.ids.size(), nullptr);
    QList<int> queue;
    for (qsizetype i = 0; i < parties.ids.size(); ++i) {
        if (data.parties.at(parties.ids[i]).own) {
            depth[i] = 0;
            queue.append(static_cast<int>(i));
        }
    }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int p = queue[head];
        for (const Transfer *t : out.value(p)) {
            const int to = parties.of(t->to);
            if (to < 0 || depth[to] >= 0)
                continue;
            depth[to] = depth[p] + 1;
            pred[to] = t;
            queue.append(to);
        }
    }
    QList<SubprocessorGap> result;
    for (qsizetype i = 0; i < parties.ids.size(); ++i) {
        if (depth[i] < 2)
            continue;
        QList<Id> chain;
        Id missing;
        for (int p = static_cast<int>(i); depth[p] > 0;) {
            const Transfer *t = pred[p];
            chain.prepend(t->id);
            const Party &party = data.parties.at(parties.ids[p]);
            if (!dpaState(party).value_or(false))
                missing = party.id; // ends as the first one on the chain
            p = parties.of(t->from);
        }
        if (!missing.isNull())
            result.append({parties.ids[i], chain, missing});
    }
    return result;
}

} // namespace ropa::checks
