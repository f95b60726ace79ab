#pragma once

// Puts the paged record's measured blocks on pages, top to bottom: text that flows line by
// line onto the next page, rows of blocks side by side (the contents), and tables whose rows
// break between lines across pages, the header row repeated on each page a table continues on.

#include "pagedblocks.h"
#include "writers.h"

#include <QPointF>
#include <QRectF>

#include <utility>
#include <vector>

namespace ropa::reports::paged {

// A table laid out: column edges, the header row and the cells.
struct TableBlocks
{
    const Table *table = nullptr;
    std::vector<float> edges; // x of each column's left edge, then the table's right edge
    std::vector<Block> header;
    std::vector<std::vector<Block>> rows;
};

struct Placed
{
    const Block *block;
    int first; // lines [first, last)
    int last;
    QPointF at; // where the top of line first goes
};

struct RowBox
{
    const TableBlocks *table;
    float top;
    float bottom;
    bool header;
};

struct FigureBox
{
    const Figure *figure;
    QRectF rect;
};

struct Page
{
    std::vector<Placed> texts;
    std::vector<RowBox> rows;
    std::vector<FigureBox> figures;
};

class Pager
{
public:
    // top, bottom: the body of a page; padX, padY: a table cell's padding; line: the height of
    // a line of body text.
    Pager(float top, float bottom, float padX, float padY, float line)
        : m_top(top)
        , m_bottom(bottom)
        , m_padX(padX)
        , m_padY(padY)
        , m_line(line)
    {
    }

    std::vector<Page> pages;

    int pageCount() const { return static_cast<int>(pages.size()); }
    float y() const { return m_y; }
    float room() const { return m_bottom - m_y; }
    float pageHeight() const { return m_bottom - m_top; }
    void skip(float dy) { m_y = std::min(m_bottom, m_y + dy); }

    void newPage();
    // A new page unless height fits on this one (or this one is still empty).
    void keep(float height);
    // Lines [first, last) of a block with the top of the first at (x, y) of this page.
    void place(const Block &block, int first, int last, float x, float y);
    // A block line by line, continuing on new pages.
    void flow(const Block &block, float x, float gapAfter = 0);
    // Several blocks side by side on one line of a list (contents, cover facts): onto the
    // next page when they do not fit; taller than a page (a 30,000-character organisation
    // name), split between lines.
    void flowRow(const std::vector<std::pair<const Block *, float>> &cells, float gapAfter);
    void table(const TableBlocks &t);

private:
    void header(const TableBlocks &t, float height);
    void split(const TableBlocks &t, const std::vector<Block> &row, float headerHeight);

    float m_top;
    float m_bottom;
    float m_padX;
    float m_padY;
    float m_line;
    float m_y = 0;
};

} // namespace ropa::reports::paged
