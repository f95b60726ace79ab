#include "labels.h"

#include <QLocale>
#include <QRegularExpression>

#include "reference/reference.h"

#include <QLocale>
#include <QRegularExpression>

namespace ropa {

QString Labels::partyKind(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Organisation: return tr("Organisation");
    case PartyKind::PublicAuthority: return tr("Public authority");
    case PartyKind::InternationalOrganisation: return tr("International organisation");
    case PartyKind::Individual: return tr("Individual");
    }
    return {};
}

QString Labels::special(SpecialCategory category)
{
    switch (category) {
    case SpecialCategory::RacialEthnicOrigin: return tr("Racial or ethnic origin");
    case SpecialCategory::PoliticalOpinions: return tr("Political opinions");
    case SpecialCategory::ReligiousBeliefs: return tr("Religious or philosophical beliefs");
    case SpecialCategory::TradeUnion: return tr("Trade-union membership");
    case SpecialCategory::Genetic: return tr("Genetic data");
    case SpecialCategory::Biometric: return tr("Biometric data");
    case SpecialCategory::Health: return tr("Health");
    case SpecialCategory::SexLifeOrientation: return tr("Sex life or sexual orientation");
    }
    return {};
}

QString Labels::usCategory(UsCategory category)
{
    switch (category) {
    case UsCategory::Identifiers: return tr("Identifiers");
    case UsCategory::PersonalCharacteristics: return tr("Personal characteristics");
    case UsCategory::Commercial: return tr("Commercial information");
    case UsCategory::InternetActivity: return tr("Internet or electronic activity");
    case UsCategory::Geolocation: return tr("Geolocation data");
    case UsCategory::Sensory: return tr("Sensory data");
    case UsCategory::Professional: return tr("Professional information");
    case UsCategory::Education: return tr("Education information");
    case UsCategory::Sensitive: return tr("Sensitive personal information");
    }
    return {};
}

QString Labels::sourceKind(SourceKind kind)
{
    switch (kind) {
    case SourceKind::DataSubject: return tr("From the data subject");
    case SourceKind::CustomerSystems: return tr("From customer systems");
    case SourceKind::Automatic: return tr("Collected automatically");
    case SourceKind::ThirdParty: return tr("From third parties");
    case SourceKind::Public: return tr("From public sources");
    case SourceKind::Other: return tr("Other");
    }
    return {};
}

QString Labels::measureKind(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Encryption: return tr("Encryption");
    case MeasureKind::AccessControl: return tr("Access control");
    case MeasureKind::Backup: return tr("Backup");
    case MeasureKind::Pseudonymisation: return tr("Pseudonymisation");
    case MeasureKind::Logging: return tr("Logging");
    case MeasureKind::Network: return tr("Network security");
    case MeasureKind::Physical: return tr("Physical security");
    case MeasureKind::Organisational: return tr("Organisational");
    case MeasureKind::Other: return tr("Other");
    }
    return {};
}

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Controller: return tr("Controller");
    case Role::Processor: return tr("Processor");
    case Role::JointController: return tr("Joint controller");
    case Role::Internal: return tr("Internal recipient");
    }
    return {};
}

QString Labels::recordStatus(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft: return tr("Draft");
    case RecordStatus::InReview: return tr("In review");
    case RecordStatus::Adopted: return tr("Adopted");
    case RecordStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString Labels::obligation(Obligation obligation)
{
    switch (obligation) {
    case Obligation::Statutory: return tr("Statutory requirement");
    case Obligation::Contractual: return tr("Contractual requirement");
    case Obligation::ContractRequirement: return tr("Required to enter into a contract");
    case Obligation::Voluntary: return tr("Voluntary");
    }
    return {};
}

QString Labels::dpiaCriterion(DpiaCriterion criterion)
{
    switch (criterion) {
    case DpiaCriterion::EvaluationScoring: return tr("Evaluation or scoring");
    case DpiaCriterion::AutomatedDecisions: return tr("Automated decisions with legal or similar effect");
    case DpiaCriterion::SystematicMonitoring: return tr("Systematic monitoring");
    case DpiaCriterion::SensitiveData: return tr("Sensitive or highly personal data");
    case DpiaCriterion::LargeScale: return tr("Data processed on a large scale");
    case DpiaCriterion::MatchedDatasets: return tr("Matched or combined datasets");
    case DpiaCriterion::VulnerableSubjects: return tr("Data of vulnerable data subjects");
    case DpiaCriterion::InnovativeTechnology: return tr("Innovative use of technology");
    case DpiaCriterion::PreventsRights: return tr("Prevents the exercise of a right or use of a service");
    }
    return {};
}

QString Labels::documentKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::PrivacyPolicy: return tr("Privacy policy");
    case DocumentKind::Contract: return tr("Contract or DPA");
    case DocumentKind::DpiaReport: return tr("DPIA report");
    case DocumentKind::LegitimateInterestsAssessment: return tr("Legitimate interests assessment");
    case DocumentKind::ConsentRecord: return tr("Consent record");
    case DocumentKind::RetentionPolicy: return tr("Retention policy");
    case DocumentKind::SubprocessorList: return tr("Subprocessor list");
    case DocumentKind::Other: return tr("Other");
    }
    return {};
}

QString Labels::lawfulBasis(LawfulBasis basis)
{
    switch (basis) {
    case LawfulBasis::Consent: return tr("Consent");
    case LawfulBasis::Contract: return tr("Contract");
    case LawfulBasis::LegalObligation: return tr("Legal obligation");
    case LawfulBasis::VitalInterests: return tr("Vital interests");
    case LawfulBasis::PublicTask: return tr("Public task");
    case LawfulBasis::LegitimateInterests: return tr("Legitimate interests");
    }
    return {};
}

QString Labels::lawfulBasisReference(LawfulBasis basis)
{
    const auto letter = QChar(u'a' + static_cast<int>(basis));
    return tr("Art. 6(1)(%1)").arg(letter);
}

QString Labels::art9Condition(Art9Condition condition)
{
    const auto letter = QChar(u'a' + static_cast<int>(condition));
    QString what;
    switch (condition) {
    case Art9Condition::A: what = tr("explicit consent"); break;
    case Art9Condition::B: what = tr("employment and social security law"); break;
    case Art9Condition::C: what = tr("vital interests"); break;
    case Art9Condition::D: what = tr("not-for-profit body"); break;
    case Art9Condition::E: what = tr("made public by the data subject"); break;
    case Art9Condition::F: what = tr("legal claims"); break;
    case Art9Condition::G: what = tr("substantial public interest"); break;
    case Art9Condition::H: what = tr("health or social care"); break;
    case Art9Condition::I: what = tr("public health"); break;
    case Art9Condition::J: what = tr("archiving, research or statistics"); break;
    }
    return tr("Art. 9(2)(%1): %2").arg(letter).arg(what);
}

QString Labels::mechanism(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Eea: return tr("Within the EEA");
    case Mechanism::Adequacy: return tr("Adequacy decision");
    case Mechanism::Dpf: return tr("EU-U.S. Data Privacy Framework");
    case Mechanism::Scc: return tr("Standard contractual clauses");
    case Mechanism::Bcr: return tr("Binding corporate rules");
    case Mechanism::CodeOfConduct: return tr("Code of conduct");
    case Mechanism::Certification: return tr("Certification");
    case Mechanism::Derogation: return tr("Derogation (Art. 49)");
    case Mechanism::PrivacyShield: return tr("Privacy Shield (invalidated)");
    case Mechanism::SafeHarbour: return tr("Safe Harbour (invalidated)");
    case Mechanism::NotStated: return notStated(); // as every field not stated, in the editors too
    case Mechanism::None: return tr("None (no mechanism)");
    }
    return {};
}

QString Labels::mechanism(Mechanism mechanism, std::optional<int> sccModule)
{
    if (mechanism == Mechanism::Scc && sccModule)
        return tr("Standard contractual clauses (module %1)").arg(*sccModule);
    return Labels::mechanism(mechanism);
}

QString Labels::mechanismShort(Mechanism mechanism, std::optional<int> sccModule)
{
    switch (mechanism) {
    case Mechanism::Eea: return tr("EEA");
    case Mechanism::Adequacy: return tr("Adequacy");
    case Mechanism::Dpf: return tr("DPF");
    case Mechanism::Scc: return sccModule ? tr("SCC module %1").arg(*sccModule) : tr("SCC");
    case Mechanism::Bcr: return tr("BCR");
    case Mechanism::CodeOfConduct: return tr("Code of conduct");
    case Mechanism::Certification: return tr("Certification");
    case Mechanism::Derogation: return tr("Derogation");
    case Mechanism::PrivacyShield: return tr("Privacy Shield (invalid)");
    case Mechanism::SafeHarbour: return tr("Safe Harbour (invalid)");
    case Mechanism::NotStated: return notStated(); // as every field not stated, in the editors too
    case Mechanism::None: return tr("None");
    }
    return {};
}

QString Labels::derogation(Derogation derogation)
{
    if (derogation == Derogation::CompellingInterests)
        return tr("Art. 49(1), second subparagraph: compelling legitimate interests");
    const auto letter = QChar(u'a' + static_cast<int>(derogation));
    return tr("Art. 49(1)(%1)").arg(letter);
}

QString Labels::country(const QString &code)
{
    if (code.isEmpty())
        return notStated();
    if (code == u"EU")
        return tr("European Union (EU)");
    // iso-codes' name in the language of the user interface.
    const QString name = Reference::instance().countryName(code);
    if (name.isEmpty())
        return code;
    return tr("%1 (%2)").arg(name, code);
}

QString Labels::countries(const QStringList &codes)
{
    if (codes.isEmpty())
        return notStated();
    QStringList names;
    names.reserve(codes.size());
    for (const QString &code : codes)
        names.append(country(code));
    return names.join(tr(", "));
}

QString Labels::dateFormat()
{
    // The user interface's short format (05/03/2024, 5-3-2024, 05.03.2024), always with the
    // whole year: a two-digit year is ambiguous in a record kept for years, and a date edit
    // would read a typed "24" as 1924.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

QString Labels::date(const std::optional<QDate> &date)
{
    // Sorting uses the ISO form (EntityTableModel::SortRole).
    return date && date->isValid() ? QLocale().toString(*date, dateFormat()) : notStated();
}

QString Labels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Labels::yesNoUnknown(const std::optional<bool> &value)
{
    return value ? yesNo(*value) : notStated();
}

QString Labels::duration(const QString &iso)
{
    // Only the simple one-unit forms get words; anything else is shown as written.
    static const QRegularExpression simple(QStringLiteral("^P(\\d+)([YMWD])$"));
    const auto match = simple.match(iso);
    if (!match.hasMatch())
        return iso;
    const int n = match.captured(1).toInt();
    switch (match.captured(2).at(0).unicode()) {
    case u'Y': return n == 1 ? tr("1 year") : tr("%1 years").arg(n);
    case u'M': return n == 1 ? tr("1 month") : tr("%1 months").arg(n);
    case u'W': return n == 1 ? tr("1 week") : tr("%1 weeks").arg(n);
    case u'D': return n == 1 ? tr("1 day") : tr("%1 days").arg(n);
    default: return iso;
    }
}

QString Labels::notStated()
{
    return tr("not stated");
}

} // namespace ropa
