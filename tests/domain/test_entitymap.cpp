// EntityMap shares its entities between copies until one is changed (copy on write), so a
// snapshot of a large project for a save or a check costs no copy on the window's thread, and
// an edit after it never shows in the snapshot.

#include "commands/edits.h"
#include "domain/project.h"
#include "domain/projectdata.h"

#include <QtTest>

#include <thread>

using namespace ropa;

namespace {

Activity activityNamed(const QString &name)
{
    Activity a;
    a.id = QUuid::createUuid();
    a.name = name;
    return a;
}

} // namespace

class TestEntityMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesShareUntilChanged()
    {
        EntityMap<Activity> a;
        const Activity one = activityNamed(QStringLiteral("One"));
        a.insert_or_assign(one.id, one);
        const EntityMap<Activity> b = a;
        QCOMPARE(&a.map(), &b.map()); // shared: no entity was copied

        a[one.id].name = QStringLiteral("Changed");
        QVERIFY(&a.map() != &b.map());
        QCOMPARE(b.at(one.id).name, QStringLiteral("One"));
        QCOMPARE(a.at(one.id).name, QStringLiteral("Changed"));
    }

    void readingNeverCopies()
    {
        EntityMap<Activity> a;
        const Activity one = activityNamed(QStringLiteral("One"));
        a.insert_or_assign(one.id, one);
        const EntityMap<Activity> b = a;
        const EntityMap<Activity> &ca = a;
        QVERIFY(ca.find(one.id) != ca.end());
        QCOMPARE(ca.size(), size_t(1));
        QVERIFY(ca.contains(one.id));
        QVERIFY(a.erase(QUuid::createUuid()) == 0); // nothing to erase: still shared
        QCOMPARE(&a.map(), &b.map());
    }

    void eraseThroughAnIteratorOfTheSharedMap()
    {
        EntityMap<Activity> a;
        const Activity one = activityNamed(QStringLiteral("One"));
        const Activity two = activityNamed(QStringLiteral("Two"));
        a.insert_or_assign(one.id, one);
        a.insert_or_assign(two.id, two);
        const EntityMap<Activity> b = a;
        const EntityMap<Activity> &ca = a;
        a.erase(ca.find(one.id)); // the iterator is of the shared map
        QCOMPARE(a.size(), size_t(1));
        QVERIFY(!a.contains(one.id));
        QCOMPARE(b.size(), size_t(2));
    }

    void emptyAndMovedFromAreUsable()
    {
        EntityMap<Activity> a;
        QVERIFY(a.empty());
        QVERIFY(a.begin() == a.end());
        const Activity one = activityNamed(QStringLiteral("One"));
        a.insert_or_assign(one.id, one);
        EntityMap<Activity> b = std::move(a);
        QCOMPARE(b.size(), size_t(1));
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty, not broken
        a.insert_or_assign(one.id, one);
        QCOMPARE(a, b);
        a.clear();
        QVERIFY(a.empty());
        QCOMPARE(b.size(), size_t(1));
    }

    // What a save relies on: the snapshot shares the project's tables, and an edit made while
    // it is being written (on another thread) changes the project, never the snapshot.
    void projectSnapshotIsSharedAndStable()
    {
        Project project;
        ProjectData data;
        for (int i = 0; i < 1000; ++i) {
            const Activity a = activityNamed(QStringLiteral("Activity %1").arg(i));
            data.activities.insert_or_assign(a.id, a);
        }
        project.reset(std::move(data));
        const auto snapshot = project.snapshot();
        QCOMPARE(&snapshot->activities.map(), &project.data().activities.map());

        QString readOnWorker;
        int countOnWorker = 0;
        std::thread worker([&] {
            for (const auto &[id, a] : snapshot->activities) {
                ++countOnWorker;
                readOnWorker = a.name;
            }
        });
        Activity changed = *project.find<Activity>(project.data().activities.begin()->first);
        const QString before = changed.name;
        changed.name = QStringLiteral("Renamed while saving");
        QVERIFY(edit::change(project, changed));
        worker.join();
        QCOMPARE(countOnWorker, 1000);
        QCOMPARE(snapshot->find<Activity>(changed.id)->name, before);
        QCOMPARE(project.find<Activity>(changed.id)->name, QStringLiteral("Renamed while saving"));
    }
};

QTEST_GUILESS_MAIN(TestEntityMap)
#include "test_entitymap.moc"
