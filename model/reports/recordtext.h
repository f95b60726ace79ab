#pragma once

// The small texts an Article 30 record is made of: dates, contacts, country names, special
// categories, recipient roles, legal items and retention periods in words, in the record's
// language. Shared by the report builder's cells and rows.

#include "domain/entities.h"
#include "reference/reference.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::reports {

// The translation context of every text in a record ("ropa::reports::Record" for lupdate).
class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

namespace recordtext {

// In the record's language (recordShortDate): ISO 8601 in English.
QString tableDate(const std::optional<QDate> &d);

QString joinNonEmpty(const QStringList &parts, const QString &sep);

QString contactText(const Contact &c);

// In the record's language: iso-codes' translation (Reference::countryName).
QString countryName(const QString &code);

QString countryNames(const QStringList &codes);

QString specialName(SpecialCategory s);

QString recipientRole(Role role, int depth);

QString legalItemText(const LegalItem *item, const QString &fallback);

// Where the data come from (Source::kind), in words: "the data subject", "public sources".
QString sourceKindText(SourceKind kind);

// Without a translation (English), Qt leaves "(s)" in a numerus text: resolve it here.
QString englishPlural(QString text, int n);

// A duration in ISO 8601 (P6Y, P6M, P30D, P1Y6M) as words; the text itself when unparsable.
QString durationText(const QString &iso);

} // namespace recordtext

} // namespace ropa::reports
