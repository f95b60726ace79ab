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
#include <QStyleOptionGraphicsItem>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <utility>

#include <cmath>

namespace ropa {

using namespace graph;

namespace {

// From this many parties and transfers on, the graph keeps its painted picture for the next
// time it is shown (GraphCanvas::setKeepPicture).
constexpr qsizetype KeepPictureFrom = 3000;

enum ItemData { KindRole = 0, IdRole = 1 };

class NodeItem : public QGraphicsRectItem
{
public:
    NodeItem(const TransferGraph &g, int node, const QRectF &rect)
        : QGraphicsRectItem(rect)
        , m_name(cleanText(g.node(node).name))
        , m_country(nodeCountryText(g, node))
        , m_role(roleText(g, node))
        , m_own(g.node(node).own)
        , m_named(g.node(node).named)
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setData(KindRole, QStringLiteral("party"));
        setData(IdRole, g.node(node).party);
        setZValue(2);
        setToolTip(QStringLiteral("<b>%1</b><br>%2<br>%3%4")
                       .arg(m_name.toHtmlEscaped(), m_country.toHtmlEscaped(), m_role.toHtmlEscaped(),
                            m_named ? QString() : QStringLiteral("<br><i>a category of recipients</i>")));
    }
    void setDimmed(bool dimmed) { setOpacity(dimmed ? 0.35 : 1.0); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF r = rect();
        const bool selected = option->state & QStyle::State_Selected;
        QPen pen(selected ? QColor(0xff, 0x6f, 0x00) : (m_own ? QColor(0x1a, 0x23, 0x7e) : QColor(0x45, 0x5a, 0x64)),
                 selected ? 3.0 : (m_own ? 2.2 : 1.3));
        if (!m_named)
            pen.setStyle(Qt::DashLine);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(pen);
        p->setBrush(m_own ? QColor(0xe8, 0xea, 0xf6) : (m_named ? QColor(Qt::white) : QColor(0xf1, 0xf1, 0xf1)));
        p->drawRoundedRect(r, m_named ? 6 : 14, m_named ? 6 : 14);
        // Level of detail: names only when small on screen.
        const double lod = option->levelOfDetailFromTransform(p->worldTransform());
        const QRectF inner = r.adjusted(8, 4, -8, -4);
        const double line = inner.height() / 3;
        QFont f = p->font();
        f.setPixelSize(13);
        f.setBold(true);
        f.setItalic(!m_named);
        p->setFont(f);
        p->setPen(QColor(0x21, 0x21, 0x21));
        if (lod < 0.35) {
            p->drawText(inner, Qt::AlignCenter, QFontMetricsF(f).elidedText(m_name, Qt::ElideRight, inner.width()));
            return;
        }
        p->drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(m_name, Qt::ElideRight, inner.width()));
        QFont s = p->font();
        s.setPixelSize(11);
        s.setBold(false);
        s.setItalic(false);
        p->setFont(s);
        p->setPen(QColor(0x42, 0x42, 0x42));
        const QFontMetricsF fm(s);
        p->drawText(QRectF(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(m_country, Qt::ElideRight, inner.width()));
        p->drawText(QRectF(inner.left(), inner.top() + 2 * line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(m_role, Qt::ElideRight, inner.width()));
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
class EdgeItem : public QGraphicsPathItem
{
public:
    explicit EdgeItem(const QPainterPath &path)
        : QGraphicsPathItem(path)
        , m_polygons(path.toSubpathPolygons())
    {
        setFlag(ItemUsesExtendedStyleOption);
    }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        QPen pen = this->pen();
        if (option->state & QStyle::State_Selected) {
            pen.setColor(QColor(0xff, 0x6f, 0x00));
            pen.setWidthF(pen.widthF() + 2);
        }
        p->setPen(pen);
        const double margin = pen.widthF() + 1;
        const QRectF clip = option->exposedRect.adjusted(-margin, -margin, margin, margin);
        if (pen.color().alpha() == 255) {
            // Opaque: separate lines, the rasteriser's fastest path.
            QVarLengthArray<QLineF, 64> lines;
            for (const QPolygonF &poly : m_polygons) {
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
        for (const QPolygonF &poly : m_polygons) {
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
    dropPicture();
}

void GraphCanvas::paintEvent(QPaintEvent *event)
{
    const QRect all = viewport()->rect();
    // Only the whole graph (as fit() shows it): zoomed in, a paint draws only the items in
    // view, quickly, and the view's own paint does that best.
    if (!m_keepPicture || !m_fitted || transform() != m_fitTransform || !event->region().contains(all)) {
        dropPicture(); // something changed in a part of the picture
        QGraphicsView::paintEvent(event);
        return;
    }
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const qreal ratio = viewport()->devicePixelRatioF();
    if (m_picture.isNull() || m_picture.size() != all.size() * ratio || m_pictureTransform != transform()
        || m_pictureScroll != scroll) {
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
    }
    QPainter painter(viewport());
    painter.drawPixmap(0, 0, m_picture);
}

void GraphCanvas::fit()
{
    m_fitted = true;
    if (scene() && !scene()->itemsBoundingRect().isEmpty()) {
        fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
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

    m_scene = new QGraphicsScene(this);
    m_canvas = new GraphCanvas(this);
    m_canvas->setScene(m_scene);
    // Any change of an item (selection, a new line while connecting) drops the kept picture.
    connect(m_scene, &QGraphicsScene::changed, m_canvas, &GraphCanvas::dropPicture);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(side);
    m_summary->setWordWrap(true);
    m_exposure = new QTableWidget(0, 4, side);
    m_exposure->setHorizontalHeaderLabels({tr("Data category"), tr("Country"), tr("Chains"), tr("Weakest")});
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

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
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
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
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

    m_graph = std::make_unique<TransferGraph>(ProjectData());
    fillCombos();
    rebuild();
}

GraphView::~GraphView()
{
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
    m_graph = std::make_unique<TransferGraph>(project ? project->data() : ProjectData());
    // A selection made before the view was bound stays when the project has it.
    if (m_graph->nodeOf(m_selected) < 0 && m_graph->edgeOf(m_selected) < 0)
        m_selected = {};
    if (!m_category.isNull() && !m_graph->data().find<DataCategory>(m_category))
        m_category = {};
    fillCombos();
    rebuild();
    m_canvas->fit();
    if (QGraphicsItem *item = m_items.value(m_selected)) {
        m_canvas->centerOn(item);
        m_centrePending = !isVisible();
    }
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
    const QTransform transform = m_canvas->transform();
    const QPointF centre = m_canvas->mapToScene(m_canvas->viewport()->rect().center());
    m_graph = std::make_unique<TransferGraph>(m_project ? m_project->data() : ProjectData());
    if (!m_category.isNull() && !m_graph->data().find<DataCategory>(m_category))
        m_category = {};
    fillCombos();
    rebuild();
    m_canvas->setTransform(transform);
    m_canvas->centerOn(centre);
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
    m_graph = std::make_unique<TransferGraph>(data);
    if (!m_category.isNull() && !data.find<DataCategory>(m_category))
        m_category = {};
    fillCombos();
    rebuild();
    m_canvas->fit();
}

void GraphView::fillCombos()
{
    m_updating = true;
    m_categoryBox->clear();
    m_categoryBox->addItem(tr("Every category"), QUuid());
    for (const Id &c : m_graph->categories()) {
        const DataCategory *dc = m_graph->data().find<DataCategory>(c);
        // Indent children under their parent.
        int level = 0;
        for (Id p = dc->parent; !p.isNull() && level < 8; ++level) {
            const DataCategory *pc = m_graph->data().find<DataCategory>(p);
            p = pc ? pc->parent : Id();
        }
        m_categoryBox->addItem(QString(level * 2, u' ') + cleanText(dc->name), c);
    }
    m_categoryBox->setCurrentIndex(std::max(0, m_categoryBox->findData(m_category)));

    const Reach all = m_graph->reach({});
    for (QComboBox *box : {m_countryBox, m_highlightBox}) {
        box->clear();
        box->addItem(box == m_countryBox ? tr("Every country") : tr("(none)"), QString());
        for (auto it = all.countries.cbegin(); it != all.countries.cend(); ++it)
            box->addItem(countryText(it.key()), it.key());
    }
    m_countryBox->setCurrentIndex(std::max(0, m_countryBox->findData(m_country)));
    m_highlightBox->setCurrentIndex(std::max(0, m_highlightBox->findData(m_highlightCountry)));

    m_strengthBox->clear();
    m_strengthBox->addItem(tr("Every hop"), -1);
    for (Strength s : allStrengths()) {
        if (s != Strength::Eea)
            m_strengthBox->addItem(tr("%1 or weaker").arg(strengthTitle(s)), int(s));
    }
    m_strengthBox->setCurrentIndex(m_maxStrength ? std::max(0, m_strengthBox->findData(int(*m_maxStrength))) : 0);
    m_updating = false;
}

void GraphView::setCategory(const Id &category)
{
    m_category = category;
    m_updating = true;
    m_categoryBox->setCurrentIndex(std::max(0, m_categoryBox->findData(category)));
    m_updating = false;
    rebuild();
    m_canvas->fit();
}

void GraphView::setCountryFilter(const QString &code)
{
    m_country = code;
    m_updating = true;
    m_countryBox->setCurrentIndex(std::max(0, m_countryBox->findData(code)));
    m_updating = false;
    rebuild();
    m_canvas->fit();
}

void GraphView::setMaxStrength(std::optional<Strength> s)
{
    m_maxStrength = s;
    m_updating = true;
    m_strengthBox->setCurrentIndex(s ? std::max(0, m_strengthBox->findData(int(*s))) : 0);
    m_updating = false;
    rebuild();
    m_canvas->fit();
}

void GraphView::setHighlightCountry(const QString &code)
{
    m_highlightCountry = code;
    m_updating = true;
    m_highlightBox->setCurrentIndex(std::max(0, m_highlightBox->findData(code)));
    m_updating = false;
    rebuild();
}

void GraphView::rebuild()
{
    const TransferGraph &g = *m_graph;
    // What is shown: the category's reach, narrowed to chains to a country and to weak hops.
    Picture pic;
    pic.category = m_category;
    pic.reach = g.reach(m_category);
    pic.nodeShown.assign(std::size_t(g.nodeCount()), false);
    pic.edgeShown.assign(std::size_t(g.edgeCount()), false);
    Limits limits;
    limits.chainsPerTarget = 2000;
    std::vector<bool> onChain;
    if (!m_country.isEmpty()) {
        onChain.assign(std::size_t(g.edgeCount()), false);
        for (const Chain &c : g.chainsToCountry(m_category, m_country, limits).chains) {
            for (int e : c.edges)
                onChain[std::size_t(e)] = true;
        }
    }
    for (int e = 0; e < g.edgeCount(); ++e) {
        bool shown = m_category.isNull() ? true : pic.reach.edgeUsed[std::size_t(e)];
        shown = shown && (onChain.empty() || onChain[std::size_t(e)]);
        shown = shown && (!m_maxStrength || g.edge(e).strength <= *m_maxStrength);
        if (shown) {
            pic.edgeShown[std::size_t(e)] = true;
            pic.nodeShown[std::size_t(g.edge(e).from)] = true;
            pic.nodeShown[std::size_t(g.edge(e).to)] = true;
        }
    }
    const bool unfiltered = m_category.isNull() && m_country.isEmpty() && !m_maxStrength;
    for (int n = 0; n < g.nodeCount(); ++n) {
        if (g.node(n).own || (unfiltered))
            pic.nodeShown[std::size_t(n)] = true;
    }
    pic.layout = layoutGraph(g, pic.nodeShown, pic.edgeShown);
    m_picture = std::move(pic);
    m_picture.title = makePicture(g, m_category, LayoutOptions{}).title;

    std::vector<bool> highlight;
    m_highlighted = 0;
    if (!m_highlightCountry.isEmpty()) {
        highlight.assign(std::size_t(g.edgeCount()), false);
        for (const Chain &c : g.chainsToCountry(m_category, m_highlightCountry, limits).chains) {
            for (int e : c.edges)
                highlight[std::size_t(e)] = true;
        }
    }

    m_syncing = true; // removing the selected items is not the user's selection
    m_canvas->cancelDrag();
    m_scene->clear();
    m_items.clear();
    std::vector<bool> nodeLit(std::size_t(g.nodeCount()), highlight.empty());
    for (const EdgeRoute &r : m_picture.layout.edges) {
        const auto &e = g.edge(r.edge);
        const bool lit = highlight.empty() || highlight[std::size_t(r.edge)];
        if (lit && !highlight.empty()) {
            ++m_highlighted;
            nodeLit[std::size_t(e.from)] = nodeLit[std::size_t(e.to)] = true;
        }
        auto *item = new EdgeItem(routePath(r.points));
        m_scene->addItem(item);
        QColor colour = strengthColor(e.strength);
        if (!lit)
            colour.setAlpha(50);
        QPen pen(colour, !highlight.empty() && lit ? 3.2 : 1.8);
        if (r.backward)
            pen.setStyle(Qt::DashLine);
        item->setPen(pen);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(KindRole, QStringLiteral("transfer"));
        item->setData(IdRole, e.transfer);
        item->setZValue(lit ? 1 : 0);
        m_items.insert(e.transfer, item);
        QStringList hops;
        for (const HopClass &h : e.hops)
            hops.append(h.reason.toHtmlEscaped());
        item->setToolTip(tr("<b>%1 \u2192 %2</b><br>Mechanism: %3 (%4)<br>Data: %5<br>%6")
                             .arg(cleanText(g.node(e.from).name).toHtmlEscaped(), cleanText(g.node(e.to).name).toHtmlEscaped(),
                                  enumToString(e.mechanism), strengthTitle(e.strength).toHtmlEscaped(),
                                  cleanText(categoriesText(g, r.edge)).toHtmlEscaped(), hops.join(QStringLiteral("<br>"))));
    }
    for (const NodeBox &b : m_picture.layout.nodes) {
        auto *item = new NodeItem(g, b.node, b.rect);
        item->setDimmed(!nodeLit[std::size_t(b.node)] && !g.node(b.node).own);
        m_scene->addItem(item);
        m_items.insert(g.node(b.node).party, item);
    }
    m_scene->setSceneRect(m_picture.layout.bounds.adjusted(-40, -40, 40, 40));
    m_canvas->setKeepPicture(m_items.size() >= KeepPictureFrom);
    // The selection survives the rebuild; one that was removed from the project is gone.
    if (QGraphicsItem *selected = m_items.value(m_selected))
        selected->setSelected(true);
    else if (!m_selected.isNull() && g.nodeOf(m_selected) < 0 && g.edgeOf(m_selected) < 0)
        m_selected = {};
    m_syncing = false;
    updateExposure();
}

void GraphView::updateExposure()
{
    const TransferGraph &g = *m_graph;
    QList<ExposureCell> cells;
    if (m_category.isNull()) {
        cells = g.exposure();
    } else {
        cells = g.exposure(m_category);
    }
    m_exposure->setRowCount(0);
    for (const ExposureCell &c : std::as_const(cells)) {
        if (!m_country.isEmpty() && c.country != m_country)
            continue;
        if (m_maxStrength && c.weakest > *m_maxStrength)
            continue;
        const int row = m_exposure->rowCount();
        m_exposure->insertRow(row);
        const DataCategory *dc = g.data().find<DataCategory>(c.category);
        m_exposure->setItem(row, 0, new QTableWidgetItem(dc ? cleanText(dc->name) : QString()));
        m_exposure->setItem(row, 1, new QTableWidgetItem(countryText(c.country)));
        auto *chains = new QTableWidgetItem(c.capped ? QStringLiteral("\u2265 %1").arg(c.chains) : QString::number(c.chains));
        chains->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_exposure->setItem(row, 2, chains);
        auto *weakest = new QTableWidgetItem(strengthTitle(c.weakest));
        weakest->setForeground(strengthColor(c.weakest));
        m_exposure->setItem(row, 3, weakest);
    }
    m_summary->setText(tr("%1 parties and %2 transfers shown; %3 cycles; %4 parties nothing reaches; %5 transfers list no data category.")
                           .arg(m_picture.layout.nodes.size())
                           .arg(m_picture.layout.edges.size())
                           .arg(g.cycles().size())
                           .arg(g.unreached().size())
                           .arg(g.unspecifiedTransfers().size()));
}

int GraphView::exposureRows() const
{
    return m_exposure->rowCount();
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
    const bool inGraph = !id.isNull() && (m_graph->nodeOf(id) >= 0 || m_graph->edgeOf(id) >= 0 || !m_project);
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
