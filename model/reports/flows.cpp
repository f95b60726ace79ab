#include "flows.h"

#include "graph/transfergraph.h"
#include "reference/reference.h"

#include <QSet>

namespace ropa::reports {

namespace {

bool isDescendant(const ProjectData &data, Id node, const Id &ancestor)
{
    for (int guard = 0; !node.isNull() && guard < 64; ++guard) {
        const DataCategory *c = data.find<DataCategory>(node);
        node = c ? c->parent : Id();
        if (node == ancestor)
            return true;
    }
    return false;
}

} // namespace

FlowFinder::FlowFinder(const ProjectData &data)
    : m_data(data)
    , m_graph(std::make_unique<graph::TransferGraph>(data))
{
    // Looked up once here, not per activity: a record of 10,000 activities over 50,000
    // transfers would otherwise look every transfer up 10,000 times.
    const int edges = m_graph->edgeCount();
    m_transferOfEdge.reserve(static_cast<size_t>(edges));
    for (int e = 0; e < edges; ++e) {
        const Transfer *t = m_data.find<Transfer>(m_graph->edge(e).transfer);
        m_transferOfEdge.push_back(t);
        if (!t)
            continue;
        for (const Id &a : t->activities) {
            QList<int> &list = m_edgesOfActivity[a];
            if (list.isEmpty() || list.constLast() != e) // an activity listed twice: the edge once
                list.append(e);
        }
    }
}

FlowFinder::~FlowFinder() = default;

// The categories of `offered` the edge carries, in the edge's terms where it names a narrower
// one. An empty offer (the sender's categories are not stated) is carried as the edge lists.
IdList FlowFinder::carried(int edge, const IdList &offered, bool *carriesSomething) const
{
    const graph::TransferGraph::Edge &e = m_graph->edge(edge);
    if (offered.isEmpty()) {
        *carriesSomething = true;
        return e.categories;
    }
    IdList result;
    for (const Id &c : offered) {
        if (m_graph->carries(edge, c)) {
            if (!result.contains(c))
                result.append(c);
            continue;
        }
        for (const Id &listed : e.categories) {
            if (isDescendant(m_data, listed, c) && !result.contains(listed))
                result.append(listed);
        }
    }
    *carriesSomething = !result.isEmpty();
    return result;
}

QList<Flow> FlowFinder::flows(const Activity &activity) const
{
    QList<Flow> result;
    QSet<int> seenEdges;

    // Direct: every transfer that lists the activity.
    QList<Flow> frontier;
    QList<int> frontierEdges;
    for (const int e : m_edgesOfActivity.value(activity.id)) {
        const Transfer *t = m_transferOfEdge[static_cast<size_t>(e)];
        bool carries = false;
        Flow f;
        f.transfer = t;
        f.categories = carried(e, activity.dataCategories, &carries);
        f.chain = {t->from, t->to};
        if (t->from != activity.organisation && !activity.organisation.isNull())
            f.chain.prepend(activity.organisation);
        f.depth = static_cast<int>(f.chain.size()) - 1; // 2 or more: listed, but sent on by a recipient
        seenEdges.insert(e);
        frontier.append(f);
        frontierEdges.append(e);
    }

    // Onward: breadth first over the graph, each edge once (cycles end there).
    while (!frontier.isEmpty()) {
        QList<Flow> next;
        QList<int> nextEdges;
        for (qsizetype i = 0; i < frontier.size(); ++i) {
            const Flow &f = frontier.at(i);
            result.append(f);
            const int recipient = m_graph->edge(frontierEdges.at(i)).to;
            for (const int e : m_graph->outEdges(recipient)) {
                if (seenEdges.contains(e))
                    continue;
                const Transfer *t = m_transferOfEdge[static_cast<size_t>(e)];
                if (!t || (!t->activities.isEmpty() && !t->activities.contains(activity.id)))
                    continue;
                bool carries = false;
                const IdList cats = carried(e, f.categories, &carries);
                if (!carries)
                    continue;
                Flow onward;
                onward.transfer = t;
                onward.categories = cats;
                onward.chain = f.chain;
                onward.chain.append(t->to);
                onward.depth = f.depth + 1;
                seenEdges.insert(e);
                next.append(onward);
                nextEdges.append(e);
            }
        }
        frontier = next;
        frontierEdges = nextEdges;
    }
    return result;
}

QList<Flow> activityFlows(const ProjectData &data, const Activity &activity)
{
    return FlowFinder(data).flows(activity);
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
