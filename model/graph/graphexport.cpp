#include "graphexport.h"

#include "graphpainter.h"

#include "itemmodels/labels.h"
#include "reference/reference.h"

#include <QCoreApplication>

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace ropa::graph {

namespace {

// The texts of the picture (title, labels, legend), in the language of the installed
// translation: the user interface's in the program, --lang in ropa-cli graph.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::graph)
};

constexpr double Margin = 32;
constexpr double TitleHeight = 44;
constexpr double LegendHeight = 64;

QString edgeKey(int e)
{
    return QStringLiteral("e%1").arg(e);
}

QFont font(double pixels, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(pixels)));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

} // namespace

QColor strengthColor(Strength s)
{
    switch (s) {
    case Strength::Eea: return QColor(0x2e, 0x7d, 0x32);
    case Strength::Adequate: return QColor(0x00, 0x89, 0x7b);
    case Strength::SafeguardedTia: return QColor(0x1e, 0x65, 0xc0);
    case Strength::SafeguardedNoTia: return QColor(0xd8, 0x9a, 0x00);
    case Strength::Derogation: return QColor(0xe6, 0x5c, 0x00);
    case Strength::None: return QColor(0xd3, 0x2f, 0x2f);
    case Strength::Invalid: return QColor(0x7b, 0x1f, 0xa2);
    }
    return Qt::black;
}

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u == u'\n' || u == u'\r' || u == u'\t') {
            out.append(u' ');
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            continue;
        out.append(c);
    }
    return out;
}

QString xmlEscape(const QString &text)
{
    QString out;
    for (const QChar c : cleanText(text)) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&apos;"); break;
        default: out += c;
        }
    }
    return out;
}

QString dotEscape(const QString &text)
{
    // Escaping the backslash first makes \N, \G, \L, \E, \T, \H, \l, \r, \n literal text.
    QString out;
    for (const QChar c : cleanText(text)) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        out += c;
    }
    return out;
}

QString countryText(const QString &code)
{
    if (code.isEmpty())
        return Tr::tr("country unknown");
    if (code == QLatin1StringView("EU"))
        return Tr::tr("European Union (EU)");
    // iso-codes' name in the display language.
    const QString name = Reference::instance().countryName(code);
    return name.isEmpty() ? code : Tr::tr("%1 (%2)").arg(name, code);
}

QString nodeCountryText(const TransferGraph &graph, int node)
{
    const auto &n = graph.node(node);
    if (!n.country.isEmpty())
        return countryText(n.country);
    // No country of establishment: say where the transfers to it go.
    QStringList codes;
    for (int e : graph.inEdges(node)) {
        for (const HopClass &h : graph.edge(e).hops) {
            if (!h.country.isEmpty() && !codes.contains(h.country))
                codes.append(h.country);
        }
    }
    return codes.isEmpty() ? countryText(QString()) : Tr::tr("in %1").arg(codes.join(QStringLiteral(", ")));
}

QString roleText(const TransferGraph &graph, int node)
{
    const auto &n = graph.node(node);
    if (n.own)
        return Tr::tr("own entity");
    const int d = graph.depth(node);
    if (d < 0)
        return Tr::tr("not reached from an own entity");
    if (d == 1) {
        // What the first transfer from an own party says the recipient acts as.
        for (int e : graph.inEdges(node)) {
            if (!graph.node(graph.edge(e).from).own)
                continue;
            const Transfer *t = graph.data().find<Transfer>(graph.edge(e).transfer);
            if (t && t->role == Role::Controller)
                return Tr::tr("independent controller");
            if (t && t->role == Role::JointController)
                return Tr::tr("joint controller");
            break;
        }
        return Tr::tr("processor");
    }
    if (d == 2)
        return Tr::tr("subprocessor");
    return Tr::tr("onward recipient, depth %1").arg(d);
}

QString categoriesText(const TransferGraph &graph, int edge)
{
    const auto &e = graph.edge(edge);
    QStringList names;
    for (const Id &c : e.categories) {
        if (const DataCategory *dc = graph.data().find<DataCategory>(c))
            names.append(dc->name);
    }
    return names.isEmpty() ? Tr::tr("every category (none listed)") : names.join(QStringLiteral(", "));
}

Picture makePicture(const TransferGraph &graph, const Id &category, const LayoutOptions &options)
{
    Picture p;
    p.category = category;
    p.reach = graph.reach(category);
    p.nodeShown.assign(std::size_t(graph.nodeCount()), category.isNull());
    p.edgeShown.assign(std::size_t(graph.edgeCount()), category.isNull());
    if (!category.isNull()) {
        for (int n = 0; n < graph.nodeCount(); ++n)
            p.nodeShown[std::size_t(n)] = p.reach.reached(n);
        p.edgeShown = p.reach.edgeUsed;
    }
    LayoutOptions laid = options;
    if (laid.nodeHeights.empty())
        laid.nodeHeights = labelHeights(graph, p.nodeShown, laid.nodeHeight);
    p.layout = layoutGraph(graph, p.nodeShown, p.edgeShown, laid);
    p.title = pictureTitle(graph, category);
    return p;
}

QString pictureTitle(const TransferGraph &graph, const Id &category)
{
    const DataCategory *dc = graph.data().find<DataCategory>(category);
    const QString project = graph.data().info.name.isEmpty() ? Tr::tr("Project") : graph.data().info.name;
    return dc ? Tr::tr("%1: where “%2” can go").arg(project, dc->name) : Tr::tr("%1: onward transfers").arg(project);
}

namespace {

QString legendNote()
{
    return Tr::tr("Dashed box: a category of recipients. Dashed line: a transfer back or within a layer. "
                  "A chain is as strong as its weakest hop.");
}

// The width the legend needs in the language of its labels (German ones are longer).
double legendWidth()
{
    const QFontMetricsF fm(font(11));
    double width = 0;
    for (Strength s : allStrengths())
        width += 28 + fm.horizontalAdvance(strengthTitle(s)) + 20;
    return std::max(width, fm.horizontalAdvance(legendNote()) + 8) + 2 * Margin;
}

} // namespace

QSizeF pictureSize(const Picture &picture)
{
    const QRectF b = picture.layout.bounds;
    // Wide enough for the graph, and for the legend with its labels in one line.
    return QSizeF(std::max({1080.0, b.width() + 2 * Margin, std::ceil(legendWidth())}),
                  b.height() + 2 * Margin + TitleHeight + LegendHeight);
}

void paintPicture(QPainter &p, const TransferGraph &graph, const Picture &picture)
{
    const QSizeF size = pictureSize(picture);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p.setPen(QColor(0x21, 0x21, 0x21));
    p.setFont(font(18, true));
    p.drawText(QRectF(Margin, 8, size.width() - 2 * Margin, TitleHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
               cleanText(picture.title));

    const QRectF b = picture.layout.bounds;
    p.translate(Margin - b.left(), Margin + TitleHeight - b.top());

    // The same painter as the view's items, with every detail.
    const QRectF all = b.adjusted(-Margin, -Margin, Margin, Margin);
    for (const EdgeRoute &r : picture.layout.edges) {
        const auto &e = graph.edge(r.edge);
        paintEdge(p, edgePath(r.points).toSubpathPolygons(), edgePen(strengthColor(e.strength), r.backward), false,
                  all);
    }
    for (const NodeBox &box : picture.layout.nodes) {
        const double width = box.rect.width();
        paintNode(p, box.rect, nodeLabel(graph, box.node, width), false);
    }
    p.restore();

    // Legend.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont small = font(11);
    p.setFont(small);
    double x = Margin;
    const double y = size.height() - LegendHeight + 14;
    for (Strength s : allStrengths()) {
        p.setPen(QPen(strengthColor(s), 3));
        p.drawLine(QPointF(x, y + 8), QPointF(x + 22, y + 8));
        p.setPen(QColor(0x21, 0x21, 0x21));
        const QString label = strengthTitle(s);
        const double w = QFontMetricsF(small).horizontalAdvance(label);
        p.drawText(QRectF(x + 28, y, w + 4, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 28 + w + 20;
    }
    p.setPen(QColor(0x61, 0x61, 0x61));
    p.drawText(QRectF(Margin, y + 22, size.width() - 2 * Margin, 16), Qt::AlignLeft | Qt::AlignVCenter, legendNote());
    p.restore();
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1StringView("svg"))
        return Format::Svg;
    if (n == QLatin1StringView("png"))
        return Format::Png;
    if (n == QLatin1StringView("pdf"))
        return Format::Pdf;
    if (n == QLatin1StringView("dot"))
        return Format::Dot;
    if (n == QLatin1StringView("graphml"))
        return Format::GraphMl;
    return std::nullopt;
}

namespace {

QByteArray toDot(const TransferGraph &g, const Picture &pic)
{
    QString s;
    s += QStringLiteral("digraph transfers {\n");
    s += QStringLiteral("  graph [rankdir=LR, label=\"%1\", labelloc=t, fontname=\"DejaVu Sans\"];\n")
             .arg(dotEscape(pic.title));
    s += QStringLiteral("  node [shape=box, style=rounded, fontname=\"DejaVu Sans\", fontsize=10];\n");
    s += QStringLiteral("  edge [fontname=\"DejaVu Sans\", fontsize=9];\n");
    for (const NodeBox &box : pic.layout.nodes) {
        const auto &n = g.node(box.node);
        const QString label = dotEscape(n.name) + QStringLiteral("\\n") + dotEscape(nodeCountryText(g, box.node)) +
                              QStringLiteral("\\n") + dotEscape(roleText(g, box.node));
        QString style = n.named ? QStringLiteral("rounded") : QStringLiteral("rounded,dashed");
        if (n.own)
            style += QStringLiteral(",bold");
        s += QStringLiteral("  n%1 [label=\"%2\", style=\"%3\", tooltip=\"%4\"];\n")
                 .arg(box.node)
                 .arg(label, style, dotEscape(idToString(n.party)));
    }
    for (const EdgeRoute &r : pic.layout.edges) {
        const auto &e = g.edge(r.edge);
        const Transfer *t = g.data().find<Transfer>(e.transfer);
        const QString label = dotEscape(Labels::mechanismShort(e.mechanism, t ? t->sccModule : std::nullopt)) +
                              QStringLiteral("\\n") + dotEscape(strengthTitle(e.strength));
        s += QStringLiteral("  n%1 -> n%2 [color=\"%3\", label=\"%4\", tooltip=\"%5\"%6];\n")
                 .arg(e.from)
                 .arg(e.to)
                 .arg(strengthColor(e.strength).name(), label, dotEscape(categoriesText(g, r.edge)),
                      r.backward ? QStringLiteral(", style=dashed") : QString());
    }
    s += QStringLiteral("}\n");
    return s.toUtf8();
}

QByteArray toGraphml(const TransferGraph &g, const Picture &pic, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("graphml"));
    w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    struct Key
    {
        const char *id, *forWhat, *name, *type;
    };
    static constexpr Key keys[] = {
        {"d0", "node", "name", "string"},
        {"d1", "node", "country", "string"},
        {"d2", "node", "role", "string"},
        {"d3", "node", "own", "boolean"},
        {"d4", "node", "named", "boolean"},
        {"d5", "node", "depth", "int"},
        {"d6", "node", "x", "double"},
        {"d7", "node", "y", "double"},
        {"d8", "edge", "mechanism", "string"},
        {"d9", "edge", "strength", "string"},
        {"d10", "edge", "countries", "string"},
        {"d11", "edge", "categories", "string"},
        {"d12", "graph", "title", "string"},
        {"d13", "node", "party_id", "string"},
        {"d14", "edge", "transfer_id", "string"},
    };
    for (const Key &k : keys) {
        w.writeStartElement(QStringLiteral("key"));
        w.writeAttribute(QStringLiteral("id"), QString::fromLatin1(k.id));
        w.writeAttribute(QStringLiteral("for"), QString::fromLatin1(k.forWhat));
        w.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(k.name));
        w.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(k.type));
        w.writeEndElement();
    }
    auto data = [&](const char *key, const QString &value) {
        w.writeStartElement(QStringLiteral("data"));
        w.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
        w.writeCharacters(cleanText(value)); // XML 1.0 has no place for control characters
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("transfers"));
    w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    data("d12", pic.title);
    for (const NodeBox &box : pic.layout.nodes) {
        const auto &n = g.node(box.node);
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(box.node));
        data("d0", n.name);
        data("d1", n.country);
        data("d2", roleText(g, box.node));
        data("d3", n.own ? QStringLiteral("true") : QStringLiteral("false"));
        data("d4", n.named ? QStringLiteral("true") : QStringLiteral("false"));
        data("d5", QString::number(g.depth(box.node)));
        data("d6", QString::number(box.rect.center().x()));
        data("d7", QString::number(box.rect.center().y()));
        data("d13", idToString(n.party));
        w.writeEndElement();
    }
    for (const EdgeRoute &r : pic.layout.edges) {
        const auto &e = g.edge(r.edge);
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), edgeKey(r.edge));
        w.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(e.from));
        w.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(e.to));
        data("d8", enumToString(e.mechanism));
        data("d9", strengthKey(e.strength));
        QStringList countries;
        for (const HopClass &h : e.hops)
            countries.append(h.country);
        data("d10", countries.join(u' '));
        data("d11", categoriesText(g, r.edge));
        data("d14", idToString(e.transfer));
        w.writeEndElement();
    }
    w.writeEndElement(); // graph
    w.writeEndElement(); // graphml
    w.writeEndDocument();
    if (w.hasError()) {
        *error = Tr::tr("could not write GraphML");
        return {};
    }
    return bytes;
}

QByteArray toSvg(const TransferGraph &g, const Picture &pic)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = pictureSize(pic);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(72);
    // QSvgGenerator writes title and description as they are: escape them here.
    svg.setTitle(xmlEscape(pic.title));
    svg.setDescription(xmlEscape(Tr::tr("Onward transfers drawn by Ropa")));
    QPainter painter(&svg);
    paintPicture(painter, g, pic);
    painter.end();
    return bytes;
}

QByteArray toPng(const TransferGraph &g, const Picture &pic, QString *error)
{
    const QSizeF size = pictureSize(pic);
    const double scale = std::min(2.0, 16000.0 / std::max(size.width(), size.height()));
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = Tr::tr("the picture is too large for a PNG");
        return {};
    }
    image.setDotsPerMeterX(int(std::lround(3780 * scale)));
    image.setDotsPerMeterY(int(std::lround(3780 * scale)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPicture(painter, g, pic);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = Tr::tr("could not encode the PNG");
        return {};
    }
    return bytes;
}

QByteArray toPdf(const TransferGraph &g, const Picture &pic)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = pictureSize(pic);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(cleanText(pic.title));
    pdf.setCreator(QStringLiteral("Ropa"));
    pdf.setResolution(72);
    pdf.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    paintPicture(painter, g, pic);
    painter.end();
    return bytes;
}

} // namespace

QByteArray exportPicture(const TransferGraph &graph, const Picture &picture, Format format, QString *error)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    switch (format) {
    case Format::Dot: return toDot(graph, picture);
    case Format::GraphMl: return toGraphml(graph, picture, err);
    case Format::Svg: return toSvg(graph, picture);
    case Format::Png: return toPng(graph, picture, err);
    case Format::Pdf: return toPdf(graph, picture);
    }
    return {};
}

} // namespace ropa::graph
