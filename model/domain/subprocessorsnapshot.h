#pragma once

// A version of a vendor's published subprocessor list as the project keeps it (issue 20,
// docs/subprocessor-lists.md): the vendor, where the list came from, when the list says it was
// updated and when it was read, the rows as read, and the document holding the text it was read
// from (the evidence of every transfer it applied). Snapshots are never changed once applied:
// the history of a vendor's list is its snapshots in the order they were applied.

#include "entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa {

// One row of a list as read (cells trimmed, line breaks inside a cell kept as "\n") and the
// countries its location resolved to (ISO 3166-1 alpha-2, "EU", "EEA"; empty: not stated).
struct SnapshotRow
{
    QString name;
    QString purpose;
    QString location;
    QString corporateLocation;
    QString dataShared;
    QString safeguards;
    QString link;
    QString table;
    int line = 0;
    QStringList countries;
    Id party; // the party the row was applied to; null when the row was not applied
    friend bool operator==(const SnapshotRow &, const SnapshotRow &) = default;
};

struct SubprocessorSnapshot
{
    Id id;
    Id vendor;                           // the party whose list it is
    QString source;                      // the file name or URL it was read from
    std::optional<QDate> listUpdated;    // the date the list says it was updated
    QDate read;                          // the date it was read (and applied)
    std::optional<QDate> noticeReceived; // the date the change notice was received, if one was
    Id document;                         // the Document holding the text read (evidence)
    QString format;                      // "csv", "markdown", "html", "text", "xlsx", "ods"
    QList<SnapshotRow> rows;
    friend bool operator==(const SubprocessorSnapshot &, const SubprocessorSnapshot &) = default;
};

// The snapshots of one vendor, in the order they were applied (the project keeps them so).
QList<const SubprocessorSnapshot *> vendorSnapshots(const QList<SubprocessorSnapshot> &all, const Id &vendor);

// The last day to object to a change (Art. 28(2), (4); SCCs module 2, clause 9): the date the
// notice was received plus the notice period. Empty when either is not stated.
std::optional<QDate> objectionDeadline(const Party &vendor);

} // namespace ropa
