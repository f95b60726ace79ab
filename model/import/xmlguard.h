#pragma once

// Reading the XML of an untrusted package: a document type declaration (and with it every
// entity declaration, the way to a "billion laughs") is refused before any element is read,
// and text is collected with a cap on its length.

#include "import/sheet.h"

#include <QXmlStreamReader>

namespace ropa::importer {

class XmlGuard
{
public:
    XmlGuard(QXmlStreamReader &xml, const QString &part, qsizetype maxTextChars)
        : m_xml(xml)
        , m_part(part)
        , m_maxTextChars(maxTextChars)
    {
    }

    // The next token; a DTD ends the read with error() set.
    QXmlStreamReader::TokenType next();
    // Reads to the end of the current element, appending its character data (of every
    // descendant except those named `skip`) to `text`. False at the cap or at an error.
    bool readText(QString *text, QStringView skip = {});
    // The value of the attribute with that local name, whatever its prefix.
    QString attribute(QStringView localName) const;
    // Why the read stopped early (the DTD, a cell over the cap, malformed XML); empty if not.
    QString error() const;
    bool atEnd() const { return m_xml.atEnd() || !m_error.isEmpty(); }

private:
    QXmlStreamReader &m_xml;
    QString m_part;
    qsizetype m_maxTextChars;
    QString m_error;
};

} // namespace ropa::importer
