#include "dashboardstats.h"

#include "checks/checker.h"
#include "checks/onward.h"
#include "graph/transfergraph.h"
#include "reference/reference.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace ropa::checks {

namespace {

// The context lupdate gives these texts: it reads a free function tr() in namespace
// ropa::checks as that namespace's (with "ropa::checks::Dashboard" here, the charts' labels were
// never found in the translation and stayed English in Dutch and German).
QString tr(const char *text)
{
    return QCoreApplication::translate("ropa::checks", text);
}

bool isAncestorOrSelf(const ProjectData &data, const Id &ancestor, Id id)
{
    for (int guard = 0; !id.isNull() && guard < 64; ++guard) {
        if (id == ancestor)
            return true;
        const DataCategory *c = data.find<DataCategory>(id);
        id = c ? c->parent : Id();
    }
    return false;
}

const RetentionRule *coveringRule(const ProjectData &data, const Activity &a, const Id &category)
{
    for (const RetentionRule &r : a.retention) {
        if (r.categories.isEmpty())
            return &r;
        for (const Id &c : r.categories) {
            if (isAncestorOrSelf(data, c, category))
                return &r;
        }
    }
    return nullptr;
}

QString retentionBucket(const RetentionRule *r)
{
    if (!r)
        return QStringLiteral("none");
    const qint64 days = approximateDays(r->duration);
    if (days < 0)
        return r->trigger.trimmed().isEmpty() ? QStringLiteral("vague") : QStringLiteral("trigger");
    if (days <= 183)
        return QStringLiteral("upto_6m");
    if (days <= 366)
        return QStringLiteral("upto_1y");
    if (days <= 3 * 366)
        return QStringLiteral("upto_3y");
    if (days <= 10 * 366)
        return QStringLiteral("upto_10y");
    return QStringLiteral("over_10y");
}

QString basisLabel(LawfulBasis b)
{
    const LegalItem *item = Reference::instance().lawfulBasis(b);
    return item ? item->titleIn(Reference::displayLanguage()) : enumToString(b);
}

// Short names: the chart's axis has little room.
QString mechanismLabel(Mechanism m)
{
    switch (m) {
    case Mechanism::Eea: return tr("Within the EEA");
    case Mechanism::Adequacy: return tr("Adequacy");
    case Mechanism::Dpf: return tr("DPF");
    case Mechanism::Scc: return tr("SCC");
    case Mechanism::Bcr: return tr("BCR");
    case Mechanism::CodeOfConduct: return tr("Code of conduct");
    case Mechanism::Certification: return tr("Certification");
    case Mechanism::Derogation: return tr("Derogation");
    case Mechanism::PrivacyShield: return tr("Privacy Shield");
    case Mechanism::SafeHarbour: return tr("Safe Harbour");
    case Mechanism::NotStated: return tr("Not stated");
    case Mechanism::None: break;
    }
    return tr("None");
}

} // namespace

QString coverageKey(Coverage c)
{
    switch (c) {
    case Coverage::Eea: return QStringLiteral("eea");
    case Coverage::Adequate: return QStringLiteral("adequate");
    case Coverage::Safeguarded: return QStringLiteral("safeguarded");
    case Coverage::Weak: break;
    }
    return QStringLiteral("weak");
}

QString coverageLabel(Coverage c)
{
    switch (c) {
    case Coverage::Eea: return tr("EEA");
    case Coverage::Adequate: return tr("Adequate");
    case Coverage::Safeguarded: return tr("Safeguarded");
    case Coverage::Weak: break;
    }
    return tr("Weak or none");
}

Coverage coverageOf(const ProjectData &data, const Transfer &transfer, const QString &country)
{
    // The same classification as the transfer graph, so the map, the graph and the chart agree.
    graph::Strength strength = graph::Strength::None;
    for (const graph::HopClass &h : graph::classifyTransfer(data, transfer)) {
        if (h.country == country) {
            strength = h.strength;
            break;
        }
    }
    switch (strength) {
    case graph::Strength::Eea: return Coverage::Eea;
    case graph::Strength::Adequate: return Coverage::Adequate;
    case graph::Strength::SafeguardedTia:
    case graph::Strength::SafeguardedNoTia: return Coverage::Safeguarded;
    case graph::Strength::Derogation:
    case graph::Strength::None:
    case graph::Strength::Invalid: break;
    }
    return Coverage::Weak;
}

DashboardStats computeDashboardStats(const ProjectData &data, const FindingList &findings, const QDate &today)
{
    DashboardStats s;
    s.findings = countFindings(findings);

    // Data categories by sensitivity.
    int ordinary = 0, art9 = 0, art10 = 0;
    for (const auto &[id, c] : data.dataCategories) {
        if (c.special)
            ++art9;
        else if (c.criminal)
            ++art10;
        else
            ++ordinary;
    }
    s.sensitivity = {{QStringLiteral("ordinary"), tr("Ordinary"), ordinary},
                     {QStringLiteral("art9"), tr("Special (Art. 9)"), art9},
                     {QStringLiteral("art10"), tr("Criminal (Art. 10)"), art10}};

    // Activities by lawful basis (controller and joint activities: a processor's basis is its
    // controller's).
    std::map<int, int> bases;
    int noBasis = 0;
    for (const auto &[id, a] : data.activities) {
        if (a.role == Role::Processor)
            continue;
        if (a.lawfulBasis)
            ++bases[static_cast<int>(*a.lawfulBasis)];
        else
            ++noBasis;
    }
    for (const auto &entry : enumNames<LawfulBasis>())
        s.lawfulBases.append(
            {QString::fromLatin1(entry.name), basisLabel(entry.value), bases[static_cast<int>(entry.value)]});
    s.lawfulBases.append({QStringLiteral("none"), tr("Not stated"), noBasis});

    // Transfers by mechanism, and destinations by coverage.
    std::map<int, int> mechanisms;
    QHash<QString, CountryCount> countries;
    for (const auto &[id, t] : data.transfers) {
        ++mechanisms[static_cast<int>(t.mechanism)];
        const QStringList destinations = transferDestinations(data, t);
        for (const QString &c : destinations) {
            CountryCount &cc = countries[c];
            if (cc.country.isEmpty()) {
                cc.country = c;
                const QString name = Reference::instance().countryName(c);
                cc.label = c == u"EU" ? tr("EU") : name.isEmpty() ? c : name;
            }
            ++cc.counts[static_cast<int>(coverageOf(data, t, c))];
        }
    }
    for (const auto &entry : enumNames<Mechanism>()) {
        const int n = mechanisms[static_cast<int>(entry.value)];
        if (n > 0)
            s.mechanisms.append({QString::fromLatin1(entry.name), mechanismLabel(entry.value), n});
    }
    s.destinations = countries.values();
    std::sort(s.destinations.begin(), s.destinations.end(), [](const CountryCount &a, const CountryCount &b) {
        return a.total() != b.total() ? a.total() > b.total() : a.country < b.country;
    });

    // Retention per (controller activity, category), and completeness.
    const QList<QPair<QString, QString>> buckets{{QStringLiteral("upto_6m"), tr("\u2264 6 months")},
                                                 {QStringLiteral("upto_1y"), tr("\u2264 1 year")},
                                                 {QStringLiteral("upto_3y"), tr("\u2264 3 years")},
                                                 {QStringLiteral("upto_10y"), tr("\u2264 10 years")},
                                                 {QStringLiteral("over_10y"), tr("> 10 years")},
                                                 {QStringLiteral("trigger"), tr("Event only")},
                                                 {QStringLiteral("vague"), tr("Vague")},
                                                 {QStringLiteral("none"), tr("Not stated")}};
    QHash<QString, int> bucketCounts;
    QSet<Id> withRecipients;
    for (const auto &[id, t] : data.transfers) {
        for (const Id &a : t.activities)
            withRecipients.insert(a);
    }
    // Sources last: not an Art. 30(1) item, but what the ICO's template and Art. 14 ask, and
    // what the record counts as missing (docs/records.md).
    enum Item {
        Purpose,
        Basis,
        Subjects,
        Categories,
        Recipients,
        Retention,
        Security,
        Dpia,
        Reviewed,
        Sources,
        ItemCount
    };
    const QStringList keys{QStringLiteral("purpose"),           QStringLiteral("lawful_basis"),
                           QStringLiteral("data_subjects"),     QStringLiteral("data_categories"),
                           QStringLiteral("recipients"),        QStringLiteral("retention"),
                           QStringLiteral("security_measures"), QStringLiteral("dpia"),
                           QStringLiteral("reviewed"),          QStringLiteral("sources")};
    const QStringList labels{
        tr("Purpose (b)"),           tr("Lawful basis"),  tr("Data subjects (c)"),     tr("Data categories (c)"),
        tr("Recipients (d)"),        tr("Retention (f)"), tr("Security measures (g)"), tr("DPIA assessed"),
        tr("Reviewed in 12 months"), tr("Sources")};
    int complete[ItemCount] = {};
    int total = 0;
    const QDate reviewLimit = today.addMonths(-12);
    for (const auto &[id, a] : data.activities) {
        if (a.role == Role::Processor)
            continue;
        ++total;
        bool allRetained = true;
        for (const Id &c : a.dataCategories) {
            const RetentionRule *r = coveringRule(data, a, c);
            ++bucketCounts[retentionBucket(r)];
            allRetained = allRetained && r;
        }
        complete[Purpose] += std::any_of(a.purposes.cbegin(), a.purposes.cend(),
                                         [](const QString &p) { return !p.trimmed().isEmpty(); });
        complete[Basis] += a.lawfulBasis.has_value();
        complete[Subjects] += !a.dataSubjects.isEmpty();
        complete[Categories] += !a.dataCategories.isEmpty();
        complete[Recipients] += withRecipients.contains(a.id);
        complete[Retention] += !a.dataCategories.isEmpty() && allRetained;
        complete[Security] += !a.securityMeasures.isEmpty();
        complete[Dpia] += a.dpia.required.has_value() || dpiaPerformed(a.dpia).has_value();
        complete[Reviewed] += a.lastReviewed && *a.lastReviewed >= reviewLimit;
        complete[Sources] += !a.sources.isEmpty();
    }
    for (const auto &[key, label] : buckets)
        s.retention.append({key, label, bucketCounts.value(key)});
    for (int i = 0; i < ItemCount; ++i)
        s.completeness.append({keys[i], labels[i], complete[i], total});
    // Open objection periods of vendors' subprocessor changes, soonest first.
    for (const auto &[id, p] : data.parties) {
        const std::optional<QDate> deadline = objectionDeadline(p);
        if (deadline && *deadline >= today)
            s.deadlines.append({id, p.name, *deadline});
    }
    std::sort(s.deadlines.begin(), s.deadlines.end(), [](const VendorDeadline &a, const VendorDeadline &b) {
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.name < b.name;
    });
    return s;
}

} // namespace ropa::checks
