// The file's history (docs/decisions/0027-history-in-the-file.md) as a user meets it: every save
// in Ropa records who, when, what changed and the comment; `ropa-cli history --verify` finds an
// entry altered or removed by hand; the record exported with --changes-since lists a rename and
// a removed activity saved since that date.

#include "commands/edits.h"
#include "common/clirunner.h"
#include "common/sampleproject.h"
#include "history/changessince.h"
#include "history/record.h"
#include "history/summary.h"
#include "session/projectsession.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ropa;
using ropa::test::fixedId;
using ropa::test::runCli;

namespace {

bool exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

QString out(const test::CliRun &run)
{
    return QString::fromUtf8(run.out + run.err);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A file saved on 10 January (the project), 1 March (activity 60 renamed, by Bob) and
    // 1 April (activity 61 removed, by Carol), as three saves in Ropa would record them.
    QString auditedFile(const QString &name)
    {
        const QString p = path(name);
        const ProjectData first = test::sampleProject();
        ProjectData second = first;
        second.activities.at(fixedId(60)).name = QStringLiteral("Support calls");
        ProjectData third = second;
        third.activities.erase(fixedId(61));
        QList<store::HistoryEntry> history;
        const ProjectData empty;
        const std::pair<const ProjectData *, const ProjectData *> steps[] = {
            {&empty, &first}, {&first, &second}, {&second, &third}};
        const char *authors[] = {"Ann", "Bob", "Carol"};
        const QDateTime dates[] = {at(2026, 1, 10), at(2026, 3, 1), at(2026, 4, 1)};
        for (int i = 0; i < 3; ++i) {
            store::SaveOptions options;
            options.force = true;
            options.history = history;
            options.record =
                history::entryFor(*steps[i].first, *steps[i].second, QString::fromUtf8(authors[i]),
                                  i == 1 ? QStringLiteral("renamed after the reorganisation") : QString(), dates[i]);
            const store::SaveResult r = store::saveProject(*steps[i].second, p, options);
            if (r.error)
                return {};
            history = r.history;
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Saving in Ropa records an entry: the author set once, the time, what changed, the comment.
    void aSaveRecordsAnEntry()
    {
        const QString p = path(QStringLiteral("session.ropa"));
        ProjectSession session;
        session.setAuthor(QStringLiteral("Ann Auditor"));
        session.adoptNew(test::sampleProject());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(session.save(p));
        QCOMPARE(session.history().size(), 1);
        const store::HistoryEntry first = session.history().at(0);
        QCOMPARE(first.author, QStringLiteral("Ann Auditor"));
        QVERIFY(first.when() >= before && first.when() <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(first.savedAt.endsWith(u'Z'));
        const history::Summary created = history::decode(first.changes);
        QVERIFY(created.added > 5); // a new project: everything is new
        QCOMPARE(created.removed, 0);

        Activity calls = *session.project()->find<Activity>(fixedId(60));
        calls.name = QStringLiteral("Support calls");
        QVERIFY(edit::change(*session.project(), AnyEntity(calls)));
        QVERIFY(session.save(p, SaveMode::Normal, QStringLiteral("renamed for the audit")));
        QCOMPARE(session.history().size(), 2);
        const store::HistoryEntry second = session.history().at(1);
        QCOMPARE(second.comment, QStringLiteral("renamed for the audit"));
        const history::Summary renamed = history::decode(second.changes);
        QCOMPARE(renamed.total(), 1);
        QCOMPARE(renamed.changed, 1);
        QCOMPARE(renamed.changes.at(0).value(u"name").toString(), QStringLiteral("Support calls"));
        QCOMPARE(renamed.changes.at(0).value(u"old_name").toString(), QStringLiteral("Customer service calls"));
        QVERIFY(history::oneLine(renamed).contains(QStringLiteral("Support calls")));

        // Undo is not history: the entries stay, and the next save records the way back.
        session.project()->undoStack()->undo();
        QCOMPARE(session.history().size(), 2);
        QVERIFY(session.save(p));
        QCOMPARE(history::decode(session.history().at(2).changes).changes.at(0).value(u"name").toString(),
                 QStringLiteral("Customer service calls"));

        // Read back, the file says the same and its chain checks.
        session.close();
        const LoadedProject back = ProjectSession::read(p, OpenMode::ReadOnly);
        QVERIFY(back);
        QCOMPARE(back.history.size(), 3);
        QVERIFY(back.historyCheck.ok());
        QCOMPARE(back.history.at(1).author, QStringLiteral("Ann Auditor"));
    }

    // The first save of a file of an older format starts its history: the changes since it was opened.
    void anOldFileStartsItsHistoryAtItsFirstSave()
    {
        const QString p = path(QStringLiteral("old.ropa"));
        QVERIFY(!store::saveProject(test::sampleProject(), p).error);
        // Format 6 had neither the history (7) nor the subprocessor lists (8).
        QVERIFY(exec(p, "DROP TABLE history; DROP TABLE subprocessor_list_rows; DROP TABLE subprocessor_lists; "
                        "DROP TABLE party_subprocessor_notice; DELETE FROM content_digest WHERE table_name IN "
                        "('subprocessor_list_rows', 'subprocessor_lists', 'party_subprocessor_notice'); "
                        "PRAGMA user_version = 6; VACUUM;"));
        ProjectSession session;
        session.setAuthor(QStringLiteral("Bob"));
        LoadedProject loaded = ProjectSession::read(p);
        QVERIFY(loaded);
        QCOMPARE(loaded.fileVersion, 6);
        QVERIFY(loaded.history.isEmpty());
        session.adopt(std::move(loaded));
        QVERIFY(session.save(p));
        QCOMPARE(session.history().size(), 1);
        QCOMPARE(history::decode(session.history().at(0).changes).total(), 0); // nothing changed since opening
    }

    // ropa-cli history: the entries, and the chain checked.
    void cliPrintsAndVerifies()
    {
        const QString p = auditedFile(QStringLiteral("cli.ropa"));
        QVERIFY(!p.isEmpty());
        const test::CliRun listed = runCli({QStringLiteral("history"), p});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(out(listed).contains(QStringLiteral("#2  2026-03-01T12:00:00Z  Bob  chain ok")),
                 qPrintable(out(listed)));
        QVERIFY(out(listed).contains(QStringLiteral("renamed after the reorganisation")));
        QVERIFY(out(listed).contains(QStringLiteral("The history is intact (3 entries).")));

        const test::CliRun json = runCli({QStringLiteral("history"), p, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"intact").toBool(), true);
        const QJsonArray entries = o.value(u"entries").toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).toObject().value(u"author").toString(), QStringLiteral("Carol"));
        QCOMPARE(entries.at(2).toObject().value(u"removed").toInt(), 1);
        QCOMPARE(runCli({QStringLiteral("history"), p, QStringLiteral("--verify")}).exitCode, 0);
    }

    // An entry altered or removed by hand is found, and named.
    void cliFindsAlteredAndRemovedEntries_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("author altered") << QByteArray("UPDATE history SET author = 'Mallory' WHERE seq = 2") << 2;
        QTest::newRow("comment removed") << QByteArray("UPDATE history SET comment = '' WHERE seq = 2") << 2;
        QTest::newRow("entry removed") << QByteArray("DELETE FROM history WHERE seq = 2") << 3;
        QTest::newRow("last entry removed") << QByteArray("DELETE FROM history WHERE seq = 3") << 2;
    }
    void cliFindsAlteredAndRemovedEntries()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, firstBad);
        const QString p = auditedFile(QStringLiteral("%1.ropa").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(!p.isEmpty());
        QVERIFY(exec(p, sql.constData()));
        const test::CliRun verify = runCli({QStringLiteral("history"), p, QStringLiteral("--verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(out(verify).contains(QStringLiteral("The history is broken")), qPrintable(out(verify)));
        QVERIFY2(out(verify).contains(QStringLiteral(" entry %1").arg(firstBad)), qPrintable(out(verify)));
        const QJsonObject o =
            QJsonDocument::fromJson(runCli({QStringLiteral("history"), p, QStringLiteral("--json")}).out).object();
        QCOMPARE(o.value(u"intact").toBool(), false);
        QCOMPARE(o.value(u"first_bad").toInt(), firstBad);
    }

    // Entries removed from the end, then the file saved in Ropa: the new entry does not mend the
    // chain (it records that it replaced a later save than the last entry left).
    void aSaveAfterRemovedEntriesStaysBroken()
    {
        const QString p = auditedFile(QStringLiteral("truncated.ropa"));
        QVERIFY(!p.isEmpty());
        QVERIFY(exec(p, "DELETE FROM history WHERE seq = 3"));
        LoadedProject loaded = ProjectSession::read(p);
        QVERIFY(loaded);
        QCOMPARE(loaded.historyCheck.problem, store::HistoryCheck::Problem::NotLastSave);
        ProjectSession session;
        session.setAuthor(QStringLiteral("Mallory"));
        session.adopt(std::move(loaded));
        QVERIFY(session.save(p));
        session.close();
        const LoadedProject again = ProjectSession::read(p, OpenMode::ReadOnly);
        QVERIFY(again);
        QCOMPARE(again.history.size(), 3);
        QCOMPARE(again.history.at(2).author, QStringLiteral("Mallory"));
        QCOMPARE(again.historyCheck.problem, store::HistoryCheck::Problem::HashMismatch);
        QCOMPARE(again.historyCheck.firstBad, 2);
        QCOMPARE(runCli({QStringLiteral("history"), p, QStringLiteral("--verify")}).exitCode, 1);
    }

    void cliRefusesBadInput()
    {
        QCOMPARE(runCli({QStringLiteral("history"), path(QStringLiteral("missing.ropa"))}).exitCode, 2);
    }

    // The record's appendix: what was saved since the date, netted per activity.
    void appendixListsTheChangesSinceADate()
    {
        const QString p = auditedFile(QStringLiteral("audit.ropa"));
        QVERIFY(!p.isEmpty());
        const store::OpenResult r = store::openProject(p);
        QVERIFY(r.data);
        const history::ChangesSince since = history::changesSince(r.history, r.historyCheck, QDate(2026, 2, 1));
        QCOMPARE(since.entries, 2);
        QCOMPARE(since.baseSaved, QStringLiteral("2026-01-10T12:00:00Z"));
        QCOMPARE(since.changes.size(), 2);
        QCOMPARE(since.changes.at(0).name, QStringLiteral("Support calls"));
        QCOMPARE(since.changes.at(0).oldName, QStringLiteral("Customer service calls"));
        QCOMPARE(since.changes.at(1).change, QStringLiteral("removed"));
        QCOMPARE(since.changes.at(1).name, QStringLiteral("Recording on behalf of clients"));
        QCOMPARE(since.changes.at(1).lastAuthor, QStringLiteral("Carol"));
        // Since a later date, only the removal.
        const history::ChangesSince april = history::changesSince(r.history, r.historyCheck, QDate(2026, 3, 15));
        QCOMPARE(april.changes.size(), 1);
        QCOMPARE(april.changes.at(0).change, QStringLiteral("removed"));

        // The exported record carries it.
        const QString md = path(QStringLiteral("record.md"));
        const test::CliRun run = runCli({QStringLiteral("export"), p, QStringLiteral("--changes-since"),
                                         QStringLiteral("2026-02-01"), QStringLiteral("-o"), md});
        QCOMPARE(run.exitCode, 0);
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("Appendix: changes since 2026-02-01")), qPrintable(text.right(2000)));
        QVERIFY(text.contains(QStringLiteral("renamed")));
        QVERIFY(text.contains(QStringLiteral("was “Customer service calls”")));
        QVERIFY(text.contains(QStringLiteral("Recording on behalf of clients")));
        QVERIFY(text.contains(QStringLiteral("removed")));
        // Without the option, no appendix; a bad date is bad input.
        QCOMPARE(runCli({QStringLiteral("export"), p, QStringLiteral("-o"), path(QStringLiteral("plain.md"))}).exitCode,
                 0);
        QFile plain(path(QStringLiteral("plain.md")));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(plain.readAll()).contains(QStringLiteral("Appendix: changes since")));
        QCOMPARE(runCli({QStringLiteral("export"), p, QStringLiteral("--changes-since"), QStringLiteral("March"),
                         QStringLiteral("-o"), md})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
