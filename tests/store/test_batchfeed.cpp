// The content digest a save stores, computed from the rows as the writer hands them to SQLite
// (contentdigest::BatchFeed, decision 0029): the same digests as a pass over the written
// tables, whatever SQLite does with a cell, and every table of a project fed.

#include "common/registerproject.h"
#include "store/contentdigest.h"
#include "store/projectwriter.h"
#include "store/rowbatch.h"
#include "store/schema.h"

#include <QMap>
#include <QTest>

#include <sqlite3.h>

using namespace ropa;
using namespace ropa::store;

class TestBatchFeed : public QObject
{
    Q_OBJECT

    // The rows of content_digest, by table.
    static QMap<QString, QByteArray> storedDigests(sql::Database &db)
    {
        QMap<QString, QByteArray> digests;
        sql::Statement st(db, "SELECT table_name, xxh3_128 FROM content_digest");
        while (st.step() == SQLITE_ROW)
            digests.insert(st.columnText(0), st.columnBytes(1));
        return digests;
    }

    // The digests written from the feed, then those of a pass over every table.
    static void writeBothWays(sql::Database &db, const contentdigest::BatchFeed &feed, QMap<QString, QByteArray> *fed,
                              QMap<QString, QByteArray> *full)
    {
        QString why;
        QVERIFY2(contentdigest::write(db, feed, &why), qPrintable(why));
        *fed = storedDigests(db);
        QVERIFY(db.exec("DELETE FROM content_digest"));
        QVERIFY2(contentdigest::write(db, &why), qPrintable(why));
        *full = storedDigests(db);
    }

    static bool smallDatabase(sql::Database &db)
    {
        return db.openMemory() && db.exec("CREATE TABLE content_digest (table_name TEXT PRIMARY KEY, xxh3_128 BLOB);"
                                          "CREATE TABLE t (id TEXT, n INTEGER, note TEXT, extra TEXT DEFAULT 'x')");
    }

private Q_SLOTS:
    void aSavedProjectIsFedWhole()
    {
        sql::Database db;
        QVERIFY(db.openMemory());
        QVERIFY(db.exec("BEGIN"));
        for (const QString &statement : schema::current())
            QVERIFY2(db.exec(statement), qPrintable(statement));
        contentdigest::BatchFeed feed;
        QVERIFY(feed.prepare(db));
        QString why;
        QVERIFY2(writeRows(db, test::registerProject(), &why, &feed), qPrintable(why));
        // The entity and link tables come in batches; project and accepted_findings are
        // written by a statement each, so the feed leaves them to the pass.
        const QStringList fed = feed.fedTables();
        for (const char *table : {"activities", "parties", "transfers", "transfer_countries", "activity_purposes",
                                  "data_categories", "documents", "party_evidence"})
            QVERIFY2(fed.contains(QLatin1StringView(table)), table);
        QMap<QString, QByteArray> fromFeed;
        QMap<QString, QByteArray> fromPass;
        writeBothWays(db, feed, &fromFeed, &fromPass);
        QVERIFY(!fromPass.isEmpty());
        QCOMPARE(fromFeed, fromPass);
    }

    void aCellSQLiteWouldConvertIsHashedAsStored()
    {
        for (const int variant : {0, 1}) {
            sql::Database db;
            QVERIFY(smallDatabase(db));
            contentdigest::BatchFeed feed;
            QVERIFY(feed.prepare(db));
            sql::RowBatch rows(4);
            rows.addText(QStringLiteral("a"));
            if (variant == 0)
                rows.addText(QStringLiteral("42")); // a text SQLite stores as the integer 42
            else
                rows.addInt(7);
            if (variant == 1)
                rows.addInt(42); // an integer SQLite stores as the text '42'
            else
                rows.addText(QStringLiteral("note"));
            rows.addNull();
            QString why;
            QVERIFY2(sql::registerRowSource(db, &why), qPrintable(why));
            QVERIFY2(sql::insertBatch(db, "t", "id, n, note, extra", rows, &why), qPrintable(why));
            feed.add("t", "id, n, note, extra", rows);
            QVERIFY(!feed.fedTables().contains(QStringLiteral("t")));
            QMap<QString, QByteArray> fromFeed;
            QMap<QString, QByteArray> fromPass;
            writeBothWays(db, feed, &fromFeed, &fromPass);
            QCOMPARE(fromFeed, fromPass);
        }
    }

    void rowsWrittenBesideTheFeedAreCounted()
    {
        sql::Database db;
        QVERIFY(smallDatabase(db));
        contentdigest::BatchFeed feed;
        QVERIFY(feed.prepare(db));
        sql::RowBatch rows(4);
        rows.addText(QStringLiteral("a"));
        rows.addInt(1);
        rows.addText(QStringLiteral("é and 😀"));
        rows.addNull();
        QString why;
        QVERIFY2(sql::registerRowSource(db, &why), qPrintable(why));
        QVERIFY2(sql::insertBatch(db, "t", "id, n, note, extra", rows, &why), qPrintable(why));
        feed.add("t", "id, n, note, extra", rows);
        QVERIFY(feed.fedTables().contains(QStringLiteral("t")));
        {
            QMap<QString, QByteArray> fromFeed;
            QMap<QString, QByteArray> fromPass;
            writeBothWays(db, feed, &fromFeed, &fromPass);
            QCOMPARE(fromFeed, fromPass); // fed whole: the feed's digest is the pass's
            QVERIFY(db.exec("DELETE FROM content_digest"));
        }
        QVERIFY(db.exec("INSERT INTO t (id, n, note, extra) VALUES ('b', 2, 'by a statement', NULL)"));
        QMap<QString, QByteArray> fromFeed;
        QMap<QString, QByteArray> fromPass;
        writeBothWays(db, feed, &fromFeed, &fromPass);
        QCOMPARE(fromFeed, fromPass);
    }

    void aColumnLeftToItsDefaultIsNotFed()
    {
        sql::Database db;
        QVERIFY(smallDatabase(db));
        contentdigest::BatchFeed feed;
        QVERIFY(feed.prepare(db));
        sql::RowBatch rows(3);
        rows.addText(QStringLiteral("a"));
        rows.addInt(1);
        rows.addText(QStringLiteral("the default of extra is 'x'"));
        QString why;
        QVERIFY2(sql::registerRowSource(db, &why), qPrintable(why));
        QVERIFY2(sql::insertBatch(db, "t", "id, n, note", rows, &why), qPrintable(why));
        feed.add("t", "id, n, note", rows);
        QVERIFY(!feed.fedTables().contains(QStringLiteral("t")));
        QMap<QString, QByteArray> fromFeed;
        QMap<QString, QByteArray> fromPass;
        writeBothWays(db, feed, &fromFeed, &fromPass);
        QCOMPARE(fromFeed, fromPass);
    }
};

QTEST_GUILESS_MAIN(TestBatchFeed)
#include "test_batchfeed.moc"
