#pragma once

// Where an activity's data goes: the transfers that list the activity, followed onward
// through the onward-transfer graph (processor -> subprocessor -> ...).
//
// The walk runs over model/graph's TransferGraph (ARCHITECTURE.md decision 6): its edges
// and its rule for which transfer carries which category (docs/graph.md), so the record and
// the graph view agree. The graph's own reach() starts from every own party for one
// category; the record needs the walk from one activity's transfers, which is done here.

#include "domain/projectdata.h"

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace ropa::graph {
class TransferGraph;
}

namespace ropa::reports {

// One transfer edge reached from an activity.
struct Flow
{
    const Transfer *transfer = nullptr;
    IdList chain;      // parties from the activity's organisation to transfer->to, both included
    IdList categories; // the activity's data categories this edge carries (empty: not stated)
    int depth = 1;     // 1: a direct transfer; 2: onward from a recipient; ...
};

// Builds the transfer graph once; then answers for any number of activities.
class FlowFinder
{
public:
    explicit FlowFinder(const ProjectData &data);
    ~FlowFinder();
    FlowFinder(const FlowFinder &) = delete;
    FlowFinder &operator=(const FlowFinder &) = delete;

    // See activityFlows(). Flow::transfer points into the ProjectData given here.
    QList<Flow> flows(const Activity &activity) const;

private:
    IdList carried(int edge, const IdList &offered, bool *carriesSomething) const;

    const ProjectData &m_data;
    std::unique_ptr<graph::TransferGraph> m_graph;
    std::vector<const Transfer *> m_transferOfEdge; // by edge index
    QHash<Id, QList<int>> m_edgesOfActivity;        // the edges whose transfer lists the activity, ascending
};

// Every edge reachable from the activity, in breadth-first order (direct transfers first,
// then onward ones), each edge once. An onward transfer is followed when it carries at least
// one of the categories that reached its sender (the graph's rule: the category or an
// ancestor listed, or no list; and here also a listed descendant of it), and when it either
// names no activity or names this one. Builds a graph: for many activities use FlowFinder.
QList<Flow> activityFlows(const ProjectData &data, const Activity &activity);

// The countries a transfer's data goes to: its own list, else the recipient's processing
// locations, else the recipient's country of establishment.
QStringList destinationCountries(const ProjectData &data, const Transfer &transfer);

// A third country (Chapter V): a country code outside the EEA. "EU" is not one.
bool isThirdCountry(const QString &code);

} // namespace ropa::reports
