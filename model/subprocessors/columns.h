#pragma once

// Recognising a subprocessor table's columns from their headings, and turning the tables a
// reader found into resolved rows.

#include "subprocessors/rawtable.h"
#include "subprocessors/subprocessorlist.h"

namespace ropa::subprocessors {

enum class Field { None, Name, Purpose, Location, CorporateLocation, DataShared, Safeguards, Link };

// The field a heading names, in English, Dutch, German or French ("Name of Subprocessor",
// "Location of Processing", "Zweck", "Pays", ...), or Field::None.
Field fieldForHeading(const QString &heading);

// The rows of every table with a name column, each resolved (resolve.h); a table without one is
// noted, and when no table has one the list's error says so.
SubprocessorList buildList(const RawRead &read, const QString &format);

} // namespace ropa::subprocessors
