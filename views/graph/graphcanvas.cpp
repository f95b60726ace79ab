#include "graphcanvas.h"

#include "graphitems.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ropa {

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
    if (m_picture.isNull() || m_picture.size() != all.size() * ratio || m_pictureTransform != transform() ||
        m_pictureScroll != scroll) {
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

} // namespace ropa
