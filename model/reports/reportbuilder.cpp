#include "reportbuilder.h"

#include "flows.h"
#include "recordtext.h"
#include "reference/reference.h"
#include "registersections.h"
#include "transfertext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ropa::reports {

namespace {

using namespace recordtext;

class Builder
{
public:
    Builder(const ProjectData &data, const Options &options)
        : m_data(data)
        , m_options(options)
        , m_flows(data)
    {
    }

    Report build();

private:
    // Which activities are in scope, sorted by name.
    QList<const Activity *> activitiesInScope() const;
    QString partyName(const Id &id) const;
    QString categoryName(const Id &id) const;
    QString categoryLabel(const Id &id) const;
    QStringList partyDetails(const Party &p, bool withDpo) const;
    // "Data protection officer: …", "DPO not required: …" or, when neither is stated, nothing.
    QString dpoLine(const Party &p) const;

    Cell organisationCell(const Activity &a, const QList<Flow> &flows, bool *stated) const;
    Cell controllerCell(const Activity &a, bool *stated) const;
    Cell purposesCell(const Activity &a, bool *stated) const;
    Cell subjectsCell(const Activity &a, bool *stated) const;
    Cell categoriesCell(const Activity &a, bool *stated) const;
    Cell sourcesCell(const Activity &a, bool *stated) const;
    Cell processingCell(const Activity &a, bool *stated) const;
    Cell recipientsCell(const QList<Flow> &flows, bool *stated) const;
    Cell transfersCell(const QList<Flow> &flows, bool *stated) const;
    Cell retentionCell(const Activity &a, bool *stated) const;
    Cell securityCell(const Activity &a, bool *stated) const;
    Cell lawfulBasisCell(const Activity &a) const;

    QStringList retentionLines(const Activity &a, bool *stated) const;

    void addRecipientRows(Table &table, const Activity &a, const QList<Flow> &flows) const;
    void addTransferRows(Table &table, const Activity &a, const QList<Flow> &flows) const;
    void addRetentionRows(Table &table, const Activity &a) const;
    // The accepted compliance findings about what the record covers (none: no table).
    Table acceptedFindingsTable(const QList<const Activity *> &activities) const;
    QString entityName(const Id &id) const;
    Table partiesTable(const QString &key, const QString &title, const QString &shortTitle,
                       const QList<const Party *> &parties) const;

    Cell notStated() const { return Cell::missing(); }

    const ProjectData &m_data;
    const Options &m_options;
    FlowFinder m_flows; // the transfer graph, built once per record
};

QString Builder::partyName(const Id &id) const
{
    const Party *p = m_data.find<Party>(id);
    return p ? p->name : Record::tr("unknown party");
}

QString Builder::categoryName(const Id &id) const
{
    const DataCategory *c = m_data.find<DataCategory>(id);
    return c ? c->name : Record::tr("unknown category");
}

QString Builder::categoryLabel(const Id &id) const
{
    const DataCategory *c = m_data.find<DataCategory>(id);
    if (!c)
        return Record::tr("unknown category");
    QStringList marks;
    if (c->special)
        marks.append(Record::tr("special category, Art. 9: %1").arg(specialName(*c->special)));
    if (c->criminal)
        marks.append(Record::tr("criminal convictions and offences, Art. 10"));
    if (marks.isEmpty())
        return c->name;
    return QStringLiteral("%1 (%2)").arg(c->name, marks.join(QStringLiteral("; ")));
}

QStringList Builder::partyDetails(const Party &p, bool withDpo) const
{
    QStringList lines{p.name};
    if (!p.address.trimmed().isEmpty())
        lines.append(p.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    if (!p.country.isEmpty())
        lines.append(Record::tr("Country: %1").arg(countryName(p.country)));
    if (!p.contact.isEmpty())
        lines.append(Record::tr("Contact: %1").arg(contactText(p.contact)));
    if (const QString dpo = dpoLine(p); withDpo && !dpo.isEmpty())
        lines.append(dpo);
    if (p.representative && !p.representative->isEmpty())
        lines.append(Record::tr("Representative (Art. 27): %1").arg(contactText(*p.representative)));
    return lines;
}

QString Builder::dpoLine(const Party &p) const
{
    if (p.dpo && !p.dpo->isEmpty())
        return Record::tr("Data protection officer: %1").arg(contactText(*p.dpo));
    if (const QString why = dpoNotRequiredText(p); !why.isEmpty())
        return Record::tr("DPO not required: %1").arg(why);
    return {};
}

QList<const Activity *> Builder::activitiesInScope() const
{
    QList<const Activity *> result;
    const Scope &s = m_options.scope;
    for (const auto &[id, a] : m_data.activities) {
        const bool processorRecord = m_options.type == RecordType::Processor;
        if (processorRecord != (a.role == Role::Processor))
            continue;
        if (!s.ownEntity.isNull() && a.organisation != s.ownEntity)
            continue;
        if (s.role && a.role != *s.role)
            continue;
        if (!s.owner.isEmpty() && a.owner.compare(s.owner, Qt::CaseInsensitive) != 0)
            continue;
        result.append(&a);
    }
    std::stable_sort(result.begin(), result.end(), [this](const Activity *x, const Activity *y) {
        if (m_options.type == RecordType::Processor && x->onBehalfOf != y->onBehalfOf) {
            const int c = partyName(x->onBehalfOf).compare(partyName(y->onBehalfOf), Qt::CaseInsensitive);
            if (c != 0)
                return c < 0;
        }
        return x->name.compare(y->name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

// Art. 30(1)(a): the controller (the activity's own organisation), its DPO and representative,
// and the joint controllers (transfers of the activity whose recipient acts as joint controller).
Cell Builder::organisationCell(const Activity &a, const QList<Flow> &flows, bool *stated) const
{
    const Party *own = m_data.find<Party>(a.organisation);
    *stated = own && (!own->address.trimmed().isEmpty() || !own->contact.isEmpty());
    if (!own)
        return notStated();
    // The full address is in the controller table; the row names the controller and how to reach it.
    QStringList lines{own->name};
    if (!own->contact.isEmpty())
        lines.append(Record::tr("Contact: %1").arg(contactText(own->contact)));
    if (const QString dpo = dpoLine(*own); !dpo.isEmpty())
        lines.append(dpo);
    if (own->representative && !own->representative->isEmpty())
        lines.append(Record::tr("Representative (Art. 27): %1").arg(contactText(*own->representative)));
    if (!*stated)
        lines.append(Record::tr("Contact details: %1").arg(Record::tr("not stated")));
    for (const Flow &f : flows) {
        if (f.depth == 1 && f.transfer->role == Role::JointController) {
            if (const Party *jc = m_data.find<Party>(f.transfer->to)) {
                lines.append(Record::tr("Joint controller: %1")
                                 .arg(joinNonEmpty({jc->name, jc->address.simplified(), contactText(jc->contact)},
                                                   QStringLiteral(", "))));
            }
        }
    }
    return Cell::of(lines);
}

// Art. 30(2)(a): the controller on whose behalf the processor acts.
Cell Builder::controllerCell(const Activity &a, bool *stated) const
{
    const Party *c = m_data.find<Party>(a.onBehalfOf);
    *stated = c && (!c->address.trimmed().isEmpty() || !c->contact.isEmpty());
    if (!c)
        return notStated();
    QStringList lines = partyDetails(*c, true);
    if (!*stated)
        lines.append(Record::tr("Contact details: %1").arg(Record::tr("not stated")));
    return Cell::of(lines);
}

Cell Builder::purposesCell(const Activity &a, bool *stated) const
{
    QStringList lines;
    for (const QString &p : a.purposes) {
        if (!p.trimmed().isEmpty())
            lines.append(p.trimmed());
    }
    *stated = !lines.isEmpty();
    return *stated ? Cell::of(lines) : notStated();
}

Cell Builder::subjectsCell(const Activity &a, bool *stated) const
{
    QStringList lines;
    for (const Id &id : a.dataSubjects) {
        if (const DataSubject *s = m_data.find<DataSubject>(id))
            lines.append(s->name);
    }
    *stated = !lines.isEmpty();
    return *stated ? Cell::of(lines) : notStated();
}

// Each category with its examples (the CNIL's template details each category).
Cell Builder::categoriesCell(const Activity &a, bool *stated) const
{
    QStringList lines;
    for (const Id &id : a.dataCategories) {
        QString line = categoryLabel(id);
        QStringList examples;
        if (const DataCategory *c = m_data.find<DataCategory>(id)) {
            for (const QString &e : c->examples) {
                if (!e.trimmed().isEmpty())
                    examples.append(e.trimmed());
            }
        }
        if (!examples.isEmpty())
            line += QStringLiteral(" \u2014 ") + Record::tr("for example: %1").arg(examples.join(QStringLiteral("; ")));
        lines.append(line);
    }
    *stated = !lines.isEmpty();
    return *stated ? Cell::of(lines) : notStated();
}

// Where the data come from (the ICO's template: "The source of the personal data"; Art. 14(2)(f)).
Cell Builder::sourcesCell(const Activity &a, bool *stated) const
{
    QStringList lines;
    for (const Id &id : a.sources) {
        if (const Source *src = m_data.find<Source>(id))
            lines.append(QStringLiteral("%1 (%2)").arg(src->name, sourceKindText(src->kind)));
    }
    *stated = !lines.isEmpty();
    return *stated ? Cell::of(lines) : notStated();
}

// Art. 30(2)(b): the categories of processing carried out on behalf of the controller.
Cell Builder::processingCell(const Activity &a, bool *stated) const
{
    QStringList lines{a.name};
    bool purposes = false;
    const Cell p = purposesCell(a, &purposes);
    if (purposes)
        lines.append(Record::tr("Purposes: %1").arg(p.lines.join(QStringLiteral("; "))));
    QStringList cats;
    for (const Id &id : a.dataCategories)
        cats.append(categoryLabel(id));
    if (!cats.isEmpty())
        lines.append(Record::tr("Data categories: %1").arg(cats.join(QStringLiteral("; "))));
    *stated = purposes || !cats.isEmpty();
    if (!*stated)
        lines.append(Record::tr("Purposes and data categories: %1").arg(Record::tr("not stated")));
    return Cell::of(lines);
}

// Art. 30(1)(d): every party the activity's data reaches, directly or onward.
Cell Builder::recipientsCell(const QList<Flow> &flows, bool *stated) const
{
    *stated = true; // no transfer recorded: the record says so
    QStringList lines;
    QSet<Id> seen;
    for (const Flow &f : flows) {
        const Id to = f.transfer->to;
        if (seen.contains(to))
            continue;
        seen.insert(to);
        const Party *p = m_data.find<Party>(to);
        QStringList facts{recipientRole(f.transfer->role, f.depth)};
        const QStringList countries = destinationCountries(m_data, *f.transfer);
        facts.append(countries.isEmpty() ? Record::tr("country not stated") : countryNames(countries));
        if (p && !p->named)
            facts.append(Record::tr("category of recipients"));
        QString line =
            QStringLiteral("%1 (%2)").arg(p ? p->name : Record::tr("unknown party"), facts.join(QStringLiteral(", ")));
        if (f.depth > 1) {
            QStringList via;
            for (qsizetype i = 1; i + 1 < f.chain.size(); ++i)
                via.append(partyName(f.chain.at(i)));
            line += QLatin1Char(' ') + Record::tr("onward, via %1").arg(via.join(QStringLiteral(" \u2192 ")));
        }
        lines.append(line);
    }
    if (lines.isEmpty())
        lines.append(Record::tr("No recipients recorded"));
    return Cell::of(lines);
}

// Art. 30(1)(e) / 30(2)(c): every reached edge whose destination is a third country, named,
// with its mechanism. Missing mechanism or missing Art. 49 documentation: not stated.
Cell Builder::transfersCell(const QList<Flow> &flows, bool *stated) const
{
    *stated = true;
    QStringList lines;
    for (const Flow &f : flows) {
        const Transfer &t = *f.transfer;
        QStringList third;
        const QStringList destinations = destinationCountries(m_data, t);
        for (const QString &c : destinations) {
            if (isThirdCountry(c))
                third.append(c);
        }
        const Party *to = m_data.find<Party>(t.to);
        const bool intlOrg = to && to->kind == PartyKind::InternationalOrganisation;
        // A destination that is not stated may be a third country: the record says so and the
        // item counts as missing, never "no transfer" (docs/records.md).
        const bool unknown = destinations.isEmpty() && !intlOrg;
        if (third.isEmpty() && !intlOrg && !unknown)
            continue;
        const QString where = unknown                      ? Record::tr("country not stated")
                              : intlOrg && third.isEmpty() ? Record::tr("international organisation")
                                                           : countryNames(third);
        QString line = QStringLiteral("%1 \u2014 %2: %3").arg(where, partyName(t.to), transfertext::mechanismText(t));
        if (unknown || t.mechanism == Mechanism::NotStated)
            *stated = false;
        if (t.mechanism == Mechanism::Derogation && !t.derogation)
            *stated = false;
        if (t.mechanism == Mechanism::Derogation && t.derogation == Derogation::CompellingInterests) {
            bool documented = false;
            line += QStringLiteral("; ") + transfertext::safeguardsText(m_data, t, &documented);
            *stated = *stated && documented;
        }
        if (f.depth > 1)
            line +=
                QStringLiteral(" (") + Record::tr("onward transfer by %1").arg(partyName(t.from)) + QLatin1Char(')');
        if (!lines.contains(line))
            lines.append(line);
    }
    if (lines.isEmpty())
        lines.append(Record::tr("No transfers to third countries or international organisations"));
    return Cell::of(lines);
}

// The retention rules that cover a category: naming it or one of its ancestors, or naming none.
QStringList Builder::retentionLines(const Activity &a, bool *stated) const
{
    QStringList lines;
    auto ruleText = [this](const RetentionRule &r) {
        QStringList detail;
        if (!r.duration.isEmpty())
            detail.append(Record::tr("duration %1").arg(durationText(r.duration)));
        if (!r.trigger.isEmpty())
            detail.append(Record::tr("from %1").arg(r.trigger));
        if (!r.legalReference.isEmpty())
            detail.append(r.legalReference);
        const QString written = r.text.trimmed();
        if (written.isEmpty())
            return detail.join(QStringLiteral(", "));
        if (detail.isEmpty())
            return written;
        return QStringLiteral("%1 (%2)").arg(written, detail.join(QStringLiteral(", ")));
    };
    auto covers = [this](const RetentionRule &r, const Id &cat) {
        if (r.categories.isEmpty())
            return true;
        for (Id node = cat; !node.isNull();) {
            if (r.categories.contains(node))
                return true;
            const DataCategory *c = m_data.find<DataCategory>(node);
            node = c ? c->parent : Id();
            if (node == cat)
                break;
        }
        return false;
    };
    *stated = true;
    if (a.dataCategories.isEmpty()) {
        for (const RetentionRule &r : a.retention) {
            const QString t = ruleText(r);
            if (!t.isEmpty())
                lines.append(t);
        }
        *stated = !lines.isEmpty();
        return lines;
    }
    for (const Id &cat : a.dataCategories) {
        QStringList texts;
        for (const RetentionRule &r : a.retention) {
            if (covers(r, cat)) {
                const QString t = ruleText(r);
                if (!t.isEmpty())
                    texts.append(t);
            }
        }
        texts += dataItemRetention(a, cat); // the Dutch register keeps retention per data item
        if (texts.isEmpty()) {
            *stated = false;
            texts.append(Record::tr("not stated"));
        }
        lines.append(QStringLiteral("%1: %2").arg(categoryName(cat), texts.join(QStringLiteral("; "))));
    }
    return lines;
}

Cell Builder::retentionCell(const Activity &a, bool *stated) const
{
    const QStringList lines = retentionLines(a, stated);
    return lines.isEmpty() ? notStated() : Cell::of(lines);
}

Cell Builder::securityCell(const Activity &a, bool *stated) const
{
    QStringList lines;
    for (const Id &id : a.securityMeasures) {
        if (const SecurityMeasure *m = m_data.find<SecurityMeasure>(id)) {
            lines.append(m->description.trimmed().isEmpty()
                             ? m->name
                             : QStringLiteral("%1: %2").arg(m->name, m->description.simplified()));
        }
    }
    *stated = !lines.isEmpty();
    return *stated ? Cell::of(lines) : notStated();
}

Cell Builder::lawfulBasisCell(const Activity &a) const
{
    const Reference &ref = Reference::instance();
    QStringList lines;
    if (a.lawfulBasis)
        lines.append(legalItemText(ref.lawfulBasis(*a.lawfulBasis), enumToString(*a.lawfulBasis)));
    if (a.art9Condition)
        lines.append(legalItemText(ref.art9Condition(*a.art9Condition), enumToString(*a.art9Condition)));
    if (!a.art10Basis.isEmpty())
        lines.append(Record::tr("Art. 10: %1").arg(a.art10Basis));
    return lines.isEmpty() ? notStated() : Cell::of(lines);
}

// The categories a transfer carries: those it names (as far as they reach this flow), all of
// its activities' when it says so, and "not stated" when it says neither (format 5; a migrated
// file's empty list became "all").
Cell transferCategoriesCell(const Transfer &t, const QStringList &carried)
{
    if (!t.allCategories && t.dataCategories.isEmpty())
        return Cell::missing();
    return carried.isEmpty() ? Cell::of(Record::tr("all categories of the activity")) : Cell::of(carried);
}

void Builder::addRecipientRows(Table &table, const Activity &a, const QList<Flow> &flows) const
{
    for (const Flow &f : flows) {
        const Transfer &t = *f.transfer;
        const Party *p = m_data.find<Party>(t.to);
        QStringList via;
        for (qsizetype i = 0; i + 1 < f.chain.size(); ++i)
            via.append(partyName(f.chain.at(i)));
        QStringList cats;
        for (const Id &c : f.categories)
            cats.append(categoryName(c));
        QString name = p ? p->name : Record::tr("unknown party");
        if (p && !p->named)
            name += QStringLiteral(" (") + Record::tr("category of recipients") + QLatin1Char(')');
        // Art. 28(3): yes (with its date and document), no, or not stated where a processor needs one.
        const QString dpaStated = p ? dpaText(m_data, *p) : QString();
        const Cell dpa = !dpaStated.isEmpty() ? Cell::of(dpaStated) : t.role == Role::Processor ? notStated() : Cell();
        table.rows.append({Cell::of(a.name), Cell::of(name), Cell::of(recipientRole(t.role, f.depth)),
                           destinationCountries(m_data, t).isEmpty()
                               ? notStated()
                               : Cell::of(countryNames(destinationCountries(m_data, t))),
                           Cell::of(via.join(QStringLiteral(" \u2192 "))), transferCategoriesCell(t, cats),
                           Cell::of(t.purpose), dpa});
    }
}

void Builder::addTransferRows(Table &table, const Activity &a, const QList<Flow> &flows) const
{
    for (const Flow &f : flows) {
        const Transfer &t = *f.transfer;
        const QStringList countries = destinationCountries(m_data, t);
        QStringList third;
        for (const QString &c : countries) {
            if (isThirdCountry(c))
                third.append(countryName(c));
        }
        QString safeguards;
        if (t.mechanism == Mechanism::Derogation && t.derogation == Derogation::CompellingInterests) {
            bool documented = false;
            safeguards = transfertext::safeguardsText(m_data, t, &documented);
        }
        // "No third country" only when the destinations are known; an unknown one is not stated.
        const bool unknown = countries.isEmpty();
        const bool needsMechanism = !third.isEmpty() || unknown;
        Cell mechanism = Cell::of(transfertext::mechanismText(t));
        if (t.mechanism == Mechanism::NotStated || t.mechanism == Mechanism::None)
            mechanism = !needsMechanism                       ? Cell::of(Record::tr("none needed (no third country)"))
                        : t.mechanism == Mechanism::NotStated ? notStated()
                                                              : Cell::of(transfertext::mechanismText(t));
        Cell thirdCell = Cell::of(third.isEmpty() ? Record::tr("no") : third.join(QStringLiteral(", ")));
        if (unknown)
            thirdCell = notStated();
        table.rows.append(
            {Cell::of(a.name), Cell::of(partyName(t.from)), Cell::of(partyName(t.to)),
             unknown ? notStated() : Cell::of(countryNames(countries)), thirdCell, mechanism, Cell::of(safeguards),
             Cell::of(f.depth == 1 ? Record::tr("direct") : Record::tr("onward (level %1)").arg(f.depth))});
    }
}

void Builder::addRetentionRows(Table &table, const Activity &a) const
{
    const auto addRule = [&](const QString &category, const RetentionRule *r) {
        if (!r) {
            table.rows.append({Cell::of(a.name), Cell::of(category), notStated(), Cell(), Cell(), Cell()});
            return;
        }
        table.rows.append(
            {Cell::of(a.name), Cell::of(category),
             r->text.trimmed().isEmpty() ? notStated() : Cell::of(r->text.trimmed()),
             Cell::of(r->duration.isEmpty() ? QString()
                                            : QStringLiteral("%1 (%2)").arg(durationText(r->duration), r->duration)),
             Cell::of(r->trigger), Cell::of(r->legalReference)});
    };
    QSet<Id> covered;
    for (const RetentionRule &r : a.retention) {
        QStringList names;
        for (const Id &c : r.categories) {
            names.append(categoryName(c));
            covered.insert(c);
        }
        addRule(names.isEmpty() ? Record::tr("all categories") : names.join(QStringLiteral(", ")), &r);
        if (r.categories.isEmpty()) {
            for (const Id &c : a.dataCategories)
                covered.insert(c);
        }
    }
    for (const Id &c : a.dataCategories) {
        bool found = covered.contains(c);
        for (Id node = c; !found && !node.isNull();) {
            const DataCategory *dc = m_data.find<DataCategory>(node);
            node = dc ? dc->parent : Id();
            found = !node.isNull() && covered.contains(node);
            if (node == c)
                break;
        }
        if (!found && dataItemRetention(a, c).isEmpty()) // else the data items table shows it
            addRule(categoryName(c), nullptr);
    }
}

Table Builder::partiesTable(const QString &key, const QString &title, const QString &shortTitle,
                            const QList<const Party *> &parties) const
{
    Table t;
    t.key = key;
    t.title = title;
    t.shortTitle = shortTitle;
    t.columns = {{QStringLiteral("name"), Record::tr("Name"), QString(), 28},
                 {QStringLiteral("address"), Record::tr("Address"), QString(), 34},
                 {QStringLiteral("contact"), Record::tr("Contact"), QString(), 34},
                 {QStringLiteral("dpo"), Record::tr("Data protection officer"), QString(), 30},
                 {QStringLiteral("representative"), Record::tr("Representative (Art. 27)"), QString(), 26},
                 {QStringLiteral("country"), Record::tr("Country"), QString(), 16}};
    for (const Party *p : parties) {
        const bool hasContact = !p->address.trimmed().isEmpty() || !p->contact.isEmpty();
        t.rows.append(
            {Cell::of(p->name),
             p->address.trimmed().isEmpty() ? (hasContact ? Cell() : notStated()) : Cell::of(p->address.trimmed()),
             p->contact.isEmpty() ? (hasContact ? Cell() : notStated()) : Cell::of(contactText(p->contact)),
             p->dpo && !p->dpo->isEmpty() ? Cell::of(contactText(*p->dpo))
             : !dpoNotRequiredText(*p).isEmpty()
                 ? Cell::of(Record::tr("DPO not required: %1").arg(dpoNotRequiredText(*p)))
                 : Cell(),
             p->representative && !p->representative->isEmpty() ? Cell::of(contactText(*p->representative)) : Cell(),
             Cell::of(countryName(p->country))});
    }
    return t;
}

Report Builder::build()
{
    const bool controller = m_options.type == RecordType::Controller;
    const QString art = controller ? Record::tr("Art. 30(1)(%1)") : Record::tr("Art. 30(2)(%1)");
    auto item = [&art](char letter) { return art.arg(QLatin1Char(letter)); };

    Report r;
    r.type = m_options.type;
    r.language = m_options.language.isEmpty() ? QStringLiteral("en") : m_options.language;
    r.date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    r.notStatedText = Record::tr("not stated");
    r.title = controller
                  ? Record::tr("Record of processing activities of the controller (Art. 30(1) GDPR)")
                  : Record::tr("Record of categories of processing activities of the processor (Art. 30(2) GDPR)");

    const QList<const Activity *> activities = activitiesInScope();

    // The own entities: the one in scope, else those the activities belong to, else all own parties.
    QList<const Party *> owners;
    auto addOwner = [&owners](const Party *p) {
        if (p && !owners.contains(p))
            owners.append(p);
    };
    if (!m_options.scope.ownEntity.isNull())
        addOwner(m_data.find<Party>(m_options.scope.ownEntity));
    for (const Activity *a : activities)
        addOwner(m_data.find<Party>(a->organisation));
    if (owners.isEmpty()) {
        for (const Party *p : ownParties(m_data))
            addOwner(p);
    }
    QStringList ownerNames, dpos;
    for (const Party *p : owners) {
        ownerNames.append(p->name);
        if (p->dpo && !p->dpo->isEmpty())
            dpos.append(contactText(*p->dpo));
        else if (const QString why = dpoNotRequiredText(*p); !why.isEmpty())
            dpos.append(owners.size() > 1 ? Record::tr("%1: DPO not required: %2").arg(p->name, why)
                                          : Record::tr("DPO not required: %1").arg(why));
    }
    r.organisation = ownerNames.isEmpty() ? m_data.info.name : ownerNames.join(QStringLiteral("; "));
    r.dpo = dpos.join(QStringLiteral("; "));

    QStringList scopeParts;
    if (!m_options.scope.ownEntity.isNull())
        scopeParts.append(Record::tr("entity %1").arg(partyName(m_options.scope.ownEntity)));
    if (m_options.scope.role) {
        const QString roles[] = {Record::tr("controller"), Record::tr("processor"), Record::tr("joint controller")};
        scopeParts.append(Record::tr("role %1").arg(roles[static_cast<int>(*m_options.scope.role)]));
    }
    if (!m_options.scope.owner.isEmpty())
        scopeParts.append(Record::tr("owner %1").arg(m_options.scope.owner));
    r.scope = scopeParts.isEmpty() ? Record::tr("all activities") : scopeParts.join(QStringLiteral(", "));

    // The record table: one row per activity, a column per Art. 30 item.
    Table record;
    record.key = QStringLiteral("record");
    record.title = controller ? Record::tr("Processing activities")
                              : Record::tr("Categories of processing carried out on behalf of each controller");
    record.shortTitle = controller ? Record::tr("Record Art. 30(1)") : Record::tr("Record Art. 30(2)");
    const QString activityTitle = Record::tr("Processing activity");
    const QString completeTitle = Record::tr("Completeness");
    if (controller) {
        record.columns = {
            {QStringLiteral("activity"), activityTitle, QString(), 24},
            {QStringLiteral("controller"), Record::tr("Controller, joint controllers, representative and DPO"),
             item('a'), 30},
            {QStringLiteral("purposes"), Record::tr("Purposes of the processing"), item('b'), 28},
            {QStringLiteral("data_subjects"), Record::tr("Categories of data subjects"), item('c'), 24},
            {QStringLiteral("data_categories"), Record::tr("Categories of personal data"), item('c'), 28},
            {QStringLiteral("recipients"), Record::tr("Categories of recipients"), item('d'), 36},
            {QStringLiteral("transfers"), Record::tr("Transfers to third countries or international organisations"),
             item('e'), 44},
            {QStringLiteral("retention"), Record::tr("Envisaged time limits for erasure"), item('f'), 40},
            {QStringLiteral("security"), Record::tr("Technical and organisational security measures"), item('g'), 34},
            {QStringLiteral("lawful_basis"), Record::tr("Lawful basis"), QString(), 24},
            {QStringLiteral("completeness"), completeTitle, QString(), 22}};
    } else {
        record.columns = {
            {QStringLiteral("controller"), Record::tr("Controller on whose behalf the processor acts"), item('a'), 34},
            {QStringLiteral("processor"), Record::tr("Processor, representative and DPO"), item('a'), 34},
            {QStringLiteral("processing"), Record::tr("Categories of processing"), item('b'), 40},
            {QStringLiteral("recipients"), Record::tr("Subprocessors and other recipients"), QString(), 36},
            {QStringLiteral("transfers"), Record::tr("Transfers to third countries or international organisations"),
             item('c'), 44},
            {QStringLiteral("security"), Record::tr("Technical and organisational security measures"), item('d'), 36},
            {QStringLiteral("completeness"), completeTitle, QString(), 22}};
    }

    Table recipients;
    recipients.key = QStringLiteral("recipients");
    recipients.title = controller ? Record::tr("Recipients") : Record::tr("Subprocessors and other recipients");
    recipients.shortTitle = controller ? Record::tr("Recipients") : Record::tr("Subprocessors");
    recipients.note = Record::tr("Every party the data reaches, directly or through onward transfers.");
    recipients.columns = {
        {QStringLiteral("activity"), activityTitle, QString(), 28},
        {QStringLiteral("recipient"), Record::tr("Recipient"), controller ? item('d') : QString(), 30},
        {QStringLiteral("acts_as"), Record::tr("Acts as"), QString(), 18},
        {QStringLiteral("countries"), Record::tr("Countries"), QString(), 22},
        {QStringLiteral("via"), Record::tr("From"), QString(), 30},
        {QStringLiteral("data_categories"), Record::tr("Data categories"), QString(), 30},
        {QStringLiteral("purpose"), Record::tr("Purpose of the transfer"), QString(), 30},
        {QStringLiteral("dpa_signed"), Record::tr("DPA signed"), QString(), 14}};

    Table transfers;
    transfers.key = QStringLiteral("transfers");
    transfers.title = Record::tr("Transfers, countries and mechanisms");
    transfers.shortTitle = Record::tr("Transfers");
    transfers.note = Record::tr("Every transfer the data takes, with its destination and its Chapter V mechanism.");
    transfers.columns = {
        {QStringLiteral("activity"), activityTitle, QString(), 28},
        {QStringLiteral("from"), Record::tr("From"), QString(), 26},
        {QStringLiteral("to"), Record::tr("To"), QString(), 26},
        {QStringLiteral("countries"), Record::tr("Destination countries"), QString(), 22},
        {QStringLiteral("third_countries"), Record::tr("Third countries"), controller ? item('e') : item('c'), 20},
        {QStringLiteral("mechanism"), Record::tr("Transfer mechanism"), QString(), 44},
        {QStringLiteral("safeguards"), Record::tr("Documentation of suitable safeguards"), QString(), 36},
        {QStringLiteral("level"), Record::tr("Direct or onward"), QString(), 14}};

    Table retention;
    retention.key = QStringLiteral("retention");
    retention.title = Record::tr("Time limits for erasure");
    retention.shortTitle = Record::tr("Retention");
    retention.note = Record::tr("Retention per data category, as written in the source.");
    retention.columns = {{QStringLiteral("activity"), activityTitle, QString(), 28},
                         {QStringLiteral("data_category"), Record::tr("Data category"), QString(), 28},
                         {QStringLiteral("as_written"), Record::tr("As written"), item('f'), 44},
                         {QStringLiteral("duration"), Record::tr("Duration"), QString(), 20},
                         {QStringLiteral("trigger"), Record::tr("Starting from"), QString(), 24},
                         {QStringLiteral("legal_reference"), Record::tr("Legal reference"), QString(), 24}};

    QList<const Party *> named;
    for (const Activity *a : activities) {
        const QList<Flow> flows = m_flows.flows(*a);
        ActivityStatus status;
        status.activity = a->id;
        status.name = a->name;
        QList<Cell> row;
        auto add = [&](const Cell &cell, bool stated, const QString &label) {
            row.append(cell);
            ++status.required;
            if (stated)
                ++status.stated;
            else
                status.missing.append(label);
        };
        bool ok = false;
        if (controller) {
            row.append(Cell::of(a->name));
            {
                const Cell c = organisationCell(*a, flows, &ok);
                add(c, ok, item('a'));
            }
            {
                const Cell c = purposesCell(*a, &ok);
                add(c, ok, item('b'));
            }
            {
                const Cell c = subjectsCell(*a, &ok);
                add(c, ok, item('c') + QLatin1Char(' ') + Record::tr("data subjects"));
            }
            {
                // The categories, then where they come from: the ICO's template has the source
                // per activity, the Dutch register per data item. Not an item of Art. 30(1), but
                // what Art. 14 information needs: counted, so that a missing source shows.
                Cell c = categoriesCell(*a, &ok);
                bool sourced = false;
                const Cell sources = sourcesCell(*a, &sourced);
                add(c, ok, item('c') + QLatin1Char(' ') + Record::tr("personal data"));
                Cell &cell = row.last();
                if (!cell.notStated || sourced) {
                    if (cell.notStated)
                        cell = Cell::of(Record::tr("Categories: %1").arg(r.notStatedText));
                    cell.lines.append(Record::tr("Sources: %1")
                                          .arg(sourced ? sources.lines.join(QStringLiteral("; ")) : r.notStatedText));
                }
                ++status.required;
                if (sourced)
                    ++status.stated;
                else
                    status.missing.append(Record::tr("source of the data"));
            }
            {
                const Cell c = recipientsCell(flows, &ok);
                add(c, ok, item('d'));
            }
            {
                const Cell c = transfersCell(flows, &ok);
                add(c, ok, item('e'));
            }
            {
                const Cell c = retentionCell(*a, &ok);
                add(c, ok, item('f'));
            }
            {
                const Cell c = securityCell(*a, &ok);
                add(c, ok, item('g'));
            }
            // Completeness counts the items of Art. 30(1) only: Art. 22 and the DPIA have
            // sections and findings of their own, and an auditor reads "10 of 11 required" as
            // an Art. 30 gap.
            row.append(lawfulBasisCell(*a));
        } else {
            {
                const Cell c = controllerCell(*a, &ok);
                add(c, ok, item('a') + QLatin1Char(' ') + Record::tr("controller"));
            }
            const Party *own = m_data.find<Party>(a->organisation);
            ok = own && (!own->address.trimmed().isEmpty() || !own->contact.isEmpty());
            add(own ? Cell::of(partyDetails(*own, true)) : notStated(), ok,
                item('a') + QLatin1Char(' ') + Record::tr("processor"));
            {
                const Cell c = processingCell(*a, &ok);
                add(c, ok, item('b'));
            }
            row.append(recipientsCell(flows, &ok));
            {
                const Cell c = transfersCell(flows, &ok);
                add(c, ok, item('c'));
            }
            {
                const Cell c = securityCell(*a, &ok);
                add(c, ok, item('d'));
            }
        }
        QStringList complete{Record::tr("%1 of %2").arg(recordNumber(status.stated), recordNumber(status.required))};
        if (!status.missing.isEmpty()) {
            complete.append(Record::tr("Not stated:"));
            complete.append(status.missing);
        }
        row.append(Cell::of(complete));
        record.rows.append(row);

        addRecipientRows(recipients, *a, flows);
        for (const Flow &f : flows) // whose linked documents the record lists
            named.append(m_data.find<Party>(f.transfer->to));
        addTransferRows(transfers, *a, flows);
        if (controller)
            addRetentionRows(retention, *a);
        r.completeness.stated += status.stated;
        r.completeness.required += status.required;
        r.activities.append(status);
    }

    Table completeness;
    completeness.key = QStringLiteral("completeness");
    completeness.title = Record::tr("Completeness");
    completeness.shortTitle = completeness.title;
    completeness.note =
        Record::tr("Required items stated per activity. Items marked “%1” are missing from the inventory.")
            .arg(r.notStatedText);
    completeness.columns = {{QStringLiteral("activity"), activityTitle, QString(), 34},
                            {QStringLiteral("stated"), Record::tr("Items stated"), QString(), 14},
                            {QStringLiteral("percent"), Record::tr("Percent"), QString(), 10},
                            {QStringLiteral("missing"), Record::tr("Not stated"), QString(), 50}};
    for (const ActivityStatus &s : std::as_const(r.activities)) {
        const int pct = s.required ? s.stated * 100 / s.required : 100;
        completeness.rows.append(
            {Cell::of(s.name), Cell::of(Record::tr("%1 of %2").arg(recordNumber(s.stated), recordNumber(s.required))),
             Cell::of(recordPercent(pct)), Cell::of(s.missing)});
    }

    const QString completenessText =
        Record::tr("%1% (%2 of %3 required items stated)")
            .arg(recordNumber(r.completeness.percent()), recordNumber(r.completeness.stated),
                 recordNumber(r.completeness.required));
    r.cover = {{Record::tr("Record"), r.title},
               {Record::tr("Organisation"), r.organisation},
               {Record::tr("Data protection officer"), r.dpo.isEmpty() ? r.notStatedText : r.dpo},
               {Record::tr("Date"), recordDate(r.date)},
               {Record::tr("Scope"), r.scope},
               {Record::tr("Processing activities"), recordNumber(activities.size())},
               {Record::tr("Completeness"), completenessText}};

    // Sections, in the order of the article.
    if (controller) {
        Section own{QStringLiteral("controller"), Record::tr("Controller (Art. 30(1)(a))"), {}, {}};
        own.tables.append(partiesTable(QStringLiteral("controllers"), Record::tr("Controller and contact details"),
                                       Record::tr("Controller"), owners));
        r.sections.append(own);
    } else {
        Section own{QStringLiteral("processor"), Record::tr("Processor and controllers (Art. 30(2)(a))"), {}, {}};
        own.tables.append(partiesTable(QStringLiteral("processors"), Record::tr("Processor and contact details"),
                                       Record::tr("Processor"), owners));
        QList<const Party *> controllers;
        for (const Activity *a : activities) {
            const Party *p = m_data.find<Party>(a->onBehalfOf);
            if (p && !controllers.contains(p))
                controllers.append(p);
        }
        own.tables.append(partiesTable(QStringLiteral("controllers"),
                                       Record::tr("Controllers on whose behalf the processor acts"),
                                       Record::tr("Controllers"), controllers));
        r.sections.append(own);
    }
    Section main{QStringLiteral("record"), record.title, {}, {}};
    main.paragraphs.append(
        controller ? Record::tr("One row per processing activity; each column names the item of Art. 30(1) it answers.")
                   : Record::tr("One row per processing activity, grouped by controller; each column names the item of "
                                "Art. 30(2) it answers."));
    main.tables.append(record);
    r.sections.append(main);
    r.sections.append({QStringLiteral("recipients"), recipients.title, {}, {recipients}});
    r.sections.append({QStringLiteral("transfers"), transfers.title, {}, {transfers}});
    if (controller)
        r.sections.append({QStringLiteral("retention"), retention.title, {}, {retention}});
    named.removeAll(nullptr);
    r.sections.append(registerSections(m_data, activities, owners + named));
    r.sections.append({QStringLiteral("completeness"), completeness.title, {completenessText}, {completeness}});
    // Only when the project has any, so a record without acceptances is as it was.
    if (Table accepted = acceptedFindingsTable(activities); !accepted.rows.isEmpty())
        r.sections.append({QStringLiteral("accepted_findings"), accepted.title, {}, {accepted}});

    // Every text that leaves the builder is clean (report.h).
    r.title = cleanText(r.title);
    r.organisation = cleanText(r.organisation);
    r.dpo = cleanText(r.dpo);
    r.scope = cleanText(r.scope);
    for (Fact &f : r.cover) {
        f.label = cleanText(f.label);
        f.value = cleanText(f.value);
    }
    for (ActivityStatus &s : r.activities)
        s.name = cleanText(s.name);
    for (Section &s : r.sections) {
        s.title = cleanText(s.title);
        for (QString &p : s.paragraphs)
            p = cleanText(p);
        for (Table &t : s.tables) {
            for (auto &rowCells : t.rows) {
                for (Cell &c : rowCells) {
                    QStringList lines;
                    for (const QString &l : std::as_const(c.lines))
                        lines.append(cleanText(l));
                    c.lines = lines;
                }
            }
        }
    }
    return r;
}

QString Builder::entityName(const Id &id) const
{
    const auto kind = m_data.kindOfId(id);
    if (!kind)
        return {};
    const AnyEntity e = *m_data.entity(*kind, id);
    if (const auto *t = std::get_if<Transfer>(&e))
        return QStringLiteral("%1 \u2192 %2").arg(partyName(t->from), partyName(t->to));
    return nameOf(e);
}

Table Builder::acceptedFindingsTable(const QList<const Activity *> &activities) const
{
    Table t;
    t.key = QStringLiteral("accepted_findings");
    t.title = Record::tr("Accepted findings");
    t.shortTitle = t.title;
    t.note = Record::tr("Findings of the compliance checks that the organisation has accepted, with the reason given.");
    t.columns = {{QStringLiteral("rule"), Record::tr("Rule"), QString(), 26},
                 {QStringLiteral("concerns"), Record::tr("Concerns"), QString(), 34},
                 {QStringLiteral("justification"), Record::tr("Justification"), QString(), 60},
                 {QStringLiteral("date"), Record::tr("Accepted on"), QString(), 12}};
    QSet<Id> inScope;
    for (const Activity *a : activities)
        inScope.insert(a->id);
    for (const AcceptedFinding &a : m_data.acceptedFindings) {
        // An activity outside the record's scope takes its acceptances with it; the rest
        // (parties, transfers, categories) is the whole project's.
        if (m_data.activities.contains(a.entity) && !inScope.contains(a.entity))
            continue;
        QStringList concerns{entityName(a.entity)};
        const Id detail = idFromString(a.detail);
        if (!detail.isNull() && m_data.kindOfId(detail))
            concerns.append(entityName(detail));
        else if (!a.detail.isEmpty())
            concerns.append(a.detail);
        t.rows.append({Cell::of(a.rule), Cell::of(concerns), Cell::of(a.justification.split(QLatin1Char('\n'))),
                       Cell::of(tableDate(a.date))});
    }
    return t;
}

} // namespace

Report buildReport(const ProjectData &data, const Options &options)
{
    const LanguageScope languageScope(options.language);
    return Builder(data, options).build();
}

QList<const Party *> ownParties(const ProjectData &data)
{
    QList<const Party *> result;
    for (const auto &[id, p] : data.parties) {
        if (p.own)
            result.append(&p);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Party *a, const Party *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    return result;
}

QStringList activityOwners(const ProjectData &data)
{
    QStringList owners;
    for (const auto &[id, a] : data.activities) {
        if (!a.owner.trimmed().isEmpty() && !owners.contains(a.owner.trimmed()))
            owners.append(a.owner.trimmed());
    }
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

} // namespace ropa::reports
