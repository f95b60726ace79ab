#pragma once

// What a history entry says about a save (decision 0027): the changes since the previous save,
// from the compare (compare::diff), kept in the entry as JSON: the counts, and each change as
// `ropa-cli diff --json` writes it (kind, id, name, old_name, change, fields with old and new),
// up to MaxListedChanges of them. The file keeps no project content per entry, so this is all
// that the History page and the "changes since" appendix can show of an older save.

#include "compare/diff.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::history {

// A save that changes more (an import, the first save of a large project) keeps its counts and
// the first changes only: the entry stays small.
inline constexpr int MaxListedChanges = 200;

struct Summary
{
    int added = 0;
    int removed = 0;
    int changed = 0;
    QList<QJsonObject> changes; // the listed changes, in the compare's order
    int unlisted = 0;           // changes counted but not listed
    bool readable = true;       // false: the entry's text is not a summary (altered by hand)

    int total() const { return added + removed + changed; }
    friend bool operator==(const Summary &, const Summary &) = default;
};

Summary summarize(const compare::Diff &diff);

// The JSON kept in the entry (compact), and back.
QString encode(const Summary &summary);
Summary decode(const QString &json);

// Readable and translated.
// "Activity", "Party", ... for a kind key ("activity").
QString kindName(const QString &kindKey);
// "Activity “Payroll” changed (was “Salaries”)", "Party “Acme” removed".
QString changeHeading(const QJsonObject &change);
// One line per changed field: "Retention: “5 years” → “7 years”", "Purposes: added Billing".
QStringList fieldLines(const QJsonObject &change);
// "1 added, 2 changed: Payroll, Acme, Billing"; "No changes" when there are none.
QString oneLine(const Summary &summary);
// Every listed change with its field lines, and how many are not listed.
QString detailText(const Summary &summary);

} // namespace ropa::history
