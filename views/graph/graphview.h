#pragma once

// The onward-transfer graph page: filters (data category, destination country, weakest
// mechanism), a QGraphicsView that draws what model/graph's layout returned (zoom, pan,
// fit), a legend, and a side panel with the exposure table for the current filter.
// Selecting a party or transfer emits its id; selectEntity() highlights one from outside.

#include "graph/graphexport.h"

#include <QGraphicsView>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ropa {

class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget *parent = nullptr);
    void zoomBy(double factor);
    void fit();

protected:
    void wheelEvent(QWheelEvent *event) override;
};

class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Replaces the graph (keeps the filters where they still apply).
    void setProject(const ProjectData &data);

    void setCategory(const Id &category);           // null: every category
    void setCountryFilter(const QString &code);     // empty: every country
    void setMaxStrength(std::optional<graph::Strength> s); // only hops at most this strong
    void setHighlightCountry(const QString &code);  // every chain to it is highlighted
    // Highlights and centres a party or transfer; false when it is not shown.
    bool selectEntity(const Id &id);

    const graph::TransferGraph *graph() const { return m_graph.get(); }
    const graph::Layout &layout() const { return m_picture.layout; }
    int exposureRows() const;
    int highlightedEdges() const { return m_highlighted; }
    GraphCanvas *canvas() const { return m_canvas; }
    // Renders the scene as it is shown (for --screenshot style checks and tests).
    QImage renderImage(double scale = 1.0) const;

Q_SIGNALS:
    void partySelected(const QUuid &party);
    void transferSelected(const QUuid &transfer);

private:
    void rebuild();
    void fillCombos();
    void updateExposure();
    void onSelectionChanged();
    void exportPicture();

    std::unique_ptr<graph::TransferGraph> m_graph;
    graph::Picture m_picture;
    Id m_category;
    QString m_country;
    std::optional<graph::Strength> m_maxStrength;
    QString m_highlightCountry;
    int m_highlighted = 0;
    bool m_updating = false;

    QComboBox *m_categoryBox = nullptr;
    QComboBox *m_countryBox = nullptr;
    QComboBox *m_strengthBox = nullptr;
    QComboBox *m_highlightBox = nullptr;
    GraphCanvas *m_canvas = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QTableWidget *m_exposure = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ropa
