#include "registersections.h"

#include "recordtext.h"

#include <QSet>

namespace ropa::reports {

namespace {

using namespace recordtext;

Cell textCell(const QString &text)
{
    return text.trimmed().isEmpty() ? Cell::missing() : Cell::of(text.trimmed());
}

Cell yesNoCell(const std::optional<bool> &value)
{
    if (!value)
        return Cell::missing();
    return Cell::of(*value ? Record::tr("yes") : Record::tr("no"));
}

QString statusText(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft: return Record::tr("draft");
    case RecordStatus::InReview: return Record::tr("in review");
    case RecordStatus::Adopted: return Record::tr("adopted");
    case RecordStatus::Withdrawn: return Record::tr("withdrawn");
    }
    return {};
}

QString obligationText(Obligation obligation)
{
    switch (obligation) {
    case Obligation::Statutory: return Record::tr("statutory requirement");
    case Obligation::Contractual: return Record::tr("contractual requirement");
    case Obligation::ContractRequirement: return Record::tr("required to enter into a contract");
    case Obligation::Voluntary: return Record::tr("voluntary");
    }
    return {};
}

QString criterionText(DpiaCriterion criterion)
{
    switch (criterion) {
    case DpiaCriterion::EvaluationScoring: return Record::tr("evaluation or scoring");
    case DpiaCriterion::AutomatedDecisions: return Record::tr("automated decisions with legal or similar effect");
    case DpiaCriterion::SystematicMonitoring: return Record::tr("systematic monitoring");
    case DpiaCriterion::SensitiveData: return Record::tr("sensitive or highly personal data");
    case DpiaCriterion::LargeScale: return Record::tr("data processed on a large scale");
    case DpiaCriterion::MatchedDatasets: return Record::tr("matched or combined datasets");
    case DpiaCriterion::VulnerableSubjects: return Record::tr("data of vulnerable data subjects");
    case DpiaCriterion::InnovativeTechnology: return Record::tr("innovative use of technology");
    case DpiaCriterion::PreventsRights: return Record::tr("prevents the exercise of a right or use of a service");
    }
    return {};
}

QString documentKindText(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::PrivacyPolicy: return Record::tr("privacy policy");
    case DocumentKind::Contract: return Record::tr("contract or data processing agreement");
    case DocumentKind::DpiaReport: return Record::tr("DPIA report");
    case DocumentKind::LegitimateInterestsAssessment: return Record::tr("legitimate interests assessment");
    case DocumentKind::ConsentRecord: return Record::tr("consent record");
    case DocumentKind::RetentionPolicy: return Record::tr("retention policy");
    case DocumentKind::SubprocessorList: return Record::tr("subprocessor list");
    case DocumentKind::Other: return Record::tr("other document");
    }
    return {};
}

// “Title” (date), or "" for no document.
QString documentName(const ProjectData &data, const Id &id)
{
    const Document *d = data.find<Document>(id);
    if (!d)
        return {};
    const QString title = QStringLiteral("\u201c%1\u201d").arg(d->title);
    return d->date ? QStringLiteral("%1 (%2)").arg(title, tableDate(d->date)) : title;
}

// "yes, 2024-03-01, “DPIA call analytics”", "yes (no date stated)", "no" or not stated.
Cell factCell(const ProjectData &data, const std::optional<bool> &state, const std::optional<QDate> &date,
              const Id &document)
{
    if (!state)
        return Cell::missing();
    if (!*state)
        return Cell::of(Record::tr("no"));
    QStringList parts{date ? Record::tr("yes, on %1").arg(tableDate(date)) : Record::tr("yes (no date stated)")};
    if (const QString doc = documentName(data, document); !doc.isEmpty())
        parts.append(Record::tr("document: %1").arg(doc));
    return Cell::of(parts.join(QStringLiteral("; ")));
}

Table identityTable(const QList<const Activity *> &activities)
{
    Table t;
    t.key = QStringLiteral("identity");
    t.title = Record::tr("Record identity");
    t.shortTitle = Record::tr("Identity");
    t.note = Record::tr("Each record's reference, status and version in the register, and who keeps it.");
    t.columns = {{QStringLiteral("activity"), Record::tr("Processing activity"), QString(), 28},
                 {QStringLiteral("reference"), Record::tr("Reference"), QString(), 14},
                 {QStringLiteral("status"), Record::tr("Status"), QString(), 12},
                 {QStringLiteral("version"), Record::tr("Version"), QString(), 10},
                 {QStringLiteral("created"), Record::tr("Created"), QString(), 12},
                 {QStringLiteral("last_changed"), Record::tr("Last changed"), QString(), 12},
                 {QStringLiteral("department"), Record::tr("Department or business function"), QString(), 24},
                 {QStringLiteral("contact"), Record::tr("Contact person"), QString(), 30}};
    for (const Activity *a : activities) {
        QString contact = contactText(a->contactPerson);
        if (!a->contactPerson.function.trimmed().isEmpty() && !contact.contains(a->contactPerson.function))
            contact = joinNonEmpty({contact, a->contactPerson.function.trimmed()}, QStringLiteral(", "));
        t.rows.append({Cell::of(a->name), textCell(a->reference),
                       a->status ? Cell::of(statusText(*a->status)) : Cell::missing(), textCell(a->recordVersion),
                       a->created ? Cell::of(tableDate(a->created)) : Cell::missing(),
                       a->lastChanged ? Cell::of(tableDate(a->lastChanged)) : Cell::missing(), textCell(a->department),
                       textCell(contact)});
    }
    return t;
}

Table dataItemsTable(const ProjectData &data, const QList<const Activity *> &activities)
{
    Table t;
    t.key = QStringLiteral("data_items");
    t.title = Record::tr("Data items");
    t.shortTitle = t.title;
    t.note = Record::tr("Per data category and group of data subjects: where it comes from, why it is collected, how "
                        "long it is kept, and whether the data subject must provide it.");
    t.columns = {{QStringLiteral("activity"), Record::tr("Processing activity"), QString(), 24},
                 {QStringLiteral("data_category"), Record::tr("Data category"), QString(), 22},
                 {QStringLiteral("data_subjects"), Record::tr("Data subjects"), QString(), 20},
                 {QStringLiteral("sources"), Record::tr("Source"), QString(), 24},
                 {QStringLiteral("purpose"), Record::tr("Why it is collected"), QString(), 26},
                 {QStringLiteral("retention"), Record::tr("Retention"), QString(), 26},
                 {QStringLiteral("obligation"), Record::tr("Must the data subject provide it?"), QString(), 20},
                 {QStringLiteral("consequence"), Record::tr("If not provided"), QString(), 24}};
    for (const Activity *a : activities) {
        for (const DataItem &item : a->dataItems) {
            const DataCategory *c = data.find<DataCategory>(item.category);
            const DataSubject *s = data.find<DataSubject>(item.subject);
            QStringList sources;
            for (const Id &id : item.sources) {
                if (const Source *src = data.find<Source>(id))
                    sources.append(QStringLiteral("%1 (%2)").arg(src->name, sourceKindText(src->kind)));
            }
            QStringList retention;
            if (!item.retentionText.trimmed().isEmpty())
                retention.append(item.retentionText.trimmed());
            if (!item.retention.isEmpty())
                retention.append(QStringLiteral("%1 (%2)").arg(durationText(item.retention), item.retention));
            t.rows.append({Cell::of(a->name), Cell::of(c ? c->name : Record::tr("unknown category")),
                           Cell::of(item.subject.isNull() ? Record::tr("every data subject of the activity")
                                    : s                   ? s->name
                                                          : Record::tr("unknown data subjects")),
                           sources.isEmpty() ? Cell::missing() : Cell::of(sources), textCell(item.purpose),
                           retention.isEmpty() ? Cell::missing() : Cell::of(retention.join(QStringLiteral("; "))),
                           item.obligation ? Cell::of(obligationText(*item.obligation)) : Cell::missing(),
                           textCell(item.consequence)});
        }
    }
    return t;
}

Table systemsTable(const ProjectData &data, const QList<const Activity *> &activities)
{
    Table t;
    t.key = QStringLiteral("systems");
    t.title = Record::tr("Systems (location of the personal data)");
    t.shortTitle = Record::tr("Systems");
    t.note = Record::tr("The applications and databases the data are kept in, who hosts them and where.");
    t.columns = {{QStringLiteral("activity"), Record::tr("Processing activity"), QString(), 26},
                 {QStringLiteral("system"), Record::tr("System"), QString(), 24},
                 {QStringLiteral("description"), Record::tr("Description"), QString(), 32},
                 {QStringLiteral("hosted_by"), Record::tr("Hosted by"), QString(), 24},
                 {QStringLiteral("locations"), Record::tr("Locations"), QString(), 22}};
    for (const Activity *a : activities) {
        for (const Id &id : a->systems) {
            const System *s = data.find<System>(id);
            if (!s)
                continue;
            QStringList locations = s->locations;
            const Party *host = data.find<Party>(s->hostingParty);
            t.rows.append({Cell::of(a->name), Cell::of(s->name), Cell::of(s->description.trimmed()),
                           host ? Cell::of(host->country.isEmpty()
                                               ? host->name
                                               : QStringLiteral("%1 (%2)").arg(host->name, countryName(host->country)))
                                : Cell::missing(),
                           locations.isEmpty() ? Cell::missing() : Cell::of(countryNames(locations))});
        }
    }
    return t;
}

Table automatedDecisionsTable(const QList<const Activity *> &activities)
{
    Table t;
    t.key = QStringLiteral("automated_decisions");
    t.title = Record::tr("Automated decision-making, including profiling (Art. 22)");
    t.shortTitle = Record::tr("Automated decisions");
    t.columns = {
        {QStringLiteral("activity"), Record::tr("Processing activity"), QString(), 28},
        {QStringLiteral("present"), Record::tr("Automated decisions"), QString(), 16},
        {QStringLiteral("profiling"), Record::tr("Profiling"), QString(), 12},
        {QStringLiteral("logic"), Record::tr("Logic involved"), QString(), 40},
        {QStringLiteral("significance"), Record::tr("Significance and envisaged consequences"), QString(), 40}};
    for (const Activity *a : activities) {
        const AutomatedDecisions &d = a->automatedDecisions;
        // With none, the logic and the consequences are not applicable, not missing.
        const bool none = d.present == std::optional<bool>(false);
        t.rows.append({Cell::of(a->name), yesNoCell(d.present), yesNoCell(d.profiling),
                       none && d.logic.trimmed().isEmpty() ? Cell() : textCell(d.logic),
                       none && d.significance.trimmed().isEmpty() ? Cell() : textCell(d.significance)});
    }
    return t;
}

Table dpiaTable(const ProjectData &data, const QList<const Activity *> &activities)
{
    Table t;
    t.key = QStringLiteral("dpia");
    t.title = Record::tr("Data protection impact assessment (Art. 35)");
    t.shortTitle = Record::tr("DPIA");
    t.note = Record::tr("The screening against the EDPB criteria (WP248 rev.01) and the assessment itself.");
    t.columns = {{QStringLiteral("activity"), Record::tr("Processing activity"), QString(), 24},
                 {QStringLiteral("criteria"), Record::tr("Criteria met"), QString(), 30},
                 {QStringLiteral("authority_list"), Record::tr("On the supervisory authority's list"), QString(), 14},
                 {QStringLiteral("high_risk"), Record::tr("Likely high risk"), QString(), 12},
                 {QStringLiteral("outcome"), Record::tr("Outcome of the screening"), QString(), 28},
                 {QStringLiteral("screening_report"), Record::tr("Screening report"), QString(), 20},
                 {QStringLiteral("required"), Record::tr("DPIA required"), QString(), 12},
                 {QStringLiteral("performed"), Record::tr("DPIA performed"), QString(), 28}};
    for (const Activity *a : activities) {
        const DpiaScreening &s = a->dpiaScreening;
        QStringList criteria;
        for (DpiaCriterion c : s.criteria)
            criteria.append(criterionText(c));
        const QString report = documentName(data, s.report);
        t.rows.append({Cell::of(a->name), criteria.isEmpty() ? Cell::missing() : Cell::of(criteria),
                       yesNoCell(s.onAuthorityList), yesNoCell(s.highRisk), textCell(s.outcome),
                       report.isEmpty() ? Cell::missing() : Cell::of(report), yesNoCell(a->dpia.required),
                       factCell(data, dpiaPerformed(a->dpia), a->dpia.done, a->dpia.document)});
    }
    return t;
}

Table documentsTable(const ProjectData &data, const QList<const Activity *> &activities,
                     const QList<const Party *> &parties)
{
    Table t;
    t.key = QStringLiteral("documents");
    t.title = Record::tr("Linked documents");
    t.shortTitle = Record::tr("Documents");
    t.note = Record::tr("Contracts, assessments, reports and policies the record refers to.");
    t.columns = {{QStringLiteral("concerns"), Record::tr("Concerns"), QString(), 28},
                 {QStringLiteral("document"), Record::tr("Document"), QString(), 34},
                 {QStringLiteral("kind"), Record::tr("Kind"), QString(), 24},
                 {QStringLiteral("date"), Record::tr("Date"), QString(), 12},
                 {QStringLiteral("address"), Record::tr("Address"), QString(), 30}};
    const auto add = [&](const QString &owner, const IdList &ids) {
        QSet<Id> seen;
        for (const Id &id : ids) {
            const Document *d = data.find<Document>(id);
            if (!d || seen.contains(id))
                continue;
            seen.insert(id);
            t.rows.append({Cell::of(owner), Cell::of(d->title),
                           d->kind ? Cell::of(documentKindText(*d->kind)) : Cell::missing(),
                           d->date ? Cell::of(tableDate(d->date)) : Cell(), Cell::of(d->url)});
        }
    };
    for (const Activity *a : activities) {
        IdList ids = a->documents;
        add(a->name, ids << a->dpia.document << a->dpiaScreening.report);
    }
    QSet<const Party *> listed;
    for (const Party *p : parties) {
        if (listed.contains(p))
            continue;
        listed.insert(p);
        IdList ids = p->documents;
        add(p->name, ids << p->dpaDocument);
    }
    return t;
}

} // namespace

QList<Section> registerSections(const ProjectData &data, const QList<const Activity *> &activities,
                                const QList<const Party *> &parties)
{
    QList<Section> sections;
    const auto add = [&sections](Table table, QString key) {
        if (table.rows.isEmpty())
            return;
        sections.append({std::move(key), table.title, {}, {std::move(table)}});
    };
    add(identityTable(activities), QStringLiteral("identity"));
    add(dataItemsTable(data, activities), QStringLiteral("data_items"));
    add(systemsTable(data, activities), QStringLiteral("systems"));
    add(automatedDecisionsTable(activities), QStringLiteral("automated_decisions"));
    add(dpiaTable(data, activities), QStringLiteral("dpia"));
    add(documentsTable(data, activities, parties), QStringLiteral("documents"));
    return sections;
}

QStringList dataItemRetention(const Activity &a, const Id &category)
{
    QStringList texts;
    for (const DataItem &item : a.dataItems) {
        if (item.category != category)
            continue;
        if (!item.retentionText.trimmed().isEmpty())
            texts.append(item.retentionText.trimmed());
        else if (!item.retention.isEmpty())
            texts.append(Record::tr("duration %1").arg(durationText(item.retention)));
    }
    return texts;
}

QString dpaText(const ProjectData &data, const Party &party)
{
    const Cell c = factCell(data, dpaState(party), party.dpaSigned, party.dpaDocument);
    return c.notStated ? QString() : c.text();
}

QString dpoNotRequiredText(const Party &party)
{
    if ((party.dpo && !party.dpo->isEmpty()) || party.dpoNotRequired.trimmed().isEmpty())
        return {};
    return party.dpoNotRequired.simplified();
}

} // namespace ropa::reports
