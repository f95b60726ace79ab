// Puts blocks on pages; see pager.h.

#include "pager.h"

#include <algorithm>

namespace ropa::reports::paged {

namespace {

// A row up to this share of a page's body is never broken across pages.
constexpr float WholeRow = 0.2f;

} // namespace

void Pager::newPage()
{
    pages.emplace_back();
    m_y = m_top;
}
void Pager::keep(float height)
{
    if (pages.empty() || (height > room() && m_y > m_top))
        newPage();
}
void Pager::place(const Block &block, int first, int last, float x, float y)
{
    if (last > first)
        pages.back().texts.push_back({&block, first, last, QPointF(x, y)});
}
void Pager::flow(const Block &block, float x, float gapAfter)
{
    if (pages.empty())
        newPage();
    int line = 0;
    while (line < block.lineCount()) {
        int last = line;
        while (last < block.lineCount() && block.bottom(last) - block.top(line) <= room())
            ++last;
        if (last == line) {
            if (m_y > m_top) {
                newPage();
                continue;
            }
            last = line + 1; // a line taller than a page: drawn cut rather than lost
        }
        place(block, line, last, x, m_y);
        m_y += block.bottom(last - 1) - block.top(line);
        line = last;
        if (line < block.lineCount())
            newPage();
    }
    skip(gapAfter);
}
void Pager::flowRow(const std::vector<std::pair<const Block *, float>> &cells, float gapAfter)
{
    float h = 0;
    for (const auto &[block, x] : cells)
        h = std::max(h, block->height());
    if (h <= pageHeight())
        keep(h);
    std::vector<int> from(cells.size(), 0);
    for (;;) {
        float used = 0;
        bool done = true;
        for (size_t c = 0; c < cells.size(); ++c) {
            const auto &[block, x] = cells[c];
            int last = from[c];
            while (last < block->lineCount() && block->bottom(last) - block->top(from[c]) <= room())
                ++last;
            if (last == from[c] && last < block->lineCount() && m_y <= m_top)
                last = from[c] + 1; // a line taller than a page: drawn cut rather than lost
            if (last > from[c]) {
                place(*block, from[c], last, x, m_y);
                used = std::max(used, block->bottom(last - 1) - block->top(from[c]));
            }
            from[c] = last;
            done = done && last >= block->lineCount();
        }
        m_y += used;
        if (done)
            break;
        newPage();
    }
    skip(gapAfter);
}

void Pager::table(const TableBlocks &t)
{
    float headerHeight = 0;
    for (const Block &b : t.header)
        headerHeight = std::max(headerHeight, b.height());
    headerHeight += 2 * m_padY;
    const auto rowHeight = [this](const std::vector<Block> &row) {
        float h = 0;
        for (const Block &b : row)
            h = std::max(h, b.height());
        return h + 2 * m_padY;
    };
    // The header row and the first row (or a few lines of it) stay together.
    const float first = t.rows.empty() ? 0 : std::min(rowHeight(t.rows.front()), 2 * m_padY + 3 * m_line);
    keep(headerHeight + first);
    header(t, headerHeight);
    for (const std::vector<Block> &row : t.rows) {
        const float h = rowHeight(row);
        const bool fresh = m_y <= m_top + headerHeight + 0.5f;
        if (h > room() && !fresh) {
            // A short row goes whole onto the next page; a longer one starts here and breaks
            // between lines when a few of them fit (a long row moved whole left most of a page
            // empty: a record of one activity took eight pages).
            if (h <= pageHeight() * WholeRow || room() < 2 * m_padY + 3 * m_line) {
                newPage();
                header(t, headerHeight);
            }
        }
        if (h <= room()) {
            pages.back().rows.push_back({&t, m_y, m_y + h, false});
            for (size_t c = 0; c < row.size(); ++c)
                place(row[c], 0, row[c].lineCount(), t.edges[c] + m_padX, m_y + m_padY);
            m_y += h;
            continue;
        }
        split(t, row, headerHeight);
    }
}

void Pager::header(const TableBlocks &t, float height)
{
    pages.back().rows.push_back({&t, m_y, m_y + height, true});
    for (size_t c = 0; c < t.header.size(); ++c)
        place(t.header[c], 0, t.header[c].lineCount(), t.edges[c] + m_padX, m_y + m_padY);
    m_y += height;
}

// A row taller than the room left: each cell's lines as far as they fit, the rest on the
// next page below the repeated header row.
void Pager::split(const TableBlocks &t, const std::vector<Block> &row, float headerHeight)
{
    std::vector<int> from(row.size(), 0);
    std::vector<int> to(row.size(), 0);
    const auto done = [&] {
        for (size_t c = 0; c < row.size(); ++c) {
            if (from[c] < row[c].lineCount())
                return false;
        }
        return true;
    };
    while (!done()) {
        const float avail = room() - 2 * m_padY;
        bool progress = false;
        float h = 0;
        for (size_t c = 0; c < row.size(); ++c) {
            int last = from[c];
            while (last < row[c].lineCount() && row[c].bottom(last) - row[c].top(from[c]) <= avail)
                ++last;
            to[c] = last;
            progress = progress || last > from[c];
        }
        if (!progress) {
            if (m_y > m_top + headerHeight + 0.5f) {
                newPage();
                header(t, headerHeight);
                continue;
            }
            for (size_t c = 0; c < row.size(); ++c) // a line taller than a page: drawn cut
                to[c] = std::min(row[c].lineCount(), from[c] + 1);
        }
        for (size_t c = 0; c < row.size(); ++c) {
            if (to[c] > from[c])
                h = std::max(h, row[c].bottom(to[c] - 1) - row[c].top(from[c]));
        }
        pages.back().rows.push_back({&t, m_y, m_y + h + 2 * m_padY, false});
        for (size_t c = 0; c < row.size(); ++c)
            place(row[c], from[c], to[c], t.edges[c] + m_padX, m_y + m_padY);
        m_y += h + 2 * m_padY;
        from = to;
        if (!done()) {
            newPage();
            header(t, headerHeight);
        }
    }
}

} // namespace ropa::reports::paged
