// Older formats of the .ropa file migrate through registered steps: a fake format 0 with a
// test step, and the real files of formats 1 to 4 (tests/fixtures/store/formatN.sql).
//
// Every fixture is generated at test time with the SQLite C API, in a QTemporaryDir, from a
// file written by saveProject: nothing opaque is committed (storefixture.h).

#include "storefixture.h"

#include "common/registerproject.h"
#include "common/sampleproject.h"
#include "store/migrations.h"
#include "store/projectstore.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::test;

class TestStoreMigrate : public StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    // A fake format 0: the project table was called "info" and had no notes. The test
    // registers the 0 -> 1 step that the first real format change would add to migrations.cpp.
    void migratesOlderFormat()
    {
        registerVersion0();
        const QString p = makeVersion0(QStringLiteral("old.ropa"));
        const QByteArray before = readBytes(p);

        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 0);
        ProjectData expected = withFormat4Meaning(withoutFormat3Facts(fullProject()));
        expected.info.notes.clear();
        expected.acceptedFindings.clear(); // format 0 (and 1) had none
        QVERIFY(*r.data == expected);
        QCOMPARE(r.migrationBackup, path(QStringLiteral("old.v0.ropa")));
        QCOMPARE(readBytes(r.migrationBackup), before);
        QCOMPARE(readBytes(p), before); // open never writes the file it reads

        // Opening again reuses the identical backup.
        QCOMPARE(openProject(p).migrationBackup, r.migrationBackup);
        QCOMPARE(filesIn(m_dirPath), (QStringList{QStringLiteral("old.ropa"), QStringLiteral("old.v0.ropa")}));

        // Saving writes the current format.
        SaveOptions options;
        options.expected = r.fingerprint;
        QVERIFY(!saveProject(*r.data, p, options).error);
        QCOMPARE(openProject(p).fileVersion, FormatVersion);
    }

    void migrationWithoutBackup()
    {
        registerVersion0();
        const QString p = makeVersion0(QStringLiteral("old.ropa"));
        OpenOptions options;
        options.keepMigrationBackup = false;
        const OpenResult r = openProject(p, options);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QVERIFY(r.migrationBackup.isEmpty());
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("old.ropa")});
    }

    void failedMigrationLoadsNothing()
    {
        migrations::Migration broken;
        broken.from = 0;
        broken.schemaOfFrom = version0Schema();
        broken.apply = [](sql::Database &, QString *error) {
            *error = QStringLiteral("simulated failure");
            return false;
        };
        migrations::detail::registerTestMigration(broken);
        const QString p = makeVersion0(QStringLiteral("old.ropa"));
        OpenOptions options;
        options.keepMigrationBackup = false;
        const OpenResult r = openProject(p, options);
        QVERIFY(!r.data);
        QCOMPARE(r.error.code, ErrorCode::Corrupt);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cold.ropa\u201d was made by an older Ropa (format 0) and could not be updated "
                                "to format 8 (the step from format 0 to 1 failed: simulated failure), so it was not "
                                "opened."));
    }

    void olderFormatWithoutMigrationIsRefused()
    {
        registerVersion0();
        const QString p = makeVersion0(QStringLiteral("old.ropa"));
        migrations::detail::clearTestMigrations();
        const OpenResult r = openProject(p);
        QVERIFY(!r.data);
        QCOMPARE(r.error.code, ErrorCode::NotRopa);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cold.ropa\u201d was made by an early test version of Ropa (format 0) that this "
                                "version cannot read."));
    }

    // The real migrations. tests/fixtures/store/format2.sql is a file written by Ropa's format 2
    // (`ropa-cli import-json` of the build before format 3, then `sqlite3 FILE .dump`): the
    // test data of fullProject() without the facts format 3 added. Committed as SQL text, so
    // nothing opaque is in the repository; the file is made from it at test time.

    // Format 1 (before accepted findings were stored): the format-2 file without the table.
    void migratesFormat1()
    {
        const QString p = makeFromDump(QStringLiteral("v1.ropa"), 2);
        QVERIFY(tamper(p, QStringLiteral("DROP TABLE accepted_findings; PRAGMA user_version = 1; VACUUM;")));
        ProjectData data = withFormat4Meaning(withoutFormat3Facts(fullProject()));
        data.acceptedFindings.clear();
        const QByteArray before = readBytes(p);

        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 1);
        QVERIFY(*r.data == data);
        QCOMPARE(r.migrationBackup, path(QStringLiteral("v1.v1.ropa")));
        QCOMPARE(readBytes(r.migrationBackup), before);
        QCOMPARE(readBytes(p), before); // open never writes the file it reads

        // Accept a finding, save: the current format, and the acceptance is there after reopening.
        ProjectData changed = *r.data;
        changed.acceptedFindings = fullProject().acceptedFindings;
        SaveOptions options;
        options.expected = r.fingerprint;
        QVERIFY(!saveProject(changed, p, options).error);
        const OpenResult again = openProject(p);
        QVERIFY2(again.data, qPrintable(again.error.message));
        QCOMPARE(again.fileVersion, FormatVersion);
        QVERIFY(again.migrationBackup.isEmpty());
        QCOMPARE(again.data->acceptedFindings, changed.acceptedFindings);
        QVERIFY(*again.data == changed);
    }

    // Format 2 -> 3: activities and transfers get the explicit facts, all "not stated"; every
    // other value, the accepted findings included, is kept.
    void migratesFormat2()
    {
        const QString p = makeFromDump(QStringLiteral("v2.ropa"), 2);
        const QByteArray before = readBytes(p);
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 2);
        QVERIFY(*r.data == withFormat4Meaning(withoutFormat3Facts(fullProject())));
        QCOMPARE(r.migrationBackup, path(QStringLiteral("v2.v2.ropa")));
        QCOMPARE(readBytes(r.migrationBackup), before);
        QCOMPARE(readBytes(p), before);

        // The DPO states the facts and saves: the current format, and they are there after
        // reopening.
        SaveOptions options;
        options.expected = r.fingerprint;
        QVERIFY(!saveProject(fullProject(), p, options).error);
        const OpenResult again = openProject(p);
        QVERIFY2(again.data, qPrintable(again.error.message));
        QCOMPARE(again.fileVersion, FormatVersion);
        QVERIFY(*again.data == fullProject());
    }

    // Format 3 -> 4: a file without a content digest opens as it is (nothing to compare), and
    // the next save writes the digest.
    void migratesFormat3()
    {
        const QString p = makeFromDump(QStringLiteral("v3.ropa"), 3);
        const QByteArray before = readBytes(p);
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 3);
        QVERIFY(!r.damaged);
        QVERIFY(*r.data == withFormat4Meaning(fullProject()));
        QCOMPARE(readBytes(p), before);

        SaveOptions options;
        options.expected = r.fingerprint;
        QVERIFY(!saveProject(*r.data, p, options).error);
        const OpenResult again = openProject(p);
        QVERIFY2(again.data, qPrintable(again.error.message));
        QCOMPARE(again.fileVersion, FormatVersion);
        QVERIFY2(!again.damaged, qPrintable(again.damage));
        QVERIFY(*again.data == withFormat4Meaning(fullProject()));
    }

    // Format 4 -> 5 (issue 18): the file means what it meant. The fixture is the format-3 dump
    // with the one change format 4 made (the table content_digest, filled with digests that
    // are stale after the step), as user_version 4.
    void migratesFormat4()
    {
        const QString p = makeFromDump(QStringLiteral("v4.ropa"), 3);
        QVERIFY(tamper(p, schema::version4().constLast() +
                              QStringLiteral("; INSERT INTO content_digest VALUES ('parties', zeroblob(16)); "
                                             "PRAGMA user_version = 4; VACUUM;")));
        const QByteArray before = readBytes(p);
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 4);
        QVERIFY(!r.damaged); // the digest of format 4 is not compared with the tables of format 5
        QCOMPARE(readBytes(p), before);
        QCOMPARE(r.migrationBackup, path(QStringLiteral("v4.v4.ropa")));
        QVERIFY(*r.data == withFormat4Meaning(fullProject()));
        // Spelled out: a DPA date and a DPIA date mean "yes"; an empty list of categories is
        // "all categories of the activity"; what format 4 could not say is not stated.
        const Party &vendor = r.data->parties.at(test::fixedId(11));
        QCOMPARE(vendor.dpaInPlace, std::optional<bool>(true));
        QCOMPARE(vendor.dpaSigned, std::optional<QDate>(QDate(2024, 3, 1)));
        QVERIFY(!r.data->parties.at(test::fixedId(12)).dpaInPlace);
        QCOMPARE(r.data->activities.at(test::fixedId(60)).dpia.performed, std::optional<bool>(true));
        QVERIFY(!r.data->activities.at(test::fixedId(61)).dpia.performed);
        QVERIFY(!r.data->transfers.at(test::fixedId(70)).allCategories);
        QVERIFY(r.data->transfers.at(test::fixedId(71)).allCategories);
        QVERIFY(r.data->parties.at(test::fixedId(10)).dpo->function.isEmpty());
        QVERIFY(r.data->systems.empty());

        // Saved as format 5 with the new facts, opened again: all there, the digest written.
        SaveOptions options;
        options.expected = r.fingerprint;
        QVERIFY(!saveProject(test::registerProject(), p, options).error);
        const OpenResult again = openProject(p);
        QVERIFY2(again.data, qPrintable(again.error.message));
        QCOMPARE(again.fileVersion, FormatVersion);
        QVERIFY2(!again.damaged, qPrintable(again.damage));
        QVERIFY(*again.data == test::registerProject());
    }

private:
    static QStringList version0Schema()
    {
        QStringList statements = schema::version1();
        statements.removeOne(schema::createStatement(QStringLiteral("project")));
        statements.prepend(QStringLiteral("CREATE TABLE info (name TEXT NOT NULL, language TEXT NOT NULL)"));
        return statements;
    }

    static void registerVersion0()
    {
        migrations::Migration step;
        step.from = 0;
        step.schemaOfFrom = version0Schema();
        step.apply = [](sql::Database &db, QString *error) {
            const bool ok = db.exec(schema::createStatement(QStringLiteral("project"))) &&
                            db.exec("INSERT INTO project (id, name, language, notes) "
                                    "SELECT 1, name, language, '' FROM info") &&
                            db.exec("DROP TABLE info");
            if (!ok)
                *error = db.errorText();
            return ok;
        };
        migrations::detail::registerTestMigration(step);
    }

    // The column names of a table of format 1, comma-separated.
    static QString columnsOfVersion1(const QString &table)
    {
        sql::Database db;
        if (!db.openMemory())
            return {};
        for (const QString &s : schema::version1())
            db.exec(s);
        sql::Statement st(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList names;
        while (st.step() == SQLITE_ROW)
            names.append(st.columnText(0));
        return names.join(QStringLiteral(", "));
    }

    // A file as format 0 had it: written from scratch with the old schema, then filled.
    QString makeVersion0(const QString &name)
    {
        const QString current = makeValid(QStringLiteral("current.tmp"));
        const QString p = path(name);
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(p).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            return {};
        QString sql =
            QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 0; BEGIN; ").arg(qint32(ApplicationId));
        for (const QString &s : version0Schema())
            sql += s + QStringLiteral(";\n");
        sql += QStringLiteral("ATTACH '%1' AS cur;").arg(current);
        sql += QStringLiteral("INSERT INTO info SELECT name, language FROM cur.project;");
        for (const QString &s : schema::version1()) {
            const QString table = s.section(u' ', 2, 2);
            if (table == QLatin1StringView("project"))
                continue;
            // The columns of format 1 (the current tables may have more).
            sql += QStringLiteral("INSERT INTO main.%1 SELECT %2 FROM cur.%1;").arg(table, columnsOfVersion1(table));
        }
        sql += QStringLiteral("COMMIT; DETACH cur;");
        char *message = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_exec(db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            qWarning("makeVersion0: %s", message);
        sqlite3_free(message);
        sqlite3_close(db);
        QFile::remove(current);
        return p;
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrate)
#include "test_store_migrate.moc"
