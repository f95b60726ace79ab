#include "graphpainter.h"

#include "graphexport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ropa::graph {

namespace {

// Space between a box's border and its text.
constexpr double HorizontalPadding = 8;
constexpr double VerticalPadding = 5;

QFont graphFont(int pixels, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setItalic(italic);
    // Without hinting a text is as wide on the screen as in a PDF: the lines measured for the
    // box fit it on every device.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// `text` broken into lines no wider than `width`: at spaces where it can, inside a word that
// is longer than the line.
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty() || QFontMetricsF(font).horizontalAdvance(text) <= width)
        return {text};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

double nameLineHeight(bool named)
{
    return QFontMetricsF(nameFont(named)).lineSpacing();
}

double detailLineHeight()
{
    return QFontMetricsF(detailFont()).lineSpacing();
}

void drawLines(QPainter &p, const QStringList &lines, double left, double &y, double width, double lineHeight,
               Qt::Alignment alignment)
{
    for (const QString &line : lines) {
        p.drawText(QRectF(left, y, width, lineHeight), alignment | Qt::AlignVCenter | Qt::TextSingleLine, line);
        y += lineHeight;
    }
}

// Clips the segment a-b to r (Liang-Barsky); false when nothing of it is inside.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] < 0)
                return false;
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + t0 * QPointF(dx, dy);
    b = start + t1 * QPointF(dx, dy);
    return true;
}

} // namespace

double nodeBoxWidth()
{
    return LayoutOptions().nodeWidth;
}

QFont nameFont(bool named)
{
    return graphFont(13, true, !named);
}

QFont detailFont()
{
    return graphFont(11, false, false);
}

NodeLabel nodeLabel(const QString &name, const QString &country, const QString &role, bool own, bool named,
                    double width)
{
    // A pixel to spare for the rounding of glyph positions on other devices.
    const double lineWidth = width - 2 * HorizontalPadding - 1;
    NodeLabel label;
    label.own = own;
    label.named = named;
    label.name = wrapped(cleanText(name), nameFont(named), lineWidth);
    const QFont detail = detailFont();
    label.country = wrapped(cleanText(country), detail, lineWidth);
    label.role = wrapped(cleanText(role), detail, lineWidth);
    return label;
}

NodeLabel nodeLabel(const TransferGraph &graph, int node, double width)
{
    const auto &n = graph.node(node);
    return nodeLabel(n.name, nodeCountryText(graph, node), roleText(graph, node), n.own, n.named, width);
}

double labelHeight(const NodeLabel &label)
{
    return 2 * VerticalPadding + double(label.name.size()) * nameLineHeight(label.named) +
           double(label.country.size() + label.role.size()) * detailLineHeight();
}

std::vector<double> labelHeights(const TransferGraph &graph, const std::vector<bool> &nodeShown, double minHeight)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    std::vector<double> heights(std::size_t(graph.nodeCount()), minHeight);
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (nodeShown.empty() || nodeShown[std::size_t(n)])
            heights[std::size_t(n)] = std::max(minHeight, std::ceil(labelHeight(nodeLabel(graph, n))));
    }
    return heights;
}

void paintNode(QPainter &p, const QRectF &box, const NodeLabel &label, bool selected, double lod)
{
    const bool own = label.own, named = label.named;
    QPen pen(selected ? QColor(0xff, 0x6f, 0x00) : (own ? QColor(0x1a, 0x23, 0x7e) : QColor(0x45, 0x5a, 0x64)),
             selected ? 3.0 : (own ? 2.2 : 1.3));
    const QBrush brush(own ? QColor(0xe8, 0xea, 0xf6) : (named ? QColor(Qt::white) : QColor(0xf1, 0xf1, 0xf1)));
    if (lod < TinyDetail) {
        pen.setCosmetic(true);
        pen.setWidthF(selected ? 2.0 : 1.0);
        p.setPen(pen);
        p.setBrush(brush);
        p.drawRect(box);
        return;
    }
    if (!named)
        pen.setStyle(Qt::DashLine);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pen);
    p.setBrush(brush);
    p.drawRoundedRect(box, named ? 6 : 14, named ? 6 : 14);

    const QRectF inner = box.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    const double nameLine = nameLineHeight(named);
    p.setFont(nameFont(named));
    p.setPen(QColor(0x21, 0x21, 0x21));
    if (lod < NameDetail) {
        // Small on screen: the name alone, centred.
        double y = inner.center().y() - double(label.name.size()) * nameLine / 2;
        drawLines(p, label.name, inner.left(), y, inner.width(), nameLine, Qt::AlignHCenter);
        return;
    }
    const double detailLine = detailLineHeight();
    const double content =
        double(label.name.size()) * nameLine + double(label.country.size() + label.role.size()) * detailLine;
    double y = inner.top() + std::max(0.0, (inner.height() - content) / 2);
    drawLines(p, label.name, inner.left(), y, inner.width(), nameLine, Qt::AlignLeft);
    p.setFont(detailFont());
    p.setPen(QColor(0x42, 0x42, 0x42));
    drawLines(p, label.country, inner.left(), y, inner.width(), detailLine, Qt::AlignLeft);
    drawLines(p, label.role, inner.left(), y, inner.width(), detailLine, Qt::AlignLeft);
}

QPainterPath edgePath(const QList<QPointF> &pts)
{
    if (pts.size() < 2)
        return {};
    QPainterPath path(pts.first());
    if (pts.size() == 2) {
        // A gentle S-curve reads better than a straight line between layers.
        const QPointF a = pts[0], b = pts[1];
        const double dx = (b.x() - a.x()) / 2;
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
    } else {
        for (qsizetype k = 1; k < pts.size(); ++k)
            path.lineTo(pts[k]);
    }
    // The arrow head, along the last direction (a curve ends horizontally).
    const QPointF tip = pts.last();
    const QPointF from = pts.size() == 2 ? QPointF(tip.x() - 20, tip.y()) : pts[pts.size() - 2];
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    constexpr double Length = 9, Spread = 0.45;
    path.moveTo(tip);
    path.lineTo(tip.x() - Length * std::cos(angle - Spread), tip.y() - Length * std::sin(angle - Spread));
    path.moveTo(tip);
    path.lineTo(tip.x() - Length * std::cos(angle + Spread), tip.y() - Length * std::sin(angle + Spread));
    return path;
}

QPen edgePen(const QColor &colour, bool backward, bool highlighted)
{
    QPen pen(colour, highlighted ? 3.2 : 1.8);
    if (backward)
        pen.setStyle(Qt::DashLine);
    return pen;
}

void paintEdge(QPainter &p, const QList<QPolygonF> &polygons, QPen pen, bool selected, const QRectF &exposed,
               double lod)
{
    if (selected) {
        pen.setColor(QColor(0xff, 0x6f, 0x00));
        pen.setWidthF(pen.widthF() + 2);
    }
    if (lod < TinyDetail) {
        pen.setCosmetic(true);
        pen.setWidthF(pen.widthF() > 2.5 ? 2.0 : 1.0);
    }
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const double margin = pen.widthF() + 1;
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    if (pen.color().alpha() == 255) {
        // Opaque: separate lines, the rasteriser's fastest path.
        QVarLengthArray<QLineF, 64> lines;
        for (const QPolygonF &poly : polygons) {
            for (qsizetype k = 0; k + 1 < poly.size(); ++k) {
                QPointF a = poly[k], b = poly[k + 1];
                if (clipSegment(a, b, clip))
                    lines.append(QLineF(a, b));
            }
        }
        if (!lines.isEmpty())
            p.drawLines(lines.constData(), int(lines.size()));
        return;
    }
    // Translucent: joined runs (separate lines would darken at every joint).
    QPolygonF run;
    auto flush = [&] {
        if (run.size() > 1)
            p.drawPolyline(run);
        run.clear();
    };
    for (const QPolygonF &poly : polygons) {
        if (clip.contains(poly.boundingRect())) {
            flush();
            p.drawPolyline(poly);
            continue;
        }
        for (qsizetype k = 0; k + 1 < poly.size(); ++k) {
            QPointF a = poly[k], b = poly[k + 1];
            if (!clipSegment(a, b, clip)) {
                flush();
                continue;
            }
            if (run.isEmpty() || run.last() != a) {
                flush();
                run.append(a);
            }
            run.append(b);
        }
        flush();
    }
}

} // namespace ropa::graph
