#include "enums.h"

namespace ropa {

namespace {

template <typename E, std::size_t N> std::span<const EnumName<E>> table(const EnumName<E> (&names)[N])
{
    return std::span<const EnumName<E>>(names, N);
}

} // namespace

template <> std::span<const EnumName<PartyKind>> enumNames<PartyKind>()
{
    static constexpr EnumName<PartyKind> names[] = {
        {PartyKind::Organisation, "organisation"},
        {PartyKind::PublicAuthority, "public_authority"},
        {PartyKind::InternationalOrganisation, "international_organisation"},
        {PartyKind::Individual, "individual"},
    };
    return table(names);
}

template <> std::span<const EnumName<SpecialCategory>> enumNames<SpecialCategory>()
{
    static constexpr EnumName<SpecialCategory> names[] = {
        {SpecialCategory::RacialEthnicOrigin, "racial_ethnic_origin"},
        {SpecialCategory::PoliticalOpinions, "political_opinions"},
        {SpecialCategory::ReligiousBeliefs, "religious_beliefs"},
        {SpecialCategory::TradeUnion, "trade_union"},
        {SpecialCategory::Genetic, "genetic"},
        {SpecialCategory::Biometric, "biometric"},
        {SpecialCategory::Health, "health"},
        {SpecialCategory::SexLifeOrientation, "sex_life_orientation"},
    };
    return table(names);
}

template <> std::span<const EnumName<UsCategory>> enumNames<UsCategory>()
{
    static constexpr EnumName<UsCategory> names[] = {
        {UsCategory::Identifiers, "identifiers"},   {UsCategory::PersonalCharacteristics, "personal_characteristics"},
        {UsCategory::Commercial, "commercial"},     {UsCategory::InternetActivity, "internet_activity"},
        {UsCategory::Geolocation, "geolocation"},   {UsCategory::Sensory, "sensory"},
        {UsCategory::Professional, "professional"}, {UsCategory::Education, "education"},
        {UsCategory::Sensitive, "sensitive"},
    };
    return table(names);
}

template <> std::span<const EnumName<SourceKind>> enumNames<SourceKind>()
{
    static constexpr EnumName<SourceKind> names[] = {
        {SourceKind::DataSubject, "data_subject"},
        {SourceKind::CustomerSystems, "customer_systems"},
        {SourceKind::Automatic, "automatic"},
        {SourceKind::ThirdParty, "third_party"},
        {SourceKind::Public, "public"},
        {SourceKind::Other, "other"},
    };
    return table(names);
}

template <> std::span<const EnumName<MeasureKind>> enumNames<MeasureKind>()
{
    static constexpr EnumName<MeasureKind> names[] = {
        {MeasureKind::Encryption, "encryption"}, {MeasureKind::AccessControl, "access_control"},
        {MeasureKind::Backup, "backup"},         {MeasureKind::Pseudonymisation, "pseudonymisation"},
        {MeasureKind::Logging, "logging"},       {MeasureKind::Network, "network"},
        {MeasureKind::Physical, "physical"},     {MeasureKind::Organisational, "organisational"},
        {MeasureKind::Other, "other"},
    };
    return table(names);
}

template <> std::span<const EnumName<Role>> enumNames<Role>()
{
    static constexpr EnumName<Role> names[] = {
        {Role::Controller, "controller"},
        {Role::Processor, "processor"},
        {Role::JointController, "joint_controller"},
        {Role::Internal, "internal"},
    };
    return table(names);
}

template <> std::span<const EnumName<LawfulBasis>> enumNames<LawfulBasis>()
{
    static constexpr EnumName<LawfulBasis> names[] = {
        {LawfulBasis::Consent, "consent"},
        {LawfulBasis::Contract, "contract"},
        {LawfulBasis::LegalObligation, "legal_obligation"},
        {LawfulBasis::VitalInterests, "vital_interests"},
        {LawfulBasis::PublicTask, "public_task"},
        {LawfulBasis::LegitimateInterests, "legitimate_interests"},
    };
    return table(names);
}

template <> std::span<const EnumName<Art9Condition>> enumNames<Art9Condition>()
{
    static constexpr EnumName<Art9Condition> names[] = {
        {Art9Condition::A, "a"}, {Art9Condition::B, "b"}, {Art9Condition::C, "c"}, {Art9Condition::D, "d"},
        {Art9Condition::E, "e"}, {Art9Condition::F, "f"}, {Art9Condition::G, "g"}, {Art9Condition::H, "h"},
        {Art9Condition::I, "i"}, {Art9Condition::J, "j"},
    };
    return table(names);
}

template <> std::span<const EnumName<Mechanism>> enumNames<Mechanism>()
{
    static constexpr EnumName<Mechanism> names[] = {
        {Mechanism::Eea, "eea"},
        {Mechanism::Adequacy, "adequacy"},
        {Mechanism::Dpf, "dpf"},
        {Mechanism::Scc, "scc"},
        {Mechanism::Bcr, "bcr"},
        {Mechanism::CodeOfConduct, "code_of_conduct"},
        {Mechanism::Certification, "certification"},
        {Mechanism::Derogation, "derogation"},
        {Mechanism::PrivacyShield, "privacy_shield"},
        {Mechanism::SafeHarbour, "safe_harbour"},
        {Mechanism::NotStated, "not_stated"},
        {Mechanism::None, "none"},
    };
    return table(names);
}

template <> std::span<const EnumName<Derogation>> enumNames<Derogation>()
{
    static constexpr EnumName<Derogation> names[] = {
        {Derogation::A, "a"}, {Derogation::B, "b"},
        {Derogation::C, "c"}, {Derogation::D, "d"},
        {Derogation::E, "e"}, {Derogation::F, "f"},
        {Derogation::G, "g"}, {Derogation::CompellingInterests, "compelling_interests"},
    };
    return table(names);
}

template <> std::span<const EnumName<RecordStatus>> enumNames<RecordStatus>()
{
    static constexpr EnumName<RecordStatus> names[] = {
        {RecordStatus::Draft, "draft"},
        {RecordStatus::InReview, "in_review"},
        {RecordStatus::Adopted, "adopted"},
        {RecordStatus::Withdrawn, "withdrawn"},
    };
    return table(names);
}

template <> std::span<const EnumName<Obligation>> enumNames<Obligation>()
{
    static constexpr EnumName<Obligation> names[] = {
        {Obligation::Statutory, "statutory"},
        {Obligation::Contractual, "contractual"},
        {Obligation::ContractRequirement, "contract_requirement"},
        {Obligation::Voluntary, "voluntary"},
    };
    return table(names);
}

template <> std::span<const EnumName<DpiaCriterion>> enumNames<DpiaCriterion>()
{
    static constexpr EnumName<DpiaCriterion> names[] = {
        {DpiaCriterion::EvaluationScoring, "evaluation_scoring"},
        {DpiaCriterion::AutomatedDecisions, "automated_decisions"},
        {DpiaCriterion::SystematicMonitoring, "systematic_monitoring"},
        {DpiaCriterion::SensitiveData, "sensitive_data"},
        {DpiaCriterion::LargeScale, "large_scale"},
        {DpiaCriterion::MatchedDatasets, "matched_datasets"},
        {DpiaCriterion::VulnerableSubjects, "vulnerable_subjects"},
        {DpiaCriterion::InnovativeTechnology, "innovative_technology"},
        {DpiaCriterion::PreventsRights, "prevents_rights"},
    };
    return table(names);
}

template <> std::span<const EnumName<DocumentKind>> enumNames<DocumentKind>()
{
    static constexpr EnumName<DocumentKind> names[] = {
        {DocumentKind::PrivacyPolicy, "privacy_policy"},
        {DocumentKind::Contract, "contract"},
        {DocumentKind::DpiaReport, "dpia_report"},
        {DocumentKind::LegitimateInterestsAssessment, "legitimate_interests_assessment"},
        {DocumentKind::ConsentRecord, "consent_record"},
        {DocumentKind::RetentionPolicy, "retention_policy"},
        {DocumentKind::SubprocessorList, "subprocessor_list"},
        {DocumentKind::Other, "other"},
    };
    return table(names);
}

} // namespace ropa
