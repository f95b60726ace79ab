// Draws a laid-out record's pages; see pagedrawer.h.

#include "pagedrawer.h"

#include "inker.h"

#include <QCoreApplication>
#include <QGlyphRun>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRawFont>

namespace ropa::reports::paged {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

// Draws pages of a laid-out record with fonts of this thread.
class PageDrawer
{
public:
    explicit PageDrawer(const RecordLayout &laid)
        : m_laid(laid)
        , m_fonts(laid.dpiX, laid.dpiY)
    {
        for (int s = 0; s < StyleCount; ++s) {
            m_raw[s] = QRawFont::fromFont(styleFont(m_fonts, s));
            m_colour[s] = kindColor(static_cast<Kind>(s % KindCount));
        }
    }

    void draw(QPainter &painter, int p, const std::vector<Ink> &inks)
    {
        const RecordLayout &l = m_laid;
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
            const bool continues =
                r + 1 < page.rows.size() && page.rows[r + 1].table == row.table && page.rows[r + 1].top == row.bottom;
            if (continues)
                continue;
            size_t first = r;
            while (first > 0 && page.rows[first - 1].table == row.table &&
                   page.rows[first - 1].bottom == page.rows[first].top)
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
    const RecordLayout &m_laid;
    Fonts m_fonts;
    QRawFont m_raw[StyleCount];
    QColor m_colour[StyleCount];
    QTextLayout m_layout;
    QList<QLineF> m_lines;
};

} // namespace

QString drawPages(const RecordLayout &laid, QPagedPaintDevice *device, int first, int last, int helpers,
                  const std::function<bool(int, int)> &progress)
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
        if (progress && !progress(p + 1 - first, last - first)) {
            painter.end();
            return Record::tr("cancelled");
        }
    }
    if (!painter.end())
        return Record::tr("cannot finish the pages");
    return {};
}

} // namespace ropa::reports::paged
