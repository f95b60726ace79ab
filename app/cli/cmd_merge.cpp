// ropa-cli merge: a three-way merge of two edited copies of a project (docs/compare-merge.md).
// Usable as a git merge driver: OUT may be the file git passes as %A (ours), which is replaced.

#include "common.h"

#include "compare/merge.h"
#include "compare/report.h"
#include "store/jsonformat.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace ropa::cli {

namespace {

void note(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("ropa-cli: note: %1").arg(message)));
}

// A .ropa file by its suffix; anything else is written as JSON (git's %A has no suffix).
int writeMerged(const ProjectData &data, const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1StringView("ropa"), Qt::CaseInsensitive) == 0)
        return saveRopa(data, path, true);
    return writeOutput(json::writeProject(data), path);
}

int cmdMerge(const QStringList &args)
{
    Sub sub(QStringLiteral("merge"),
            Tr::tr("Merge two edited copies of a project with their common base: what one side changed is taken, "
                   "fields changed differently on both sides are conflicts. Exit code 0: merged and written; 1: "
                   "conflicts (listed, nothing written); 2: bad input."),
            QStringLiteral("BASE OURS THEIRS"),
            Tr::tr("The common base and the two copies, each a .ropa file or a JSON interchange file."), 3);
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The merged project (.ropa, or JSON for any other name); replaced if it "
                                           "exists (required)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON (docs/compare-merge.md)."));
    const QCommandLineOption preferOpt(QStringLiteral("prefer"),
                                       Tr::tr("Decide every conflict for one side: ours or theirs."),
                                       QStringLiteral("SIDE"));
    sub.parser.addOptions({outOpt, jsonOpt, preferOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QString outPath = sub.parser.value(outOpt);
    if (outPath.isEmpty() || outPath == QLatin1StringView("-"))
        return fail(Tr::tr("merge: -o OUT is required (a .ropa or .json file)"));
    std::optional<compare::Side> prefer;
    if (sub.parser.isSet(preferOpt)) {
        const QString side = sub.parser.value(preferOpt);
        if (side == u"ours")
            prefer = compare::Side::Ours;
        else if (side == u"theirs")
            prefer = compare::Side::Theirs;
        else
            return fail(Tr::tr("merge: --prefer must be ours or theirs"));
    }
    const QStringList files = sub.parser.positionalArguments();
    QList<ProjectData> inputs;
    for (const QString &file : files) {
        Loaded l = load(file);
        if (!l.data)
            return fail(l.error);
        inputs.append(std::move(*l.data));
    }
    const compare::MergeResult r = compare::merge(inputs.at(0), inputs.at(1), inputs.at(2), prefer);
    if (r.baseUnrelated)
        note(Tr::tr("“%1” shares no entity with one of the copies: it is not their common base, so most changes "
                    "will show as conflicts or as additions.")
                 .arg(QFileInfo(files.at(0)).fileName()));
    int rc = Ok;
    if (r.merged)
        rc = writeMerged(*r.merged, outPath);
    if (rc != Ok)
        return rc;
    if (sub.parser.isSet(jsonOpt)) {
        QJsonArray conflicts;
        for (const compare::Conflict &c : r.conflicts)
            conflicts.append(compare::conflictJson(c));
        QJsonObject o{{QStringLiteral("merged"), bool(r.merged)},
                      {QStringLiteral("written"), r.merged ? QJsonValue(outPath) : QJsonValue()},
                      {QStringLiteral("base_unrelated"), r.baseUnrelated},
                      {QStringLiteral("conflicts"), conflicts},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
        if (r.merged)
            o.insert(QStringLiteral("taken_from_theirs"),
                     compare::changesJson(compare::diff(inputs.at(1), *r.merged).changes));
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << compare::conflictsText(r.conflicts);
        if (r.merged) {
            const compare::Diff taken = compare::diff(inputs.at(1), *r.merged);
            out() << Tr::tr("Merged into “%1”: %n change(s) taken into ours.", nullptr, int(taken.changes.size()))
                         .arg(QFileInfo(outPath).fileName())
                  << u'\n';
        } else if (!r.problems.isEmpty()) {
            out() << Tr::tr("Not merged: the merged project would not be valid:") << u'\n';
            for (const QString &p : r.problems)
                out() << QStringLiteral("  ") << p << u'\n';
        } else {
            out() << Tr::tr("Not merged: %n conflict(s) to decide (nothing was written; --prefer ours|theirs decides "
                            "them all).",
                            nullptr, r.undecided())
                  << u'\n';
        }
    }
    out().flush();
    return r.merged ? Ok : Findings;
}

const Registration regMerge{
    {81, "merge",
     QT_TRANSLATE_NOOP("ropa::cli", "three-way merge of two copies: merge BASE OURS THEIRS -o OUT "
                                    "[--json] [--prefer ours|theirs]"),
     cmdMerge}};

} // namespace

} // namespace ropa::cli
