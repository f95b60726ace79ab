#include "history/record.h"

#include "compare/diff.h"
#include "history/summary.h"

#include <QCoreApplication>

namespace ropa::history {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::history)
};

} // namespace

store::HistoryEntry entryFor(const ProjectData &before, const ProjectData &after, const QString &author,
                             const QString &comment, const QDateTime &now)
{
    store::HistoryEntry e;
    QDateTime when = now.toUTC();
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    e.savedAt = when.toString(Qt::ISODate);
    e.author = author;
    e.comment = comment.trimmed();
    e.changes = encode(summarize(compare::diff(before, after)));
    return e;
}

QString systemUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    }
    return Tr::tr("unknown");
}

QString entryLine(const store::HistoryEntry &entry)
{
    const QString line = oneLine(decode(entry.changes));
    return entry.seq == 1 ? Tr::tr("History starts. %1").arg(line) : line;
}

QString checkText(const QList<store::HistoryEntry> &entries, const store::HistoryCheck &check)
{
    if (check.ok())
        return Tr::tr("The history is intact (%n entries).", nullptr, int(entries.size()));
    const int seq = check.firstBad >= 0 && check.firstBad < entries.size() ? entries.at(check.firstBad).seq : 0;
    switch (check.problem) {
    case store::HistoryCheck::Problem::HashMismatch:
        return Tr::tr("The history is broken at entry %1: that entry, or one before it, was altered or removed "
                      "outside Ropa.")
            .arg(seq);
    case store::HistoryCheck::Problem::GapInSequence:
        return Tr::tr("The history is broken at entry %1: the entries before it are not all there (removed outside "
                      "Ropa).")
            .arg(seq);
    case store::HistoryCheck::Problem::NotLastSave:
        return Tr::tr("The history is broken after entry %1: the file was changed after that entry, or later entries "
                      "were removed outside Ropa.")
            .arg(seq);
    case store::HistoryCheck::Problem::None: break;
    }
    return {};
}

} // namespace ropa::history
