#pragma once

// Resolving a subprocessor list's cells: the name to a key for matching, the location to
// ISO country codes (and the regions "EU" and "EEA").

#include <QString>
#include <QStringList>

namespace ropa::subprocessors {

// The name for matching: accents, case and punctuation dropped, legal-form suffixes (Inc., Ltd,
// LLC, GmbH, B.V., S.A., SAS, AB, Pty Ltd, ...) removed from the end. "Acme Cloud, Inc." and
// "ACME cloud" have the same key.
QString nameKey(const QString &name);

struct ResolvedLocation
{
    QStringList countries;  // ISO 3166-1 alpha-2, "EU", "EEA"; in the order written, no duplicates
    QStringList unresolved; // the parts that name no country or region, as written
    bool notStated = false; // empty, "Global", "Worldwide", "N/A", or nothing understood: not stated
    bool saysVague = false; // the cell itself says "Global", "Worldwide", "N/A", ...
};

// Splits a location cell on , ; / ( ) line breaks and "and", "en", "und", "et", "&", and reads
// each part as a country (English, Dutch or German name from iso-codes, a few French and common
// names, an upper-case ISO code) or a region (EU, EEA).
ResolvedLocation resolveLocation(const QString &cell);

// Lower case without accents, runs of white space made one space: the form names are compared in.
QString foldText(const QString &text);

} // namespace ropa::subprocessors
