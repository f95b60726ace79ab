#pragma once

// Matching the words of a register's cell or heading against lists of phrases in four
// languages, the way the heading and value tables of the import are written.

#include <QString>
#include <QStringView>

namespace ropa::importer {

// " words of the text " folded: lower case, accents dropped, punctuation made spaces.
QString foldedWords(const QString &text);

// Whether one of the '|'-separated phrases (folded) starts a word of `words` (as foldedWords
// gives); a phrase of four letters or fewer must be a whole word. Allocates nothing.
bool mentions(QStringView words, const char *phrases);

} // namespace ropa::importer
