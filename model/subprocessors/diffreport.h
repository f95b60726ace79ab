#pragma once

// Presenting the change between two versions of a subprocessor list: as JSON for scripts, and
// as text for a reader (docs/subprocessor-lists.md).

#include "subprocessors/listdiff.h"

#include <QJsonObject>
#include <QString>

namespace ropa::subprocessors {

// "location", "purpose", "data shared".
QString fieldKey(ChangedField field);
// { "added": [...], "removed": [...], "renamed": [...], "changed": [...] }, each with name and countries.
QJsonObject diffJson(const ListDiff &diff);
// A readable report, countries named in Reference::displayLanguage().
QString diffText(const ListDiff &diff);

} // namespace ropa::subprocessors
