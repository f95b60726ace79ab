#pragma once

// The entities of a data inventory (DOMAIN.md, JSON-FORMAT.md), as plain value types.
// Every entity is keyed by a QUuid; references between entities are ids.
//
// Conventions shared by the JSON format and the .ropa store:
// - a "nullable" text (Document::url, Party::country, ...) is empty when not stated and
//   written as null; a plain text (notes, description, ...) is always written as a string;
// - std::optional marks an enumeration, date or flag that may be "not stated";
// - lists of ids keep the order the user gave them.

#include "enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <variant>

namespace ropa {

using Id = QUuid;
using IdList = QList<QUuid>;

// Which document says so, and the sentence that says it.
struct Evidence
{
    Id document;
    QString quote;
    friend bool operator==(const Evidence &, const Evidence &) = default;
};
using EvidenceList = QList<Evidence>;

struct Contact
{
    QString name;
    QString email;
    QString phone;
    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && phone.isEmpty(); }
    friend bool operator==(const Contact &, const Contact &) = default;
};

// A source document: a privacy policy, a DPA, a subprocessor list.
struct Document
{
    Id id;
    QString title;
    QString url; // nullable
    std::optional<QDate> date;
    QString text; // nullable: the full text of the document
    friend bool operator==(const Document &, const Document &) = default;
};

// Every organisation in the picture, the project's own entities included.
struct Party
{
    Id id;
    QString name;
    PartyKind kind = PartyKind::Organisation;
    bool named = true;     // false: a category of recipients ("Marketing partners")
    bool own = false;      // the controller/processor whose record this project is
    QString country;       // nullable: ISO 3166-1 alpha-2 or "EU"
    QStringList locations; // processing locations, same codes
    QString address;
    Contact contact;
    std::optional<Contact> dpo;
    std::optional<Contact> representative; // EU/UK representative, Art. 27
    QString website;                       // nullable
    std::optional<QDate> dpaSigned;
    std::optional<bool> dpfCertified;
    QStringList certifications;
    QString notes;
    EvidenceList evidence;
    friend bool operator==(const Party &, const Party &) = default;
};

struct DataCategory
{
    Id id;
    QString name;
    Id parent; // null: a top-level category
    QString description;
    QStringList examples;
    std::optional<SpecialCategory> special; // Art. 9
    bool criminal = false;                  // Art. 10
    std::optional<UsCategory> usCategory;
    EvidenceList evidence;
    friend bool operator==(const DataCategory &, const DataCategory &) = default;
};

struct DataSubject
{
    Id id;
    QString name;
    QString description;
    EvidenceList evidence;
    friend bool operator==(const DataSubject &, const DataSubject &) = default;
};

struct Source
{
    Id id;
    QString name;
    SourceKind kind = SourceKind::Other;
    EvidenceList evidence;
    friend bool operator==(const Source &, const Source &) = default;
};

struct SecurityMeasure
{
    Id id;
    QString name;
    MeasureKind kind = MeasureKind::Other;
    QString description;
    EvidenceList evidence;
    friend bool operator==(const SecurityMeasure &, const SecurityMeasure &) = default;
};

// How long data of some categories is kept within an activity (Art. 30(1)(f)).
struct RetentionRule
{
    IdList categories;
    QString duration; // nullable: ISO 8601 duration, e.g. P6Y
    QString trigger;  // nullable: "account dormant", "end of contract"
    QString legalReference;
    QString text; // as written in the source
    friend bool operator==(const RetentionRule &, const RetentionRule &) = default;
};

// The legitimate-interests balancing test (Art. 6(1)(f), Art. 5(2)): when it was made and
// what it weighed and concluded (or where that is written down).
struct BalancingTest
{
    std::optional<QDate> date;
    QString note;
    bool isEmpty() const { return !date && note.isEmpty(); }
    friend bool operator==(const BalancingTest &, const BalancingTest &) = default;
};

struct Dpia
{
    std::optional<bool> required;
    std::optional<QDate> done;
    friend bool operator==(const Dpia &, const Dpia &) = default;
};

// The unit of the Article 30 record.
struct Activity
{
    Id id;
    QString name;
    Id organisation; // an own party
    Role role = Role::Controller;
    Id onBehalfOf; // the controller, for processor activities; may be null
    QStringList purposes;
    std::optional<LawfulBasis> lawfulBasis;
    std::optional<Art9Condition> art9Condition;
    QString art10Basis; // nullable: the Art. 10 basis as written
    // Art. 7(4): the record says the service (or contract) is conditional on this consent.
    std::optional<bool> consentConditionOfService;
    BalancingTest balancingTest; // for legitimate interests, Art. 6(1)(f)
    IdList dataSubjects;
    IdList dataCategories;
    IdList sources;
    IdList securityMeasures;
    QList<RetentionRule> retention;
    Dpia dpia;
    std::optional<bool> largeScale; // large-scale processing, Art. 35(3)(b), (c); EDPB WP248
    QString owner;
    std::optional<QDate> lastReviewed;
    QString notes;
    EvidenceList evidence;
    friend bool operator==(const Activity &, const Activity &) = default;
};

// An edge of the onward-transfer graph.
struct Transfer
{
    Id id;
    Id from;
    Id to;
    Role role = Role::Processor; // what the recipient acts as
    IdList activities;
    IdList dataCategories;
    QString purpose;
    QStringList countries;
    Mechanism mechanism = Mechanism::None;
    std::optional<int> sccModule; // 1-4
    std::optional<Derogation> derogation;
    // Art. 49(1): derogations are for occasional transfers; yes/no/not stated.
    std::optional<bool> occasional;
    // Art. 49(1) second subparagraph, Art. 30(1)(e): the documentation of the suitable
    // safeguards (the assessment and what protects the data). Plain text, empty: not stated.
    QString suitableSafeguards;
    std::optional<QDate> tiaDone;
    EvidenceList evidence;
    friend bool operator==(const Transfer &, const Transfer &) = default;
};

// The kinds of entity, in the order the interchange format lists them.
enum class EntityKind {
    Document,
    Party,
    DataCategory,
    DataSubject,
    Source,
    SecurityMeasure,
    Activity,
    Transfer,
};
inline constexpr int EntityKindCount = 8;

using AnyEntity = std::variant<Document, Party, DataCategory, DataSubject, Source, SecurityMeasure, Activity, Transfer>;

template <typename T> constexpr EntityKind kindOf();
template <> constexpr EntityKind kindOf<Document>()
{
    return EntityKind::Document;
}
template <> constexpr EntityKind kindOf<Party>()
{
    return EntityKind::Party;
}
template <> constexpr EntityKind kindOf<DataCategory>()
{
    return EntityKind::DataCategory;
}
template <> constexpr EntityKind kindOf<DataSubject>()
{
    return EntityKind::DataSubject;
}
template <> constexpr EntityKind kindOf<Source>()
{
    return EntityKind::Source;
}
template <> constexpr EntityKind kindOf<SecurityMeasure>()
{
    return EntityKind::SecurityMeasure;
}
template <> constexpr EntityKind kindOf<Activity>()
{
    return EntityKind::Activity;
}
template <> constexpr EntityKind kindOf<Transfer>()
{
    return EntityKind::Transfer;
}

EntityKind kindOf(const AnyEntity &entity);
Id idOf(const AnyEntity &entity);
QString nameOf(const AnyEntity &entity);

// The key of each kind in the interchange format ("parties", "data_categories", ...).
QString entityKindKey(EntityKind kind);
// A readable singular name for messages ("party", "data category").
QString entityKindNoun(EntityKind kind);

// The id in the interchange format: lower-case 8-4-4-4-12, no braces.
inline QString idToString(const Id &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}
// Parses the canonical form only; anything else gives a null QUuid.
Id idFromString(QStringView text);

} // namespace ropa
