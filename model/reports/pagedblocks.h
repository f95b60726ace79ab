#pragma once

// The paged record's pieces of text (PDF, printer): a Block is plain text in one role (body,
// heading, ...) with spans in another format, laid out at a width with QTextLayout. Blocks are
// measured (the bottom of each line kept) before they are put on pages (pager.h) and laid out
// again when drawn (inker.h, pagedrawer.h). Text only ever goes into a QTextLayout as plain
// text: nothing in a field is markup, nothing is loaded.

#include "report.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

#include <vector>

namespace ropa::reports::paged {

// The record's font: DejaVu Sans, 7.5 pt.
QFont bodyFont();

// ColumnTitle: a table's header cells, a little smaller than Bold. CompactBody, CompactTitle
// (not bold; the header row's fill sets it apart):
// the cells and header cells of a table whose words do not all fit whole in the normal fonts
// (the eleven columns of the record in Dutch or German).
enum Role : quint8 { Body, Bold, Small, Title, Heading, Subheading, ColumnTitle, CompactBody, CompactTitle, RoleCount };

// The fonts of one thread (QFont's font engines are cached per thread), for a device of a
// resolution.
struct Fonts
{
    QFont font[RoleCount];

    Fonts(int dpiX, int dpiY);
};

// How a span of a block's text differs from the block's font: "not stated" (red italics), a
// table's note (grey italics), the Art. 30 item under a column title (smaller, blue-grey).
enum Kind : quint8 { Plain, Missing, Note, Item, KindCount };

QTextCharFormat kindFormat(Kind kind);
QColor inkColor();
QColor kindColor(Kind kind);

struct Span
{
    int start;
    int length;
    Kind kind;
};

// A piece of text laid out at a width: plain text, spans in another format, and (after
// measure()) the bottom of each of its lines, from the block's top.
struct Block
{
    QString text;
    std::vector<Span> spans; // in order, not overlapping
    Role role = Body;
    Qt::Alignment align = Qt::AlignLeft;
    float width = 0;
    std::vector<float> bottoms;
    std::vector<int> starts; // where each line starts in text

    int lineCount() const { return static_cast<int>(bottoms.size()); }
    float top(int line) const { return line > 0 ? bottoms[static_cast<size_t>(line - 1)] : 0.0f; }
    float bottom(int line) const { return bottoms[static_cast<size_t>(line)]; }
    float height() const { return bottoms.empty() ? 0.0f : bottoms.back(); }
};

// Lays block out in layout with the fonts: its lines at its width, breaking between words (a
// word wider than the line anywhere).
void layOut(QTextLayout &layout, const Block &block, const Fonts &fonts);
// Lays every block out and keeps its lines' bottoms and starts, on threads threads (the
// calling one included), each with fonts of its own for a device of dpiX x dpiY.
void measureAll(const std::vector<Block *> &blocks, int dpiX, int dpiY, int threads);

// The text with a zero-width space (U+200B, not drawn) every 60 characters of a run without a
// space: QTextLayout breaks a word wider than the line by scanning it again for every line
// (a 30,000-character name took minutes).
QString softBreaks(const QString &text);

// The kind of text at pos of a block (span: the index of the first span that may still
// apply, moved forward as pos grows) and, in *next (at most end on entry), where it ends.
Kind kindAt(const Block &b, size_t &span, int pos, int *next);

// A table's cell as a block: lines separated by U+2028, each with a bullet when there are
// several; "not stated" (whole or inside a line) in red italics.
Block cellBlock(const Cell &cell, const QString &notStated, float width);

// A style: a role's font with a kind's format (the font QTextLayout uses for such a span).
constexpr int StyleCount = int(RoleCount) * int(KindCount);

inline int styleOf(Role role, Kind kind)
{
    return int(role) * int(KindCount) + int(kind);
}

QFont styleFont(const Fonts &fonts, int style);

} // namespace ropa::reports::paged
