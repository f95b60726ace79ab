#pragma once

// The diff and the merge's conflicts as a consultant reads them (text, translated) and as a
// script reads them (JSON, docs/compare-merge.md). Shared by ropa-cli diff and merge.

#include "diff.h"
#include "merge.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ropa::compare {

// {"kind", "id", "name", "change", "fields": [{"key", "name", "old", "new", ...}]}
QJsonObject changeJson(const Change &change);
QJsonArray changesJson(const QList<Change> &changes);
// {"same", "unrelated", "shared", "changes"}
QJsonObject diffJson(const Diff &diff);
QJsonObject conflictJson(const Conflict &conflict);

// One block per change, then a count; "The two projects are the same." when there is none.
QString diffText(const Diff &diff);
// One block per conflict, saying the three values (or who removed what) and how it was decided.
QString conflictsText(const QList<Conflict> &conflicts);

} // namespace ropa::compare
