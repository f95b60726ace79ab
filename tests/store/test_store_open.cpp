// Opening a .ropa file: hostile and broken files are refused with one exact message each,
// nothing loaded and the file untouched; special files (pipes, devices, link loops) at once.
//
// Every fixture is generated at test time with the SQLite C API, in a QTemporaryDir, from a
// file written by saveProject: nothing opaque is committed (storefixture.h).

#include "storefixture.h"

#include "store/projectstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::test;

namespace {

enum class Breakage {
    TextFile,
    RandomBytes,
    Empty,
    Truncated,
    WrongApplicationId,
    FutureVersion,
    ViewLikeTable,
    Trigger,
    ExtraTable,
    ExtraIndex,
    MissingTable,
    ChangedTableDefinition,
    Wal,
    UnknownEnum,
    DanglingReference,
    DuplicateId,
    MalformedDate,
    ImpossibleDate,
    BadCountry,
    BadBoolean,
    BlobInTextColumn,
    NonCanonicalId,
    OrphanListRow,
    PositionGap,
    TwoProjectRows,
    NoProjectRow,
    InvalidUtf8,
    PartialContact,
    MalformedSchema,
    VirtualTable,
    AttachAttempt,
    AcceptanceOfMissingEntity,
    AcceptanceWithoutJustification,
    AcceptanceBadDate,
    AcceptanceRuleNotText,
    AcceptanceBadRule,
    AcceptanceEntityNotId,
    AcceptanceTableChanged,
    AcceptanceTableInVersion1,
};

} // namespace

Q_DECLARE_METATYPE(Breakage)
Q_DECLARE_METATYPE(ropa::store::ErrorCode)

class TestStoreOpen : public StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void openNeverWrites()
    {
        const QString p = makeValid(QStringLiteral("untouched.ropa"));
        const QByteArray before = readBytes(p);
        const QDateTime modified = QFileInfo(p).lastModified();
        QVERIFY(openProject(p).data);
        QCOMPARE(readBytes(p), before);
        QCOMPARE(QFileInfo(p).lastModified(), modified);
        QCOMPARE(filesIn(m_dirPath), QStringList{QStringLiteral("untouched.ropa")});
    }

    void missingFile()
    {
        const OpenResult r = openProject(path(QStringLiteral("nowhere.ropa")));
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cnowhere.ropa\u201d was not found. It may have been moved, renamed or deleted."));
        QVERIFY(!r.data);
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<Breakage>("breakage");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");

        const QString tampered = QStringLiteral(", which Ropa never writes: the file may have been tampered with, "
                                                "so it was not opened.");
        const QString notOpened = QStringLiteral(". The project was not opened.");
        const QString vendor = QStringLiteral("party %1 (\u201cCallCabinet\u201d)").arg(sid(11));

        QTest::newRow("text file") << Breakage::TextFile << ErrorCode::NotRopa
                                   << QStringLiteral("\u201cx.ropa\u201d is not a Ropa project (it is not a SQLite "
                                                     "database). Choose a .ropa file made by Ropa.");
        QTest::newRow("random bytes") << Breakage::RandomBytes << ErrorCode::NotRopa
                                      << QStringLiteral("\u201cx.ropa\u201d is not a Ropa project (it is not a SQLite "
                                                        "database). Choose a .ropa file made by Ropa.");
        QTest::newRow("empty file") << Breakage::Empty << ErrorCode::NotRopa
                                    << QStringLiteral("\u201cx.ropa\u201d is not a Ropa project (the file is empty). "
                                                      "Choose a .ropa file made by Ropa.");
        QTest::newRow("truncated") << Breakage::Truncated << ErrorCode::Corrupt
                                   << QStringLiteral("\u201cx.ropa\u201d is damaged: the file is shorter than its "
                                                     "header says, so it may have been cut off while it was copied "
                                                     "or downloaded. Open a backup copy.");
        QTest::newRow("wrong application_id")
            << Breakage::WrongApplicationId << ErrorCode::NotRopa
            << QStringLiteral("\u201cx.ropa\u201d is not a Ropa project (it is a SQLite database of another "
                              "program). Choose a .ropa file made by Ropa.");
        QTest::newRow("future user_version")
            << Breakage::FutureVersion << ErrorCode::TooNew
            << QStringLiteral("This file was made by a newer Ropa (format 9; this version reads up to 8). Update "
                              "Ropa to open it.");
        QTest::newRow("view named like a table")
            << Breakage::ViewLikeTable << ErrorCode::Hostile
            << QStringLiteral("The project contains a view named \u201cparties\u201d") + tampered;
        QTest::newRow("trigger") << Breakage::Trigger << ErrorCode::Hostile
                                 << QStringLiteral("The project contains a trigger named \u201cstamp\u201d") + tampered;
        QTest::newRow("extra table") << Breakage::ExtraTable << ErrorCode::Hostile
                                     << QStringLiteral("The project contains a table named \u201cextra\u201d") +
                                            tampered;
        QTest::newRow("extra index") << Breakage::ExtraIndex << ErrorCode::Hostile
                                     << QStringLiteral("The project contains an index named \u201cby_name\u201d") +
                                            tampered;
        QTest::newRow("missing table")
            << Breakage::MissingTable << ErrorCode::Corrupt
            << QStringLiteral("The project has no table named \u201ctransfer_evidence\u201d, which every Ropa "
                              "project of format 8 has: the file is damaged or was not made by Ropa, so it was not "
                              "opened.");
        QTest::newRow("changed table definition")
            << Breakage::ChangedTableDefinition << ErrorCode::Hostile
            << QStringLiteral("The table \u201csources\u201d in the project is not defined the way Ropa defines it: "
                              "the file may have been tampered with, so it was not opened.");
        QTest::newRow("WAL mode") << Breakage::Wal << ErrorCode::Hostile
                                  << QStringLiteral("\u201cx.ropa\u201d is in write-ahead log (WAL) mode, which Ropa "
                                                    "never writes: the file may have been changed by another "
                                                    "program, so it was not opened.");
        QTest::newRow("unknown enum value")
            << Breakage::UnknownEnum << ErrorCode::InvalidContent
            << vendor +
                   QStringLiteral(", key \u201ckind\u201d: \u201calien\u201d is not one of the values Ropa knows "
                                  "(organisation, public_authority, international_organisation, individual)") +
                   notOpened;
        QTest::newRow("dangling reference")
            << Breakage::DanglingReference << ErrorCode::InvalidContent
            << QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), key \u201corganisation\u201d: refers "
                              "to party %2, which is not in the project")
                       .arg(sid(60), sid(99)) +
                   notOpened;
        QTest::newRow("duplicate id")
            << Breakage::DuplicateId << ErrorCode::InvalidContent
            << QStringLiteral("data subject %1 (\u201cStaff\u201d), key \u201cid\u201d: the id is also used by a "
                              "party; every id must be unique")
                       .arg(sid(11)) +
                   notOpened;
        QTest::newRow("malformed date")
            << Breakage::MalformedDate << ErrorCode::InvalidContent
            << QStringLiteral(
                   "document %1 (\u201cPrivacyverklaring\u201d), key \u201cdate\u201d: \u201c29/07/2025\u201d "
                   "is not a valid date in the form YYYY-MM-DD")
                       .arg(sid(1)) +
                   notOpened;
        QTest::newRow("impossible date")
            << Breakage::ImpossibleDate << ErrorCode::InvalidContent
            << vendor +
                   QStringLiteral(", key \u201cdpa\u201d: \u201c2024-02-30\u201d is not a valid date in the "
                                  "form YYYY-MM-DD") +
                   notOpened;
        QTest::newRow("bad country code")
            << Breakage::BadCountry << ErrorCode::InvalidContent
            << vendor +
                   QStringLiteral(", key \u201ccountry\u201d: \u201cXX\u201d is not an ISO 3166-1 alpha-2 country "
                                  "code (or \u201cEU\u201d)") +
                   notOpened;
        // CHECK constraints are verified by quick_check (SQLite 3.40), before Ropa's own checks.
        QTest::newRow("boolean not 0 or 1")
            << Breakage::BadBoolean << ErrorCode::Corrupt
            << QStringLiteral("\u201cx.ropa\u201d is damaged, so it was not opened (SQLite's check found: CHECK "
                              "constraint failed in parties). Open a backup copy.");
        QTest::newRow("blob in a text column")
            << Breakage::BlobInTextColumn << ErrorCode::InvalidContent
            << vendor + QStringLiteral(", key \u201caddress\u201d: the value is binary data, not text") + notOpened;
        QTest::newRow("id not canonical")
            << Breakage::NonCanonicalId << ErrorCode::InvalidContent
            << QStringLiteral("The table \u201csources\u201d has a row whose id "
                              "\u201c{00000000-0000-4000-8000-000000000040}\u201d is not an id (a lower-case "
                              "UUID). The project was not opened.");
        QTest::newRow("orphan list row")
            << Breakage::OrphanListRow << ErrorCode::InvalidContent
            << QStringLiteral("The table \u201cparty_locations\u201d has a row for the party \u201c%1\u201d, which is "
                              "not in the project: the file is damaged or was changed by another program, so it was "
                              "not opened.")
                   .arg(sid(98));
        QTest::newRow("gap in list positions")
            << Breakage::PositionGap << ErrorCode::InvalidContent
            << vendor +
                   QStringLiteral(", key \u201ccertifications\u201d: the positions in the table "
                                  "\u201cparty_certifications\u201d are not 0, 1, 2, \u2026") +
                   notOpened;
        QTest::newRow("two project rows")
            << Breakage::TwoProjectRows << ErrorCode::Corrupt
            << QStringLiteral("\u201cx.ropa\u201d is damaged, so it was not opened (SQLite's check found: CHECK "
                              "constraint failed in project). Open a backup copy.");
        QTest::newRow("no project row")
            << Breakage::NoProjectRow << ErrorCode::InvalidContent
            << QStringLiteral("The table \u201cproject\u201d is empty, but Ropa always writes one row there: the "
                              "file is damaged or was changed by another program, so it was not opened.");
        QTest::newRow("invalid UTF-8") << Breakage::InvalidUtf8 << ErrorCode::InvalidContent
                                       << vendor +
                                              QStringLiteral(", key \u201cnotes\u201d: the text is not valid UTF-8") +
                                              notOpened;
        QTest::newRow("malformed schema")
            << Breakage::MalformedSchema << ErrorCode::Corrupt
            << QStringLiteral("\u201cx.ropa\u201d is damaged or was tampered with: its table definitions cannot be "
                              "read, so it was not opened. Open a backup copy.");
        QTest::newRow("virtual table") << Breakage::VirtualTable << ErrorCode::Hostile
                                       << QStringLiteral("The project contains a table named \u201csearch\u201d") +
                                              tampered;
        QTest::newRow("view that attaches")
            << Breakage::AttachAttempt << ErrorCode::Hostile
            << QStringLiteral("The project contains a view named \u201cdocuments\u201d") + tampered;
        const QString accepted = QStringLiteral("project, key \u201caccepted_findings\u201d: ");
        QTest::newRow("acceptance of a missing entity")
            << Breakage::AcceptanceOfMissingEntity << ErrorCode::InvalidContent
            << accepted +
                   QStringLiteral("the accepted finding PROC-DPA-MISSING of %1 refers to an entity that is not in the "
                                  "project")
                       .arg(sid(98)) +
                   notOpened;
        QTest::newRow("acceptance without justification")
            << Breakage::AcceptanceWithoutJustification << ErrorCode::InvalidContent
            << accepted +
                   QStringLiteral("the accepted finding PROC-DPA-MISSING of %1 has no justification; say why the "
                                  "finding is accepted")
                       .arg(sid(11)) +
                   notOpened;
        QTest::newRow("acceptance with an impossible date")
            << Breakage::AcceptanceBadDate << ErrorCode::InvalidContent
            << QStringLiteral("accepted finding 2 (table \u201caccepted_findings\u201d), key \u201cdate\u201d: "
                              "\u201c2025-13-01\u201d is not a valid date in the form YYYY-MM-DD") +
                   notOpened;
        QTest::newRow("acceptance rule not text")
            << Breakage::AcceptanceRuleNotText << ErrorCode::InvalidContent
            << QStringLiteral("accepted finding 2 (table \u201caccepted_findings\u201d), key \u201crule\u201d: the "
                              "value is binary data, not text") +
                   notOpened;
        QTest::newRow("acceptance of no rule")
            << Breakage::AcceptanceBadRule << ErrorCode::InvalidContent
            << accepted + QStringLiteral("\u201cDROP TABLE x;\u201d is not a rule id (such as PROC-DPA-MISSING)") +
                   notOpened;
        QTest::newRow("acceptance entity not an id")
            << Breakage::AcceptanceEntityNotId << ErrorCode::InvalidContent
            << QStringLiteral("accepted finding 2 (table \u201caccepted_findings\u201d), key \u201centity\u201d: "
                              "\u201cCallCabinet\u201d is not an id (a lower-case UUID such as "
                              "3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)") +
                   notOpened;
        QTest::newRow("acceptance table changed")
            << Breakage::AcceptanceTableChanged << ErrorCode::Hostile
            << QStringLiteral("The table \u201caccepted_findings\u201d in the project is not defined the way Ropa "
                              "defines it: the file may have been tampered with, so it was not opened.");
        QTest::newRow("format 1 file with the table of format 2")
            << Breakage::AcceptanceTableInVersion1 << ErrorCode::Hostile
            << QStringLiteral("The project contains a table named \u201caccepted_findings\u201d") + tampered;
        QTest::newRow("half a contact")
            << Breakage::PartialContact << ErrorCode::InvalidContent
            << vendor +
                   QStringLiteral(", key \u201cdpo\u201d: the name, function, e-mail and phone must be all "
                                  "stated or all empty (NULL)") +
                   notOpened;
    }

    void refusesBrokenFiles()
    {
        QFETCH(Breakage, breakage);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);

        const QString p = makeValid(QStringLiteral("x.ropa"));
        QVERIFY(openProject(p).data);
        const QString vendor = sid(11);
        bool ok = true;
        switch (breakage) {
        case Breakage::TextFile: ok = writeBytes(p, "Northwind Contact Centre\nparties: CallCabinet, HubSpot\n"); break;
        case Breakage::RandomBytes: {
            QByteArray junk(4096, '\0');
            QRandomGenerator gen(20261123);
            for (char &c : junk)
                c = char(gen.bounded(256));
            ok = writeBytes(p, junk);
            break;
        }
        case Breakage::Empty: ok = writeBytes(p, QByteArray()); break;
        case Breakage::Truncated: {
            const QByteArray bytes = readBytes(p);
            ok = writeBytes(p, bytes.left(bytes.size() / 2));
            break;
        }
        case Breakage::WrongApplicationId: ok = tamper(p, QStringLiteral("PRAGMA application_id = 1179603014;")); break;
        case Breakage::FutureVersion: ok = tamper(p, QStringLiteral("PRAGMA user_version = 9;")); break;
        case Breakage::ViewLikeTable:
            ok = tamper(p, QStringLiteral("CREATE TABLE hidden AS SELECT * FROM parties; DROP TABLE parties; "
                                          "DROP TABLE hidden; "
                                          "CREATE VIEW parties AS SELECT * FROM documents;"));
            break;
        case Breakage::Trigger:
            ok = tamper(p, QStringLiteral("CREATE TRIGGER stamp AFTER INSERT ON documents "
                                          "BEGIN UPDATE project SET notes = 'owned'; END;"));
            break;
        case Breakage::ExtraTable: ok = tamper(p, QStringLiteral("CREATE TABLE extra (payload TEXT);")); break;
        case Breakage::ExtraIndex: ok = tamper(p, QStringLiteral("CREATE INDEX by_name ON parties(name);")); break;
        case Breakage::MissingTable: ok = tamper(p, QStringLiteral("DROP TABLE transfer_evidence;")); break;
        case Breakage::ChangedTableDefinition:
            ok = tamper(p, QStringLiteral("ALTER TABLE sources ADD COLUMN secret TEXT;"));
            break;
        case Breakage::Wal: ok = tamper(p, QStringLiteral("PRAGMA journal_mode = WAL;")); break;
        case Breakage::UnknownEnum:
            ok = tamper(p, QStringLiteral("UPDATE parties SET kind = 'alien' WHERE id = '%1';").arg(vendor));
            break;
        case Breakage::DanglingReference:
            ok = tamper(
                p, QStringLiteral("UPDATE activities SET organisation = '%1' WHERE id = '%2';").arg(sid(99), sid(60)));
            break;
        case Breakage::DuplicateId:
            // The data subject "Staff" takes the id of the party CallCabinet.
            ok = tamper(p, QStringLiteral("UPDATE data_subjects SET id = '%1' WHERE id = '%2';"
                                          "UPDATE activity_data_subjects SET data_subject = '%1' "
                                          "WHERE data_subject = '%2';")
                               .arg(vendor, sid(31)));
            break;
        case Breakage::MalformedDate:
            ok = tamper(p, QStringLiteral("UPDATE documents SET date = '29/07/2025' WHERE id = '%1';").arg(sid(1)));
            break;
        case Breakage::ImpossibleDate:
            ok = tamper(p, QStringLiteral("UPDATE parties SET dpa_signed = '2024-02-30' WHERE id = '%1';").arg(vendor));
            break;
        case Breakage::BadCountry:
            ok = tamper(p, QStringLiteral("UPDATE parties SET country = 'XX' WHERE id = '%1';").arg(vendor));
            break;
        case Breakage::BadBoolean:
            // The CHECK constraint holds for honest writers; a crafted file bypasses it.
            ok = tamper(p, QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                                          "UPDATE parties SET dpf_certified = 2 WHERE id = '%1';")
                               .arg(vendor));
            break;
        case Breakage::BlobInTextColumn:
            ok = tamper(p, QStringLiteral("UPDATE parties SET address = x'00ff00ff' WHERE id = '%1';").arg(vendor));
            break;
        case Breakage::NonCanonicalId:
            ok = tamper(p, QStringLiteral("UPDATE sources SET id = '{%1}' WHERE id = '%1';"
                                          "UPDATE source_evidence SET source = '{%1}' WHERE source = '%1';")
                               .arg(sid(40)));
            break;
        case Breakage::OrphanListRow:
            ok = tamper(p, QStringLiteral("INSERT INTO party_locations (party, pos, country) VALUES ('%1', 0, 'NL');")
                               .arg(sid(98)));
            break;
        case Breakage::PositionGap:
            ok = tamper(p,
                        QStringLiteral("UPDATE party_certifications SET pos = pos + 5 WHERE party = '%1' AND pos = 2;")
                            .arg(vendor));
            break;
        case Breakage::TwoProjectRows:
            ok =
                tamper(p, QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                                         "INSERT INTO project (id, name, language, notes) VALUES (2, 'b', 'en', '');"));
            break;
        case Breakage::NoProjectRow: ok = tamper(p, QStringLiteral("DELETE FROM project;")); break;
        case Breakage::InvalidUtf8:
            ok = tamper(
                p,
                QStringLiteral("UPDATE parties SET notes = CAST(x'4f6b20c328' AS TEXT) WHERE id = '%1';").arg(vendor));
            break;
        case Breakage::MalformedSchema:
            ok = tamper(p, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                                          "'CREATE TABLE sources (id TEXT NOT NULL PRIMARY' WHERE name = 'sources';"));
            break;
        case Breakage::VirtualTable:
            ok = tamper(p, QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(body);"));
            break;
        case Breakage::AttachAttempt:
            ok = tamper(p, QStringLiteral("CREATE TABLE d2 AS SELECT * FROM documents; DROP TABLE documents; "
                                          "CREATE VIEW documents AS SELECT id, title, url, date, "
                                          "load_extension('/tmp/evil') AS text FROM d2;"));
            break;
        case Breakage::PartialContact:
            ok = tamper(p, QStringLiteral("UPDATE parties SET dpo_email = NULL WHERE id = '%1';").arg(vendor));
            break;
        case Breakage::AcceptanceOfMissingEntity:
            ok = tamper(
                p,
                QStringLiteral("UPDATE accepted_findings SET entity = '%1' WHERE entity = '%2';").arg(sid(98), vendor));
            break;
        case Breakage::AcceptanceWithoutJustification:
            ok = tamper(
                p, QStringLiteral("UPDATE accepted_findings SET justification = ' ' WHERE entity = '%1';").arg(vendor));
            break;
        case Breakage::AcceptanceBadDate:
            ok = tamper(
                p, QStringLiteral("UPDATE accepted_findings SET date = '2025-13-01' WHERE entity = '%1';").arg(vendor));
            break;
        case Breakage::AcceptanceRuleNotText:
            ok =
                tamper(p, QStringLiteral("UPDATE accepted_findings SET rule = x'07' WHERE entity = '%1';").arg(vendor));
            break;
        case Breakage::AcceptanceBadRule:
            ok = tamper(
                p,
                QStringLiteral("UPDATE accepted_findings SET rule = 'DROP TABLE x;' WHERE entity = '%1';").arg(vendor));
            break;
        case Breakage::AcceptanceEntityNotId:
            ok = tamper(
                p,
                QStringLiteral("UPDATE accepted_findings SET entity = 'CallCabinet' WHERE entity = '%1';").arg(vendor));
            break;
        case Breakage::AcceptanceTableChanged:
            ok = tamper(p, QStringLiteral("ALTER TABLE accepted_findings ADD COLUMN severity TEXT;"));
            break;
        case Breakage::AcceptanceTableInVersion1: ok = tamper(p, QStringLiteral("PRAGMA user_version = 1;")); break;
        }
        QVERIFY(ok);

        const QByteArray before = readBytes(p);
        const QStringList filesBefore = filesIn(m_dirPath);
        const OpenResult r = openProject(p);
        QCOMPARE(r.error.message, message);
        QCOMPARE(r.error.code, code);
        QVERIFY(!r.data);
        QCOMPARE(readBytes(p), before);
        QCOMPARE(filesIn(m_dirPath), filesBefore);
    }

    // The transfers are read on a second thread while the other tables are read on the first;
    // when several tables are wrong, the message is still that of the first one in the order
    // of the format (parties before transfers before accepted findings), as when one thread
    // read them all.
    void firstFailureInTableOrderIsReported()
    {
        const QString transferMessage =
            QStringLiteral("transfer %1 (\u201cCall recording\u201d), key \u201cmechanism\u201d: \u201calien\u201d "
                           "is not one of the values Ropa knows")
                .arg(sid(70));
        const QString partyMessage =
            QStringLiteral("party %1 (\u201cCallCabinet\u201d), key \u201ckind\u201d: \u201calien\u201d").arg(sid(11));
        const QString badTransfer =
            QStringLiteral("UPDATE transfers SET mechanism = 'alien' WHERE id = '%1';").arg(sid(70));

        const QString onlyTransfer = makeValid(QStringLiteral("transfer.ropa"));
        QVERIFY(tamper(onlyTransfer, badTransfer));
        OpenResult r = openProject(onlyTransfer);
        QVERIFY(!r.data);
        QCOMPARE(r.error.code, ErrorCode::InvalidContent);
        QVERIFY2(r.error.message.startsWith(transferMessage), qPrintable(r.error.message));

        const QString partyAndTransfer = makeValid(QStringLiteral("party-transfer.ropa"));
        QVERIFY(
            tamper(partyAndTransfer,
                   badTransfer + QStringLiteral("UPDATE parties SET kind = 'alien' WHERE id = '%1';").arg(sid(11))));
        r = openProject(partyAndTransfer);
        QVERIFY(!r.data);
        QVERIFY2(r.error.message.startsWith(partyMessage), qPrintable(r.error.message));

        const QString transferAndFinding = makeValid(QStringLiteral("transfer-finding.ropa"));
        QVERIFY(tamper(transferAndFinding,
                       badTransfer + QStringLiteral("UPDATE accepted_findings SET date = '2025-13-45';")));
        r = openProject(transferAndFinding);
        QVERIFY(!r.data);
        QVERIFY2(r.error.message.startsWith(transferMessage), qPrintable(r.error.message));

        const QString onlyFinding = makeValid(QStringLiteral("finding.ropa"));
        QVERIFY(tamper(onlyFinding, QStringLiteral("UPDATE accepted_findings SET date = '2025-13-45';")));
        r = openProject(onlyFinding);
        QVERIFY(!r.data);
        QVERIFY2(r.error.message.contains(QStringLiteral("2025-13-45")), qPrintable(r.error.message));
    }

    void refusesHugeTextCell()
    {
        const QString p = makeValid(QStringLiteral("big.ropa"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(p).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "UPDATE documents SET text = ?1 WHERE id = ?2", -1, &st, nullptr),
                     SQLITE_OK);
            const QByteArray huge(100 * 1024 * 1024, 'x');
            const QByteArray id = sid(2).toUtf8();
            sqlite3_bind_text64(st, 1, huge.constData(), sqlite3_uint64(huge.size()), SQLITE_STATIC, SQLITE_UTF8);
            sqlite3_bind_text(st, 2, id.constData(), -1, SQLITE_STATIC);
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        QVERIFY(QFileInfo(p).size() > 100 * 1024 * 1024);
        const QByteArray before = readBytes(p);
        const OpenResult r = openProject(p);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cbig.ropa\u201d contains a value larger than 64 MB in the table "
                                "\u201cdocuments\u201d, which Ropa never writes: the file may have been tampered "
                                "with, so it was not opened."));
        QCOMPARE(r.error.code, ErrorCode::Hostile);
        QVERIFY(!r.data);
        QVERIFY(readBytes(p) == before);
    }

    void refusesHugeFileBeforeReading()
    {
        // A sparse file: nothing is written, and nothing is read.
        const QString p = path(QStringLiteral("huge.ropa"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(MaxFileBytes + 4096));
        f.close();
        const OpenResult r = openProject(p);
        QCOMPARE(r.error.code, ErrorCode::NotRopa);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201chuge.ropa\u201d is too large to be a Ropa project (1024 MB; Ropa opens files "
                                "of up to 1024 MB)."));
        QVERIFY(!r.data);
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: every file is readable");
        const QString p = makeValid(QStringLiteral("secret.ropa"));
        QVERIFY(QFile::setPermissions(p, QFileDevice::WriteOwner));
        const OpenResult r = openProject(p);
        QCOMPARE(r.error.code, ErrorCode::Unreadable);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201csecret.ropa\u201d could not be read (Permission denied). Check that you may "
                                "read it."));
        QVERIFY(!r.data);
    }

    // Only an ordinary file is opened, and without waiting: a plain open() of a named pipe
    // blocks until somebody writes to it. If it does block, the test writes to the pipe itself
    // (so that it ends) and fails.
    void refusesNamedPipeAtOnce()
    {
        const QString p = path(QStringLiteral("pipe.ropa"));
        const QByteArray native = QFile::encodeName(p);
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        std::future<OpenResult> opening = std::async(std::launch::async, [p] { return openProject(p); });
        if (opening.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
            const int writer = ::open(native.constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0)
                ::close(writer);
            opening.wait();
            QFAIL("openProject waited for somebody to write to a named pipe");
        }
        const OpenResult r = opening.get();
        QCOMPARE(r.error.code, ErrorCode::NotRopa);
        QCOMPARE(r.error.message, QStringLiteral("\u201cpipe.ropa\u201d is a named pipe, not a Ropa project. Choose a "
                                                 ".ropa file made by Ropa."));
        QVERIFY(!r.data);
        QVERIFY(fingerprintOf(p).isNull());
    }

    // A device behind a link named like a project is refused before a byte is read (its size
    // says 0, and /dev/zero never ends).
    void refusesDeviceBehindLink()
    {
        const QString p = path(QStringLiteral("x.ropa"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), p));
        QElapsedTimer timer;
        timer.start();
        const OpenResult r = openProject(p);
        QCOMPARE(r.error.code, ErrorCode::NotRopa);
        QCOMPARE(r.error.message, QStringLiteral("\u201cx.ropa\u201d is a device, not a Ropa project. Choose a .ropa "
                                                 "file made by Ropa."));
        QVERIFY(!r.data);
        QVERIFY2(timer.elapsed() < 1000, "the device was read");
    }

    // Links that point at each other are not "not found": the message says what is wrong.
    void refusesLinkLoop()
    {
        const QString a = path(QStringLiteral("a.ropa"));
        const QString b = path(QStringLiteral("b.ropa"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const OpenResult r = openProject(a);
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        QCOMPARE(r.error.message, QStringLiteral("\u201ca.ropa\u201d is a symbolic link that leads back to itself (a "
                                                 "loop), so there is no file to open. Correct or remove the link."));
        QVERIFY(!r.data);
    }

    void refusesDamagedPages()
    {
        // Overwrite the middle of the last page: the header is fine, the b-tree is not.
        const QString p = makeValid(QStringLiteral("damaged.ropa"));
        QByteArray bytes = readBytes(p);
        const qsizetype pageSize = 4096;
        QVERIFY(bytes.size() >= 4 * pageSize);
        for (qsizetype i = pageSize * 2; i < pageSize * 3; ++i)
            bytes[i] = char(0xA5);
        QVERIFY(writeBytes(p, bytes));
        const OpenResult r = openProject(p);
        QCOMPARE(r.error.code, ErrorCode::Corrupt);
        QVERIFY2(
            r.error.message.startsWith(QStringLiteral("\u201cdamaged.ropa\u201d is damaged, so it was not opened")),
            qPrintable(r.error.message));
        QVERIFY(!r.data);
        QCOMPARE(readBytes(p), bytes);
    }

    // The same rows in a file whose text encoding was changed to UTF-16 (PRAGMA encoding): not
    // "the id is not an id" but what is wrong (issue #17, item 6).
    void refusesUtf16Copy()
    {
        const QString p = makeFromDump(QStringLiteral("x.ropa"), 2, "PRAGMA encoding = 'UTF-16le'; ");
        const OpenResult r = openProject(p);
        QVERIFY(!r.data);
        QCOMPARE(r.error.message,
                 QStringLiteral("\u201cx.ropa\u201d stores its texts in UTF-16, not in UTF-8 as Ropa writes them: the "
                                "file's text encoding was changed by another program, so it was not opened."));
        QCOMPARE(r.error.code, ErrorCode::Hostile);
    }

    // A format-2 file whose activities table already has a format-3 column was not written
    // by Ropa: refused by the schema allow-list of format 2, not migrated.
    void format2WithFormat3ColumnIsRefused()
    {
        const QString p = makeFromDump(QStringLiteral("v2.ropa"), 2);
        QVERIFY(tamper(p, QStringLiteral("ALTER TABLE activities ADD COLUMN large_scale INTEGER;")));
        const OpenResult r = openProject(p);
        QVERIFY(!r.data);
        QCOMPARE(r.error.code, ErrorCode::Hostile);
        QCOMPARE(r.error.message,
                 QStringLiteral("The table \u201cactivities\u201d in the project is not defined the way Ropa defines "
                                "it: the file may have been tampered with, so it was not opened."));
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "test_store_open.moc"
