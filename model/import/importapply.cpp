#include "import/importapply.h"

#include "compare/apply.h"
#include "reference/reference.h"
#include "subprocessors/resolve.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ropa::importer {

namespace {

QString key(const QString &name)
{
    return subprocessors::foldText(name);
}

template <typename T> void appendOnce(QList<T> &list, const T &value)
{
    if (!list.contains(value))
        list.append(value);
}

void fillText(QString &field, const QString &value)
{
    if (field.trimmed().isEmpty() && !value.trimmed().isEmpty())
        field = value;
}

template <typename T> void fillOptional(std::optional<T> &field, const std::optional<T> &value)
{
    if (!field && value)
        field = value;
}

class Applier
{
public:
    Applier(const ProjectData &base, const QString &ownName)
    {
        m_result.data = base;
        index<DataSubject>();
        index<DataCategory>();
        index<Source>();
        index<SecurityMeasure>();
        index<System>();
        index<Party>();
        index<Activity>();
        m_ownName = ownName;
    }

    ImportResult run(const ImportPlan &plan)
    {
        for (const ActivityDraft &draft : plan.activities)
            apply(draft);
        // A project needs an own party, even when the register gave no activity.
        if (m_own.isNull())
            ownParty({});
        m_result.notes.append(plan.notes);
        return std::move(m_result);
    }

private:
    template <typename T> void index()
    {
        QHash<QString, Id> &names = m_names[static_cast<int>(kindOf<T>())];
        for (const auto &[id, e] : m_result.data.table<T>()) {
            if constexpr (std::is_same_v<T, Party>) {
                if (e.own) {
                    if (m_own.isNull())
                        m_own = id;
                    m_ownByName.insert(key(e.name), id);
                }
            }
            if (!names.contains(key(e.name)))
                names.insert(key(e.name), id);
        }
    }

    // The entity of that name, made with make() when there is none.
    template <typename T, typename Make> Id ensure(const QString &name, Make make)
    {
        constexpr EntityKind kind = kindOf<T>();
        QHash<QString, Id> &names = m_names[static_cast<int>(kind)];
        const QString k = key(name);
        if (const auto it = names.constFind(k); it != names.cend()) {
            touch(kind, *it, false);
            return *it;
        }
        T entity = make();
        entity.id = QUuid::createUuid();
        entity.name = name;
        m_result.data.put(entity);
        names.insert(k, entity.id);
        touch(kind, entity.id, true);
        return entity.id;
    }

    template <typename T> Id ensure(const QString &name)
    {
        return ensure<T>(name, [] { return T{}; });
    }

    void touch(EntityKind kind, const Id &id, bool added)
    {
        if (m_touched.contains(id))
            return;
        m_touched.insert(id);
        KindCounts &c = m_result.counts.at(static_cast<std::size_t>(kind));
        added ? ++c.added : ++c.matched;
    }

    // The own party the row's controller names, else the project's first (by id), else a new
    // one named after the controller or the project.
    Id ownParty(const ActivityDraft &draft)
    {
        if (const auto it = m_ownByName.constFind(key(draft.controller));
            !draft.controller.isEmpty() && it != m_ownByName.cend())
            return *it;
        if (m_own.isNull()) {
            const QString name = !draft.controller.isEmpty() ? draft.controller
                                 : !m_ownName.isEmpty()      ? m_ownName
                                                             : Tr::tr("Our organisation");
            m_own = ensure<Party>(name, [] {
                Party p;
                p.own = true;
                return p;
            });
            m_ownByName.insert(key(name), m_own);
        }
        return m_own;
    }

    Id transferTo(const Id &from, const Id &to, Role role, const Id &activity)
    {
        for (const auto &[id, t] : m_result.data.transfers) {
            if (t.from == from && t.to == to && t.role == role) {
                Transfer changed = t;
                appendOnce(changed.activities, activity);
                if (!(changed == t))
                    m_result.data.put(changed);
                touch(EntityKind::Transfer, id, false);
                return id;
            }
        }
        Transfer t;
        t.id = QUuid::createUuid();
        t.from = from;
        t.to = to;
        t.role = role;
        t.activities = {activity};
        m_result.data.put(t);
        touch(EntityKind::Transfer, t.id, true);
        return t.id;
    }

    void apply(const ActivityDraft &d)
    {
        const Id own = ownParty(d);
        QHash<QString, Id> &activities = m_names[static_cast<int>(EntityKind::Activity)];
        const auto found = activities.constFind(key(d.name));
        Activity a;
        bool isNew = found == activities.cend();
        if (isNew) {
            a.id = QUuid::createUuid();
            a.name = d.name;
            a.organisation = own;
            a.role = d.details.role.value_or(Role::Controller);
        } else {
            a = *m_result.data.find<Activity>(*found);
        }
        const Activity before = a;

        fillText(a.reference, d.reference);
        fillText(a.department, d.department);
        for (const QString &p : d.purposes)
            appendOnce(a.purposes, p);
        fillOptional(a.lawfulBasis, d.lawfulBasis);
        fillText(a.balancingTest.note, d.legitimateInterests);
        fillOptional(a.art9Condition, d.art9Condition);
        for (const QString &s : d.dataSubjects)
            appendOnce(a.dataSubjects, ensure<DataSubject>(s));
        for (const QString &c : d.dataCategories)
            appendOnce(a.dataCategories, ensure<DataCategory>(c));
        for (const auto &[name, kind] : d.specialCategories) {
            appendOnce(a.dataCategories, ensure<DataCategory>(name, [kind = kind] {
                           DataCategory c;
                           c.special = kind;
                           return c;
                       }));
        }
        for (const QString &s : d.sources)
            appendOnce(a.sources, ensure<Source>(s));
        for (const QString &m : d.securityMeasures)
            appendOnce(a.securityMeasures, ensure<SecurityMeasure>(m));
        for (const QString &s : d.systems)
            appendOnce(a.systems, ensure<System>(s));
        const auto addRetention = [&a](const QString &text, const QString &duration, const QString &trigger) {
            if (text.isEmpty())
                return;
            bool known = false;
            for (const RetentionRule &r : std::as_const(a.retention))
                known = known || key(r.text) == key(text);
            if (!known)
                a.retention.append({{}, duration, trigger, {}, text});
        };
        addRetention(d.retentionText, d.retentionDuration, d.retentionTrigger);
        for (const RetentionDraft &r : d.moreRetention)
            addRetention(r.text, r.duration, r.trigger);
        if (d.dpiaRequired && !a.dpia.required)
            a.dpia.required = d.dpiaRequired;
        fillOptional(a.automatedDecisions.present, d.automatedDecisions);
        fillText(a.contactPerson.name, d.contactPerson);
        fillOptional(a.lastReviewed, d.lastReviewed);
        fillOptional(a.created, d.created);
        fillOptional(a.lastChanged, d.lastChanged);
        fillText(a.notes, d.notes);
        applyDetails(d.details, a);
        if (isNew) {
            m_result.data.put(a);
            activities.insert(key(a.name), a.id);
            touch(EntityKind::Activity, a.id, true);
        }

        // Recipients, processors and joint controllers: a party each, and a transfer from the
        // own party that carries this activity.
        QList<Id> transfers;
        const auto external = [&](const QStringList &names, Role role) {
            for (const QString &n : names) {
                const Id party = ensure<Party>(n);
                if (party != own)
                    transfers.append(transferTo(own, party, role, a.id));
            }
        };
        external(d.processors, Role::Processor);
        external(d.recipients, Role::Controller);
        external(d.jointControllers, Role::JointController);
        external(d.internalRecipients, Role::Internal);
        placeTransferFacts(d, a, transfers);
        if (!d.details.onBehalfOf.isEmpty() && a.onBehalfOf.isNull())
            a.onBehalfOf = ensure<Party>(d.details.onBehalfOf);
        for (const PartyDraft &p : d.details.parties)
            fillParty(p);

        if (isNew) {
            m_result.data.put(a);
            m_result.addedActivities.append(a.name);
        } else {
            if (!(a == before)) {
                m_result.data.put(a);
                m_result.updatedActivities.append(a.name);
            } else {
                m_result.matchedActivities.append(a.name);
            }
            touch(EntityKind::Activity, a.id, false);
        }
    }

    // What a register with a structure of its own adds (ActivityDetails): each fact fills what
    // the activity leaves unstated, and a list gains what it lacks.
    void applyDetails(const ActivityDetails &d, Activity &a)
    {
        fillOptional(a.status, d.status);
        fillText(a.recordVersion, d.recordVersion);
        fillOptional(a.created, d.created);
        fillOptional(a.lastChanged, d.lastChanged);
        fillText(a.contactPerson.email, d.contact.email);
        fillText(a.contactPerson.phone, d.contact.phone);
        fillText(a.contactPerson.function, d.contact.function);
        for (const QString &c : d.criminalCategories) {
            appendOnce(a.dataCategories, ensure<DataCategory>(c, [] {
                           DataCategory category;
                           category.criminal = true;
                           return category;
                       }));
        }
        for (const auto &[name, kind] : d.typedMeasures) {
            appendOnce(a.securityMeasures, ensure<SecurityMeasure>(name, [kind = kind] {
                           SecurityMeasure m;
                           m.kind = kind;
                           return m;
                       }));
        }
        for (const DataItemDraft &i : d.dataItems) {
            DataItem item;
            item.subject = ensure<DataSubject>(i.subject);
            item.category = ensure<DataCategory>(i.category);
            appendOnce(a.dataSubjects, item.subject);
            appendOnce(a.dataCategories, item.category);
            for (const QString &s : i.sources) {
                const Id source = ensure<Source>(s);
                appendOnce(item.sources, source);
                appendOnce(a.sources, source);
            }
            item.purpose = i.purpose;
            item.retention = i.retentionDuration;
            item.retentionText = i.retentionText;
            item.obligation = i.obligation;
            item.consequence = i.consequence;
            const bool known = std::any_of(a.dataItems.cbegin(), a.dataItems.cend(), [&](const DataItem &had) {
                return had.subject == item.subject && had.category == item.category;
            });
            if (!known)
                a.dataItems.append(item);
        }
        fillText(a.automatedDecisions.logic, d.automatedLogic);
        fillText(a.automatedDecisions.significance, d.automatedSignificance);
        fillOptional(a.automatedDecisions.profiling, d.profiling);
        fillOptional(a.largeScale, d.largeScale);
        fillOptional(a.dpia.performed, d.dpiaPerformed);
        for (const DpiaCriterion c : d.dpiaCriteria)
            appendOnce(a.dpiaScreening.criteria, c);
        fillOptional(a.dpiaScreening.onAuthorityList, d.onAuthorityList);
        fillOptional(a.dpiaScreening.highRisk, d.highRisk);
        fillText(a.dpiaScreening.outcome, d.screeningOutcome);
        for (const QString &line : d.notesLines) {
            if (!a.notes.split(u'\n').contains(line))
                a.notes = a.notes.isEmpty() ? line : a.notes + u'\n' + line;
        }
    }

    // The address, contact and DPO a register gives for a party it names, where the party
    // leaves them unstated.
    void fillParty(const PartyDraft &d)
    {
        const Id id = m_names[static_cast<int>(EntityKind::Party)].value(key(d.name));
        if (id.isNull())
            return;
        Party p = *m_result.data.find<Party>(id);
        const Party before = p;
        fillText(p.address, d.address);
        fillText(p.country, d.country);
        fillText(p.contact.name, d.contact.name);
        fillText(p.contact.email, d.contact.email);
        fillText(p.contact.phone, d.contact.phone);
        fillText(p.contact.function, d.contact.function);
        fillOptional(p.dpo, d.dpo);
        if (!(p == before))
            m_result.data.put(p);
    }

    // Art. 30(1)(e): the countries and safeguards go on the transfer when the row names one
    // recipient; with several the register does not say which goes where, so they stay on the
    // activity as written, and a note says so.
    void placeTransferFacts(const ActivityDraft &d, Activity &a, const QList<Id> &transfers)
    {
        if (d.countries.isEmpty() && d.safeguards.isEmpty())
            return;
        if (transfers.size() == 1) {
            Transfer t = *m_result.data.find<Transfer>(transfers.first());
            const Transfer before = t;
            for (const QString &c : d.countries)
                appendOnce(t.countries, c);
            fillText(t.suitableSafeguards, d.safeguards);
            if (!(t == before))
                m_result.data.put(t);
            return;
        }
        QStringList lines;
        if (!d.countries.isEmpty()) {
            const Reference &ref = Reference::instance();
            QStringList names;
            for (const QString &c : d.countries)
                names.append(ref.country(c) ? ref.countryName(c) : c);
            lines.append(Tr::tr("Transfers to third countries (as the register says): %1")
                             .arg(names.join(QStringLiteral(", "))));
        }
        if (!d.safeguards.isEmpty())
            lines.append(Tr::tr("Safeguards (as the register says): %1").arg(d.safeguards));
        for (const QString &line : std::as_const(lines)) {
            if (!a.notes.contains(line))
                a.notes = a.notes.isEmpty() ? line : a.notes + u'\n' + line;
        }
        m_result.notes.append(
            transfers.isEmpty()
                ? Tr::tr("row %1 (“%2”): the register names third countries but no recipient they go to; kept in "
                         "the activity's notes")
                      .arg(d.row)
                      .arg(d.name)
                : Tr::tr("row %1 (“%2”): the register names third countries but not which of its %n "
                         "recipient(s) they go to; kept in the activity's notes",
                         nullptr, int(transfers.size()))
                      .arg(d.row)
                      .arg(d.name));
    }

    ImportResult m_result;
    std::array<QHash<QString, Id>, EntityKindCount> m_names;
    QSet<Id> m_touched;
    Id m_own;
    QHash<QString, Id> m_ownByName; // folded name -> own party
    QString m_ownName;
};

} // namespace

ImportResult applyImport(const ProjectData &base, const ImportPlan &plan, const QString &ownName)
{
    return Applier(base, ownName).run(plan);
}

bool importAsOneStep(Project &project, const ImportResult &result, const QString &text)
{
    return compare::applyAsOneStep(project, result.data, text);
}

} // namespace ropa::importer
