// ropa-cli commands on the onward-transfer graph: graph (draw or export it), reach (where data goes).

#include "common.h"

#include "graph/graphexport.h"
#include "graph/reachreport.h"

#include <QJsonDocument>

namespace ropa::cli {

namespace {

// Resolves --category (a name, case-insensitive, or an id); an empty value means all.
bool categoryOption(const graph::TransferGraph &g, const QString &command, const QString &value, Id *out, int *rc)
{
    if (value.isEmpty())
        return true;
    *out = g.findCategory(value);
    if (out->isNull()) {
        *rc = fail(Tr::tr("%1: no data category “%2” in this project").arg(command, value));
        return false;
    }
    return true;
}

int cmdGraph(const QStringList &args)
{
    Sub sub(QStringLiteral("graph"),
            Tr::tr("Draw the onward-transfer graph (of one data category, or of every transfer) as SVG, PNG, PDF, "
                   "DOT (Graphviz) or GraphML."),
            QStringLiteral("FILE"), Tr::tr("A .ropa project or a JSON interchange file."));
    const QCommandLineOption formatOpt(QStringLiteral("format"), Tr::tr("svg, png, pdf, dot or graphml (required)."),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption categoryOpt(QStringLiteral("category"),
                                         Tr::tr("Only where this data category (name or id) can go."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Output file (default: standard output)."), QStringLiteral("OUT"));
    const QCommandLineOption langOpt = languageOption(Tr::tr("the picture's title, labels and legend"));
    sub.parser.addOptions({formatOpt, categoryOpt, outOpt, langOpt});
    sub.ownLanguageOption = true;
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    if (const int rc = useLanguage(QStringLiteral("graph"), sub.parser.value(langOpt)); rc >= 0)
        return rc;
    const auto format = graph::formatFromName(sub.parser.value(formatOpt));
    if (!format)
        return fail(Tr::tr("graph: --format must be one of svg, png, pdf, dot, graphml"));
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    const graph::TransferGraph g(*l.data);
    Id category;
    int rc = Ok;
    if (!categoryOption(g, QStringLiteral("graph"), sub.parser.value(categoryOpt), &category, &rc))
        return rc;
    const graph::Picture picture = graph::makePicture(g, category);
    QString error;
    const QByteArray bytes = graph::exportPicture(g, picture, *format, &error);
    if (bytes.isEmpty())
        return fail(Tr::tr("graph: %1").arg(error.isEmpty() ? Tr::tr("nothing was written") : error));
    return writeOutput(bytes, sub.parser.value(outOpt));
}

int cmdReach(const QStringList &args)
{
    Sub sub(QStringLiteral("reach"),
            Tr::tr("Every party and country a data category (or any data) can reach through onward transfers, "
                   "with its chains and weakest mechanism."),
            QStringLiteral("FILE"), Tr::tr("A .ropa project or a JSON interchange file."));
    const QCommandLineOption categoryOpt(QStringLiteral("category"), Tr::tr("The data category (name or id)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON (docs/reach-json.md)."));
    const QCommandLineOption maxOpt(QStringLiteral("max-chains"),
                                    Tr::tr("Chains listed per party or country (default 50)."), QStringLiteral("N"),
                                    QStringLiteral("50"));
    sub.parser.addOptions({categoryOpt, jsonOpt, maxOpt});
    if (const int rc = sub.parse(args); rc >= 0)
        return rc;
    bool ok = false;
    graph::Limits limits;
    limits.chainsPerTarget = sub.parser.value(maxOpt).toInt(&ok);
    if (!ok || limits.chainsPerTarget < 1 || limits.chainsPerTarget > 100000)
        return fail(Tr::tr("reach: --max-chains must be a number from 1 to 100000"));
    const Loaded l = load(sub.file());
    if (!l.data)
        return fail(l.error);
    const graph::TransferGraph g(*l.data);
    Id category;
    int rc = Ok;
    if (!categoryOption(g, QStringLiteral("reach"), sub.parser.value(categoryOpt), &category, &rc))
        return rc;
    if (sub.parser.isSet(jsonOpt))
        out() << QString::fromUtf8(
            QJsonDocument(graph::reachJson(g, category, limits)).toJson(QJsonDocument::Indented));
    else
        out() << graph::reachText(g, category, limits);
    out().flush();
    return Ok;
}

const Registration regGraph{
    {70, "graph",
     QT_TRANSLATE_NOOP("ropa::cli", "draw the transfer graph: graph FILE --format svg|png|pdf|dot|graphml [--category "
                                    "NAME] [--lang en|nl|de] -o OUT"),
     cmdGraph, true}};
const Registration regReach{
    {71, "reach",
     QT_TRANSLATE_NOOP("ropa::cli", "where data can go, with chains: reach FILE [--category NAME] [--json]"),
     cmdReach}};

} // namespace

} // namespace ropa::cli
