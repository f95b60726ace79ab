#include "import/cnillayout.h"

#include "subprocessors/resolve.h"

#include <QRegularExpression>

namespace ropa::importer::cnil {

namespace {

struct Label
{
    Item item;
    const char *written;   // French, as the writer writes it
    const char *alternate; // '|'-separated folded stems a label starts with (French and English)
};

// Most specific first: the first label whose stem starts a row's label wins.
constexpr Label labels[] = {
    {Item::ActivityName, "Nom de l'activité", "nom de l activite|nom du traitement|activity name|name of the activity"},
    {Item::Reference, "Référence", "reference|numero"},
    {Item::Created, "Date de création", "date de creation|created"},
    {Item::Updated, "Date de mise à jour",
     "date de mise a jour|date de derniere mise a jour|derniere mise a jour|updated|last updated"},
    {Item::JointController, "Responsable conjoint", "responsable conjoint|responsables conjoints|joint controller"},
    {Item::Software, "Logiciels utilisés", "logiciel|software|application"},
    {Item::Purposes, "Finalités", "finalite|purpose"},
    {Item::LawfulBasis, "Base légale", "base legale|base juridique|lawful basis|legal basis"},
    {Item::Art9Condition, "Condition de l'article 9", "condition de l article 9|article 9 condition|art 9"},
    {Item::LegitimateInterests, "Intérêts légitimes poursuivis", "interet legitime|interets legitimes|legitimate"},
    {Item::DataSubjects, "Catégories de personnes concernées",
     "categories de personnes|personnes concernees|categories of data subjects|data subjects"},
    {Item::Sources, "Source des données", "source|origine des donnees"},
    {Item::CategoriesHeading, "Catégories de données",
     "categories de donnees|donnees personnelles concernees|categories of personal data|data categories"},
    {Item::Identity, "Identité, état civil", "identite|etat civil|identity|civil status"},
    {Item::PersonalLife, "Vie personnelle", "vie personnelle|personal life"},
    {Item::ProfessionalLife, "Vie professionnelle", "vie professionnelle|professional life|working life"},
    {Item::Economic, "Données économiques et financières",
     "donnees economiques|informations d ordre economique|economic|financial"},
    {Item::Connection, "Données de connexion", "donnees de connexion|connection data|connection"},
    {Item::Location, "Données de localisation", "donnees de localisation|location data|location"},
    {Item::Internet, "Internet", "internet"},
    {Item::OtherData, "Autres données", "autres donnees|autres categories|other data|other categories"},
    {Item::Sensitive, "Données sensibles", "donnees sensibles|sensitive data|special categor"},
    {Item::Retention, "Durée de conservation", "duree de conservation|durees de conservation|retention"},
    {Item::InternalRecipients, "Destinataires internes", "destinataires internes|internal recipients|internal"},
    {Item::ExternalRecipients, "Organismes externes",
     "organismes externes|destinataires externes|external bodies|external recipients|external"},
    {Item::Processors, "Sous-traitants", "sous traitant|sous-traitant|processor"},
    {Item::RecipientsHeading, "Destinataires", "destinataires|recipients"},
    {Item::TransfersHeading, "Transferts hors de l'Union européenne",
     "transferts hors de l union|transfers outside the eu|transfers outside the european"},
    {Item::Transfers, "Transferts hors UE", "transferts hors ue|transfert hors ue|transfers outside eu|transfers"},
    {Item::Countries, "Pays", "pays|countries|country"},
    {Item::Safeguards, "Garanties", "garanties|garantie|safeguards"},
    {Item::SecurityHeading, "Mesures de sécurité", "mesures de securite|security measures"},
    {Item::AccessControl, "Contrôle d'accès", "controle d acces|access control"},
    {Item::Traceability, "Traçabilité", "tracabilite|traceability|logging"},
    {Item::SoftwareProtection, "Protection des logiciels", "protection des logiciels|software protection"},
    {Item::Backups, "Sauvegardes", "sauvegarde|backup"},
    {Item::Encryption, "Chiffrement", "chiffrement|encryption"},
    {Item::ProcessorControl, "Contrôle des sous-traitants",
     "controle des sous traitants|control of processors|processor control"},
    {Item::OtherMeasures, "Autres mesures", "autres mesures|other measures"},
    {Item::AutomatedDecisions, "Décision automatisée", "decision automatisee|decisions automatisees|automated"},
    {Item::Dpia, "Analyse d'impact requise", "analyse d impact|aipd|dpia"},
    {Item::Organisation, "Nom de l'organisme", "nom de l organisme|organisme|organisation|organization"},
    {Item::Address, "Adresse", "adresse|address"},
    {Item::DpoEmail, "Courriel du délégué", "courriel du delegue|dpo email|dpo e mail"},
    {Item::Email, "Courriel", "courriel|e mail|email"},
    {Item::Telephone, "Téléphone", "telephone|phone"},
    {Item::DpoName, "Délégué à la protection des données", "delegue a la protection|dpo|data protection officer"},
    {Item::ActivityList, "Activités", "activites|activities|liste des activites"},
};

QString labelKey(const QString &text)
{
    static const QRegularExpression aside(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression punctuation(QStringLiteral("[^\\w]+"));
    QString t = text;
    t.remove(aside);
    t = subprocessors::foldText(t);
    t.replace(punctuation, QStringLiteral(" "));
    return t.simplified();
}

struct Words
{
    Item box;
    const char *words; // folded stems a word of the name starts with
};

constexpr Words categoryWords[] = {
    {Item::Economic, "bank|iban|payment|betaal|zahlung|paiement|invoice|factu|rechnung|financ|salar|gehalt|income|"
                     "inkomen|revenu|tax|fiscal|belasting|steuer|credit|billing"},
    {Item::Connection, "ip|log|logs|login|connexion|session|device|cdr|call detail|metadata|verbinding|verbindung"},
    {Item::Location, "location|locatie|standort|gps|geoloc|localisation"},
    {Item::Internet, "cookie|browsing|navigation|tracking|website|web|online|analytics|internet"},
    {Item::ProfessionalLife, "employ|job|cv|career|education|training|professional|profession|werk|beruf|arbeit|"
                             "opleiding|ausbildung|formation|personnel|staff|hr"},
    {Item::PersonalLife, "family|gezin|famil|lifestyle|habit|hobby|preference|voorkeur|vorliebe"},
    {Item::Identity, "name|naam|nom|identi|address|adres|adresse|e-mail|email|phone|telefoon|telefon|contact|"
                     "birth|geboorte|geburt|photo|image|id"},
};

} // namespace

QString label(Item item)
{
    for (const Label &l : labels) {
        if (l.item == item)
            return QString::fromUtf8(l.written);
    }
    return {};
}

std::optional<Item> itemOfLabel(const QString &text)
{
    // The labels' keys, made once: a register of 10,000 rows asks for every row's first cell.
    struct Keys
    {
        QList<std::pair<QString, Item>> written;
        QList<std::pair<QString, Item>> stems;
    };
    static const Keys keys = [] {
        Keys k;
        for (const Label &l : labels) {
            k.written.append({labelKey(QString::fromUtf8(l.written)), l.item});
            for (const QString &stem : QString::fromUtf8(l.alternate).split(u'|'))
                k.stems.append({labelKey(stem), l.item});
        }
        return k;
    }();
    const QString key = labelKey(text);
    if (key.isEmpty() || key.size() > 120) // a label, not a paragraph
        return std::nullopt;
    for (const auto &[written, item] : keys.written) {
        if (written == key)
            return item;
    }
    for (const auto &[s, item] : keys.stems) {
        if (key == s || key.startsWith(s + u' ') || (s.size() > 4 && key.startsWith(s)))
            return item;
    }
    return std::nullopt;
}

bool isCategoryBox(Item item)
{
    return item >= Item::Identity && item <= Item::OtherData;
}

bool isSecurityBox(Item item)
{
    return item >= Item::AccessControl && item <= Item::OtherMeasures;
}

Item categoryBox(const QString &name)
{
    const QStringList words = labelKey(name).split(u' ', Qt::SkipEmptyParts);
    for (const Words &w : categoryWords) {
        for (const QString &stem : QString::fromLatin1(w.words).split(u'|')) {
            const bool shortStem = stem.size() <= 3; // "ip", "id", "hr", "cv", "log": whole words only
            for (const QString &word : words) {
                if (shortStem ? word == stem : word.startsWith(stem))
                    return w.box;
            }
            if (stem.contains(u' ') && labelKey(name).contains(stem))
                return w.box;
        }
    }
    return Item::OtherData;
}

Item securityBox(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::AccessControl: return Item::AccessControl;
    case MeasureKind::Logging: return Item::Traceability;
    case MeasureKind::Network: return Item::SoftwareProtection;
    case MeasureKind::Backup: return Item::Backups;
    case MeasureKind::Encryption: return Item::Encryption;
    case MeasureKind::Pseudonymisation:
    case MeasureKind::Physical:
    case MeasureKind::Organisational:
    case MeasureKind::Other: return Item::OtherMeasures;
    }
    return Item::OtherMeasures;
}

QString yes()
{
    return QStringLiteral("Oui");
}

QString no()
{
    return QStringLiteral("Non");
}

QString coverSheetName()
{
    return QStringLiteral("Organisme");
}

} // namespace ropa::importer::cnil
