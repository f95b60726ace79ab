// ropa-compare-bench: the diff and the three-way merge of two large projects (10,000 activities
// and 10,000 transfers each, a few hundred changes on each side). Prints the times; see
// docs/performance.md, "Compare and merge".
//
//   ./build/tests/compare/ropa-compare-bench [--activities N] [--runs N]

#include "compare/diff.h"
#include "compare/merge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace ropa;

namespace {

Id idFor(int kind, int n)
{
    return QUuid::fromString(
        QStringLiteral("%1-0000-4000-8000-%2").arg(kind, 8, 10, QLatin1Char('0')).arg(n, 12, 10, QLatin1Char('0')));
}

ProjectData generate(int activities)
{
    ProjectData d;
    d.info.name = QStringLiteral("Large");
    Party own;
    own.id = idFor(1, 0);
    own.name = QStringLiteral("Own organisation");
    own.own = true;
    own.country = QStringLiteral("NL");
    d.parties.emplace(own.id, own);
    for (int k = 1; k <= 200; ++k) {
        Party p;
        p.id = idFor(1, k);
        p.name = QStringLiteral("Vendor %1").arg(k);
        p.country = k % 3 ? QStringLiteral("US") : QStringLiteral("DE");
        p.locations = {p.country};
        d.parties.emplace(p.id, p);
    }
    for (int k = 0; k < 50; ++k) {
        DataCategory c;
        c.id = idFor(2, k);
        c.name = QStringLiteral("Category %1").arg(k);
        d.dataCategories.emplace(c.id, c);
    }
    for (int k = 0; k < activities; ++k) {
        Activity a;
        a.id = idFor(3, k);
        a.name = QStringLiteral("Activity %1").arg(k);
        a.organisation = own.id;
        a.purposes = {QStringLiteral("Purpose A %1").arg(k), QStringLiteral("Purpose B")};
        a.lawfulBasis = LawfulBasis::Contract;
        a.dataCategories = {idFor(2, k % 50), idFor(2, (k + 7) % 50), idFor(2, (k + 19) % 50)};
        a.retention = {RetentionRule{{idFor(2, k % 50)}, QStringLiteral("P6Y"), {}, {}, QStringLiteral("six years")}};
        a.notes = QStringLiteral("Notes of activity %1").arg(k);
        d.activities.emplace(a.id, a);
        Transfer t;
        t.id = idFor(4, k);
        t.from = own.id;
        t.to = idFor(1, 1 + k % 200);
        t.activities = {a.id};
        t.dataCategories = {idFor(2, k % 50)};
        t.countries = {QStringLiteral("US")};
        t.mechanism = Mechanism::Scc;
        t.sccModule = 2;
        d.transfers.emplace(t.id, t);
    }
    return d;
}

// Every step-th activity gets a new owner and retention, every step-th transfer another purpose.
ProjectData edit(ProjectData d, int offset, int step, const QString &who)
{
    for (auto &[id, a] : d.activities) {
        if (id.data4[7] % step == offset) {
            a.owner = who;
            a.retention[0].duration = QStringLiteral("P%1Y").arg(offset + 1);
        }
    }
    for (auto &[id, t] : d.transfers) {
        if (id.data4[7] % step == offset)
            t.purpose = who;
    }
    return d;
}

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int activities = value(QStringLiteral("--activities"), 10000);
    const int runs = std::max(1, value(QStringLiteral("--runs"), 5));
    QTextStream out(stdout);

    const ProjectData base = generate(activities);
    const ProjectData ours = edit(base, 1, 50, QStringLiteral("Consultant"));
    const ProjectData theirs = edit(base, 2, 50, QStringLiteral("Client"));

    QList<double> same, different, merged;
    qsizetype changes = 0;
    bool ok = true;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const compare::Diff d0 = compare::diff(base, base);
        same.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const compare::Diff d1 = compare::diff(base, ours);
        different.append(timer.nsecsElapsed() / 1e6);
        changes = d1.changes.size();
        timer.restart();
        const compare::MergeResult m = compare::merge(base, ours, theirs);
        merged.append(timer.nsecsElapsed() / 1e6);
        ok = ok && d0.isEmpty() && m.merged.has_value();
    }
    out << QStringLiteral("%1 activities, %2 transfers; %3 changes on one side; median of %4 runs\n")
               .arg(activities)
               .arg(base.transfers.size())
               .arg(changes)
               .arg(runs);
    out << QStringLiteral("diff, identical projects:   %1 ms\n").arg(medianMs(same), 0, 'f', 1);
    out << QStringLiteral("diff, edited copy:          %1 ms\n").arg(medianMs(different), 0, 'f', 1);
    out << QStringLiteral("three-way merge (validated): %1 ms\n").arg(medianMs(merged), 0, 'f', 1);
    if (!ok)
        out << QStringLiteral("unexpected result: the merge did not succeed\n");
    return ok ? 0 : 1;
}
