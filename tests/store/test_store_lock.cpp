// The lock beside an open project: a second opener, in this process or another one, is
// refused and told who has the project open.

#include "common/sampleproject.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>

using namespace ropa::store;

class TestStoreLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLockSeesTheHolder()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shared.ropa"));
        ProjectLock first(project);
        QVERIFY(first.tryLock());
        QVERIFY(first.isLocked());
        QCOMPARE(first.lockFilePath(), project + QStringLiteral(".lock"));
        QVERIFY(QFileInfo::exists(first.lockFilePath()));

        ProjectLock second(project);
        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        QCOMPARE(second.error(), QLockFile::LockFailedError);
        const LockHolder holder = second.holder();
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        QCOMPARE(holder.host, QSysInfo::machineHostName());
        QCOMPARE(holder.user, QFileInfo(first.lockFilePath()).owner());
        QVERIFY(!holder.user.isEmpty());
        QVERIFY(holder.since.isValid());
        QVERIFY(qAbs(holder.since.secsTo(QDateTime::currentDateTime())) < 60);
        const QString text = holder.describe();
        QVERIFY2(text.startsWith(holder.user + QStringLiteral(" on ") + holder.host + QStringLiteral(" since ")),
                 qPrintable(text));

        first.unlock();
        QVERIFY(!QFileInfo::exists(first.lockFilePath()));
        QVERIFY(second.tryLock());
        QVERIFY(!first.tryLock());
    }

    void lockIsReleasedOnDestruction()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ropa"));
        {
            ProjectLock lock(project);
            QVERIFY(lock.tryLock());
        }
        ProjectLock again(project);
        QVERIFY(again.tryLock());
    }

    void describeWithoutHost()
    {
        LockHolder h;
        h.user = QStringLiteral("anna");
        QCOMPARE(h.describe(), QStringLiteral("anna"));
        QCOMPARE(LockHolder{}.describe(), QStringLiteral("Someone"));
    }

    void secondProcessSeesTheLock()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shared.ropa"));
        QProcess helper;
        helper.start(QStringLiteral(ROPA_LOCK_HELPER), {project});
        QVERIFY(helper.waitForStarted());
        QVERIFY(helper.waitForReadyRead(10000));
        QCOMPARE(helper.readLine().trimmed(), QByteArray("locked"));

        ProjectLock mine(project);
        QVERIFY(!mine.tryLock());
        const LockHolder holder = mine.holder();
        QCOMPARE(holder.pid, helper.processId());
        QCOMPARE(holder.host, QSysInfo::machineHostName());

        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitCode(), 0);
        QVERIFY(mine.tryLock());

        // And the other way round: the helper is refused while we hold it.
        QProcess second;
        second.start(QStringLiteral(ROPA_LOCK_HELPER), {project});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.readAllStandardOutput().trimmed(), QByteArray("busy"));
        QCOMPARE(second.exitCode(), 1);
    }

    void lockLeftByDeadProcessIsTaken()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("crashed.ropa"));
        QProcess helper;
        helper.start(QStringLiteral(ROPA_LOCK_HELPER), {project});
        QVERIFY(helper.waitForStarted());
        QVERIFY(helper.waitForReadyRead(10000));
        const qint64 helperPid = helper.processId();
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(project + QStringLiteral(".lock")));

        // What a save of the dead process left: its temporary file.
        const QString leftover = dir.filePath(QStringLiteral(".crashed.ropa.0123456789ab.saving"));
        {
            QFile f(leftover);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("part of a project") > 0);
            QVERIFY(f.flush()); // else the buffered bytes, written at close, make it new again
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }

        ProjectLock mine(project);
        QTest::ignoreMessage(
            QtInfoMsg,
            QRegularExpression(QStringLiteral("^Took over the lock .*crashed\\.ropa\\.lock left by process %1 on .*, "
                                              "which is gone\\.$")
                                   .arg(helperPid)));
        QVERIFY(mine.tryLock());

        // The next save removes it.
        QVERIFY(QFileInfo::exists(leftover));
        const SaveResult saved = saveProject(ropa::test::sampleProject(), project);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QVERIFY(!QFileInfo::exists(leftover));
    }

    // A save killed just before its rename (the new file complete beside the project) leaves
    // the project as it was and a temporary file; the next save, by whoever takes the lock
    // over, leaves no such file behind.
    void killedSaveLeavesNothingAfterTheNextSave()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("killed.ropa"));
        const ropa::ProjectData before = ropa::test::sampleProject();
        QVERIFY(!saveProject(before, project).error);

        QProcess helper;
        helper.start(QStringLiteral(ROPA_LOCK_HELPER), {project, QStringLiteral("save")});
        QVERIFY(helper.waitForStarted());
        QByteArray said;
        while (!said.contains("saving") && helper.waitForReadyRead(10000))
            said += helper.readAllStandardOutput();
        QVERIFY2(said.contains("saving"), said.constData());
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));

        auto leftovers = [&] {
            return QDir(dir.path()).entryList({QStringLiteral(".killed.ropa.*.saving")}, QDir::Files | QDir::Hidden);
        };
        QCOMPARE(leftovers().size(), 1);
        const OpenResult old = openProject(project);
        QVERIFY2(old.data, qPrintable(old.error.message));
        QVERIFY(*old.data == before);

        ProjectLock mine(project);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^Took over the lock ")));
        QVERIFY(mine.tryLock());
        ropa::ProjectData mineData = before;
        mineData.info.notes = QStringLiteral("after the crash");
        SaveOptions options;
        options.expected = old.fingerprint;
        const SaveResult saved = saveProject(mineData, project, options);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QCOMPARE(leftovers(), QStringList());
        QCOMPARE(openProject(project).data->info.notes, QStringLiteral("after the crash"));
    }

    // Saves killed at random moments (issue #17): the file is always the old or the new
    // project, never damaged, and the next save by whoever takes the lock over leaves no
    // temporary file. ROPA_KILLED_SAVES sets the count (20 by default; 300 for the figures in
    // docs/reliability.md).
    void savesKilledAtRandomMoments()
    {
        const int count =
            qEnvironmentVariableIsSet("ROPA_KILLED_SAVES") ? qEnvironmentVariableIntValue("ROPA_KILLED_SAVES") : 20;
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("killed.ropa"));
        ropa::ProjectData data = ropa::test::sampleProject();
        data.info.notes = QStringLiteral("first");
        QVERIFY(!saveProject(data, project).error);
        auto leftovers = [&] {
            return QDir(dir.path()).entryList({QStringLiteral(".killed.ropa.*.saving")}, QDir::Files | QDir::Hidden);
        };
        std::mt19937 rng(17);
        int leftoversSeen = 0;
        for (int k = 0; k < count; ++k) {
            QProcess helper;
            helper.start(QStringLiteral(ROPA_LOCK_HELPER), {project, QStringLiteral("saveloop")});
            QVERIFY(helper.waitForStarted());
            QByteArray said;
            while (!said.contains("locked") && helper.waitForReadyRead(10000))
                said += helper.readAllStandardOutput();
            QVERIFY2(said.contains("locked"), said.constData());
            QThread::msleep(rng() % 400);
            helper.kill();
            QVERIFY(helper.waitForFinished(10000));
            leftoversSeen += int(leftovers().size());

            const OpenResult r = openProject(project);
            QVERIFY2(r.data, qPrintable(r.error.message));
            QVERIFY2(!r.damaged, qPrintable(r.damage));
            QVERIFY(r.data->info.notes == u"first" || r.data->info.notes == u"second");

            ProjectLock mine(project);
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^Took over the lock ")));
            QVERIFY(mine.tryLock());
            data.info.notes = QStringLiteral("first");
            SaveOptions options;
            options.expected = r.fingerprint;
            const SaveResult saved = saveProject(data, project, options);
            QVERIFY2(!saved.error, qPrintable(saved.error.message));
            QCOMPARE(leftovers(), QStringList());
        }
        qInfo("%d saves killed, %d temporary files left by them, none after the next save", count, leftoversSeen);
    }
};

QTEST_GUILESS_MAIN(TestStoreLock)
#include "test_store_lock.moc"
