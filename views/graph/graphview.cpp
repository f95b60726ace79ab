#include "graphview.h"

#include "commands/edits.h"
#include "itemmodels/labels.h"

#include <QApplication>
#include <QComboBox>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QTimer>
#include <QFileDialog>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyleOptionGraphicsItem>
#include <QAbstractTableModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVarLengthArray>
#include <QWheelEvent>
#include <QElapsedTimer>

#include <algorithm>

#include <utility>

#include <cmath>

namespace ropa {

using namespace graph;

namespace {

// From this many parties and transfers on, the graph keeps its painted picture for the next
// time it is shown (GraphCanvas::setKeepPicture).
constexpr qsizetype KeepPictureFrom = 3000;

// A slice of the work on the GUI thread when a result arrives (making its items).
constexpr int SliceMs = 15;

enum ItemData { KindRole = 0, IdRole = 1 };

// What a party's box shows; made with the rest of the picture (on the worker thread for a
// large project), so that the GUI thread only makes the items.
struct NodeShape
{
    Id party;
    QRectF rect;
    QString name, country, role, tip;
    bool own = false;
    bool named = true;
    bool dimmed = false;
};

// A transfer's line, pen and tooltip, made the same way.
struct EdgeShape
{
    Id transfer;
    QPainterPath path;
    QList<QPolygonF> polygons;
    QPen pen;
    bool lit = true;
    QString tip;
};

// Below this scale a name would be drawn less than two pixels high: boxes are drawn without
// text, and lines with a one-pixel (cosmetic) pen, which is what they are on screen anyway.
constexpr double TinyDetail = 0.15;

// The stacking of the items (the whole-graph picture paints in this order too): faint lines,
// lit lines, boxes.
constexpr double EdgeZ = 0, LitEdgeZ = 1, NodeZ = 2;
constexpr double DimmedOpacity = 0.35;

// A party's box, as its item paints it and as the whole-graph picture on the worker thread
// does (the same function: the picture is what the items show).
void paintNode(QPainter *p, const QRectF &r, const QString &name, const QString &country, const QString &role, bool own,
               bool named, bool selected)
{
    QPen pen(selected ? QColor(0xff, 0x6f, 0x00) : (own ? QColor(0x1a, 0x23, 0x7e) : QColor(0x45, 0x5a, 0x64)),
             selected ? 3.0 : (own ? 2.2 : 1.3));
    const QBrush brush(own ? QColor(0xe8, 0xea, 0xf6) : (named ? QColor(Qt::white) : QColor(0xf1, 0xf1, 0xf1)));
    // Level of detail: names only when small on screen, nothing but the box when tiny.
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    if (lod < TinyDetail) {
        pen.setCosmetic(true);
        pen.setWidthF(selected ? 2.0 : 1.0);
        p->setPen(pen);
        p->setBrush(brush);
        p->drawRect(r);
        return;
    }
    if (!named)
        pen.setStyle(Qt::DashLine);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(pen);
    p->setBrush(brush);
    p->drawRoundedRect(r, named ? 6 : 14, named ? 6 : 14);
    const QRectF inner = r.adjusted(8, 4, -8, -4);
    const double line = inner.height() / 3;
    QFont f = p->font();
    f.setPixelSize(13);
    f.setBold(true);
    f.setItalic(!named);
    p->setFont(f);
    p->setPen(QColor(0x21, 0x21, 0x21));
    if (lod < 0.35) {
        p->drawText(inner, Qt::AlignCenter, QFontMetricsF(f).elidedText(name, Qt::ElideRight, inner.width()));
        return;
    }
    p->drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(name, Qt::ElideRight, inner.width()));
    QFont s = p->font();
    s.setPixelSize(11);
    s.setBold(false);
    s.setItalic(false);
    p->setFont(s);
    p->setPen(QColor(0x42, 0x42, 0x42));
    const QFontMetricsF fm(s);
    p->drawText(QRectF(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(country, Qt::ElideRight, inner.width()));
    p->drawText(QRectF(inner.left(), inner.top() + 2 * line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(role, Qt::ElideRight, inner.width()));
}

class NodeItem : public QGraphicsRectItem
{
public:
    explicit NodeItem(const NodeShape &shape)
        : QGraphicsRectItem(shape.rect)
        , m_name(shape.name)
        , m_country(shape.country)
        , m_role(shape.role)
        , m_own(shape.own)
        , m_named(shape.named)
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setData(KindRole, QStringLiteral("party"));
        setData(IdRole, shape.party);
        setZValue(NodeZ);
        setToolTip(shape.tip);
        setDimmed(shape.dimmed);
    }
    void setDimmed(bool dimmed) { setOpacity(dimmed ? DimmedOpacity : 1.0); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        paintNode(p, rect(), m_name, m_country, m_role, m_own, m_named, option->state & QStyle::State_Selected);
    }

private:
    QString m_name, m_country, m_role;
    bool m_own, m_named;
};

// Clips the segment a-b to r (Liang-Barsky); false when nothing of it is inside.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] < 0)
                return false;
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + t0 * QPointF(dx, dy);
    b = start + t1 * QPointF(dx, dy);
    return true;
}

// A transfer's line. Long routes of a large graph cross the whole picture; painting only
// the part in the exposed rectangle keeps a 1:1 view of 10,000 transfers smooth.
// A transfer's line (its polygons), as its item paints it and as the whole-graph picture
// does. exposed: the part of the scene being painted.
void paintEdge(QPainter *p, const QList<QPolygonF> &polygons, QPen pen, bool selected, const QRectF &exposed)
{
    if (selected) {
        pen.setColor(QColor(0xff, 0x6f, 0x00));
        pen.setWidthF(pen.widthF() + 2);
    }
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < TinyDetail) {
        pen.setCosmetic(true);
        pen.setWidthF(pen.widthF() > 2.5 ? 2.0 : 1.0);
    }
    p->setPen(pen);
    const double margin = pen.widthF() + 1;
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    if (pen.color().alpha() == 255) {
        // Opaque: separate lines, the rasteriser's fastest path.
        QVarLengthArray<QLineF, 64> lines;
        for (const QPolygonF &poly : polygons) {
            for (qsizetype k = 0; k + 1 < poly.size(); ++k) {
                QPointF a = poly[k], b = poly[k + 1];
                if (clipSegment(a, b, clip))
                    lines.append(QLineF(a, b));
            }
        }
        if (!lines.isEmpty())
            p->drawLines(lines.constData(), int(lines.size()));
        return;
    }
    // Translucent: joined runs (separate lines would darken at every joint).
    QPolygonF run;
    auto flush = [&] {
        if (run.size() > 1)
            p->drawPolyline(run);
        run.clear();
    };
    for (const QPolygonF &poly : polygons) {
        if (clip.contains(poly.boundingRect())) {
            flush();
            p->drawPolyline(poly);
            continue;
        }
        for (qsizetype k = 0; k + 1 < poly.size(); ++k) {
            QPointF a = poly[k], b = poly[k + 1];
            if (!clipSegment(a, b, clip)) {
                flush();
                continue;
            }
            if (run.isEmpty() || run.last() != a) {
                flush();
                run.append(a);
            }
            run.append(b);
        }
        flush();
    }
}

// A transfer's line. Long routes of a large graph cross the whole picture; painting only
// the part in the exposed rectangle keeps a 1:1 view of 10,000 transfers smooth.
class EdgeItem : public QGraphicsPathItem
{
public:
    explicit EdgeItem(const EdgeShape &shape)
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

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        paintEdge(p, m_polygons, pen(), option->state & QStyle::State_Selected, option->exposedRect);
    }

private:
    QList<QPolygonF> m_polygons;
};

QPainterPath routePath(const QList<QPointF> &pts)
{
    QPainterPath path(pts.first());
    if (pts.size() == 2) {
        const QPointF a = pts[0], b = pts[1];
        const double dx = (b.x() - a.x()) / 2;
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
    } else {
        for (qsizetype k = 1; k < pts.size(); ++k)
            path.lineTo(pts[k]);
    }
    // Arrow head.
    const QPointF tip = pts.last();
    const QPointF from = pts.size() == 2 ? QPointF(tip.x() - 20, tip.y()) : pts[pts.size() - 2];
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    path.moveTo(tip);
    path.lineTo(tip.x() - 9 * std::cos(angle - 0.45), tip.y() - 9 * std::sin(angle - 0.45));
    path.moveTo(tip);
    path.lineTo(tip.x() - 9 * std::cos(angle + 0.45), tip.y() - 9 * std::sin(angle + 0.45));
    return path;
}

} // namespace

// The items of a picture, in the order they are made and stacked (edges, then boxes).
struct GraphView::Shapes
{
    std::vector<EdgeShape> edges;
    std::vector<NodeShape> nodes;
};

namespace {

using Shapes = GraphView::Shapes;

// Makes the items of `shapes` from made.size() on, for about budgetMs (0: all of them), at
// most `limit` of them (0: no limit); true when all are made. Without a scene: adding them
// to one, all at once, is quick (15 ms for 55,000), but a scene that has items added in
// slices walks all its items again after each slice (0.1 s a slice at 50,000 transfers).
bool makeItems(std::vector<QGraphicsItem *> &made, const Shapes &shapes, int budgetMs, int limit)
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

// Puts the items made of `shapes` in `scene` and `items` (by id).
void addItems(QGraphicsScene *scene, QHash<Id, QGraphicsItem *> &items, const std::vector<QGraphicsItem *> &made,
              const Shapes &shapes)
{
    items.reserve(qsizetype(made.size()));
    for (std::size_t k = 0; k < made.size(); ++k) {
        scene->addItem(made[k]);
        items.insert(k < shapes.edges.size() ? shapes.edges[k].transfer : shapes.nodes[k - shapes.edges.size()].party,
                     made[k]);
    }
}

// The whole-graph picture of `shapes` as a canvas in state `view` shows them (painted on the
// worker thread: QPainter on a QImage is allowed there). The same functions and the same
// order as the scene's items, each with the painter as the scene gives it to an item; a
// null image when cancelled.
QImage paintPicture(const Shapes &shapes, const GraphCanvas::ViewState &view, const std::function<bool()> &cancelled)
{
    QImage image((QSizeF(view.size) * view.ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.ratio);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(view.hints);
    p.setFont(view.font);
    const QRectF exposed = view.transform.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(view.size)));
    int painted = 0;
    const auto stop = [&] { return ++painted % 1024 == 0 && cancelled && cancelled(); };
    const auto selected = [&view](const Id &id) {
        return !view.selected.isEmpty() && std::binary_search(view.selected.begin(), view.selected.end(), id);
    };
    for (const double z : {EdgeZ, LitEdgeZ}) {
        for (const EdgeShape &e : shapes.edges) {
            if ((e.lit ? LitEdgeZ : EdgeZ) != z)
                continue;
            if (stop())
                return {};
            p.save();
            p.setWorldTransform(view.transform);
            paintEdge(&p, e.polygons, e.pen, selected(e.transfer), exposed);
            p.restore();
        }
    }
    for (const NodeShape &n : shapes.nodes) {
        if (stop())
            return {};
        p.save();
        p.setWorldTransform(view.transform);
        p.setOpacity(n.dimmed ? DimmedOpacity : 1.0);
        paintNode(&p, n.rect, n.name, n.country, n.role, n.own, n.named, selected(n.party));
        p.restore();
    }
    p.end();
    return image;
}

// A row of the exposure table, its texts made with the picture.
struct ExposureRow
{
    QString category, country, chains, weakest;
    QColor colour;
};

} // namespace

// The exposure table's rows (tens of thousands for every category of a large project: a
// QTableWidget item per cell took seconds to fill).
class ExposureModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<ExposureRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const ExposureRow &r = m_rows[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case 0: return r.category;
            case 1: return r.country;
            case 2: return r.chains;
            default: return r.weakest;
            }
        case Qt::ForegroundRole:
            return index.column() == 3 ? QVariant(r.colour) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == 2 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case 0: return GraphView::tr("Data category");
        case 1: return GraphView::tr("Country");
        case 2: return GraphView::tr("Chains");
        default: return GraphView::tr("Weakest");
        }
    }

private:
    QList<ExposureRow> m_rows;
};

namespace {

QString legendHtml()
{
    QString html;
    for (Strength s : allStrengths())
        html += QStringLiteral("<span style=\"color:%1\">\u25ac\u25ac</span>&nbsp;%2&nbsp;&nbsp; ")
                    .arg(strengthColor(s).name(), strengthTitle(s).toHtmlEscaped());
    return html;
}

} // namespace

GraphCanvas::GraphCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setBackgroundBrush(Qt::white);
}

void GraphCanvas::zoomBy(double factor)
{
    const double current = transform().m11();
    if ((factor > 1 && current > 8) || (factor < 1 && current < 0.02))
        return;
    m_fitted = false;
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scale(factor, factor);
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Only while the view still shows what fit() made: a zoom set any other way (the user's,
    // or the one an edit's refresh restores) stays.
    if (m_fitted && transform() == m_fitTransform)
        fit();
}

void GraphCanvas::setKeepPicture(bool keep)
{
    m_keepPicture = keep;
    m_picture = m_lastPicture = QPixmap(); // a new scene: nothing of the old one is shown
}

void GraphCanvas::dropPicture()
{
    if (m_picture.isNull())
        return;
    m_lastPicture = std::exchange(m_picture, QPixmap());
    m_lastViewport = m_pictureViewport;
}

bool GraphCanvas::showsWhole() const
{
    return m_keepPicture && m_fitted && transform() == m_fitTransform;
}

GraphCanvas::ViewState GraphCanvas::viewState() const
{
    ViewState state;
    state.size = viewport()->size();
    state.ratio = viewport()->devicePixelRatioF();
    state.transform = viewportTransform();
    state.hints = renderHints();
    state.font = viewport()->font();
    if (scene()) {
        const QList<QGraphicsItem *> selected = scene()->selectedItems();
        for (const QGraphicsItem *item : selected)
            state.selected.append(item->data(IdRole).toUuid());
        std::sort(state.selected.begin(), state.selected.end());
    }
    return state;
}

void GraphCanvas::showEvent(QShowEvent *event)
{
    // Shown, a view centres itself again (on the pointer, where it happens to be): not while
    // it shows the whole graph, whose picture was painted for where it is.
    if (showsWhole())
        QAbstractScrollArea::showEvent(event);
    else
        QGraphicsView::showEvent(event);
}

void GraphCanvas::keepPictureScroll()
{
    if (m_picture.isNull() || transform() != m_pictureTransform)
        return;
    horizontalScrollBar()->setValue(m_pictureScroll.x());
    verticalScrollBar()->setValue(m_pictureScroll.y());
}

void GraphCanvas::setPicture(const QImage &picture)
{
    m_picture = QPixmap::fromImage(picture);
    m_pictureTransform = transform();
    m_pictureScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    m_pictureViewport = viewportTransform();
    viewport()->update();
}

void GraphCanvas::paintEvent(QPaintEvent *event)
{
    const QRect all = viewport()->rect();
    // Only the whole graph (as fit() shows it): zoomed in, a paint draws only the items in
    // view, quickly, and the view's own paint does that best.
    if (!showsWhole() || !event->region().contains(all)) {
        dropPicture(); // something changed in a part of the picture
        QGraphicsView::paintEvent(event);
        return;
    }
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const qreal ratio = viewport()->devicePixelRatioF();
    if (m_picture.isNull() || m_picture.size() != all.size() * ratio || m_pictureTransform != transform()
        || m_pictureScroll != scroll) {
        if (m_elsewhere && !m_dragLine) {
            // Painted on the worker thread; meanwhile the last picture where its graph is now
            // (scaled: a new size), or the background.
            dropPicture();
            QPainter painter(viewport());
            painter.fillRect(all, backgroundBrush());
            if (!m_lastPicture.isNull()) {
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.setTransform(m_lastViewport.inverted() * viewportTransform());
                painter.drawPixmap(0, 0, m_lastPicture);
            }
            Q_EMIT pictureWanted();
            return;
        }
        QPixmap picture(all.size() * ratio);
        picture.setDevicePixelRatio(ratio);
        picture.fill(backgroundBrush().color());
        QPainter painter(&picture);
        painter.setRenderHints(renderHints());
        render(&painter, QRectF(QPointF(0, 0), QSizeF(all.size())), all);
        painter.end();
        m_picture = picture;
        m_pictureTransform = transform();
        m_pictureScroll = scroll;
        m_pictureViewport = viewportTransform();
    }
    QPainter painter(viewport());
    painter.drawPixmap(0, 0, m_picture);
}

void GraphCanvas::fit()
{
    m_fitted = true;
    // No scroll bars while the whole graph shows: they would come and go with the few pixels
    // of margin (in a queued call, after the fit, changing the viewport's size under it and
    // the picture painted for it).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportMargins(viewportMargins()); // lays the viewport out now, also while hidden
    if (!m_fitRect.isEmpty()) {
        fitInView(m_fitRect.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
        if (transform().m11() > 1.5)
            setTransform(QTransform::fromScale(1.5, 1.5));
    }
    m_fitTransform = transform();
}

void GraphCanvas::setConnecting(bool connecting)
{
    m_connecting = connecting;
    viewport()->setCursor(connecting ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void GraphCanvas::cancelDrag()
{
    delete m_dragLine; // owned by the scene until then
    m_dragLine = nullptr;
    m_dragFrom = nullptr;
    m_dragging = false;
}

QGraphicsItem *GraphCanvas::partyAt(const QPoint &pos) const
{
    const QList<QGraphicsItem *> hits = items(pos);
    for (QGraphicsItem *item : hits) {
        if (item->data(KindRole).toString() == QLatin1StringView("party"))
            return item;
    }
    return nullptr;
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_connecting) {
        Q_EMIT connectClicked(partyAt(event->position().toPoint()));
        event->accept();
        return;
    }
    cancelDrag();
    if (event->button() == Qt::LeftButton && m_editable) {
        m_dragFrom = partyAt(event->position().toPoint());
        m_pressPos = event->position().toPoint();
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom && (event->buttons() & Qt::LeftButton)) {
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            m_dragLine = scene()->addLine(QLineF(), QPen(QColor(0xff, 0x6f, 0x00), 2, Qt::DashLine));
            m_dragLine->setZValue(5);
        }
        if (m_dragging) {
            m_dragLine->setLine(QLineF(m_dragFrom->sceneBoundingRect().center(), mapToScene(pos)));
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        QGraphicsItem *from = m_dragFrom;
        QGraphicsItem *to = partyAt(event->position().toPoint());
        cancelDrag();
        QGraphicsView::mouseReleaseEvent(event); // ends the scene's mouse grab
        if (to && to != from)
            Q_EMIT dragConnected(from, to);
        return;
    }
    m_dragFrom = nullptr;
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QList<QGraphicsItem *> hits = items(event->position().toPoint());
    for (QGraphicsItem *item : hits) {
        if (!item->data(IdRole).isNull()) {
            Q_EMIT itemDoubleClicked(item);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier || event->angleDelta().x() == 0) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

GraphView::GraphView(QWidget *parent)
    : QWidget(parent)
{
    m_categoryBox = new QComboBox(this);
    m_countryBox = new QComboBox(this);
    m_strengthBox = new QComboBox(this);
    m_highlightBox = new QComboBox(this);
    for (QComboBox *box : {m_categoryBox, m_countryBox, m_strengthBox, m_highlightBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *zoomIn = button(tr("+"), tr("Zoom in"));
    QToolButton *zoomOut = button(tr("\u2212"), tr("Zoom out"));
    QToolButton *fit = button(tr("Fit"), tr("Show the whole graph"));
    QToolButton *exportButton = button(tr("Export\u2026"), tr("Save the picture as SVG, PNG, PDF, DOT or GraphML"));
    // Nothing to zoom or export while a picture is computed (the one before is not current).
    m_pictureButtons = {zoomIn, zoomOut, fit, exportButton};

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Data:"), this));
    bar->addWidget(m_categoryBox);
    bar->addWidget(new QLabel(tr("Country:"), this));
    bar->addWidget(m_countryBox);
    bar->addWidget(new QLabel(tr("Hops:"), this));
    bar->addWidget(m_strengthBox);
    bar->addWidget(new QLabel(tr("Highlight chains to:"), this));
    bar->addWidget(m_highlightBox);
    bar->addStretch();
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(exportButton);

    m_canvas = new GraphCanvas(this);
    useScene(newScene(QRectF()));
    connect(m_canvas, &GraphCanvas::pictureWanted, this, [this] {
        if (!m_running && m_shapes)
            startPaint();
    });

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(side);
    m_summary->setWordWrap(true);
    m_exposure = new QTableView(side);
    m_exposure->setObjectName(QStringLiteral("exposureTable"));
    m_exposureModel = new ExposureModel(m_exposure);
    m_exposure->setModel(m_exposureModel);
    m_exposure->verticalHeader()->hide();
    m_exposure->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exposure->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Country, chains and weakest hop as wide as their contents; the category's name takes
    // the rest (elided when long) so that no column is pushed out of the panel.
    m_exposure->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exposure->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_exposure->horizontalHeader()->setResizeContentsPrecision(200);
    m_exposure->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_exposure->verticalHeader()->setDefaultSectionSize(m_exposure->fontMetrics().height() + 6);
    m_exposure->setWordWrap(false);
    m_exposure->setMinimumWidth(500);
    auto *exposureTitle = new QLabel(tr("<b>Exposure</b>: data category \u00d7 destination country"), side);
    sideLayout->addWidget(exposureTitle);
    sideLayout->addWidget(m_exposure, 1);
    sideLayout->addWidget(m_summary);

    // While a large project is computed on the worker thread, a note stands where the
    // picture goes: nothing of an older picture (another project's, or from before an edit)
    // is shown as if it were current.
    m_computingNote = new QLabel(tr("<p><b>Computing the transfer graph…</b></p>"
                                    "<p>The picture and the exposure table appear here when they are ready. "
                                    "The other pages can be used meanwhile.</p>"),
                                 this);
    m_computingNote->setObjectName(QStringLiteral("graphComputing"));
    m_computingNote->setAlignment(Qt::AlignCenter);
    m_computingNote->setWordWrap(true);
    m_computingNote->setAutoFillBackground(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_computingNote);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    side->setMaximumWidth(520);
    split->setSizes({1000, 400});

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("graphHint"));
    m_hint->hide();

    auto *legend = new QLabel(legendHtml() + tr("&nbsp; Dashed box: a category of recipients; dashed line: a transfer back or within a layer."), this);
    legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addWidget(legend);

    connect(zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, m_canvas, &GraphCanvas::fit);
    connect(exportButton, &QToolButton::clicked, this, &GraphView::exportPicture);
    connect(m_categoryBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setCategory(m_categoryBox->currentData().toUuid());
    });
    connect(m_countryBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setCountryFilter(m_countryBox->currentData().toString());
    });
    connect(m_strengthBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const int v = m_strengthBox->currentData().toInt();
        setMaxStrength(v < 0 ? std::nullopt : std::optional<Strength>(Strength(v)));
    });
    connect(m_highlightBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setHighlightCountry(m_highlightBox->currentData().toString());
    });
    m_canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_canvas, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const std::unique_ptr<QMenu> menu(contextMenuAt(pos));
        if (menu && !menu->isEmpty())
            menu->exec(m_canvas->viewport()->mapToGlobal(pos));
    });
    connect(m_canvas, &GraphCanvas::dragConnected, this, [this](QGraphicsItem *from, QGraphicsItem *to) {
        addTransfer(from->data(IdRole).toUuid(), to->data(IdRole).toUuid());
    });
    connect(m_canvas, &GraphCanvas::connectClicked, this, [this](QGraphicsItem *party) {
        const Id from = m_connectFrom;
        startConnect({}); // one pick only
        if (party && party->data(IdRole).toUuid() != from)
            addTransfer(from, party->data(IdRole).toUuid());
    });
    connect(m_canvas, &GraphCanvas::itemDoubleClicked, this,
            [this](QGraphicsItem *item) { Q_EMIT openRequested(item->data(IdRole).toUuid()); });

    m_pool.setMaxThreadCount(1);
    m_graph = std::make_shared<TransferGraph>(ProjectData());
    request(false, Place::Keep);
}

GraphView::~GraphView()
{
    // A computation that is running stops at its next step; one that is queued never starts.
    m_stop->store(true);
    m_pool.clear();
    m_pool.waitForDone();
    dropArriving(); // items made for no scene yet
    discardAll();
    // The scene's items go after this; their removal is nobody's selection.
    m_syncing = true;
    disconnect(m_scene, nullptr, this, nullptr);
}

void GraphView::setProject(Project *project, bool readOnly)
{
    m_readOnly = readOnly;
    if (project && project == m_project) {
        m_canvas->setEditable(isEditable());
        return;
    }
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_canvas->setEditable(isEditable());
    if (project) {
        // Parties, transfers and data categories are what the picture shows.
        const auto follow = [this](EntityKind kind, const QUuid &) {
            if (kind == EntityKind::Party || kind == EntityKind::Transfer || kind == EntityKind::DataCategory)
                scheduleRefresh();
        };
        connect(project, &Project::entityAdded, this, follow);
        connect(project, &Project::entityChanged, this, follow);
        connect(project, &Project::entityRemoved, this, follow);
        connect(project, &Project::projectReset, this, &GraphView::scheduleRefresh);
    }
    startConnect({});
    m_refreshPending = false;
    m_stale = false;
    m_source.reset();
    // A selection made before the view was bound stays when the project has it (checked
    // when the picture is made).
    request(true, Place::FitAndCentre);
}

void GraphView::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    if (!isVisible()) {
        m_stale = true; // refreshed when shown: a hidden graph costs nothing per edit
        return;
    }
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refresh();
    });
}

void GraphView::refresh()
{
    m_refreshPending = false;
    m_stale = false;
    // The same place, zoom and selection after the edit.
    request(true, Place::Keep);
}

void GraphView::setProject(const ProjectData &data)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = nullptr;
    m_readOnly = true;
    m_canvas->setEditable(false);
    startConnect({});
    m_refreshPending = false;
    m_source = std::make_shared<const ProjectData>(data);
    request(true, Place::Fit);
}

// ---- computing the picture (at once, or on the worker thread) ----

namespace {

struct GraphInput
{
    std::shared_ptr<const ProjectData> data;          // set: build a new graph of it
    std::shared_ptr<const TransferGraph> graph;       // else: this one
    std::shared_ptr<const QList<ExposureCell>> exposureAll; // of `graph`, when known
    Id category;
    QString country;
    std::optional<Strength> maxStrength;
    QString highlightCountry;
    std::function<bool()> cancelled;
};

} // namespace

struct GraphView::Computed
{
    quint64 generation = 0;
    bool cancelled = false;
    std::shared_ptr<const TransferGraph> graph;
    bool newGraph = false;
    Id category; // null when the asked one is not in the data
    Picture picture;
    int highlighted = 0;
    std::shared_ptr<const GraphView::Shapes> shapes = std::make_shared<const GraphView::Shapes>();
    std::shared_ptr<const QList<ExposureCell>> exposureAll;
    QList<ExposureRow> exposure;
    // For the filter boxes (a new graph only).
    QList<QPair<Id, QString>> categoryItems;
    QStringList countries;
    QString summary;
};

namespace {

// Everything of the picture that needs no widget: safe on any thread (it reads only its
// input, which nobody changes).
std::shared_ptr<GraphView::Computed> computePicture(const GraphInput &in);

} // namespace

void GraphView::request(bool newData, Place place)
{
    m_newData = m_newData || newData;
    m_place = std::max(m_place, place);
    ++m_generation;
    m_paintWhenShown = false;
    const ProjectData *source = m_project ? &m_project->data() : m_source.get();
    const qsizetype items = source ? qsizetype(source->parties.size() + source->transfers.size()) : 0;
    if (items < m_backgroundFrom) {
        // Small: at once (a running job, for data that was large, is dropped when it ends).
        if (m_cancel)
            m_cancel->store(true);
        m_startWhenIdle = false;
        GraphInput in;
        if (m_newData || !m_graph)
            in.data = source ? std::make_shared<const ProjectData>(*source) : std::make_shared<const ProjectData>();
        else
            in.graph = m_graph;
        in.exposureAll = in.graph ? m_exposureAll : nullptr;
        in.category = m_category;
        in.country = m_country;
        in.maxStrength = m_maxStrength;
        in.highlightCountry = m_highlightCountry;
        const std::shared_ptr<Computed> result = computePicture(in);
        apply(*result);
        return;
    }
    setComputing(true);
    if (m_running) {
        // One at a time: the running one stops at its next step, then the newest starts.
        if (m_cancel)
            m_cancel->store(true);
        m_startWhenIdle = true;
        return;
    }
    startJob();
}

void GraphView::startJob()
{
    m_startWhenIdle = false;
    GraphInput in;
    if (m_newData || !m_graph) {
        // The snapshot is taken now: the newest data, whatever was asked before.
        if (m_project)
            in.data = std::make_shared<const ProjectData>(m_project->data());
        else
            in.data = m_source ? m_source : std::make_shared<const ProjectData>();
    } else {
        in.graph = m_graph;
        in.exposureAll = m_exposureAll;
    }
    in.category = m_category;
    in.country = m_country;
    in.maxStrength = m_maxStrength;
    in.highlightCountry = m_highlightCountry;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    in.cancelled = [cancel, stop = m_stop] { return cancel->load() || stop->load(); };
    m_cancel = cancel;
    m_running = true;
    const quint64 generation = m_generation;
    // The destructor waits for the pool, so `self` outlives the job; a result posted to a
    // view deleted since is dropped with the view's events.
    GraphView *self = this;
    m_pool.start([self, in = std::move(in), generation] {
        std::shared_ptr<Computed> result = computePicture(in);
        result->generation = generation;
        result->cancelled = result->cancelled || (in.cancelled && in.cancelled());
        QMetaObject::invokeMethod(self, [self, result] { self->jobDone(result); }, Qt::QueuedConnection);
    });
}

void GraphView::jobDone(const std::shared_ptr<Computed> &result)
{
    if (result->cancelled || result->generation != m_generation) {
        // Computed for data or filters that have changed since: never shown.
        jobEnded();
        return;
    }
    // The items (55,000 for 50,000 transfers took 0.15 s to make) are made in slices, then
    // shown together; a request meanwhile drops them.
    m_arriving = result;
    m_arrivingItems.clear();
    makeSlice();
}

void GraphView::makeSlice()
{
    if (!m_arriving)
        return;
    if (m_arriving->generation != m_generation || m_stop->load()) {
        dropArriving();
        jobEnded();
        return;
    }
    const Shapes &shapes = *m_arriving->shapes;
    if (m_arrivingItems.size() < shapes.edges.size() + shapes.nodes.size()) {
        // The last slice of items too: the scene is made in a turn of its own (25 ms).
        makeItems(m_arrivingItems, shapes, SliceMs, m_sliceLimit);
        QTimer::singleShot(0, this, &GraphView::makeSlice);
        return;
    }
    const std::shared_ptr<Computed> result = std::move(m_arriving);
    apply(*result, std::exchange(m_arrivingItems, {}), true);
}

void GraphView::dropArriving()
{
    m_arriving.reset();
    discard(nullptr, std::exchange(m_arrivingItems, {}));
}

void GraphView::discard(QGraphicsScene *scene, std::vector<QGraphicsItem *> items)
{
    if (scene) {
        disconnect(scene, nullptr, this, nullptr);
        disconnect(scene, nullptr, m_canvas, nullptr);
    }
    if (items.empty() && !scene)
        return;
    m_discards.push_back({scene, std::move(items), 0});
    if (m_discards.size() == 1)
        QTimer::singleShot(0, this, &GraphView::discardSlice);
}

void GraphView::discardSlice()
{
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    while (!m_discards.empty()) {
        Discard &d = m_discards.front();
        // In the order they were made (a scene removes its first item quickly).
        while (d.next < d.items.size()) {
            if (++count % 64 == 0 && timer.elapsed() >= SliceMs) {
                QTimer::singleShot(0, this, &GraphView::discardSlice);
                return;
            }
            delete d.items[d.next++];
        }
        delete d.scene; // empty now
        m_discards.pop_front();
    }
}

void GraphView::discardAll()
{
    for (Discard &d : m_discards) {
        if (d.scene)
            delete d.scene; // with the items left in it
        else
            qDeleteAll(d.items.begin() + qsizetype(d.next), d.items.end());
    }
    m_discards.clear();
}

GraphView::Stage GraphView::stage() const
{
    if (m_arriving)
        return Stage::Making;
    if (m_painting)
        return Stage::Painting;
    return m_running || m_computing ? Stage::Computing : Stage::Idle;
}

void GraphView::endRun()
{
    m_running = false;
    m_painting = false;
    m_cancel.reset();
}

void GraphView::jobEnded()
{
    endRun();
    if (m_startWhenIdle)
        startJob();
}

void GraphView::startPaint()
{
    const GraphCanvas::ViewState state = m_canvas->viewState();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const std::function<bool()> cancelled = [cancel, stop = m_stop] { return cancel->load() || stop->load(); };
    m_cancel = cancel;
    m_running = true;
    m_painting = true;
    const quint64 generation = m_generation;
    GraphView *self = this; // outlives the job (see startJob)
    m_pool.start([self, shapes = m_shapes, state, cancelled, generation] {
        const QImage image = paintPicture(*shapes, state, cancelled);
        const bool wasCancelled = cancelled();
        QMetaObject::invokeMethod(
            self, [self, image, state, generation, wasCancelled] { self->paintDone(image, state, generation, wasCancelled); },
            Qt::QueuedConnection);
    });
}

void GraphView::paintDone(const QImage &image, const GraphCanvas::ViewState &state, quint64 generation, bool cancelled)
{
    if (cancelled || image.isNull() || generation != m_generation || m_startWhenIdle) {
        jobEnded();
        return;
    }
    if (!m_canvas->showsWhole()) {
        // Zoomed in meanwhile: the view paints what it shows itself.
        endRun();
        finishShowing();
        return;
    }
    if (m_canvas->viewState() != state) {
        startPaint(); // the view changed meanwhile (its size, the selection)
        return;
    }
    endRun();
    m_canvas->setPicture(image);
    finishShowing();
}

void GraphView::finishShowing()
{
    if (!m_computing)
        return; // a picture painted again for a picture already shown
    setComputing(false);
    m_canvas->keepPictureScroll();
    Q_EMIT pictureShown();
}

QGraphicsScene *GraphView::newScene(const QRectF &rect)
{
    auto *scene = new QGraphicsScene(this);
    // No index: a BSP index of 55,000 items, most of them lines across the picture, took
    // 0.4 s to build and made painting the whole scene nine times slower (3.6 s against
    // 0.4 s); without one, a query (the item under the pointer) walks the items' bounding
    // rectangles.
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    if (!rect.isNull())
        scene->setSceneRect(rect);
    return scene;
}

void GraphView::layOutCanvas()
{
    // The canvas is placed while the note stands in front of it, at the size the page gives
    // it, so that the picture painted for it fits when it is shown. Hidden, it would get the
    // resize event (its viewport's size, a new fit) only then: it gets it now.
    if (!m_stack->isVisible())
        return;
    const QRect rect = m_stack->contentsRect();
    const QSize old = m_canvas->size();
    m_canvas->setGeometry(rect);
    QResizeEvent resize(rect.size(), old);
    QCoreApplication::sendEvent(m_canvas, &resize);
    m_canvas->setAttribute(Qt::WA_PendingResizeEvent, false);
}

void GraphView::useScene(QGraphicsScene *scene)
{
    m_scene = scene;
    m_canvas->setScene(scene);
    // Any change of an item (selection, a new line while connecting) drops the kept picture.
    connect(scene, &QGraphicsScene::changed, m_canvas, &GraphCanvas::dropPicture);
    connect(scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
}

void GraphView::setComputing(bool computing)
{
    if (computing == m_computing)
        return;
    m_computing = computing;
    m_stack->setCurrentWidget(computing ? static_cast<QWidget *>(m_computingNote) : m_canvas);
    for (QWidget *button : std::as_const(m_pictureButtons))
        button->setEnabled(!computing);
    if (computing) {
        m_exposureModel->setRows({});
        m_summary->setText(tr("Computing…"));
    }
    Q_EMIT computingChanged(computing);
}

void GraphView::fillCombos(const Computed &result)
{
    m_updating = true;
    m_categoryBox->clear();
    m_categoryBox->addItem(tr("Every category"), QUuid());
    for (const auto &item : result.categoryItems)
        m_categoryBox->addItem(item.second, item.first);
    for (QComboBox *box : {m_countryBox, m_highlightBox}) {
        box->clear();
        box->addItem(box == m_countryBox ? tr("Every country") : tr("(none)"), QString());
        for (const QString &code : result.countries)
            box->addItem(countryText(code), code);
    }
    m_strengthBox->clear();
    m_strengthBox->addItem(tr("Every hop"), -1);
    for (Strength s : allStrengths()) {
        if (s != Strength::Eea)
            m_strengthBox->addItem(tr("%1 or weaker").arg(strengthTitle(s)), int(s));
    }
    m_updating = false;
}

void GraphView::apply(Computed &result, std::vector<QGraphicsItem *> made, bool aside)
{
    const Place place = m_place;
    m_place = Place::Keep;
    // The same place and zoom after an edit (Keep).
    const QTransform transform = m_canvas->transform();
    const QPointF centre = m_canvas->mapToScene(m_canvas->viewport()->rect().center());
    if (result.newGraph) {
        m_newData = false;
        fillCombos(result);
    }
    m_graph = result.graph;
    m_exposureAll = result.exposureAll;
    m_category = result.category;
    m_updating = true;
    m_categoryBox->setCurrentIndex(std::max(0, m_categoryBox->findData(m_category)));
    m_countryBox->setCurrentIndex(std::max(0, m_countryBox->findData(m_country)));
    m_highlightBox->setCurrentIndex(std::max(0, m_highlightBox->findData(m_highlightCountry)));
    m_strengthBox->setCurrentIndex(m_maxStrength ? std::max(0, m_strengthBox->findData(int(*m_maxStrength))) : 0);
    m_updating = false;
    m_picture = std::move(result.picture);
    m_highlighted = result.highlighted;
    m_shapes = result.shapes;

    const TransferGraph &g = *m_graph;
    if (made.empty())
        makeItems(made, *m_shapes, 0, 0);
    QGraphicsScene *scene = newScene(m_picture.layout.bounds.adjusted(-40, -40, 40, 40));
    QHash<Id, QGraphicsItem *> items;
    addItems(scene, items, made, *m_shapes);
    m_syncing = true; // removing the selected items is not the user's selection
    m_canvas->cancelDrag();
    // The new scene replaces the old one (whose items go with it).
    // (deleting 55,000 items took 0.25 s: in slices too).
    discard(m_scene, std::exchange(m_sceneItems, made));
    useScene(scene);
    m_items = std::move(items);
    m_canvas->setFitRect(m_picture.layout.bounds);
    m_canvas->setKeepPicture(aside || m_items.size() >= KeepPictureFrom);
    m_canvas->setPicturesPaintedElsewhere(aside);
    // The selection survives the rebuild; one that was removed from the project is gone.
    if (QGraphicsItem *selected = m_items.value(m_selected))
        selected->setSelected(true);
    else if (!m_selected.isNull() && g.nodeOf(m_selected) < 0 && g.edgeOf(m_selected) < 0)
        m_selected = {};
    // The scene reports its new items and the selection as a change in a queued call, which
    // drops the kept picture: delivered now, before the first paint, not after it (painting
    // 55,000 items twice took a second more). A change after this one drops the picture as
    // usual.
    QCoreApplication::sendPostedEvents(m_scene, QEvent::MetaCall);
    m_syncing = false;
    m_exposureModel->setRows(std::move(result.exposure));
    m_summary->setText(result.summary);
    if (aside)
        layOutCanvas();
    else
        setComputing(false);

    if (place == Place::Keep) {
        m_canvas->setTransform(transform);
        m_canvas->centerOn(centre);
    } else {
        m_canvas->fit();
        if (QGraphicsItem *item = m_items.value(m_selected); item && place == Place::FitAndCentre) {
            m_canvas->centerOn(item);
            m_centrePending = !isVisible();
        }
    }
    if (aside && m_canvas->showsWhole()) {
        // The whole graph (seconds to paint at 50,000 transfers) is painted on the worker
        // thread; the page shows it when it comes. For a hidden page, when it is shown (the
        // canvas's size is known then).
        endRun();
        if (isVisible())
            startPaint();
        else
            m_paintWhenShown = true;
        return;
    }
    if (!aside) {
        Q_EMIT pictureShown();
        return;
    }
    endRun();
    finishShowing();
}

namespace {

std::shared_ptr<GraphView::Computed> computePicture(const GraphInput &in)
{
    auto result = std::make_shared<GraphView::Computed>();
    const auto stop = [&in, &result] {
        if (in.cancelled && in.cancelled())
            result->cancelled = true;
        return result->cancelled;
    };
    result->newGraph = !in.graph;
    result->graph = in.graph ? in.graph : std::make_shared<const TransferGraph>(in.data ? *in.data : ProjectData());
    const TransferGraph &g = *result->graph;
    if (stop())
        return result;
    const Id category = !in.category.isNull() && g.data().find<DataCategory>(in.category) ? in.category : Id();
    result->category = category;

    if (result->newGraph) {
        for (const Id &c : g.categories()) {
            const DataCategory *dc = g.data().find<DataCategory>(c);
            // Indent children under their parent.
            int level = 0;
            for (Id p = dc->parent; !p.isNull() && level < 8; ++level) {
                const DataCategory *pc = g.data().find<DataCategory>(p);
                p = pc ? pc->parent : Id();
            }
            result->categoryItems.append({c, QString(level * 2, u' ') + cleanText(dc->name)});
        }
        const Reach all = g.reach({});
        result->countries = all.countries.keys();
    }

    // What is shown: the category's reach, narrowed to chains to a country and to weak hops.
    Picture &pic = result->picture;
    pic.category = category;
    pic.reach = g.reach(category);
    pic.nodeShown.assign(std::size_t(g.nodeCount()), false);
    pic.edgeShown.assign(std::size_t(g.edgeCount()), false);
    Limits limits;
    limits.chainsPerTarget = 2000;
    limits.cancelled = in.cancelled;
    std::vector<bool> onChain;
    if (!in.country.isEmpty()) {
        onChain.assign(std::size_t(g.edgeCount()), false);
        for (const Chain &c : g.chainsToCountry(category, in.country, limits).chains) {
            for (int e : c.edges)
                onChain[std::size_t(e)] = true;
        }
    }
    for (int e = 0; e < g.edgeCount(); ++e) {
        bool shown = category.isNull() ? true : pic.reach.edgeUsed[std::size_t(e)];
        shown = shown && (onChain.empty() || onChain[std::size_t(e)]);
        shown = shown && (!in.maxStrength || g.edge(e).strength <= *in.maxStrength);
        if (shown) {
            pic.edgeShown[std::size_t(e)] = true;
            pic.nodeShown[std::size_t(g.edge(e).from)] = true;
            pic.nodeShown[std::size_t(g.edge(e).to)] = true;
        }
    }
    const bool unfiltered = category.isNull() && in.country.isEmpty() && !in.maxStrength;
    for (int n = 0; n < g.nodeCount(); ++n) {
        if (g.node(n).own || unfiltered)
            pic.nodeShown[std::size_t(n)] = true;
    }
    if (stop())
        return result;
    pic.layout = layoutGraph(g, pic.nodeShown, pic.edgeShown);
    pic.title = pictureTitle(g, category);
    if (stop())
        return result;

    std::vector<bool> highlight;
    if (!in.highlightCountry.isEmpty()) {
        highlight.assign(std::size_t(g.edgeCount()), false);
        for (const Chain &c : g.chainsToCountry(category, in.highlightCountry, limits).chains) {
            for (int e : c.edges)
                highlight[std::size_t(e)] = true;
        }
    }
    std::vector<bool> nodeLit(std::size_t(g.nodeCount()), highlight.empty());
    auto shapes = std::make_shared<Shapes>();
    result->shapes = shapes;
    shapes->edges.reserve(pic.layout.edges.size());
    for (const EdgeRoute &r : pic.layout.edges) {
        const auto &e = g.edge(r.edge);
        const bool lit = highlight.empty() || highlight[std::size_t(r.edge)];
        if (lit && !highlight.empty()) {
            ++result->highlighted;
            nodeLit[std::size_t(e.from)] = nodeLit[std::size_t(e.to)] = true;
        }
        EdgeShape shape;
        shape.transfer = e.transfer;
        shape.path = routePath(r.points);
        shape.polygons = shape.path.toSubpathPolygons();
        QColor colour = strengthColor(e.strength);
        if (!lit)
            colour.setAlpha(50);
        shape.pen = QPen(colour, !highlight.empty() && lit ? 3.2 : 1.8);
        if (r.backward)
            shape.pen.setStyle(Qt::DashLine);
        shape.lit = lit;
        QStringList hops;
        for (const HopClass &h : e.hops)
            hops.append(h.reason.toHtmlEscaped());
        shape.tip = GraphView::tr("<b>%1 \u2192 %2</b><br>Mechanism: %3 (%4)<br>Data: %5<br>%6")
                        .arg(cleanText(g.node(e.from).name).toHtmlEscaped(), cleanText(g.node(e.to).name).toHtmlEscaped(),
                             enumToString(e.mechanism), strengthTitle(e.strength).toHtmlEscaped(),
                             cleanText(categoriesText(g, r.edge)).toHtmlEscaped(), hops.join(QStringLiteral("<br>")));
        shapes->edges.push_back(std::move(shape));
    }
    shapes->nodes.reserve(pic.layout.nodes.size());
    for (const NodeBox &b : pic.layout.nodes) {
        NodeShape shape;
        shape.party = g.node(b.node).party;
        shape.rect = b.rect;
        shape.name = cleanText(g.node(b.node).name);
        shape.country = nodeCountryText(g, b.node);
        shape.role = roleText(g, b.node);
        shape.own = g.node(b.node).own;
        shape.named = g.node(b.node).named;
        shape.dimmed = !nodeLit[std::size_t(b.node)] && !shape.own;
        shape.tip = QStringLiteral("<b>%1</b><br>%2<br>%3%4")
                        .arg(shape.name.toHtmlEscaped(), shape.country.toHtmlEscaped(), shape.role.toHtmlEscaped(),
                             shape.named ? QString() : QStringLiteral("<br><i>a category of recipients</i>"));
        shapes->nodes.push_back(std::move(shape));
    }
    if (stop())
        return result;

    // The exposure table: every category's is kept for the graph (seconds on a large one).
    QList<ExposureCell> cells;
    if (category.isNull()) {
        if (in.exposureAll) {
            result->exposureAll = in.exposureAll;
        } else {
            Limits all;
            all.cancelled = in.cancelled;
            auto computed = std::make_shared<const QList<ExposureCell>>(g.exposure(all));
            if (stop())
                return result;
            result->exposureAll = computed;
        }
        cells = *result->exposureAll;
    } else {
        cells = g.exposure(category);
        result->exposureAll = in.exposureAll;
    }
    QHash<Id, QString> names;
    for (const ExposureCell &c : std::as_const(cells)) {
        if (!in.country.isEmpty() && c.country != in.country)
            continue;
        if (in.maxStrength && c.weakest > *in.maxStrength)
            continue;
        auto name = names.constFind(c.category);
        if (name == names.cend()) {
            const DataCategory *dc = g.data().find<DataCategory>(c.category);
            name = names.insert(c.category, dc ? cleanText(dc->name) : QString());
        }
        ExposureRow row;
        row.category = *name;
        row.country = countryText(c.country);
        row.chains = c.capped ? QStringLiteral("\u2265 %1").arg(c.chains) : QString::number(c.chains);
        row.weakest = strengthTitle(c.weakest);
        row.colour = strengthColor(c.weakest);
        result->exposure.append(row);
    }
    result->summary = GraphView::tr("%1 parties and %2 transfers shown; %3 cycles; %4 parties nothing reaches; %5 transfers list no data category.")
                          .arg(pic.layout.nodes.size())
                          .arg(pic.layout.edges.size())
                          .arg(g.cycles().size())
                          .arg(g.unreached().size())
                          .arg(g.unspecifiedTransfers().size());
    return result;
}

} // namespace

void GraphView::setCategory(const Id &category)
{
    m_category = category;
    m_updating = true;
    m_categoryBox->setCurrentIndex(std::max(0, m_categoryBox->findData(category)));
    m_updating = false;
    request(false, Place::Fit);
}

void GraphView::setCountryFilter(const QString &code)
{
    m_country = code;
    m_updating = true;
    m_countryBox->setCurrentIndex(std::max(0, m_countryBox->findData(code)));
    m_updating = false;
    request(false, Place::Fit);
}

void GraphView::setMaxStrength(std::optional<Strength> s)
{
    m_maxStrength = s;
    m_updating = true;
    m_strengthBox->setCurrentIndex(s ? std::max(0, m_strengthBox->findData(int(*s))) : 0);
    m_updating = false;
    request(false, Place::Fit);
}

void GraphView::setHighlightCountry(const QString &code)
{
    m_highlightCountry = code;
    m_updating = true;
    m_highlightBox->setCurrentIndex(std::max(0, m_highlightBox->findData(code)));
    m_updating = false;
    request(false, Place::Keep);
}

int GraphView::exposureRows() const
{
    return m_exposureModel->rowCount();
}

void GraphView::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    const QGraphicsItem *item = selected.isEmpty() ? nullptr : selected.first();
    const Id id = item ? item->data(IdRole).toUuid() : Id();
    if (id == m_selected)
        return;
    m_selected = id;
    if (item && item->data(KindRole).toString() == QLatin1StringView("party"))
        Q_EMIT partySelected(id);
    else if (item)
        Q_EMIT transferSelected(id);
    Q_EMIT entitySelected(id);
}

bool GraphView::selectEntity(const QUuid &id)
{
    QGraphicsItem *item = m_items.value(id);
    m_syncing = true;
    m_scene->clearSelection();
    if (item)
        item->setSelected(true);
    m_syncing = false;
    // A party or transfer hidden by the filters stays selected for when it shows again.
    // Before the view is bound to a project the id is kept for when it is.
    // While a picture is computed the id is kept for it.
    const bool inGraph = !id.isNull() && (m_graph->nodeOf(id) >= 0 || m_graph->edgeOf(id) >= 0 || !m_project || m_computing);
    m_selected = inGraph ? Id(id) : Id();
    if (!item)
        return false;
    m_canvas->ensureVisible(item, 40, 40);
    m_canvas->centerOn(item);
    m_centrePending = !isVisible(); // centred again once the view has its real size
    return true;
}

void GraphView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    if (m_paintWhenShown) {
        // After the layout gave the page its size.
        QTimer::singleShot(0, this, [this] {
            if (!m_paintWhenShown || m_running || !isVisible())
                return;
            m_paintWhenShown = false;
            layOutCanvas();
            if (m_canvas->showsWhole())
                m_canvas->fit(); // at the size it has now
            startPaint();
        });
    }
    if (!m_centrePending)
        return;
    m_centrePending = false;
    // After the layout gave the canvas its size.
    QTimer::singleShot(0, this, [this] {
        if (QGraphicsItem *item = m_items.value(m_selected))
            m_canvas->centerOn(item);
    });
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_connectFrom.isNull()) {
        startConnect({});
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void GraphView::setConfirmDelete(std::function<bool(QWidget *, const QString &, const QString &)> confirm)
{
    m_confirmDelete = std::move(confirm);
}

void GraphView::startConnect(const Id &from)
{
    const TransferGraph &g = *m_graph;
    const int node = from.isNull() ? -1 : g.nodeOf(from);
    m_connectFrom = node >= 0 && isEditable() ? from : Id();
    m_canvas->setConnecting(!m_connectFrom.isNull());
    if (m_connectFrom.isNull()) {
        m_hint->hide();
        return;
    }
    m_hint->setText(tr("New transfer from %1: click the party that receives the data (Esc cancels).")
                        .arg(cleanText(g.node(node).name).toHtmlEscaped()));
    m_hint->show();
    m_canvas->setFocus();
}

Id GraphView::addTransfer(const Id &from, const Id &to)
{
    if (!isEditable() || from.isNull() || to.isNull() || from == to)
        return {};
    const ProjectData &data = m_project->data();
    if (!data.find<Party>(from) || !data.find<Party>(to))
        return {};
    Transfer t;
    t.id = QUuid::createUuid();
    t.from = from;
    t.to = to;
    if (!edit::add(*m_project, t))
        return {};
    // Shown and selected once the graph follows; the editor opens it to fill in the rest.
    refresh();
    selectEntity(t.id);
    Q_EMIT transferSelected(t.id);
    Q_EMIT entitySelected(t.id);
    return t.id;
}

bool GraphView::removeEntity(const Id &id)
{
    if (!isEditable())
        return false;
    const ProjectData &data = m_project->data();
    const auto kind = data.kindOfId(id);
    if (!kind || (*kind != EntityKind::Party && *kind != EntityKind::Transfer))
        return false;
    const CascadeSummary cascade = cascadeOf(data, *kind, {id});
    if (!cascade.isEmpty()) {
        const QString name = edit::displayName(data, *data.entity(*kind, id));
        QStringList details;
        const QString text = cascade.totalRemoved() > 0
                                 ? tr("Removing %1 also removes %n other entries.", nullptr, cascade.totalRemoved()).arg(name)
                                 : tr("Remove %1?").arg(name);
        if (cascade.totalChanged() > 0)
            details.append(tr("It is also taken out of %n other entries.", nullptr, cascade.totalChanged()));
        details.append(tr("You can undo this."));
        const auto ask = m_confirmDelete ? m_confirmDelete : [](QWidget *parent, const QString &t, const QString &d) {
            return QMessageBox::question(parent, tr("Remove"), t + u'\n' + d) == QMessageBox::Yes;
        };
        if (!ask(this, text, details.join(u' ')))
            return false;
    }
    return edit::remove(*m_project, *kind, id);
}

bool GraphView::changeMechanism(const Id &transfer, Mechanism mechanism)
{
    if (!isEditable())
        return false;
    const Transfer *t = m_project->data().find<Transfer>(transfer);
    if (!t || t->mechanism == mechanism)
        return false;
    Transfer changed = *t;
    changed.mechanism = mechanism;
    if (mechanism != Mechanism::Scc)
        changed.sccModule.reset();
    if (mechanism != Mechanism::Derogation)
        changed.derogation.reset();
    return edit::change(*m_project, changed);
}

Id GraphView::addParty()
{
    if (!isEditable())
        return {};
    Party p;
    p.id = QUuid::createUuid();
    p.name = tr("New party");
    if (!edit::add(*m_project, p))
        return {};
    refresh();
    selectEntity(p.id);
    Q_EMIT partySelected(p.id);
    Q_EMIT entitySelected(p.id);
    return p.id;
}

QMenu *GraphView::contextMenuAt(const QPoint &viewportPos)
{
    auto *menu = new QMenu(this);
    const bool editable = isEditable();
    QGraphicsItem *hit = nullptr;
    const QList<QGraphicsItem *> hits = m_canvas->items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (!item->data(IdRole).isNull()) {
            hit = item;
            break;
        }
    }
    if (hit) {
        // The menu is about what is under the pointer: select it (the editor follows).
        const Id id = hit->data(IdRole).toUuid();
        if (!hit->isSelected()) {
            m_scene->clearSelection();
            hit->setSelected(true);
        }
        menu->addAction(tr("Open in editor"), this, [this, id] { Q_EMIT openRequested(id); });
        menu->addSeparator();
        if (hit->data(KindRole).toString() == QLatin1StringView("party")) {
            QAction *add = menu->addAction(tr("Add transfer from here to\u2026"), this, [this, id] { startConnect(id); });
            add->setEnabled(editable);
            menu->addSeparator();
            QAction *remove = menu->addAction(tr("Remove party\u2026"), this, [this, id] { removeEntity(id); });
            remove->setEnabled(editable);
        } else {
            const Transfer *t = m_graph->data().find<Transfer>(id);
            QMenu *mechanisms = menu->addMenu(tr("Change mechanism"));
            mechanisms->setEnabled(editable && t);
            for (int m = 0; m <= int(Mechanism::None); ++m) {
                const auto mechanism = Mechanism(m);
                QAction *a = mechanisms->addAction(Labels::mechanism(mechanism), this,
                                                   [this, id, mechanism] { changeMechanism(id, mechanism); });
                a->setCheckable(true);
                a->setChecked(t && t->mechanism == mechanism);
            }
            menu->addSeparator();
            QAction *remove = menu->addAction(tr("Remove transfer"), this, [this, id] { removeEntity(id); });
            remove->setEnabled(editable);
        }
    } else {
        QAction *add = menu->addAction(tr("Add party"), this, [this] { addParty(); });
        add->setEnabled(editable);
        menu->addSeparator();
        menu->addAction(tr("Show the whole graph"), m_canvas, &GraphCanvas::fit);
        menu->addAction(tr("Export\u2026"), this, &GraphView::exportPicture);
    }
    return menu;
}

QImage GraphView::renderImage(double scale) const
{
    const QRectF r = m_scene->sceneRect();
    QImage image((r.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&p, QRectF(), r);
    return image;
}

void GraphView::exportPicture()
{
    if (m_computing)
        return; // the picture shown before is not the project's any more
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export graph"), QString(),
        tr("SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const auto format = formatFromName(path.section(u'.', -1));
    if (!format) {
        QMessageBox::warning(this, tr("Export graph"), tr("Choose a file name ending in .svg, .png, .pdf, .dot or .graphml."));
        return;
    }
    QString error;
    const QByteArray bytes = graph::exportPicture(*m_graph, m_picture, *format, &error);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        QMessageBox::warning(this, tr("Export graph"), tr("Could not write %1. %2").arg(path, error));
}

} // namespace ropa
