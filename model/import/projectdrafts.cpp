#include "import/projectdrafts.h"

#include "reference/reference.h"
#include "reports/flows.h"

#include <algorithm>

namespace ropa::importer {

namespace {

template <typename T> QStringList namesOf(const ProjectData &data, const IdList &ids)
{
    QStringList names;
    for (const Id &id : ids) {
        if (const T *e = data.find<T>(id); e && !e->name.trimmed().isEmpty() && !names.contains(e->name))
            names.append(e->name);
    }
    return names;
}

void appendOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

ActivityDraft draftOf(const ProjectData &data, const Activity &a, QList<MeasureKind> *measureKinds)
{
    ActivityDraft d;
    d.name = a.name;
    d.reference = a.reference;
    d.department = a.department;
    for (const QString &p : a.purposes)
        appendOnce(d.purposes, p.trimmed());
    d.lawfulBasis = a.lawfulBasis;
    d.legitimateInterests = a.balancingTest.note;
    d.art9Condition = a.art9Condition;
    d.dataSubjects = namesOf<DataSubject>(data, a.dataSubjects);
    for (const Id &id : a.dataCategories) {
        const DataCategory *c = data.find<DataCategory>(id);
        if (!c || c->name.trimmed().isEmpty())
            continue;
        if (c->special)
            d.specialCategories.append({c->name, c->special});
        else
            appendOnce(d.dataCategories, c->name);
    }
    d.sources = namesOf<Source>(data, a.sources);
    d.systems = namesOf<System>(data, a.systems);
    for (const Id &id : a.securityMeasures) {
        if (const SecurityMeasure *m = data.find<SecurityMeasure>(id); m && !d.securityMeasures.contains(m->name)) {
            d.securityMeasures.append(m->name);
            measureKinds->append(m->kind);
        }
    }
    bool first = true;
    for (const RetentionRule &r : a.retention) {
        if (r.text.trimmed().isEmpty() && r.duration.isEmpty())
            continue;
        if (first) {
            d.retentionText = r.text.trimmed();
            d.retentionDuration = r.duration;
            d.retentionTrigger = r.trigger;
            first = false;
        } else {
            d.moreRetention.append({r.text.trimmed(), r.duration, r.trigger});
        }
    }
    d.dpiaRequired = a.dpia.required;
    d.automatedDecisions = a.automatedDecisions.present;
    d.contactPerson = a.contactPerson.name;
    d.lastReviewed = a.lastReviewed;
    d.created = a.created;
    d.lastChanged = a.lastChanged;
    d.notes = a.notes;
    if (const Party *own = data.find<Party>(a.organisation))
        d.controller = own->name;

    // Art. 30(1)(d), (e): the direct recipients by what they act as; the third countries and the
    // documented safeguards of those transfers.
    const Reference &ref = Reference::instance();
    QStringList safeguards;
    for (const auto &[id, t] : data.transfers) {
        if (!t.activities.contains(a.id) || t.from != a.organisation)
            continue;
        const Party *to = data.find<Party>(t.to);
        if (!to)
            continue;
        switch (t.role) {
        case Role::Processor: appendOnce(d.processors, to->name); break;
        case Role::Controller: appendOnce(d.recipients, to->name); break;
        case Role::JointController: appendOnce(d.jointControllers, to->name); break;
        case Role::Internal: appendOnce(d.internalRecipients, to->name); break;
        }
        for (const QString &c : reports::destinationCountries(data, t)) {
            if (c != u"EU" && c != u"EEA" && !ref.isEea(c))
                appendOnce(d.countries, c);
        }
        appendOnce(safeguards, t.suitableSafeguards.trimmed());
    }
    d.safeguards = safeguards.join(u'\n');
    return d;
}

} // namespace

ProjectDraft draftsFromProject(const ProjectData &data)
{
    ProjectDraft draft;
    const Party *own = nullptr;
    for (const auto &[id, p] : data.parties) {
        if (p.own && (!own || p.name < own->name))
            own = &p;
    }
    draft.controller = own;
    QList<const Activity *> activities;
    for (const auto &[id, a] : data.activities) {
        if (a.role != Role::Processor)
            activities.append(&a);
    }
    std::sort(activities.begin(), activities.end(),
              [](const Activity *x, const Activity *y) { return x->name < y->name; });
    for (const Activity *a : std::as_const(activities)) {
        QList<MeasureKind> kinds;
        draft.activities.append(draftOf(data, *a, &kinds));
        draft.measureKinds.append(kinds);
    }
    return draft;
}

} // namespace ropa::importer
