#pragma once

// Reading the values of a register's cells as the law's terms, in English, Dutch, German and
// French: lawful bases from words and article numbers, Art. 9 conditions, countries and
// regions, retention periods. A value is resolved only when it says one thing; otherwise it
// stays as written and the caller lists it for the user.

#include "domain/enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::importer {

// "Toestemming", "Einwilligung", "consentement", "6.1.f AVG", "Art. 6(1)(b)", "Art. 6 Abs. 1
// lit. c DSGVO", "legitimate interests". Empty when the text names none, or several.
std::optional<LawfulBasis> resolveLawfulBasis(const QString &text);
// "Art. 9(2)(a)", "9.2.h AVG", "explicit consent", "uitdrukkelijke toestemming", ... Empty when
// the text names none, or several.
std::optional<Art9Condition> resolveArt9Condition(const QString &text);

struct ResolvedCountries
{
    QStringList codes;      // ISO 3166-1 alpha-2, "EU", "EEA"
    QStringList unresolved; // "Worldwide", unknown names: as written
    bool none = false;      // the cell says there is no transfer ("No", "Nee", "Keine", "Aucun")
};
// A countries cell: names in any language iso-codes knows, codes, "EU", "EEA"; shared with the
// subprocessor lists (subprocessors/resolve.h).
ResolvedCountries resolveCountries(const QString &cell);

struct ResolvedRetention
{
    QString duration; // ISO 8601 ("P7Y"); empty: not resolved
    QString trigger;  // "end of contract", "last contact", ...; or the words after "after" as written
};
// "7 jaar na einde contract" -> P7Y, "end of contract"; "6 months" -> P6M; "10 Jahre" -> P10Y.
// Two periods, or none ("as long as the account exists"), give an empty duration.
ResolvedRetention resolveRetention(const QString &text);

// Yes, no or not stated, from "yes", "ja", "oui", "true", "x", "no", "nee", "nein", "non", ...
std::optional<bool> resolveYesNo(const QString &text);

} // namespace ropa::importer
