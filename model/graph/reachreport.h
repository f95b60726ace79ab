#pragma once

// The answer of `ropa-cli reach`: every party and country a data category (or any data)
// reaches from the own parties, with its chains and weakest mechanism, as JSON
// (docs/reach-json.md) or as text.

#include "transfergraph.h"

#include <QJsonObject>
#include <QString>

namespace ropa::graph {

QJsonObject reachJson(const TransferGraph &graph, const Id &category, const Limits &limits = {});
QString reachText(const TransferGraph &graph, const Id &category, const Limits &limits = {});

} // namespace ropa::graph
