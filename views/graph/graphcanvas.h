#pragma once

// The transfer graph page's canvas: a QGraphicsView with zoom (the wheel, zoomBy), fit, a
// drag from one party to another to connect them, a click that picks a recipient, and a kept
// picture of the whole graph for a large scene (painted here or on the page's worker thread).

#include <QFont>
#include <QGraphicsView>
#include <QList>
#include <QPainter>
#include <QPixmap>
#include <QUuid>

class QGraphicsItem;
class QGraphicsLineItem;

namespace ropa {

class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget *parent = nullptr);
    void zoomBy(double factor);
    void fit();
    // Dragging from a party to another one connects them (only when editable).
    void setEditable(bool editable) { m_editable = editable; }
    // The next left click picks a recipient instead of selecting.
    void setConnecting(bool connecting);
    void cancelDrag();
    // A large scene (tens of thousands of items) takes seconds to paint whole; while the view
    // shows it whole (as fit() left it) its picture is kept and shown again as long as nothing
    // in the scene, the zoom and the scroll position changed (a return to the graph page).
    // Partial updates paint as usual and drop it.
    void setKeepPicture(bool keep);
    void dropPicture();
    bool hasPicture() const { return !m_picture.isNull(); }
    qint64 pictureKey() const { return m_picture.cacheKey(); }
    // What a picture of the whole graph depends on: the viewport's size and pixel ratio, the
    // scene-to-viewport transform, the render hints, the font and the selected items' ids
    // (sorted).
    struct ViewState
    {
        QSize size;
        qreal ratio = 1;
        QTransform transform;
        QPainter::RenderHints hints;
        QFont font;
        QList<QUuid> selected;
        bool operator==(const ViewState &) const = default;
    };
    ViewState viewState() const;
    // The view shows the graph whole from a kept picture (whenever it is painted whole).
    bool showsWhole() const;
    // Shown, the view may centre itself again by a few pixels (the scroll range of the
    // margin): back to where its picture was painted for.
    void keepPictureScroll();
    // A picture painted elsewhere (the worker thread) for viewState(): shown as the kept one.
    void setPicture(const QImage &picture);
    // With pictures painted elsewhere, a whole paint without a picture for the view as it is
    // (a new size, say) asks for one (pictureWanted()) and meanwhile shows the last picture
    // moved and scaled to where its graph now is, instead of painting the scene whole.
    void setPicturesPaintedElsewhere(bool elsewhere) { m_elsewhere = elsewhere; }
    // What fit() shows: the layout's bounds (asking 55,000 items for theirs took 0.3 s).
    void setFitRect(const QRectF &rect) { m_fitRect = rect; }

Q_SIGNALS:
    // A drag from one party's box released over another's (scene items).
    void dragConnected(QGraphicsItem *from, QGraphicsItem *to);
    // A left click while connecting (setConnecting): the party's item, or null elsewhere.
    void connectClicked(QGraphicsItem *party);
    void itemDoubleClicked(QGraphicsItem *item);
    // A whole-graph picture for viewState() is wanted (setPicturesPaintedElsewhere).
    void pictureWanted();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    // While the graph is as fit() left it, a new size (the first show, the window, the
    // splitter) fits it again; once the user zooms it stays as they made it.
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QGraphicsItem *partyAt(const QPoint &pos) const;
    bool m_keepPicture = false;
    QRectF m_fitRect;
    QPixmap m_picture;
    QTransform m_pictureTransform;
    QPoint m_pictureScroll;
    QTransform m_pictureViewport; // the viewportTransform() it was painted for
    // The last picture dropped, of the same scene: shown, moved and scaled, until a new one
    // painted elsewhere comes.
    QPixmap m_lastPicture;
    QTransform m_lastViewport;
    bool m_elsewhere = false;
    bool m_fitted = false;
    QTransform m_fitTransform; // the transform fit() left
    QGraphicsItem *m_dragFrom = nullptr;
    QGraphicsLineItem *m_dragLine = nullptr;
    bool m_dragging = false;
    bool m_editable = false;
    bool m_connecting = false;
    QPoint m_pressPos;
};

} // namespace ropa
