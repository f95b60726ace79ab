#pragma once

// The JSON interchange of vendors' subprocessor lists (docs/json-format.md, "subprocessor_lists";
// issue 20): reading the optional key, with its own checks. Writing is in jsonwriter.cpp.

#include "domain/projectdata.h"

#include <QJsonValue>
#include <QStringList>

namespace ropa::json {

// Reads the value of "subprocessor_lists" (absent or null: none) into data.subprocessorSnapshots,
// in the order written. Each problem (naming the list and the key) is appended to problems. A
// list's vendor, document and a row's party are kept when they are not in the project (a list is
// a record of what was read, and stays when they are removed), as the .ropa store keeps them.
void readSnapshots(const QJsonValue &value, ProjectData &data, QStringList &problems);

} // namespace ropa::json
