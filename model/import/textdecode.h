#pragma once

// The encoding of a text file a user brings (a CSV from Excel or LibreOffice), told from its
// bytes: a BOM says UTF-8, UTF-16 LE or UTF-16 BE; otherwise valid UTF-8 is UTF-8 and
// anything else is Windows-1252, the encoding a Dutch or German Excel saves CSV in.

#include <QByteArray>
#include <QString>

namespace ropa::importer {

struct DecodedText
{
    QString text;     // without the BOM
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QString error;    // set when the bytes are in no encoding we can tell (NUL bytes, binary)
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace ropa::importer
