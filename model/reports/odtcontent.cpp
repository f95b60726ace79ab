// The ODT record's content.xml; see odtcontent.h.

#include "odtcontent.h"

#include "pagedblocks.h"
#include "writers.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

const QString Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString Style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString Text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

// Text without the characters XML 1.0 cannot hold (the record's fields are cleaned already;
// this is the second wall).
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 ? (u != 0xfffe && u != 0xffff) : (u == u'\t' || u == u'\n' || u == u'\r'))
            out += c;
    }
    return cutCellText(out);
}

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

class ContentWriter
{
public:
    ContentWriter(const Report &report, double widthCm)
        : m_report(report)
        , m_widthCm(widthCm)
        , m_xml(&m_out)
    {
    }

    QByteArray write()
    {
        // The column widths first: the tables' styles go before the body.
        const paged::Fonts fonts(Dpi, Dpi);
        const float width = static_cast<float>(m_widthCm / 2.54 * Dpi);
        // A cell's padding (0.07 cm) and borders, with room for the office suite's own metrics.
        const float padX = static_cast<float>(0.14 / 2.54 * Dpi);
        for (const Section &s : m_report.sections) {
            for (const Table &t : s.tables) {
                Layout layout;
                bool whole = true;
                layout.widths = columnWidths(t, width, fonts.font[paged::ColumnTitle], padX, m_report.notStatedText,
                                             &fonts.font[paged::Body], &whole);
                layout.compact = !whole;
                if (layout.compact)
                    layout.widths = columnWidths(t, width, fonts.font[paged::CompactTitle], padX,
                                                 m_report.notStatedText, &fonts.font[paged::CompactBody]);
                m_layouts.push_back(std::move(layout));
            }
        }
        m_xml.setAutoFormatting(false);
        m_xml.writeStartDocument();
        m_xml.writeNamespace(Office, QStringLiteral("office"));
        m_xml.writeNamespace(Style, QStringLiteral("style"));
        m_xml.writeNamespace(Text, QStringLiteral("text"));
        m_xml.writeNamespace(TableNs, QStringLiteral("table"));
        m_xml.writeNamespace(Fo, QStringLiteral("fo"));
        m_xml.writeNamespace(Svg, QStringLiteral("svg"));
        m_xml.writeStartElement(Office, QStringLiteral("document-content"));
        m_xml.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.2"));
        styles();
        m_xml.writeStartElement(Office, QStringLiteral("body"));
        m_xml.writeStartElement(Office, QStringLiteral("text"));
        body();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_out;
    }

private:
    static constexpr int Dpi = 300;

    struct Layout
    {
        std::vector<float> widths;
        bool compact = false;
    };

    void paragraphStyle(const QString &name, double points, bool bold, const QString &colour = {}, bool italic = false,
                        double spaceAfterCm = 0, bool keepWithNext = false)
    {
        m_xml.writeStartElement(Style, QStringLiteral("style"));
        m_xml.writeAttribute(Style, QStringLiteral("name"), name);
        m_xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("paragraph"));
        m_xml.writeEmptyElement(Style, QStringLiteral("paragraph-properties"));
        m_xml.writeAttribute(Fo, QStringLiteral("margin-top"), cm(0));
        m_xml.writeAttribute(Fo, QStringLiteral("margin-bottom"), cm(spaceAfterCm));
        if (keepWithNext)
            m_xml.writeAttribute(Fo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        textProperties(points, bold, colour, italic);
        m_xml.writeEndElement();
    }

    void textProperties(double points, bool bold, const QString &colour, bool italic)
    {
        m_xml.writeEmptyElement(Style, QStringLiteral("text-properties"));
        m_xml.writeAttribute(Style, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
        m_xml.writeAttribute(Fo, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
        if (points > 0)
            m_xml.writeAttribute(Fo, QStringLiteral("font-size"), QString::number(points) + QStringLiteral("pt"));
        if (bold)
            m_xml.writeAttribute(Fo, QStringLiteral("font-weight"), QStringLiteral("bold"));
        if (italic)
            m_xml.writeAttribute(Fo, QStringLiteral("font-style"), QStringLiteral("italic"));
        if (!colour.isEmpty())
            m_xml.writeAttribute(Fo, QStringLiteral("color"), colour);
    }

    void cellStyle(const QString &name, const QString &background)
    {
        m_xml.writeStartElement(Style, QStringLiteral("style"));
        m_xml.writeAttribute(Style, QStringLiteral("name"), name);
        m_xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table-cell"));
        m_xml.writeEmptyElement(Style, QStringLiteral("table-cell-properties"));
        m_xml.writeAttribute(Fo, QStringLiteral("border"), QStringLiteral("0.18mm solid #888888"));
        m_xml.writeAttribute(Fo, QStringLiteral("padding"), cm(0.07));
        if (!background.isEmpty())
            m_xml.writeAttribute(Fo, QStringLiteral("background-color"), background);
        m_xml.writeEndElement();
    }

    void styles()
    {
        m_xml.writeStartElement(Office, QStringLiteral("font-face-decls"));
        m_xml.writeEmptyElement(Style, QStringLiteral("font-face"));
        m_xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
        m_xml.writeAttribute(Svg, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(Office, QStringLiteral("automatic-styles"));
        paragraphStyle(QStringLiteral("RTitle"), 20, true, {}, false, 0.6);
        paragraphStyle(QStringLiteral("RHeading"), 13, true, {}, false, 0.25, true);
        paragraphStyle(QStringLiteral("RSubheading"), 9.5, true, {}, false, 0.1, true);
        paragraphStyle(QStringLiteral("RBody"), 7.5, false, {}, false, 0.15);
        paragraphStyle(QStringLiteral("RNote"), 7.5, false, QStringLiteral("#444444"), true, 0.1, true);
        paragraphStyle(QStringLiteral("RLabel"), 7.5, true);
        paragraphStyle(QStringLiteral("RCell"), 7.5, false);
        paragraphStyle(QStringLiteral("RHead"), 7, true);
        paragraphStyle(QStringLiteral("RCompactCell"), 6.2, false);
        paragraphStyle(QStringLiteral("RCompactHead"), 6.2, false);
        paragraphStyle(QStringLiteral("RItem"), 6.5, false, QStringLiteral("#334455"));
        m_xml.writeStartElement(Style, QStringLiteral("style"));
        m_xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("RMissing"));
        m_xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("text"));
        textProperties(0, false, QStringLiteral("#b00020"), true);
        m_xml.writeEndElement();
        cellStyle(QStringLiteral("RHeadCell"), QStringLiteral("#dde4ee"));
        cellStyle(QStringLiteral("RBodyCell"), {});
        for (size_t t = 0; t < m_layouts.size(); ++t) {
            const QString name = QStringLiteral("RTable%1").arg(t);
            m_xml.writeStartElement(Style, QStringLiteral("style"));
            m_xml.writeAttribute(Style, QStringLiteral("name"), name);
            m_xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table"));
            m_xml.writeEmptyElement(Style, QStringLiteral("table-properties"));
            m_xml.writeAttribute(Style, QStringLiteral("width"), cm(m_widthCm));
            m_xml.writeAttribute(TableNs, QStringLiteral("align"), QStringLiteral("margins"));
            m_xml.writeAttribute(Fo, QStringLiteral("margin-bottom"), cm(0.4));
            m_xml.writeEndElement();
            float sum = 0;
            for (const float w : m_layouts[t].widths)
                sum += w;
            for (size_t c = 0; c < m_layouts[t].widths.size(); ++c) {
                m_xml.writeStartElement(Style, QStringLiteral("style"));
                m_xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("%1.C%2").arg(name).arg(c));
                m_xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("table-column"));
                m_xml.writeEmptyElement(Style, QStringLiteral("table-column-properties"));
                m_xml.writeAttribute(Style, QStringLiteral("column-width"),
                                     cm(sum > 0 ? m_widthCm * m_layouts[t].widths[c] / sum : 1));
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement();
    }

    void paragraph(const QString &style, const QString &text)
    {
        m_xml.writeStartElement(Text, QStringLiteral("p"));
        m_xml.writeAttribute(Text, QStringLiteral("style-name"), style);
        m_xml.writeCharacters(xmlText(text));
        m_xml.writeEndElement();
    }

    void heading(int level, const QString &style, const QString &text)
    {
        m_xml.writeStartElement(Text, QStringLiteral("h"));
        m_xml.writeAttribute(Text, QStringLiteral("style-name"), style);
        m_xml.writeAttribute(Text, QStringLiteral("outline-level"), QString::number(level));
        m_xml.writeCharacters(xmlText(text));
        m_xml.writeEndElement();
    }

    // A line of a cell: "not stated" inside it in red italics.
    void cellLine(const QString &style, const QString &line)
    {
        m_xml.writeStartElement(Text, QStringLiteral("p"));
        m_xml.writeAttribute(Text, QStringLiteral("style-name"), style);
        const QString text = xmlText(line);
        const QString &marker = m_report.notStatedText;
        qsizetype from = 0;
        for (qsizetype at = marker.isEmpty() ? -1 : text.indexOf(marker); at >= 0; at = text.indexOf(marker, from)) {
            m_xml.writeCharacters(text.mid(from, at - from));
            m_xml.writeStartElement(Text, QStringLiteral("span"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("RMissing"));
            m_xml.writeCharacters(marker);
            m_xml.writeEndElement();
            from = at + marker.size();
        }
        m_xml.writeCharacters(text.mid(from));
        m_xml.writeEndElement();
    }

    void startCell(bool header)
    {
        m_xml.writeStartElement(TableNs, QStringLiteral("table-cell"));
        m_xml.writeAttribute(TableNs, QStringLiteral("style-name"),
                             header ? QStringLiteral("RHeadCell") : QStringLiteral("RBodyCell"));
        m_xml.writeAttribute(Office, QStringLiteral("value-type"), QStringLiteral("string"));
    }

    void table(const Table &t, size_t index)
    {
        const Layout &layout = m_layouts[index];
        const QString name = QStringLiteral("RTable%1").arg(index);
        const QString cellStyleName = layout.compact ? QStringLiteral("RCompactCell") : QStringLiteral("RCell");
        const QString headStyleName = layout.compact ? QStringLiteral("RCompactHead") : QStringLiteral("RHead");
        m_xml.writeStartElement(TableNs, QStringLiteral("table"));
        m_xml.writeAttribute(TableNs, QStringLiteral("name"), name);
        m_xml.writeAttribute(TableNs, QStringLiteral("style-name"), name);
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            m_xml.writeEmptyElement(TableNs, QStringLiteral("table-column"));
            m_xml.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(c));
        }
        m_xml.writeStartElement(TableNs, QStringLiteral("table-header-rows"));
        m_xml.writeStartElement(TableNs, QStringLiteral("table-row"));
        for (const Column &column : t.columns) {
            startCell(true);
            paragraph(headStyleName, column.title);
            if (!column.item.isEmpty())
                paragraph(QStringLiteral("RItem"), column.item);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        for (const QList<Cell> &row : t.rows) {
            m_xml.writeStartElement(TableNs, QStringLiteral("table-row"));
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                startCell(false);
                const Cell cell = c < row.size() ? row.at(c) : Cell();
                if (cell.notStated) {
                    cellLine(cellStyleName, m_report.notStatedText);
                } else {
                    for (const QString &line : cell.lines)
                        cellLine(cellStyleName, cell.lines.size() > 1 ? QStringLiteral("\u2022 ") + line : line);
                }
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void body()
    {
        paragraph(QStringLiteral("RTitle"), m_report.title);
        for (const Fact &f : m_report.cover) {
            m_xml.writeStartElement(Text, QStringLiteral("p"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("RBody"));
            m_xml.writeStartElement(Text, QStringLiteral("span"));
            m_xml.writeCharacters(xmlText(f.label) + QStringLiteral(": "));
            m_xml.writeEndElement();
            m_xml.writeCharacters(xmlText(f.value));
            m_xml.writeEndElement();
        }
        heading(1, QStringLiteral("RHeading"), Record::tr("Contents"));
        for (qsizetype i = 0; i < m_report.sections.size(); ++i)
            paragraph(QStringLiteral("RBody"), QStringLiteral("%1. %2").arg(i + 1).arg(m_report.sections.at(i).title));
        size_t index = 0;
        for (const Section &s : m_report.sections) {
            heading(1, QStringLiteral("RHeading"), s.title);
            for (const QString &p : s.paragraphs)
                paragraph(QStringLiteral("RBody"), p);
            for (const Table &t : s.tables) {
                heading(2, QStringLiteral("RSubheading"), t.title);
                if (!t.note.isEmpty())
                    paragraph(QStringLiteral("RNote"), t.note);
                if (t.rows.isEmpty())
                    paragraph(QStringLiteral("RBody"), Record::tr("None."));
                else
                    table(t, index);
                ++index;
            }
        }
    }

    const Report &m_report;
    double m_widthCm;
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    std::vector<Layout> m_layouts;
};

} // namespace

QByteArray odtContentXml(const Report &report, double bodyWidthCm)
{
    return ContentWriter(report, bodyWidthCm).write();
}

} // namespace ropa::reports
