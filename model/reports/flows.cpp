#include "flows.h"

#include "reference/reference.h"

#include <QHash>
#include <QSet>

namespace ropa::reports {

namespace {

// True when a is b or one is an ancestor of the other in the category hierarchy.
bool related(const ProjectData &data, const Id &a, const Id &b)
{
    auto isAncestor = [&](const Id &ancestor, Id node) {
        for (int guard = 0; !node.isNull() && guard < 64; ++guard) {
            if (node == ancestor)
                return true;
            const DataCategory *c = data.find<DataCategory>(node);
            node = c ? c->parent : Id();
        }
        return false;
    };
    return isAncestor(a, b) || isAncestor(b, a);
}

// The categories of `offered` that the transfer carries. An empty result with
// carriesSomething == true means "not stated on either side".
IdList carried(const ProjectData &data, const IdList &offered, const Transfer &t, bool *carriesSomething)
{
    if (t.dataCategories.isEmpty()) {
        *carriesSomething = true;
        return offered;
    }
    if (offered.isEmpty()) {
        *carriesSomething = true;
        return t.dataCategories;
    }
    IdList result;
    for (const Id &c : t.dataCategories) {
        for (const Id &o : offered) {
            if (related(data, c, o)) {
                result.append(c);
                break;
            }
        }
    }
    *carriesSomething = !result.isEmpty();
    return result;
}

} // namespace

QList<Flow> activityFlows(const ProjectData &data, const Activity &activity)
{
    QList<Flow> flows;
    QSet<Id> seenEdges;

    // Direct transfers: every transfer that lists the activity.
    QList<Flow> frontier;
    for (const auto &[id, t] : data.transfers) {
        if (!t.activities.contains(activity.id))
            continue;
        bool carries = false;
        Flow f;
        f.transfer = &t;
        f.categories = carried(data, activity.dataCategories, t, &carries);
        f.chain = {t.from, t.to};
        if (t.from != activity.organisation && !activity.organisation.isNull())
            f.chain.prepend(activity.organisation);
        f.depth = static_cast<int>(f.chain.size()) - 1; // 2 or more: listed, but sent on by a recipient
        seenEdges.insert(t.id);
        frontier.append(f);
    }

    // Onward: breadth first, each edge once (cycles end there).
    while (!frontier.isEmpty()) {
        QList<Flow> next;
        for (const Flow &f : std::as_const(frontier)) {
            flows.append(f);
            const Id recipient = f.transfer->to;
            for (const auto &[id, t] : data.transfers) {
                if (t.from != recipient || seenEdges.contains(t.id))
                    continue;
                if (!t.activities.isEmpty() && !t.activities.contains(activity.id))
                    continue;
                bool carries = false;
                const IdList cats = carried(data, f.categories, t, &carries);
                if (!carries)
                    continue;
                Flow onward;
                onward.transfer = &t;
                onward.categories = cats;
                onward.chain = f.chain;
                onward.chain.append(t.to);
                onward.depth = f.depth + 1;
                seenEdges.insert(t.id);
                next.append(onward);
            }
        }
        frontier = next;
    }
    return flows;
}

QStringList destinationCountries(const ProjectData &data, const Transfer &transfer)
{
    if (!transfer.countries.isEmpty())
        return transfer.countries;
    if (const Party *p = data.find<Party>(transfer.to)) {
        if (!p->locations.isEmpty())
            return p->locations;
        if (!p->country.isEmpty())
            return {p->country};
    }
    return {};
}

bool isThirdCountry(const QString &code)
{
    if (code.isEmpty() || code == QLatin1StringView("EU"))
        return false;
    return !Reference::instance().isEea(code);
}

} // namespace ropa::reports
