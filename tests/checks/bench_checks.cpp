// Prints how long the compliance checks take on a generated project of 10,000 activities and
// 50,000 transfers (docs/findings.md records the figure). Not a test: run it by hand.

#include "checks/checker.h"
#include "checks/onward.h"
#include "domain/projectdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <random>

using namespace ropa;

namespace {

Id makeId(std::mt19937_64 &rng)
{
    QUuid id = QUuid::createUuid();
    id.data1 = static_cast<uint>(rng());
    return id;
}

ProjectData generate(int activities, int transfers, int parties, int categories, bool mostlyValid)
{
    std::mt19937_64 rng(42);
    ProjectData d;
    const QStringList countries{QStringLiteral("NL"), QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("IN"),
                                QStringLiteral("JP"), QStringLiteral("GB"), QStringLiteral("BR"), QStringLiteral("CN")};
    const QList<Mechanism> mechanisms{Mechanism::Eea,  Mechanism::Adequacy,   Mechanism::Dpf,          Mechanism::Scc,
                                      Mechanism::None, Mechanism::Derogation, Mechanism::PrivacyShield};
    QList<Id> partyIds, categoryIds, subjectIds;
    for (int i = 0; i < parties; ++i) {
        Party p;
        p.id = makeId(rng);
        p.name = QStringLiteral("Party %1").arg(i);
        p.own = i < 3;
        p.country = countries[static_cast<qsizetype>(rng() % countries.size())];
        if (rng() % 2)
            p.dpaSigned = QDate(2024, 1, 1);
        p.dpfCertified = rng() % 2;
        p.named = rng() % 5 != 0;
        d.parties.emplace(p.id, p);
        partyIds.append(p.id);
    }
    for (int i = 0; i < categories; ++i) {
        DataCategory c;
        c.id = makeId(rng);
        c.name = QStringLiteral("Category %1").arg(i);
        if (i > 10 && rng() % 3 == 0)
            c.parent = categoryIds[static_cast<qsizetype>(rng() % 10)];
        if (rng() % 10 == 0)
            c.special = SpecialCategory::Health;
        d.dataCategories.emplace(c.id, c);
        categoryIds.append(c.id);
    }
    for (int i = 0; i < 50; ++i) {
        DataSubject s{makeId(rng), QStringLiteral("Subjects %1").arg(i), {}, {}};
        d.dataSubjects.emplace(s.id, s);
        subjectIds.append(s.id);
    }
    QList<Id> activityIds;
    for (int i = 0; i < activities; ++i) {
        Activity a;
        a.id = makeId(rng);
        a.name = QStringLiteral("Activity %1").arg(i);
        a.organisation = partyIds[static_cast<qsizetype>(rng() % 3)];
        a.purposes = {QStringLiteral("Purpose %1").arg(rng() % 2000)};
        a.lawfulBasis = static_cast<LawfulBasis>(rng() % 6);
        a.dataSubjects = {subjectIds[static_cast<qsizetype>(rng() % subjectIds.size())]};
        for (int k = 0; k < 4; ++k)
            a.dataCategories.append(categoryIds[static_cast<qsizetype>(rng() % categoryIds.size())]);
        a.retention = {RetentionRule{{a.dataCategories.first()}, QStringLiteral("P2Y"), {}, {}, {}}};
        a.lastReviewed = QDate(2024, 1, 1);
        d.activities.emplace(a.id, a);
        activityIds.append(a.id);
    }
    for (int i = 0; i < transfers; ++i) {
        Transfer t;
        t.id = makeId(rng);
        // Mostly outward from the own parties, some onward between vendors.
        t.from = partyIds[static_cast<qsizetype>(i % 4 == 0 ? rng() % parties : rng() % 3)];
        t.to = partyIds[static_cast<qsizetype>(3 + rng() % (parties - 3))];
        t.role = rng() % 4 ? Role::Processor : Role::Controller;
        t.activities = {activityIds[static_cast<qsizetype>(rng() % activityIds.size())]};
        for (int k = 0; k < 3; ++k)
            t.dataCategories.append(categoryIds[static_cast<qsizetype>(rng() % categoryIds.size())]);
        t.countries = {countries[static_cast<qsizetype>(rng() % countries.size())]};
        t.mechanism = mechanisms[static_cast<qsizetype>(rng() % mechanisms.size())];
        if (mostlyValid && rng() % 100 != 0) {
            // A kept inventory: SCCs with a TIA wherever a mechanism is needed; 1 % gaps.
            t.mechanism = Mechanism::Scc;
            t.tiaDone = QDate(2024, 1, 1);
        }
        d.transfers.emplace(t.id, t);
    }
    return d;
}

void measure(QTextStream &out, bool mostlyValid)
{
    QElapsedTimer timer;
    timer.start();
    const ProjectData d = generate(10000, 50000, 2000, 500, mostlyValid);
    out << "generated 10000 activities, 50000 transfers, 2000 parties, 500 categories in " << timer.elapsed()
        << " ms\n";
    std::clock_t cpu = std::clock();
    timer.restart();
    const auto chains = checks::weakOnwardChains(d);
    out << "onward analysis alone (model/graph): " << chains.size() << " weak chains in " << timer.elapsed()
        << " ms (wall), " << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << " ms (CPU)\n";
    timer.restart();
    const auto gaps = checks::subprocessorsWithoutDpa(d);
    out << "subprocessor chains alone: " << gaps.size() << " gaps in " << timer.elapsed() << " ms\n";
    for (int run = 0; run < 3; ++run) {
        const std::clock_t runCpu = std::clock();
        timer.restart();
        const checks::FindingList findings = checks::runChecks(d, {QDate(2025, 6, 1)});
        out << "run " << run + 1 << ": " << findings.size() << " findings in " << timer.elapsed() << " ms (wall), "
            << (std::clock() - runCpu) * 1000 / CLOCKS_PER_SEC << " ms (CPU)\n";
        out.flush();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    for (const bool mostlyValid : {false, true}) {
        out << (mostlyValid ? "\n== mostly valid mechanisms (1 % gaps) ==\n" : "== random mechanisms ==\n");
        measure(out, mostlyValid);
    }
    return 0;
}
