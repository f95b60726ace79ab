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
    QString function{}; // the person's function or job title ("Privacy officer"); format 5
    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && phone.isEmpty() && function.isEmpty(); }
    friend bool operator==(const Contact &, const Contact &) = default;
};

// A source document: a privacy policy, a DPA, a subprocessor list.
struct Document
{
    Id id;
    QString title;
    QString url; // nullable
    std::optional<QDate> date;
    QString text;                       // nullable: the full text of the document
    std::optional<DocumentKind> kind{}; // format 5
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
    // Why no DPO is required (Art. 37(1) does not apply), as the organisation states it; empty:
    // not stated. Meant for own parties with no DPO (format 6).
    QString dpoNotRequired;
    std::optional<Contact> representative; // EU/UK representative, Art. 27
    QString website;                       // nullable
    // Art. 28(3): a data processing agreement is in place: yes, no, or not stated; when it was
    // signed, and the document that is the agreement. A date with dpaInPlace not stated means
    // the DPA is in place (that is all format 4 and JSON version 1 could say); a date with
    // dpaInPlace false is refused. Use dpaState().
    std::optional<bool> dpaInPlace;
    std::optional<QDate> dpaSigned;
    Id dpaDocument;
    std::optional<bool> dpfCertified;
    QStringList certifications;
    IdList documents; // linked documents (attachments): contracts, assessments, ...
    QString notes;
    EvidenceList evidence;
    // A processor's DPA gives the controller a period to object to a new subprocessor
    // (Art. 28(2), (4)): its length in days, and the date the last change notice was received
    // (issue 20; objectionDeadline() in subprocessorsnapshot.h). Not stated when empty.
    std::optional<int> noticePeriodDays{};
    std::optional<QDate> changeNoticeReceived{};
    friend bool operator==(const Party &, const Party &) = default;
};

// Yes, no or not stated: whether the party has a DPA in place (a signing date means yes).
inline std::optional<bool> dpaState(const Party &p)
{
    return p.dpaInPlace ? p.dpaInPlace : p.dpaSigned ? std::optional<bool>(true) : std::nullopt;
}

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

// The data protection impact assessment (Art. 35): whether it is required, whether it was
// performed (yes, no, not stated), when, and the document that is its report. A date with
// `performed` not stated means performed (format 4 and JSON version 1 held only the date); a
// date with `performed` false is refused. Use dpiaPerformed().
struct Dpia
{
    std::optional<bool> required;
    std::optional<QDate> done; // the date it was performed
    std::optional<bool> performed{};
    Id document{};
    friend bool operator==(const Dpia &, const Dpia &) = default;
};

inline std::optional<bool> dpiaPerformed(const Dpia &d)
{
    return d.performed ? d.performed : d.done ? std::optional<bool>(true) : std::nullopt;
}

// The screening that decides whether a DPIA is required (Art. 35(1), (3), (4); EDPB/WP248
// rev.01): the criteria met, whether the processing is on the supervisory authority's list,
// whether it is likely to result in a high risk, the outcome, and the report (a document).
struct DpiaScreening
{
    QList<DpiaCriterion> criteria; // a set: each at most once, in the order given
    std::optional<bool> onAuthorityList;
    std::optional<bool> highRisk;
    QString outcome;
    Id report;
    bool isEmpty() const
    {
        return criteria.isEmpty() && !onAuthorityList && !highRisk && outcome.isEmpty() && report.isNull();
    }
    friend bool operator==(const DpiaScreening &, const DpiaScreening &) = default;
};

// Art. 22, Art. 13(2)(f), Art. 30 as the ICO template and the Dutch register keep it: whether
// decisions are taken by automated means only (including profiling), the logic involved, and
// the significance and envisaged consequences for the data subject.
struct AutomatedDecisions
{
    std::optional<bool> present;
    std::optional<bool> profiling;
    QString logic;
    QString significance;
    bool isEmpty() const { return !present && !profiling && logic.isEmpty() && significance.isEmpty(); }
    friend bool operator==(const AutomatedDecisions &, const AutomatedDecisions &) = default;
};

// A data item: one data category of one group of data subjects within an activity, with
// where it comes from, why it is collected, how long it is kept and whether the subject must
// provide it (the Dutch register's "Gegevens" of a "Betrokkene", the CNIL's retention per
// category; Art. 13(2)(e), Art. 14(2)(f), Art. 30(1)(f)).
struct DataItem
{
    Id category;           // required
    Id subject;            // null: every data subject of the activity
    IdList sources;        // where this item comes from
    QString purpose;       // why it is collected
    QString retention;     // nullable: ISO 8601 duration, e.g. P7Y
    QString retentionText; // the retention as written ("7 years after the contract ends")
    std::optional<Obligation> obligation;
    QString consequence; // what happens when the subject does not provide it
    friend bool operator==(const DataItem &, const DataItem &) = default;
};

// An application, database or service the data is kept in ("Location of personal data" in
// the ICO template, "Systemen" in the Dutch register, "software used" in the CNIL's).
struct System
{
    Id id;
    QString name;
    QString description;
    Id hostingParty;       // who hosts it; null: not stated
    QStringList locations; // where it is hosted: ISO 3166-1 alpha-2 or "EU"
    QString notes;
    EvidenceList evidence;
    friend bool operator==(const System &, const System &) = default;
};

// The unit of the Article 30 record.
struct Activity
{
    Id id;
    QString name;
    // The record's own identity in a register (format 5): its reference ("M8085"), status,
    // version as written, created and last-changed dates, the department or business function
    // that keeps it, and a contact person with a function. The texts are nullable.
    QString reference;
    std::optional<RecordStatus> status;
    QString recordVersion;
    std::optional<QDate> created;
    std::optional<QDate> lastChanged;
    QString department;
    Contact contactPerson; // empty: not stated
    Id organisation;       // an own party
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
    QList<DataItem> dataItems;
    IdList securityMeasures;
    IdList systems;
    QList<RetentionRule> retention;
    AutomatedDecisions automatedDecisions;
    Dpia dpia;
    DpiaScreening dpiaScreening;
    std::optional<bool> largeScale; // large-scale processing, Art. 35(3)(b), (c); EDPB WP248
    QString owner;
    std::optional<QDate> lastReviewed;
    IdList documents; // linked documents (attachments): a DPIA report, an assessment, ...
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
    // Which categories the transfer carries: allCategories says "every category of its
    // activities"; otherwise dataCategories lists them, and an empty list is "not stated"
    // (format 4 and JSON version 1 read an empty list as "all"; their files migrate to
    // allCategories). allCategories with a non-empty list is refused.
    bool allCategories = false;
    IdList dataCategories;
    QString purpose;
    QStringList countries;
    Mechanism mechanism = Mechanism::NotStated;
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
    System,
    Activity,
    Transfer,
};
inline constexpr int EntityKindCount = 9;

using AnyEntity =
    std::variant<Document, Party, DataCategory, DataSubject, Source, SecurityMeasure, System, Activity, Transfer>;

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
template <> constexpr EntityKind kindOf<System>()
{
    return EntityKind::System;
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
