#pragma once

// The one painter of the transfer graph's boxes and arrows: the view's items, the whole-graph
// picture the view paints on its worker thread and the SVG/PDF/PNG exports all draw a party
// and a transfer with these functions, so that what is exported is what the page shows.
//
// A party's box shows its name, its country (or the countries transfers to it go to) and
// its role, each broken into as many lines as it needs: nothing is cut. The layout gives a
// taller box the room it needs (labelHeights() feeds LayoutOptions::nodeHeights).
// Measuring and painting text needs a QGuiApplication (fonts); any thread may do it.

#include "layout.h"

#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace ropa::graph {

// A party's box: its texts already broken into lines that fit the box's width.
struct NodeLabel
{
    QStringList name;
    QStringList country;
    QStringList role;
    bool own = false;
    bool named = true; // false: a category of recipients (dashed, the name in italics)
};

// The width of a party's box (LayoutOptions' default).
double nodeBoxWidth();

// The fonts of a box: the name's, and the country's and role's.
QFont nameFont(bool named);
QFont detailFont();

// The label of a graph's party for a box `width` wide.
NodeLabel nodeLabel(const TransferGraph &graph, int node, double width = nodeBoxWidth());
// The same from its texts (cleaned of control characters here).
NodeLabel nodeLabel(const QString &name, const QString &country, const QString &role, bool own, bool named,
                    double width = nodeBoxWidth());
// The height a box needs to show the label whole.
double labelHeight(const NodeLabel &label);
// The height each shown party's box needs (at least minHeight), by graph node, for
// LayoutOptions::nodeHeights; nodeShown empty: every party. Without a QGuiApplication (no
// fonts to measure with) it is empty and the layout uses its default height.
std::vector<double> labelHeights(const TransferGraph &graph, const std::vector<bool> &nodeShown, double minHeight);

// Below this level of detail a name would be drawn less than two pixels high: a box is drawn
// without text and a line with a one-pixel (cosmetic) pen. Below NameDetail only the name.
constexpr double TinyDetail = 0.15;
constexpr double NameDetail = 0.35;

// Paints a party's box in `box`; lod: QStyleOptionGraphicsItem's level of detail (1: all).
void paintNode(QPainter &p, const QRectF &box, const NodeLabel &label, bool selected, double lod = 1.0);

// A transfer's route as a path: a gentle S-curve between two points, else the polyline,
// with an open arrow head at the recipient's end.
QPainterPath edgePath(const QList<QPointF> &points);
// The pen of a transfer of that colour; highlighted: a chain to the highlighted country.
QPen edgePen(const QColor &colour, bool backward, bool highlighted = false);
// Paints a transfer's route (edgePath(...).toSubpathPolygons()), only what lies in
// `exposed` (long routes of a large graph cross the whole picture).
void paintEdge(QPainter &p, const QList<QPolygonF> &polygons, QPen pen, bool selected, const QRectF &exposed,
               double lod = 1.0);

} // namespace ropa::graph
