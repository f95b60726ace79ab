#include "import/xmlguard.h"

namespace ropa::importer {

QXmlStreamReader::TokenType XmlGuard::next()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        m_error = Tr::tr("%1 declares a document type or entities, which a workbook never does; the file is "
                         "refused")
                      .arg(m_part);
        return QXmlStreamReader::Invalid;
    }
    return token;
}

bool XmlGuard::readText(QString *text, QStringView skip)
{
    int depth = 1;
    int skipDepth = 0;
    while (depth > 0) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Invalid || (m_xml.atEnd() && depth > 0))
            return false;
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (skipDepth == 0 && !skip.isEmpty() && m_xml.name() == skip)
                skipDepth = depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == skipDepth)
                skipDepth = 0;
            --depth;
        } else if (token == QXmlStreamReader::Characters && skipDepth == 0) {
            text->append(m_xml.text());
            if (text->size() > m_maxTextChars) {
                m_error = Tr::tr("%1 has a cell longer than %2 characters; a register's cell is not this long")
                              .arg(m_part)
                              .arg(m_maxTextChars);
                return false;
            }
        }
    }
    return true;
}

QString XmlGuard::attribute(QStringView localName) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

QString XmlGuard::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_xml.hasError())
        return Tr::tr("%1 is not well-formed XML (line %2: %3)")
            .arg(m_part)
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    return {};
}

} // namespace ropa::importer
