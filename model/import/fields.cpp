#include "import/fields.h"

#include "import/phrases.h"

#include <QList>

namespace ropa::importer {

namespace {

struct FieldName
{
    Field field;
    const char *key;
};

constexpr FieldName fieldNames[] = {
    {Field::Ignore, "ignore"},
    {Field::Name, "name"},
    {Field::Reference, "reference"},
    {Field::Department, "department"},
    {Field::Purpose, "purpose"},
    {Field::LawfulBasis, "lawful_basis"},
    {Field::LegitimateInterests, "legitimate_interests"},
    {Field::Art9Condition, "art9_condition"},
    {Field::DataSubjects, "data_subjects"},
    {Field::DataCategories, "data_categories"},
    {Field::SpecialCategories, "special_categories"},
    {Field::Recipients, "recipients"},
    {Field::Processors, "processors"},
    {Field::JointController, "joint_controller"},
    {Field::ThirdCountries, "third_countries"},
    {Field::Safeguards, "safeguards"},
    {Field::Retention, "retention"},
    {Field::SecurityMeasures, "security_measures"},
    {Field::Sources, "sources"},
    {Field::Systems, "systems"},
    {Field::Dpia, "dpia"},
    {Field::AutomatedDecisions, "automated_decisions"},
    {Field::Controller, "controller"},
    {Field::ContactPerson, "contact_person"},
    {Field::LastReviewed, "last_reviewed"},
    {Field::Notes, "notes"},
};

struct HeadingRule
{
    Field field;
    const char *words; // '|'-separated, folded (lower case, no accents); matched as whole words
};

// In order: the first match wins. Words are matched at word starts, so "categor" matches
// "categories" and "categorieen", and "verwerker" never matches "verwerking".
constexpr HeadingRule headingRules[] = {
    {Field::Ignore, "link to|has a personal data breach|reasons for not|is personal data retained|schedule 1|"
                    "assessment progress|rights available|link naar|verweis"},
    {Field::Art9Condition, "article 9|art 9|artikel 9|condition for processing special|uitzonderingsgrond|"
                           "ausnahmetatbestand|art 9 abs"},
    {Field::LawfulBasis, "lawful basis|legal basis|rechtsgrond|grondslag|rechtsgrundlage|base legale|"
                         "base juridique|fondement|article 6|art 6|artikel 6"},
    {Field::LegitimateInterests, "legitimate interest|gerechtvaardigd belang|berechtigte interesse|interet legitime|"
                                 "interets legitimes"},
    {Field::SpecialCategories, "special categor|bijzondere|besondere kategorie|sensitive|donnees sensibles|gevoelige|"
                               "sensible daten"},
    {Field::Sources, "source|bron|herkunft|quelle|origine|provenance"},
    {Field::Systems, "location of personal data|system|application|software|applicatie|logiciel|anwendung|"
                     "it systeme|outil"},
    {Field::JointController, "joint controller|gezamenlijk|gemeinsam verantwortlich|responsable conjoint|"
                             "coresponsable|co responsable"},
    {Field::Safeguards, "safeguard|waarborg|garantie|passende"},
    {Field::ThirdCountries, "third countr|derde land|derdeland|drittland|pays tiers|transfer|doorgifte|ubermittlung|"
                            "transfert|countries|landen|lander|pays|buiten de eu|outside the eu|hors ue"},
    {Field::DataSubjects, "categories of individuals|data subject|betrokkene|betroffene|personnes concernees|"
                          "categories de personnes|individuals"},
    {Field::Recipients, "recipient|ontvanger|empfanger|destinataire"},
    {Field::Processors, "processor|verwerker|auftragsverarbeiter|sous traitant|dienstleister"},
    {Field::Retention, "retention|bewaartermijn|bewaren|speicherdauer|aufbewahrung|loschfrist|conservation|"
                       "duree de conservation|loschung"},
    {Field::SecurityMeasures, "security|beveiliging|maatregelen|sicherheit|tom|toms|technische und organisatorische|"
                              "securite|mesures"},
    {Field::Dpia, "impact assessment|dpia|gegevensbeschermingseffectbeoordeling|dsfa|folgenabschatzung|aipd|pia"},
    {Field::AutomatedDecisions, "automated decision|profiling|geautomatiseerde|automatisierte|decision automatisee|"
                                "profilage"},
    {Field::DataCategories, "categories of personal data|personal data|data categor|persoonsgegevens|gegevens|"
                            "personenbezogene daten|datenkategorie|daten|categories de donnees|donnees"},
    {Field::Controller, "controller|verantwoordelijke|verwerkingsverantwoordelijke|verantwortliche|verantwortlicher|"
                        "responsable du traitement|"
                        "responsable de traitement"},
    {Field::ContactPerson, "contact|ansprechpartner|contactpersoon"},
    {Field::Department, "business function|department|afdeling|dienst|abteilung|directie|service|organisatieonderdeel"},
    {Field::Reference, "reference|nummer|number|id|kenmerk|referenz|numero|nr"},
    {Field::LastReviewed, "last reviewed|reviewed|review date|datum|date|updated|laatst gewijzigd|mise a jour|"
                          "stand"},
    {Field::Purpose, "purpose|doel|doelen|doeleinde|zweck|finalite|objectif"},
    {Field::Notes, "notes|remarks|opmerking|bemerkung|comments|toelichting|commentaire|anmerkung"},
    {Field::Name, "name of the processing|processing activity|activity|activities|verwerking|naam|name|activite|"
                  "traitement|verarbeitung|verarbeitungstatigkeit|bezeichnung|titel|title|nom|intitule"},
};

} // namespace

QString fieldKey(Field field)
{
    for (const FieldName &f : fieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return {};
}

std::optional<Field> fieldFromKey(QStringView key)
{
    for (const FieldName &f : fieldNames) {
        if (key == QLatin1StringView(f.key))
            return f.field;
    }
    return std::nullopt;
}

bool isListField(Field field)
{
    switch (field) {
    case Field::DataSubjects:
    case Field::DataCategories:
    case Field::SpecialCategories:
    case Field::Recipients:
    case Field::Processors:
    case Field::JointController:
    case Field::ThirdCountries:
    case Field::SecurityMeasures:
    case Field::Sources:
    case Field::Systems: return true;
    default: return false;
    }
}

Field fieldForHeading(const QString &heading)
{
    const QString words = foldedWords(heading);
    if (words.trimmed().isEmpty())
        return Field::Ignore;
    for (const HeadingRule &rule : headingRules) {
        if (mentions(words, rule.words))
            return rule.field;
    }
    return Field::Ignore;
}

} // namespace ropa::importer
