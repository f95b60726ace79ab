#include "reachreport.h"

#include "graphexport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ropa::graph {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject chainJson(const TransferGraph &g, const Chain &chain, const QString &country)
{
    QJsonArray hops;
    for (std::size_t k = 0; k < chain.edges.size(); ++k) {
        const int e = chain.edges[k];
        const auto &edge = g.edge(e);
        QJsonObject h;
        h.insert(QStringLiteral("transfer"), idToString(edge.transfer));
        h.insert(QStringLiteral("from"), idToString(g.node(edge.from).party));
        h.insert(QStringLiteral("from_name"), g.node(edge.from).name);
        h.insert(QStringLiteral("to"), idToString(g.node(edge.to).party));
        h.insert(QStringLiteral("to_name"), g.node(edge.to).name);
        QJsonArray countries;
        for (const HopClass &hc : edge.hops) {
            if (!hc.country.isEmpty())
                countries.append(hc.country);
        }
        h.insert(QStringLiteral("countries"), countries);
        h.insert(QStringLiteral("mechanism"), enumToString(edge.mechanism));
        h.insert(QStringLiteral("tia"), edge.tia);
        const bool last = k + 1 == chain.edges.size();
        h.insert(QStringLiteral("strength"), strengthKey(last ? g.hopStrength(e, country) : edge.strength));
        hops.append(h);
    }
    QJsonObject o;
    o.insert(QStringLiteral("weakest"), strengthKey(chain.weakest));
    o.insert(QStringLiteral("hops"), hops);
    return o;
}

// Fills chains, chains_capped, best and weakest of a target.
void addChains(QJsonObject &o, const TransferGraph &g, const ChainList &list, const QString &country, Strength propBest,
               Strength propWorst)
{
    QJsonArray chains;
    Strength best = Strength::Invalid, worst = Strength::Eea;
    for (const Chain &c : list.chains) {
        chains.append(chainJson(g, c, country));
        best = std::max(best, c.weakest);
        worst = std::min(worst, c.weakest);
    }
    if (list.capped || list.chains.isEmpty()) {
        best = propBest;
        worst = propWorst;
    }
    o.insert(QStringLiteral("best"), strengthKey(best));
    o.insert(QStringLiteral("weakest"), strengthKey(worst));
    o.insert(QStringLiteral("chains_capped"), list.capped);
    o.insert(QStringLiteral("chains"), chains);
}

} // namespace

QJsonObject reachJson(const TransferGraph &g, const Id &category, const Limits &limits)
{
    const Reach r = g.reach(category);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("ropa-reach"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("project"), g.data().info.name);
    if (const DataCategory *dc = g.data().find<DataCategory>(category)) {
        QJsonObject c;
        c.insert(QStringLiteral("id"), idToString(dc->id));
        c.insert(QStringLiteral("name"), dc->name);
        root.insert(QStringLiteral("category"), c);
    } else {
        root.insert(QStringLiteral("category"), QJsonValue());
    }
    QJsonArray strengths;
    for (Strength s : allStrengths())
        strengths.append(strengthKey(s));
    root.insert(QStringLiteral("strengths"), strengths);
    root.insert(QStringLiteral("chains_per_target"), limits.chainsPerTarget);

    QJsonArray own, parties;
    for (int n = 0; n < g.nodeCount(); ++n) {
        const auto &node = g.node(n);
        if (node.own) {
            own.append(idToString(node.party));
            continue;
        }
        if (!r.reached(n))
            continue;
        QJsonObject p;
        p.insert(QStringLiteral("id"), idToString(node.party));
        p.insert(QStringLiteral("name"), node.name);
        p.insert(QStringLiteral("country"), nullable(node.country));
        p.insert(QStringLiteral("named"), node.named);
        p.insert(QStringLiteral("depth"), g.depth(n));
        p.insert(QStringLiteral("role"), roleText(g, n));
        addChains(p, g, g.chainsToParty(category, n, limits), QString(), Strength(r.best[std::size_t(n)]),
                  Strength(r.worst[std::size_t(n)]));
        parties.append(p);
    }
    root.insert(QStringLiteral("own_entities"), own);
    root.insert(QStringLiteral("parties"), parties);

    QJsonArray countries;
    for (auto it = r.countries.cbegin(); it != r.countries.cend(); ++it) {
        QJsonObject c;
        c.insert(QStringLiteral("code"), it.key());
        c.insert(QStringLiteral("name"), countryText(it.key()));
        c.insert(QStringLiteral("eea"), it->best == Strength::Eea && it->worst == Strength::Eea);
        addChains(c, g, g.chainsToCountry(category, it.key(), limits), it.key(), it->best, it->worst);
        countries.append(c);
    }
    root.insert(QStringLiteral("countries"), countries);

    QJsonArray unspecified;
    for (int e : g.unspecifiedTransfers()) {
        if (r.edgeUsed[std::size_t(e)])
            unspecified.append(idToString(g.edge(e).transfer));
    }
    root.insert(QStringLiteral("unspecified_transfers"), unspecified);
    return root;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::graph)
};

// A strength key of the JSON ("safeguarded_no_tia") as the user's language says it.
QString strengthText(const QString &key)
{
    for (const Strength s : allStrengths()) {
        if (strengthKey(s) == key)
            return strengthTitle(s);
    }
    return key;
}

} // namespace

QString reachText(const TransferGraph &g, const Id &category, const Limits &limits)
{
    const QJsonObject j = reachJson(g, category, limits);
    QString s;
    const QJsonValue cat = j.value(QStringLiteral("category"));
    s += (cat.isNull()
              ? Tr::tr("Reach of any data (every transfer followed)")
              : Tr::tr("Reach of “%1”").arg(cleanText(cat.toObject().value(QStringLiteral("name")).toString()))) +
         u'\n';
    auto chainLine = [](const QJsonObject &chain) -> QString {
        const QJsonArray hops = chain.value(QStringLiteral("hops")).toArray();
        QString line = cleanText(hops.first().toObject().value(QStringLiteral("from_name")).toString());
        for (const QJsonValue &h : hops) {
            const QJsonObject o = h.toObject();
            line += QStringLiteral(" -[%1: %2]-> %3")
                        .arg(o.value(QStringLiteral("mechanism")).toString(),
                             strengthText(o.value(QStringLiteral("strength")).toString()),
                             cleanText(o.value(QStringLiteral("to_name")).toString()));
        }
        return line + QStringLiteral("  (") +
               Tr::tr("weakest: %1").arg(strengthText(chain.value(QStringLiteral("weakest")).toString())) + u')';
    };
    auto section = [&](const QString &heading, const QJsonArray &list, const QString &nameKey) {
        s += QStringLiteral("\n%1 (%2)\n").arg(heading).arg(list.size());
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString weakest = strengthText(o.value(QStringLiteral("weakest")).toString());
            const QString best = strengthText(o.value(QStringLiteral("best")).toString());
            s += QStringLiteral("  ") + cleanText(o.value(nameKey).toString()) + QStringLiteral("  ") +
                 (o.contains(QStringLiteral("depth"))
                      ? Tr::tr("weakest %1, best %2, depth %3, %4")
                            .arg(weakest, best)
                            .arg(o.value(QStringLiteral("depth")).toInt())
                            .arg(o.value(QStringLiteral("country")).toString().isEmpty()
                                     ? QStringLiteral("—") // no country recorded
                                     : cleanText(o.value(QStringLiteral("country")).toString()))
                      : Tr::tr("weakest %1, best %2").arg(weakest, best)) +
                 u'\n';
            for (const QJsonValue &c : o.value(QStringLiteral("chains")).toArray())
                s += QStringLiteral("      ") + chainLine(c.toObject()) + u'\n';
            if (o.value(QStringLiteral("chains_capped")).toBool())
                s += QStringLiteral("      ") +
                     Tr::tr("… more chains (listing capped at %1)")
                         .arg(j.value(QStringLiteral("chains_per_target")).toInt()) +
                     u'\n';
        }
    };
    section(Tr::tr("Parties"), j.value(QStringLiteral("parties")).toArray(), QStringLiteral("name"));
    section(Tr::tr("Countries"), j.value(QStringLiteral("countries")).toArray(), QStringLiteral("name"));
    const QJsonArray unspecified = j.value(QStringLiteral("unspecified_transfers")).toArray();
    if (!unspecified.isEmpty())
        s += u'\n' +
             Tr::tr("%n transfer(s) list no data categories and are assumed to carry every category.", nullptr,
                    static_cast<int>(unspecified.size())) +
             u'\n';
    return s;
}

} // namespace ropa::graph
