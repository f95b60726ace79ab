// A template book as an OpenDocument spreadsheet (ODF 1.2): content.xml written with
// QXmlStreamWriter, which escapes every text, and packaged by writeOdfPackage (libzip).
// A cell's lines are paragraphs; a merged range is a spanning cell and covered cells.

#include "odtpackage.h"
#include "templatebook.h"

#include <QCoreApplication>
#include <QMap>
#include <QXmlStreamWriter>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

QString widthStyle(int width)
{
    return QStringLiteral("co%1").arg(width);
}

const TemplateMerge *mergeAt(const TemplateSheet &sheet, int row, int column, bool *covered)
{
    for (const TemplateMerge &m : sheet.merges) {
        if (row >= m.row && row <= m.lastRow && column >= m.column && column <= m.lastColumn) {
            *covered = row != m.row || column != m.column;
            return &m;
        }
    }
    *covered = false;
    return nullptr;
}

class ContentWriter
{
public:
    explicit ContentWriter(QByteArray *out)
        : m_xml(out)
    {
    }

    bool write(const TemplateBook &book)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(officeNs, QStringLiteral("office"));
        m_xml.writeNamespace(styleNs, QStringLiteral("style"));
        m_xml.writeNamespace(tableNs, QStringLiteral("table"));
        m_xml.writeNamespace(textNs, QStringLiteral("text"));
        m_xml.writeNamespace(foNs, QStringLiteral("fo"));
        m_xml.writeStartElement(officeNs, QStringLiteral("document-content"));
        m_xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));
        writeStyles(book);
        m_xml.writeStartElement(officeNs, QStringLiteral("body"));
        m_xml.writeStartElement(officeNs, QStringLiteral("spreadsheet"));
        for (const TemplateSheet &sheet : book.sheets)
            writeSheet(sheet);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return !m_xml.hasError();
    }

private:
    void writeStyles(const TemplateBook &book)
    {
        QMap<int, bool> widths;
        for (const TemplateSheet &s : book.sheets) {
            for (const int w : s.widths)
                widths.insert(w, true);
        }
        m_xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            m_xml.writeStartElement(styleNs, QStringLiteral("style"));
            m_xml.writeAttribute(styleNs, QStringLiteral("name"), widthStyle(it.key()));
            m_xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-column"));
            m_xml.writeEmptyElement(styleNs, QStringLiteral("table-column-properties"));
            // A character of the default font is about 0.2 cm wide.
            m_xml.writeAttribute(styleNs, QStringLiteral("column-width"),
                                 QStringLiteral("%1cm").arg(it.key() * 0.2, 0, 'f', 2));
            m_xml.writeEndElement();
        }
        m_xml.writeStartElement(styleNs, QStringLiteral("style"));
        m_xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("bold"));
        m_xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
        m_xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
        m_xml.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeSheet(const TemplateSheet &sheet)
    {
        m_xml.writeStartElement(tableNs, QStringLiteral("table"));
        m_xml.writeAttribute(tableNs, QStringLiteral("name"), sheet.name);
        int columns = int(sheet.widths.size());
        for (const QList<TemplateCell> &row : sheet.rows)
            columns = std::max(columns, int(row.size()));
        for (const TemplateMerge &m : sheet.merges)
            columns = std::max(columns, m.lastColumn + 1);
        for (int c = 0; c < columns; ++c) {
            m_xml.writeEmptyElement(tableNs, QStringLiteral("table-column"));
            if (c < sheet.widths.size())
                m_xml.writeAttribute(tableNs, QStringLiteral("style-name"), widthStyle(sheet.widths.at(c)));
        }
        int rows = int(sheet.rows.size());
        for (const TemplateMerge &m : sheet.merges)
            rows = std::max(rows, m.lastRow + 1);
        for (int r = 0; r < rows; ++r) {
            m_xml.writeStartElement(tableNs, QStringLiteral("table-row"));
            const QList<TemplateCell> row = r < sheet.rows.size() ? sheet.rows.at(r) : QList<TemplateCell>();
            int width = int(row.size());
            for (const TemplateMerge &m : sheet.merges) {
                if (r >= m.row && r <= m.lastRow)
                    width = std::max(width, m.lastColumn + 1);
            }
            for (int c = 0; c < std::max(width, 1); ++c)
                writeCell(sheet, row, r, c);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeCell(const TemplateSheet &sheet, const QList<TemplateCell> &row, int r, int c)
    {
        bool covered = false;
        const TemplateMerge *merge = mergeAt(sheet, r, c, &covered);
        if (covered) {
            m_xml.writeEmptyElement(tableNs, QStringLiteral("covered-table-cell"));
            return;
        }
        const TemplateCell cell = c < row.size() ? row.at(c) : TemplateCell();
        m_xml.writeStartElement(tableNs, QStringLiteral("table-cell"));
        if (cell.bold)
            m_xml.writeAttribute(tableNs, QStringLiteral("style-name"), QStringLiteral("bold"));
        if (merge) {
            m_xml.writeAttribute(tableNs, QStringLiteral("number-columns-spanned"),
                                 QString::number(merge->lastColumn - merge->column + 1));
            m_xml.writeAttribute(tableNs, QStringLiteral("number-rows-spanned"),
                                 QString::number(merge->lastRow - merge->row + 1));
        }
        if (!cell.text.isEmpty()) {
            m_xml.writeAttribute(officeNs, QStringLiteral("value-type"), QStringLiteral("string"));
            for (const QString &line : cell.text.split(u'\n'))
                m_xml.writeTextElement(textNs, QStringLiteral("p"), line);
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray templateToOds(const TemplateBook &book, QString *error)
{
    QByteArray content;
    if (!ContentWriter(&content).write(book)) {
        *error = Record::tr("cannot write the spreadsheet: the XML writer failed");
        return {};
    }
    return writeOdfPackage(QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"),
                           {{QStringLiteral("content.xml"), content}}, error);
}

} // namespace ropa::reports
