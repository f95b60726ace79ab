// The record on pages (PDF, printer), laid out by hand, and as ODT (through a SafeTextDocument).
//
// Pages are made in three steps:
//   1. Every piece of text (a table cell, a heading, a paragraph) becomes a Block: plain text,
//      its character formats and its width. Each block is laid out with QTextLayout and only
//      the bottom of each of its lines is kept. This is pure computation and runs on several
//      threads, each with fonts of its own.
//   2. The blocks are put on pages (one thread, cheap): each section starts a page, a table row
//      goes whole onto the page where it fits or to the next, a row taller than a page is split
//      between lines, and a table's header row is repeated on each page it continues on. Now
//      the number of pages, and the page of each section for the contents, are known.
//   3. The pages are drawn in order: each block laid out again (keeping every shaped line of a
//      3,000-page record would take gigabytes), on other threads a few dozen pages ahead (Ink),
//      and its glyphs on the page drawn. Each page but the cover has a header (organisation,
//      record, date) and a footer ("Page X of N").
//   4. A PDF of many pages is drawn in parts, each range of pages by a QPdfWriter of its own
//      on its own thread (Qt's PDF engine compresses each page on the thread that draws it),
//      and the parts' files are joined into one (joinPdfs).
//
// Text only ever goes into a QTextLayout as plain text: nothing in a field is markup, nothing
// is loaded. Cells over 32,767 characters are cut with a marker, as in the XLSX.

#include "odtpages.h"
#include "safetextdocument.h"
#include "writers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

QFont bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(7.5);
    return f;
}

bool haveGui(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    *error = Record::tr("laying out text needs a QGuiApplication");
    return false;
}

// The right side of each page's header: the record and its date.
QString pageHeaderRight(const Report &report)
{
    return QStringLiteral("%1 \u2014 %2").arg(report.type == RecordType::Controller
                                                  ? Record::tr("Record of processing activities, Art. 30(1)")
                                                  : Record::tr("Record of processing activities, Art. 30(2)"),
                                              recordDate(report.date));
}

// A paint device that only answers its resolution: fonts are resolved for the target's
// resolution on any thread without touching the target.
class ResolutionDevice final : public QPaintDevice
{
public:
    ResolutionDevice(int dpiX, int dpiY) : m_dpiX(dpiX), m_dpiY(dpiY) {}
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmDpiX:
        case PdmPhysicalDpiX: return m_dpiX;
        case PdmDpiY:
        case PdmPhysicalDpiY: return m_dpiY;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return static_cast<int>(devicePixelRatioFScale());
        case PdmDepth: return 32;
        default: return 1000;
        }
    }

private:
    int m_dpiX;
    int m_dpiY;
};

enum Role : quint8 { Body, Bold, Small, Title, Heading, Subheading, RoleCount };

// The fonts of one thread (QFont's font engines are cached per thread).
struct Fonts
{
    QFont font[RoleCount];

    Fonts(int dpiX, int dpiY)
    {
        const ResolutionDevice device(dpiX, dpiY);
        const auto make = [&device](qreal points, bool bold) {
            QFont f = bodyFont();
            f.setPointSizeF(points);
            f.setBold(bold);
            // Latin text needs no shaping (HarfBuzz): a third of the time, for kerning only.
            f.setStyleStrategy(QFont::PreferNoShaping);
            return QFont(f, &device);
        };
        font[Body] = make(7.5, false);
        font[Bold] = make(7.5, true);
        font[Small] = make(7, false);
        font[Title] = make(20, true);
        font[Heading] = make(13, true);
        font[Subheading] = make(9.5, true);
    }
};

// How a span of a block's text differs from the block's font: "not stated" (red italics), a
// table's note (grey italics), the Art. 30 item under a column title (smaller, blue-grey).
enum Kind : quint8 { Plain, Missing, Note, Item, KindCount };

QTextCharFormat kindFormat(Kind kind)
{
    QTextCharFormat f;
    switch (kind) {
    case Plain:
        break;
    case Missing:
        f.setFontItalic(true);
        f.setForeground(QColor(0xb0, 0x00, 0x20));
        break;
    case Note:
        f.setFontItalic(true);
        f.setForeground(QColor(0x44, 0x44, 0x44));
        break;
    case Item:
        f.setFontWeight(QFont::Normal);
        f.setFontPointSize(6.5);
        f.setForeground(QColor(0x33, 0x44, 0x55));
        break;
    case KindCount:
        break;
    }
    return f;
}

QColor inkColor()
{
    return {0x11, 0x11, 0x11};
}

QColor kindColor(Kind kind)
{
    return kind == Plain ? inkColor() : kindFormat(kind).foreground().color();
}

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

void layOut(QTextLayout &layout, const Block &block, const Fonts &fonts)
{
    layout.setText(block.text);
    layout.setFont(fonts.font[block.role]);
    QList<QTextLayout::FormatRange> formats;
    formats.reserve(static_cast<qsizetype>(block.spans.size()));
    for (const Span &span : block.spans)
        formats.append({span.start, span.length, kindFormat(span.kind)});
    layout.setFormats(formats);
    QTextOption option(block.align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(block.width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

void measure(Block &block, const Fonts &fonts)
{
    QTextLayout layout;
    layOut(layout, block, fonts);
    block.bottoms.resize(static_cast<size_t>(layout.lineCount()));
    block.starts.resize(static_cast<size_t>(layout.lineCount()));
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        block.bottoms[static_cast<size_t>(i)] = static_cast<float>(line.y() + line.height());
        block.starts[static_cast<size_t>(i)] = line.textStart();
    }
}

// Blocks that would lay out alike: the same text, role, alignment, width and spans.
struct SameLayout
{
    size_t operator()(const Block *b) const
    {
        size_t h = qHash(b->text);
        h = h * 31 + std::hash<float>()(b->width);
        h = h * 31 + static_cast<size_t>(b->role) * 7 + static_cast<size_t>(b->align);
        return h * 31 + b->spans.size();
    }
    bool operator()(const Block *a, const Block *b) const
    {
        if (a->text != b->text || a->width != b->width || a->role != b->role || a->align != b->align || a->spans.size() != b->spans.size())
            return false;
        for (size_t i = 0; i < a->spans.size(); ++i) {
            if (a->spans[i].start != b->spans[i].start || a->spans[i].length != b->spans[i].length || a->spans[i].kind != b->spans[i].kind)
                return false;
        }
        return true;
    }
};

void measureEach(const std::vector<Block *> &blocks, int dpiX, int dpiY, int threads);

// Lays out every block, on threads threads (the calling one included). A block like one
// already seen ("not stated", a country, a heading repeated on every page: four in five
// blocks of the 1,000-activity record, two fifths of its text) takes that one's lines.
void measureAll(const std::vector<Block *> &blocks, int dpiX, int dpiY, int threads)
{
    std::unordered_map<const Block *, Block *, SameLayout, SameLayout> first;
    first.reserve(blocks.size());
    std::vector<Block *> unique;
    std::vector<std::pair<Block *, const Block *>> copies;
    for (Block *b : blocks) {
        const auto [at, added] = first.emplace(b, b);
        if (added)
            unique.push_back(b);
        else
            copies.emplace_back(b, at->second);
    }
    measureEach(unique, dpiX, dpiY, threads);
    for (const auto &[copy, original] : copies) {
        copy->bottoms = original->bottoms;
        copy->starts = original->starts;
    }
}

void measureEach(const std::vector<Block *> &blocks, int dpiX, int dpiY, int threads)
{
    constexpr size_t batch = 64;
    std::atomic<size_t> next{0};
    const auto work = [&] {
        const Fonts fonts(dpiX, dpiY);
        for (size_t start = next.fetch_add(batch); start < blocks.size(); start = next.fetch_add(batch)) {
            const size_t end = std::min(blocks.size(), start + batch);
            for (size_t i = start; i < end; ++i)
                measure(*blocks[i], fonts);
        }
    };
    threads = std::clamp(threads, 1, 16);
    if (blocks.size() < 4 * batch)
        threads = 1;
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back(QThread::create(work));
        helpers.back()->start();
    }
    work();
    for (const auto &helper : helpers)
        helper->wait();
}

// QTextLayout breaks a word wider than the line "anywhere" by scanning it again for every
// line: a 30,000-character name took minutes. A zero-width space (U+200B, not drawn) every
// 60 characters of such a run gives it break opportunities; the text stays the same.
QString softBreaks(const QString &text)
{
    constexpr int run = 60;
    if (text.size() <= run)
        return text;
    QString out;
    int since = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        since = c.isSpace() ? 0 : since + 1;
        out += c;
        if (since >= run && !c.isHighSurrogate()) {
            out += QChar(char16_t(0x200b));
            since = 0;
        }
    }
    return out;
}

// The kind of text at pos of a block (span: the index of the first span that may still
// apply, moved forward as pos grows) and, in *next (at most end on entry), where it ends.
Kind kindAt(const Block &b, size_t &span, int pos, int *next)
{
    while (span < b.spans.size() && b.spans[span].start + b.spans[span].length <= pos)
        ++span;
    if (span == b.spans.size())
        return Plain;
    const Span &sp = b.spans[span];
    if (sp.start > pos) {
        *next = std::min(*next, sp.start);
        return Plain;
    }
    *next = std::min(*next, sp.start + sp.length);
    return sp.kind;
}

// A table's cell as a block: lines separated by U+2028, each with a bullet when there are
// several; "not stated" (whole or inside a line) in red italics.
Block cellBlock(const Cell &cell, const QString &notStated, float width)
{
    Block b;
    b.width = width;
    if (cell.notStated) {
        b.text = notStated;
        b.spans.push_back({0, static_cast<int>(notStated.size()), Missing});
        return b;
    }
    if (cell.lines.size() == 1) {
        b.text = cell.lines.front();
    } else {
        QString text;
        for (qsizetype i = 0; i < cell.lines.size(); ++i) {
            if (i > 0)
                text += QChar(QChar::LineSeparator);
            text += QStringLiteral("\u2022 ") + cell.lines.at(i);
        }
        b.text = text;
    }
    b.text = softBreaks(cutCellText(b.text));
    if (!notStated.isEmpty()) {
        for (qsizetype at = b.text.indexOf(notStated); at >= 0; at = b.text.indexOf(notStated, at + notStated.size()))
            b.spans.push_back({static_cast<int>(at), static_cast<int>(notStated.size()), Missing});
    }
    return b;
}

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

// A style: a role's font with a kind's format (the font QTextLayout uses for such a span) and
// its colour.
constexpr int StyleCount = int(RoleCount) * int(KindCount);

int styleOf(Role role, Kind kind)
{
    return int(role) * int(KindCount) + int(kind);
}

QFont styleFont(const Fonts &fonts, int style)
{
    const auto role = static_cast<Role>(style / KindCount);
    const auto kind = static_cast<Kind>(style % KindCount);
    return kind == Plain ? fonts.font[role] : kindFormat(kind).font().resolve(fonts.font[role]);
}

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

// Lays out the text of pages and turns it into Ink; one per thread (fonts of its own).
class Inker
{
public:
    Inker(int dpiX, int dpiY) : m_fonts(dpiX, dpiY)
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
            m_baseline[s] = runs.isEmpty() || runs.front().positions().isEmpty() ? -1 : runs.front().positions().front().y();
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
            while (end > pos && (b.text.at(end - 1) == u' ' || b.text.at(end - 1) == QChar::LineSeparator || !b.text.at(end - 1).isPrint()))
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
                if (!font.glyphIndexesForChars(chars, n, m_glyphs.data(), &glyphCount) || glyphCount != n
                    || !font.advancesForGlyphIndexes(m_glyphs.data(), m_advances.data(), n, QRawFont::UseDesignMetrics))
                    return false;
                if (m_direct.empty() || m_direct.back().style != style)
                    m_direct.push_back({style, {}, {}, nullptr});
                Ink &out = m_direct.back();
                for (int c = 0; c < n; ++c) {
                    if (!chars[c].isPrint() || chars[c] == QChar::LineSeparator || chars[c] == QChar::ParagraphSeparator)
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

// Inks pages ahead of the drawing on threads of their own, at most window pages ahead (the
// glyphs of every page at once would take gigabytes for 10,000 activities). With no helper
// threads, the drawing thread inks each page itself.
class InkPipeline
{
public:
    // Pages [first, last) of pages.
    InkPipeline(const std::vector<Page> &pages, int first, int last, int dpiX, int dpiY, int helpers)
        : m_pages(pages), m_ready(pages.size()), m_last(static_cast<size_t>(last)), m_dpiX(dpiX), m_dpiY(dpiY),
          m_next(static_cast<size_t>(first)), m_taken(static_cast<size_t>(first))
    {
        if (helpers <= 0)
            m_inline = std::make_unique<Inker>(dpiX, dpiY);
        for (int t = 0; t < helpers; ++t) {
            m_threads.emplace_back(QThread::create([this] { work(); }));
            m_threads.back()->start();
        }
    }
    ~InkPipeline()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (const auto &thread : m_threads)
            thread->wait();
    }
    InkPipeline(const InkPipeline &) = delete;
    InkPipeline &operator=(const InkPipeline &) = delete;

    // The ink of page p; pages are taken in order.
    std::vector<Ink> take(size_t p)
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

private:
    static constexpr size_t window = 24;

    void work()
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

// A record laid out on pages (steps 1 and 2), ready to be drawn by any thread.
struct Laid
{
    std::deque<Block> blocks;
    std::deque<TableBlocks> tables;
    std::vector<Page> pages;
    int dpiX = 0;
    int dpiY = 0;
    int threads = 1;
    float width = 0;
    float bodyHeight = 0;
    float headerHeight = 0;
    float footerHeight = 0;
    float gridWidth = 0;
    float ruleWidth = 0;
    QString headerLeft;
    QString headerRight;
    QString pageText;
};

// Puts blocks on pages, top to bottom.
class Pager
{
public:
    // line: the height of a line of body text.
    Pager(float top, float bottom, float padX, float padY, float line)
        : m_top(top), m_bottom(bottom), m_padX(padX), m_padY(padY), m_line(line)
    {
    }

    std::vector<Page> pages;

    int pageCount() const { return static_cast<int>(pages.size()); }
    float y() const { return m_y; }
    float room() const { return m_bottom - m_y; }
    float pageHeight() const { return m_bottom - m_top; }
    void skip(float dy) { m_y = std::min(m_bottom, m_y + dy); }

    void newPage()
    {
        pages.emplace_back();
        m_y = m_top;
    }
    // A new page unless height fits on this one (or this one is still empty).
    void keep(float height)
    {
        if (pages.empty() || (height > room() && m_y > m_top))
            newPage();
    }
    void place(const Block &block, int first, int last, float x, float y)
    {
        if (last > first)
            pages.back().texts.push_back({&block, first, last, QPointF(x, y)});
    }
    // A block line by line, continuing on new pages.
    void flow(const Block &block, float x, float gapAfter = 0)
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
    // Several blocks side by side on one line of a list (contents, cover facts): onto the
    // next page when they do not fit; taller than a page (a 30,000-character organisation
    // name), split between lines.
    void flowRow(const std::vector<std::pair<const Block *, float>> &cells, float gapAfter)
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

    void table(const TableBlocks &t)
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
                // Whole onto the next page when it fits there; a row taller than a page starts
                // here, unless little room is left.
                if (h <= pageHeight() - headerHeight || room() < pageHeight() * 0.15f) {
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

private:
    void header(const TableBlocks &t, float height)
    {
        pages.back().rows.push_back({&t, m_y, m_y + height, true});
        for (size_t c = 0; c < t.header.size(); ++c)
            place(t.header[c], 0, t.header[c].lineCount(), t.edges[c] + m_padX, m_y + m_padY);
        m_y += height;
    }

    // A row taller than the room left: each cell's lines as far as they fit, the rest on the
    // next page below the repeated header row.
    void split(const TableBlocks &t, const std::vector<Block> &row, float headerHeight)
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

    float m_top;
    float m_bottom;
    float m_padX;
    float m_padY;
    float m_line;
    float m_y = 0;
};

QString appendixTitle(qsizetype index, const QString &title)
{
    const QString number = index < 26 ? QString(QChar(u'A' + static_cast<char16_t>(index))) : QString::number(index + 1);
    return Record::tr("Appendix %1: %2").arg(number, title);
}

} // namespace

// How much text each column holds: its characters over all rows, a line counting at least 12
// (a short line still takes a line of the row's height).
// Also the longest words of each column (runs without a space or hyphen), which the column
// should not break in the middle: the few longest by characters, distinct, since the widest
// is not always the longest ("Communication" is wider than "Identification").
constexpr size_t WordCandidates = 8;

// A word of a cell; the first word of a line with a bullet ("• Bookkeeping") stays with it.
struct CellWord
{
    QStringView text;
    bool bulleted = false;
    qsizetype size() const { return text.size() + (bulleted ? 2 : 0); }
    bool operator==(const CellWord &o) const { return bulleted == o.bulleted && text == o.text; }
};

static std::vector<double> columnVolumes(const Table &t, std::vector<std::vector<CellWord>> *longestWords)
{
    const size_t n = static_cast<size_t>(t.columns.size());
    std::vector<double> volume(n, 0.0);
    longestWords->assign(n, {});
    // Keeps the WordCandidates longest distinct words, longest first.
    const auto consider = [](std::vector<CellWord> &words, const CellWord &word) {
        if (word.text.isEmpty() || (words.size() == WordCandidates && word.size() <= words.back().size()))
            return;
        auto at = words.begin();
        while (at != words.end() && at->size() >= word.size()) {
            if (*at == word)
                return;
            ++at;
        }
        words.insert(at, word);
        if (words.size() > WordCandidates)
            words.pop_back();
    };
    for (const QList<Cell> &row : t.rows) {
        for (qsizetype c = 0; c < row.size() && c < t.columns.size(); ++c) {
            const Cell &cell = row.at(c);
            double chars = cell.notStated ? 12.0 : 0.0;
            std::vector<CellWord> &longest = (*longestWords)[static_cast<size_t>(c)];
            const bool bullets = cell.lines.size() > 1; // as cellBlock() draws them
            for (const QString &line : cell.lines) {
                chars += std::max<qsizetype>(12, line.size());
                qsizetype start = 0;
                for (qsizetype i = 0; i <= line.size(); ++i) {
                    if (i == line.size() || line.at(i) == u' ' || line.at(i) == u'-') {
                        consider(longest, {QStringView(line).mid(start, i - start), bullets && start == 0});
                        start = i + 1;
                    }
                }
            }
            volume[static_cast<size_t>(c)] += chars;
        }
    }
    return volume;
}

// The columns' widths: in proportion to a weight, but each at least as wide as the longest word
// of its title (a narrow "Completeness" column would break the word). The weight is half the
// column's width hint and half its share of the table's text: a row is as tall as its fullest
// cell, so a column that holds much text (the transfers of a record) gets the room that a column
// of short values (a date, a percentage) does not need; and, as far as 99 % of the table allows
// (the shortest first), as wide as the widest word of its cells (up to a tenth of the table).
// Fewer, shorter rows: the 1,000-activity record took 2,938 pages with the hints alone. Whole
// words before fewer pages: with 90 % for the words, the record's lawful basis column broke
// "Contract" and "national" (2,646 pages); with 99 % none is broken (2,887 pages).
std::vector<float> columnWidths(const Table &t, float width, const QFont &headerFont, float padX)
{
    const size_t n = static_cast<size_t>(t.columns.size());
    std::vector<float> hint(n), minimum(n), widths(n);
    const QFontMetricsF metrics(headerFont);
    std::vector<std::vector<CellWord>> longestWords;
    const std::vector<double> volume = columnVolumes(t, &longestWords);
    double hintSum = 0, volumeSum = 0;
    for (size_t c = 0; c < n; ++c) {
        hintSum += std::max(1, t.columns.at(static_cast<qsizetype>(c)).width);
        volumeSum += volume[c];
    }
    float minimumSum = 0;
    std::vector<float> wordRoom(n); // the room a cell's longest word would want beyond the minimum
    for (size_t c = 0; c < n; ++c) {
        const Column &column = t.columns.at(static_cast<qsizetype>(c));
        const double hintShare = std::max(1, column.width) / hintSum;
        const double volumeShare = volumeSum > 0 ? volume[c] / volumeSum : hintShare;
        hint[c] = static_cast<float>(0.5 * hintShare + 0.5 * volumeShare);
        float word = 0;
        for (const QString &w : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, static_cast<float>(metrics.horizontalAdvance(w)));
        minimum[c] = std::min(word, width / 4) + 2 * padX + 2;
        minimumSum += minimum[c];
        // The longest word of the cells, up to a tenth of the table (a long address or URL
        // still breaks rather than squeezing every other column).
        float widest = 0;
        for (const CellWord &w : longestWords[c]) {
            const qreal bullet = w.bulleted ? metrics.horizontalAdvance(QStringLiteral("\u2022 ")) : 0;
            widest = std::max(widest, static_cast<float>(bullet + metrics.horizontalAdvance(w.text.toString())));
        }
        const float cellWord = std::min(widest, width / 10);
        wordRoom[c] = std::max(0.0f, cellWord + 2 * padX + 2 - minimum[c]);
    }
    // The cells' words get their room, the shortest first ("obligation" before an e-mail
    // address), while the minimums stay within 99 % of the table; the rest is shared by how
    // much text each column holds.
    std::vector<size_t> byRoom(n);
    for (size_t c = 0; c < n; ++c)
        byRoom[c] = c;
    std::stable_sort(byRoom.begin(), byRoom.end(), [&](size_t a, size_t b) { return wordRoom[a] < wordRoom[b]; });
    for (const size_t c : byRoom) {
        const float grant = std::min(wordRoom[c], 0.99f * width - minimumSum);
        if (grant <= 0)
            continue;
        minimum[c] += grant;
        minimumSum += grant;
    }
    if (minimumSum >= width) { // cannot be helped: in proportion to the minimums
        for (size_t c = 0; c < n; ++c)
            widths[c] = width * minimum[c] / minimumSum;
        return widths;
    }
    // Columns below their minimum get it; the others share the rest by their hints, until
    // none is below.
    std::vector<bool> fixed(n, false);
    for (size_t round = 0; round <= n; ++round) {
        float fixedWidth = 0, hints = 0;
        for (size_t c = 0; c < n; ++c) {
            if (fixed[c])
                fixedWidth += minimum[c];
            else
                hints += hint[c];
        }
        bool changed = false;
        for (size_t c = 0; c < n; ++c) {
            widths[c] = fixed[c] ? minimum[c] : (width - fixedWidth) * hint[c] / hints;
            if (!fixed[c] && widths[c] < minimum[c]) {
                fixed[c] = true;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return widths;
}


namespace {

// Steps 1 and 2: the record's blocks measured and put on pages, for a device of a resolution
// and a page size.
std::unique_ptr<Laid> layOutRecord(const Report &report, const PagedOptions &options, int dpiX, int dpiY, const QRectF &body)
{
    auto laid = std::make_unique<Laid>();
    laid->dpiX = dpiX;
    laid->dpiY = dpiY;
    const auto mm = [dpiY](qreal millimetres) { return static_cast<float>(millimetres * dpiY / 25.4); };
    const float width = static_cast<float>(body.width());
    const float headerHeight = mm(8);
    const float footerHeight = mm(7);
    const float padX = mm(0.7);
    const float padY = mm(0.45);
    laid->width = width;
    laid->bodyHeight = static_cast<float>(body.height());
    laid->headerHeight = headerHeight;
    laid->footerHeight = footerHeight;
    laid->gridWidth = mm(0.18);
    laid->ruleWidth = mm(0.15);
    const Fonts fonts(dpiX, dpiY);
    laid->headerLeft = QFontMetricsF(fonts.font[Small]).elidedText(report.organisation, Qt::ElideRight, width * 0.5);
    laid->headerRight = pageHeaderRight(report);
    laid->pageText = Record::tr("Page %1 of %2");

    // 1. Blocks. std::deque: blocks keep their address as more are added.
    std::deque<Block> &blocks = laid->blocks;
    std::deque<TableBlocks> &tables = laid->tables;
    const auto block = [&blocks](const QString &text, Role role, float w, std::vector<Span> spans = {}) -> Block & {
        Block b;
        b.text = softBreaks(text);
        b.role = role;
        b.width = w;
        b.spans = std::move(spans);
        blocks.push_back(std::move(b));
        return blocks.back();
    };

    // The cover: title and facts.
    Block &title = block(report.title, Title, width);
    const float labelWidth = mm(55);
    const float valueWidth = std::min(width - labelWidth - mm(4), mm(190));
    std::vector<std::pair<Block *, Block *>> facts;
    for (const Fact &f : report.cover)
        facts.emplace_back(&block(cutCellText(f.label), Bold, labelWidth), &block(cutCellText(f.value), Body, valueWidth));

    // The contents: a line per section and per figure of the appendix.
    struct Entry
    {
        Block *number;
        Block *title;
        Block *page;
    };
    const float numberWidth = mm(10);
    const float pageWidth = mm(16);
    const float entryWidth = std::min(width - numberWidth - pageWidth, mm(200));
    Block &contentsTitle = block(Record::tr("Contents"), Heading, width);
    std::vector<Entry> entries;
    QStringList entryTitles;
    for (const Section &s : report.sections)
        entryTitles.append(s.title);
    for (qsizetype i = 0; i < options.appendix.size(); ++i)
        entryTitles.append(appendixTitle(i, options.appendix.at(i).title));
    for (qsizetype i = 0; i < entryTitles.size(); ++i) {
        Block &page = block(QStringLiteral("0000"), Body, pageWidth);
        page.align = Qt::AlignRight;
        entries.push_back({&block(QString::number(i + 1) + QLatin1Char('.'), Body, numberWidth),
                           &block(cutCellText(entryTitles.at(i)), Body, entryWidth), &page});
    }

    // The sections.
    struct SectionBlocks
    {
        Block *title;
        std::vector<Block *> paragraphs;
        struct Part
        {
            Block *title;
            Block *note;
            Block *none;
            TableBlocks *table;
        };
        std::vector<Part> parts;
    };
    std::vector<SectionBlocks> sections;
    for (const Section &s : report.sections) {
        SectionBlocks sb{&block(cutCellText(s.title), Heading, width), {}, {}};
        for (const QString &p : s.paragraphs)
            sb.paragraphs.push_back(&block(cutCellText(p), Body, width));
        for (const Table &t : s.tables) {
            SectionBlocks::Part part{&block(cutCellText(t.title), Subheading, width), nullptr, nullptr, nullptr};
            if (!t.note.isEmpty())
                part.note = &block(cutCellText(t.note), Body, width, {{0, static_cast<int>(cutCellText(t.note).size()), Note}});
            if (t.rows.isEmpty()) {
                part.none = &block(Record::tr("None."), Body, width);
            } else {
                TableBlocks &tb = tables.emplace_back();
                tb.table = &t;
                float x = 0;
                for (const float w : columnWidths(t, width, fonts.font[Bold], padX)) {
                    tb.edges.push_back(x);
                    x += w;
                }
                tb.edges.push_back(width);
                for (qsizetype c = 0; c < t.columns.size(); ++c) {
                    const Column &col = t.columns.at(c);
                    Block h;
                    h.role = Bold;
                    h.width = tb.edges[static_cast<size_t>(c + 1)] - tb.edges[static_cast<size_t>(c)] - 2 * padX;
                    h.text = cutCellText(col.title);
                    if (!col.item.isEmpty()) {
                        const int start = static_cast<int>(h.text.size()) + 1;
                        h.text += QChar(QChar::LineSeparator) + cutCellText(col.item);
                        h.spans.push_back({start, static_cast<int>(h.text.size()) - start, Item});
                    }
                    tb.header.push_back(std::move(h));
                }
                tb.rows.reserve(static_cast<size_t>(t.rows.size()));
                for (const auto &row : t.rows) {
                    std::vector<Block> cells;
                    cells.reserve(static_cast<size_t>(row.size()));
                    for (qsizetype c = 0; c < row.size() && c < t.columns.size(); ++c) {
                        const float w = tb.edges[static_cast<size_t>(c + 1)] - tb.edges[static_cast<size_t>(c)] - 2 * padX;
                        cells.push_back(cellBlock(row.at(c), report.notStatedText, w));
                    }
                    tb.rows.push_back(std::move(cells));
                }
                part.table = &tb;
            }
            sb.parts.push_back(part);
        }
        sections.push_back(std::move(sb));
    }
    std::vector<Block *> appendixTitles;
    for (qsizetype i = 0; i < options.appendix.size(); ++i)
        appendixTitles.push_back(&block(cutCellText(appendixTitle(i, options.appendix.at(i).title)), Heading, width));

    // 1b. Measure every block, on several threads.
    std::vector<Block *> all;
    all.reserve(blocks.size());
    for (Block &b : blocks)
        all.push_back(&b);
    for (TableBlocks &t : tables) {
        for (Block &b : t.header)
            all.push_back(&b);
        for (auto &row : t.rows) {
            for (Block &b : row)
                all.push_back(&b);
        }
    }
    int threads = options.layoutThreads;
    if (threads <= 0)
        threads = std::min(4, QThread::idealThreadCount());
    laid->threads = std::clamp(threads, 1, 16);
    measureAll(all, dpiX, dpiY, laid->threads);

    // 2. Pages.
    Pager pager(headerHeight, static_cast<float>(body.height()) - footerHeight, padX, padY,
                static_cast<float>(QFontMetricsF(fonts.font[Body]).lineSpacing()));
    pager.newPage(); // the cover
    pager.skip(mm(25));
    pager.flow(title, 0, mm(8));
    for (const auto &[label, value] : facts)
        pager.flowRow({{label, 0.0f}, {value, labelWidth + mm(4)}}, mm(1.5));
    pager.newPage();
    pager.flow(contentsTitle, 0, mm(4));
    for (const Entry &e : entries)
        pager.flowRow({{e.number, 0.0f}, {e.title, numberWidth}, {e.page, numberWidth + entryWidth}}, mm(1.2));
    std::vector<int> entryPages;
    for (const SectionBlocks &s : sections) {
        pager.newPage();
        entryPages.push_back(pager.pageCount());
        pager.flow(*s.title, 0, mm(3));
        for (const Block *p : s.paragraphs)
            pager.flow(*p, 0, mm(2));
        for (const SectionBlocks::Part &part : s.parts) {
            pager.keep(part.title->height() + (part.note ? part.note->height() : 0.0f) + mm(12));
            pager.flow(*part.title, 0, mm(1));
            if (part.note)
                pager.flow(*part.note, 0, mm(1.5));
            if (part.none)
                pager.flow(*part.none, 0, mm(4));
            if (part.table) {
                pager.table(*part.table);
                pager.skip(mm(5));
            }
        }
    }
    for (qsizetype i = 0; i < options.appendix.size(); ++i) {
        pager.newPage();
        entryPages.push_back(pager.pageCount());
        const Block &t = *appendixTitles[static_cast<size_t>(i)];
        pager.flow(t, 0, mm(4));
        const Figure &figure = options.appendix.at(i);
        const QSizeF size = !figure.picture.isNull() ? QSizeF(figure.picture.boundingRect().size()) : QSizeF(figure.image.size());
        if (size.isEmpty())
            continue;
        const QSizeF fitted = size.scaled(QSizeF(width, pager.room()), Qt::KeepAspectRatio);
        pager.pages.back().figures.push_back({&figure, QRectF(QPointF((width - fitted.width()) / 2, pager.y()), fitted)});
    }
    for (size_t i = 0; i < entries.size(); ++i)
        entries[i].page->text = QString::number(entryPages[i]); // one line, as measured
    laid->pages = std::move(pager.pages);
    return laid;
}

// Step 3 on one thread: draws pages of a laid-out record with fonts of this thread.
class PageDrawer
{
public:
    explicit PageDrawer(const Laid &laid) : m_laid(laid), m_fonts(laid.dpiX, laid.dpiY)
    {
        for (int s = 0; s < StyleCount; ++s) {
            m_raw[s] = QRawFont::fromFont(styleFont(m_fonts, s));
            m_colour[s] = kindColor(static_cast<Kind>(s % KindCount));
        }
    }

    void draw(QPainter &painter, int p, const std::vector<Ink> &inks)
    {
        const Laid &l = m_laid;
        const Page &page = l.pages[static_cast<size_t>(p)];
        const QColor grey(0x44, 0x44, 0x44);
        if (p > 0) { // the cover has neither header nor footer
            painter.setFont(m_fonts.font[Small]);
            painter.setPen(grey);
            const QRectF head(0, 0, l.width, l.headerHeight * 0.6);
            painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, l.headerLeft);
            painter.drawText(head, Qt::AlignRight | Qt::AlignTop, l.headerRight);
            painter.setPen(QPen(grey, l.ruleWidth));
            painter.drawLine(QPointF(0, l.headerHeight * 0.6), QPointF(l.width, l.headerHeight * 0.6));
            painter.setPen(grey);
            const QRectF foot(0, l.bodyHeight - l.footerHeight * 0.6, l.width, l.footerHeight * 0.6);
            painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom, l.pageText.arg(p + 1).arg(l.pages.size()));
        }
        // The grid: the header rows' fill, then every rule of the page as one path: a
        // horizontal rule where rows meet, and each column's edge once over rows that follow
        // each other.
        m_lines.clear();
        for (size_t r = 0; r < page.rows.size(); ++r) {
            const RowBox &row = page.rows[r];
            const float left = row.table->edges.front();
            const float right = row.table->edges.back();
            if (row.header)
                painter.fillRect(QRectF(left, row.top, right - left, row.bottom - row.top), QColor(0xdd, 0xe4, 0xee));
            const bool joined = r > 0 && page.rows[r - 1].table == row.table && page.rows[r - 1].bottom == row.top;
            if (!joined)
                m_lines.append(QLineF(left, row.top, right, row.top));
            m_lines.append(QLineF(left, row.bottom, right, row.bottom));
            const bool continues = r + 1 < page.rows.size() && page.rows[r + 1].table == row.table && page.rows[r + 1].top == row.bottom;
            if (continues)
                continue;
            size_t first = r;
            while (first > 0 && page.rows[first - 1].table == row.table && page.rows[first - 1].bottom == page.rows[first].top)
                --first;
            for (const float x : row.table->edges)
                m_lines.append(QLineF(x, page.rows[first].top, x, row.bottom));
        }
        if (!m_lines.isEmpty()) {
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), l.gridWidth));
            painter.drawLines(m_lines);
        }
        for (const Ink &ink : inks) {
            if (ink.placed) {
                const Placed &t = *ink.placed;
                painter.setPen(inkColor());
                layOut(m_layout, *t.block, m_fonts);
                const QPointF origin = t.at - QPointF(0, t.block->top(t.first));
                for (int i = t.first; i < t.last && i < m_layout.lineCount(); ++i)
                    m_layout.lineAt(i).draw(&painter, origin);
                continue;
            }
            QGlyphRun run;
            run.setRawFont(m_raw[ink.style]);
            run.setGlyphIndexes(ink.glyphs);
            run.setPositions(ink.positions);
            painter.setPen(m_colour[ink.style]);
            painter.drawGlyphRun(QPointF(0, 0), run);
        }
        for (const FigureBox &f : page.figures) {
            if (!f.figure->picture.isNull()) {
                const QRectF source = f.figure->picture.boundingRect();
                // QPicture plays back scaled by the target's resolution over its own.
                const qreal dpi = static_cast<qreal>(f.figure->picture.logicalDpiX()) / l.dpiX;
                painter.save();
                painter.translate(f.rect.topLeft());
                painter.scale(dpi * f.rect.width() / source.width(), dpi * f.rect.height() / source.height());
                painter.translate(-source.topLeft());
                painter.drawPicture(0, 0, f.figure->picture);
                painter.restore();
            } else {
                painter.drawImage(f.rect, f.figure->image);
            }
        }
    }

private:
    const Laid &m_laid;
    Fonts m_fonts;
    QRawFont m_raw[StyleCount];
    QColor m_colour[StyleCount];
    QTextLayout m_layout;
    QList<QLineF> m_lines;
};

// Draws pages [first, last) on a device that has its first page open.
QString drawPages(const Laid &laid, QPagedPaintDevice *device, int first, int last, int helpers)
{
    QPainter painter;
    if (!painter.begin(device))
        return Record::tr("cannot start drawing the pages");
    // The text of the pages is laid out again (only the line heights were kept) on helper
    // threads while this one draws.
    InkPipeline inks(laid.pages, first, last, laid.dpiX, laid.dpiY, helpers);
    PageDrawer drawer(laid);
    for (int p = first; p < last; ++p) {
        if (p > first && !device->newPage()) {
            painter.end();
            return Record::tr("cannot start a new page");
        }
        drawer.draw(painter, p, inks.take(static_cast<size_t>(p)));
    }
    if (!painter.end())
        return Record::tr("cannot finish the pages");
    return {};
}

void setUpPdfWriter(QPdfWriter &writer, const Report &report)
{
    writer.setResolution(300);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Ropa"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
}

} // namespace

QString renderPaged(const Report &report, QPagedPaintDevice *device, const PagedOptions &options)
{
    const LanguageScope languageScope(report.language);
    QString error;
    if (!haveGui(&error))
        return error;
    const int dpiY = device->logicalDpiY();
    const std::unique_ptr<Laid> laid = layOutRecord(report, options, device->logicalDpiX(), dpiY,
                                                    device->pageLayout().paintRectPixels(dpiY));
    return drawPages(*laid, device, 0, static_cast<int>(laid->pages.size()), laid->threads - 1);
}

namespace {

// The PDF of pages [first, last), from a writer of its own.
QByteArray pdfOfPages(const Report &report, const Laid &laid, int first, int last, int helpers, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, report);
        *error = drawPages(laid, &writer, first, last, helpers);
        if (!error->isEmpty())
            return {};
    }
    return buffer.data();
}

// Joining the PDFs of consecutive ranges of pages into one file.
//
// Qt's PDF engine draws and compresses (zlib) each page on the thread that paints: one writer
// is one core, and its work is most of the time of a large record. So several writers each
// draw a range of the pages at once and their files are joined here. This reads only what
// QPdfWriter writes (objects one after the other, one cross-reference table, no object
// streams) and gives up (empty result) on anything else; the caller then draws the whole
// record with one writer.
struct PdfPart
{
    QByteArray data;
    std::vector<qint64> offsets; // of object n, or -1
    std::vector<qint64> ends;    // where object n ends
    std::vector<int> order;      // object numbers in the order of the file
    int root = 0;
    int info = 0;
    int pagesObject = 0;
    std::vector<int> kids;
    qint64 firstObject = 0;

    QByteArray object(int n) const
    {
        return data.mid(offsets[static_cast<size_t>(n)], ends[static_cast<size_t>(n)] - offsets[static_cast<size_t>(n)]);
    }
    bool valid(int n) const { return n > 0 && static_cast<size_t>(n) < offsets.size() && offsets[static_cast<size_t>(n)] >= 0; }
};

bool isPdfDelimiter(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')';
}

// Calls f(start, end, number) for each "N 0 R" in text.
template<typename F>
void forEachReference(const QByteArray &text, F f)
{
    for (qsizetype at = text.indexOf(" 0 R"); at >= 0; at = text.indexOf(" 0 R", at + 4)) {
        qsizetype start = at;
        while (start > 0 && text.at(start - 1) >= '0' && text.at(start - 1) <= '9')
            --start;
        const qsizetype end = at + 4;
        if (start == at || (start > 0 && !isPdfDelimiter(text.at(start - 1))) || (end < text.size() && !isPdfDelimiter(text.at(end))))
            continue;
        f(start, end, text.mid(start, at - start).toInt());
    }
}

// The object a key of a dictionary refers to ("/Root 2 0 R"), or 0.
int referenceAfter(const QByteArray &text, const char *key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return 0;
    int found = 0;
    const qsizetype limit = at + qsizetype(qstrlen(key)) + 24;
    forEachReference(text, [&](qsizetype start, qsizetype, int n) {
        if (!found && start > at && start < limit)
            found = n;
    });
    return found;
}

bool readPdfPart(PdfPart &part)
{
    const QByteArray &d = part.data;
    const qsizetype startxref = d.lastIndexOf("startxref");
    if (startxref < 0)
        return false;
    bool ok = false;
    const qint64 xref = d.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= startxref || d.mid(xref, 5) != "xref\n")
        return false;
    qsizetype pos = xref + 5;
    const qsizetype eol = d.indexOf('\n', pos);
    const QList<QByteArray> head = d.mid(pos, eol - pos).trimmed().split(' ');
    if (eol < 0 || head.size() != 2 || head.at(0) != "0")
        return false;
    const int count = head.at(1).toInt(&ok);
    pos = eol + 1;
    if (!ok || count < 3 || pos + qsizetype(count) * 20 > startxref)
        return false;
    part.offsets.assign(static_cast<size_t>(count), -1);
    for (int i = 1; i < count; ++i) {
        const qsizetype entry = pos + qsizetype(i) * 20;
        if (d.at(entry + 17) != 'n')
            continue;
        const qint64 offset = d.mid(entry, 10).toLongLong(&ok);
        if (!ok || offset <= 0 || offset >= xref || !d.mid(offset, 24).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")))
            return false;
        part.offsets[static_cast<size_t>(i)] = offset;
        part.order.push_back(i);
    }
    std::sort(part.order.begin(), part.order.end(), [&part](int a, int b) { return part.offsets[static_cast<size_t>(a)] < part.offsets[static_cast<size_t>(b)]; });
    if (part.order.empty())
        return false;
    part.firstObject = part.offsets[static_cast<size_t>(part.order.front())];
    part.ends.assign(static_cast<size_t>(count), -1);
    for (size_t i = 0; i < part.order.size(); ++i)
        part.ends[static_cast<size_t>(part.order[i])] = i + 1 < part.order.size() ? part.offsets[static_cast<size_t>(part.order[i + 1])] : xref;
    const QByteArray trailer = d.mid(pos + qsizetype(count) * 20, startxref - pos - qsizetype(count) * 20);
    part.root = referenceAfter(trailer, "/Root");
    part.info = referenceAfter(trailer, "/Info");
    if (!part.valid(part.root) || (part.info && !part.valid(part.info)))
        return false;
    part.pagesObject = referenceAfter(part.object(part.root), "/Pages");
    if (!part.valid(part.pagesObject))
        return false;
    const QByteArray pages = part.object(part.pagesObject);
    const qsizetype kidsAt = pages.indexOf("/Kids");
    const qsizetype open = pages.indexOf('[', kidsAt);
    const qsizetype close = pages.indexOf(']', open);
    if (kidsAt < 0 || open < 0 || close < 0)
        return false;
    bool kidsOk = true;
    forEachReference(pages.mid(open, close - open + 1), [&](qsizetype, qsizetype, int n) {
        kidsOk = kidsOk && part.valid(n);
        part.kids.push_back(n);
    });
    return kidsOk && !part.kids.empty();
}

// The part of an object before its stream's data (all of it when it has none).
qsizetype dictionaryEnd(const QByteArray &object)
{
    const qsizetype at = object.indexOf(">>\nstream\n");
    return at < 0 ? object.size() : at + 10;
}

// A subset font's name tag as Qt makes it ("/FontName /QABCDE+DejaVuSans": from the font
// descriptor's object number), for the object's new number, so that no two subsets of the
// joined file share a name.
void retagFont(QByteArray &head, int number)
{
    const qsizetype at = head.indexOf("/FontName /Q");
    if (at < 0 || at + 18 > head.size() || head.at(at + 17) != '+')
        return;
    for (int i = 0; i < 5; ++i) {
        const char c = head.at(at + 12 + i);
        if (c < 'A' || c > 'Z')
            return;
    }
    for (int i = 0; i < 5; ++i) {
        head[at + 12 + i] = static_cast<char>('A' + number % 26);
        number /= 26;
    }
}

QByteArray joinPdfs(std::vector<PdfPart> &parts)
{
    for (PdfPart &part : parts) {
        if (!readPdfPart(part))
            return {};
    }
    const PdfPart &first = parts.front();
    std::vector<int> base(parts.size(), 0);
    for (size_t k = 1; k < parts.size(); ++k)
        base[k] = base[k - 1] + static_cast<int>(parts[k - 1].offsets.size()) - 1;
    const int size = base.back() + static_cast<int>(parts.back().offsets.size());
    qsizetype total = 0;
    for (const PdfPart &part : parts)
        total += part.data.size();

    QByteArray out;
    out.reserve(total + 64 * 1024);
    out += first.data.left(first.firstObject);
    std::vector<qint64> offsets(static_cast<size_t>(size), -1);
    for (size_t k = 0; k < parts.size(); ++k) {
        const PdfPart &part = parts[k];
        const auto renumber = [&](int n) { return k > 0 && n == part.pagesObject ? first.pagesObject : n + base[k]; };
        for (const int n : part.order) {
            const int number = n + base[k];
            offsets[static_cast<size_t>(number)] = out.size();
            if (k == 0 && n == part.pagesObject) {
                // One page tree: every part's pages, in order.
                QByteArray kids;
                int count = 0;
                for (size_t j = 0; j < parts.size(); ++j) {
                    for (const int kid : parts[j].kids) {
                        kids += QByteArray::number(j > 0 ? kid + base[j] : kid) + " 0 R\n";
                        ++count;
                    }
                }
                out += QByteArray::number(number) + " 0 obj\n<<\n/Type /Pages\n/Kids \n[\n" + kids + "]\n/Count "
                       + QByteArray::number(count) + "\n/ProcSet [/PDF /Text /ImageB /ImageC]\n>>\nendobj\n";
                continue;
            }
            if (k == 0) {
                out += part.object(n);
                continue;
            }
            if (n == part.root || n == part.info || n == part.pagesObject) {
                out += QByteArray::number(number) + " 0 obj\nnull\nendobj\n"; // the first part's serve
                continue;
            }
            const QByteArray object = part.object(n);
            const qsizetype headEnd = dictionaryEnd(object);
            const QByteArray oldHead = object.left(headEnd);
            const qsizetype afterNumber = oldHead.indexOf(" 0 obj");
            if (afterNumber <= 0)
                return {};
            QByteArray head = QByteArray::number(number);
            qsizetype last = afterNumber;
            forEachReference(oldHead, [&](qsizetype start, qsizetype end, int ref) {
                if (start < afterNumber)
                    return;
                head += oldHead.mid(last, start - last) + QByteArray::number(renumber(ref)) + " 0 R";
                last = end;
            });
            head += oldHead.mid(last);
            retagFont(head, number);
            out += head;
            out += QByteArrayView(object).sliced(headEnd);
        }
        parts[k].data = QByteArray(); // a part's file no longer needed: the peak stays near one file
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n) {
        const qint64 offset = offsets[static_cast<size_t>(n)];
        if (offset < 0)
            out += "0000000000 65535 f \n";
        else
            out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n";
    if (first.info)
        out += "/Info " + QByteArray::number(first.info) + " 0 R\n";
    out += "/Root " + QByteArray::number(first.root) + " 0 R\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// Ranges of pages of about the same amount of text: where part k starts, then the end.
std::vector<int> pageRanges(const Laid &laid, int parts)
{
    std::vector<double> weight;
    double sum = 0;
    for (const Page &page : laid.pages) {
        double w = 500; // the header, footer and grid
        for (const Placed &t : page.texts)
            w += static_cast<double>(t.block->text.size()) * (t.last - t.first) / std::max(1, t.block->lineCount());
        weight.push_back(w);
        sum += w;
    }
    std::vector<int> starts{0};
    double acc = 0;
    for (size_t p = 0; p < weight.size(); ++p) {
        acc += weight[p];
        const auto k = static_cast<int>(starts.size());
        if (k < parts && acc >= sum * k / parts && p + 1 < weight.size())
            starts.push_back(static_cast<int>(p + 1));
    }
    starts.push_back(static_cast<int>(laid.pages.size()));
    return starts;
}

} // namespace

QByteArray toPdf(const Report &report, QString *error, const PagedOptions &options)
{
    const LanguageScope languageScope(report.language);
    if (!haveGui(error))
        return {};
    QPdfWriter probe(static_cast<QIODevice *>(nullptr));
    setUpPdfWriter(probe, report);
    const int dpi = probe.resolution();
    const std::unique_ptr<Laid> laid = layOutRecord(report, options, dpi, dpi, probe.pageLayout().paintRectPixels(dpi));
    const int pageCount = static_cast<int>(laid->pages.size());
    // Parts of at least 16 pages, a few per thread so that a thread that gets less of a
    // busy machine does less of them.
    const int partCount = laid->threads > 1 ? std::min(pageCount / 16, 3 * laid->threads) : 1;
    if (partCount > 1) {
        const std::vector<int> starts = pageRanges(*laid, partCount);
        const size_t n = starts.size() - 1;
        std::vector<PdfPart> parts(n);
        std::vector<QString> errors(n);
        std::atomic<size_t> next{0};
        const auto work = [&] {
            for (size_t k = next.fetch_add(1); k < n; k = next.fetch_add(1))
                parts[k].data = pdfOfPages(report, *laid, starts[k], starts[k + 1], 0, &errors[k]);
        };
        std::vector<std::unique_ptr<QThread>> helpers;
        for (int t = 1; t < laid->threads; ++t) {
            helpers.emplace_back(QThread::create(work));
            helpers.back()->start();
        }
        work();
        for (const auto &helper : helpers)
            helper->wait();
        for (const QString &e : errors) {
            if (!e.isEmpty()) {
                *error = e;
                return {};
            }
        }
        QByteArray joined = joinPdfs(parts);
        if (!joined.isEmpty())
            return joined;
        // Not as expected (another Qt?): one writer draws it all.
    }
    return pdfOfPages(report, *laid, 0, pageCount, laid->threads - 1, error);
}

QByteArray toOdt(const Report &report, QString *error)
{
    const LanguageScope languageScope(report.language);
    if (!haveGui(error))
        return {};
    SafeTextDocument doc;
    doc.setDefaultFont(bodyFont());
    doc.setHtml(toHtml(report, HtmlFlavour::RichText));
    doc.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc)) {
        *error = Record::tr("cannot write the ODT document");
        return {};
    }
    // Qt writes no page style: add A4 landscape with header and page numbers.
    return withPageStyle(buffer.data(), {report.organisation, pageHeaderRight(report), Record::tr("Page %1 of %2")}, error);
}

} // namespace ropa::reports
