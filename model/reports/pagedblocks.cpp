// The paged record's blocks of text: fonts, formats, measuring; see pagedblocks.h.

#include "pagedblocks.h"
#include "writers.h"

#include <QPaintDevice>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <unordered_map>

namespace ropa::reports::paged {

namespace {

// A paint device that only answers its resolution: fonts are resolved for the target's
// resolution on any thread without touching the target.
class ResolutionDevice final : public QPaintDevice
{
public:
    ResolutionDevice(int dpiX, int dpiY)
        : m_dpiX(dpiX)
        , m_dpiY(dpiY)
    {
    }
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

} // namespace

QFont bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(7.5);
    return f;
}

Fonts::Fonts(int dpiX, int dpiY)
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
    font[ColumnTitle] = make(7, true);
    font[CompactBody] = make(6.2, false);
    font[CompactTitle] = make(6.2, false); // regular: bold is a seventh wider
}

QTextCharFormat kindFormat(Kind kind)
{
    QTextCharFormat f;
    switch (kind) {
    case Plain: break;
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
    case KindCount: break;
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

namespace {

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
        if (a->text != b->text || a->width != b->width || a->role != b->role || a->align != b->align ||
            a->spans.size() != b->spans.size())
            return false;
        for (size_t i = 0; i < a->spans.size(); ++i) {
            if (a->spans[i].start != b->spans[i].start || a->spans[i].length != b->spans[i].length ||
                a->spans[i].kind != b->spans[i].kind)
                return false;
        }
        return true;
    }
};

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

} // namespace

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

QFont styleFont(const Fonts &fonts, int style)
{
    const auto role = static_cast<Role>(style / KindCount);
    const auto kind = static_cast<Kind>(style % KindCount);
    return kind == Plain ? fonts.font[role] : kindFormat(kind).font().resolve(fonts.font[role]);
}

} // namespace ropa::reports::paged
