#include "graphview.h"

#include "graphitems.h"
#include "graphjob.h"
#include "itemmodels/exposuremodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ropa {

using namespace graph;

namespace {

// From this many parties and transfers on, the graph keeps its painted picture for the next
// time it is shown (GraphCanvas::setKeepPicture).
constexpr qsizetype KeepPictureFrom = 3000;

// A slice of the work on the GUI thread when a result arrives (making its items).
constexpr int SliceMs = 15;

QString legendHtml()
{
    QString html;
    for (Strength s : allStrengths())
        html += QStringLiteral("<span style=\"color:%1\">\u25ac\u25ac</span>&nbsp;%2&nbsp;&nbsp; ")
                    .arg(strengthColor(s).name(), strengthTitle(s).toHtmlEscaped());
    return html;
}

// The exposure table's weakest hop in the colour of its strength (the model gives the strength).
class StrengthColourDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant strength = index.data(ExposureModel::StrengthRole);
        if (strength.isValid())
            option->palette.setColor(QPalette::Text, strengthColor(Strength(strength.toInt())));
    }
};

} // namespace

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

    // Two rows: the four filters and the buttons need more than the page's width in Dutch and
    // German, and one row cut the combos' texts ("Iedere ca").
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Data:"), this));
    bar->addWidget(m_categoryBox);
    bar->addWidget(new QLabel(tr("Country:"), this));
    bar->addWidget(m_countryBox);
    bar->addStretch();
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(exportButton);
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(new QLabel(tr("Hops:"), this));
    filterBar->addWidget(m_strengthBox);
    filterBar->addWidget(new QLabel(tr("Highlight chains to:"), this));
    filterBar->addWidget(m_highlightBox);
    filterBar->addStretch();

    m_canvas = new GraphCanvas(this);
    useScene(newScene(QRectF()));
    connect(m_canvas, &GraphCanvas::pictureWanted, this, [this] {
        // Not while a newer picture is on its way, nor twice at once (a paint event asks again).
        if (m_shapes && !m_computeJob.isBusy() && !m_arriving && !m_paintJob.isBusy())
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
    m_exposure->setItemDelegateForColumn(ExposureModel::Weakest, new StrengthColourDelegate(m_exposure));
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
    m_exportNote = new QLabel(side);
    m_exportNote->setObjectName(QStringLiteral("exportNote"));
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportNote->hide();
    sideLayout->addWidget(m_exportNote);

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

    auto *legend = new QLabel(legendHtml() + tr("&nbsp; Dashed box: a category of recipients; dashed line: a "
                                                "transfer back or within a layer."),
                              this);
    legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filterBar);
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

    m_graph = std::make_shared<TransferGraph>(ProjectData());
    request(false, Place::Keep);
}

GraphView::~GraphView()
{
    // A computation or painting that runs stops at its next step (the jobs' destructors wait
    // for it); its result never arrives.
    m_computeJob.cancel();
    m_paintJob.cancel();
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

void GraphView::request(bool newData, Place place)
{
    m_newData = m_newData || newData;
    m_place = std::max(m_place, place);
    m_paintWhenShown = false;
    // Whatever is under way is for older data or filters: it is never shown.
    m_paintJob.cancel();
    dropArriving();
    const ProjectData *source = m_project ? &m_project->data() : m_source.get();
    const qsizetype items = source ? qsizetype(source->parties.size() + source->transfers.size()) : 0;
    if (items < m_backgroundFrom) {
        // Small: at once.
        m_computeJob.cancel();
        const std::shared_ptr<GraphResult> result = computeGraph(input());
        apply(*result);
        return;
    }
    setComputing(true);
    // One at a time, the newest wins: a running computation stops at its next step, and only
    // the result of the newest request arrives.
    m_computeJob.start<std::shared_ptr<GraphResult>>(
        [in = input()](const LatestJob::Cancelled &cancelled) { return computeGraph(in, cancelled); },
        [this](std::shared_ptr<GraphResult> result) { arrived(std::move(result)); });
}

GraphInput GraphView::input() const
{
    GraphInput in;
    if (m_newData || !m_graph) {
        // A snapshot of the data as it is now.
        if (m_project)
            in.data = m_project->snapshot();
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
    return in;
}

void GraphView::arrived(std::shared_ptr<GraphResult> result)
{
    // The items (55,000 for 50,000 transfers took 0.15 s to make) are made in slices, then
    // shown together; a request meanwhile drops them.
    dropArriving();
    m_arriving = std::move(result);
    makeSlice();
}

void GraphView::makeSlice()
{
    if (!m_arriving)
        return;
    const GraphShapes &shapes = *m_arriving->shapes;
    if (m_arrivingItems.size() < shapes.edges.size() + shapes.nodes.size()) {
        // The last slice of items too: the scene is made in a turn of its own (25 ms).
        makeItems(m_arrivingItems, shapes, SliceMs, m_sliceLimit);
        QTimer::singleShot(0, this, &GraphView::makeSlice);
        return;
    }
    const std::shared_ptr<GraphResult> result = std::exchange(m_arriving, nullptr);
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
    if (m_paintJob.isBusy())
        return Stage::Painting;
    return m_computeJob.isBusy() || m_computing ? Stage::Computing : Stage::Idle;
}

void GraphView::startPaint()
{
    const GraphCanvas::ViewState state = m_canvas->viewState();
    m_paintJob.start<QImage>(
        [shapes = m_shapes, state](const LatestJob::Cancelled &cancelled) {
            return paintShapes(*shapes, state, cancelled);
        },
        [this, state](QImage image) { painted(image, state); });
}

void GraphView::painted(const QImage &image, const GraphCanvas::ViewState &state)
{
    if (image.isNull())
        return; // nothing to show: an empty view
    if (!m_canvas->showsWhole()) {
        // Zoomed in meanwhile: the view paints what it shows itself.
        finishShowing();
        return;
    }
    if (m_canvas->viewState() != state) {
        startPaint(); // the view changed meanwhile (its size, the selection)
        return;
    }
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

void GraphView::fillCombos(const GraphResult &result)
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

void GraphView::apply(GraphResult &result, std::vector<QGraphicsItem *> made, bool aside)
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
    finishShowing();
}

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
    const bool inGraph =
        !id.isNull() && (m_graph->nodeOf(id) >= 0 || m_graph->edgeOf(id) >= 0 || !m_project || m_computing);
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
            if (!m_paintWhenShown || m_computeJob.isBusy() || !isVisible())
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

} // namespace ropa
