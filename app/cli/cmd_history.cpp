// ropa-cli history: the file's history, one entry per save, and its hash chain (decision 0027,
// docs/compare-merge.md "History").

#include "common.h"

#include "history/record.h"
#include "history/summary.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {

QString problemKey(store::HistoryCheck::Problem problem)
{
    switch (problem) {
    case store::HistoryCheck::Problem::None: return {};
    case store::HistoryCheck::Problem::HashMismatch: return QStringLiteral("hash_mismatch");
    case store::HistoryCheck::Problem::GapInSequence: return QStringLiteral("gap_in_sequence");
    case store::HistoryCheck::Problem::NotLastSave: return QStringLiteral("not_last_save");
    }
    return {};
}

QJsonObject entryJson(const store::HistoryEntry &e, bool chainOk)
{
    const history::Summary s = history::decode(e.changes);
    QJsonArray changes;
    for (const QJsonObject &c : s.changes)
        changes.append(c);
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("saved_at"), e.savedAt},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("comment"), e.comment},
            {QStringLiteral("summary"), history::entryLine(e)},
            {QStringLiteral("added"), s.added},
            {QStringLiteral("changed"), s.changed},
            {QStringLiteral("removed"), s.removed},
            {QStringLiteral("unlisted"), s.unlisted},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())},
            {QStringLiteral("chain"), chainOk ? QStringLiteral("ok") : QStringLiteral("broken")}};
}

int cmdHistory(const QStringList &args)
{
    Sub sub(QStringLiteral("history"),
            Tr::tr("The file's history: who saved it when, what changed and why, and whether the chain of entries is "
                   "intact. Exit code 0: intact; 1: broken (the first entry that does not check is named); 2: bad "
                   "input."),
            QStringLiteral("FILE"), Tr::tr("A .ropa project."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON (docs/compare-merge.md)."));
    const QCommandLineOption verifyOpt(QStringLiteral("verify"),
                                       Tr::tr("Only check the chain and say whether it is intact."));
    const QCommandLineOption changesOpt(QStringLiteral("changes"), Tr::tr("List each entry's changes field by field."));
    sub.parser.addOptions({jsonOpt, verifyOpt, changesOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QString path = sub.file();
    const QString name = QFileInfo(path).fileName();
    const store::OpenResult r = store::openProject(path, {false});
    if (!r.data)
        return fail(r.error.message);
    if (r.fileVersion < store::FormatVersion && r.history.isEmpty())
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("ropa-cli: note: “%1” was saved by an older Ropa (format %2): its history "
                                       "starts at its first save in this version.")
                                    .arg(name)
                                    .arg(r.fileVersion)));
    const store::HistoryCheck &check = r.historyCheck;
    const bool intact = check.ok() && !r.damaged;
    const int firstBad = check.ok() ? int(r.history.size()) : check.firstBad;
    QString verdict = history::checkText(r.history, check);
    if (r.damaged)
        verdict += u' ' + r.damage;

    if (sub.parser.isSet(jsonOpt)) {
        QJsonArray entries;
        for (qsizetype i = 0; i < r.history.size(); ++i)
            entries.append(entryJson(r.history.at(i), i < firstBad));
        QJsonObject o{
            {QStringLiteral("file"), name},
            {QStringLiteral("intact"), intact},
            {QStringLiteral("damaged"), r.damaged},
            {QStringLiteral("problem"), check.ok() ? QJsonValue() : QJsonValue(problemKey(check.problem))},
            {QStringLiteral("first_bad"), check.ok() ? QJsonValue() : QJsonValue(r.history.at(check.firstBad).seq)},
            {QStringLiteral("message"), verdict}};
        if (!sub.parser.isSet(verifyOpt))
            o.insert(QStringLiteral("entries"), entries);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        if (!sub.parser.isSet(verifyOpt)) {
            for (qsizetype i = 0; i < r.history.size(); ++i) {
                const store::HistoryEntry &e = r.history.at(i);
                const history::Summary s = history::decode(e.changes);
                out() << Tr::tr("#%1  %2  %3  %4")
                             .arg(e.seq)
                             .arg(e.savedAt, e.author, i < firstBad ? Tr::tr("chain ok") : Tr::tr("CHAIN BROKEN"))
                      << Qt::endl;
                out() << QStringLiteral("    ") << history::entryLine(e) << Qt::endl;
                if (!e.comment.isEmpty())
                    out() << QStringLiteral("    ") << Tr::tr("Comment: %1").arg(e.comment) << Qt::endl;
                if (sub.parser.isSet(changesOpt)) {
                    for (const QString &line : history::detailText(s).split(u'\n', Qt::SkipEmptyParts))
                        out() << QStringLiteral("      ") << line << Qt::endl;
                }
            }
            if (r.history.isEmpty())
                out() << Tr::tr("“%1” has no history yet: it starts at the file's next save in Ropa.").arg(name)
                      << Qt::endl;
        }
        out() << verdict << Qt::endl;
    }
    out().flush();
    return intact ? Ok : Findings;
}

const Registration regHistory{
    {82, "history",
     QT_TRANSLATE_NOOP("ropa::cli", "the file's history of saves and its hash chain: history FILE [--json] [--verify] "
                                    "[--changes]"),
     cmdHistory}};

} // namespace

} // namespace ropa::cli
