#pragma once

// Reading a checked database into a ProjectData: explicit column lists, every value
// validated, and a message that names the table, the entity and the key of the first value
// that is wrong.

#include "domain/projectdata.h"
#include "store/contentdigest.h"
#include "store/projectstore.h"
#include "store/sqlite.h"

#include <QDeadlineTimer>
#include <QString>

namespace ropa::store {

// Reads every table of db (already through hardenedopen's checks, at FormatVersion) into
// *data. The transfers (about 40 % of the reading) are read on a second thread, from a second
// connection to the same bytes; the first failure in the order of the tables is the one
// reported. Does not run validateProject. With a feed, every row read is fed to it, so the
// content digest can be verified without a pass of its own (contentdigest::verify).
Error readProject(const QString &path, sql::Database &db, QDeadlineTimer *deadline, ProjectData *data,
                  contentdigest::RowFeed *feed = nullptr);

} // namespace ropa::store
