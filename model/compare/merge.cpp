#include "merge.h"

#include "fields.h"

#include "commands/edits.h"
#include "domain/project.h"
#include "domain/validation.h"

#include <QSet>

#include <map>

namespace ropa::compare {

namespace {

// Calls f(id) for every reference an entity holds (the ids validation checks).
void forEachReference(const Document &, auto &&) {}

void forEachEvidence(const EvidenceList &list, auto &&f)
{
    for (const Evidence &e : list)
        f(e.document);
}
void forEachReference(const Party &p, auto &&f)
{
    f(p.dpaDocument);
    for (const Id &id : p.documents)
        f(id);
    forEachEvidence(p.evidence, f);
}
void forEachReference(const System &y, auto &&f)
{
    f(y.hostingParty);
    forEachEvidence(y.evidence, f);
}
void forEachReference(const DataSubject &s, auto &&f)
{
    forEachEvidence(s.evidence, f);
}
void forEachReference(const Source &s, auto &&f)
{
    forEachEvidence(s.evidence, f);
}
void forEachReference(const SecurityMeasure &m, auto &&f)
{
    forEachEvidence(m.evidence, f);
}
void forEachReference(const DataCategory &c, auto &&f)
{
    f(c.parent);
    forEachEvidence(c.evidence, f);
}
void forEachReference(const Activity &a, auto &&f)
{
    f(a.organisation);
    f(a.onBehalfOf);
    for (const IdList *list :
         {&a.dataSubjects, &a.dataCategories, &a.sources, &a.securityMeasures, &a.systems, &a.documents}) {
        for (const Id &id : *list)
            f(id);
    }
    for (const DataItem &i : a.dataItems) {
        f(i.category);
        f(i.subject);
        for (const Id &id : i.sources)
            f(id);
    }
    f(a.dpia.document);
    f(a.dpiaScreening.report);
    for (const RetentionRule &r : a.retention) {
        for (const Id &id : r.categories)
            f(id);
    }
    forEachEvidence(a.evidence, f);
}
void forEachReference(const Transfer &t, auto &&f)
{
    f(t.from);
    f(t.to);
    for (const Id &id : t.activities)
        f(id);
    for (const Id &id : t.dataCategories)
        f(id);
    forEachEvidence(t.evidence, f);
}

bool sharesId(const ProjectData &a, const ProjectData &b)
{
    bool shared = false;
    forEachEntityType([&](auto tag) {
        using T = typename decltype(tag)::type;
        for (const auto &[id, e] : a.table<T>()) {
            if (shared || b.table<T>().count(id)) {
                shared = true;
                return;
            }
        }
    });
    return shared;
}

bool hasEntities(const ProjectData &d)
{
    for (int k = 0; k < EntityKindCount; ++k) {
        if (d.count(static_cast<EntityKind>(k)) > 0)
            return true;
    }
    return false;
}

class Merger
{
public:
    Merger(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs, const Decisions &decisions,
           std::optional<Side> prefer)
        : m_base(base)
        , m_ours(ours)
        , m_theirs(theirs)
        , m_decisions(decisions)
        , m_prefer(prefer)
    {
    }

    MergeResult run()
    {
        MergeResult r;
        r.baseUnrelated = hasEntities(m_base) && ((hasEntities(m_ours) && !sharesId(m_base, m_ours)) ||
                                                  (hasEntities(m_theirs) && !sharesId(m_base, m_theirs)));
        Conflict info;
        info.subject = Subject::Project;
        info.name = m_ours.info.name;
        m_out.info = mergeFields(&m_base.info, m_ours.info, m_theirs.info, info);
        forEachEntityType([&](auto tag) { mergeTable<typename decltype(tag)::type>(); });
        mergeFindings();
        resolveDanglingReferences();
        dropFindingsOfRemovedEntities();
        r.conflicts = m_conflicts;
        if (r.undecided() > 0)
            return r;
        const QList<Problem> problems = validateProject(m_out);
        for (const Problem &p : problems)
            r.problems.append(p.describe());
        if (r.problems.isEmpty())
            r.merged = std::move(m_out);
        return r;
    }

private:
    // Records the conflict with its decision (its own, else the preference), which it returns.
    std::optional<Side> addConflict(Conflict c)
    {
        const auto decided = m_decisions.constFind(c.decisionKey());
        c.decidedFor = decided != m_decisions.cend() ? std::optional<Side>(*decided) : m_prefer;
        const std::optional<Side> side = c.decidedFor;
        m_conflicts.append(std::move(c));
        return side;
    }

    // base is null when both sides added an entity with one id.
    template <typename T> T mergeFields(const T *base, const T &ours, const T &theirs, const Conflict &about)
    {
        T result = base ? *base : ours;
        for (const Field<T> &f : fieldsOf<T>()) {
            const bool oursChanged = base ? !f.same(ours, *base) : false;
            const bool theirsChanged = base ? !f.same(theirs, *base) : !f.same(ours, theirs);
            if (!oursChanged && !theirsChanged)
                continue;
            if (!theirsChanged || f.same(ours, theirs)) {
                f.copy(result, ours);
            } else if (!oursChanged && base) {
                f.copy(result, theirs);
            } else if (base && f.mergeList && f.mergeList(result, *base, ours, theirs)) {
                // both sides' additions and removals taken
            } else {
                Conflict c = about;
                c.type = ConflictType::BothChanged;
                c.key = QString::fromLatin1(f.key);
                c.label = f.labelText();
                c.baseText = base ? joinedText(f.items(m_base, *base)) : QString();
                c.oursText = joinedText(f.items(m_ours, ours));
                c.theirsText = joinedText(f.items(m_theirs, theirs));
                // Ours until it is decided (the result is not given then; ours only lets the
                // merge go on to find the other conflicts).
                const Side side = addConflict(c).value_or(Side::Ours);
                f.copy(result, side == Side::Ours ? ours : theirs);
            }
        }
        return result;
    }

    template <typename T> Conflict aboutEntity(const ProjectData &data, const T &e) const
    {
        Conflict c;
        c.kind = kindOf<T>();
        c.id = e.id;
        c.name = entityName(data, AnyEntity(e));
        return c;
    }

    template <typename T> void mergeTable()
    {
        const EntityMap<T> &base = m_base.table<T>();
        const EntityMap<T> &ours = m_ours.table<T>();
        const EntityMap<T> &theirs = m_theirs.table<T>();
        EntityMap<T> &out = m_out.table<T>();
        auto find = [](const EntityMap<T> &t, const Id &id) -> const T * {
            const auto it = t.find(id);
            return it == t.end() ? nullptr : &it->second;
        };
        auto one = [&](const Id &id) {
            const T *b = find(base, id);
            const T *o = find(ours, id);
            const T *t = find(theirs, id);
            if (!o && !t)
                return; // removed on both sides (or never there)
            if (o && t) {
                out.emplace(id, *o == *t ? *o : mergeFields(b, *o, *t, aboutEntity(m_ours, *o)));
                return;
            }
            const T *kept = o ? o : t;
            if (!b) { // added on one side
                out.emplace(id, *kept);
                return;
            }
            const Side removedBy = o ? Side::Theirs : Side::Ours;
            m_removed.emplace(id, Removal{AnyEntity(*kept), removedBy});
            if (*kept == *b)
                return; // removed on one side, untouched on the other
            Conflict c = aboutEntity(o ? m_ours : m_theirs, *kept);
            c.type = ConflictType::RemovedAndChanged;
            c.removedBy = removedBy;
            if (addConflict(c) != removedBy)
                out.emplace(id, *kept);
        };
        for (const auto &[id, e] : base)
            one(id);
        for (const auto &[id, e] : ours) {
            if (!base.count(id))
                one(id);
        }
        for (const auto &[id, e] : theirs) {
            if (!base.count(id) && !ours.count(id))
                one(id);
        }
    }

    void mergeFindings()
    {
        std::map<QString, const AcceptedFinding *> base;
        std::map<QString, const AcceptedFinding *> ours;
        std::map<QString, const AcceptedFinding *> theirs;
        for (const AcceptedFinding &f : m_base.acceptedFindings)
            base.emplace(f.key(), &f);
        for (const AcceptedFinding &f : m_ours.acceptedFindings)
            ours.emplace(f.key(), &f);
        for (const AcceptedFinding &f : m_theirs.acceptedFindings)
            theirs.emplace(f.key(), &f);
        QSet<QString> keys;
        for (const auto *m : {&base, &ours, &theirs}) {
            for (const auto &[key, f] : *m)
                keys.insert(key);
        }
        auto find = [](const std::map<QString, const AcceptedFinding *> &m, const QString &key) {
            const auto it = m.find(key);
            return it == m.end() ? nullptr : it->second;
        };
        for (const QString &key : keys) {
            const AcceptedFinding *b = find(base, key);
            const AcceptedFinding *o = find(ours, key);
            const AcceptedFinding *t = find(theirs, key);
            if (!o && !t)
                continue;
            const AcceptedFinding &named = o ? *o : *t;
            Conflict about;
            about.subject = Subject::AcceptedFinding;
            about.id = named.entity;
            about.finding = key;
            about.name = QStringLiteral("%1 (%2)").arg(named.rule, entityName(o ? m_ours : m_theirs, named.entity));
            if (o && t) {
                m_out.acceptedFindings.append(*o == *t ? *o : mergeFields(b, *o, *t, about));
            } else if (!b) {
                m_out.acceptedFindings.append(named);
            } else if (!(named == *b)) {
                about.type = ConflictType::RemovedAndChanged;
                about.removedBy = o ? Side::Theirs : Side::Ours;
                if (addConflict(about) != about.removedBy)
                    m_out.acceptedFindings.append(named);
            }
        }
        sortAcceptedFindings(m_out.acceptedFindings);
    }

    struct Dangling
    {
        Id target;
        QString referrer;
    };

    QList<Dangling> danglingReferences() const
    {
        QList<Dangling> found;
        QSet<Id> seen;
        forEachEntityType([&](auto tag) {
            using T = typename decltype(tag)::type;
            for (const auto &[id, e] : m_out.table<T>()) {
                forEachReference(e, [&](const Id &target) {
                    if (target.isNull() || seen.contains(target) || m_out.kindOfId(target))
                        return;
                    seen.insert(target);
                    found.append({target, entityName(m_out, AnyEntity(e))});
                });
            }
        });
        return found;
    }

    // An entity removed on one side and referenced by a new link on the other: kept, or (when
    // the remover's side is preferred) removed with what goes with it, as the program removes.
    void resolveDanglingReferences()
    {
        QSet<Id> reported;
        for (int round = 0; round < 8; ++round) {
            const QList<Dangling> dangling = danglingReferences();
            QList<EntityRef> toRemove;
            bool restored = false;
            for (const Dangling &d : dangling) {
                const auto it = m_removed.find(d.target);
                if (it == m_removed.end() || reported.contains(d.target))
                    continue; // not a removal of this merge: validation reports it
                reported.insert(d.target);
                const Removal &removal = it->second;
                const ProjectData &keptIn = removal.by == Side::Ours ? m_theirs : m_ours;
                Conflict c;
                c.type = ConflictType::RemovedAndReferenced;
                c.kind = kindOf(removal.entity);
                c.id = d.target;
                c.name = entityName(keptIn, removal.entity);
                c.removedBy = removal.by;
                c.referencedBy = d.referrer;
                const std::optional<Side> side = addConflict(c);
                m_out.put(removal.entity);
                restored = true;
                if (side == removal.by)
                    toRemove.append({kindOf(removal.entity), d.target});
            }
            if (!toRemove.isEmpty()) {
                Project project(std::move(m_out));
                edit::removeMany(project, toRemove);
                m_out = project.data();
            }
            if (!restored)
                return;
        }
    }

    // Accepted findings go with their entity, as when it is removed in the program.
    void dropFindingsOfRemovedEntities()
    {
        m_out.acceptedFindings.removeIf([this](const AcceptedFinding &f) { return !m_out.kindOfId(f.entity); });
    }

    struct Removal
    {
        AnyEntity entity; // as the side that kept it has it
        Side by;
    };

    const ProjectData &m_base;
    const ProjectData &m_ours;
    const ProjectData &m_theirs;
    const Decisions &m_decisions;
    const std::optional<Side> m_prefer;
    ProjectData m_out;
    QList<Conflict> m_conflicts;
    std::map<Id, Removal, IdLess> m_removed;
};

} // namespace

int MergeResult::undecided() const
{
    int n = 0;
    for (const Conflict &c : conflicts) {
        if (!c.decidedFor)
            ++n;
    }
    return n;
}

QString Conflict::kindKey() const
{
    Change c;
    c.subject = subject;
    c.kind = kind;
    return c.kindKey();
}

QString Conflict::kindName() const
{
    Change c;
    c.subject = subject;
    c.kind = kind;
    return c.kindName();
}

QString Conflict::decisionKey() const
{
    return QStringList{typeKey(), kindKey(), idToString(id), finding, key}.join(u'|');
}

QString Conflict::typeKey() const
{
    switch (type) {
    case ConflictType::BothChanged: return QStringLiteral("conflict");
    case ConflictType::RemovedAndChanged: return QStringLiteral("removed_and_changed");
    case ConflictType::RemovedAndReferenced: return QStringLiteral("removed_and_referenced");
    }
    return {};
}

MergeResult merge(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs,
                  std::optional<Side> prefer)
{
    return Merger(base, ours, theirs, {}, prefer).run();
}

MergeResult merge(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs,
                  const Decisions &decisions, std::optional<Side> prefer)
{
    return Merger(base, ours, theirs, decisions, prefer).run();
}

} // namespace ropa::compare
