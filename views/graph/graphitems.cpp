#include "graphitems.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace ropa {

NodeItem::NodeItem(const NodeShape &shape)
    : QGraphicsRectItem(shape.rect)
    , m_label(shape.label)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setData(KindRole, QStringLiteral("party"));
    setData(IdRole, shape.party);
    setZValue(NodeZ);
    setToolTip(shape.tip);
    setOpacity(shape.dimmed ? DimmedOpacity : 1.0);
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    graph::paintNode(*p, rect(), m_label, option->state & QStyle::State_Selected,
                     QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()));
}

EdgeItem::EdgeItem(const EdgeShape &shape)
    : QGraphicsPathItem(shape.path)
    , m_polygons(shape.polygons)
{
    setFlag(ItemUsesExtendedStyleOption);
    setPen(shape.pen);
    setFlag(QGraphicsItem::ItemIsSelectable);
    setData(KindRole, QStringLiteral("transfer"));
    setData(IdRole, shape.transfer);
    setZValue(shape.lit ? LitEdgeZ : EdgeZ);
    setToolTip(shape.tip);
}

void EdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    graph::paintEdge(*p, m_polygons, pen(), option->state & QStyle::State_Selected, option->exposedRect,
                     QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()));
}

bool makeItems(std::vector<QGraphicsItem *> &made, const GraphShapes &shapes, int budgetMs, int limit)
{
    QElapsedTimer timer;
    timer.start();
    const std::size_t total = shapes.edges.size() + shapes.nodes.size();
    made.reserve(total);
    int count = 0;
    while (made.size() < total) {
        if ((limit > 0 && count >= limit) || (budgetMs > 0 && count % 64 == 63 && timer.elapsed() >= budgetMs))
            return false;
        const std::size_t next = made.size();
        if (next < shapes.edges.size())
            made.push_back(new EdgeItem(shapes.edges[next]));
        else
            made.push_back(new NodeItem(shapes.nodes[next - shapes.edges.size()]));
        ++count;
    }
    return true;
}

void addItems(QGraphicsScene *scene, QHash<Id, QGraphicsItem *> &items, const std::vector<QGraphicsItem *> &made,
              const GraphShapes &shapes)
{
    items.reserve(qsizetype(made.size()));
    for (std::size_t k = 0; k < made.size(); ++k) {
        scene->addItem(made[k]);
        items.insert(k < shapes.edges.size() ? shapes.edges[k].transfer : shapes.nodes[k - shapes.edges.size()].party,
                     made[k]);
    }
}

QImage paintShapes(const GraphShapes &shapes, const GraphCanvas::ViewState &view,
                   const std::function<bool()> &cancelled)
{
    QImage image((QSizeF(view.size) * view.ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.ratio);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(view.hints);
    p.setFont(view.font);
    p.setWorldTransform(view.transform);
    const QRectF exposed = view.transform.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(view.size)));
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(view.transform);
    int painted = 0;
    const auto stop = [&] { return ++painted % 1024 == 0 && cancelled && cancelled(); };
    const auto selected = [&view](const Id &id) {
        return !view.selected.isEmpty() && std::binary_search(view.selected.begin(), view.selected.end(), id);
    };
    // Each with the painter as the scene gives it to an item.
    for (const double z : {EdgeZ, LitEdgeZ}) {
        for (const EdgeShape &e : shapes.edges) {
            if ((e.lit ? LitEdgeZ : EdgeZ) != z)
                continue;
            if (stop())
                return {};
            p.save();
            graph::paintEdge(p, e.polygons, e.pen, selected(e.transfer), exposed, lod);
            p.restore();
        }
    }
    for (const NodeShape &n : shapes.nodes) {
        if (stop())
            return {};
        p.save();
        p.setOpacity(n.dimmed ? DimmedOpacity : 1.0);
        graph::paintNode(p, n.rect, n.label, selected(n.party), lod);
        p.restore();
    }
    p.end();
    return image;
}

} // namespace ropa
