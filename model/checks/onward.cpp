#include "onward.h"

#include "reference/reference.h"

#include <QHash>
#include <QSet>

#include <queue>

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

// Children of each category, for "a transfer carries a category when it lists an ancestor".
QHash<Id, IdList> childrenOf(const ProjectData &data)
{
    QHash<Id, IdList> children;
    for (const auto &[id, c] : data.dataCategories) {
        if (!c.parent.isNull())
            children[c.parent].append(id);
    }
    return children;
}

// The category and all its descendants (guarded against cycles).
void addSubtree(const QHash<Id, IdList> &children, const Id &root, QSet<Id> &out)
{
    QList<Id> stack{root};
    while (!stack.isEmpty()) {
        const Id id = stack.takeLast();
        if (out.contains(id))
            continue;
        out.insert(id);
        for (const Id &child : children.value(id))
            stack.append(child);
    }
}

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

HopStrength hopStrength(const ProjectData &data, const Transfer &transfer, QStringView country)
{
    if (transfer.mechanism == Mechanism::PrivacyShield || transfer.mechanism == Mechanism::SafeHarbour)
        return HopStrength::Invalid;
    if (!isThirdCountry(country))
        return HopStrength::Eea;
    if (isAdequateCountry(country))
        return HopStrength::Adequate;
    switch (transfer.mechanism) {
    case Mechanism::Dpf: {
        const Party *to = data.find<Party>(transfer.to);
        const bool certified = to && to->dpfCertified.value_or(false);
        return certified && country == u"US" ? HopStrength::Adequate : HopStrength::None;
    }
    case Mechanism::Scc:
    case Mechanism::Bcr:
    case Mechanism::CodeOfConduct:
    case Mechanism::Certification:
        return HopStrength::Safeguard;
    case Mechanism::Derogation:
        return HopStrength::Derogation;
    case Mechanism::Eea:
    case Mechanism::Adequacy:
    case Mechanism::None:
        return HopStrength::None;
    case Mechanism::PrivacyShield:
    case Mechanism::SafeHarbour:
        break;
    }
    return HopStrength::Invalid;
}

HopStrength hopStrength(const ProjectData &data, const Transfer &transfer)
{
    if (transfer.mechanism == Mechanism::PrivacyShield || transfer.mechanism == Mechanism::SafeHarbour)
        return HopStrength::Invalid;
    HopStrength weakest = HopStrength::Eea;
    for (const QString &c : transferDestinations(data, transfer))
        weakest = std::min(weakest, hopStrength(data, transfer, c));
    return weakest;
}

QList<WeakChain> weakOnwardChains(const ProjectData &data)
{
    const PartyIndex parties(data);
    const QHash<Id, IdList> children = childrenOf(data);

    // Transfers as an array, with their strength, computed once.
    struct Edge
    {
        const Transfer *transfer;
        int from;
        int to;
        HopStrength strength;
    };
    QList<Edge> edges;
    edges.reserve(static_cast<qsizetype>(data.transfers.size()));
    // For each category, the edges that carry it.
    QHash<Id, QList<int>> carriers;
    for (const auto &[id, t] : data.transfers) {
        const int from = parties.of(t.from);
        const int to = parties.of(t.to);
        if (from < 0 || to < 0)
            continue;
        const int e = static_cast<int>(edges.size());
        edges.append({&t, from, to, hopStrength(data, t)});
        QSet<Id> carried;
        for (const Id &c : t.dataCategories)
            addSubtree(children, c, carried);
        for (const Id &c : carried)
            carriers[c].append(e);
    }

    QList<bool> own(parties.ids.size(), false);
    for (qsizetype i = 0; i < parties.ids.size(); ++i)
        own[i] = data.parties.at(parties.ids[i]).own;

    constexpr int Unreached = -1;
    constexpr int Origin = static_cast<int>(HopStrength::Eea) + 1;
    QList<WeakChain> result;
    QList<int> best(parties.ids.size(), Unreached);
    QList<int> pred(parties.ids.size(), -1);
    QList<int> touched;

    // Categories in id order, so the result is deterministic.
    for (const auto &[categoryId, category] : data.dataCategories) {
        const auto found = carriers.constFind(categoryId);
        if (found == carriers.cend())
            continue;
        const QList<int> &carrying = found.value();
        QHash<int, QList<int>> out; // party -> carrying edges from it
        for (const int e : carrying)
            out[edges[e].from].append(e);

        // Widest (bottleneck) paths from the own parties: a max-heap on the chain strength.
        using Item = std::pair<int, int>; // (strength, party)
        std::priority_queue<Item> queue;
        for (auto it = out.cbegin(); it != out.cend(); ++it) {
            if (own[it.key()]) {
                best[it.key()] = Origin;
                touched.append(it.key());
                queue.push({Origin, it.key()});
            }
        }
        while (!queue.empty()) {
            const auto [strength, party] = queue.top();
            queue.pop();
            if (strength < best[party])
                continue;
            for (const int e : out.value(party)) {
                const int via = std::min(strength, static_cast<int>(edges[e].strength));
                const int next = edges[e].to;
                if (via > best[next]) {
                    if (best[next] == Unreached)
                        touched.append(next);
                    best[next] = via;
                    pred[next] = e;
                    queue.push({via, next});
                }
            }
        }

        // Per third country, the best chain that ends in a hop to it.
        struct Arrival
        {
            int strength;
            int lastEdge;
        };
        std::map<QString, Arrival> arrivals;
        for (const int e : carrying) {
            const int from = edges[e].from;
            if (best[from] == Unreached)
                continue;
            for (const QString &country : transferDestinations(data, *edges[e].transfer)) {
                if (!isThirdCountry(country))
                    continue;
                const int via = std::min(best[from], static_cast<int>(hopStrength(data, *edges[e].transfer, country)));
                auto [it, inserted] = arrivals.try_emplace(country, Arrival{via, e});
                if (!inserted && via > it->second.strength)
                    it->second = Arrival{via, e};
            }
        }
        // Weak arrivals grouped by the chain (its last edge), in the order of the edges.
        std::map<int, QStringList> weakByLastEdge;
        for (const auto &[country, arrival] : arrivals) {
            if (arrival.strength <= static_cast<int>(HopStrength::None))
                weakByLastEdge[arrival.lastEdge].append(country);
        }
        for (const auto &[lastEdge, countries] : weakByLastEdge) {
            QList<int> chain{lastEdge};
            QSet<int> seen{edges[lastEdge].from};
            for (int p = edges[lastEdge].from; !own[p] && pred[p] >= 0;) {
                const int e = pred[p];
                chain.prepend(e);
                p = edges[e].from;
                if (seen.contains(p))
                    break;
                seen.insert(p);
            }
            if (chain.size() < 2)
                continue; // a direct transfer: the XFER-* rules report it
            WeakChain w;
            w.category = categoryId;
            w.countries = countries;
            int weakest = chain.first();
            HopStrength weakestStrength = HopStrength::Eea;
            for (const int e : chain) {
                w.transfers.append(edges[e].transfer->id);
                // The last hop counts for the weak destinations only.
                HopStrength s = edges[e].strength;
                if (e == lastEdge) {
                    s = HopStrength::Eea;
                    for (const QString &c : countries)
                        s = std::min(s, hopStrength(data, *edges[e].transfer, c));
                }
                if (s < weakestStrength) {
                    weakestStrength = s;
                    weakest = e;
                }
            }
            w.weakest = edges[weakest].transfer->id;
            w.strength = weakestStrength;
            result.append(w);
        }

        for (const int p : std::as_const(touched)) {
            best[p] = Unreached;
            pred[p] = -1;
        }
        touched.clear();
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
            if (!party.dpaSigned)
                missing = party.id; // ends as the first one on the chain
            p = parties.of(t->from);
        }
        if (!missing.isNull())
            result.append({parties.ids[i], chain, missing});
    }
    return result;
}

} // namespace ropa::checks
