#include "graphview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QStyleOptionGraphicsItem>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace ropa {

using namespace graph;

namespace {

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
    scale(factor, factor);
}

void GraphCanvas::fit()
{
    if (scene() && !scene()->itemsBoundingRect().isEmpty()) {
        fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
        if (transform().m11() > 1.5)
            setTransform(QTransform::fromScale(1.5, 1.5));
    }
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
    m_exposure->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exposure->horizontalHeader()->setStretchLastSection(true);
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

    auto *legend = new QLabel(legendHtml() + tr("&nbsp; Dashed box: a category of recipients; dashed line: a transfer back or within a layer."), this);
    legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
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

    m_graph = std::make_unique<TransferGraph>(ProjectData());
    fillCombos();
    rebuild();
}

GraphView::~GraphView() = default;

void GraphView::setProject(const ProjectData &data)
{
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

    m_scene->clear();
    std::vector<bool> nodeLit(std::size_t(g.nodeCount()), highlight.empty());
    for (const EdgeRoute &r : m_picture.layout.edges) {
        const auto &e = g.edge(r.edge);
        const bool lit = highlight.empty() || highlight[std::size_t(r.edge)];
        if (lit && !highlight.empty()) {
            ++m_highlighted;
            nodeLit[std::size_t(e.from)] = nodeLit[std::size_t(e.to)] = true;
        }
        auto *item = m_scene->addPath(routePath(r.points));
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
    }
    m_scene->setSceneRect(m_picture.layout.bounds.adjusted(-40, -40, 40, 40));
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
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.isEmpty())
        return;
    const QGraphicsItem *item = selected.first();
    const QUuid id = item->data(IdRole).toUuid();
    if (item->data(KindRole).toString() == QLatin1StringView("party"))
        Q_EMIT partySelected(id);
    else
        Q_EMIT transferSelected(id);
}

bool GraphView::selectEntity(const Id &id)
{
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items) {
        if (item->data(IdRole).toUuid() == id) {
            const QSignalBlocker block(m_scene);
            m_scene->clearSelection();
            item->setSelected(true);
            m_canvas->centerOn(item);
            return true;
        }
    }
    return false;
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
