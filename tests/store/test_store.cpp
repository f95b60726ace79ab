// The .ropa file: every field round-trips; hostile and broken files are refused with one
// exact message each, nothing loaded and the file untouched; save is atomic and refuses a
// file that changed on disk; older formats migrate through registered steps.
//
// Every fixture is generated at test time with the SQLite C API, in a QTemporaryDir, from a
// file written by saveProject: nothing opaque is committed.

#include "common/registerproject.h"
#include "common/sampleproject.h"
#include "domain/validation.h"
#include "store/migrations.h"
#include "store/projectlock.h"
#include "store/projectstore.h"
#include "store/rowbatch.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <csignal>
#include <future>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ropa;
using namespace ropa::store;

namespace {

QString sid(int n)
{
    return idToString(test::fixedId(n));
}

// The shared sample, plus every remaining optional field set somewhere and unset somewhere
// else, text with a byte-order mark, and empty-but-present values.
ProjectData fullProject()
{
    ProjectData d = test::sampleProject();
    Party &vendor = d.parties.at(test::fixedId(11));
    vendor.kind = PartyKind::InternationalOrganisation;
    vendor.address = QStringLiteral("1900 Glades Road, Boca Rat\u00f3n");
    vendor.representative =
        Contact{QStringLiteral("EU Rep Ltd"), QStringLiteral("rep@eurep.example"), QStringLiteral("+353 1 000 0000")};
    vendor.dpo = Contact{}; // stated, but every part empty
    vendor.website = QStringLiteral("https://www.callcabinet.com");
    vendor.certifications = {QStringLiteral("SOC 2"), QStringLiteral("ISO 27001"), QStringLiteral("\u65e5\u672c")};
    vendor.notes = QStringLiteral("\ufeffStarts with a BOM; has a tab\tand \U0001F600");
    vendor.evidence = {Evidence{test::fixedId(2), QStringLiteral("second")},
                       Evidence{test::fixedId(1), QStringLiteral("first")}};
    Party &category = d.parties.at(test::fixedId(12));
    category.kind = PartyKind::PublicAuthority;

    Party person;
    person.id = test::fixedId(13);
    person.name = QStringLiteral("J\u00fcrgen M\u00fcller");
    person.kind = PartyKind::Individual;
    person.country = QStringLiteral("DE");
    d.parties.emplace(person.id, person);

    DataCategory &comms = d.dataCategories.at(test::fixedId(20));
    comms.examples = {QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")};
    comms.special = SpecialCategory::SexLifeOrientation;
    comms.usCategory = UsCategory::Identifiers;
    comms.evidence = {Evidence{test::fixedId(1), QStringLiteral("\u201cquoted\u201d")}};

    DataSubject &customers = d.dataSubjects.at(test::fixedId(30));
    customers.evidence = {Evidence{test::fixedId(1), QStringLiteral("callers")}};
    DataSubject staff{test::fixedId(31), QStringLiteral("Staff"), {}, {}};
    d.dataSubjects.emplace(staff.id, staff);

    Source &direct = d.sources.at(test::fixedId(40));
    direct.evidence = {Evidence{test::fixedId(2), QStringLiteral("s")}};
    Source crm{test::fixedId(41), QStringLiteral("CRM"), SourceKind::CustomerSystems, {}};
    d.sources.emplace(crm.id, crm);

    SecurityMeasure &enc = d.securityMeasures.at(test::fixedId(50));
    enc.evidence = {Evidence{test::fixedId(1), QStringLiteral("AES")}};
    SecurityMeasure badge{test::fixedId(51), QStringLiteral("Badge access"), MeasureKind::Physical, {}, {}};
    d.securityMeasures.emplace(badge.id, badge);

    Activity &calls = d.activities.at(test::fixedId(60));
    calls.sources = {crm.id, direct.id};
    calls.securityMeasures = {badge.id, enc.id};
    calls.dataSubjects = {staff.id, customers.id};
    calls.retention.append(RetentionRule{
        {test::fixedId(22), test::fixedId(20)}, QStringLiteral("P1Y2M"), {}, QStringLiteral("Art. 7:2 BW"), {}});
    Activity &hosted = d.activities.at(test::fixedId(61));
    hosted.dpia = Dpia{false, std::nullopt};
    // Format 3: the explicit facts, set otherwise than on the sample's activity.
    hosted.consentConditionOfService = true;
    hosted.balancingTest = BalancingTest{std::nullopt, QStringLiteral("Only a note, no date")};
    hosted.largeScale = false;

    Transfer &t = d.transfers.at(test::fixedId(70));
    t.countries = {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("IN")};
    t.activities = {test::fixedId(61), test::fixedId(60)};
    t.dataCategories = {test::fixedId(21), test::fixedId(20)};
    t.evidence.append(Evidence{test::fixedId(1), QStringLiteral("CallCabinet processes recordings.")});
    t.occasional = false;

    // Format 2: accepted findings, one with a detail, text with a quote mark and non-ASCII.
    d.acceptedFindings = {
        {QStringLiteral("ART30-RETENTION-MISSING"), test::fixedId(60), idToString(test::fixedId(21)),
         QStringLiteral("Bewaard zolang het gesprek \u2014 zie \u201cbeleid\u201d; it's fine"), QDate(2025, 6, 3)},
        {QStringLiteral("PROC-DPA-MISSING"),
         test::fixedId(11),
         {},
         QStringLiteral("DPA signed on paper"),
         QDate(2025, 6, 2)},
    };
    return d;
}

// The project as a file of format 2 or older holds it: none of the facts of format 3.
ProjectData withoutFormat3Facts(ProjectData d)
{
    for (auto &[id, a] : d.activities) {
        a.consentConditionOfService.reset();
        a.balancingTest = {};
        a.largeScale.reset();
    }
    for (auto &[id, t] : d.transfers) {
        t.occasional.reset();
        t.suitableSafeguards.clear();
    }
    return d;
}

// What a file of format 4 or older means in format 5 (the 4 -> 5 step, migrations.cpp): a DPA
// date says the DPA is in place, a DPIA date that it was performed, and a transfer that
// lists no category carries every category of its activities.
ProjectData withFormat4Meaning(ProjectData d)
{
    for (auto &[id, p] : d.parties) {
        if (p.dpaSigned)
            p.dpaInPlace = true;
    }
    for (auto &[id, a] : d.activities) {
        if (a.dpia.done)
            a.dpia.performed = true;
    }
    for (auto &[id, t] : d.transfers)
        t.allCategories = t.dataCategories.isEmpty();
    return d;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs SQL on a file with a plain connection (what an attacker would do), foreign keys off.
bool tamper(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const QByteArray utf8 = (QStringLiteral("PRAGMA foreign_keys = OFF; ") + sql).toUtf8();
    const int rc = sqlite3_exec(db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("tamper: %s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

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

class TestStore : public QObject
{
    Q_OBJECT

private:
    QString m_dirPath;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dirPath + u'/' + name; }

    // A valid project file written by saveProject.
    QString makeValid(const QString &name, const ProjectData &data = fullProject())
    {
        const QString p = path(name);
        QFile::remove(p);
        const SaveResult r = saveProject(data, p);
        if (r.error)
            qWarning("save failed: %s", qPrintable(r.error.message));
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dirPath = m_dir->path();
        migrations::detail::clearTestMigrations();
    }

    void cleanup()
    {
        migrations::detail::clearTestMigrations();
        QFile::setPermissions(m_dirPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_dir.reset();
    }

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
        QCOMPARE(bytes.mid(60, 4), QByteArray("\0\0\0\6", 4));                   // format 6
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
            << QStringLiteral("This file was made by a newer Ropa (format 7; this version reads up to 6). Update "
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
                              "project of format 6 has: the file is damaged or was not made by Ropa, so it was not "
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
        case Breakage::FutureVersion: ok = tamper(p, QStringLiteral("PRAGMA user_version = 7;")); break;
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
                                "to format 6 (the step from format 0 to 1 failed: simulated failure), so it was not "
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

    // Silent damage (issue #17, item 4): a letter changed in the bytes of the file, where
    // SQLite's own check sees nothing, opens with the flag and names the table; the file is
    // still readable.
    void changedBytesAreNamed()
    {
        ProjectData data = fullProject();
        data.info.notes = QStringLiteral("checksum probe ABCDEFGH");
        const QString p = makeValid(QStringLiteral("x.ropa"), data);
        const OpenResult clean = openProject(p);
        QVERIFY2(clean.data, qPrintable(clean.error.message));
        QVERIFY2(!clean.damaged, qPrintable(clean.damage));

        QByteArray bytes = readBytes(p);
        const qsizetype at = bytes.indexOf("ABCDEFGH");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        QVERIFY(writeBytes(p, bytes));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QVERIFY(r.damaged);
        QCOMPARE(r.data->info.notes, QStringLiteral("checksum probe XBCDEFGH"));
        QCOMPARE(r.damage, QStringLiteral(
                               "\u201cx.ropa\u201d was changed or damaged outside Ropa: its content no longer matches "
                               "the checksum of its last save (changed: \u201cproject\u201d). It was opened read-only: "
                               "check it, or open a backup copy."));
    }

    void changedRowsAndMissingDigestAreDamage_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString changed = QStringLiteral("\u201cx.ropa\u201d was changed or damaged outside Ropa: its content no "
                                               "longer matches the checksum of its last save (changed: %1). It was "
                                               "opened read-only: check it, or open a backup copy.");
        QTest::newRow("a text changed") << QStringLiteral("UPDATE parties SET name = name || '.'")
                                        << changed.arg(QStringLiteral("\u201cparties\u201d"));
        QTest::newRow("a list row removed and a document changed")
            << QStringLiteral("DELETE FROM activity_purposes WHERE pos = (SELECT max(pos) FROM "
                              "activity_purposes); UPDATE documents SET text = text || ' '")
            << changed.arg(QStringLiteral("\u201cactivity_purposes\u201d, \u201cdocuments\u201d"));
        QTest::newRow("digest removed")
            << QStringLiteral("DELETE FROM content_digest")
            << QStringLiteral("\u201cx.ropa\u201d was changed outside Ropa: the checksum that Ropa stores with every "
                              "save is missing, so its content cannot be confirmed. It was opened read-only: check "
                              "it, or open a backup copy.");
    }

    void changedRowsAndMissingDigestAreDamage()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString p = makeValid(QStringLiteral("x.ropa"));
        QVERIFY(tamper(p, sql));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QVERIFY(r.damaged);
        QCOMPARE(r.damage, expected);
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

    void acceptedFindingsRoundTripInCanonicalOrder()
    {
        ProjectData data = fullProject();
        std::reverse(data.acceptedFindings.begin(), data.acceptedFindings.end());
        const OpenResult r = openProject(makeValid(QStringLiteral("a.ropa"), data));
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.data->acceptedFindings, fullProject().acceptedFindings); // the canonical order
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

    // A file made from a `sqlite3 .dump` of a file written by an older Ropa
    // (tests/fixtures/store/formatN.sql), with Ropa's application_id and that user_version.
    // prefix: statements run before the dump (such as the text encoding of the new file).
    QString makeFromDump(const QString &name, int version, const QByteArray &prefix = {})
    {
        QFile dump(QStringLiteral(ROPA_FIXTURES_DIR "/store/format%1.sql").arg(version));
        if (!dump.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(dump.fileName()));
            return {};
        }
        const QString p = path(name);
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(p).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            return {};
        const QByteArray sql = prefix +
                               QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2; ")
                                   .arg(qint32(ApplicationId))
                                   .arg(version)
                                   .toUtf8() +
                               dump.readAll();
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            qWarning("makeFromDump: %s", message);
        sqlite3_free(message);
        sqlite3_close(db);
        return p;
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

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
