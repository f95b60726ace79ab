// The content digest verified from the rows the reader reads (contentdigest::RowFeed,
// decision 0024): the same verdict as a pass of its own, with every table of a saved project
// fed by the reader, so opening reads the file once.

#include "common/registerproject.h"
#include "store/contentdigest.h"
#include "store/hardenedopen.h"
#include "store/projectreader.h"
#include "store/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

using namespace ropa;
using namespace ropa::store;

class TestRowFeed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString saved(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        const SaveResult r = saveProject(test::registerProject(), p);
        return r.error ? QString() : p;
    }

    // The file in memory, as opening loads it (the reader's second connection shares those bytes).
    static bool load(const QString &path, sql::Database &db)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        SqliteBuffer buffer = allocateSqliteBuffer(bytes.size());
        std::memcpy(buffer.get(), bytes.constData(), size_t(bytes.size()));
        QDeadlineTimer deadline(60000);
        return loadIntoMemory(db, std::move(buffer), bytes.size(), bytes.size(), &deadline);
    }

    // The file loaded as opening loads it and read with a feed; false when it does not read.
    static bool readFed(const QString &path, sql::Database &db, contentdigest::RowFeed *feed, ProjectData *data)
    {
        QDeadlineTimer deadline(60000);
        return load(path, db) && !readProject(path, db, &deadline, data, feed);
    }

    static QStringList tablesOf(sql::Database &db)
    {
        QStringList tables;
        // The history (format 7) is file metadata, not covered by the checksum.
        sql::Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'content_digest' "
                              "AND name <> 'history' ORDER BY name");
        while (st.step() == SQLITE_ROW)
            tables.append(st.columnText(0));
        return tables;
    }

private Q_SLOTS:
    void theReaderFeedsEveryTable()
    {
        const QString p = saved(QStringLiteral("fed.ropa"));
        QVERIFY(!p.isEmpty());
        sql::Database db;
        contentdigest::RowFeed feed;
        ProjectData data;
        QVERIFY(readFed(p, db, &feed, &data));
        QVERIFY(data == test::registerProject());
        // Every table the checksum covers came through the reader, the transfers' from the
        // second connection too: nothing is left to read a second time.
        QCOMPARE(feed.fedTables(), tablesOf(db));
        contentdigest::Verdict fedVerdict;
        QString why;
        QVERIFY2(contentdigest::verify(db, feed, &fedVerdict, &why), qPrintable(why));
        QVERIFY(fedVerdict.ok);
    }

    // A value changed outside Ropa: the fed digest names the same table as a full pass.
    void aChangedValueIsNamedAsBefore()
    {
        const QString p = saved(QStringLiteral("changed.ropa"));
        QVERIFY(!p.isEmpty());
        {
            sql::Database rw;
            QVERIFY(rw.open(p, SQLITE_OPEN_READWRITE));
            QVERIFY(rw.exec("UPDATE transfer_countries SET country = 'CN' WHERE pos = 0"));
            QVERIFY(rw.exec("UPDATE data_subjects SET name = name || 'x'"));
        }
        sql::Database db;
        contentdigest::RowFeed feed;
        ProjectData data;
        QVERIFY(readFed(p, db, &feed, &data));
        contentdigest::Verdict fed;
        contentdigest::Verdict full;
        QString why;
        QVERIFY(contentdigest::verify(db, feed, &fed, &why));
        QVERIFY(contentdigest::verify(db, &full, &why));
        QVERIFY(!fed.ok);
        QCOMPARE(fed.changed, full.changed);
        QCOMPARE(fed.changed, QStringList({QStringLiteral("data_subjects"), QStringLiteral("transfer_countries")}));
    }

    // A table whose statement leaves out a column, or that is read twice, is not taken from
    // the feed: verify() reads it itself, and the verdict is still right.
    void aTableNotFedWholeIsReadByItself()
    {
        const QString p = saved(QStringLiteral("partial.ropa"));
        QVERIFY(!p.isEmpty());
        sql::Database db;
        QVERIFY(db.open(p, SQLITE_OPEN_READONLY));
        contentdigest::RowFeed feed;
        {
            sql::Statement some(db, "SELECT id, name FROM parties");
            feed.begin(db, QStringLiteral("parties"), some);
            while (some.step() == SQLITE_ROW)
                feed.add(some);
        }
        for (int k = 0; k < 2; ++k) {
            sql::Statement all(db, "SELECT * FROM sources");
            feed.begin(db, QStringLiteral("sources"), all);
            while (all.step() == SQLITE_ROW)
                feed.add(all);
        }
        {
            sql::Statement all(db, "SELECT * FROM documents");
            feed.begin(db, QStringLiteral("documents"), all);
            while (all.step() == SQLITE_ROW)
                feed.add(all);
        }
        QCOMPARE(feed.fedTables(), QStringList{QStringLiteral("documents")});
        contentdigest::Verdict verdict;
        QString why;
        QVERIFY(contentdigest::verify(db, feed, &verdict, &why));
        QVERIFY2(verdict.ok, qPrintable(verdict.changed.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestRowFeed)
#include "test_rowfeed.moc"
