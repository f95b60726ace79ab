#pragma once

// A deterministic layered layout of the transfer graph (Sugiyama style): own parties in
// layer 0 on the left, each party in the layer of its depth, long edges routed through
// dummy points, crossings reduced by barycenter sweeps seeded by a stable key (name, id),
// coordinates from an order-preserving least-squares placement (no overlaps). The view and
// the exports only draw what this returns.

#include "transfergraph.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace ropa::graph {

struct LayoutOptions
{
    double nodeWidth = 210;
    double nodeHeight = 62;
    double layerGap = 120;   // horizontal space between layers
    double nodeGap = 26;     // vertical space between nodes
    double dummyGap = 12;    // vertical space next to a routed edge
    int sweeps = 12;         // crossing-reduction sweeps (down + up)
    int transposePasses = 8; // adjacent-swap passes after each sweep (0: none)
    int placementPasses = 8; // coordinate refinement passes
    // The height of each party's box, by TransferGraph node (a long name takes more lines);
    // empty, or 0 for a node: nodeHeight.
    std::vector<double> nodeHeights;
    double heightOf(int node) const;
};

struct NodeBox
{
    int node = -1; // TransferGraph node
    int layer = 0;
    int order = 0; // position within the layer, top to bottom (dummies included)
    QRectF rect;
};

struct EdgeRoute
{
    int edge = -1;         // TransferGraph edge
    QList<QPointF> points; // polyline from the sender's box to the recipient's box
    bool backward = false; // goes to a layer on the left or within the layer
};

struct Layout
{
    QList<NodeBox> nodes;   // visible nodes, in TransferGraph node order
    QList<EdgeRoute> edges; // visible edges, in TransferGraph edge order
    QRectF bounds;
    int layerCount = 0;
    int crossings = 0; // crossings between adjacent layers, and of same-layer arcs, after reduction
    const NodeBox *boxOf(int node) const;
};

// nodeVisible / edgeVisible: empty means everything; an edge is laid out only when both
// its ends are visible.
Layout layoutGraph(const TransferGraph &graph, const std::vector<bool> &nodeVisible = {},
                   const std::vector<bool> &edgeVisible = {}, const LayoutOptions &options = {});

// Do any two node boxes overlap? (for tests and assertions)
bool hasOverlaps(const Layout &layout);

} // namespace ropa::graph
