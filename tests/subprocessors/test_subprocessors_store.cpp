// Format 8 of the .ropa file (model/store/snapshotstore.*; decision 0028): a project with two
// versions of a vendor's list and the vendor's notice period saved and opened again is the
// same, its checksum holds, and a file of format 7 migrates with no list and no notice.

#include "applyproject.h"

#include "domain/project.h"
#include "store/projectstore.h"
#include "store/schema.h"
#include "subprocessors/applylist.h"
#include "subprocessors/listreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ropa;
using namespace ropa::subprocessors;
using namespace ropa::test;
using I = ropa::test::ApplyIds;

namespace {

bool exec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("%s: %s", qPrintable(sql.left(80)), message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

ProjectData withTwoVersions()
{
    Project project(applyProject());
    ApplyOptions o;
    o.vendor = I::vendor();
    o.source = QStringLiteral("callcloud-v1.csv");
    o.read = QDate(2026, 1, 5);
    applyPlan(project, planApply(project.data(), readListFile(applyFixture("callcloud-v1.csv")), o));
    o.source = QStringLiteral("https://callcloud.example/subprocessors");
    o.listUpdated = QDate(2026, 2, 1);
    o.read = QDate(2026, 2, 20);
    o.noticeReceived = QDate(2026, 2, 19);
    applyPlan(project, planApply(project.data(), readListFile(applyFixture("callcloud-v2.md")), o));
    return project.data();
}

} // namespace

class TestSubprocessorsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("lists.ropa"));
        const ProjectData d = withTwoVersions();
        QCOMPARE(d.subprocessorSnapshots.size(), 2);
        const store::SaveResult saved = store::saveProject(d, p);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        const store::OpenResult r = store::openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 8);
        QVERIFY2(!r.damaged, qPrintable(r.damage));
        QCOMPARE(r.data->subprocessorSnapshots, d.subprocessorSnapshots);
        QCOMPARE(r.data->find<Party>(I::vendor())->noticePeriodDays, std::optional<int>(30));
        QCOMPARE(r.data->find<Party>(I::vendor())->changeNoticeReceived, std::optional<QDate>(QDate(2026, 2, 19)));
        QVERIFY(*r.data == d);
    }

    // The checksum covers the new tables: a row changed outside Ropa is named.
    void checksumCoversTheLists()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("tampered.ropa"));
        QVERIFY(!store::saveProject(withTwoVersions(), p).error);
        QVERIFY(
            exec(p, QStringLiteral("UPDATE subprocessor_list_rows SET countries = 'US' WHERE name LIKE 'Kestrel%';")));
        const store::OpenResult r = store::openProject(p);
        QVERIFY(r.data);
        QVERIFY(r.damaged);
        QVERIFY(r.damage.contains(QStringLiteral("subprocessor_list_rows")));
    }

    void migratesFormat7()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("old.ropa"));
        const ProjectData d = applyProject();
        ProjectData withoutNotice = d;
        Party vendor = *d.find<Party>(I::vendor());
        vendor.noticePeriodDays.reset();
        withoutNotice.put(vendor);
        QVERIFY(!store::saveProject(withoutNotice, p).error);
        QVERIFY(exec(p, QStringLiteral("DROP TABLE subprocessor_list_rows; DROP TABLE subprocessor_lists; "
                                       "DROP TABLE party_subprocessor_notice; PRAGMA user_version = 7; VACUUM;")));
        const store::OpenResult r = store::openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 7);
        QVERIFY(*r.data == withoutNotice);
        QVERIFY(r.data->subprocessorSnapshots.isEmpty());
        QCOMPARE(store::schema::current().size(), store::schema::version7().size() + 3);
    }
};

QTEST_GUILESS_MAIN(TestSubprocessorsStore)
#include "test_subprocessors_store.moc"
