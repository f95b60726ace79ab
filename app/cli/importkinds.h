#pragma once

// The kinds of entity an import reports as added or matched, with their JSON keys: one list for
// the spreadsheet import and the Dutch government register's.

#include "domain/entities.h"

namespace ropa::cli {

struct ImportKindName
{
    EntityKind kind;
    const char *key;
};

inline constexpr ImportKindName importReportedKinds[] = {
    {EntityKind::Party, "parties"},
    {EntityKind::DataCategory, "data_categories"},
    {EntityKind::DataSubject, "data_subjects"},
    {EntityKind::Source, "sources"},
    {EntityKind::SecurityMeasure, "security_measures"},
    {EntityKind::System, "systems"},
    {EntityKind::Transfer, "transfers"},
};

} // namespace ropa::cli
