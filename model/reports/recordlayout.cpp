// Lays the record out on pages; see recordlayout.h.

#include "recordlayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QThread>

#include <algorithm>

namespace ropa::reports::paged {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

QString appendixTitle(qsizetype index, const QString &title)
{
    const QString number =
        index < 26 ? QString(QChar(u'A' + static_cast<char16_t>(index))) : QString::number(index + 1);
    return Record::tr("Appendix %1: %2").arg(number, title);
}

} // namespace

// The right side of each page's header: the record and its date.
QString pageHeaderRight(const Report &report)
{
    return QStringLiteral("%1 \u2014 %2")
        .arg(report.type == RecordType::Controller ? Record::tr("Record of processing activities, Art. 30(1)")
                                                   : Record::tr("Record of processing activities, Art. 30(2)"),
             recordDate(report.date));
}

// Steps 1 and 2: the record's blocks measured and put on pages, for a device of a resolution
// and a page size.
std::unique_ptr<RecordLayout> layOutRecord(const Report &report, const PagedOptions &options, int dpiX, int dpiY,
                                           const QRectF &body)
{
    auto laid = std::make_unique<RecordLayout>();
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
        facts.emplace_back(&block(cutCellText(f.label), Bold, labelWidth),
                           &block(cutCellText(f.value), Body, valueWidth));

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
                part.note =
                    &block(cutCellText(t.note), Body, width, {{0, static_cast<int>(cutCellText(t.note).size()), Note}});
            if (t.rows.isEmpty()) {
                part.none = &block(Record::tr("None."), Body, width);
            } else {
                TableBlocks &tb = tables.emplace_back();
                tb.table = &t;
                // The table's fonts: the compact ones when the normal ones cannot keep every
                // word whole (a word broken across lines is what an auditor cannot read).
                bool whole = true;
                std::vector<float> widths = columnWidths(t, width, fonts.font[ColumnTitle], padX, report.notStatedText,
                                                         &fonts.font[Body], &whole);
                const bool compact = !whole;
                if (compact)
                    widths = columnWidths(t, width, fonts.font[CompactTitle], padX, report.notStatedText,
                                          &fonts.font[CompactBody]);
                float x = 0;
                for (const float w : widths) {
                    tb.edges.push_back(x);
                    x += w;
                }
                tb.edges.push_back(width);
                for (qsizetype c = 0; c < t.columns.size(); ++c) {
                    const Column &col = t.columns.at(c);
                    Block h;
                    h.role = compact ? CompactTitle : ColumnTitle;
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
                        const float w =
                            tb.edges[static_cast<size_t>(c + 1)] - tb.edges[static_cast<size_t>(c)] - 2 * padX;
                        cells.push_back(cellBlock(row.at(c), report.notStatedText, w));
                        cells.back().role = compact ? CompactBody : Body;
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
    // The cover: title, facts and the contents, on the first page unless they need more.
    pager.newPage();
    pager.skip(mm(12));
    pager.flow(title, 0, mm(6));
    for (const auto &[label, value] : facts)
        pager.flowRow({{label, 0.0f}, {value, labelWidth + mm(4)}}, mm(1.5));
    pager.skip(mm(6));
    pager.keep(contentsTitle.height() + mm(4) + (entries.empty() ? 0.0f : entries.front().title->height()));
    pager.flow(contentsTitle, 0, mm(4));
    for (const Entry &e : entries)
        pager.flowRow({{e.number, 0.0f}, {e.title, numberWidth}, {e.page, numberWidth + entryWidth}}, mm(1.2));
    // The sections follow each other from the second page on (it has the page header), each
    // title on the page of what follows it.
    pager.newPage();
    std::vector<int> entryPages;
    for (const SectionBlocks &s : sections) {
        // The title stays with its paragraphs and the start of its first table.
        float with = s.title->height() + mm(3);
        for (const Block *p : s.paragraphs)
            with += p->height() + mm(2);
        if (!s.parts.empty())
            with += s.parts.front().title->height() + (s.parts.front().note ? s.parts.front().note->height() : 0.0f) +
                    mm(14);
        pager.keep(with);
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
        pager.skip(mm(3));
    }
    for (qsizetype i = 0; i < options.appendix.size(); ++i) {
        pager.newPage();
        entryPages.push_back(pager.pageCount());
        const Block &t = *appendixTitles[static_cast<size_t>(i)];
        pager.flow(t, 0, mm(4));
        const Figure &figure = options.appendix.at(i);
        const QSizeF size =
            !figure.picture.isNull() ? QSizeF(figure.picture.boundingRect().size()) : QSizeF(figure.image.size());
        if (size.isEmpty())
            continue;
        const QSizeF fitted = size.scaled(QSizeF(width, pager.room()), Qt::KeepAspectRatio);
        pager.pages.back().figures.push_back(
            {&figure, QRectF(QPointF((width - fitted.width()) / 2, pager.y()), fitted)});
    }
    for (size_t i = 0; i < entries.size(); ++i)
        entries[i].page->text = QString::number(entryPages[i]); // one line, as measured
    laid->pages = std::move(pager.pages);
    return laid;
}

} // namespace ropa::reports::paged
