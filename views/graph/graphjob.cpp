#include "graphjob.h"

#include "graphview.h"

#include <algorithm>
#include <cmath>

namespace ropa {

using namespace graph;

std::shared_ptr<GraphResult> computeGraph(const GraphInput &in, const std::function<bool()> &cancelled)
{
    auto result = std::make_shared<GraphResult>();
    const auto stop = [&cancelled] { return cancelled && cancelled(); };
    result->newGraph = !in.graph;
    result->graph = in.graph ? in.graph : std::make_shared<const TransferGraph>(in.data ? *in.data : ProjectData());
    const TransferGraph &g = *result->graph;
    if (stop())
        return result;
    const Id category = !in.category.isNull() && g.data().find<DataCategory>(in.category) ? in.category : Id();
    result->category = category;

    if (result->newGraph) {
        for (const Id &c : g.categories()) {
            const DataCategory *dc = g.data().find<DataCategory>(c);
            // Indent children under their parent.
            int level = 0;
            for (Id p = dc->parent; !p.isNull() && level < 8; ++level) {
                const DataCategory *pc = g.data().find<DataCategory>(p);
                p = pc ? pc->parent : Id();
            }
            result->categoryItems.append({c, QString(level * 2, u' ') + cleanText(dc->name)});
        }
        const Reach all = g.reach({});
        result->countries = all.countries.keys();
    }

    // What is shown: the category's reach, narrowed to chains to a country and to weak hops.
    Picture &pic = result->picture;
    pic.category = category;
    pic.reach = g.reach(category);
    pic.nodeShown.assign(std::size_t(g.nodeCount()), false);
    pic.edgeShown.assign(std::size_t(g.edgeCount()), false);
    Limits limits;
    limits.chainsPerTarget = 2000;
    limits.cancelled = cancelled;
    std::vector<bool> onChain;
    if (!in.country.isEmpty()) {
        onChain.assign(std::size_t(g.edgeCount()), false);
        for (const Chain &c : g.chainsToCountry(category, in.country, limits).chains) {
            for (int e : c.edges)
                onChain[std::size_t(e)] = true;
        }
    }
    for (int e = 0; e < g.edgeCount(); ++e) {
        bool shown = category.isNull() ? true : pic.reach.edgeUsed[std::size_t(e)];
        shown = shown && (onChain.empty() || onChain[std::size_t(e)]);
        shown = shown && (!in.maxStrength || g.edge(e).strength <= *in.maxStrength);
        if (shown) {
            pic.edgeShown[std::size_t(e)] = true;
            pic.nodeShown[std::size_t(g.edge(e).from)] = true;
            pic.nodeShown[std::size_t(g.edge(e).to)] = true;
        }
    }
    const bool unfiltered = category.isNull() && in.country.isEmpty() && !in.maxStrength;
    for (int n = 0; n < g.nodeCount(); ++n) {
        if (g.node(n).own || unfiltered)
            pic.nodeShown[std::size_t(n)] = true;
    }
    if (stop())
        return result;
    // Each shown party's label, broken into lines; its box as tall as they need.
    std::vector<NodeLabel> labels(std::size_t(g.nodeCount()));
    LayoutOptions options;
    options.nodeHeights.assign(std::size_t(g.nodeCount()), options.nodeHeight);
    for (int n = 0; n < g.nodeCount(); ++n) {
        if (!pic.nodeShown[std::size_t(n)])
            continue;
        labels[std::size_t(n)] = nodeLabel(g, n, options.nodeWidth);
        options.nodeHeights[std::size_t(n)] =
            std::max(options.nodeHeight, std::ceil(labelHeight(labels[std::size_t(n)])));
    }
    if (stop())
        return result;
    pic.layout = layoutGraph(g, pic.nodeShown, pic.edgeShown, options);
    pic.title = pictureTitle(g, category);
    if (stop())
        return result;

    std::vector<bool> highlight;
    if (!in.highlightCountry.isEmpty()) {
        highlight.assign(std::size_t(g.edgeCount()), false);
        for (const Chain &c : g.chainsToCountry(category, in.highlightCountry, limits).chains) {
            for (int e : c.edges)
                highlight[std::size_t(e)] = true;
        }
    }
    std::vector<bool> nodeLit(std::size_t(g.nodeCount()), highlight.empty());
    auto shapes = std::make_shared<GraphShapes>();
    result->shapes = shapes;
    shapes->edges.reserve(pic.layout.edges.size());
    for (const EdgeRoute &r : pic.layout.edges) {
        const auto &e = g.edge(r.edge);
        const bool lit = highlight.empty() || highlight[std::size_t(r.edge)];
        if (lit && !highlight.empty()) {
            ++result->highlighted;
            nodeLit[std::size_t(e.from)] = nodeLit[std::size_t(e.to)] = true;
        }
        EdgeShape shape;
        shape.transfer = e.transfer;
        shape.path = edgePath(r.points);
        shape.polygons = shape.path.toSubpathPolygons();
        QColor colour = strengthColor(e.strength);
        if (!lit)
            colour.setAlpha(50);
        shape.pen = edgePen(colour, r.backward, !highlight.empty() && lit);
        shape.lit = lit;
        QStringList hops;
        for (const HopClass &h : e.hops)
            hops.append(h.reason.toHtmlEscaped());
        shape.tip =
            GraphView::tr("<b>%1 \u2192 %2</b><br>Mechanism: %3 (%4)<br>Data: %5<br>%6")
                .arg(cleanText(g.node(e.from).name).toHtmlEscaped(), cleanText(g.node(e.to).name).toHtmlEscaped(),
                     enumToString(e.mechanism), strengthTitle(e.strength).toHtmlEscaped(),
                     cleanText(categoriesText(g, r.edge)).toHtmlEscaped(), hops.join(QStringLiteral("<br>")));
        shapes->edges.push_back(std::move(shape));
    }
    shapes->nodes.reserve(pic.layout.nodes.size());
    for (const NodeBox &b : pic.layout.nodes) {
        NodeShape shape;
        shape.party = g.node(b.node).party;
        shape.rect = b.rect;
        shape.label = std::move(labels[std::size_t(b.node)]);
        shape.dimmed = !nodeLit[std::size_t(b.node)] && !shape.label.own;
        shape.tip = QStringLiteral("<b>%1</b><br>%2<br>%3%4")
                        .arg(cleanText(g.node(b.node).name).toHtmlEscaped(), nodeCountryText(g, b.node).toHtmlEscaped(),
                             roleText(g, b.node).toHtmlEscaped(),
                             shape.label.named ? QString() : QStringLiteral("<br><i>a category of recipients</i>"));
        shapes->nodes.push_back(std::move(shape));
    }
    if (stop())
        return result;

    // The exposure table: every category's is kept for the graph (seconds on a large one).
    QList<ExposureCell> cells;
    if (category.isNull()) {
        if (in.exposureAll) {
            result->exposureAll = in.exposureAll;
        } else {
            Limits all;
            all.cancelled = cancelled;
            auto computed = std::make_shared<const QList<ExposureCell>>(g.exposure(all));
            if (stop())
                return result;
            result->exposureAll = computed;
        }
        cells = *result->exposureAll;
    } else {
        cells = g.exposure(category);
        result->exposureAll = in.exposureAll;
    }
    result->exposure = ExposureModel::rowsFor(g, cells, in.country, in.maxStrength);
    // One text per count, so that each has its plural forms.
    const QString shown = GraphView::tr("%1 and %2 shown")
                              .arg(GraphView::tr("%n parties", nullptr, int(pic.layout.nodes.size())),
                                   GraphView::tr("%n transfers", nullptr, int(pic.layout.edges.size())));
    result->summary =
        GraphView::tr("%1; %2; %3; %4.")
            .arg(shown, GraphView::tr("%n cycles", nullptr, int(g.cycles().size())),
                 GraphView::tr("%n parties nothing reaches", nullptr, int(g.unreached().size())),
                 GraphView::tr("%n transfers list no data category", nullptr, int(g.unspecifiedTransfers().size())));
    return result;
}

} // namespace ropa
