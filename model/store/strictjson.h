#pragma once

// The strict pass of the JSON reader (docs/json-format.md, "Strictness"). QJsonDocument
// accepts what RFC 8259 leaves open or forbids and a Ropa file must not contain: a key twice
// in one object (the last one would silently win), raw control characters in a text, the
// character U+0000 and lone UTF-16 surrogates written as \u escapes; and a "version" that is
// a number but not written as an integer (1.0). This scanner walks the bytes once, before
// QJsonDocument does, and reports the first of these with its line and column.
//
// It only judges what it was written for: on a plain syntax error it stops without a
// message, and QJsonDocument's own message about that error is the one the user reads.

#include <QByteArray>
#include <QString>

namespace ropa::json {

struct TextPosition
{
    int line = 1;
    int column = 1; // counted in characters (code points), from 1
};

// The line and column of a byte offset in UTF-8 text.
TextPosition textPosition(const QByteArray &bytes, qsizetype offset);

// The first thing the strict pass refuses, as a translated message naming its line and
// column; empty when there is none (or when the bytes are not JSON at all).
QString strictProblem(const QByteArray &bytes);

} // namespace ropa::json
