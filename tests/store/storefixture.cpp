#include "storefixture.h"

#include "common/sampleproject.h"
#include "store/migrations.h"
#include "store/projectstore.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace ropa::store;

namespace ropa::test {

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

void StoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dirPath = m_dir->path();
    migrations::detail::clearTestMigrations();
}

void StoreTest::cleanup()
{
    migrations::detail::clearTestMigrations();
    QFile::setPermissions(m_dirPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dir.reset();
}

QString StoreTest::makeValid(const QString &name, const ProjectData &data)
{
    const QString p = path(name);
    QFile::remove(p);
    const SaveResult r = saveProject(data, p);
    if (r.error)
        qWarning("save failed: %s", qPrintable(r.error.message));
    return p;
}

// A file made from a `sqlite3 .dump` of a file written by an older Ropa
// (tests/fixtures/store/formatN.sql), with Ropa's application_id and that user_version.
// prefix: statements run before the dump (such as the text encoding of the new file).
QString StoreTest::makeFromDump(const QString &name, int version, const QByteArray &prefix) const
{
    QFile dump(QStringLiteral(ROPA_FIXTURES_DIR "/store/format%1.sql").arg(version));
    if (!dump.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(dump.fileName()));
        return {};
    }
    const QString p = path(name);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(p).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
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

} // namespace ropa::test
