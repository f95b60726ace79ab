#pragma once

// The enumerations of the domain and their names in the interchange format
// (JSON-FORMAT.md). The same names are stored in the .ropa file, so a name
// never changes once released; a new value is a format change.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>
#include <utility>

namespace ropa {

enum class PartyKind { Organisation, PublicAuthority, InternationalOrganisation, Individual };

// Art. 9(1) special categories of personal data.
enum class SpecialCategory {
    RacialEthnicOrigin,
    PoliticalOpinions,
    ReligiousBeliefs,
    TradeUnion,
    Genetic,
    Biometric,
    Health,
    SexLifeOrientation,
};

// US state-law (CCPA/CPRA) category names.
enum class UsCategory {
    Identifiers,
    PersonalCharacteristics,
    Commercial,
    InternetActivity,
    Geolocation,
    Sensory,
    Professional,
    Education,
    Sensitive,
};

enum class SourceKind { DataSubject, CustomerSystems, Automatic, ThirdParty, Public, Other };

enum class MeasureKind {
    Encryption,
    AccessControl,
    Backup,
    Pseudonymisation,
    Logging,
    Network,
    Physical,
    Organisational,
    Other,
};

// What the organisation of an activity, or the recipient of a transfer, acts as. Internal: a
// recipient within the organisation itself (a department), as the CNIL's register lists
// internal recipients apart from external bodies and processors; meant for transfers.
enum class Role { Controller, Processor, JointController, Internal };

// Art. 6(1)(a)-(f).
enum class LawfulBasis { Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests };

// Art. 9(2)(a)-(j).
enum class Art9Condition { A, B, C, D, E, F, G, H, I, J };

// Chapter V transfer mechanisms. PrivacyShield and SafeHarbour were invalidated by the
// CJEU (C-311/18, 16 July 2020; C-362/14, 6 October 2015) and are kept so that older
// policies can be recorded and flagged. NotStated: the source says nothing about the
// mechanism (find out); None: the transfer is recorded as having none (format 6, JSON
// version 2's "not_stated"; docs/decisions/0022-mechanism-not-stated-dpo-not-required.md).
enum class Mechanism {
    Eea,
    Adequacy,
    Dpf,
    Scc,
    Bcr,
    CodeOfConduct,
    Certification,
    Derogation,
    PrivacyShield,
    SafeHarbour,
    NotStated,
    None,
};

// Art. 49(1)(a)-(g), and the second subparagraph ("compelling legitimate interests").
enum class Derogation { A, B, C, D, E, F, G, CompellingInterests };

// The status of an activity's record in the register (the Dutch register's "Status").
enum class RecordStatus { Draft, InReview, Adopted, Withdrawn };

// Art. 13(2)(e): whether providing a data item is a statutory or contractual requirement, or a
// requirement necessary to enter into a contract, or voluntary.
enum class Obligation { Statutory, Contractual, ContractRequirement, Voluntary };

// The nine criteria of the EDPB/WP248 rev.01 guidelines for "likely to result in a high risk"
// (Art. 35(1)): two or more usually mean a DPIA is required.
enum class DpiaCriterion {
    EvaluationScoring,
    AutomatedDecisions,
    SystematicMonitoring,
    SensitiveData,
    LargeScale,
    MatchedDatasets,
    VulnerableSubjects,
    InnovativeTechnology,
    PreventsRights,
};

// What a source document is.
enum class DocumentKind {
    PrivacyPolicy,
    Contract, // a contract or a data processing agreement (Art. 28(3))
    DpiaReport,
    LegitimateInterestsAssessment,
    ConsentRecord,
    RetentionPolicy,
    SubprocessorList,
    Other,
};

template <typename E> struct EnumName
{
    E value;
    const char *name;
};

// The table of names of an enumeration, in declaration order.
template <typename E> std::span<const EnumName<E>> enumNames();

// The tables live in enums.cpp.
template <> std::span<const EnumName<PartyKind>> enumNames<PartyKind>();
template <> std::span<const EnumName<SpecialCategory>> enumNames<SpecialCategory>();
template <> std::span<const EnumName<UsCategory>> enumNames<UsCategory>();
template <> std::span<const EnumName<SourceKind>> enumNames<SourceKind>();
template <> std::span<const EnumName<MeasureKind>> enumNames<MeasureKind>();
template <> std::span<const EnumName<Role>> enumNames<Role>();
template <> std::span<const EnumName<LawfulBasis>> enumNames<LawfulBasis>();
template <> std::span<const EnumName<Art9Condition>> enumNames<Art9Condition>();
template <> std::span<const EnumName<Mechanism>> enumNames<Mechanism>();
template <> std::span<const EnumName<Derogation>> enumNames<Derogation>();
template <> std::span<const EnumName<RecordStatus>> enumNames<RecordStatus>();
template <> std::span<const EnumName<Obligation>> enumNames<Obligation>();
template <> std::span<const EnumName<DpiaCriterion>> enumNames<DpiaCriterion>();
template <> std::span<const EnumName<DocumentKind>> enumNames<DocumentKind>();

template <typename E> QString enumToString(E value)
{
    for (const auto &entry : enumNames<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template <typename E> std::optional<E> enumFromString(QStringView text)
{
    for (const auto &entry : enumNames<E>()) {
        if (text == QLatin1StringView(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

// All names of an enumeration, for messages such as "expected one of: ...".
template <typename E> QStringList enumAllNames()
{
    QStringList names;
    for (const auto &entry : enumNames<E>())
        names.append(QString::fromLatin1(entry.name));
    return names;
}

} // namespace ropa
