// Format 6 and JSON's "not_stated" (docs/decisions/0022-mechanism-not-stated-dpo-not-required.md):
// why no DPO is required is a field of a party, and a transfer mechanism "not stated" is a
// value apart from "none". Files written before mean what they meant: a format-5 file and a
// JSON file written before the key existed read "none" that nothing backs up as "not stated",
// and an own party's notes that say no DPO is required as the reason, once, when read.

#include "store/jsonformat.h"
#include "store/legacymeaning.h"
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

const QString DpoSentence = QStringLiteral("No DPO required: 40 staff, no large-scale monitoring.");

// The register project as an older file would hold it: the own party names no DPO and its notes
// say none is required; transfer 73 says "none" and nothing else; transfer 74 says "none" and
// cites the policy (recorded without a mechanism).
ProjectData oldStyleProject()
{
    ProjectData d = test::registerProject();
    Party &own = d.parties.at(fixedId(10));
    own.dpo.reset();
    own.notes = QStringLiteral("Own entity. ") + DpoSentence;
    d.parties.at(fixedId(12)).dpoNotRequired.clear();
    Transfer &bare = d.transfers.at(fixedId(73));
    bare.mechanism = Mechanism::None;
    Transfer cited = bare;
    cited.id = fixedId(74);
    cited.evidence = {Evidence{fixedId(1), QStringLiteral("Tickets are handled by the vendor.")}};
    d.transfers.emplace(cited.id, cited);
    return d;
}

// What such a file means in format 6.
ProjectData withFormat6Meaning(ProjectData d)
{
    d.parties.at(fixedId(10)).dpoNotRequired = DpoSentence;
    d.transfers.at(fixedId(73)).mechanism = Mechanism::NotStated;
    return d;
}

bool exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("%s: %s", qPrintable(sql.left(80)), message);
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

// A format-5 file with the rows of a format-6 file: the schema of format 5 created in its
// order, every table copied, the parties without the new column, the digest left empty (as a
// migrated file has it).
bool writeFormat5(const QString &format6, const QString &target)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(target).constData(), &db) != SQLITE_OK)
        return false;
    bool ok = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    for (const QString &statement : schema::version5())
        ok = ok && exec(db, statement);
    ok = ok && exec(db, QStringLiteral("ATTACH DATABASE '%1' AS src").arg(format6));
    for (const QString &statement : schema::version5()) {
        if (!statement.startsWith(QLatin1String("CREATE TABLE ")))
            continue;
        const QString table = statement.mid(13).section(u' ', 0, 0);
        if (table == u"content_digest")
            continue;
        if (table == u"parties") {
            const QString columns = QStringLiteral(
                "id, name, kind, named, own, country, address, contact_name, contact_function, contact_email, "
                "contact_phone, dpo_name, dpo_function, dpo_email, dpo_phone, representative_name, "
                "representative_function, representative_email, representative_phone, website, dpa_in_place, "
                "dpa_signed, dpa_document, dpf_certified, notes");
            ok =
                ok && exec(db, QStringLiteral("INSERT INTO main.parties (%1) SELECT %1 FROM src.parties").arg(columns));
        } else {
            ok = ok && exec(db, QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1").arg(table));
        }
    }
    ok = ok && exec(db, QStringLiteral("DETACH DATABASE src")) && exec(db, QStringLiteral("PRAGMA user_version = 5"));
    sqlite3_close(db);
    return ok;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStoreFormat6 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Both new facts survive a save and an open.
    void roundTrip()
    {
        const ProjectData d = test::registerProject();
        QVERIFY(!d.parties.at(fixedId(12)).dpoNotRequired.isEmpty());
        QCOMPARE(d.transfers.at(fixedId(73)).mechanism, Mechanism::NotStated);
        const QString p = path(QStringLiteral("round.ropa"));
        QVERIFY(!saveProject(d, p).error);
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, FormatVersion);
        QVERIFY(*r.data == d);
    }

    // Format 5 -> 6: the file means what it meant, and is left untouched.
    void migratesFormat5()
    {
        const ProjectData old = oldStyleProject();
        const QString six = path(QStringLiteral("source6.ropa"));
        QVERIFY(!saveProject(old, six).error);
        const QString five = path(QStringLiteral("old.ropa"));
        QVERIFY(writeFormat5(six, five));
        const QByteArray before = readBytes(five);
        const OpenResult r = openProject(five);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QCOMPARE(r.fileVersion, 5);
        QVERIFY2(!r.damaged, qPrintable(r.damage));
        QCOMPARE(readBytes(five), before);
        QCOMPARE(r.migrationBackup, path(QStringLiteral("old.v5.ropa")));
        // Spelled out.
        QCOMPARE(r.data->parties.at(fixedId(10)).dpoNotRequired, DpoSentence);
        QVERIFY(r.data->parties.at(fixedId(11)).dpoNotRequired.isEmpty()); // not own: notes are not read
        QCOMPARE(r.data->transfers.at(fixedId(73)).mechanism, Mechanism::NotStated);
        QCOMPARE(r.data->transfers.at(fixedId(74)).mechanism, Mechanism::None); // cites evidence
        QCOMPARE(r.data->transfers.at(fixedId(70)).mechanism, Mechanism::Scc);
        QVERIFY(*r.data == withFormat6Meaning(old));

        // Saved in the current format and opened again: the same, now explicit.
        SaveOptions options;
        options.expected = r.fingerprint;
        QVERIFY(!saveProject(*r.data, five, options).error);
        const OpenResult again = openProject(five);
        QVERIFY2(again.data, qPrintable(again.error.message));
        QCOMPARE(again.fileVersion, FormatVersion);
        QVERIFY(!again.damaged);
        QVERIFY(*again.data == withFormat6Meaning(old));
    }

    // JSON written since the key exists: "none" is none, "not_stated" is not stated, and the
    // notes are only notes; JSON → JSON is byte-identical.
    void jsonKeepsBothValues()
    {
        const ProjectData old = oldStyleProject();
        const QByteArray json = json::writeProject(old);
        QVERIFY(json.contains("\"dpo_not_required\": null"));
        const json::ReadResult r = json::readProject(json);
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(*r.data == old);
        QCOMPARE(json::writeProject(*r.data), json);
        const QByteArray current = json::writeProject(test::registerProject());
        QVERIFY(current.contains("\"mechanism\": \"not_stated\""));
        QVERIFY(current.contains("\"dpo_not_required\": \"No public authority, no large-scale monitoring\""));
        const json::ReadResult back = json::readProject(current);
        QVERIFY2(back.data, qPrintable(back.error));
        QVERIFY(*back.data == test::registerProject());
    }

    // A version-2 file written before the key existed (its parties lack it) keeps its meaning.
    void jsonWrittenBeforeKeepsItsMeaning()
    {
        const ProjectData old = oldStyleProject();
        QByteArray json = json::writeProject(old);
        json.replace("      \"dpo_not_required\": null,\n", "");
        QVERIFY(!json.contains("dpo_not_required"));
        const json::ReadResult r = json::readProject(json);
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(*r.data == withFormat6Meaning(old));
    }

    // Version 1 (the fixtures as the last build of version 1 wrote them): "none" with nothing
    // else is not stated.
    void jsonVersion1()
    {
        const json::ReadResult r =
            json::readProjectFile(QStringLiteral(ROPA_FIXTURES_DIR "/json/demo-contact-centre-v1.json"));
        QVERIFY2(r.data, qPrintable(r.error));
        int none = 0;
        for (const auto &[id, t] : r.data->transfers) {
            QVERIFY(t.mechanism != Mechanism::None || legacy::noneMeantNotStated(t) == false);
            none += t.mechanism == Mechanism::None ? 1 : 0;
        }
        QByteArray v1 = readBytes(QStringLiteral(ROPA_FIXTURES_DIR "/json/demo-contact-centre-v1.json"));
        const int written = static_cast<int>(v1.count("\"mechanism\": \"none\""));
        int notStated = 0;
        for (const auto &[id, t] : r.data->transfers)
            notStated += t.mechanism == Mechanism::NotStated ? 1 : 0;
        QCOMPARE(none + notStated, written);
    }

    void legacyReadings_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("why");
        QTest::newRow("en") << QStringLiteral("Own entity. No DPO required: 40 staff, no large-scale monitoring.")
                            << QStringLiteral("No DPO required: 40 staff, no large-scale monitoring.");
        QTest::newRow("nl") << QStringLiteral("Een FG is niet verplicht (geen overheid).\nContact via de directie.")
                            << QStringLiteral("Een FG is niet verplicht (geen overheid).");
        QTest::newRow("de") << QStringLiteral("Ein Datenschutzbeauftragter ist nicht erforderlich (unter 20 "
                                              "Beschäftigte).")
                            << QStringLiteral("Ein Datenschutzbeauftragter ist nicht erforderlich (unter 20 "
                                              "Beschäftigte).");
        QTest::newRow("other notes") << QStringLiteral("Own entity") << QString();
    }

    void legacyReadings()
    {
        QFETCH(QString, notes);
        QFETCH(QString, why);
        Party p;
        p.own = true;
        p.notes = notes;
        QCOMPARE(legacy::dpoNotRequiredFromNotes(p), why);
        p.dpo = Contact{QStringLiteral("A. de Vries"), {}, {}};
        QVERIFY(legacy::dpoNotRequiredFromNotes(p).isEmpty()); // a named DPO wins
        p.dpo.reset();
        p.own = false;
        QVERIFY(legacy::dpoNotRequiredFromNotes(p).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreFormat6)
#include "test_store_format6.moc"
