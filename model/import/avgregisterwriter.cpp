#include "import/avgregisterwriter.h"

#include "import/avgregisterrecord.h"
#include "reference/reference.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ropa::importer {

namespace {

// The register's words for the lawful bases (its own vocabulary, not translated).
QString groundWord(LawfulBasis basis)
{
    switch (basis) {
    case LawfulBasis::Consent: return QStringLiteral("Toestemming betrokkene");
    case LawfulBasis::Contract: return QStringLiteral("Uitvoering overeenkomst");
    case LawfulBasis::LegalObligation: return QStringLiteral("Wettelijke verplichting");
    case LawfulBasis::VitalInterests: return QStringLiteral("Vitaal belang");
    case LawfulBasis::PublicTask: return QStringLiteral("Taak van algemeen belang");
    case LawfulBasis::LegitimateInterests: return QStringLiteral("Gerechtvaardigd belang");
    }
    return {};
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue flagOrNull(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue();
}

QJsonValue dateOrNull(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate) + QStringLiteral("T00:00:00")) : QJsonValue();
}

// The text after a note line's prefix ("Recipient (as the register says): %1"), if the line is one.
std::optional<QString> lineValue(const QString &line, const QString &formatted)
{
    const QString prefix = formatted.left(formatted.indexOf(QStringLiteral("\x01")));
    if (prefix.isEmpty() || !line.startsWith(prefix))
        return std::nullopt;
    return line.mid(prefix.size());
}

class Writer
{
public:
    explicit Writer(const ProjectData &data)
        : m_data(data)
    {
        // Each activity's transfers, looked up once rather than scanned per activity.
        for (const auto &[id, t] : m_data.transfers) {
            for (const Id &activity : t.activities)
                m_transfers[activity].append(&t);
        }
    }

    QJsonObject record(const Activity &a)
    {
        const bool processor = a.role == Role::Processor;
        QJsonObject r;
        r.insert(QStringLiteral("Id"), ++m_id);
        r.insert(QStringLiteral("Nummer"), textOrNull(a.reference));
        r.insert(QStringLiteral("Naam"), a.name);
        r.insert(QStringLiteral("Status"),
                 !a.status                              ? QJsonValue()
                 : *a.status == RecordStatus::Adopted   ? QJsonValue(QStringLiteral("Vastgesteld"))
                 : *a.status == RecordStatus::Withdrawn ? QJsonValue()
                                                        : QJsonValue(QStringLiteral("InBewerking")));
        bool numeric = false;
        const int version = a.recordVersion.toInt(&numeric);
        r.insert(QStringLiteral("Versie"), numeric ? QJsonValue(version) : textOrNull(a.recordVersion));
        r.insert(QStringLiteral("AanmaakDatum"), dateOrNull(a.created));
        r.insert(QStringLiteral("LaatsteWijzigDatum"), dateOrNull(a.lastChanged));
        r.insert(QStringLiteral("Dienst"), textOrNull(a.department));
        notes(a, r, processor);
        parties(a, r, processor);
        purposes(a, r, processor);
        QJsonArray systems;
        for (const Id &id : a.systems) {
            if (const System *s = m_data.find<System>(id))
                systems.append(QJsonObject{{QStringLiteral("Id"), ++m_id}, {QStringLiteral("Omschrijving"), s->name}});
        }
        r.insert(QStringLiteral("Systemen"), systems);
        r.insert(QStringLiteral("Bijlagen"), QJsonArray());
        security(a, r);
        transfers(a, r);
        r.insert(QStringLiteral("Besluitvorming"),
                 QJsonObject{{QStringLiteral("HasBesluitvorming"), flagOrNull(a.automatedDecisions.present)},
                             {QStringLiteral("Logica"), textOrNull(a.automatedDecisions.logic)},
                             {QStringLiteral("BelangGevolgen"), textOrNull(a.automatedDecisions.significance)}});
        screening(a, r);
        if (!processor)
            subjects(a, r);
        return r;
    }

private:
    // The notes, less the lines the reader made from the register's own fields, which go back there.
    void notes(const Activity &a, QJsonObject &r, bool processor)
    {
        const QString recipient = avgRecipientLine(QStringLiteral("\x01"));
        const QString division = avgDivisionLine(QStringLiteral("\x01"));
        QStringList kept;
        QJsonArray recipients;
        QString divided;
        for (const QString &line : a.notes.split(u'\n')) {
            if (const std::optional<QString> v = lineValue(line, recipient))
                recipients.append(QJsonObject{{QStringLiteral("Id"), ++m_id}, {QStringLiteral("Omschrijving"), *v}});
            else if (const std::optional<QString> d = lineValue(line, division))
                divided = *d;
            else
                kept.append(line);
        }
        while (!kept.isEmpty() && kept.constLast().isEmpty())
            kept.removeLast();
        const QString remarks = kept.join(u'\n');
        r.insert(QStringLiteral("Opmerkingen"), remarks.isEmpty()
                                                    ? QJsonArray()
                                                    : QJsonArray{QJsonObject{{QStringLiteral("Tekst"), remarks},
                                                                             {QStringLiteral("Datum"), QJsonValue()}}});
        // Named recipients (not processors) are written as the register keeps them: prose.
        for (const Party *p : counterparts(a, {Role::Controller, Role::Internal}))
            recipients.append(QJsonObject{{QStringLiteral("Id"), ++m_id}, {QStringLiteral("Omschrijving"), p->name}});
        r.insert(QStringLiteral("Ontvangers"), recipients);
        r.insert(processor ? QStringLiteral("VerdelingVerantwoordelijkheidSubverwerkers")
                           : QStringLiteral("VerdelingVerantwoordelijkheid"),
                 textOrNull(divided));
    }

    // The parties the activity's transfers from its organisation go to, in these roles, by name.
    QList<const Party *> counterparts(const Activity &a, std::initializer_list<Role> roles) const
    {
        QList<const Party *> result;
        for (const Transfer *t : m_transfers.value(a.id)) {
            if (t->from != a.organisation || std::find(roles.begin(), roles.end(), t->role) == roles.end())
                continue;
            if (const Party *p = m_data.find<Party>(t->to); p && !result.contains(p))
                result.append(p);
        }
        std::sort(result.begin(), result.end(), [](const Party *x, const Party *y) { return x->name < y->name; });
        return result;
    }

    QJsonObject party(const Party &p, bool asController)
    {
        QJsonObject o{{QStringLiteral("Id"), ++m_id},
                      {QStringLiteral("Naam"), p.name},
                      {QStringLiteral("Telefoon"), textOrNull(p.contact.phone)},
                      {QStringLiteral("Email"), textOrNull(p.contact.email)},
                      {QStringLiteral("Adres"), textOrNull(p.address)},
                      {QStringLiteral("Postcode"), QJsonValue()},
                      {QStringLiteral("Plaats"), QJsonValue()},
                      {QStringLiteral("Land"),
                       p.country.isEmpty() ? QJsonValue()
                                           : QJsonValue(Reference::instance().countryName(p.country, u"en").toUpper())},
                      {QStringLiteral("Postbus"), QJsonValue()},
                      {QStringLiteral("PostbusPostcode"), QJsonValue()},
                      {QStringLiteral("PostbusPlaats"), QJsonValue()},
                      {QStringLiteral("PostbusLand"), QJsonValue()}};
        if (asController) {
            o.insert(QStringLiteral("ContactFg"), textOrNull(p.dpo ? p.dpo->name : QString()));
            o.insert(QStringLiteral("ContactNaam"), textOrNull(p.contact.name));
            o.insert(QStringLiteral("ContactEmail"), textOrNull(p.contact.email));
            o.insert(QStringLiteral("ContactTelefoon"), textOrNull(p.contact.phone));
        }
        return o;
    }

    void parties(const Activity &a, QJsonObject &r, bool processor)
    {
        QJsonArray controllers;
        QJsonArray processors;
        const Party *own = m_data.find<Party>(a.organisation);
        if (processor) {
            if (const Party *c = m_data.find<Party>(a.onBehalfOf))
                controllers.append(party(*c, true));
            if (own)
                processors.append(party(*own, false));
        } else {
            if (own)
                controllers.append(party(*own, false));
            for (const Party *p : counterparts(a, {Role::JointController}))
                controllers.append(party(*p, false));
        }
        for (const Party *p : counterparts(a, {Role::Processor}))
            processors.append(party(*p, false));
        r.insert(QStringLiteral("Verantwoordelijken"), controllers);
        r.insert(QStringLiteral("Verwerkers"), processors);
        QJsonArray contacts;
        if (!a.contactPerson.isEmpty())
            contacts.append(QJsonObject{{QStringLiteral("Id"), ++m_id},
                                        {QStringLiteral("Naam"), textOrNull(a.contactPerson.name)},
                                        {QStringLiteral("Functie"), textOrNull(a.contactPerson.function)},
                                        {QStringLiteral("Email"), textOrNull(a.contactPerson.email)},
                                        {QStringLiteral("Telefoon"), textOrNull(a.contactPerson.phone)}});
        r.insert(QStringLiteral("Contactpersonen"), contacts);
    }

    void purposes(const Activity &a, QJsonObject &r, bool processor)
    {
        if (processor) {
            QJsonArray list;
            for (const QString &p : a.purposes)
                list.append(QJsonObject{{QStringLiteral("Id"), ++m_id}, {QStringLiteral("Omschrijving"), p}});
            // Art. 30(2)(b): the categories of processing.
            r.insert(QStringLiteral("Categorien"), list);
            r.insert(QStringLiteral("Doelen"), QJsonArray());
            return;
        }
        const QJsonValue ground = a.lawfulBasis ? QJsonValue(groundWord(*a.lawfulBasis)) : QJsonValue();
        QJsonArray doelen;
        for (const QString &p : a.purposes)
            doelen.append(QJsonObject{
                {QStringLiteral("Id"), ++m_id}, {QStringLiteral("Doel"), p}, {QStringLiteral("Rechtsgrond"), ground}});
        if (doelen.isEmpty() && a.lawfulBasis)
            doelen.append(QJsonObject{{QStringLiteral("Id"), ++m_id},
                                      {QStringLiteral("Doel"), QJsonValue()},
                                      {QStringLiteral("Rechtsgrond"), ground}});
        r.insert(QStringLiteral("Doelen"), doelen);
    }

    void security(const Activity &a, QJsonObject &r)
    {
        QString pseudonymisation;
        QString encryption;
        QJsonArray network;
        QJsonArray access;
        QJsonArray other;
        for (const Id &id : a.securityMeasures) {
            const SecurityMeasure *m = m_data.find<SecurityMeasure>(id);
            if (!m)
                continue;
            if (m->kind == MeasureKind::Pseudonymisation && pseudonymisation.isEmpty())
                pseudonymisation = m->name == Tr::tr("Pseudonymisation") ? QStringLiteral("Ja") : m->name;
            else if (m->kind == MeasureKind::Encryption && encryption.isEmpty())
                encryption = m->name == Tr::tr("Encryption") ? QStringLiteral("Ja") : m->name;
            else if (m->kind == MeasureKind::Network)
                network.append(m->name);
            else if (m->kind == MeasureKind::AccessControl)
                access.append(m->name);
            else
                other.append(m->name);
        }
        r.insert(QStringLiteral("Beveiliging"),
                 QJsonObject{{QStringLiteral("Pseudonimisering"), textOrNull(pseudonymisation)},
                             {QStringLiteral("Encryptie"), textOrNull(encryption)},
                             {QStringLiteral("ElectronischeWeg"), network},
                             {QStringLiteral("Toegang"), access},
                             {QStringLiteral("Maatregelen"), other},
                             {QStringLiteral("HasBeveiliging"), !a.securityMeasures.isEmpty()}});
    }

    void transfers(const Activity &a, QJsonObject &r)
    {
        QStringList countries;
        QString safeguards;
        for (const Transfer *t : m_transfers.value(a.id)) {
            for (const QString &c : t->countries) {
                if (!countries.contains(c))
                    countries.append(c);
            }
            if (safeguards.isEmpty())
                safeguards = t->suitableSafeguards;
        }
        std::sort(countries.begin(), countries.end());
        QStringList names;
        for (const QString &c : std::as_const(countries))
            names.append(Reference::instance().country(c) ? Reference::instance().countryName(c, u"en") : c);
        r.insert(
            QStringLiteral("Doorgifte"),
            QJsonObject{{QStringLiteral("BuitenEu"), !countries.isEmpty()},
                        {QStringLiteral("BuitenEuOmschrijving"), textOrNull(names.join(QStringLiteral(", ")))},
                        {QStringLiteral("BuitenEuPassendBeschermingsniveau"),
                         countries.isEmpty() ? QJsonValue() : QJsonValue(!safeguards.isEmpty())},
                        {QStringLiteral("BuitenEuPassendBeschermingsniveauOmschrijving"), textOrNull(safeguards)}});
    }

    void screening(const Activity &a, QJsonObject &r)
    {
        const DpiaScreening &s = a.dpiaScreening;
        const auto criterion = [&](DpiaCriterion c) -> QJsonValue {
            return s.criteria.contains(c) ? QJsonValue(true) : QJsonValue();
        };
        r.insert(QStringLiteral("GebPia"),
                 QJsonObject{
                     {QStringLiteral("IsGebpiaAlUitgevoerd"), flagOrNull(dpiaPerformed(a.dpia))},
                     {QStringLiteral("IsGeautomatiseerdProfilering"), flagOrNull(a.automatedDecisions.profiling)},
                     {QStringLiteral("IsGrootschaligeVerwerking"), flagOrNull(a.largeScale)},
                     {QStringLiteral("IsGrootschaligeMonitoring"), criterion(DpiaCriterion::SystematicMonitoring)},
                     {QStringLiteral("StaatOpLijstVerplichteGebpia"), flagOrNull(s.onAuthorityList)},
                     {QStringLiteral("VoeldoetAanTweeCriteriaWP248"),
                      s.criteria.size() >= 2 || s.outcome == avgTwoCriteriaOutcome() ? QJsonValue(true) : QJsonValue()},
                     {QStringLiteral("IsHoogRisicoRechtenVrijheden"), flagOrNull(s.highRisk)}});
    }

    void subjects(const Activity &a, QJsonObject &r)
    {
        QJsonArray groups;
        const QString subjectSource = avgSubjectSourceName();
        IdList subjectIds = a.dataSubjects;
        if (subjectIds.isEmpty())
            subjectIds.append(Id()); // a group without a name, for the special categories
        for (const Id &sid : std::as_const(subjectIds)) {
            const DataSubject *subject = m_data.find<DataSubject>(sid);
            if (!subject && !sid.isNull())
                continue;
            QJsonObject g{{QStringLiteral("Id"), ++m_id},
                          {QStringLiteral("Omschrijving"), subject ? QJsonValue(subject->name) : QJsonValue()}};
            bool special = false;
            for (const AvgSpecialFlag &f : avgSpecialFlags) {
                // The register keeps the special categories per group; Ropa per activity: on the first group.
                bool on = false;
                for (const Id &cid : a.dataCategories) {
                    const DataCategory *c = m_data.find<DataCategory>(cid);
                    on = on || (c && groups.isEmpty() && (f.kind ? c->special == f.kind : c->criminal));
                }
                special = special || on;
                g.insert(QString::fromLatin1(f.key), on);
            }
            g.insert(QStringLiteral("GeenBijzondereGegevens"), !special);
            QJsonArray items;
            for (const DataItem &i : a.dataItems) {
                const DataCategory *c = m_data.find<DataCategory>(i.category);
                if (i.subject != sid || !c)
                    continue;
                QStringList sources;
                bool fromSubject = false;
                for (const Id &src : i.sources) {
                    if (const Source *s = m_data.find<Source>(src))
                        s->name == subjectSource ? void(fromSubject = true) : sources.append(s->name);
                }
                items.append(
                    QJsonObject{{QStringLiteral("Id"), ++m_id},
                                {QStringLiteral("Omschrijving"), c->name},
                                {QStringLiteral("Verzameldoel"), textOrNull(i.purpose)},
                                {QStringLiteral("Bewaartermijn"),
                                 textOrNull(!i.retentionText.isEmpty() ? i.retentionText : i.retention)},
                                {QStringLiteral("IsBronBetrokkene"), fromSubject},
                                {QStringLiteral("BronOmschrijving"), textOrNull(sources.join(u'\n'))},
                                {QStringLiteral("IsBetrokkeneVerplicht"),
                                 !i.obligation ? QJsonValue() : QJsonValue(*i.obligation != Obligation::Voluntary)},
                                {QStringLiteral("BetrokkeneConsequenties"), textOrNull(i.consequence)}});
            }
            g.insert(QStringLiteral("Gegevens"), items);
            if (subject || special)
                groups.append(g);
        }
        r.insert(QStringLiteral("Betrokkenen"), groups);
    }

    const ProjectData &m_data;
    QHash<Id, QList<const Transfer *>> m_transfers;
    int m_id = 0;
};

} // namespace

QByteArray writeAvgRegister(const ProjectData &data)
{
    QList<const Activity *> activities;
    for (const auto &[id, a] : data.activities)
        activities.append(&a);
    std::sort(activities.begin(), activities.end(), [](const Activity *x, const Activity *y) {
        return std::pair(x->reference, x->name) < std::pair(y->reference, y->name);
    });
    Writer writer(data);
    QJsonArray records;
    for (const Activity *a : std::as_const(activities))
        records.append(writer.record(*a));
    return QByteArrayLiteral("\xEF\xBB\xBF") + QJsonDocument(records).toJson(QJsonDocument::Indented);
}

} // namespace ropa::importer
