#pragma once

// The entry a save records in the file's history (decision 0027), who saves by default, and
// what checking the chain found, in words.

#include "domain/projectdata.h"
#include "store/filehistory.h"

#include <QDateTime>
#include <QString>

namespace ropa::history {

// The entry of a save of `after` whose previous save was `before` (an empty project for the
// first save of a new project): when (`now`, in UTC, to the second), who, the comment, and the
// summary of the changes (summary.h). The store sets its number, digest and hash.
store::HistoryEntry entryFor(const ProjectData &before, const ProjectData &after, const QString &author,
                             const QString &comment, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The system user's name (USER, else USERNAME, else LOGNAME), the author until one is set.
QString systemUser();

// The entry's summary in one line (summary.h oneLine); the first entry says the history starts
// there (an older file's, or one read from JSON: the changes since it was opened).
QString entryLine(const store::HistoryEntry &entry);

// "The history is intact (3 entries)." or which entry does not check and what that means.
QString checkText(const QList<store::HistoryEntry> &entries, const store::HistoryCheck &check);

} // namespace ropa::history
