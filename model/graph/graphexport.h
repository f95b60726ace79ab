#pragma once

// Pictures of the transfer graph and their exports: SVG (QSvgGenerator), PNG (QImage),
// PDF (QPdfWriter), DOT (Graphviz text) and GraphML (QXmlStreamWriter). Every label is
// cleaned of control characters and escaped for its format here (ARCHITECTURE.md:
// QSvgGenerator writes its title raw; \N, \G, \L are label escapes in DOT).
// Painting text needs a QGuiApplication; DOT and GraphML do not.

#include "layout.h"

#include <QByteArray>
#include <QColor>
#include <QString>

class QPainter;

namespace ropa::graph {

// The colour of a hop of that strength (the view and the exports share it).
QColor strengthColor(Strength s);

// Text without control characters (C0, DEL, C1, unpaired surrogates, U+FFFE/FFFF);
// line breaks and tabs become spaces.
QString cleanText(const QString &text);
// Escapes for the formats: XML character data / attribute values, DOT quoted strings.
QString xmlEscape(const QString &text);
QString dotEscape(const QString &text);

// What a party is in the picture: "own entity", "processor", "subprocessor", ...
QString roleText(const TransferGraph &graph, int node);
// A party's country for its label; without one, the destination countries of transfers to it.
QString nodeCountryText(const TransferGraph &graph, int node);
// "Germany (DE)", or "country unknown".
QString countryText(const QString &code);
// Names of the categories listed on a transfer ("every category (none listed)" when empty).
QString categoriesText(const TransferGraph &graph, int edge);

// One picture: which parties and transfers are shown (a category's reach, or all of it),
// laid out, with a title.
struct Picture
{
    Id category; // null: every category
    Reach reach;
    std::vector<bool> nodeShown;
    std::vector<bool> edgeShown;
    Layout layout;
    QString title;
};
Picture makePicture(const TransferGraph &graph, const Id &category, const LayoutOptions &options = {});
// The title makePicture() gives ("Project: where “Health data” can go"), without a layout.
QString pictureTitle(const TransferGraph &graph, const Id &category);

// Page geometry of a painted picture (title on top, legend at the bottom), in points.
QSizeF pictureSize(const Picture &picture);
// Paints the picture with its top-left at (0, 0) in the painter's coordinates.
void paintPicture(QPainter &painter, const TransferGraph &graph, const Picture &picture);

enum class Format { Svg, Png, Pdf, Dot, GraphMl };
// "svg", "png", "pdf", "dot", "graphml" (also "gv", "xml" are not accepted: one name each).
std::optional<Format> formatFromName(const QString &name);

// The bytes of the export, or an empty array and *error.
QByteArray exportPicture(const TransferGraph &graph, const Picture &picture, Format format, QString *error);

} // namespace ropa::graph
