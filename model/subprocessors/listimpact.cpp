// The reach and findings before and after a list is applied (listimpact.h).

#include "subprocessors/listimpact.h"

#include "checks/checker.h"
#include "graph/transfergraph.h"
#include "reference/reference.h"
#include "subprocessors/rawtable.h"

#include <QJsonArray>
#include <QSet>

namespace ropa::subprocessors {

namespace {

using ReachMap = QHash<Id, QSet<QString>>;

ReachMap reachOf(const ProjectData &data)
{
    const graph::TransferGraph g(data);
    ReachMap map;
    for (const Id &category : g.categories()) {
        const graph::Reach r = g.reach(category);
        QSet<QString> &countries = map[category];
        for (auto it = r.countries.cbegin(); it != r.countries.cend(); ++it) {
            if (!it.key().isEmpty())
                countries.insert(it.key());
        }
    }
    return map;
}

// Per category (in name order), the countries of `more` that `less` does not have.
QList<CategoryReach> gained(const ProjectData &data, const ReachMap &less, const ReachMap &more)
{
    QList<CategoryReach> out;
    for (auto it = more.cbegin(); it != more.cend(); ++it) {
        QStringList countries;
        const QSet<QString> had = less.value(it.key());
        for (const QString &c : it.value()) {
            if (!had.contains(c))
                countries.append(c);
        }
        if (countries.isEmpty())
            continue;
        countries.sort();
        const DataCategory *c = data.find<DataCategory>(it.key());
        out.append(CategoryReach{it.key(), c ? c->name : idToString(it.key()), countries});
    }
    std::sort(out.begin(), out.end(), [](const CategoryReach &a, const CategoryReach &b) {
        return a.name == b.name ? a.category < b.category : a.name < b.name;
    });
    return out;
}

checks::FindingList openFindings(const ProjectData &data, const QDate &today)
{
    checks::CheckOptions options;
    options.today = today;
    checks::FindingList open;
    for (const checks::Finding &f : checks::runChecks(data, options)) {
        if (f.isOpen() && !f.noLongerApplies)
            open.append(f);
    }
    return open;
}

checks::FindingList missingFrom(const checks::FindingList &list, const checks::FindingList &other)
{
    QSet<QString> keys;
    for (const checks::Finding &f : other)
        keys.insert(f.key());
    checks::FindingList out;
    for (const checks::Finding &f : list) {
        if (!keys.contains(f.key()))
            out.append(f);
    }
    return out;
}

QJsonArray reachArray(const QList<CategoryReach> &list)
{
    QJsonArray a;
    for (const CategoryReach &r : list)
        a.append(QJsonObject{{QStringLiteral("category"), r.name},
                             {QStringLiteral("countries"), QJsonArray::fromStringList(r.countries)}});
    return a;
}

QJsonArray findingArray(const checks::FindingList &list)
{
    QJsonArray a;
    for (const checks::Finding &f : list)
        a.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                             {QStringLiteral("entity"), f.entityName},
                             {QStringLiteral("message"), f.message}});
    return a;
}

QString countryList(const QStringList &codes)
{
    QStringList names;
    for (const QString &c : codes)
        names.append(c == u"EU" ? Tr::tr("the EU") : Reference::instance().countryName(c));
    return names.join(QStringLiteral(", "));
}

} // namespace

ListImpact impactOf(const ProjectData &before, const ProjectData &after, const QDate &today)
{
    ListImpact impact;
    const ReachMap reachBefore = reachOf(before);
    const ReachMap reachAfter = reachOf(after);
    impact.newReach = gained(after, reachBefore, reachAfter);
    impact.lostReach = gained(before, reachAfter, reachBefore);
    const checks::FindingList findingsBefore = openFindings(before, today);
    const checks::FindingList findingsAfter = openFindings(after, today);
    impact.findingsAppear = missingFrom(findingsAfter, findingsBefore);
    impact.findingsGo = missingFrom(findingsBefore, findingsAfter);
    return impact;
}

QJsonObject impactJson(const ListImpact &impact)
{
    return QJsonObject{{QStringLiteral("newReach"), reachArray(impact.newReach)},
                       {QStringLiteral("lostReach"), reachArray(impact.lostReach)},
                       {QStringLiteral("findingsAppear"), findingArray(impact.findingsAppear)},
                       {QStringLiteral("findingsGo"), findingArray(impact.findingsGo)}};
}

QString impactText(const ListImpact &impact)
{
    QString out;
    if (impact.isEmpty())
        return Tr::tr("What it does to the map: nothing changes.\n");
    for (const CategoryReach &r : impact.newReach)
        out += Tr::tr("“%1” can now reach: %2\n").arg(r.name, countryList(r.countries));
    for (const CategoryReach &r : impact.lostReach)
        out += Tr::tr("“%1” no longer reaches: %2\n").arg(r.name, countryList(r.countries));
    for (const checks::Finding &f : impact.findingsAppear)
        out += Tr::tr("New finding %1: %2\n").arg(f.ruleId, f.message);
    for (const checks::Finding &f : impact.findingsGo)
        out += Tr::tr("Finding resolved %1: %2\n").arg(f.ruleId, f.message);
    return out;
}

} // namespace ropa::subprocessors
