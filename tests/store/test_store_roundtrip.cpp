// The .ropa file keeps what it is given: every field round-trips, empty lists and long ones,
// batches of rows larger than one insert, and the file is plain SQLite an auditor can read.
//
// Every fixture is generated at test time with the SQLite C API, in a QTemporaryDir, from a
// file written by saveProject: nothing opaque is committed (storefixture.h).

#include "storefixture.h"

#include "common/registerproject.h"
#include "common/sampleproject.h"
#include "domain/validation.h"
#include "store/projectstore.h"
#include "store/rowbatch.h"
#include "store/sqlite.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::test;

class TestStoreRoundTrip : public StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void fullProjectIsValid()
    {
        const QList<Problem> problems = validateProject(fullProject());
        const QString first = problems.isEmpty() ? QString() : problems.first().describe();
        QVERIFY2(problems.isEmpty(), qPrintable(first));
    }

    void roundTripKeepsEveryField()
    {
        const ProjectData original = fullProject();
        const QString p = path(QStringLiteral("full.ropa"));
        const SaveResult saved = saveProject(original, p);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        QVERIFY(!saved.fingerprint.isNull());
        QCOMPARE(saved.fingerprint, fingerprintOf(p));

        const OpenResult opened = openProject(p);
        QVERIFY2(!opened.error, qPrintable(opened.error.message));
        QVERIFY(opened.data);
        QCOMPARE(opened.fileVersion, FormatVersion);
        QVERIFY(opened.migrationBackup.isEmpty());
        QCOMPARE(opened.fingerprint, saved.fingerprint);
        const ProjectData &back = *opened.data;
        // Table by table first, so a failure says where.
        QVERIFY(back.info == original.info);
        QVERIFY(back.documents == original.documents);
        QVERIFY(back.parties == original.parties);
        QVERIFY(back.dataCategories == original.dataCategories);
        QVERIFY(back.dataSubjects == original.dataSubjects);
        QVERIFY(back.sources == original.sources);
        QVERIFY(back.securityMeasures == original.securityMeasures);
        QVERIFY(back.activities == original.activities);
        QVERIFY(back.transfers == original.transfers);
        QCOMPARE(back.acceptedFindings.size(), 2);
        QVERIFY(back.acceptedFindings == original.acceptedFindings);
        QVERIFY(back == original);
        // Stated-but-empty and not-stated stay apart.
        QVERIFY(back.parties.at(test::fixedId(11)).dpo.has_value());
        QVERIFY(!back.parties.at(test::fixedId(12)).dpo.has_value());
        QVERIFY(back.parties.at(test::fixedId(11)).notes.startsWith(QChar(0xfeff)));

        // Saving what was read gives the same project again.
        const QString p2 = path(QStringLiteral("again.ropa"));
        QVERIFY(!saveProject(back, p2).error);
        const OpenResult again = openProject(p2);
        QVERIFY(again.data && *again.data == original);
    }

    void roundTripOfEmptyLists()
    {
        ProjectData d;
        d.info.name = QStringLiteral("Minimal");
        Party own;
        own.id = test::fixedId(1);
        own.name = QStringLiteral("Us");
        own.own = true;
        d.parties.emplace(own.id, own);
        const QString p = path(QStringLiteral("minimal.ropa"));
        QVERIFY(!saveProject(d, p).error);
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QVERIFY(*r.data == d);
    }

    // The writer inserts the rows of each table through one statement over a batch
    // (store/rowbatch.h): NULL, '', text, non-ASCII text, numbers and ids come out as given.
    void rowBatchInsertsEveryKindOfValue()
    {
        sql::Database db;
        QVERIFY(db.openMemory());
        QVERIFY(db.exec("CREATE TABLE t (a, b, c, d)"));
        QString why;
        QVERIFY2(sql::registerRowSource(db, &why), qPrintable(why));
        sql::RowBatch rows(4);
        const QUuid id = QUuid::fromString(QStringLiteral("3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d"));
        const QString unicode = QStringLiteral("Gespräch “opname” – 会話 😀");
        for (int i = 0; i < 1000; ++i) {
            rows.addInt(i);
            rows.addId(i % 3 == 0 ? QUuid() : id);
            rows.addText(i % 2 ? unicode : QString());
            rows.addNullableText(i % 5 ? QStringLiteral("row %1").arg(i) : QString());
        }
        QCOMPARE(rows.rowCount(), 1000);
        QVERIFY2(sql::insertBatch(db, "t", "a, b, c, d", rows, &why), qPrintable(why));
        sql::Statement st(db, "SELECT a, typeof(b), b, c, typeof(d), d FROM t ORDER BY rowid");
        int n = 0;
        while (st.step() == SQLITE_ROW) {
            QCOMPARE(st.columnInt(0), qint64(n));
            if (n % 3 == 0) {
                QCOMPARE(st.columnText(1), QStringLiteral("null"));
            } else {
                QCOMPARE(st.columnText(2), id.toString(QUuid::WithoutBraces));
            }
            QCOMPARE(st.columnText(3), n % 2 ? unicode : QString());
            QVERIFY(!st.isNull(3)); // '' is not NULL
            if (n % 5)
                QCOMPARE(st.columnText(5), QStringLiteral("row %1").arg(n));
            else
                QCOMPARE(st.columnText(4), QStringLiteral("null"));
            ++n;
        }
        QCOMPARE(n, 1000);
        // Without its batch the function has no rows and no plan: refused, not an empty insert.
        QVERIFY(!db.exec("INSERT INTO t SELECT c0, c1, c2, c3 FROM ropa_rows"));
    }

    // The writer formats ids itself (store/rowbatch.h): the same text as QUuid, for any bytes.
    void formatIdMatchesQUuid()
    {
        QList<QUuid> ids{QUuid::fromString(QStringLiteral("00000000-0000-0000-0000-000000000000")),
                         QUuid::fromString(QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff")),
                         QUuid::fromString(QStringLiteral("0123456789abcdef0123456789abcdef")),
                         QUuid::fromString(QStringLiteral("9a9a9a9a-a9a9-0f0f-f0f0-a09fa09fa09f"))};
        for (int i = 0; i < 2000; ++i)
            ids.append(QUuid::createUuid());
        for (const QUuid &id : ids) {
            char text[36];
            sql::formatId(id, text);
            QCOMPARE(QString::fromLatin1(text, 36), id.toString(QUuid::WithoutBraces));
        }
    }

    // Lists longer and shorter than any internal chunk keep their order and every value.
    void longListsKeepOrderAndValues()
    {
        ProjectData d = fullProject();
        Activity &a = d.activities.begin()->second;
        a.purposes.clear();
        for (int i = 0; i < 300; ++i)
            a.purposes.append(i % 7 == 0 ? QStringLiteral("Zweck %1 – Übermittlung “%1”").arg(i)
                                         : QStringLiteral("purpose %1 '; DROP TABLE activities; --").arg(i));
        const QString p = path(QStringLiteral("long.ropa"));
        const SaveResult saved = saveProject(d, p);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.data->activities.at(a.id).purposes, a.purposes);
        QVERIFY(*r.data == d);
    }

    // The writer inserts what it collected whenever detail::WriterBatchRows rows are waiting,
    // also in the middle of one kind of entity: a project with more list rows than that in one
    // kind (activities here) comes back with every row, in order, and the file holds them all.
    void roundTripWithMoreRowsThanOneBatch()
    {
        ProjectData d = fullProject();
        const Activity model = d.activities.begin()->second;
        const int copies = 2600;
        const int purposes = 25; // 65,000 purpose rows, plus the activities' other lists
        static_assert(2600 * 25 > detail::WriterBatchRows);
        for (int i = 0; i < copies; ++i) {
            Activity a = model;
            a.id = test::fixedId(100000 + i);
            a.name = QStringLiteral("Activity %1").arg(i);
            a.purposes.clear();
            for (int j = 0; j < purposes; ++j)
                a.purposes.append(QStringLiteral("purpose %1 of %2 – “%3”").arg(j).arg(i).arg(QChar(0x4e00 + j)));
            d.activities.emplace(a.id, a);
        }
        const QList<Problem> problems = validateProject(d);
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().describe()));
        const QString p = path(QStringLiteral("batches.ropa"));
        const SaveResult saved = saveProject(d, p);
        QVERIFY2(!saved.error, qPrintable(saved.error.message));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.data->activities.size(), d.activities.size());
        QCOMPARE(r.data->activities.at(test::fixedId(100000 + copies - 1)).purposes,
                 d.activities.at(test::fixedId(100000 + copies - 1)).purposes);
        QVERIFY(*r.data == d);

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(p).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM activity_purposes", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        qsizetype expected = 0;
        for (const auto &[id, a] : d.activities)
            expected += a.purposes.size();
        QVERIFY(expected > detail::WriterBatchRows);
        QCOMPARE(qsizetype(sqlite3_column_int64(st, 0)), expected);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    void fileIsPlainSqliteForAuditors()
    {
        const QString p = makeValid(QStringLiteral("audit.ropa"));
        const QByteArray bytes = readBytes(p);
        QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(int(bytes.at(18)), 1); // rollback journal, never WAL
        QCOMPARE(int(bytes.at(19)), 1);
        QCOMPARE(bytes.mid(68, 4), QByteArray("ROPA"));
        QCOMPARE(bytes.mid(60, 4), QByteArray("\0\0\0\10", 4));                  // format 8
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("audit.ropa")}); // no journal, no temp

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(p).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT p.name, l.country FROM parties p JOIN party_locations l ON l.party = p.id "
                                    "WHERE p.id = '00000000-0000-4000-8000-000000000011' ORDER BY l.pos",
                                    -1, &st, nullptr),
                 SQLITE_OK);
        QStringList rows;
        while (sqlite3_step(st) == SQLITE_ROW)
            rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        sqlite3_finalize(st);
        QCOMPARE(rows, (QStringList{QStringLiteral("US"), QStringLiteral("GB")}));
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM pragma_foreign_key_check", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 0);
        sqlite3_finalize(st);
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QByteArray("delete"));
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    // Every field that format 5 added survives a save and an open, and the content digest
    // covers the new tables: a value changed in one of them outside Ropa is named.
    void roundTripKeepsRegisterFields()
    {
        const ProjectData original = test::registerProject();
        QVERIFY(validateProject(original).isEmpty());
        const QString p = makeValid(QStringLiteral("register.ropa"), original);
        const OpenResult opened = openProject(p);
        QVERIFY2(opened.data, qPrintable(opened.error.message));
        QVERIFY(!opened.damaged);
        QVERIFY(*opened.data == original);
        // The digest covers the new tables.
        QVERIFY(tamper(p, QStringLiteral("UPDATE systems SET notes = notes || '.'; "
                                         "UPDATE activity_data_items SET purpose = purpose || '.'")));
        const OpenResult changed = openProject(p);
        QVERIFY2(changed.data, qPrintable(changed.error.message));
        QVERIFY(changed.damaged);
        QVERIFY2(
            changed.damage.contains(QStringLiteral("(changed: \u201cactivity_data_items\u201d, \u201csystems\u201d)")),
            qPrintable(changed.damage));
    }

    void acceptedFindingsRoundTripInCanonicalOrder()
    {
        ProjectData data = fullProject();
        std::reverse(data.acceptedFindings.begin(), data.acceptedFindings.end());
        const OpenResult r = openProject(makeValid(QStringLiteral("a.ropa"), data));
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.data->acceptedFindings, fullProject().acceptedFindings); // the canonical order
    }
};

QTEST_GUILESS_MAIN(TestStoreRoundTrip)
#include "test_store_roundtrip.moc"
