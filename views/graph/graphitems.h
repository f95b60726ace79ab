#pragma once

// The scene items of the transfer graph page: a party's box and a transfer's line, made from
// shapes computed with the rest of the picture (on the worker thread for a large project, so
// that the GUI thread only makes the items), and the whole-graph picture of those shapes as
// a canvas shows them. Items and picture paint with model/graph's one painter.

#include "graph/graphpainter.h"
#include "graphcanvas.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QHash>
#include <QImage>

#include <functional>
#include <vector>

class QGraphicsScene;

namespace ropa {

// What an item keeps in QGraphicsItem::data(): "party" or "transfer", and its entity's id.
enum GraphItemData { KindRole = 0, IdRole = 1 };

// The stacking of the items (the whole-graph picture paints in this order too): faint lines,
// lit lines, boxes.
constexpr double EdgeZ = 0, LitEdgeZ = 1, NodeZ = 2;
constexpr double DimmedOpacity = 0.35;

// What a party's box shows.
struct NodeShape
{
    Id party;
    QRectF rect;
    graph::NodeLabel label;
    QString tip;
    bool dimmed = false;
};

// A transfer's line, pen and tooltip.
struct EdgeShape
{
    Id transfer;
    QPainterPath path;
    QList<QPolygonF> polygons; // path.toSubpathPolygons(), what is painted
    QPen pen;
    bool lit = true;
    QString tip;
};

// The items of a picture, in the order they are made and stacked (edges, then boxes).
struct GraphShapes
{
    std::vector<EdgeShape> edges;
    std::vector<NodeShape> nodes;
};

class NodeItem : public QGraphicsRectItem
{
public:
    explicit NodeItem(const NodeShape &shape);
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const graph::NodeLabel &label() const { return m_label; }

private:
    graph::NodeLabel m_label;
};

// Long routes of a large graph cross the whole picture; painting only the part in the
// exposed rectangle keeps a 1:1 view of 10,000 transfers smooth.
class EdgeItem : public QGraphicsPathItem
{
public:
    explicit EdgeItem(const EdgeShape &shape);
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QPolygonF> m_polygons;
};

// Makes the items of `shapes` from made.size() on, for about budgetMs (0: all of them), at
// most `limit` of them (0: no limit); true when all are made. Without a scene: adding them
// to one, all at once, is quick, but a scene that has items added in slices walks all its
// items again after each slice.
bool makeItems(std::vector<QGraphicsItem *> &made, const GraphShapes &shapes, int budgetMs, int limit);

// Puts the items made of `shapes` in `scene` and `items` (by id).
void addItems(QGraphicsScene *scene, QHash<Id, QGraphicsItem *> &items, const std::vector<QGraphicsItem *> &made,
              const GraphShapes &shapes);

// The whole-graph picture of `shapes` as a canvas in state `view` shows them: the same
// painter and the same order as the scene's items (so it is exactly what they show). Any
// thread may paint it; a null image when `cancelled` turned true.
QImage paintShapes(const GraphShapes &shapes, const GraphCanvas::ViewState &view,
                   const std::function<bool()> &cancelled);

} // namespace ropa
