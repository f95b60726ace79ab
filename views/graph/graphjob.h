#pragma once

// What the transfer graph page shows for a project and its filters, computed without a
// widget: the graph (when the data is new), the picture (the parties and transfers shown,
// laid out), the shapes of its items, the exposure table's rows and the filter boxes'
// entries. Any thread may compute it: it reads only its input, which nobody changes. The
// page computes a large project on its worker thread (ropa::LatestJob).

#include "graph/graphexport.h"
#include "graphitems.h"
#include "itemmodels/exposuremodel.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ropa {

struct GraphInput
{
    std::shared_ptr<const ProjectData> data;                       // set: build a new graph of it
    std::shared_ptr<const graph::TransferGraph> graph;             // else: this one
    std::shared_ptr<const QList<graph::ExposureCell>> exposureAll; // of `graph`, when known
    Id category;
    QString country;
    std::optional<graph::Strength> maxStrength;
    QString highlightCountry;
};

struct GraphResult
{
    std::shared_ptr<const graph::TransferGraph> graph;
    bool newGraph = false;
    Id category; // null when the asked one is not in the data
    graph::Picture picture;
    int highlighted = 0;
    std::shared_ptr<const GraphShapes> shapes = std::make_shared<const GraphShapes>();
    // The exposure of every data category, kept with the graph (seconds on a large one).
    std::shared_ptr<const QList<graph::ExposureCell>> exposureAll;
    QList<ExposureRow> exposure;
    // For the filter boxes (a new graph only).
    QList<QPair<Id, QString>> categoryItems;
    QStringList countries;
    QString summary;
};

// Stops between steps when `cancelled` (may be empty) turns true; what it returns then is
// incomplete and never shown.
std::shared_ptr<GraphResult> computeGraph(const GraphInput &in, const std::function<bool()> &cancelled = {});

} // namespace ropa
