#pragma once

// Format 8 of the .ropa file (docs/file-format.md; issue 20): the versions of vendors'
// subprocessor lists (tables subprocessor_lists and subprocessor_list_rows) and a party's
// notice period to object to a new subprocessor (party_subprocessor_notice). Kept apart from
// projectreader.cpp and projectwriter.cpp, which call these.

#include "domain/projectdata.h"
#include "store/contentdigest.h"
#include "store/sqlite.h"

#include <QString>

namespace ropa::store::snapshotstore {

// Inserts the rows of the three tables (inside the save's transaction). False with *error.
bool write(sql::Database &db, const ProjectData &data, QString *error);
// Reads them into data (whose parties are read already). False with *error naming the table
// and the row of the first value that is wrong. With a feed, every row read is fed to it (the
// statements select every column), so the content digest needs no pass of its own.
bool read(sql::Database &db, ProjectData *data, QString *error, contentdigest::RowFeed *feed = nullptr);

} // namespace ropa::store::snapshotstore
