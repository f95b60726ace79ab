// ropa-cli diff: what differs between two versions of a project (docs/compare-merge.md).

#include "common.h"

#include "compare/diff.h"
#include "compare/diffreport.h"
#include "compare/report.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace ropa::cli {

namespace {

int cmdDiff(const QStringList &args)
{
    Sub sub(QStringLiteral("diff"),
            Tr::tr("What differs between two versions of a project: entities added, removed and changed, field by "
                   "field. Exit code 0: the same; 1: different; 2: bad input."),
            QStringLiteral("A B"), Tr::tr("Two projects, each a .ropa file or a JSON interchange file."), 2);
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON (docs/compare-merge.md)."));
    sub.parser.addOption(jsonOpt);
    const QCommandLineOption formatOpt(
        QStringLiteral("format"),
        Tr::tr("Print the comparison as a document, as the program's Compare with… exports it: md (Markdown) or html."),
        QStringLiteral("md|html"));
    sub.parser.addOption(formatOpt);
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    const QStringList files = sub.parser.positionalArguments();
    std::optional<reports::Format> format;
    if (sub.parser.isSet(formatOpt)) {
        format = reports::formatFromKey(sub.parser.value(formatOpt));
        if (format != reports::Format::Markdown && format != reports::Format::Html)
            return fail(Tr::tr("Unknown format “%1”: md or html.").arg(sub.parser.value(formatOpt)));
    }
    const Loaded a = load(files.at(0));
    if (!a.data)
        return fail(a.error);
    const Loaded b = load(files.at(1));
    if (!b.data)
        return fail(b.error);
    const compare::Diff d = compare::diff(*a.data, *b.data);
    if (d.unrelated) {
        const QString message = Tr::tr("“%1” and “%2” share no entity: they are not two versions of one project, so "
                                       "everything shows as removed and added.")
                                    .arg(QFileInfo(files.at(0)).fileName(), QFileInfo(files.at(1)).fileName());
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("ropa-cli: note: %1").arg(message)));
    }
    if (format) {
        // The record writers' own words ("Contents") in the --lang language, as the rest.
        QString language = languageArgument(args);
        if (!reports::availableLanguages().contains(language))
            language = QStringLiteral("en");
        out() << QString::fromUtf8(compare::diffReportBytes(
            compare::diffReport(d, QFileInfo(files.at(0)).fileName(), QFileInfo(files.at(1)).fileName(), language),
            *format));
    } else if (sub.parser.isSet(jsonOpt))
        out() << QString::fromUtf8(QJsonDocument(compare::diffJson(d)).toJson(QJsonDocument::Indented));
    else
        out() << compare::diffText(d);
    out().flush();
    return d.isEmpty() ? Ok : Findings;
}

const Registration regDiff{
    {80, "diff",
     QT_TRANSLATE_NOOP("ropa::cli", "what differs between two projects: diff A B [--json | --format md|html]"),
     cmdDiff}};

} // namespace

} // namespace ropa::cli
