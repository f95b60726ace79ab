// Inks the paged record's pages; see inker.h.

#include "inker.h"

#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>

namespace ropa::reports::paged {

// Lays out the text of pages and turns it into Ink; one per thread (fonts of its own).
class Inker
{
public:
    Inker(int dpiX, int dpiY)
        : m_fonts(dpiX, dpiY)
    {
        for (int s = 0; s < StyleCount; ++s)
            m_raw[s] = QRawFont::fromFont(styleFont(m_fonts, s));
        // Where QTextLayout puts the baseline in a line of each style.
        for (int s = 0; s < StyleCount; ++s) {
            Block sample;
            sample.text = QStringLiteral("x");
            sample.role = static_cast<Role>(s / KindCount);
            sample.width = 1000;
            if (s % KindCount != Plain)
                sample.spans.push_back({0, 1, static_cast<Kind>(s % KindCount)});
            layOut(m_layout, sample, m_fonts);
            const QList<QGlyphRun> runs = m_layout.lineAt(0).glyphRuns();
            m_baseline[s] =
                runs.isEmpty() || runs.front().positions().isEmpty() ? -1 : runs.front().positions().front().y();
        }
    }

    std::vector<Ink> page(const Page &page)
    {
        std::vector<Ink> ink;
        for (const Placed &t : page.texts) {
            if (!direct(ink, t))
                add(ink, t);
        }
        return ink;
    }

private:
    // Most blocks need no layout to be drawn: left-aligned text, with the line breaks found
    // when it was measured. Its glyphs are the font's for each character, one after the other
    // by their advances, as QTextLayout places them without shaping (a check run over every
    // block of the 1,000-activity record found no glyph placed otherwise). False (nothing
    // added) for any other block, or a character the font lacks, a TAB, a character outside
    // the Basic Multilingual Plane, a line with fonts of different baselines.
    bool direct(std::vector<Ink> &ink, const Placed &t)
    {
        const Block &b = *t.block;
        if (b.align != Qt::AlignLeft || b.starts.size() != b.bottoms.size())
            return false;
        for (const QChar c : b.text) {
            if (c == u'\t' || c.isSurrogate())
                return false;
        }
        const QPointF origin = t.at - QPointF(0, b.top(t.first));
        const auto lineCount = static_cast<int>(b.starts.size());
        const auto textSize = static_cast<int>(b.text.size());
        m_direct.clear();
        size_t span = 0;
        for (int i = t.first; i < t.last && i < lineCount; ++i) {
            int pos = b.starts[static_cast<size_t>(i)];
            int end = std::min(textSize, i + 1 < lineCount ? b.starts[static_cast<size_t>(i + 1)] : textSize);
            while (end > pos && (b.text.at(end - 1) == u' ' || b.text.at(end - 1) == QChar::LineSeparator ||
                                 !b.text.at(end - 1).isPrint()))
                --end; // QTextLayout does not draw the spaces where a line breaks
            qreal y = -1;
            qreal x = origin.x();
            while (pos < end) {
                int next = end;
                const Kind kind = kindAt(b, span, pos, &next);
                const int style = styleOf(b.role, kind);
                const QRawFont &font = m_raw[style];
                const qreal baseline = std::round(origin.y() + b.top(i) + m_baseline[style]);
                if (m_baseline[style] < 0 || (y >= 0 && baseline != y))
                    return false;
                y = baseline;
                const int n = next - pos;
                m_glyphs.resize(n);
                m_advances.resize(n);
                int glyphCount = n;
                const QChar *chars = b.text.constData() + pos;
                if (!font.glyphIndexesForChars(chars, n, m_glyphs.data(), &glyphCount) || glyphCount != n ||
                    !font.advancesForGlyphIndexes(m_glyphs.data(), m_advances.data(), n, QRawFont::UseDesignMetrics))
                    return false;
                if (m_direct.empty() || m_direct.back().style != style)
                    m_direct.push_back({style, {}, {}, nullptr});
                Ink &out = m_direct.back();
                for (int c = 0; c < n; ++c) {
                    if (!chars[c].isPrint() || chars[c] == QChar::LineSeparator ||
                        chars[c] == QChar::ParagraphSeparator)
                        continue; // not drawn (zero-width spaces among them)
                    if (m_glyphs[c] == 0)
                        return false;
                    out.glyphs.append(m_glyphs[c]);
                    out.positions.append(QPointF(std::round(x), y));
                    x += m_advances[c].x();
                }
                pos = next;
            }
        }
        for (Ink &piece : m_direct) {
            if (!ink.empty() && ink.back().style == piece.style && !ink.back().placed) {
                ink.back().glyphs.append(piece.glyphs);
                ink.back().positions.append(piece.positions);
            } else {
                ink.push_back(std::move(piece));
            }
        }
        return true;
    }

    void add(std::vector<Ink> &ink, const Placed &t)
    {
        const Block &b = *t.block;
        layOut(m_layout, b, m_fonts);
        const QPointF origin = t.at - QPointF(0, b.top(t.first));
        m_runs.clear();
        size_t span = 0;
        for (int i = t.first; i < t.last && i < m_layout.lineCount(); ++i) {
            const QTextLine line = m_layout.lineAt(i);
            int pos = line.textStart();
            const int end = pos + line.textLength();
            while (pos < end) {
                int next = end;
                const Kind kind = kindAt(b, span, pos, &next);
                const int style = styleOf(b.role, kind);
                for (const QGlyphRun &run : line.glyphRuns(pos, next - pos)) {
                    if (run.rawFont() != m_raw[style]) {
                        ink.push_back({-1, {}, {}, &t});
                        return;
                    }
                    m_runs.push_back({style, run});
                }
                pos = next;
            }
        }
        for (const auto &[style, run] : m_runs) {
            if (ink.empty() || ink.back().style != style)
                ink.push_back({style, {}, {}, nullptr});
            Ink &out = ink.back();
            out.glyphs.append(run.glyphIndexes());
            const QList<QPointF> positions = run.positions();
            for (const QPointF &p : positions)
                out.positions.append(QPointF(std::round(origin.x() + p.x()), std::round(origin.y() + p.y())));
        }
    }

    Fonts m_fonts;
    QRawFont m_raw[StyleCount];
    qreal m_baseline[StyleCount];
    QTextLayout m_layout;
    std::vector<std::pair<int, QGlyphRun>> m_runs;
    std::vector<Ink> m_direct;
    std::vector<quint32> m_glyphs;
    std::vector<QPointF> m_advances;
};

InkPipeline::InkPipeline(const std::vector<Page> &pages, int first, int last, int dpiX, int dpiY, int helpers)
    : m_pages(pages)
    , m_ready(pages.size())
    , m_last(static_cast<size_t>(last))
    , m_dpiX(dpiX)
    , m_dpiY(dpiY)
    , m_next(static_cast<size_t>(first))
    , m_taken(static_cast<size_t>(first))
{
    if (helpers <= 0)
        m_inline = std::make_unique<Inker>(dpiX, dpiY);
    for (int t = 0; t < helpers; ++t) {
        m_threads.emplace_back(QThread::create([this] { work(); }));
        m_threads.back()->start();
    }
}

InkPipeline::~InkPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (const auto &thread : m_threads)
        thread->wait();
}

std::vector<Ink> InkPipeline::take(size_t p)
{
    if (m_inline)
        return m_inline->page(m_pages[p]);
    std::vector<Ink> ink;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_ready[p].has_value(); });
        ink = std::move(*m_ready[p]);
        m_ready[p].reset();
        m_taken = p + 1;
    }
    m_changed.notify_all();
    return ink;
}

void InkPipeline::work()
{
    Inker inker(m_dpiX, m_dpiY);
    for (size_t p = m_next.fetch_add(1); p < m_last; p = m_next.fetch_add(1)) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || p < m_taken + window; });
            if (m_stop)
                return;
        }
        std::vector<Ink> ink = inker.page(m_pages[p]);
        {
            const std::lock_guard lock(m_mutex);
            m_ready[p] = std::move(ink);
        }
        m_changed.notify_all();
    }
}

} // namespace ropa::reports::paged
