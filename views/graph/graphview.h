#pragma once

// The onward-transfer graph page: filters (data category, destination country, weakest
// mechanism), a QGraphicsView that draws what model/graph's layout returned (zoom, pan,
// fit), a legend, and a side panel with the exposure table for the current filter.
// Selecting a party or transfer emits its id; selectEntity() highlights one from outside.
//
// Bound to a Project (setProject(Project *)), the view follows the project's signals (one
// refresh per event-loop turn, keeping zoom, scroll position and selection) and edits it
// from a context menu (add, remove, change mechanism) and by dragging from one party to
// another; every edit is a ropa::edit undo command. Given a ProjectData snapshot it is a
// read-only picture.
//
// A large project (parties + transfers from backgroundFrom() on) is computed on a worker
// thread (ropa::LatestJob: one at a time, the newest wins): the graph, the reach, the layout
// and the exposure table of a snapshot of the data (the exposure of every data category is
// seconds at 50,000 transfers). Meanwhile the page says so (isComputing()) instead of the
// picture; a change of the project or of a filter while it computes stops that computation
// at its next step and starts one on the newest data, so a result is shown only for the data
// and filters as they are. When the result comes, its items are made in slices of the event
// loop and the picture of the whole graph is painted on a second worker (for the canvas as
// it will show it); the page shows the result when both are done, everything interactive.
// pictureShown() is emitted whenever a result is shown.
//
// Files: graphview.cpp (the page, computing and showing), graphactions.cpp (edits, menu,
// export), graphjob (the computation), graphitems (items, whole-graph picture), graphcanvas.

#include "app/exportlocation.h"
#include "domain/project.h"
#include "graph/graphexport.h"
#include "graphcanvas.h"
#include "jobs/latestjob.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QGraphicsItem;
class QGraphicsLineItem;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace ropa {

class Project;
class ExposureModel;
struct GraphInput;
struct GraphResult;
struct GraphShapes;

class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // A read-only picture of the data (keeps the filters where they still apply).
    void setProject(const ProjectData &data);
    // Follows the project (null: empty) and, unless readOnly, edits it. Setting the same
    // project again only updates readOnly.
    void setProject(Project *project, bool readOnly = false);
    bool isEditable() const { return m_project && !m_readOnly; }
    Project *project() const { return m_project; }

    void setCategory(const Id &category);                  // null: every category
    void setCountryFilter(const QString &code);            // empty: every country
    void setMaxStrength(std::optional<graph::Strength> s); // only hops at most this strong
    void setHighlightCountry(const QString &code);         // every chain to it is highlighted
    // The party or transfer selected in the graph (null: none).
    Id selectedEntity() const { return m_selected; }

    // The graph of the picture shown (while computing: the one shown before).
    const graph::TransferGraph *graph() const { return m_graph.get(); }
    // From this many parties plus transfers on, the picture is computed on a worker thread
    // (default 3,000; 0: always, for tests).
    void setBackgroundFrom(qsizetype items) { m_backgroundFrom = items; }
    qsizetype backgroundFrom() const { return m_backgroundFrom; }
    // A computation on the worker thread is running or due; the page shows that it computes.
    bool isComputing() const { return m_computing; }
    // A result from the worker thread is put on the page in slices of about SliceMs each
    // (its items made, then the whole-graph picture painted on the worker thread), so that
    // the event loop never waits long; for tests, at most this many items a slice (0: no
    // limit).
    void setSliceLimit(int items) { m_sliceLimit = items; }
    // Where a computation on the worker thread is (the page shows that it computes in all
    // but Idle): computing the picture, making its items, painting the whole graph.
    enum class Stage { Idle, Computing, Making, Painting };
    Stage stage() const;
    const graph::Layout &layout() const { return m_picture.layout; }
    int exposureRows() const;
    int highlightedEdges() const { return m_highlighted; }
    GraphCanvas *canvas() const { return m_canvas; }
    // Renders the scene as it is shown (for --screenshot style checks and tests).
    QImage renderImage(double scale = 1.0) const;
    // The scene item of a party or transfer (null when not shown).
    QGraphicsItem *itemOf(const Id &id) const { return m_items.value(id); }

    // The context menu at a point of the canvas viewport (a party, a transfer or empty
    // space); the caller owns it. Edits are disabled for a read-only picture.
    QMenu *contextMenuAt(const QPoint &viewportPos);
    // Edits (undo commands on the project); each returns what it added, or false/null
    // when nothing was done.
    Id addTransfer(const Id &from, const Id &to);
    bool removeEntity(const Id &id); // asks first when the removal takes more with it
    bool changeMechanism(const Id &transfer, Mechanism mechanism);
    Id addParty();
    // "Add transfer from here to…": the next click on a party makes it the recipient
    // (Esc or a click elsewhere cancels).
    void startConnect(const Id &from);
    Id connectingFrom() const { return m_connectFrom; }
    // Asked before a removal that takes other entities with it (text, details); answers
    // true to go ahead. Defaults to a message box.
    void setConfirmDelete(std::function<bool(QWidget *, const QString &, const QString &)> confirm);
    // Where Export... proposes to write: "<folder>/<project name> - transfer graph.svg", the
    // folder beside the project's file, else the last graph export's, else Documents.
    QString proposedExportPath() const;
    // The save dialog Export... asks (tests answer it); null restores QFileDialog's.
    void setSaveFileName(ExportLocation::SaveFileName ask);
    // Under the summary: where the last export was written (hidden before one).
    QLabel *exportNote() const { return m_exportNote; }

public Q_SLOTS:
    // Highlights and centres a party or transfer; false when it is not shown (a null or
    // another id clears the selection).
    bool selectEntity(const QUuid &id);
    // Export...: asks for a file and writes the picture shown in the format its suffix names.
    void exportPicture();

Q_SIGNALS:
    void partySelected(const QUuid &party);
    void transferSelected(const QUuid &transfer);
    // The graph's selection changed by the user (null: nothing selected).
    void entitySelected(const QUuid &id);
    // "Open in editor" or a double click.
    void openRequested(const QUuid &id);
    // A picture (and its exposure table) has been put on the page.
    void pictureShown();
    // Computing on the worker thread started (true) or its result was shown (false).
    void computingChanged(bool computing);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Place { Keep, Fit, FitAndCentre }; // where the view goes when the picture comes
    void refresh();
    void scheduleRefresh();
    // Computes the picture for the current filters: at once for a small project, else on
    // the worker thread. newData: the project's data changed (a new graph is built).
    void request(bool newData, Place place);
    GraphInput input() const; // the data (a new snapshot when it changed) and the filters
    // A result from the worker thread: its items are made in slices, then it is applied.
    void arrived(std::shared_ptr<GraphResult> result);
    // Makes the next slice of the arriving result's items; the last one applies it.
    void makeSlice();
    void dropArriving();
    // Shows the result; `made`: its items, made before (none: made now). aside: it came from
    // the worker thread, and its whole-graph picture is painted there.
    void apply(GraphResult &result, std::vector<QGraphicsItem *> made = {}, bool aside = false);
    void useScene(QGraphicsScene *scene);
    void layOutCanvas();
    // Deletes a scene no view shows and items (in the scene, or in none) in slices.
    void discard(QGraphicsScene *scene, std::vector<QGraphicsItem *> items);
    void discardSlice();
    void discardAll();
    QGraphicsScene *newScene(const QRectF &rect);
    // Paints the whole-graph picture for the canvas as it is on the worker thread.
    void startPaint();
    void painted(const QImage &image, const GraphCanvas::ViewState &state);
    void finishShowing();
    void setComputing(bool computing);
    void fillCombos(const GraphResult &result);
    void onSelectionChanged();

    std::shared_ptr<const graph::TransferGraph> m_graph;
    std::shared_ptr<const ProjectData> m_source; // the read-only snapshot, without a project
    // The exposure of every data category is kept for the graph it was computed on.
    std::shared_ptr<const QList<graph::ExposureCell>> m_exposureAll;
    bool m_newData = false; // the project changed since m_graph was built
    bool m_computing = false;
    Place m_place = Place::Keep;
    qsizetype m_backgroundFrom = 3000;
    // The result whose items are being made (in slices, without a scene yet).
    std::shared_ptr<GraphResult> m_arriving;
    std::vector<QGraphicsItem *> m_arrivingItems;
    int m_sliceLimit = 0;
    bool m_paintWhenShown = false;             // a result came while the page was hidden
    std::vector<QGraphicsItem *> m_sceneItems; // m_scene's, in the order they were made
    struct Discard
    {
        QGraphicsScene *scene = nullptr;
        std::vector<QGraphicsItem *> items;
        std::size_t next = 0;
    };
    std::deque<Discard> m_discards;
    // The shapes of the picture shown, for painting it again on the worker thread.
    std::shared_ptr<const GraphShapes> m_shapes;
    graph::Picture m_picture;
    Id m_category;
    QString m_country;
    std::optional<graph::Strength> m_maxStrength;
    QString m_highlightCountry;
    int m_highlighted = 0;
    bool m_updating = false;
    bool m_refreshPending = false;
    bool m_stale = false;
    bool m_centrePending = false;
    bool m_readOnly = true;
    bool m_syncing = false;
    QPointer<Project> m_project;
    Id m_selected;
    Id m_connectFrom;
    QHash<Id, QGraphicsItem *> m_items;
    std::function<bool(QWidget *, const QString &, const QString &)> m_confirmDelete;

    QComboBox *m_categoryBox = nullptr;
    QComboBox *m_countryBox = nullptr;
    QComboBox *m_strengthBox = nullptr;
    QComboBox *m_highlightBox = nullptr;
    GraphCanvas *m_canvas = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QStackedWidget *m_stack = nullptr; // the canvas, or the "computing" note
    QLabel *m_computingNote = nullptr;
    QList<QWidget *> m_pictureButtons; // zoom, fit, export
    QTableView *m_exposure = nullptr;
    ExposureModel *m_exposureModel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_exportNote = nullptr;
    ExportLocation::SaveFileName m_saveFileName = ExportLocation::askSaveFileName;
    QLabel *m_hint = nullptr;

    // Last: destroyed first, each stopping its running job and waiting for it (the jobs hold
    // only their own copies of the data), before the items above go.
    LatestJob m_computeJob; // computes a large project's picture
    LatestJob m_paintJob;   // paints the whole graph of the picture shown
};

} // namespace ropa
