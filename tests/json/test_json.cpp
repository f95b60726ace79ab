// The JSON interchange format: canonical writing, byte-identical round trips, and a clear
// message naming the entity and the key for every kind of bad input, with nothing imported.

#include "common/registerproject.h"
#include "common/sampleproject.h"
#include "store/jsonformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace ropa;

namespace {

using Mutation = std::function<void(QJsonObject &)>;

QString sid(int n)
{
    return idToString(test::fixedId(n));
}

// Applies f to the entity with that id in root[key].
void editEntity(QJsonObject &root, const char *key, int n, const std::function<void(QJsonObject &)> &f)
{
    QJsonArray items = root.value(QLatin1StringView(key)).toArray();
    for (qsizetype k = 0; k < items.size(); ++k) {
        QJsonObject o = items[k].toObject();
        if (o.value(QLatin1StringView("id")).toString() == sid(n)) {
            f(o);
            items[k] = o;
        }
    }
    root.insert(QLatin1StringView(key), items);
}

QByteArray sampleJson()
{
    return json::writeProject(test::sampleProject());
}

// A project file as version 1 wrote it (tests/fixtures/json/*-v1.json: example projects as the
// build before version 2 wrote them).
QByteArray fixtureV1(const QString &name)
{
    QFile f(QStringLiteral(ROPA_SOURCE_DIR "/tests/fixtures/json/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The sample with two accepted findings, listed out of canonical order.
ProjectData sampleWithAcceptances()
{
    ProjectData d = test::sampleProject();
    d.acceptedFindings = {
        {QStringLiteral("PROC-DPA-MISSING"),
         test::fixedId(11),
         {},
         QStringLiteral("DPA signed on paper, scan \u201crequested\u201d"),
         QDate(2025, 6, 2)},
        {QStringLiteral("ART30-RETENTION-MISSING"), test::fixedId(60), sid(21),
         QStringLiteral("Kept as long as the call \u2014 see policy"), QDate(2025, 6, 3)},
    };
    return d;
}

// root with one more entry in "accepted_findings".
void addAcceptance(QJsonObject &root, const QJsonObject &entry)
{
    QJsonArray list = root.value(QLatin1StringView("accepted_findings")).toArray();
    list.append(entry);
    root.insert(QStringLiteral("accepted_findings"), list);
}

QJsonObject acceptance(const QString &rule, const QString &entity, const QString &justification, const QString &date)
{
    return QJsonObject{{QStringLiteral("rule"), rule},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("detail"), QString()},
                       {QStringLiteral("justification"), justification},
                       {QStringLiteral("date"), date}};
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesCanonicalForm()
    {
        const QByteArray bytes = sampleJson();
        QVERIFY(bytes.startsWith(
            "{\n  \"format\": \"ropa-project\",\n  \"version\": 2,\n  \"project\": {\n    \"name\": "));
        QVERIFY(bytes.endsWith("}\n"));
        // Entities sorted by id, keys in the documented order.
        const int first = bytes.indexOf("\"id\": \"00000000-0000-4000-8000-000000000010\"");
        const int second = bytes.indexOf("\"id\": \"00000000-0000-4000-8000-000000000011\"");
        QVERIFY(first > 0 && second > first);
        const int name = bytes.indexOf("\"name\": \"CallCabinet\"");
        const int kind = bytes.indexOf("\"kind\": \"organisation\"", name);
        QVERIFY(name > 0 && kind > name);
        // Unset nullable values are written as null, not left out.
        QVERIFY(bytes.contains("\"dpo\": null"));
        QVERIFY(bytes.contains("\"scc_module\": 2"));
        QVERIFY(bytes.contains("\"derogation\": \"compelling_interests\""));
    }

    void roundTripKeepsEveryField()
    {
        const ProjectData original = test::sampleProject();
        const json::ReadResult r = json::readProject(json::writeProject(original));
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(*r.data == original);
    }

    void roundTripIsByteIdentical()
    {
        const QByteArray first = sampleJson();
        const json::ReadResult r = json::readProject(first);
        QVERIFY2(r.data, qPrintable(r.error));
        QCOMPARE(json::writeProject(*r.data), first);
    }

    void controlCharactersAreEscaped()
    {
        ProjectData d = test::sampleProject();
        d.info.notes = QStringLiteral("tab\there, bell\x07, quote \" and backslash \\");
        const QByteArray bytes = json::writeProject(d);
        QVERIFY(bytes.contains("\"notes\": \"tab\\there, bell\\u0007, quote \\\" and backslash \\\\\""));
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        QCOMPARE(r.data->info.notes, d.info.notes);
    }

    void bundledExampleIsValidAndCanonical()
    {
        const QString path = QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(!r.data->parties.empty());
        QCOMPARE(json::writeProject(*r.data), bytes);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");

        const QString cc = QStringLiteral("party %1 (\u201cCallCabinet\u201d)").arg(sid(11));
        QTest::newRow("unknown key") << Mutation([](QJsonObject &root) {
            editEntity(root, "parties", 11,
                       [](QJsonObject &o) { o.insert(QStringLiteral("colour"), QStringLiteral("red")); });
        }) << cc + QStringLiteral(", key \u201ccolour\u201d: unknown key (check its spelling against the format)");
        QTest::newRow("unknown enum value")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "transfers", 70,
                              [](QJsonObject &o) { o.insert(QStringLiteral("mechanism"), QStringLiteral("shield")); });
               })
            << QStringLiteral(
                   "transfer %1 (\u201cCall recording\u201d), key \u201cmechanism\u201d: \u201cshield\u201d is not one "
                   "of: "
                   "eea, adequacy, dpf, scc, bcr, code_of_conduct, certification, derogation, privacy_shield, "
                   "safe_harbour, not_stated, none")
                   .arg(sid(70));
        QTest::newRow("malformed date") << Mutation([](QJsonObject &root) {
            editEntity(root, "documents", 1,
                       [](QJsonObject &o) { o.insert(QStringLiteral("date"), QStringLiteral("29-07-2025")); });
        })
                                        << QStringLiteral("document %1 (\u201cPrivacyverklaring\u201d), key "
                                                          "\u201cdate\u201d: \u201c29-07-2025\u201d is not a date "
                                                          "in the form YYYY-MM-DD")
                                               .arg(sid(1));
        QTest::newRow("impossible date")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "parties", 11, [](QJsonObject &o) {
                       o.insert(QStringLiteral("dpa"),
                                QJsonObject{{QStringLiteral("in_place"), true},
                                            {QStringLiteral("date"), QStringLiteral("2024-02-30")},
                                            {QStringLiteral("document"), QJsonValue::Null}});
                   });
               })
            << cc + QStringLiteral(", dpa, key \u201cdate\u201d: \u201c2024-02-30\u201d is not a date in the form "
                                   "YYYY-MM-DD");
        QTest::newRow("bad country code") << Mutation([](QJsonObject &root) {
            editEntity(root, "parties", 11,
                       [](QJsonObject &o) { o.insert(QStringLiteral("country"), QStringLiteral("XX")); });
        })
                                          << cc + QStringLiteral(", key \u201ccountry\u201d: \u201cXX\u201d is not an "
                                                                 "ISO 3166-1 alpha-2 country code (or \u201cEU\u201d)");
        QTest::newRow("lower-case country code")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "transfers", 70, [](QJsonObject &o) {
                       o.insert(QStringLiteral("countries"), QJsonArray{QStringLiteral("us")});
                   });
               })
            << QStringLiteral("transfer %1 (\u201cCall recording\u201d), key \u201ccountries\u201d: \u201cus\u201d is "
                              "not an ISO 3166-1 "
                              "alpha-2 country code (or \u201cEU\u201d)")
                   .arg(sid(70));
        QTest::newRow("dangling reference") << Mutation([](QJsonObject &root) {
            editEntity(root, "activities", 60,
                       [](QJsonObject &o) { o.insert(QStringLiteral("data_categories"), QJsonArray{sid(99)}); });
        })
                                            << QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), key "
                                                              "\u201cdata_categories\u201d: refers to data category "
                                                              "%2, which is not in the project")
                                                   .arg(sid(60), sid(99));
        QTest::newRow("duplicate id") << Mutation([](QJsonObject &root) {
            QJsonArray subjects = root.value(QLatin1StringView("data_subjects")).toArray();
            subjects.append(subjects.first());
            root.insert(QStringLiteral("data_subjects"), subjects);
        })
                                      << QStringLiteral("data subject %1 (\u201cCustomers\u201d), key \u201cid\u201d: "
                                                        "duplicate id: another data subject has the same id")
                                             .arg(sid(30));
        QTest::newRow("id used by two kinds")
            << Mutation([](QJsonObject &root) {
                   QJsonArray sources = root.value(QLatin1StringView("sources")).toArray();
                   QJsonObject s = sources.first().toObject();
                   s.insert(QStringLiteral("id"), sid(30));
                   sources.append(s);
                   root.insert(QStringLiteral("sources"), sources);
               })
            << QStringLiteral("source %1 (\u201cFrom the caller\u201d), key \u201cid\u201d: the id is also used by a "
                              "data subject; every id must be unique")
                   .arg(sid(30));
        QTest::newRow("id not canonical")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "sources", 40,
                              [](QJsonObject &o) { o.insert(QStringLiteral("id"), QString(u'{' + sid(40) + u'}')); });
               })
            << QStringLiteral("sources[0], key \u201cid\u201d: \u201c%1\u201d is not an id (a lower-case UUID such as "
                              "3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)")
                   .arg(QString(u'{' + sid(40) + u'}'));
        QTest::newRow("missing required key") << Mutation([](QJsonObject &root) {
            editEntity(root, "activities", 60, [](QJsonObject &o) { o.remove(QStringLiteral("organisation")); });
        })
                                              << QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), key "
                                                                "\u201corganisation\u201d: required key is missing")
                                                     .arg(sid(60));
        QTest::newRow("wrong type") << Mutation([](QJsonObject &root) {
            editEntity(root, "parties", 11,
                       [](QJsonObject &o) { o.insert(QStringLiteral("named"), QStringLiteral("yes")); });
        }) << cc + QStringLiteral(", key \u201cnamed\u201d: expected true or false, found a text");
        QTest::newRow("scc module out of range")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "transfers", 70, [](QJsonObject &o) { o.insert(QStringLiteral("scc_module"), 7); });
               })
            << QStringLiteral("transfer %1 (\u201cCall recording\u201d), key \u201cscc_module\u201d: 7 is not an SCC "
                              "module (1 to 4)")
                   .arg(sid(70));
        QTest::newRow("duration not ISO 8601")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       QJsonArray rules = o.value(QLatin1StringView("retention")).toArray();
                       QJsonObject r = rules.first().toObject();
                       r.insert(QStringLiteral("duration"), QStringLiteral("6 months"));
                       rules[0] = r;
                       o.insert(QStringLiteral("retention"), rules);
                   });
               })
            << QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), key \u201cretention\u201d: \u201c6 "
                              "months\u201d is not an "
                              "ISO 8601 duration (such as P30D, P6M or P6Y)")
                   .arg(sid(60));
        QTest::newRow("activity of a party that is not own")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 61,
                              [](QJsonObject &o) { o.insert(QStringLiteral("organisation"), sid(11)); });
               })
            << QStringLiteral(
                   "activity %1 (\u201cRecording on behalf of clients\u201d), key \u201corganisation\u201d: refers to "
                   "\u201cCallCabinet\u201d, which is not one of the project's own entities")
                   .arg(sid(61));
        QTest::newRow("category cycle") << Mutation([](QJsonObject &root) {
            editEntity(root, "data_categories", 20,
                       [](QJsonObject &o) { o.insert(QStringLiteral("parent"), sid(21)); });
        })
                                        << QStringLiteral("data category %1 (\u201cCommunications data\u201d), key "
                                                          "\u201cparent\u201d: the category is its own "
                                                          "ancestor (the parents form a cycle)")
                                               .arg(sid(20));
        QTest::newRow("evidence cites a missing document")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "data_subjects", 30, [](QJsonObject &o) {
                       o.insert(QStringLiteral("evidence"),
                                QJsonArray{QJsonObject{{QStringLiteral("document"), sid(98)},
                                                       {QStringLiteral("quote"), QStringLiteral("q")}}});
                   });
               })
            << QStringLiteral("data subject %1 (\u201cCustomers\u201d), key \u201cevidence\u201d: cites document %2, "
                              "which is not in "
                              "the project")
                   .arg(sid(30), sid(98));
        const QString calls = QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), key ").arg(sid(60));
        QTest::newRow("large_scale not a boolean") << Mutation([](QJsonObject &root) {
            editEntity(root, "activities", 60,
                       [](QJsonObject &o) { o.insert(QStringLiteral("large_scale"), QStringLiteral("yes")); });
        }) << calls + QStringLiteral("\u201clarge_scale\u201d: expected true or false, found a text");
        QTest::newRow("consent condition not a boolean")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60,
                              [](QJsonObject &o) { o.insert(QStringLiteral("consent_condition_of_service"), 1); });
               })
            << calls +
                   QStringLiteral("\u201cconsent_condition_of_service\u201d: expected true or false, found a number");
        QTest::newRow("balancing test not an object")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       o.insert(QStringLiteral("balancing_test"), QStringLiteral("done"));
                   });
               })
            << calls +
                   QStringLiteral("\u201cbalancing_test\u201d: expected an object {\"date\", \"note\"}, found a text");
        QTest::newRow("balancing test impossible date")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       o.insert(QStringLiteral("balancing_test"),
                                QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-02-30")},
                                            {QStringLiteral("note"), QString()}});
                   });
               })
            << QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), balancing_test, key \u201cdate\u201d: "
                              "\u201c2025-02-30\u201d is not a date in the form YYYY-MM-DD")
                   .arg(sid(60));
        QTest::newRow("balancing test unknown key")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       o.insert(QStringLiteral("balancing_test"),
                                QJsonObject{{QStringLiteral("outcome"), QStringLiteral("ok")}});
                   });
               })
            << QStringLiteral(
                   "activity %1 (\u201cCustomer service calls\u201d), balancing_test, key \u201coutcome\u201d: "
                   "unknown key (check its spelling against the format)")
                   .arg(sid(60));
        QTest::newRow("occasional not a boolean")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "transfers", 71,
                              [](QJsonObject &o) { o.insert(QStringLiteral("occasional"), QStringLiteral("no")); });
               })
            << QStringLiteral("transfer %1, key \u201coccasional\u201d: expected true or false, found a text")
                   .arg(sid(71));
        QTest::newRow("safeguards not a text")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "transfers", 71,
                              [](QJsonObject &o) { o.insert(QStringLiteral("suitable_safeguards"), QJsonArray{}); });
               })
            << QStringLiteral("transfer %1, key \u201csuitable_safeguards\u201d: expected a text, found a list")
                   .arg(sid(71));
        QTest::newRow("newer format version")
            << Mutation([](QJsonObject &root) { root.insert(QStringLiteral("version"), 7); })
            << QStringLiteral("This file was made by a newer Ropa (format 7; this version reads up to 2). Update Ropa "
                              "to open it.");
        QTest::newRow("not a ropa project")
            << Mutation([](QJsonObject &root) { root.insert(QStringLiteral("format"), QStringLiteral("other")); })
            << QStringLiteral(
                   "This JSON file is not a Ropa project: its \u201cformat\u201d is not \u201cropa-project\u201d.");
    }

    void rejectsBadInput()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
        mutation(root);
        const json::ReadResult r = json::readProject(QJsonDocument(root).toJson());
        QVERIFY(!r.data); // nothing imported
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(r.problems.first(), expected);
    }

    void acceptedFindingsRoundTrip()
    {
        const ProjectData original = sampleWithAcceptances();
        const QByteArray bytes = json::writeProject(original);
        // After "transfers", sorted by rule: ART30-… before PROC-….
        const qsizetype key = bytes.indexOf(QByteArray(
            "\n  \"accepted_findings\": [\n    {\n      \"rule\": \"ART30-RETENTION-MISSING\",\n"
            "      \"entity\": \"" +
            sid(60).toUtf8() + "\",\n      \"detail\": \"" + sid(21).toUtf8() + "\",\n      \"justification\": "));
        QVERIFY(key > bytes.indexOf("\"transfers\": ["));
        QVERIFY(bytes.indexOf("PROC-DPA-MISSING") > key);
        QVERIFY(bytes.contains("\"date\": \"2025-06-02\"\n    }\n  ]\n}\n"));
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        ProjectData sorted = original;
        sortAcceptedFindings(sorted.acceptedFindings);
        QCOMPARE(r.data->acceptedFindings.size(), 2);
        QCOMPARE(r.data->acceptedFindings.first().rule, QStringLiteral("ART30-RETENTION-MISSING"));
        QVERIFY(*r.data == sorted);
        QCOMPARE(json::writeProject(*r.data), bytes);
    }

    // Version 2 writes every key, the explicit facts of version 1 included (null when not
    // stated), so a value and "not stated" are told apart by the key's value alone.
    void explicitFactKeysAlwaysWritten()
    {
        const QByteArray bytes = sampleJson();
        const qsizetype art10 = bytes.indexOf("\"art10_basis\": \"Uitvoeringswet AVG art. 33\",\n");
        QVERIFY(art10 > 0);
        QVERIFY(
            bytes.indexOf("\"consent_condition_of_service\": false,\n      \"balancing_test\": {\n        \"date\": "
                          "\"2025-01-10\",\n        \"note\": ") > art10);
        QVERIFY(bytes.contains("\"date\": \"2025-01-15\",\n        \"document\": null\n      },\n"));
        QVERIFY(bytes.contains("\"large_scale\": true,\n      \"owner\""));
        QVERIFY(bytes.contains("\"large_scale\": null,\n      \"owner\""));
        QVERIFY(bytes.contains(
            "\"derogation\": \"compelling_interests\",\n      \"occasional\": true,\n      "
            "\"suitable_safeguards\": \"Safeguards memo 2025-03: pseudonymised, 30 days\",\n      \"tia_done\""));
        QVERIFY(bytes.contains("\"occasional\": null,\n      \"suitable_safeguards\": \"\",\n"));
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(*r.data == test::sampleProject());
        QCOMPARE(json::writeProject(*r.data), bytes);
    }

    // Every field of version 2 survives writing and reading, and the bytes do too.
    void roundTripKeepsRegisterFields()
    {
        const ProjectData original = test::registerProject();
        const QByteArray bytes = json::writeProject(original);
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(*r.data == original);
        QCOMPARE(json::writeProject(*r.data), bytes);
        for (const char *key : {"\"systems\": [", "\"hosting_party\": ", "\"data_items\": [",
                                "\"obligation\": "
                                "\"contract_requirement\"",
                                "\"automated_decisions\": {", "\"dpia_screening\": {", "\"criteria\": [",
                                "\"systematic_monitoring\"", "\"reference\": \"M8085\"", "\"status\": \"in_review\"",
                                "\"function\": \"Teamleider\"", "\"all_categories\": true", "\"role\": \"internal\"",
                                "\"kind\": \"dpia_report\"", "\"in_place\": false", "\"performed\": false"})
            QVERIFY2(bytes.contains(key), key);
    }

    // A version-1 file reads with the meaning version 1 gave it: a DPA date says the DPA is in
    // place, a DPIA date that it was performed, and an empty list of a transfer's categories is
    // "all categories of the activity"; everything version 2 added is not stated. The fixtures
    // are two example projects as the build before version 2 wrote them.
    void version1ReadsWithItsMeaning_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("demo") << QStringLiteral("demo-contact-centre-v1.json");
        QTest::newRow("contact centre 1") << QStringLiteral("contact-center-1-v1.json");
    }

    void version1ReadsWithItsMeaning()
    {
        QFETCH(QString, file);
        const QByteArray bytes = fixtureV1(file);
        QVERIFY(bytes.contains("\n  \"version\": 1,\n"));
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        int dpas = 0, dpias = 0, allCategories = 0;
        for (const QJsonValue &v : root.value(QLatin1StringView("parties")).toArray()) {
            const QJsonObject o = v.toObject();
            const Party &p = r.data->parties.at(idFromString(o.value(QLatin1StringView("id")).toString()));
            const bool dated = o.value(QLatin1StringView("dpa_signed")).isString();
            QCOMPARE(p.dpaInPlace, dated ? std::optional<bool>(true) : std::nullopt);
            QCOMPARE(p.dpaSigned.has_value(), dated);
            QVERIFY(p.dpaDocument.isNull() && p.documents.isEmpty());
            dpas += dated;
        }
        for (const QJsonValue &v : root.value(QLatin1StringView("activities")).toArray()) {
            const QJsonObject o = v.toObject();
            const Activity &a = r.data->activities.at(idFromString(o.value(QLatin1StringView("id")).toString()));
            const bool done = o.value(QLatin1StringView("dpia")).toObject().value(QLatin1StringView("done")).isString();
            QCOMPARE(a.dpia.performed, done ? std::optional<bool>(true) : std::nullopt);
            dpias += done;
            QVERIFY(a.dataItems.isEmpty() && a.systems.isEmpty() && a.automatedDecisions.isEmpty() &&
                    a.dpiaScreening.isEmpty() && a.reference.isEmpty() && !a.status);
        }
        for (const QJsonValue &v : root.value(QLatin1StringView("transfers")).toArray()) {
            const QJsonObject o = v.toObject();
            const Transfer &t = r.data->transfers.at(idFromString(o.value(QLatin1StringView("id")).toString()));
            const bool none = o.value(QLatin1StringView("data_categories")).toArray().isEmpty();
            QCOMPARE(t.allCategories, none);
            allCategories += none;
        }
        QVERIFY(r.data->systems.empty());
        QVERIFY(dpas + dpias + allCategories > 0); // the fixture exercises at least one rule
        // Written again as version 2 and read back: the same project.
        const QByteArray v2 = json::writeProject(*r.data);
        QVERIFY(v2.contains("\n  \"version\": 2,\n"));
        const json::ReadResult again = json::readProject(v2);
        QVERIFY2(again.data, qPrintable(again.error));
        QVERIFY(*again.data == *r.data);
    }

    // Each version is held to its own keys: a key of version 2 is unknown in a version-1 file,
    // and a key that version 2 replaced is unknown in a version-2 file.
    void versionsKeepTheirOwnKeys()
    {
        QJsonObject v1 = QJsonDocument::fromJson(fixtureV1(QStringLiteral("demo-contact-centre-v1.json"))).object();
        QJsonArray transfers = v1.value(QLatin1StringView("transfers")).toArray();
        QJsonObject first = transfers.first().toObject();
        first.insert(QStringLiteral("all_categories"), true);
        transfers[0] = first;
        v1.insert(QStringLiteral("transfers"), transfers);
        json::ReadResult r = json::readProject(QJsonDocument(v1).toJson());
        QVERIFY(!r.data);
        QVERIFY2(r.problems.first().endsWith(QStringLiteral("key \u201call_categories\u201d: unknown key (check its "
                                                            "spelling against the format)")),
                 qPrintable(r.problems.first()));
        QJsonObject v2 = QJsonDocument::fromJson(sampleJson()).object();
        editEntity(v2, "parties", 11,
                   [](QJsonObject &o) { o.insert(QStringLiteral("dpa_signed"), QStringLiteral("2024-03-01")); });
        r = json::readProject(QJsonDocument(v2).toJson());
        QVERIFY(!r.data);
        QCOMPARE(r.problems.first(), QStringLiteral("party %1 (\u201cCallCabinet\u201d), key \u201cdpa_signed\u201d: "
                                                    "unknown key (check its spelling against the format)")
                                         .arg(sid(11)));
    }

    // References of the new fields must resolve, and contradictions are refused.
    void rejectsBadRegisterFields_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        const QString calls = QStringLiteral("activity %1 (\u201cCustomer service calls\u201d), key ").arg(sid(60));
        QTest::newRow("dangling system")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60,
                              [](QJsonObject &o) { o.insert(QStringLiteral("systems"), QJsonArray{sid(99)}); });
               })
            << calls +
                   QStringLiteral("\u201csystems\u201d: refers to system %1, which is not in the project").arg(sid(99));
        QTest::newRow("dangling hosting party")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "systems", 80,
                              [](QJsonObject &o) { o.insert(QStringLiteral("hosting_party"), sid(99)); });
               })
            << QStringLiteral(
                   "system %1 (\u201cSpeech analytics platform\u201d), key \u201chosting_party\u201d: refers "
                   "to party %2, which is not in the project")
                   .arg(sid(80), sid(99));
        const auto item = [](const QString &category, const QJsonValue &subject, const QJsonArray &sources) {
            return Mutation([=](QJsonObject &root) {
                editEntity(root, "activities", 60, [&](QJsonObject &o) {
                    o.insert(QStringLiteral("data_items"),
                             QJsonArray{QJsonObject{{QStringLiteral("data_category"), category},
                                                    {QStringLiteral("data_subject"), subject},
                                                    {QStringLiteral("sources"), sources}}});
                });
            });
        };
        QTest::newRow("data item of a missing category")
            << item(sid(99), QJsonValue::Null, {})
            << calls + QStringLiteral("\u201cdata_items\u201d: refers to data category %1, which is not in the project")
                           .arg(sid(99));
        QTest::newRow("data item of a missing subject")
            << item(sid(21), sid(99), {})
            << calls + QStringLiteral("\u201cdata_items\u201d: refers to data subject %1, which is not in the project")
                           .arg(sid(99));
        QTest::newRow("data item from a missing source")
            << item(sid(21), QJsonValue::Null, {sid(99)})
            << calls + QStringLiteral("\u201cdata_items\u201d: refers to source %1, which is not in the project")
                           .arg(sid(99));
        QTest::newRow("dangling DPIA report")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       QJsonObject s = o.value(QLatin1StringView("dpia_screening")).toObject();
                       s.insert(QStringLiteral("report"), sid(99));
                       o.insert(QStringLiteral("dpia_screening"), s);
                   });
               })
            << calls + QStringLiteral("\u201cdpia_screening\u201d: refers to document %1, which is not in the project")
                           .arg(sid(99));
        QTest::newRow("unknown criterion")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       QJsonObject s = o.value(QLatin1StringView("dpia_screening")).toObject();
                       s.insert(QStringLiteral("criteria"), QJsonArray{QStringLiteral("scoring")});
                       o.insert(QStringLiteral("dpia_screening"), s);
                   });
               })
            << QStringLiteral(
                   "activity %1 (\u201cCustomer service calls\u201d), dpia_screening, key \u201ccriteria\u201d: "
                   "\u201cscoring\u201d is not one of: %2")
                   .arg(sid(60), enumAllNames<DpiaCriterion>().join(QStringLiteral(", ")));
        QTest::newRow("criterion twice")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       QJsonObject s = o.value(QLatin1StringView("dpia_screening")).toObject();
                       s.insert(QStringLiteral("criteria"),
                                QJsonArray{QStringLiteral("large_scale"), QStringLiteral("large_scale")});
                       o.insert(QStringLiteral("dpia_screening"), s);
                   });
               })
            << calls +
                   QStringLiteral("\u201cdpia_screening\u201d: the criterion \u201clarge_scale\u201d is listed twice");
        QTest::newRow("DPIA date but not performed")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "activities", 60, [](QJsonObject &o) {
                       QJsonObject d = o.value(QLatin1StringView("dpia")).toObject();
                       d.insert(QStringLiteral("performed"), false);
                       o.insert(QStringLiteral("dpia"), d);
                   });
               })
            << calls +
                   QStringLiteral("\u201cdpia\u201d: a DPIA date is stated, but the DPIA is marked as not performed");
        QTest::newRow("all categories and a list")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "transfers", 70,
                              [](QJsonObject &o) { o.insert(QStringLiteral("all_categories"), true); });
               })
            << QStringLiteral("transfer %1 (\u201cCall recording\u201d), key \u201cdata_categories\u201d: the transfer "
                              "carries all categories of its activities, so it cannot also list some")
                   .arg(sid(70));
        QTest::newRow("unknown document kind")
            << Mutation([](QJsonObject &root) {
                   editEntity(root, "documents", 1,
                              [](QJsonObject &o) { o.insert(QStringLiteral("kind"), QStringLiteral("memo")); });
               })
            << QStringLiteral(
                   "document %1 (\u201cPrivacyverklaring\u201d), key \u201ckind\u201d: \u201cmemo\u201d is not one "
                   "of: %2")
                   .arg(sid(1), enumAllNames<DocumentKind>().join(QStringLiteral(", ")));
    }

    void rejectsBadRegisterFields()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QJsonObject root = QJsonDocument::fromJson(json::writeProject(test::registerProject())).object();
        mutation(root);
        const json::ReadResult r = json::readProject(QJsonDocument(root).toJson());
        QVERIFY(!r.data);
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(r.problems.first(), expected);
    }

    void noAcceptedFindingsNoKey()
    {
        // Files without acceptances are written as before (existing files stay byte-identical).
        QVERIFY(!sampleJson().contains("accepted_findings"));
        // An empty list reads as none, and is not written back.
        QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
        root.insert(QStringLiteral("accepted_findings"), QJsonArray());
        const json::ReadResult r = json::readProject(QJsonDocument(root).toJson());
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(r.data->acceptedFindings.isEmpty());
        QCOMPARE(json::writeProject(*r.data), sampleJson());
    }

    void unknownRuleIsKept()
    {
        // A well-formed rule id this version does not know (a newer Ropa's rule) is kept.
        QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
        addAcceptance(root, acceptance(QStringLiteral("FUTURE-RULE-2030"), sid(70), QStringLiteral("why"),
                                       QStringLiteral("2030-01-01")));
        const json::ReadResult r = json::readProject(QJsonDocument(root).toJson());
        QVERIFY2(r.data, qPrintable(r.error));
        QCOMPARE(r.data->acceptedFindings.size(), 1);
        QCOMPARE(r.data->acceptedFindings.first().rule, QStringLiteral("FUTURE-RULE-2030"));
        QCOMPARE(r.data->acceptedFindings.first().date, QDate(2030, 1, 1));
    }

    void rejectsBadAcceptedFindings_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        const QString top = QStringLiteral("project, key \u201caccepted_findings\u201d: ");
        const QString rule = QStringLiteral("PROC-DPA-MISSING");
        QTest::newRow("entity not in the project")
            << Mutation([=](QJsonObject &root) {
                   addAcceptance(root, acceptance(rule, sid(99), QStringLiteral("j"), QStringLiteral("2025-06-02")));
               })
            << top + QStringLiteral(
                         "the accepted finding PROC-DPA-MISSING of %1 refers to an entity that is not in the project")
                         .arg(sid(99));
        QTest::newRow("empty justification") << Mutation([=](QJsonObject &root) {
            addAcceptance(root, acceptance(rule, sid(11), QStringLiteral("  \n "), QStringLiteral("2025-06-02")));
        })
                                             << top +
                                                    QStringLiteral("the accepted finding PROC-DPA-MISSING of %1 has no "
                                                                   "justification; say why the finding is accepted")
                                                        .arg(sid(11));
        QTest::newRow("impossible date") << Mutation([=](QJsonObject &root) {
            addAcceptance(root, acceptance(rule, sid(11), QStringLiteral("j"), QStringLiteral("2025-02-30")));
        })
                                         << QStringLiteral(
                                                "accepted_findings[0], key \u201cdate\u201d: \u201c2025-02-30\u201d is "
                                                "not a date in the form YYYY-MM-DD");
        QTest::newRow("date missing") << Mutation([=](QJsonObject &root) {
            QJsonObject o = acceptance(rule, sid(11), QStringLiteral("j"), {});
            o.remove(QStringLiteral("date"));
            addAcceptance(root, o);
        }) << QStringLiteral("accepted_findings[0], key \u201cdate\u201d: required key is missing");
        QTest::newRow("date null") << Mutation([=](QJsonObject &root) {
            QJsonObject o = acceptance(rule, sid(11), QStringLiteral("j"), {});
            o.insert(QStringLiteral("date"), QJsonValue());
            addAcceptance(root, o);
        }) << QStringLiteral("accepted_findings[0], key \u201cdate\u201d: is required");
        QTest::newRow("listed twice") << Mutation([=](QJsonObject &root) {
            addAcceptance(root, acceptance(rule, sid(11), QStringLiteral("one"), QStringLiteral("2025-06-02")));
            addAcceptance(root, acceptance(rule, sid(11), QStringLiteral("two"), QStringLiteral("2025-06-03")));
        }) << top + QStringLiteral("the accepted finding PROC-DPA-MISSING of %1 is listed twice").arg(sid(11));
        QTest::newRow("not a rule id") << Mutation([=](QJsonObject &root) {
            addAcceptance(root, acceptance(QStringLiteral("proc dpa"), sid(11), QStringLiteral("j"),
                                           QStringLiteral("2025-06-02")));
        }) << top + QStringLiteral("\u201cproc dpa\u201d is not a rule id (such as PROC-DPA-MISSING)");
        QTest::newRow("unknown key") << Mutation([=](QJsonObject &root) {
            QJsonObject o = acceptance(rule, sid(11), QStringLiteral("j"), QStringLiteral("2025-06-02"));
            o.insert(QStringLiteral("severity"), QStringLiteral("low"));
            addAcceptance(root, o);
        })
                                     << QStringLiteral("accepted_findings[0], key \u201cseverity\u201d: unknown key "
                                                       "(check its spelling against the format)");
        QTest::newRow("entity not an id")
            << Mutation([=](QJsonObject &root) {
                   addAcceptance(root, acceptance(rule, QStringLiteral("CallCabinet"), QStringLiteral("j"),
                                                  QStringLiteral("2025-06-02")));
               })
            << QStringLiteral("accepted_findings[0], key \u201centity\u201d: \u201cCallCabinet\u201d is not an id (a "
                              "lower-case UUID such as "
                              "3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)");
        QTest::newRow("not a list") << Mutation([](QJsonObject &root) {
            root.insert(QStringLiteral("accepted_findings"), QStringLiteral("none"));
        }) << QStringLiteral("Key \u201caccepted_findings\u201d: expected a list, found a text");
        QTest::newRow("entry not an object")
            << Mutation([](QJsonObject &root) { root.insert(QStringLiteral("accepted_findings"), QJsonArray{1}); })
            << QStringLiteral("accepted_findings[0]: expected an object, found a number");
    }

    void rejectsBadAcceptedFindings()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
        mutation(root);
        const json::ReadResult r = json::readProject(QJsonDocument(root).toJson());
        QVERIFY(!r.data); // nothing imported
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(r.problems.first(), expected);
    }

    void rejectsNotJson()
    {
        const json::ReadResult r = json::readProject("{\n  \"format\": \"ropa-project\",\n  oops\n}");
        QVERIFY(!r.data);
        QCOMPARE(r.error, QStringLiteral("The file is not valid JSON: unterminated object at line 3, column 4."));
        const json::ReadResult arr = json::readProject("[1, 2]");
        QCOMPARE(arr.error, QStringLiteral("The file is not a Ropa project: its JSON is not an object."));
        const json::ReadResult empty = json::readProject(QByteArray());
        QVERIFY(!empty.data);
        QVERIFY(empty.error.startsWith(QStringLiteral("The file is not valid JSON")));
    }

    void reportsEveryProblemAndCountsTheRest()
    {
        QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
        editEntity(root, "parties", 11, [](QJsonObject &o) {
            o.insert(QStringLiteral("colour"), QStringLiteral("red"));
            o.insert(QStringLiteral("kind"), QStringLiteral("company"));
        });
        const json::ReadResult r = json::readProject(QJsonDocument(root).toJson());
        QVERIFY(!r.data);
        QCOMPARE(r.problems.size(), 2);
        QVERIFY(r.error.endsWith(QStringLiteral(" (and 1 more problem(s))")));
    }

    void readsFilesAndReportsMissingOnes()
    {
        QTemporaryDir dir;
        const json::ReadResult missing = json::readProjectFile(dir.filePath(QStringLiteral("nope.json")));
        QCOMPARE(missing.error, QStringLiteral("\u201cnope.json\u201d does not exist. Check the name and the folder."));
        QFile f(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sampleJson());
        f.close();
        const json::ReadResult ok = json::readProjectFile(f.fileName());
        QVERIFY2(ok.data, qPrintable(ok.error));
    }

    // What QJsonDocument accepts silently and a Ropa file must not contain (issue #17, item 5):
    // the text of the sample with one change, and the message the user reads.
    void refusesWhatTheJsonParserLetsThrough_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        const QByteArray project = "\"project\": {\n    \"name\": \"";
        QTest::newRow("duplicate key, the last would win")
            << project << QByteArray("\"project\": {\n    \"name\": \"SECOND\",\n    \"name\": \"")
            << QStringLiteral("The key \u201cname\u201d appears twice in the same object (the second time at line 6, "
                              "column 5). Each key may appear only once.");
        QTest::newRow("duplicate key after unescaping")
            << project << QByteArray("\"project\": {\n    \"n\\u0061me\": \"SECOND\",\n    \"name\": \"")
            << QStringLiteral("The key \u201cname\u201d appears twice in the same object (the second time at line 6, "
                              "column 5). Each key may appear only once.");
        QTest::newRow("duplicate top-level key")
            << QByteArray("\"version\": 2,\n") << QByteArray("\"version\": 2,\n  \"version\": 2,\n")
            << QStringLiteral(
                   "The key \u201cversion\u201d appears twice in the same object (the second time at line 4, "
                   "column 3). Each key may appear only once.");
        QTest::newRow("raw tab in a text")
            << project << QByteArray(project + "tab\there ")
            << QStringLiteral("The file is not valid JSON: a text contains the control character U+0009, which must be "
                              "written as an escape, at line 5, column 17.");
        QTest::newRow("raw line break in a text")
            << project << QByteArray(project + "two\nlines ")
            << QStringLiteral("The file is not valid JSON: a text contains the control character U+000A, which must be "
                              "written as an escape, at line 5, column 17.");
        QTest::newRow("escaped U+0000")
            << project << QByteArray(project + "a\\u0000b")
            << QStringLiteral("The file contains the character U+0000 (written \\u0000) in a text, which Ropa does not "
                              "accept, at line 5, column 15.");
        QTest::newRow("lone high surrogate")
            << project << QByteArray(project + "\\ud83d ")
            << QStringLiteral("The file is not valid JSON: a text contains half of a UTF-16 surrogate pair (\\uD83D) "
                              "without its other half, at line 5, column 14.");
        QTest::newRow("high surrogate before a letter")
            << project << QByteArray(project + "\\ud83d\\u0041")
            << QStringLiteral("The file is not valid JSON: a text contains half of a UTF-16 surrogate pair (\\uD83D) "
                              "without its other half, at line 5, column 14.");
        QTest::newRow("lone low surrogate")
            << project << QByteArray(project + "x\\uDE00")
            << QStringLiteral("The file is not valid JSON: a text contains half of a UTF-16 surrogate pair (\\uDE00) "
                              "without its other half, at line 5, column 15.");
        QTest::newRow("version 2.0")
            << QByteArray("\"version\": 2,") << QByteArray("\"version\": 2.0,")
            << QStringLiteral(
                   "The project's \u201cversion\u201d must be a whole number such as 1, not \u201c2.0\u201d, at "
                   "line 3, column 14.");
        QTest::newRow("version 2e0")
            << QByteArray("\"version\": 2,") << QByteArray("\"version\": 2e0,")
            << QStringLiteral(
                   "The project's \u201cversion\u201d must be a whole number such as 1, not \u201c2e0\u201d, at "
                   "line 3, column 14.");
    }

    void refusesWhatTheJsonParserLetsThrough()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray bytes = sampleJson();
        const qsizetype at = bytes.indexOf(from);
        QVERIFY(at >= 0);
        bytes.replace(at, from.size(), to);
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY(!r.data); // nothing imported
        QCOMPARE(r.error, expected);
    }

    // The strict pass refuses only what it must: escapes, a surrogate pair, keys of the same
    // name in different objects and integers elsewhere still read.
    void strictPassKeepsWhatIsValid()
    {
        const QByteArray project = "\"project\": {\n    \"name\": \"";
        QByteArray bytes = sampleJson();
        bytes.replace(bytes.indexOf(project), project.size(),
                      QByteArray(project + "\\ud83d\\ude00 \\u00e9\\\"\\\\\\/ "));
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        QVERIFY(r.data->info.name.startsWith(QStringLiteral("\U0001F600 \u00e9\"\\/ ")));
    }

#if defined(Q_OS_UNIX)
    // A named pipe is refused at once (it would block forever), a device behind a link is
    // refused without reading it, a link loop is named as such (issue #17, items 1, 2, 6).
    void refusesSpecialFilesAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("x.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(json::readProjectFile(fifo).error,
                 QStringLiteral("\u201cx.json\u201d is a named pipe, not a project file."));

        QTemporaryDir other;
        const QString zero = other.filePath(QStringLiteral("x.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QCOMPARE(json::readProjectFile(zero).error,
                 QStringLiteral("\u201cx.json\u201d is a device, not a project file."));

        const QString a = other.filePath(QStringLiteral("a.json"));
        QVERIFY(QFile::link(other.filePath(QStringLiteral("b.json")), a));
        QVERIFY(QFile::link(a, other.filePath(QStringLiteral("b.json"))));
        QCOMPARE(
            json::readProjectFile(a).error,
            QStringLiteral("\u201ca.json\u201d is a symbolic link that leads back to itself (a loop), so there is no "
                           "file to read. Correct or remove the link."));
    }
#endif

    void deepNestingIsRefusedWithoutCrash()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const json::ReadResult r = json::readProject(deep);
        QVERIFY(!r.data);
        QVERIFY(r.error.startsWith(QStringLiteral("The file is not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "test_json.moc"
