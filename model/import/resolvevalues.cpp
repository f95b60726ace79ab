#include "import/resolvevalues.h"

#include "import/phrases.h"
#include "subprocessors/resolve.h"

#include <QRegularExpression>
#include <QSet>

namespace ropa::importer {

namespace {

template <typename E> struct Phrases
{
    E value;
    const char *phrases;
};

constexpr Phrases<LawfulBasis> basisPhrases[] = {
    {LawfulBasis::Consent, "consent|toestemming|einwilligung|consentement"},
    {LawfulBasis::Contract, "contract|overeenkomst|vertrag|contrat"},
    {LawfulBasis::LegalObligation, "legal obligation|statutory|legal requirement|wettelijke verplichting|"
                                   "wettelijke plicht|rechtliche verpflichtung|gesetzliche verpflichtung|"
                                   "obligation legale"},
    {LawfulBasis::VitalInterests, "vital interest|vitaal belang|vitale belangen|lebenswichtig|interets vitaux|"
                                  "interet vital"},
    {LawfulBasis::PublicTask, "public task|public interest|official authority|algemeen belang|openbaar gezag|"
                              "publiekrechtelijke taak|offentliche interesse|offentlichen interesse|"
                              "offentliches interesse|offentliche gewalt|interet public|mission d interet public"},
    {LawfulBasis::LegitimateInterests, "legitimate interest|gerechtvaardigd belang|gerechtvaardigde belangen|"
                                       "berechtigte interesse|berechtigtes interesse|berechtigten interesse|"
                                       "interet legitime|interets legitimes"},
};

constexpr Phrases<Art9Condition> art9Phrases[] = {
    {Art9Condition::A, "explicit consent|uitdrukkelijke toestemming|ausdruckliche einwilligung|"
                       "consentement explicite"},
    {Art9Condition::B, "employment|social security|social protection|arbeidsrecht|sociale zekerheid|"
                       "sociale bescherming|arbeitsrecht|soziale sicherheit|droit du travail|securite sociale"},
    {Art9Condition::C, "vital interest|vitaal belang|vitale belangen|lebenswichtig|interets vitaux"},
    {Art9Condition::D, "not for profit|foundation|association|stichting|vereniging|stiftung|verein|fondation"},
    {Art9Condition::E, "manifestly made public|kennelijk openbaar|offensichtlich offentlich|manifestement"},
    {Art9Condition::F, "legal claim|rechtsvordering|rechtsanspruch|rechtsanspruche|droit en justice"},
    {Art9Condition::I, "public health|volksgezondheid|offentliche gesundheit|sante publique"},
    {Art9Condition::G, "substantial public interest|zwaarwegend algemeen belang|erhebliches offentliches interesse|"
                       "interet public important"},
    {Art9Condition::H, "health or social care|preventive|occupational medicine|medical diagnosis|gezondheidszorg|"
                       "bedrijfsarts|arbeidsgeneeskunde|gesundheitsvorsorge|arbeitsmedizin|medecine"},
    {Art9Condition::J, "archiving|scientific|research|statistic|archief|wetenschappelijk|onderzoek|statistiek|"
                       "archiv|forschung|statistik|recherche|archivage|statistique"},
};

// An article's point in any of the ways registers write it: "6(1)(b)", "6.1.b", "6.1 sub b",
// "6 lid 1 onder b", "6 Abs. 1 lit. b", "6, paragraph 1(b)". Captures the letter.
QRegularExpression articlePoint(int article, int paragraph, const char *letters)
{
    return QRegularExpression(
        QStringLiteral("(?<![\\d.])%1\\s*[(.,]?\\s*(?:lid|abs\\.?|absatz|para\\.?|paragraph|al\\.?|alinea|§)?\\s*"
                       "%2\\s*\\)?\\s*[.,]?\\s*(?:\\(|lit\\.?|litera|sub|onder|letter|point|under)?\\s*([%3])(?![a-z])")
            .arg(article)
            .arg(paragraph)
            .arg(QLatin1StringView(letters)),
        QRegularExpression::CaseInsensitiveOption);
}

template <typename E, std::size_t N>
std::optional<E> resolveLegal(const QString &text, const Phrases<E> (&phrases)[N], const QRegularExpression &article,
                              E first)
{
    QSet<int> found;
    auto it = article.globalMatch(text);
    while (it.hasNext()) {
        const QChar letter = it.next().captured(1).at(0).toLower();
        found.insert(int(static_cast<int>(first) + (letter.unicode() - u'a')));
    }
    const QString w = foldedWords(text);
    for (const auto &p : phrases) {
        if (mentions(w, p.phrases))
            found.insert(static_cast<int>(p.value));
    }
    if (found.size() != 1)
        return std::nullopt;
    return static_cast<E>(*found.cbegin());
}

struct Unit
{
    char designator;
    const char *words;
};

constexpr Unit units[] = {
    {'Y', "year|years|yr|yrs|jaar|jaren|jahr|jahre|jahren|an|ans|annee|annees"},
    {'M', "month|months|maand|maanden|monat|monate|monaten|mois"},
    {'W', "week|weeks|weken|woche|wochen|semaine|semaines"},
    {'D', "day|days|dag|dagen|tag|tage|tagen|jour|jours"},
};

struct Trigger
{
    const char *name;
    const char *phrases;
};

constexpr Trigger triggers[] = {
    {"end of contract", "end of contract|end of the contract|contract ends|termination of the contract|"
                        "einde contract|einde van het contract|einde overeenkomst|einde van de overeenkomst|"
                        "beeindiging van de overeenkomst|vertragsende|ende des vertrages|ende des vertrags|"
                        "beendigung des vertrages|beendigung des vertrags|fin du contrat"},
    {"end of employment", "end of employment|employment ends|leaving|einde dienstverband|uitdiensttreding|"
                          "ausscheiden|ende des beschaftigungsverhaltnisses|depart du salarie"},
    {"last contact", "last contact|laatste contact|letzten kontakt|dernier contact"},
    {"collection", "collection|verzameling|verkrijging|erhebung|collecte"},
    {"end of the financial year", "end of the financial year|end of the year|einde boekjaar|einde van het jaar|"
                                  "ende des geschaftsjahres|jahresende|fin de l exercice"},
};

} // namespace

std::optional<LawfulBasis> resolveLawfulBasis(const QString &text)
{
    static const QRegularExpression article = articlePoint(6, 1, "a-f");
    return resolveLegal(text, basisPhrases, article, LawfulBasis::Consent);
}

std::optional<Art9Condition> resolveArt9Condition(const QString &text)
{
    static const QRegularExpression article = articlePoint(9, 2, "a-j");
    return resolveLegal(text, art9Phrases, article, Art9Condition::A);
}

ResolvedCountries resolveCountries(const QString &cell)
{
    ResolvedCountries r;
    const QString w = foldedWords(cell);
    if (w.trimmed().isEmpty())
        return r;
    if (mentions(w, "no|none|nee|geen|nein|keine|non|aucun|aucune|n a|nvt|not applicable|niet van toepassing|"
                    "entfallt|sans objet") &&
        w.trimmed().count(u' ') <= 3) {
        r.none = true;
        return r;
    }
    const subprocessors::ResolvedLocation loc = subprocessors::resolveLocation(cell);
    r.codes = loc.countries;
    r.unresolved = loc.unresolved;
    return r;
}

ResolvedRetention resolveRetention(const QString &text)
{
    ResolvedRetention r;
    const QString w = foldedWords(text);
    static const QRegularExpression amount(QStringLiteral(" (\\d{1,3}) ([a-z]+) "));
    QStringList periods;
    qsizetype periodEnd = -1;
    // Overlapping matches ("7 jaar 6 maanden") need the space back: scan by position.
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch m = amount.match(w, from);
        if (!m.hasMatch())
            break;
        for (const Unit &u : units) {
            if (mentions(QString(u' ' + m.captured(2) + u' '), u.words)) {
                periods.append(QStringLiteral("P%1%2").arg(m.captured(1)).arg(QLatin1Char(u.designator)));
                periodEnd = m.capturedEnd(2);
                break;
            }
        }
        from = m.capturedEnd(1);
    }
    if (periods.size() != 1 || periods.first() == u"P0Y")
        return r;
    r.duration = periods.first();
    const QString after = w.mid(periodEnd);
    for (const Trigger &t : triggers) {
        if (mentions(after, t.phrases)) {
            r.trigger = QString::fromLatin1(t.name);
            return r;
        }
    }
    // A trigger Ropa does not know stays as written: the words after "after", "na", "nach", ...
    static const QRegularExpression connector(
        QStringLiteral("\\s(?:after|from|following|since|na|vanaf|nach|ab|seit|apres|a compter de|des)\\s(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isDigit())
        ++start;
    const QRegularExpressionMatch m = connector.match(QStringView(text).mid(start));
    if (m.hasMatch())
        r.trigger = m.captured(1).simplified();
    return r;
}

std::optional<bool> resolveYesNo(const QString &text)
{
    const QString w = foldedWords(text).trimmed();
    static const QSet<QString> yes{QStringLiteral("yes"),     QStringLiteral("y"),           QStringLiteral("ja"),
                                   QStringLiteral("j"),       QStringLiteral("oui"),         QStringLiteral("true"),
                                   QStringLiteral("x"),       QStringLiteral("1"),           QStringLiteral("waar"),
                                   QStringLiteral("wahr"),    QStringLiteral("vrai"),        QStringLiteral("required"),
                                   QStringLiteral("vereist"), QStringLiteral("erforderlich")};
    static const QSet<QString> no{QStringLiteral("no"),
                                  QStringLiteral("n"),
                                  QStringLiteral("nee"),
                                  QStringLiteral("nein"),
                                  QStringLiteral("non"),
                                  QStringLiteral("false"),
                                  QStringLiteral("0"),
                                  QStringLiteral("onwaar"),
                                  QStringLiteral("falsch"),
                                  QStringLiteral("faux"),
                                  QStringLiteral("not required"),
                                  QStringLiteral("niet vereist"),
                                  QStringLiteral("nicht erforderlich")};
    if (yes.contains(w))
        return true;
    if (no.contains(w))
        return false;
    return std::nullopt;
}

} // namespace ropa::importer
