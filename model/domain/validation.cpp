#include "validation.h"

#include "reference/reference.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ropa {

// Messages a user reads when opening, saving or importing: translated (context "ropa::validation");
// the English texts are the source texts, unchanged.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::validation)
};

QString describeEntity(EntityKind kind, const Id &id, const QString &name)
{
    const QString noun = entityKindNoun(kind);
    if (name.isEmpty())
        return QStringLiteral("%1 %2").arg(noun, idToString(id));
    return Tr::tr("%1 %2 (“%3”)").arg(noun, idToString(id), name.left(80));
}

QString Problem::describe() const
{
    QString where = kind ? describeEntity(*kind, id, entityName) : Tr::tr("project");
    if (!key.isEmpty())
        where += Tr::tr(", key “%1”").arg(key);
    return where + QStringLiteral(": ") + message;
}

bool isIsoDuration(QStringView text)
{
    // ISO 8601 durations as used for retention: PnYnMnWnD with an optional time part.
    static const QRegularExpression re(
        QStringLiteral("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"));
    return re.match(text.toString()).hasMatch();
}

bool isRuleIdSyntax(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"));
    return text.size() <= 64 && re.match(text.toString()).hasMatch();
}

namespace {

class Validator
{
public:
    explicit Validator(const ProjectData &data)
        : m_data(data)
        , m_ref(Reference::instance())
    {
    }

    QList<Problem> run()
    {
        checkProject();
        checkDuplicateIds();
        for (const auto &[id, e] : m_data.documents)
            checkDocument(e);
        for (const auto &[id, e] : m_data.parties)
            checkParty(e);
        for (const auto &[id, e] : m_data.dataCategories)
            checkCategory(e);
        for (const auto &[id, e] : m_data.dataSubjects)
            checkCommon(EntityKind::DataSubject, e.id, e.name, e.evidence);
        for (const auto &[id, e] : m_data.sources)
            checkCommon(EntityKind::Source, e.id, e.name, e.evidence);
        for (const auto &[id, e] : m_data.securityMeasures)
            checkCommon(EntityKind::SecurityMeasure, e.id, e.name, e.evidence);
        for (const auto &[id, e] : m_data.systems)
            checkSystem(e);
        for (const auto &[id, e] : m_data.activities)
            checkActivity(e);
        for (const auto &[id, e] : m_data.transfers)
            checkTransfer(e);
        checkAcceptedFindings();
        return m_problems;
    }

private:
    void add(std::optional<EntityKind> kind, const Id &id, const QString &name, const QString &key,
             const QString &message)
    {
        m_problems.append(Problem{kind, id, name, key, message});
    }

    void checkProject()
    {
        if (m_data.info.name.trimmed().isEmpty())
            add(std::nullopt, {}, {}, QStringLiteral("name"), Tr::tr("the project has no name"));
        bool anyOwn = false;
        for (const auto &[id, p] : m_data.parties)
            anyOwn = anyOwn || p.own;
        if (!anyOwn)
            add(std::nullopt, {}, {}, QStringLiteral("parties"),
                Tr::tr("no party is marked as the project's own entity (“own”: true); "
                       "at least one is required"));
    }

    void checkDuplicateIds()
    {
        QHash<Id, EntityKind> seen;
        for (int k = 0; k < EntityKindCount; ++k) {
            const auto kind = static_cast<EntityKind>(k);
            auto visit = [&](const auto &table) {
                for (const auto &[id, e] : table) {
                    if (id.isNull()) {
                        add(kind, id, nameOf(AnyEntity(e)), QStringLiteral("id"), Tr::tr("the id is missing or null"));
                        continue;
                    }
                    const auto it = seen.constFind(id);
                    if (it != seen.constEnd()) {
                        add(kind, id, nameOf(AnyEntity(e)), QStringLiteral("id"),
                            Tr::tr("the id is also used by a %1; every id must be unique").arg(entityKindNoun(*it)));
                    } else {
                        seen.insert(id, kind);
                    }
                }
            };
            switch (kind) {
            case EntityKind::Document: visit(m_data.documents); break;
            case EntityKind::Party: visit(m_data.parties); break;
            case EntityKind::DataCategory: visit(m_data.dataCategories); break;
            case EntityKind::DataSubject: visit(m_data.dataSubjects); break;
            case EntityKind::Source: visit(m_data.sources); break;
            case EntityKind::SecurityMeasure: visit(m_data.securityMeasures); break;
            case EntityKind::System: visit(m_data.systems); break;
            case EntityKind::Activity: visit(m_data.activities); break;
            case EntityKind::Transfer: visit(m_data.transfers); break;
            }
        }
    }

    void checkName(EntityKind kind, const Id &id, const QString &name, const QString &key = QStringLiteral("name"))
    {
        if (name.trimmed().isEmpty())
            add(kind, id, name, key, Tr::tr("must not be empty"));
    }

    void checkEvidence(EntityKind kind, const Id &id, const QString &name, const EvidenceList &evidence)
    {
        for (const Evidence &ev : evidence) {
            if (!m_data.documents.contains(ev.document))
                add(kind, id, name, QStringLiteral("evidence"),
                    Tr::tr("cites document %1, which is not in the project").arg(idToString(ev.document)));
        }
    }

    void checkCommon(EntityKind kind, const Id &id, const QString &name, const EvidenceList &evidence)
    {
        checkName(kind, id, name);
        checkEvidence(kind, id, name, evidence);
    }

    void checkCountry(EntityKind kind, const Id &id, const QString &name, const QString &key, const QString &code)
    {
        if (!m_ref.isCountryCode(code))
            add(kind, id, name, key,
                Tr::tr("“%1” is not an ISO 3166-1 alpha-2 country code (or “EU”)").arg(code.left(40)));
    }

    void checkCountries(EntityKind kind, const Id &id, const QString &name, const QString &key,
                        const QStringList &codes)
    {
        for (qsizetype k = 0; k < codes.size(); ++k) {
            checkCountry(kind, id, name, key, codes[k]);
            if (codes.indexOf(codes[k]) < k) // lists are short: a linear scan beats a hash set
                add(kind, id, name, key, Tr::tr("“%1” is listed twice").arg(codes[k].left(40)));
        }
    }

    template <typename T>
    void checkRefs(EntityKind kind, const Id &id, const QString &name, const QString &key, const IdList &ids)
    {
        // Link lists are short (a handful of ids): a linear duplicate scan is cheaper than a
        // hash set per list, which mattered on 50,000 transfers. Long lists use a set.
        const bool longList = ids.size() > 32;
        QSet<Id> seen;
        if (longList)
            seen.reserve(ids.size());
        for (qsizetype k = 0; k < ids.size(); ++k) {
            const Id &ref = ids[k];
            bool duplicate = false;
            if (longList) {
                duplicate = seen.contains(ref);
                seen.insert(ref);
            } else {
                duplicate = ids.indexOf(ref) < k;
            }
            if (!m_data.table<T>().contains(ref))
                add(kind, id, name, key,
                    Tr::tr("refers to %1 %2, which is not in the project")
                        .arg(entityKindNoun(kindOf<T>()), idToString(ref)));
            else if (duplicate)
                add(kind, id, name, key, Tr::tr("lists %1 %2 twice").arg(entityKindNoun(kindOf<T>()), idToString(ref)));
        }
    }

    void checkDocument(const Document &d) { checkName(EntityKind::Document, d.id, d.title, QStringLiteral("title")); }

    // An optional reference to one entity of kind T (null: not stated).
    template <typename T>
    void checkRef(EntityKind kind, const Id &id, const QString &name, const QString &key, const Id &ref)
    {
        if (!ref.isNull() && !m_data.table<T>().contains(ref))
            add(kind, id, name, key,
                Tr::tr("refers to %1 %2, which is not in the project")
                    .arg(entityKindNoun(kindOf<T>()), idToString(ref)));
    }

    void checkDate(EntityKind kind, const Id &id, const QString &name, const QString &key,
                   const std::optional<QDate> &date)
    {
        if (date && (!date->isValid() || date->year() < 1 || date->year() > 9999))
            add(kind, id, name, key, Tr::tr("the date is not a valid date"));
    }

    void checkSystem(const System &s)
    {
        const auto k = EntityKind::System;
        checkCommon(k, s.id, s.name, s.evidence);
        checkRef<Party>(k, s.id, s.name, QStringLiteral("hosting_party"), s.hostingParty);
        checkCountries(k, s.id, s.name, QStringLiteral("locations"), s.locations);
    }

    void checkDataItems(const Activity &a)
    {
        const auto k = EntityKind::Activity;
        const QString key = QStringLiteral("data_items");
        for (const DataItem &item : a.dataItems) {
            if (item.category.isNull())
                add(k, a.id, a.name, key, Tr::tr("a data item needs a data category"));
            else
                checkRef<DataCategory>(k, a.id, a.name, key, item.category);
            checkRef<DataSubject>(k, a.id, a.name, key, item.subject);
            checkRefs<Source>(k, a.id, a.name, key, item.sources);
            if (!item.retention.isEmpty() && !isIsoDuration(item.retention))
                add(k, a.id, a.name, key,
                    Tr::tr("“%1” is not an ISO 8601 duration (such as P30D, P6M or P6Y)").arg(item.retention.left(40)));
        }
    }

    void checkDpia(const Activity &a)
    {
        const auto k = EntityKind::Activity;
        checkDate(k, a.id, a.name, QStringLiteral("dpia"), a.dpia.done);
        if (a.dpia.done && a.dpia.performed == false)
            add(k, a.id, a.name, QStringLiteral("dpia"),
                Tr::tr("a DPIA date is stated, but the DPIA is marked as not performed"));
        checkRef<Document>(k, a.id, a.name, QStringLiteral("dpia"), a.dpia.document);
        const DpiaScreening &s = a.dpiaScreening;
        for (qsizetype i = 0; i < s.criteria.size(); ++i) {
            if (s.criteria.indexOf(s.criteria[i]) < i)
                add(k, a.id, a.name, QStringLiteral("dpia_screening"),
                    Tr::tr("the criterion “%1” is listed twice").arg(enumToString(s.criteria[i])));
        }
        checkRef<Document>(k, a.id, a.name, QStringLiteral("dpia_screening"), s.report);
    }

    void checkParty(const Party &p)
    {
        const auto k = EntityKind::Party;
        checkCommon(k, p.id, p.name, p.evidence);
        if (!p.country.isEmpty())
            checkCountry(k, p.id, p.name, QStringLiteral("country"), p.country);
        checkCountries(k, p.id, p.name, QStringLiteral("locations"), p.locations);
        if (p.dpaSigned && p.dpaInPlace == false)
            add(k, p.id, p.name, QStringLiteral("dpa"),
                Tr::tr("a DPA signing date is stated, but the DPA is marked as not in place"));
        checkRef<Document>(k, p.id, p.name, QStringLiteral("dpa"), p.dpaDocument);
        checkRefs<Document>(k, p.id, p.name, QStringLiteral("documents"), p.documents);
    }

    void checkCategory(const DataCategory &c)
    {
        const auto k = EntityKind::DataCategory;
        checkCommon(k, c.id, c.name, c.evidence);
        if (c.parent.isNull())
            return;
        if (!m_data.dataCategories.contains(c.parent)) {
            add(k, c.id, c.name, QStringLiteral("parent"),
                Tr::tr("refers to data category %1, which is not in the project").arg(idToString(c.parent)));
            return;
        }
        // Walk up: a cycle comes back to this category within size() steps.
        Id cur = c.parent;
        for (std::size_t steps = 0; !cur.isNull() && steps <= m_data.dataCategories.size(); ++steps) {
            if (cur == c.id) {
                add(k, c.id, c.name, QStringLiteral("parent"),
                    Tr::tr("the category is its own ancestor (the parents form a cycle)"));
                return;
            }
            const DataCategory *up = m_data.find<DataCategory>(cur);
            cur = up ? up->parent : Id();
        }
    }

    void checkActivity(const Activity &a)
    {
        const auto k = EntityKind::Activity;
        checkCommon(k, a.id, a.name, a.evidence);
        const Party *org = m_data.find<Party>(a.organisation);
        if (!org)
            add(k, a.id, a.name, QStringLiteral("organisation"),
                a.organisation.isNull()
                    ? Tr::tr("is required")
                    : Tr::tr("refers to party %1, which is not in the project").arg(idToString(a.organisation)));
        else if (!org->own)
            add(k, a.id, a.name, QStringLiteral("organisation"),
                Tr::tr("refers to “%1”, which is not one of the project's own entities").arg(org->name));
        if (!a.onBehalfOf.isNull() && !m_data.parties.contains(a.onBehalfOf))
            add(k, a.id, a.name, QStringLiteral("on_behalf_of"),
                Tr::tr("refers to party %1, which is not in the project").arg(idToString(a.onBehalfOf)));
        for (const QString &purpose : a.purposes) {
            if (purpose.trimmed().isEmpty())
                add(k, a.id, a.name, QStringLiteral("purposes"), Tr::tr("contains an empty purpose"));
        }
        checkRefs<DataSubject>(k, a.id, a.name, QStringLiteral("data_subjects"), a.dataSubjects);
        checkRefs<DataCategory>(k, a.id, a.name, QStringLiteral("data_categories"), a.dataCategories);
        checkRefs<Source>(k, a.id, a.name, QStringLiteral("sources"), a.sources);
        checkRefs<SecurityMeasure>(k, a.id, a.name, QStringLiteral("security_measures"), a.securityMeasures);
        checkRefs<System>(k, a.id, a.name, QStringLiteral("systems"), a.systems);
        checkRefs<Document>(k, a.id, a.name, QStringLiteral("documents"), a.documents);
        checkDataItems(a);
        checkDpia(a);
        checkDate(k, a.id, a.name, QStringLiteral("created"), a.created);
        checkDate(k, a.id, a.name, QStringLiteral("last_changed"), a.lastChanged);
        if (a.balancingTest.date && (!a.balancingTest.date->isValid() || a.balancingTest.date->year() < 1 ||
                                     a.balancingTest.date->year() > 9999))
            add(k, a.id, a.name, QStringLiteral("balancing_test"), Tr::tr("the date is not a valid date"));
        for (const RetentionRule &r : a.retention) {
            checkRefs<DataCategory>(k, a.id, a.name, QStringLiteral("retention"), r.categories);
            if (!r.duration.isEmpty() && !isIsoDuration(r.duration))
                add(k, a.id, a.name, QStringLiteral("retention"),
                    Tr::tr("“%1” is not an ISO 8601 duration (such as P30D, P6M or P6Y)").arg(r.duration.left(40)));
            if (r.duration.isEmpty() && r.trigger.trimmed().isEmpty() && r.text.trimmed().isEmpty())
                add(k, a.id, a.name, QStringLiteral("retention"),
                    Tr::tr("a retention rule needs a duration, a trigger or the text as written"));
        }
    }

    void checkTransfer(const Transfer &t)
    {
        const auto k = EntityKind::Transfer;
        const QString name = t.purpose;
        checkEvidence(k, t.id, name, t.evidence);
        if (!m_data.parties.contains(t.from))
            add(k, t.id, name, QStringLiteral("from"),
                t.from.isNull() ? Tr::tr("is required")
                                : Tr::tr("refers to party %1, which is not in the project").arg(idToString(t.from)));
        if (!m_data.parties.contains(t.to))
            add(k, t.id, name, QStringLiteral("to"),
                t.to.isNull() ? Tr::tr("is required")
                              : Tr::tr("refers to party %1, which is not in the project").arg(idToString(t.to)));
        if (!t.from.isNull() && t.from == t.to)
            add(k, t.id, name, QStringLiteral("to"), Tr::tr("a party cannot transfer to itself"));
        checkRefs<Activity>(k, t.id, name, QStringLiteral("activities"), t.activities);
        checkRefs<DataCategory>(k, t.id, name, QStringLiteral("data_categories"), t.dataCategories);
        if (t.allCategories && !t.dataCategories.isEmpty())
            add(k, t.id, name, QStringLiteral("data_categories"),
                Tr::tr("the transfer carries all categories of its activities, so it cannot also list some"));
        checkCountries(k, t.id, name, QStringLiteral("countries"), t.countries);
        if (t.sccModule && (*t.sccModule < 1 || *t.sccModule > 4))
            add(k, t.id, name, QStringLiteral("scc_module"),
                Tr::tr("%1 is not an SCC module (1 to 4)").arg(*t.sccModule));
    }

    void checkAcceptedFindings()
    {
        const QString key = QStringLiteral("accepted_findings");
        QSet<QString> seen;
        for (const AcceptedFinding &a : m_data.acceptedFindings) {
            const QString what =
                Tr::tr("the accepted finding %1 of %2")
                    .arg(a.rule.left(64), a.entity.isNull() ? Tr::tr("(no entity)") : idToString(a.entity));
            if (!isRuleIdSyntax(a.rule))
                add(std::nullopt, {}, {}, key,
                    Tr::tr("“%1” is not a rule id (such as PROC-DPA-MISSING)").arg(a.rule.left(64)));
            if (a.entity.isNull())
                add(std::nullopt, {}, {}, key, Tr::tr("%1: the entity is missing").arg(what));
            else if (!m_data.kindOfId(a.entity))
                add(std::nullopt, {}, {}, key, Tr::tr("%1 refers to an entity that is not in the project").arg(what));
            if (a.justification.trimmed().isEmpty())
                add(std::nullopt, {}, {}, key,
                    Tr::tr("%1 has no justification; say why the finding is accepted").arg(what));
            if (!a.date.isValid() || a.date.year() < 1 || a.date.year() > 9999)
                add(std::nullopt, {}, {}, key, Tr::tr("%1 has no valid date").arg(what));
            if (seen.contains(a.key()))
                add(std::nullopt, {}, {}, key,
                    Tr::tr("%1 is listed twice%2")
                        .arg(what, a.detail.isEmpty() ? QString() : Tr::tr(" (detail “%1”)").arg(a.detail.left(80))));
            seen.insert(a.key());
        }
    }

    const ProjectData &m_data;
    const Reference &m_ref;
    QList<Problem> m_problems;
};

} // namespace

QList<Problem> validateProject(const ProjectData &data)
{
    return Validator(data).run();
}

} // namespace ropa
