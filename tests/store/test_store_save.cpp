// Saving a .ropa file: save is atomic (a save that fails or is killed part-way leaves the
// original byte-identical), refuses a file that changed on disk, and keeps permissions.
//
// Every fixture is generated at test time with the SQLite C API, in a QTemporaryDir, from a
// file written by saveProject: nothing opaque is committed (storefixture.h).

#include "storefixture.h"

#include "common/sampleproject.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::test;

class TestStoreSave : public StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void refusesInvalidProjectOnSave()
    {
        ProjectData d = fullProject();
        d.parties.at(test::fixedId(10)).own = false;
        const QString p = path(QStringLiteral("invalid.ropa"));
        const SaveResult r = saveProject(d, p);
        QCOMPARE(r.error.code, ErrorCode::InvalidContent);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cinvalid.ropa\u201d was not saved, because Ropa could not open it again: "
                                "project, key \u201cparties\u201d: no party is marked as the project's own entity "
                                "(\u201cown\u201d: true); at least one is required (and 2 more problems). Correct this "
                                "and save again."));
        QVERIFY(filesIn(m_dirPath).isEmpty());
    }

    void refusesInvalidDateOnSave()
    {
        ProjectData d = fullProject();
        d.parties.at(test::fixedId(11)).dpaSigned = QDate(); // stated, but not a date
        const QString p = makeValid(QStringLiteral("dates.ropa"));
        const QByteArray before = readBytes(p);
        SaveOptions options;
        options.force = true;
        const SaveResult r = saveProject(d, p, options);
        QCOMPARE(r.error.code, ErrorCode::WriteFailed);
        QCOMPARE(r.error.message,
                 QStringLiteral("Could not save \u201cdates.ropa\u201d: a date in the project is not a valid calendar "
                                "date between the years 1 and 9999. The file on disk was not changed."));
        QCOMPARE(readBytes(p), before);
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("dates.ropa")});
    }

    void saveFailureLeavesOriginal_data()
    {
        QTest::addColumn<int>("step");
        for (int s = 0; s < detail::SaveStepCount; ++s)
            QTest::newRow(qPrintable(detail::saveStepName(detail::SaveStep(s)))) << s;
    }

    void saveFailureLeavesOriginal()
    {
        QFETCH(int, step);
        const QString p = makeValid(QStringLiteral("keep.ropa"));
        const OpenResult opened = openProject(p);
        QVERIFY(opened.data);
        const QByteArray before = readBytes(p);

        ProjectData changed = *opened.data;
        changed.info.notes = QStringLiteral("changed");
        SaveOptions options;
        options.expected = opened.fingerprint;
        options.failBefore = [step](detail::SaveStep s) { return int(s) == step; };
        const SaveResult r = saveProject(changed, p, options);
        QCOMPARE(r.error.code, ErrorCode::WriteFailed);
        QCOMPARE(r.error.message,
                 QStringLiteral("Could not save \u201ckeep.ropa\u201d: a test made the save fail at the step "
                                "\u201c%1\u201d. The file on disk was not changed.")
                     .arg(detail::saveStepName(detail::SaveStep(step))));
        QCOMPARE(readBytes(p), before);
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("keep.ropa")});

        // Without the failure, the same save goes through.
        options.failBefore = nullptr;
        const SaveResult ok = saveProject(changed, p, options);
        QVERIFY2(!ok.error, qPrintable(ok.error.message));
        QCOMPARE(openProject(p).data->info.notes, QStringLiteral("changed"));
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("keep.ropa")});
    }

    // Failures are injected through SaveOptions only: the program reads no environment
    // variable that could make a save fail (an earlier test seam, ROPA_STORE_FAIL_AT).
    void saveIgnoresTheEnvironment()
    {
        const QString p = makeValid(QStringLiteral("env.ropa"));
        const OpenResult opened = openProject(p);
        ProjectData changed = *opened.data;
        changed.info.notes = QStringLiteral("changed");
        qputenv("ROPA_STORE_FAIL_AT", "commit");
        SaveOptions options;
        options.expected = opened.fingerprint;
        const SaveResult r = saveProject(changed, p, options);
        qunsetenv("ROPA_STORE_FAIL_AT");
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(openProject(p).data->info.notes, QStringLiteral("changed"));
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("env.ropa")});
    }

    void saveIntoReadOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: a read-only folder is writable anyway");
        const QString p = makeValid(QStringLiteral("ro.ropa"));
        const OpenResult opened = openProject(p);
        const QByteArray before = readBytes(p);
        QVERIFY(QFile::setPermissions(m_dirPath, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        SaveOptions options;
        options.expected = opened.fingerprint;
        const SaveResult r = saveProject(*opened.data, p, options);
        QFile::setPermissions(m_dirPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.error.code, ErrorCode::WriteFailed);
        QCOMPARE(r.error.message,
                 QStringLiteral("Could not save \u201cro.ropa\u201d: Ropa cannot write in the folder \u201c%1\u201d "
                                "(Permission denied). The file on disk was not changed.")
                     .arg(m_dirPath));
        QCOMPARE(readBytes(p), before);
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("ro.ropa")});
    }

    void saveIntoMissingFolder()
    {
        // The "folder" is a file: creating the temporary file fails, as in a read-only folder.
        QVERIFY(writeBytes(path(QStringLiteral("plain")), "x"));
        const QString p = path(QStringLiteral("plain/x.ropa"));
        const SaveResult r = saveProject(fullProject(), p);
        QCOMPARE(r.error.code, ErrorCode::WriteFailed);
        QCOMPARE(r.error.message,
                 QStringLiteral("Could not save \u201cx.ropa\u201d: Ropa cannot write in the folder \u201c%1\u201d "
                                "(Not a directory). The file on disk was not changed.")
                     .arg(path(QStringLiteral("plain"))));
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("plain")});
    }

    void saveRefusesFileChangedOnDisk()
    {
        const QString p = makeValid(QStringLiteral("shared.ropa"));
        const OpenResult mine = openProject(p);
        QVERIFY(mine.data);

        // Somebody else saves their version in the meantime.
        ProjectData theirs = *mine.data;
        theirs.info.notes = QStringLiteral("their change");
        SaveOptions theirOptions;
        theirOptions.expected = mine.fingerprint;
        QVERIFY(!saveProject(theirs, p, theirOptions).error);
        const QByteArray theirBytes = readBytes(p);

        ProjectData edited = *mine.data;
        edited.info.notes = QStringLiteral("my change");
        SaveOptions options;
        options.expected = mine.fingerprint;
        const SaveResult r = saveProject(edited, p, options);
        QCOMPARE(r.error.code, ErrorCode::ChangedOnDisk);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cshared.ropa\u201d was changed by someone else since it was opened. Ropa did not "
                                "overwrite it: save under another name, or open it again to see the other changes."));
        QCOMPARE(readBytes(p), theirBytes);
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("shared.ropa")});

        // A new project must not silently replace an existing file either.
        const SaveResult fresh = saveProject(edited, p);
        QCOMPARE(fresh.error.code, ErrorCode::ChangedOnDisk);
        QCOMPARE(fresh.error.message,
                 QStringLiteral("\u201cshared.ropa\u201d already exists. Ropa did not overwrite it: choose another "
                                "name, or confirm that it may be replaced."));
        QCOMPARE(readBytes(p), theirBytes);

        // Forced, it does.
        options.force = true;
        const SaveResult forced = saveProject(edited, p, options);
        QVERIFY(!forced.error);
        QCOMPARE(openProject(p).data->info.notes, QStringLiteral("my change"));
        QCOMPARE(forced.fingerprint, fingerprintOf(p));
    }

    // The fingerprint looks at stat() first and hashes only when it changed: a file touched
    // (new times) but with the same content is not a change; the same size and a new content
    // written in place is one.
    void saveComparesContentWhenTimesChange()
    {
        const QString p = makeValid(QStringLiteral("touched.ropa"));
        const OpenResult mine = openProject(p);
        QVERIFY(mine.data);
        QCOMPARE(mine.fingerprint, fingerprintOf(p));

        const struct timespec times[2] = {{1000000000, 123}, {1000000000, 456}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(p).constData(), times, 0), 0);
        QVERIFY(!(fingerprintOf(p) == mine.fingerprint));
        SaveOptions options;
        options.expected = mine.fingerprint;
        const SaveResult saved = saveProject(*mine.data, p, options);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QCOMPARE(saved.fingerprint, fingerprintOf(p));

        // Same size, one byte different, written in place (same inode), times put back.
        struct stat before
        {
        };
        QCOMPARE(::stat(QFile::encodeName(p).constData(), &before), 0);
        QByteArray bytes = readBytes(p);
        bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 1);
        {
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.write(bytes) == bytes.size());
        }
        const struct timespec back[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(p).constData(), back, 0), 0);
        options.expected = saved.fingerprint;
        const SaveResult refused = saveProject(*mine.data, p, options);
        QCOMPARE(refused.error.code, ErrorCode::ChangedOnDisk); // the status-change time moved
        QCOMPARE(readBytes(p), bytes);
    }

    void saveKeepsPermissions()
    {
        const QString p = makeValid(QStringLiteral("private.ropa"));
        QVERIFY(::chmod(QFile::encodeName(p).constData(), 0640) == 0);
        const OpenResult opened = openProject(p);
        SaveOptions options;
        options.expected = opened.fingerprint;
        QVERIFY(!saveProject(*opened.data, p, options).error);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(p).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);
    }

    // The same project gives the same bytes, saved to a new file or over an existing one.
    void savesGiveTheSameBytes()
    {
        const QString first = makeValid(QStringLiteral("first.ropa"));
        const QString second = makeValid(QStringLiteral("second.ropa"));
        QCOMPARE(readBytes(second), readBytes(first));
        QVERIFY(readBytes(first).size() > 4096);

        const OpenResult opened = openProject(second);
        QVERIFY2(opened.data, qPrintable(opened.error.message));
        QVERIFY(*opened.data == fullProject());
        SaveOptions options;
        options.expected = opened.fingerprint;
        const SaveResult saved = saveProject(*opened.data, second, options);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QCOMPARE(readBytes(second), readBytes(first));
        QCOMPARE(saved.fingerprint.digest, fingerprintOf(second).digest);
        QCOMPARE(filesIn(m_dirPath), QStringList({QStringLiteral("first.ropa"), QStringLiteral("second.ropa")}));
    }

    // A write that fails part-way (here: the file may not grow past 12 KiB, as on a full disk)
    // leaves the original byte-identical and no temporary file.
    void saveFailsWhenTheFileCannotGrow()
    {
        const QString p = makeValid(QStringLiteral("limited.ropa"));
        const QByteArray before = readBytes(p);
        constexpr rlim_t Limit = 12288;
        QVERIFY(before.size() > qsizetype(Limit) + 4096);
        const OpenResult opened = openProject(p);
        QVERIFY(opened.data);
        ProjectData changed = *opened.data;
        changed.info.notes = QStringLiteral("changed");
        SaveOptions options;
        options.expected = opened.fingerprint;

        struct sigaction ignore
        {
        }, previous{};
        ignore.sa_handler = SIG_IGN;
        QCOMPARE(::sigaction(SIGXFSZ, &ignore, &previous), 0);
        rlimit oldLimit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &oldLimit), 0);
        rlimit limit = oldLimit;
        limit.rlim_cur = Limit;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        const SaveResult r = saveProject(changed, p, options);
        ::setrlimit(RLIMIT_FSIZE, &oldLimit);
        ::sigaction(SIGXFSZ, &previous, nullptr);

        QCOMPARE(r.error.code, ErrorCode::WriteFailed);
        QCOMPARE(r.error.message,
                 QStringLiteral("Could not save \u201climited.ropa\u201d: the new file could not be written to disk "
                                "(File too large). The file on disk was not changed."));
        QCOMPARE(readBytes(p), before);
        QCOMPARE(filesIn(m_dirPath), QStringList({QStringLiteral("limited.ropa")}));
        QVERIFY(*openProject(p).data == *opened.data);
    }

    // A save removes the temporary files that saves killed part-way left beside this project,
    // once this process holds the project's lock (then no other Ropa can be saving it), and
    // nothing else: not another project's, not a file of another name.
    void saveRemovesLeftoversOfKilledSaves()
    {
        const QString p = makeValid(QStringLiteral("crashed.ropa"));
        const QString orphan = QStringLiteral(".crashed.ropa.0123456789ab.saving");
        const QString others = QStringLiteral(".other.ropa.0123456789ab.saving");
        const QString notOurs = QStringLiteral(".crashed.ropa.mine.saving");
        for (const QString &name : {orphan, others, notOurs}) {
            QFile f(path(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("part of a project") > 0);
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        QStringList all{orphan, others, notOurs, QStringLiteral("crashed.ropa")};
        all.sort();
        const OpenResult opened = openProject(p);
        QVERIFY(opened.data);
        SaveOptions options;
        options.expected = opened.fingerprint;

        // Without the lock, the files may belong to a save still running elsewhere.
        SaveResult saved = saveProject(*opened.data, p, options);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QCOMPARE(filesIn(m_dirPath), all);

        ProjectLock lock(p);
        QVERIFY(lock.tryLock());
        options.expected = saved.fingerprint;
        saved = saveProject(*opened.data, p, options);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QStringList kept{others, notOurs, QStringLiteral("crashed.ropa"), QStringLiteral("crashed.ropa.lock")};
        kept.sort();
        QCOMPARE(filesIn(m_dirPath), kept);
    }

    void saveThroughSymlinkReplacesTarget()
    {
        const QString real = makeValid(QStringLiteral("real.ropa"));
        const QString link = path(QStringLiteral("link.ropa"));
        QVERIFY(QFile::link(real, link));
        const OpenResult opened = openProject(link);
        QVERIFY(opened.data);
        ProjectData changed = *opened.data;
        changed.info.notes = QStringLiteral("via link");
        SaveOptions options;
        options.expected = opened.fingerprint;
        QVERIFY(!saveProject(changed, link, options).error);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(openProject(real).data->info.notes, QStringLiteral("via link"));
    }
};

QTEST_GUILESS_MAIN(TestStoreSave)
#include "test_store_save.moc"
