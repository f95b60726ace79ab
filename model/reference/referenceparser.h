#pragma once

// Internal to model/reference (and its tests): the parsers and validators behind
// Reference::instance(). Each takes the bytes of one JSON file, appends a message to
// `errors` for everything that is off (prefixed with the file name), and returns the
// file's "as_of" date, or an invalid QDate when the file could not be read at all.
// Reference data files have the form
//   {"source": "...", "as_of": "YYYY-MM-DD", "notes": "...", "items": [...]}

#include "reference.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::reference_detail {

// Debian's iso-codes iso_3166-1.json: {"3166-1": [{"alpha_2", "name", "common_name"?}]}.
// Returns the countries sorted by code, eu/eea false.
QList<Country> parseIsoCountries(const QByteArray &json, const QString &fileName, QStringList &errors);

// eea.json: items {"code", "name"?, "eu": bool}. Sets eea (and eu) on `countries`, which
// must be sorted by code. Unknown codes are errors.
QDate applyEea(const QByteArray &json, const QString &fileName, QList<Country> &countries, QStringList &errors);

// adequacy.json: items {"country", "subject", "date", "scope", "partial", "reference",
// "source", "notes"?}. Country codes must be in `countries` (sorted by code) and not EEA;
// at most one decision per country; "" for an international organisation.
QDate parseAdequacy(const QByteArray &json, const QString &fileName, const QList<Country> &countries,
                    QList<AdequacyDecision> &decisions, QStringList &errors, QStringList *languages = nullptr);

// Legal items: {"key", "reference", "title", "text", "invalidated"?, "judgment"?, <lang>...}.
// Every value of the enumeration must have exactly one item; `items` comes back in the enum's
// declaration order.
// Translations (legal items and adequacy.json): the file's optional "languages" (["nl", "de"])
// lists the languages every item translates, each as a member named by the language with the
// same texts ({"reference", "title", "text", "judgment"?}; adequacy: {"subject", "scope",
// "reference"}); then "translations_source" is required. A missing, empty or unknown member is
// an error. `languages` receives the file's list.
QDate parseLawfulBases(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                       QStringList *languages = nullptr);
QDate parseArt9Conditions(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                          QStringList *languages = nullptr);
QDate parseMechanisms(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                      QStringList *languages = nullptr);
QDate parseDerogations(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                       QStringList *languages = nullptr);

// Binary search in a list sorted by code.
const Country *findCountry(const QList<Country> &countries, QStringView code);

} // namespace ropa::reference_detail
