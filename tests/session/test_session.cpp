// ProjectSession: the one owner of an open project. Reading is all or nothing, a locked file
// says who has it, a save runs on the worker while the caller's event loop keeps turning, a
// project edited during its save stays modified, Save as takes the new file's lock, and a
// file changed on disk is not overwritten.
#include "commands/edits.h"
#include "common/sampleproject.h"
#include "session/projectsession.h"
#include "store/projectlock.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ropa;

namespace {

// A project large enough that writing it takes a while (a few hundred milliseconds).
ProjectData largeProject(int activities)
{
    ProjectData d = test::sampleProject();
    const Id own = [&] {
        for (const auto &[id, p] : d.parties) {
            if (p.own)
                return id;
        }
        return Id();
    }();
    for (int i = 0; i < activities; ++i) {
        Activity a;
        a.id = QUuid::createUuid();
        a.organisation = own;
        a.name = QStringLiteral("Activity %1").arg(i);
        a.notes = QString(400, u'x');
        d.activities.emplace(a.id, a);
    }
    return d;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndAdopts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ropa"));
        ProjectSession writer;
        writer.adoptNew(test::sampleProject());
        QVERIFY(writer.save(path));
        QCOMPARE(writer.filePath(), path);
        QVERIFY(!writer.project()->isModified());
        writer.close();

        ProjectSession session;
        QSignalSpy changed(&session, &ProjectSession::projectChanged);
        LoadedProject loaded = ProjectSession::read(path);
        QVERIFY2(loaded, qPrintable(loaded.error.message));
        QVERIFY(!session.hasProject()); // reading leaves the session alone
        session.adopt(std::move(loaded));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.project()->data(), test::sampleProject());
        QCOMPARE(session.filePath(), path);
        QCOMPARE(session.sourcePath(), path);
        QVERIFY(!session.isReadOnly());
        QCOMPARE(session.displayName(), QStringLiteral("p.ropa"));
    }

    void aBrokenFileLeavesTheOpenProject()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.ropa"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3\0garbage", 23);
        f.close();
        ProjectSession session;
        session.adoptNew(test::sampleProject());
        const LoadedProject loaded = ProjectSession::read(bad);
        QVERIFY(!loaded);
        QVERIFY(!loaded.error.message.isEmpty());
        QVERIFY(!loaded.lock); // the lock of a file that did not read is let go
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".~lock.bad.ropa#"))) || store::ProjectLock(bad).tryLock());
        QCOMPARE(session.project()->data(), test::sampleProject());
    }

    void aLockedFileSaysWhoHasIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ropa"));
        ProjectSession first;
        first.adoptNew(test::sampleProject());
        QVERIFY(first.save(path));
        // `first` holds the lock now.
        const LoadedProject locked = ProjectSession::read(path, OpenMode::Edit);
        QCOMPARE(locked.error.code, store::ErrorCode::Locked);
        QVERIFY(!locked.lockHolder.isEmpty());
        const LoadedProject readOnly = ProjectSession::read(path, OpenMode::ReadOnly);
        QVERIFY(readOnly);
        QVERIFY(readOnly.readOnly);
        ProjectSession second;
        second.adopt(ProjectSession::read(path, OpenMode::Copy));
        QVERIFY(second.filePath().isEmpty()); // a copy is saved under a new name
        QCOMPARE(second.project()->info().name, QStringLiteral("Copy of %1").arg(test::sampleProject().info.name));
    }

    void saveRunsOnTheWorker()
    {
        QTemporaryDir dir;
        ProjectSession session;
        session.adoptNew(largeProject(3000));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(1);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(session.save(dir.filePath(QStringLiteral("big.ropa"))));
        const qint64 ms = clock.elapsed();
        // The caller's event loop kept turning while the file was written.
        QVERIFY2(ticks >= 3 || ms < 10, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ms)));
        QVERIFY(!session.isSaving());
    }

    void editsDuringASaveKeepTheProjectModified()
    {
        QTemporaryDir dir;
        ProjectSession session;
        session.adoptNew(largeProject(1000));
        Project *project = session.project();
        QSignalSpy finished(&session, &ProjectSession::saveFinished);
        session.startSave(dir.filePath(QStringLiteral("p.ropa")));
        QVERIFY(session.isSaving());
        ProjectInfo info = project->info();
        info.name = QStringLiteral("Renamed while saving");
        QVERIFY(edit::setInfo(*project, info));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(0).at(0).value<SaveOutcome>());
        QVERIFY(project->isModified()); // the rename is not in the file
        QVERIFY(session.save(session.filePath()));
        QVERIFY(!project->isModified());
    }

    void saveAsTakesTheNewFilesLock()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.ropa"));
        const QString b = dir.filePath(QStringLiteral("b.ropa"));
        ProjectSession session;
        session.adoptNew(test::sampleProject());
        QVERIFY(session.save(a));
        QVERIFY(session.save(b));
        QCOMPARE(session.filePath(), b);
        QVERIFY(store::ProjectLock(a).tryLock()); // the old file is free again
        QCOMPARE(ProjectSession::read(b).error.code, store::ErrorCode::Locked);
        // A file someone else holds is not written.
        ProjectSession other;
        other.adoptNew(test::sampleProject());
        const SaveOutcome refused = other.save(b);
        QCOMPARE(refused.error.code, store::ErrorCode::Locked);
    }

    void aFileChangedOnDiskIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ropa"));
        ProjectSession session;
        session.adoptNew(test::sampleProject());
        QVERIFY(session.save(path));
        // Someone replaces the file behind our back (another program, a sync client).
        ProjectData theirs = test::sampleProject();
        theirs.info.name = QStringLiteral("Theirs");
        store::SaveOptions overwrite;
        overwrite.force = true;
        QVERIFY(!store::saveProject(theirs, path, overwrite).error);
        ProjectInfo info = session.project()->info();
        info.name = QStringLiteral("Ours");
        QVERIFY(edit::setInfo(*session.project(), info));
        const SaveOutcome refused = session.save(path);
        QCOMPARE(refused.error.code, store::ErrorCode::ChangedOnDisk);
        QVERIFY(session.project()->isModified());
        QVERIFY(session.save(path, SaveMode::Overwrite));
        const LoadedProject back = ProjectSession::read(path, OpenMode::ReadOnly);
        QCOMPARE(back.data->info.name, QStringLiteral("Ours"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
