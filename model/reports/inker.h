#pragma once

// Turns the text of the paged record's pages into glyphs to draw (Ink), ahead of the drawing,
// on threads of their own.

#include "pager.h"

#include <QList>
#include <QPointF>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ropa::reports::paged {

// What is drawn of a page's text, in order: the glyphs of consecutive lines in one style,
// positioned in whole device pixels, or (placed != nullptr) a block whose text needed another
// font (a script DejaVu Sans lacks), drawn line by line from its layout.
//
// Why glyphs and whole pixels: Qt's PDF engine writes each glyph with its own "dx dy Td"
// and compresses every page; with the fractional positions of the layout each glyph took 28
// bytes of the page's stream ("18.4062500 0 Td <000F> Tj"), in whole pixels (1/300 inch, less
// than a tenth of a millimetre) 18. Fewer bytes to write and to compress, and the glyphs of a
// run of lines go out as one text object instead of one per line.
struct Ink
{
    int style = -1;
    QList<quint32> glyphs;
    QList<QPointF> positions;
    const Placed *placed = nullptr;
};

class Inker;

// Inks pages ahead of the drawing on threads of their own, at most window pages ahead (the
// glyphs of every page at once would take gigabytes for 10,000 activities). With no helper
// threads, the drawing thread inks each page itself.
class InkPipeline
{
public:
    // Pages [first, last) of pages.
    InkPipeline(const std::vector<Page> &pages, int first, int last, int dpiX, int dpiY, int helpers);
    ~InkPipeline();
    InkPipeline(const InkPipeline &) = delete;
    InkPipeline &operator=(const InkPipeline &) = delete;

    // The ink of page p; pages are taken in order.
    std::vector<Ink> take(size_t p);

private:
    static constexpr size_t window = 24;

    void work();

    const std::vector<Page> &m_pages;
    std::vector<std::optional<std::vector<Ink>>> m_ready;
    size_t m_last;
    int m_dpiX;
    int m_dpiY;
    std::unique_ptr<Inker> m_inline;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::atomic<size_t> m_next;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_taken;
    bool m_stop = false;
};

} // namespace ropa::reports::paged
