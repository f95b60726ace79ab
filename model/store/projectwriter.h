#pragma once

// Writing a ProjectData into a new database: every row of every table, in the order of the
// format, so that the same project gives the same file.

#include "domain/projectdata.h"
#include "store/contentdigest.h"
#include "store/sqlite.h"

#include <QString>

namespace ropa::store {

// Inserts every row of data into db, whose tables exist and whose transaction is open. The
// rows are collected on a second thread while this one inserts them (see projectwriter.cpp).
// On failure returns false and says why in *why (a date that is not valid, or SQLite's
// message). With `feed` (prepared on db), every batch's rows are hashed for the content digest
// on the collecting thread, before they are inserted.
bool writeRows(sql::Database &db, const ProjectData &data, QString *why, contentdigest::BatchFeed *feed = nullptr);

} // namespace ropa::store
