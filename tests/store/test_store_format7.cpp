// Format 7: the file's history (docs/decisions/0027-history-in-the-file.md). Each save may
// record an entry; the entries are chained by hash, so an entry altered or removed by hand is
// found; the history is not project content (not in the content digest); a format-6 file
// keeps everything and starts its history at its first save.

#include "store/contentdigest.h"
#include "store/filehistory.h"
#include "store/projectstore.h"
#include "store/schema.h"

#include "common/registerproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ropa;
using namespace ropa::store;
using ropa::test::fixedId;

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

HistoryEntry entry(const QString &when, const char *who, const char *comment = "")
{
    HistoryEntry e;
    e.savedAt = when;
    e.author = QString::fromUtf8(who);
    e.comment = QString::fromUtf8(comment);
    e.changes = QStringLiteral("{\"added\":0,\"removed\":0,\"changed\":1}");
    return e;
}

// Saves data over path with the history it had and one new entry; returns what was written.
QList<HistoryEntry> saveWithEntry(const ProjectData &data, const QString &path, const QList<HistoryEntry> &history,
                                  const HistoryEntry &record)
{
    SaveOptions options;
    options.force = true;
    options.history = history;
    options.record = record;
    const SaveResult r = saveProject(data, path, options);
    if (r.error)
        qWarning("%s", qPrintable(r.error.message));
    return r.history;
}

} // namespace

class TestStoreFormat7 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A file saved three times, each save recording an entry and changing the project.
    QString threeSaves(const QString &name)
    {
        const QString p = path(name);
        ProjectData d = test::registerProject();
        QList<HistoryEntry> h = saveWithEntry(d, p, {}, entry(QStringLiteral("2026-01-05T09:00:00Z"), "Ann"));
        d.activities.at(fixedId(60)).name = QStringLiteral("Payroll (renamed)");
        h = saveWithEntry(d, p, h, entry(QStringLiteral("2026-03-01T10:30:00Z"), "Bob", "renamed payroll"));
        d.info.notes = QStringLiteral("Reviewed.");
        h = saveWithEntry(d, p, h, entry(QStringLiteral("2026-06-30T16:45:10Z"), "Ann"));
        return h.size() == 3 ? p : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A save records who, when and the comment; the next save chains a second entry to it.
    void saveAppendsEntries()
    {
        const QString p = threeSaves(QStringLiteral("three.ropa"));
        QVERIFY(!p.isEmpty());
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, FormatVersion);
        QVERIFY2(!r.damaged, qPrintable(r.damage));
        QCOMPARE(r.history.size(), 3);
        QCOMPARE(r.history.at(0).seq, 1);
        QCOMPARE(r.history.at(1).seq, 2);
        QCOMPARE(r.history.at(1).author, QStringLiteral("Bob"));
        QCOMPARE(r.history.at(1).comment, QStringLiteral("renamed payroll"));
        QCOMPARE(r.history.at(1).when(), QDateTime(QDate(2026, 3, 1), QTime(10, 30), Qt::UTC));
        QCOMPARE(r.history.at(2).author, QStringLiteral("Ann"));
        QCOMPARE(r.history.at(0).hash.size(), 32);
        QVERIFY(r.history.at(0).contentDigest != r.history.at(1).contentDigest); // a different project saved
        QVERIFY(r.historyCheck.ok());
        QCOMPARE(r.data->activities.at(fixedId(60)).name, QStringLiteral("Payroll (renamed)"));
    }

    // The history is file metadata: the same project saved with or without entries has the
    // same content digest, and editing the history does not make the file "damaged".
    void historyIsNotContent()
    {
        const QString a = path(QStringLiteral("with.ropa"));
        const QString b = path(QStringLiteral("without.ropa"));
        const ProjectData d = test::registerProject();
        QCOMPARE(saveWithEntry(d, a, {}, entry(QStringLiteral("2026-01-05T09:00:00Z"), "Ann")).size(), 1);
        QVERIFY(!saveProject(d, b).error);
        const OpenResult ra = openProject(a);
        const OpenResult rb = openProject(b);
        QVERIFY(ra.data && rb.data);
        QVERIFY(*ra.data == *rb.data);
        QVERIFY(rb.history.isEmpty());
        QVERIFY(rb.historyCheck.ok());
        QVERIFY(exec(a, QStringLiteral("UPDATE history SET author = 'Mallory'")));
        const OpenResult altered = openProject(a);
        QVERIFY(altered.data);
        QVERIFY(!altered.damaged);
        QCOMPARE(altered.historyCheck.problem, HistoryCheck::Problem::HashMismatch);
    }

    // An entry altered by hand breaks the chain at that entry.
    void alteredEntryIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("firstBad");
        const int hash = int(HistoryCheck::Problem::HashMismatch);
        const int gap = int(HistoryCheck::Problem::GapInSequence);
        const int last = int(HistoryCheck::Problem::NotLastSave);
        QTest::newRow("comment changed") << QStringLiteral("UPDATE history SET comment = 'all fine' WHERE seq = 2")
                                         << hash << 1;
        QTest::newRow("date moved") << QStringLiteral("UPDATE history SET saved_at = '2025-03-01T10:30:00Z' "
                                                      "WHERE seq = 2")
                                    << hash << 1;
        QTest::newRow("summary changed") << QStringLiteral("UPDATE history SET changes = '{}' WHERE seq = 1") << hash
                                         << 0;
        QTest::newRow("middle removed") << QStringLiteral("DELETE FROM history WHERE seq = 2") << gap << 1;
        QTest::newRow("middle removed, renumbered")
            << QStringLiteral("DELETE FROM history WHERE seq = 2; UPDATE history SET seq = 2 WHERE seq = 3") << hash
            << 1;
        QTest::newRow("first removed, renumbered")
            << QStringLiteral("DELETE FROM history WHERE seq = 1; UPDATE history SET seq = seq - 1") << hash << 0;
        QTest::newRow("last removed") << QStringLiteral("DELETE FROM history WHERE seq = 3") << last << 1;
        QTest::newRow("hash copied from another entry")
            << QStringLiteral("UPDATE history SET hash = (SELECT hash FROM history WHERE seq = 1) WHERE seq = 3")
            << hash << 2;
    }
    void alteredEntryIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(int, problem);
        QFETCH(int, firstBad);
        const QString p = threeSaves(QStringLiteral("%1.ropa").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(!p.isEmpty());
        QVERIFY(openProject(p).historyCheck.ok());
        QVERIFY(exec(p, sql));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(int(r.historyCheck.problem), problem);
        QCOMPARE(r.historyCheck.firstBad, firstBad);
    }

    // Format 6 -> 7: everything is kept, the checksum still holds, the history is empty and
    // starts at the first save.
    void migratesFormat6()
    {
        const QString p = path(QStringLiteral("old.ropa"));
        const ProjectData d = test::registerProject();
        QVERIFY(!saveProject(d, p).error);
        QVERIFY(exec(
            p, QStringLiteral("DROP TABLE history; DROP TABLE subprocessor_list_rows; DROP TABLE subprocessor_lists; "
                              "DROP TABLE party_subprocessor_notice; PRAGMA user_version = 6; VACUUM;")));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 6);
        QVERIFY2(!r.damaged, qPrintable(r.damage));
        QVERIFY(*r.data == d);
        QVERIFY(r.history.isEmpty());
        QCOMPARE(r.migrationBackup, path(QStringLiteral("old.v6.ropa")));

        const QList<HistoryEntry> h =
            saveWithEntry(*r.data, p, r.history, entry(QStringLiteral("2026-12-07T23:00:00Z"), "Ann"));
        QCOMPARE(h.size(), 1);
        const OpenResult again = openProject(p);
        QVERIFY2(again.data, qPrintable(again.error.message));
        QCOMPARE(again.fileVersion, FormatVersion);
        QVERIFY2(!again.damaged, qPrintable(again.damage));
        QVERIFY(*again.data == d);
        QCOMPARE(again.history.size(), 1);
        QCOMPARE(again.history.at(0).seq, 1);
        QVERIFY(again.historyCheck.ok());
    }

    // The schema of format 7 is that of format 6 and the table history.
    void schemaAddsOneTable()
    {
        QCOMPARE(schema::version7().size(), schema::version6().size() + 1);
        QVERIFY(schema::version7().constLast().startsWith(QLatin1String("CREATE TABLE history (")));
        QCOMPARE(schema::current().mid(0, schema::version7().size()), schema::version7()); // format 8 adds tables
    }
};

QTEST_GUILESS_MAIN(TestStoreFormat7)
#include "test_store_format7.moc"
