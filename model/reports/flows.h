#pragma once

// Where an activity's data goes: the transfers that list the activity, followed onward
// through the onward-transfer graph (processor -> subprocessor -> ...).
//
// This is a small breadth-first traversal of the reports' own. model/graph (Boost.Graph:
// reachability per category, chains, weakest mechanism) is being written at the same time;
// once it exists, activityFlows() is the one function to re-implement on top of it.

#include "domain/projectdata.h"

#include <QList>

namespace ropa::reports {

// One transfer edge reached from an activity.
struct Flow
{
    const Transfer *transfer = nullptr;
    IdList chain;     // parties from the activity's organisation to transfer->to, both included
    IdList categories; // the activity's data categories this edge carries (empty: not stated)
    int depth = 1;    // 1: a direct transfer; 2: onward from a recipient; ...
};

// Every edge reachable from the activity, in breadth-first order (direct transfers first,
// then onward ones), each edge once. An onward transfer is followed when it carries at least
// one of the categories that reached its sender (a category matches its ancestors and
// descendants; a transfer that names no category carries all), and when it either names no
// activity or names this one.
QList<Flow> activityFlows(const ProjectData &data, const Activity &activity);

// The countries a transfer's data goes to: its own list, else the recipient's processing
// locations, else the recipient's country of establishment.
QStringList destinationCountries(const ProjectData &data, const Transfer &transfer);

// A third country (Chapter V): a country code outside the EEA. "EU" is not one.
bool isThirdCountry(const QString &code);

} // namespace ropa::reports
