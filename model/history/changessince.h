#pragma once

// The changes since a date, from the file's history (decision 0027), for the auditor: the
// Article 30 record's appendix "Changes since DATE" (ropa-cli export --changes-since, the
// records page's option).
//
// The file keeps no project content per entry, only each save's summary (summary.h), so the
// changes are those of the entries saved on or after the date, netted per entity: a rename
// shows the first name and the last; an activity added and removed again in the period is not
// shown; a field changed twice shows its first old value and its last new one. What a save
// did not list (more than MaxListedChanges changes) is counted, not shown.

#include "reports/report.h"
#include "store/filehistory.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::history {

struct NetChange
{
    QString kind; // "activity", ...
    QString id;
    QString name;        // the last name (the name it had when removed)
    QString oldName;     // the name before the period, when it differs
    QString change;      // "added", "removed", "changed"
    QStringList details; // readable lines: the fields
    QString lastSaved;   // saved_at of the last entry that changed it
    QString lastAuthor;
};

struct ChangesSince
{
    QDate since;
    int entries = 0;               // saves in the period
    QString firstSaved, lastSaved; // the first and last of them (saved_at)
    QString baseSaved;             // the last entry before the date ("": the history starts later)
    QList<NetChange> changes;
    int unlisted = 0; // changes the entries counted without listing
    bool chainBroken = false;
};

ChangesSince changesSince(const QList<store::HistoryEntry> &entries, const store::HistoryCheck &check,
                          const QDate &since);

// The record's appendix: a paragraph saying what it covers (and what it cannot show) and a
// table of the changes (key "changes_since"). Built in the record's language (LanguageScope).
reports::Section appendixSection(const ChangesSince &changes, const QString &language);

// Appends the appendix to a record.
void appendTo(reports::Report &report, const ChangesSince &changes);

} // namespace ropa::history
