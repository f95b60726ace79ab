#include "import/avgregisterrecord.h"

#include "import/resolvevalues.h"
#include "import/sheet.h"
#include "subprocessors/resolve.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ropa::importer {

const AvgSpecialFlag avgSpecialFlags[9] = {
    {"RasOfEtniciteit", SpecialCategory::RacialEthnicOrigin},
    {"PolitiekeGezindheid", SpecialCategory::PoliticalOpinions},
    {"GodsdienstOfLevensovertuiging", SpecialCategory::ReligiousBeliefs},
    {"LidmaatschapVakvereniging", SpecialCategory::TradeUnion},
    {"Genetisch", SpecialCategory::Genetic},
    {"Biometrisch", SpecialCategory::Biometric},
    {"Gezondheid", SpecialCategory::Health},
    {"SeksueleLeven", SpecialCategory::SexLifeOrientation},
    {"Strafrechtelijk", std::nullopt},
};

QString avgSpecialName(const AvgSpecialFlag &flag)
{
    if (!flag.kind)
        return Tr::tr("Criminal convictions and offences");
    switch (*flag.kind) {
    case SpecialCategory::RacialEthnicOrigin: return Tr::tr("Racial or ethnic origin");
    case SpecialCategory::PoliticalOpinions: return Tr::tr("Political opinions");
    case SpecialCategory::ReligiousBeliefs: return Tr::tr("Religious or philosophical beliefs");
    case SpecialCategory::TradeUnion: return Tr::tr("Trade union membership");
    case SpecialCategory::Genetic: return Tr::tr("Genetic data");
    case SpecialCategory::Biometric: return Tr::tr("Biometric data");
    case SpecialCategory::Health: return Tr::tr("Health data");
    case SpecialCategory::SexLifeOrientation: return Tr::tr("Sex life or sexual orientation");
    }
    return {};
}

QString avgSubjectSourceName()
{
    return Tr::tr("The data subject");
}

QString avgRecipientLine(const QString &prose)
{
    return Tr::tr("Recipient (as the register says): %1").arg(prose);
}

QString avgDivisionLine(const QString &text)
{
    return Tr::tr("Division of responsibility (as the register says): %1").arg(text);
}

QString avgPoliceLine()
{
    return Tr::tr("Police data: a record under the Wet politiegegevens (Wpg), not the GDPR.");
}

QString avgTwoCriteriaOutcome()
{
    return Tr::tr("Two or more WP248 criteria are met (as the register says).");
}

AvgRecordKind avgRecordKind(const QJsonObject &record)
{
    if (record.value(QLatin1StringView("Betrokkenen")).isObject() ||
        record.contains(QLatin1StringView("BijzondereGegevens")) || record.contains(QLatin1StringView("Ontvanger")))
        return AvgRecordKind::Police;
    if (record.contains(QLatin1StringView("Categorien")) ||
        record.contains(QLatin1StringView("VerdelingVerantwoordelijkheidSubverwerkers")))
        return AvgRecordKind::Processor;
    return AvgRecordKind::Controller;
}

namespace {

QString normalised(QString s)
{
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(u'\r', u'\n');
    return s.trimmed();
}

// "Artikel10Lid1A" -> "10(1)(a)"; empty when the key is not an article.
QString wpgArticle(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^Artikel(\\d+)([A-Z]?)(?:Lid(\\d+))?([A-Z])?$"));
    const QRegularExpressionMatch m = re.match(key);
    if (!m.hasMatch())
        return {};
    QString article = m.captured(1) + m.captured(2).toLower();
    if (!m.captured(3).isEmpty())
        article += u'(' + m.captured(3) + u')';
    if (!m.captured(4).isEmpty())
        article += u'(' + m.captured(4).toLower() + u')';
    return article;
}

// The articles an object of Wpg flags says yes to, in the order of the law (8 before 10).
QStringList wpgArticles(const QJsonObject &flags)
{
    QList<std::pair<int, QString>> found;
    for (auto it = flags.constBegin(); it != flags.constEnd(); ++it) {
        const QString article = wpgArticle(it.key());
        if (!article.isEmpty() && it.value().toBool())
            found.append({QStringView(article).left(article.indexOf(u'(')).toInt(), article});
    }
    std::sort(found.begin(), found.end());
    QStringList result;
    for (const auto &f : std::as_const(found))
        result.append(f.second);
    return result;
}

} // namespace

void AvgRecordReader::wrongType(const char *key, const QString &expected)
{
    m_plan.notes.append(Tr::tr("record %1 (“%2”): “%3” is not %4; left out")
                            .arg(m_number)
                            .arg(m_name, QString::fromLatin1(key), expected));
}

QString AvgRecordReader::text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    switch (v.type()) {
    case QJsonValue::String: return normalised(v.toString());
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    default: wrongType(key, Tr::tr("a text")); return {};
    }
}

std::optional<bool> AvgRecordReader::flag(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isBool())
        return v.toBool();
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    if (v.isString()) {
        if (const std::optional<bool> yesNo = resolveYesNo(v.toString()))
            return yesNo;
    }
    wrongType(key, Tr::tr("yes or no"));
    return std::nullopt;
}

QJsonArray AvgRecordReader::list(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isArray())
        return v.toArray();
    if (!v.isNull() && !v.isUndefined())
        wrongType(key, Tr::tr("a list"));
    return {};
}

QJsonObject AvgRecordReader::object(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isObject())
        return v.toObject();
    if (!v.isNull() && !v.isUndefined())
        wrongType(key, Tr::tr("an object"));
    return {};
}

std::optional<QDate> AvgRecordReader::date(const QJsonObject &o, const char *key)
{
    const QString t = text(o, key);
    if (t.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid()) {
        wrongType(key, Tr::tr("a date"));
        return std::nullopt;
    }
    return d;
}

// The texts of a list: each element a text, or an object whose `inner` key holds one.
QStringList AvgRecordReader::texts(const QJsonObject &o, const char *key, const char *inner)
{
    QStringList result;
    for (const QJsonValue &v : list(o, key)) {
        const QString t = v.isObject()   ? text(v.toObject(), inner)
                          : v.isString() ? normalised(v.toString())
                                         : QString();
        if (!v.isObject() && !v.isString() && !v.isNull())
            wrongType(key, Tr::tr("a list of texts"));
        if (!t.isEmpty() && !result.contains(t))
            result.append(t);
    }
    return result;
}

void AvgRecordReader::unresolved(Field field, const QString &value)
{
    const QString k = fieldKey(field) + u'\x1f' + subprocessors::foldText(value);
    if (!m_unresolved.contains(k)) {
        m_unresolved.insert(k, {field, value, {}});
        m_unresolvedOrder.append(k);
    }
    QList<int> &rows = m_unresolved[k].rows;
    if (!rows.contains(m_number))
        rows.append(m_number);
}

void AvgRecordReader::finish()
{
    for (const QString &k : std::as_const(m_unresolvedOrder))
        m_plan.unresolved.append(m_unresolved.value(k));
    m_unresolved.clear();
    m_unresolvedOrder.clear();
}

PartyDraft AvgRecordReader::party(const QJsonObject &o)
{
    PartyDraft p;
    p.name = text(o, "Naam").simplified();
    const QString street = text(o, "Adres");
    const QString place = QStringList{text(o, "Postcode"), text(o, "Plaats")}.join(u' ').trimmed();
    const QString box = text(o, "Postbus");
    const QString boxPlace = QStringList{text(o, "PostbusPostcode"), text(o, "PostbusPlaats")}.join(u' ').trimmed();
    QStringList lines;
    for (const QString &l : {street, place, box.isEmpty() ? QString() : Tr::tr("P.O. Box %1").arg(box), boxPlace}) {
        if (!l.isEmpty())
            lines.append(l);
    }
    p.address = lines.join(u'\n');
    if (const QString land = text(o, "Land"); !land.isEmpty()) {
        const ResolvedCountries c = resolveCountries(land);
        if (c.codes.size() == 1)
            p.country = c.codes.first();
        else
            unresolved(Field::ThirdCountries, land);
    }
    p.contact.email = text(o, "Email");
    p.contact.phone = text(o, "Telefoon");
    // A processor record's controller: its contact and its DPO.
    if (const QString name = text(o, "ContactNaam"); !name.isEmpty() || !text(o, "ContactEmail").isEmpty()) {
        p.contact.name = name;
        p.contact.email = text(o, "ContactEmail");
        p.contact.phone = text(o, "ContactTelefoon");
    }
    if (const QString dpo = text(o, "ContactFg"); !dpo.isEmpty())
        p.dpo = Contact{dpo, {}, {}, {}};
    return p;
}

AvgRecordKind AvgRecordReader::read(const QJsonObject &r, int number)
{
    m_number = number;
    m_name = text(r, "Naam").simplified();
    const AvgRecordKind kind = avgRecordKind(r);
    ActivityDraft a;
    a.row = number;
    a.name = m_name;
    a.reference = text(r, "Nummer").simplified();
    if (kind == AvgRecordKind::Police)
        readPolice(r, a);
    else
        readPurposes(r, a);
    if (a.name.isEmpty())
        a.name = a.purposes.value(0).simplified();
    if (a.name.isEmpty()) {
        m_plan.notes.append(Tr::tr("record %1: no name and no purpose; skipped").arg(number));
        return kind;
    }
    m_name = a.name;
    if (kind == AvgRecordKind::Processor)
        a.details.role = Role::Processor;
    readCommon(r, a);
    readParties(r, a, kind);
    readSecurity(r, a);
    readTransfers(r, a);
    readScreening(r, a);
    if (kind != AvgRecordKind::Police)
        readSubjects(r, a);
    for (const QString &prose : texts(r, "Ontvangers", "Omschrijving")) {
        a.details.notesLines.append(avgRecipientLine(prose));
        unresolved(Field::Recipients, prose);
    }
    m_plan.activities.append(a);
    return kind;
}

void AvgRecordReader::readCommon(const QJsonObject &r, ActivityDraft &a)
{
    a.department = text(r, "Dienst").simplified();
    if (const QString status = text(r, "Status"); !status.isEmpty()) {
        const QString folded = subprocessors::foldText(status);
        if (folded == u"vastgesteld")
            a.details.status = RecordStatus::Adopted;
        else if (folded == u"inbewerking" || folded == u"in bewerking")
            a.details.status = RecordStatus::Draft;
        else
            m_plan.notes.append(Tr::tr("record %1 (“%2”): the status “%3” is not one Ropa knows; left out")
                                    .arg(m_number)
                                    .arg(m_name, status));
    }
    a.details.recordVersion = text(r, "Versie");
    a.details.created = date(r, "AanmaakDatum");
    a.details.lastChanged = date(r, "LaatsteWijzigDatum");
    QStringList remarks;
    for (const QJsonValue &v : list(r, "Opmerkingen")) {
        if (const QString t = v.isObject() ? text(v.toObject(), "Tekst") : QString(); !t.isEmpty())
            remarks.append(t);
    }
    a.notes = remarks.join(u'\n');
    a.systems = texts(r, "Systemen", "Omschrijving");
    if (const qsizetype n = list(r, "Bijlagen").size(); n > 0)
        m_plan.notes.append(
            Tr::tr("record %1 (“%2”): %n attachment(s) named but not in the file; not imported", nullptr, int(n))
                .arg(m_number)
                .arg(m_name));
    const QJsonObject decisions = object(r, "Besluitvorming");
    a.automatedDecisions = flag(decisions, "HasBesluitvorming");
    a.details.automatedLogic = text(decisions, "Logica");
    a.details.automatedSignificance = text(decisions, "BelangGevolgen");
}

void AvgRecordReader::readParties(const QJsonObject &r, ActivityDraft &a, AvgRecordKind kind)
{
    QList<PartyDraft> controllers;
    for (const QJsonValue &v : list(r, "Verantwoordelijken")) {
        if (v.isObject())
            if (PartyDraft p = party(v.toObject()); !p.name.isEmpty())
                controllers.append(p);
    }
    QList<PartyDraft> processors;
    for (const QJsonValue &v : list(r, "Verwerkers")) {
        if (v.isObject())
            if (PartyDraft p = party(v.toObject()); !p.name.isEmpty())
                processors.append(p);
    }
    if (kind == AvgRecordKind::Processor) {
        // A processor record is kept by the project's own organisation as processor (which the
        // record names among its processors); the controller is the one it processes for; the
        // other processors are its sub-processors.
        if (!controllers.isEmpty())
            a.details.onBehalfOf = controllers.first().name;
        if (controllers.size() > 1)
            m_plan.notes.append(Tr::tr("record %1 (“%2”): %n controllers named; the activity is kept for the first",
                                       nullptr, int(controllers.size()))
                                    .arg(m_number)
                                    .arg(m_name));
        if (const QString d = text(r, "VerdelingVerantwoordelijkheidSubverwerkers"); !d.isEmpty())
            a.details.notesLines.append(avgDivisionLine(d));
    } else {
        if (!controllers.isEmpty())
            a.controller = controllers.first().name;
        for (qsizetype i = 1; i < controllers.size(); ++i)
            a.jointControllers.append(controllers.at(i).name);
    }
    for (const PartyDraft &p : std::as_const(processors))
        a.processors.append(p.name);
    a.details.parties = controllers + processors;
    if (const QString d = text(r, "VerdelingVerantwoordelijkheid"); !d.isEmpty())
        a.details.notesLines.append(avgDivisionLine(d));
    const QJsonArray contacts = list(r, "Contactpersonen");
    if (!contacts.isEmpty() && contacts.first().isObject()) {
        const QJsonObject c = contacts.first().toObject();
        a.contactPerson = text(c, "Naam").simplified();
        a.details.contact = {{}, text(c, "Email"), text(c, "Telefoon"), text(c, "Functie")};
    }
}

void AvgRecordReader::readPurposes(const QJsonObject &r, ActivityDraft &a)
{
    QList<LawfulBasis> bases;
    for (const QJsonValue &v : list(r, "Doelen")) {
        if (!v.isObject())
            continue;
        const QJsonObject d = v.toObject();
        if (const QString purpose = text(d, "Doel"); !purpose.isEmpty() && !a.purposes.contains(purpose))
            a.purposes.append(purpose);
        if (const QString ground = text(d, "Rechtsgrond").simplified(); !ground.isEmpty()) {
            if (const std::optional<LawfulBasis> b = resolveLawfulBasis(ground)) {
                if (!bases.contains(*b))
                    bases.append(*b);
            } else {
                unresolved(Field::LawfulBasis, ground);
            }
        }
    }
    // The activity has one lawful basis; purposes with different ones are not made one.
    if (bases.size() == 1)
        a.lawfulBasis = bases.first();
    else if (bases.size() > 1)
        m_plan.notes.append(Tr::tr("record %1 (“%2”): its purposes have %n different lawful bases; none was set",
                                   nullptr, int(bases.size()))
                                .arg(m_number)
                                .arg(m_name));
    // Art. 30(2)(b): a processor record's categories of processing.
    for (const QString &c : texts(r, "Categorien", "Omschrijving")) {
        if (!a.purposes.contains(c))
            a.purposes.append(c);
    }
}

void AvgRecordReader::readSecurity(const QJsonObject &r, ActivityDraft &a)
{
    const QJsonObject s = object(r, "Beveiliging");
    const auto typed = [&](const QString &t, const QString &yesName, MeasureKind kind) {
        if (t.isEmpty() || resolveYesNo(t) == false)
            return;
        a.details.typedMeasures.append({resolveYesNo(t) == true ? yesName : t, kind});
    };
    typed(text(s, "Pseudonimisering"), Tr::tr("Pseudonymisation"), MeasureKind::Pseudonymisation);
    typed(text(s, "Encryptie"), Tr::tr("Encryption"), MeasureKind::Encryption);
    for (const QString &t : texts(s, "ElectronischeWeg", "Omschrijving"))
        a.details.typedMeasures.append({t, MeasureKind::Network});
    for (const QString &t : texts(s, "Toegang", "Omschrijving"))
        a.details.typedMeasures.append({t, MeasureKind::AccessControl});
    a.securityMeasures = texts(s, "Maatregelen", "Omschrijving");
}

void AvgRecordReader::readTransfers(const QJsonObject &r, ActivityDraft &a)
{
    const QJsonObject t = object(r, "Doorgifte");
    const std::optional<bool> outside = flag(t, "BuitenEu");
    const QString where = text(t, "BuitenEuOmschrijving");
    if (outside != true) {
        if (!where.isEmpty() && outside == false)
            m_plan.notes.append(Tr::tr("record %1 (“%2”): no transfer outside the EU, yet it names “%3”; left out")
                                    .arg(m_number)
                                    .arg(m_name, where.left(80)));
        return;
    }
    const ResolvedCountries c = resolveCountries(where);
    a.countries = c.codes;
    for (const QString &u : c.unresolved)
        unresolved(Field::ThirdCountries, u);
    if (where.isEmpty())
        unresolved(Field::ThirdCountries, Tr::tr("outside the EU, no country named"));
    if (flag(t, "BuitenEuPassendBeschermingsniveau") == true)
        a.safeguards = text(t, "BuitenEuPassendBeschermingsniveauOmschrijving");
}

void AvgRecordReader::readScreening(const QJsonObject &r, ActivityDraft &a)
{
    const QJsonObject g = object(r, "GebPia");
    ActivityDetails &d = a.details;
    d.dpiaPerformed = flag(g, "IsGebpiaAlUitgevoerd");
    d.profiling = flag(g, "IsGeautomatiseerdProfilering");
    d.largeScale = flag(g, "IsGrootschaligeVerwerking");
    if (d.profiling == true)
        d.dpiaCriteria.append(DpiaCriterion::EvaluationScoring);
    if (flag(g, "IsGrootschaligeMonitoring") == true)
        d.dpiaCriteria.append(DpiaCriterion::SystematicMonitoring);
    if (d.largeScale == true)
        d.dpiaCriteria.append(DpiaCriterion::LargeScale);
    d.onAuthorityList = flag(g, "StaatOpLijstVerplichteGebpia");
    if (flag(g, "VoeldoetAanTweeCriteriaWP248") == true)
        d.screeningOutcome = avgTwoCriteriaOutcome();
    d.highRisk = flag(g, "IsHoogRisicoRechtenVrijheden");
}

void AvgRecordReader::readSpecialFlags(const QJsonObject &o, ActivityDraft &a)
{
    for (const AvgSpecialFlag &f : avgSpecialFlags) {
        if (flag(o, f.key) != true)
            continue;
        if (f.kind)
            a.specialCategories.append({avgSpecialName(f), f.kind});
        else if (!a.details.criminalCategories.contains(avgSpecialName(f)))
            a.details.criminalCategories.append(avgSpecialName(f));
    }
}

void AvgRecordReader::readSubjects(const QJsonObject &r, ActivityDraft &a)
{
    for (const QJsonValue &v : list(r, "Betrokkenen")) {
        if (!v.isObject()) {
            wrongType("Betrokkenen", Tr::tr("a list of groups"));
            continue;
        }
        const QJsonObject group = v.toObject();
        const QString subject = text(group, "Omschrijving").simplified();
        readSpecialFlags(group, a);
        const QJsonArray items = list(group, "Gegevens");
        if (subject.isEmpty()) {
            if (!items.isEmpty())
                m_plan.notes.append(Tr::tr("record %1 (“%2”): a group of data subjects without a name; its "
                                           "data items were left out")
                                        .arg(m_number)
                                        .arg(m_name));
            continue;
        }
        if (!a.dataSubjects.contains(subject))
            a.dataSubjects.append(subject);
        for (const QJsonValue &iv : items) {
            if (!iv.isObject())
                continue;
            const QJsonObject g = iv.toObject();
            DataItemDraft item;
            item.subject = subject;
            item.category = text(g, "Omschrijving").simplified();
            if (item.category.isEmpty())
                continue;
            item.purpose = text(g, "Verzameldoel");
            item.retentionText = text(g, "Bewaartermijn").simplified();
            if (!item.retentionText.isEmpty()) {
                item.retentionDuration = resolveRetention(item.retentionText).duration;
                if (item.retentionDuration.isEmpty())
                    unresolved(Field::Retention, item.retentionText);
            }
            if (flag(g, "IsBronBetrokkene") == true)
                item.sources.append(avgSubjectSourceName());
            for (const QString &s : text(g, "BronOmschrijving").split(u'\n', Qt::SkipEmptyParts)) {
                if (!s.trimmed().isEmpty() && !item.sources.contains(s.trimmed()))
                    item.sources.append(s.trimmed());
            }
            // "Must the subject provide it?" No is voluntary; yes does not say by law or by contract.
            if (flag(g, "IsBetrokkeneVerplicht") == false)
                item.obligation = Obligation::Voluntary;
            item.consequence = text(g, "BetrokkeneConsequenties");
            a.details.dataItems.append(item);
        }
    }
}

void AvgRecordReader::readPolice(const QJsonObject &r, ActivityDraft &a)
{
    a.details.notesLines.append(avgPoliceLine());
    // Purposes: a flag per article of the Wpg (and a text, where given).
    for (const QJsonValue &v : list(r, "Doelen")) {
        const QJsonObject d = v.toObject();
        for (const QString &article : wpgArticles(d))
            a.purposes.append(Tr::tr("Processing under article %1 Wpg").arg(article));
        if (const QString t = text(d, "Doel"); !t.isEmpty())
            a.purposes.append(t);
    }
    const QJsonObject subjects = object(r, "Betrokkenen");
    const std::pair<const char *, QString> groups[] = {{"Verdachten", Tr::tr("Suspects")},
                                                       {"Slachtoffers", Tr::tr("Victims")},
                                                       {"Veroordeelden", Tr::tr("Convicted persons")},
                                                       {"Derden", Tr::tr("Third parties")}};
    for (const auto &[key, name] : groups) {
        if (flag(subjects, key) == true)
            a.dataSubjects.append(name);
    }
    if (const QString t = text(subjects, "ToelichtingDerden"); !t.isEmpty())
        a.details.notesLines.append(Tr::tr("Third parties (as the register explains): %1").arg(t));
    readSpecialFlags(object(r, "BijzondereGegevens"), a);
    for (const QString &article : wpgArticles(object(r, "Ontvanger"))) {
        const QString prose = Tr::tr("Provision under article %1 Wpg").arg(article);
        a.details.notesLines.append(avgRecipientLine(prose));
        unresolved(Field::Recipients, prose);
    }
}

} // namespace ropa::importer
