#include "edits.h"

#include "commands/changesetcommand.h"
#include "commands/fieldtexts.h"
#include "domain/project.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace ropa {

namespace {

constexpr const char *Context = "ropa::edit";
constexpr qsizetype MaxNameLength = 60; // names in the Edit menu are elided beyond this

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

size_t kindIndex(EntityKind kind)
{
    return static_cast<size_t>(kind);
}

// One text per kind, in EntityKind order, so translators see whole sentences.
using KindTexts = std::array<const char *, EntityKindCount>;

const KindTexts AddTexts = {
    QT_TRANSLATE_NOOP("ropa::edit", "Add document “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add party “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add data category “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add data subject “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add source “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add security measure “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add system “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add activity “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Add transfer “%1”"),
};

const KindTexts RemoveTexts = {
    QT_TRANSLATE_NOOP("ropa::edit", "Remove document “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove party “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove data category “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove data subject “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove source “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove security measure “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove system “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove activity “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Remove transfer “%1”"),
};

const KindTexts ChangeTexts = {
    QT_TRANSLATE_NOOP("ropa::edit", "Change document “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change party “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change data category “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change data subject “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change source “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change security measure “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change system “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change activity “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Change transfer “%1”"),
};

// Transfers have no name of their own, so they are never "renamed".
const KindTexts RenameTexts = {
    QT_TRANSLATE_NOOP("ropa::edit", "Rename document “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename party “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename data category “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename data subject “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename source “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename security measure “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename system “%1” to “%2”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Rename activity “%1” to “%2”"),
    nullptr,
};

const KindTexts DuplicateTexts = {
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate document “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate party “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate data category “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate data subject “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate source “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate security measure “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate system “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate activity “%1”"),
    QT_TRANSLATE_NOOP("ropa::edit", "Duplicate transfer “%1”"),
};

QString kindText(const KindTexts &texts, EntityKind kind)
{
    return translated(texts[kindIndex(kind)]);
}

struct LinkTexts
{
    const char *link;
    const char *unlink;
};

LinkTexts linkTexts(LinkField field)
{
    switch (field) {
    case LinkField::ActivityDataSubjects:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link data subject “%1” to activity “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink data subject “%1” from activity “%2”")};
    case LinkField::ActivityDataCategories:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link data category “%1” to activity “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink data category “%1” from activity “%2”")};
    case LinkField::ActivitySources:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link source “%1” to activity “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink source “%1” from activity “%2”")};
    case LinkField::ActivitySecurityMeasures:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link security measure “%1” to activity “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink security measure “%1” from activity “%2”")};
    case LinkField::ActivitySystems:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link system “%1” to activity “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink system “%1” from activity “%2”")};
    case LinkField::TransferActivities:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link activity “%1” to transfer “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink activity “%1” from transfer “%2”")};
    case LinkField::TransferDataCategories:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link data category “%1” to transfer “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink data category “%1” from transfer “%2”")};
    case LinkField::ActivityDocuments:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link document “%1” to activity “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink document “%1” from activity “%2”")};
    case LinkField::PartyDocuments:
        return {QT_TRANSLATE_NOOP("ropa::edit", "Link document “%1” to party “%2”"),
                QT_TRANSLATE_NOOP("ropa::edit", "Unlink document “%1” from party “%2”")};
    }
    Q_UNREACHABLE();
}

QString elided(const QString &name)
{
    if (name.size() <= MaxNameLength)
        return name;
    return name.left(MaxNameLength - 1) + u'…';
}

QString partyName(const ProjectData &data, const Id &id)
{
    if (const Party *p = data.find<Party>(id); p && !p->name.isEmpty())
        return elided(p->name);
    return translated(QT_TRANSLATE_NOOP("ropa::edit", "(no name)"));
}

QString nameOfRef(const ProjectData &data, EntityKind kind, const Id &id)
{
    if (const auto e = data.entity(kind, id))
        return edit::displayName(data, *e);
    return translated(QT_TRANSLATE_NOOP("ropa::edit", "(missing)"));
}

// A copy of the entity with its name (a document's title) replaced; transfers unchanged.
AnyEntity withName(AnyEntity entity, const QString &name)
{
    std::visit(
        [&](auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Document>)
                e.title = name;
            else if constexpr (!std::is_same_v<T, Transfer>)
                e.name = name;
        },
        entity);
    return entity;
}

QString describeChange(const ProjectData &data, const EntityChange &c, MergeId field)
{
    Q_ASSERT(c.before && c.after);
    const QString oldName = nameOf(*c.before);
    const QString newName = nameOf(*c.after);
    if (c.kind != EntityKind::Transfer && oldName != newName && withName(*c.before, newName) == *c.after) {
        return kindText(RenameTexts, c.kind).arg(edit::displayName(data, *c.before), edit::displayName(data, *c.after));
    }
    if (const QString text = edit::fieldChangeText(field, c.kind); !text.isEmpty())
        return text.arg(edit::displayName(data, *c.after));
    return kindText(ChangeTexts, c.kind).arg(edit::displayName(data, *c.after));
}

QString describeInfo(const InfoChange &c)
{
    ProjectInfo renamed = c.before;
    renamed.name = c.after.name;
    if (c.before.name != c.after.name && renamed == c.after && !c.after.name.isEmpty())
        return translated(QT_TRANSLATE_NOOP("ropa::edit", "Rename project to “%1”")).arg(elided(c.after.name));
    return translated(QT_TRANSLATE_NOOP("ropa::edit", "Change project details"));
}

bool push(Project &project, std::unique_ptr<ChangeSetCommand> command)
{
    if (command->isNoOp())
        return false;
    project.undoStack()->push(command.release());
    return true;
}

// ---- Removal with cascades ----

using IdSet = QSet<Id>;
using KindSets = std::array<IdSet, EntityKindCount>;

struct RemovalPlan
{
    QList<EntityChange> changes;                 // reference scrubs first, then removals (dependents first)
    std::optional<AcceptanceChange> acceptances; // the accepted findings about what goes
    KindSets asked;                              // the entities asked for that exist
    CascadeSummary summary;
    qsizetype askedCount = 0;
    EntityRef firstAsked;
};

// Removes the ids in gone from list; false (and no detach) when none is in it.
bool scrubIds(IdList &list, const IdSet &gone)
{
    if (gone.isEmpty())
        return false;
    const auto isGone = [&](const Id &id) { return gone.contains(id); };
    if (std::none_of(list.cbegin(), list.cend(), isGone))
        return false;
    list.removeIf(isGone);
    return true;
}

bool scrubEvidence(EvidenceList &evidence, const IdSet &goneDocuments)
{
    if (goneDocuments.isEmpty())
        return false;
    const auto cites = [&](const Evidence &e) { return goneDocuments.contains(e.document); };
    if (std::none_of(evidence.cbegin(), evidence.cend(), cites))
        return false;
    evidence.removeIf(cites);
    return true;
}

// Clears an optional reference to something removed.
bool scrubId(Id &ref, const IdSet &gone)
{
    if (ref.isNull() || !gone.contains(ref))
        return false;
    ref = Id();
    return true;
}

// A data item is about one category of one group of subjects: it goes with either of them
// (a removed subject must not turn the item into one about every subject); its sources are
// scrubbed.
bool scrubDataItems(QList<DataItem> &items, const KindSets &gone)
{
    const IdSet &cats = gone[kindIndex(EntityKind::DataCategory)];
    const IdSet &subjects = gone[kindIndex(EntityKind::DataSubject)];
    const IdSet &sources = gone[kindIndex(EntityKind::Source)];
    bool changed = false;
    const qsizetype before = items.size();
    items.removeIf([&](const DataItem &i) { return cats.contains(i.category) || subjects.contains(i.subject); });
    changed = items.size() != before;
    for (DataItem &i : items) {
        if (std::any_of(i.sources.cbegin(), i.sources.cend(), [&](const Id &id) { return sources.contains(id); })) {
            i.sources.removeIf([&](const Id &id) { return sources.contains(id); });
            changed = true;
        }
    }
    return changed;
}

// The nearest ancestor of a removed category that stays (null: none, top level).
Id survivingParent(const ProjectData &data, const Id &self, Id parent, const IdSet &goneCategories)
{
    // The guard ends a parent cycle among removed categories (invalid data, but never a hang).
    for (size_t steps = 0; !parent.isNull() && goneCategories.contains(parent); ++steps) {
        if (steps > data.dataCategories.size())
            return {};
        const DataCategory *c = data.find<DataCategory>(parent);
        parent = c ? c->parent : Id();
    }
    return parent == self ? Id() : parent; // a cycle through removed categories (invalid data)
}

// Returns true when the entity refers to something removed; `e` is then the scrubbed copy.
template <typename T> bool scrub(const ProjectData &data, T &e, const KindSets &gone)
{
    bool changed = false;
    if constexpr (!std::is_same_v<T, Document>)
        changed |= scrubEvidence(e.evidence, gone[kindIndex(EntityKind::Document)]);
    [[maybe_unused]] const IdSet &goneDocuments = gone[kindIndex(EntityKind::Document)];
    if constexpr (std::is_same_v<T, Party>) {
        changed |= scrubIds(e.documents, goneDocuments);
        changed |= scrubId(e.dpaDocument, goneDocuments);
    } else if constexpr (std::is_same_v<T, System>) {
        changed |= scrubId(e.hostingParty, gone[kindIndex(EntityKind::Party)]);
    } else if constexpr (std::is_same_v<T, DataCategory>) {
        const IdSet &cats = gone[kindIndex(EntityKind::DataCategory)];
        if (!e.parent.isNull() && cats.contains(e.parent)) {
            e.parent = survivingParent(data, e.id, e.parent, cats);
            changed = true;
        }
    } else if constexpr (std::is_same_v<T, Activity>) {
        if (!e.onBehalfOf.isNull() && gone[kindIndex(EntityKind::Party)].contains(e.onBehalfOf)) {
            e.onBehalfOf = Id();
            changed = true;
        }
        const IdSet &cats = gone[kindIndex(EntityKind::DataCategory)];
        changed |= scrubIds(e.dataSubjects, gone[kindIndex(EntityKind::DataSubject)]);
        changed |= scrubIds(e.dataCategories, cats);
        changed |= scrubIds(e.sources, gone[kindIndex(EntityKind::Source)]);
        changed |= scrubIds(e.securityMeasures, gone[kindIndex(EntityKind::SecurityMeasure)]);
        changed |= scrubIds(e.systems, gone[kindIndex(EntityKind::System)]);
        changed |= scrubIds(e.documents, goneDocuments);
        changed |= scrubId(e.dpia.document, goneDocuments);
        changed |= scrubId(e.dpiaScreening.report, goneDocuments);
        changed |= scrubDataItems(e.dataItems, gone);
        if (!cats.isEmpty()) {
            const bool retentionCites =
                std::any_of(e.retention.cbegin(), e.retention.cend(), [&](const RetentionRule &r) {
                    return std::any_of(r.categories.cbegin(), r.categories.cend(),
                                       [&](const Id &id) { return cats.contains(id); });
                });
            if (retentionCites) {
                for (RetentionRule &r : e.retention)
                    scrubIds(r.categories, cats);
                changed = true;
            }
        }
    } else if constexpr (std::is_same_v<T, Transfer>) {
        changed |= scrubIds(e.activities, gone[kindIndex(EntityKind::Activity)]);
        changed |= scrubIds(e.dataCategories, gone[kindIndex(EntityKind::DataCategory)]);
    }
    return changed;
}

RemovalPlan planRemoval(const ProjectData &data, const QList<EntityRef> &entities)
{
    RemovalPlan plan;
    KindSets gone;
    for (const auto &[kind, id] : entities) {
        if (id.isNull() || !data.contains(kind, id) || plan.asked[kindIndex(kind)].contains(id))
            continue;
        if (plan.askedCount == 0)
            plan.firstAsked = {kind, id};
        plan.asked[kindIndex(kind)].insert(id);
        gone[kindIndex(kind)].insert(id);
        ++plan.askedCount;
    }
    if (plan.askedCount == 0)
        return plan;

    // 1. What goes with a removed party: its transfers and the activities it holds. Nothing
    // else removes anything, so one pass finds the whole set.
    const IdSet &parties = gone[kindIndex(EntityKind::Party)];
    if (!parties.isEmpty()) {
        for (const auto &[id, t] : data.transfers) {
            if (parties.contains(t.from) || parties.contains(t.to))
                gone[kindIndex(EntityKind::Transfer)].insert(id);
        }
        for (const auto &[id, a] : data.activities) {
            if (parties.contains(a.organisation))
                gone[kindIndex(EntityKind::Activity)].insert(id);
        }
    }

    // 2. One pass over what stays: scrub references to what goes.
    forEachEntityType([&](auto tag) {
        using T = typename decltype(tag)::type;
        const IdSet &goneOfKind = gone[kindIndex(kindOf<T>())];
        for (const auto &[id, e] : data.table<T>()) {
            if (goneOfKind.contains(id))
                continue;
            T scrubbed = e;
            if (scrub(data, scrubbed, gone)) {
                plan.changes.append({kindOf<T>(), id, AnyEntity(e), AnyEntity(std::move(scrubbed))});
                ++plan.summary.changed[kindIndex(kindOf<T>())];
            }
        }
    });

    // 3. The removals, dependents first: transfers, activities, ..., documents.
    auto removeKind = [&](auto tag) {
        using T = typename decltype(tag)::type;
        const EntityKind kind = kindOf<T>();
        const IdSet &goneOfKind = gone[kindIndex(kind)];
        if (goneOfKind.isEmpty())
            return;
        for (const auto &[id, e] : data.table<T>()) {
            if (goneOfKind.contains(id))
                plan.changes.append({kind, id, AnyEntity(e), std::nullopt});
        }
        plan.summary.removed[kindIndex(kind)] =
            static_cast<int>(goneOfKind.size() - plan.asked[kindIndex(kind)].size());
    };
    removeKind(TypeTag<Transfer>{});
    removeKind(TypeTag<Activity>{});
    removeKind(TypeTag<SecurityMeasure>{});
    removeKind(TypeTag<Source>{});
    removeKind(TypeTag<DataSubject>{});
    removeKind(TypeTag<DataCategory>{});
    removeKind(TypeTag<Party>{});
    removeKind(TypeTag<Document>{});

    // 4. The accepted findings about anything that goes.
    const auto aboutGone = [&](const AcceptedFinding &a) {
        return std::any_of(gone.cbegin(), gone.cend(), [&](const IdSet &ids) { return ids.contains(a.entity); });
    };
    if (std::any_of(data.acceptedFindings.cbegin(), data.acceptedFindings.cend(), aboutGone)) {
        AcceptanceChange change{data.acceptedFindings, data.acceptedFindings};
        plan.summary.acceptedFindings = static_cast<int>(change.after.removeIf(aboutGone));
        plan.acceptances = std::move(change);
    }
    return plan;
}

// ---- Links ----

IdList *linkList(AnyEntity &owner, LinkField field)
{
    if (auto *a = std::get_if<Activity>(&owner)) {
        switch (field) {
        case LinkField::ActivityDataSubjects: return &a->dataSubjects;
        case LinkField::ActivityDataCategories: return &a->dataCategories;
        case LinkField::ActivitySources: return &a->sources;
        case LinkField::ActivitySecurityMeasures: return &a->securityMeasures;
        case LinkField::ActivitySystems: return &a->systems;
        case LinkField::ActivityDocuments: return &a->documents;
        default: return nullptr;
        }
    }
    if (auto *t = std::get_if<Transfer>(&owner)) {
        switch (field) {
        case LinkField::TransferActivities: return &t->activities;
        case LinkField::TransferDataCategories: return &t->dataCategories;
        default: return nullptr;
        }
    }
    if (auto *p = std::get_if<Party>(&owner))
        return field == LinkField::PartyDocuments ? &p->documents : nullptr;
    return nullptr;
}

bool editLink(Project &project, const Id &owner, LinkField field, const Id &target, bool linking)
{
    const ProjectData &data = project.data();
    if (target.isNull())
        return false;
    if (linking && !data.contains(linkTargetKind(field), target))
        return false;
    const auto current = data.entity(linkOwnerKind(field), owner);
    if (!current)
        return false;
    AnyEntity changed = *current;
    IdList *list = linkList(changed, field);
    if (!list || list->contains(target) == linking)
        return false;
    if (linking)
        list->append(target);
    else
        list->removeAll(target);
    // A transfer that lists a category no longer carries "all categories" (the two are
    // exclusive, validation.cpp).
    if (auto *t = std::get_if<Transfer>(&changed); t && linking && field == LinkField::TransferDataCategories)
        t->allCategories = false;

    const LinkTexts texts = linkTexts(field);
    const QString text = translated(linking ? texts.link : texts.unlink)
                             .arg(nameOfRef(data, linkTargetKind(field), target), edit::displayName(data, *current));
    return push(project, std::make_unique<ChangeSetCommand>(
                             &project, text, QList<EntityChange>{{linkOwnerKind(field), owner, *current, changed}}));
}

} // namespace

EntityKind linkOwnerKind(LinkField field)
{
    switch (field) {
    case LinkField::ActivityDataSubjects:
    case LinkField::ActivityDataCategories:
    case LinkField::ActivitySources:
    case LinkField::ActivitySecurityMeasures:
    case LinkField::ActivitySystems:
    case LinkField::ActivityDocuments: return EntityKind::Activity;
    case LinkField::TransferActivities:
    case LinkField::TransferDataCategories: return EntityKind::Transfer;
    case LinkField::PartyDocuments: return EntityKind::Party;
    }
    Q_UNREACHABLE();
}

EntityKind linkTargetKind(LinkField field)
{
    switch (field) {
    case LinkField::ActivityDataSubjects: return EntityKind::DataSubject;
    case LinkField::ActivityDataCategories: return EntityKind::DataCategory;
    case LinkField::ActivitySources: return EntityKind::Source;
    case LinkField::ActivitySecurityMeasures: return EntityKind::SecurityMeasure;
    case LinkField::ActivitySystems: return EntityKind::System;
    case LinkField::TransferActivities: return EntityKind::Activity;
    case LinkField::TransferDataCategories: return EntityKind::DataCategory;
    case LinkField::ActivityDocuments:
    case LinkField::PartyDocuments: return EntityKind::Document;
    }
    Q_UNREACHABLE();
}

int CascadeSummary::totalRemoved() const
{
    int n = 0;
    for (int c : removed)
        n += c;
    return n;
}

int CascadeSummary::totalChanged() const
{
    int n = 0;
    for (int c : changed)
        n += c;
    return n;
}

CascadeSummary cascadeOf(const ProjectData &data, EntityKind kind, const IdList &ids)
{
    QList<EntityRef> refs;
    refs.reserve(ids.size());
    for (const Id &id : ids)
        refs.append({kind, id});
    return cascadeOf(data, refs);
}

CascadeSummary cascadeOf(const ProjectData &data, const QList<EntityRef> &entities)
{
    return planRemoval(data, entities).summary;
}

namespace edit {

QString displayName(const ProjectData &data, const AnyEntity &entity)
{
    if (const auto *t = std::get_if<Transfer>(&entity))
        return translated(QT_TRANSLATE_NOOP("ropa::edit", "%1 → %2"))
            .arg(partyName(data, t->from), partyName(data, t->to));
    const QString name = nameOf(entity);
    if (name.isEmpty())
        return translated(QT_TRANSLATE_NOOP("ropa::edit", "(no name)"));
    return elided(name);
}

bool add(Project &project, const AnyEntity &entity)
{
    const Id id = idOf(entity);
    if (id.isNull() || project.data().kindOfId(id))
        return false;
    const EntityKind kind = kindOf(entity);
    const QString text = kindText(AddTexts, kind).arg(displayName(project.data(), entity));
    return push(project, std::make_unique<ChangeSetCommand>(&project, text,
                                                            QList<EntityChange>{{kind, id, std::nullopt, entity}}));
}

bool change(Project &project, const AnyEntity &newValue, MergeId mergeId, EditStep step)
{
    const EntityKind kind = kindOf(newValue);
    const Id id = idOf(newValue);
    const auto current = project.data().entity(kind, id);
    if (!current || *current == newValue)
        return false;
    auto command = std::make_unique<ChangeSetCommand>(
        &project, QString(), QList<EntityChange>{{kind, id, *current, newValue}}, std::nullopt, mergeId);
    command->setSeparate(step == EditStep::Separate);
    command->setDescribe([](const ChangeSetCommand &c) {
        return describeChange(c.project()->data(), c.changes().constFirst(), c.mergeId());
    });
    return push(project, std::move(command));
}

void endTyping(Project &project)
{
    const QUndoStack *stack = project.undoStack();
    if (stack->index() == 0)
        return;
    if (const auto *top = dynamic_cast<const ChangeSetCommand *>(stack->command(stack->index() - 1)))
        top->endTyping();
}

bool setInfo(Project &project, const ProjectInfo &info, MergeId mergeId)
{
    if (info == project.info())
        return false;
    auto command = std::make_unique<ChangeSetCommand>(&project, QString(), QList<EntityChange>{},
                                                      InfoChange{project.info(), info}, mergeId);
    command->setDescribe([](const ChangeSetCommand &c) { return describeInfo(*c.infoChange()); });
    return push(project, std::move(command));
}

bool remove(Project &project, EntityKind kind, const Id &id)
{
    return removeMany(project, {{kind, id}});
}

bool removeMany(Project &project, const QList<EntityRef> &entities)
{
    const ProjectData &data = project.data();
    RemovalPlan plan = planRemoval(data, entities);
    if (plan.askedCount == 0)
        return false;
    QString text;
    if (plan.askedCount == 1) {
        const EntityKind kind = plan.firstAsked.first;
        text = kindText(RemoveTexts, kind).arg(displayName(data, *data.entity(kind, plan.firstAsked.second)));
    } else {
        // Literal context and text, and no template argument in the call, so lupdate sees it
        // and marks it as a numerus form.
        const int count = static_cast<int>(plan.askedCount);
        text = QCoreApplication::translate("ropa::edit", "Remove %n items", nullptr, count);
    }
    auto command = std::make_unique<ChangeSetCommand>(&project, text, std::move(plan.changes));
    if (plan.acceptances)
        command->setAcceptanceChange(std::move(*plan.acceptances));
    return push(project, std::move(command));
}

bool acceptFinding(Project &project, const AcceptedFinding &acceptance)
{
    const ProjectData &data = project.data();
    AcceptedFinding a = acceptance;
    a.justification = a.justification.trimmed();
    if (!isRuleIdSyntax(a.rule) || a.entity.isNull() || a.justification.isEmpty() || !a.date.isValid() ||
        a.date.year() < 1 || a.date.year() > 9999)
        return false;
    const auto kind = data.kindOfId(a.entity);
    if (!kind)
        return false;
    QList<AcceptedFinding> after = data.acceptedFindings;
    const QString key = a.key();
    const auto existing =
        std::find_if(after.begin(), after.end(), [&](const AcceptedFinding &x) { return x.key() == key; });
    const bool replacing = existing != after.end();
    if (replacing) {
        if (*existing == a)
            return false;
        *existing = a;
    } else {
        after.insert(std::lower_bound(after.begin(), after.end(), a, acceptedFindingLess), a);
    }
    const QString name = displayName(data, *data.entity(*kind, a.entity));
    const QString text = (replacing ? translated(QT_TRANSLATE_NOOP("ropa::edit", "Change accepted finding %1 on “%2”"))
                                    : translated(QT_TRANSLATE_NOOP("ropa::edit", "Accept finding %1 on “%2”")))
                             .arg(a.rule, name);
    auto command = std::make_unique<ChangeSetCommand>(&project, text, QList<EntityChange>{});
    command->setAcceptanceChange({data.acceptedFindings, std::move(after)});
    return push(project, std::move(command));
}

bool reopenFinding(Project &project, const QString &rule, const Id &entity, const QString &detail)
{
    const ProjectData &data = project.data();
    QList<AcceptedFinding> after = data.acceptedFindings;
    const QString key = AcceptedFinding{rule, entity, detail, {}, {}}.key();
    if (after.removeIf([&](const AcceptedFinding &a) { return a.key() == key; }) == 0)
        return false;
    const auto kind = data.kindOfId(entity);
    const QString name = kind ? displayName(data, *data.entity(*kind, entity))
                              : translated(QT_TRANSLATE_NOOP("ropa::edit", "(missing)"));
    const QString text = translated(QT_TRANSLATE_NOOP("ropa::edit", "Reopen finding %1 on “%2”")).arg(rule, name);
    auto command = std::make_unique<ChangeSetCommand>(&project, text, QList<EntityChange>{});
    command->setAcceptanceChange({data.acceptedFindings, std::move(after)});
    return push(project, std::move(command));
}

bool link(Project &project, const Id &owner, LinkField field, const Id &target)
{
    return editLink(project, owner, field, target, true);
}

bool unlink(Project &project, const Id &owner, LinkField field, const Id &target)
{
    return editLink(project, owner, field, target, false);
}

Id duplicate(Project &project, EntityKind kind, const Id &id)
{
    const auto original = project.data().entity(kind, id);
    if (!original)
        return {};
    Id newId;
    do {
        newId = QUuid::createUuid();
    } while (project.data().kindOfId(newId)); // never in practice; cheap to be sure

    AnyEntity copy = *original;
    std::visit(
        [&](auto &e) {
            using T = std::decay_t<decltype(e)>;
            e.id = newId;
            const QString suffixed = translated(QT_TRANSLATE_NOOP("ropa::edit", "%1 (copy)"));
            if constexpr (std::is_same_v<T, Document>)
                e.title = suffixed.arg(e.title);
            else if constexpr (!std::is_same_v<T, Transfer>)
                e.name = suffixed.arg(e.name);
            if constexpr (std::is_same_v<T, Party>)
                e.own = false; // see edits.h
        },
        copy);

    const QString text = kindText(DuplicateTexts, kind).arg(displayName(project.data(), *original));
    const bool pushed = push(project, std::make_unique<ChangeSetCommand>(
                                          &project, text, QList<EntityChange>{{kind, newId, std::nullopt, copy}}));
    return pushed ? newId : Id();
}

} // namespace edit
} // namespace ropa
