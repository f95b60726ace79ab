#pragma once

// Reference data: countries (Debian's iso-codes), EEA membership, EU adequacy decisions,
// Art. 6(1) lawful bases, Art. 9(2) conditions, Art. 49(1) derogations and transfer
// mechanisms. All of it is JSON in resources/reference/, read once at first use, and each
// file carries its source and an "as of" date, so a change in law is a data change.
// Immutable after loading: safe to share between projects and threads.

#include "domain/enums.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ropa {

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString name; // English common name from iso-codes (common_name, or name)
    bool eu = false;
    bool eea = false; // EU 27 + IS, LI, NO
    QString isoName;  // iso-codes' "name" ("Korea, Republic of" where name is "South Korea")
};

// The texts of an adequacy decision in another language than English (adequacy.json's
// per-language members, e.g. "nl": {"subject", "scope", "reference"}).
struct AdequacyText
{
    QString subject;
    QString scope;
    QString reference;
};

struct AdequacyDecision
{
    QString country;                           // ISO 3166-1 alpha-2, or empty for an international organisation
    QString subject;                           // "Japan", "European Patent Organisation"
    QDate date;                                // date of the decision
    QString scope;                             // "commercial organisations", "DPF-certified organisations only", ...
    bool partial = false;                      // true when the scope does not cover every recipient in the country
    QString reference;                         // the implementing decision, e.g. "Decision (EU) 2019/419"
    QString source;                            // where this was checked (URL)
    QHash<QString, AdequacyText> translations; // "nl", "de": the same texts in that language

    // The texts in language ("nl", "de", "nl_NL"...); English for "en" and for a language
    // the file does not translate.
    QString subjectIn(QStringView language) const;
    QString scopeIn(QStringView language) const;
    QString referenceIn(QStringView language) const;
};

// The texts of a legal item in another language than English (the per-language members of
// the items in lawful_bases.json, art9_conditions.json, mechanisms.json, derogations.json).
struct LegalText
{
    QString reference; // "art. 6, lid 1, onder a, AVG", "Art. 6 Abs. 1 lit. a DSGVO"
    QString title;     // "Toestemming", "Einwilligung"
    QString text;
    QString judgment; // only for invalidated items
};

// One legal item with its reference and a short text a tooltip can quote.
struct LegalItem
{
    QString key;                            // the enum name used in the format ("consent", "a", "scc")
    QString reference;                      // "Art. 6(1)(a) GDPR"
    QString title;                          // "Consent"
    QString text;                           // a short paraphrase of the provision
    std::optional<QDate> invalidated;       // Privacy Shield, Safe Harbour
    QString judgment;                       // "CJEU C-311/18 (Schrems II)"
    QHash<QString, LegalText> translations; // "nl", "de": the same texts in that language

    // The texts in language ("nl", "de", "nl_NL"...); English for "en" and for a language
    // the file does not translate. Records pass the record's language, the user interface
    // and findings Reference::displayLanguage().
    QString referenceIn(QStringView language) const;
    QString titleIn(QStringView language) const;
    QString textIn(QStringView language) const;
    QString judgmentIn(QStringView language) const;
};

class Reference
{
public:
    // Loads the data on first use. Loading a broken resource is a programming error
    // (the files are compiled in); isValid() and error() tell.
    static const Reference &instance();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The "as of" date of the legal data (the oldest of the files' dates).
    QDate asOf() const { return m_asOf; }

    const QList<Country> &countries() const { return m_countries; }
    const Country *country(QStringView code) const;
    // The country's name in language ("nl", "de", "nl_NL"...), from iso-codes' translations
    // (iso_3166-1.mo, compiled in), or the English name when there is none for that language
    // or that country. Empty for an unknown code. "EU" is not a country of iso-codes: callers
    // name it in their own translated text.
    QString countryName(QStringView code, QStringView language) const;
    // The same in displayLanguage(): for the user interface.
    QString countryName(QStringView code) const { return countryName(code, displayLanguage()); }
    // The languages with translated country names ("de", "nl"), besides English.
    QStringList countryNameLanguages() const;
    // The languages every legal item and adequacy decision is translated into ("de", "nl"),
    // besides English: those all four legal files and adequacy.json list in "languages".
    QStringList legalTextLanguages() const { return m_legalTextLanguages; }
    // The language the user interface shows country names in: "en" unless the program set
    // its own (the GUI does, with the language of its translation). Thread-safe.
    static QString displayLanguage();
    static void setDisplayLanguage(const QString &language);
    // A country code the format accepts: ISO 3166-1 alpha-2 (upper case), or "EU".
    bool isCountryCode(QStringView code) const;
    bool isEea(QStringView code) const;
    // The adequacy decision covering that country, if any.
    const AdequacyDecision *adequacy(QStringView code) const;
    const QList<AdequacyDecision> &adequacyDecisions() const { return m_adequacy; }

    const LegalItem *lawfulBasis(LawfulBasis basis) const;
    const LegalItem *art9Condition(Art9Condition condition) const;
    const LegalItem *mechanism(Mechanism mechanism) const;
    const LegalItem *derogation(Derogation derogation) const;
    const QList<LegalItem> &lawfulBases() const { return m_lawfulBases; }
    const QList<LegalItem> &art9Conditions() const { return m_art9Conditions; }
    const QList<LegalItem> &mechanisms() const { return m_mechanisms; }
    const QList<LegalItem> &derogations() const { return m_derogations; }

private:
    Reference();
    void load();

    QString m_error;
    QDate m_asOf;
    QList<Country> m_countries;
    QList<AdequacyDecision> m_adequacy;
    QList<LegalItem> m_lawfulBases;
    QList<LegalItem> m_art9Conditions;
    QList<LegalItem> m_mechanisms;
    QList<LegalItem> m_derogations;
    QStringList m_legalTextLanguages;
    // language -> country code -> translated name (only names that differ from nothing).
    QHash<QString, QHash<QString, QString>> m_countryNames;
};

} // namespace ropa
