// The Dutch government register's JSON (AVG Register Rijksoverheid): its records read as
// activities with what a DPO reads in them (purposes and lawful bases, groups of data subjects
// with their data items, processors, security, transfers, automated decisions, the DPIA
// screening), police-data records marked, prose recipients kept as prose and listed, bad and
// hostile files refused with a message; and the export read back giving the same inventory.

#include "domain/validation.h"
#include "import/avgregisterreader.h"
#include "import/avgregisterwriter.h"
#include "import/importapply.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ropa;
using namespace ropa::importer;

namespace {

QByteArray fixtureBytes(const char *name)
{
    QFile f(QStringLiteral(ROPA_FIXTURES_DIR "/import/avg/") + QString::fromUtf8(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AvgRegisterRead fixture(const char *name)
{
    return readAvgRegister(fixtureBytes(name));
}

template <typename T> const T *byName(const ProjectData &data, const QString &name)
{
    for (const auto &[id, e] : data.table<T>()) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

template <typename T> int countNamed(const ProjectData &data, const QString &name)
{
    int n = 0;
    for (const auto &[id, e] : data.table<T>())
        n += e.name == name ? 1 : 0;
    return n;
}

template <typename T> QStringList names(const ProjectData &data, const IdList &ids)
{
    QStringList out;
    for (const Id &id : ids) {
        const T *e = data.find<T>(id);
        out.append(e ? e->name : QStringLiteral("?"));
    }
    return out;
}

// The transfers from the activity's organisation that carry it, as "party:role".
QStringList transfersOf(const ProjectData &data, const Activity &a)
{
    QStringList out;
    for (const auto &[id, t] : data.transfers) {
        if (t.activities.contains(a.id))
            out.append(data.find<Party>(t.to)->name + u':' + enumToString(t.role));
    }
    out.sort();
    return out;
}

QStringList unresolvedValues(const ImportPlan &plan, Field field)
{
    QStringList out;
    for (const UnresolvedValue &u : plan.unresolved) {
        if (u.field == field)
            out.append(u.value);
    }
    return out;
}

bool anyNoteContains(const QStringList &notes, const QString &part)
{
    return std::any_of(notes.cbegin(), notes.cend(), [&](const QString &n) { return n.contains(part); });
}

ProjectData newProject()
{
    ProjectData data;
    data.info.name = QStringLiteral("Test");
    return data;
}

ProjectData imported(const AvgRegisterRead &read, const ProjectData &base = newProject())
{
    return applyImport(base, read.plan, base.info.name).data;
}

} // namespace

class TestAvgRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneControllerRecord()
    {
        const AvgRegisterRead read = fixture("one-record.json");
        QVERIFY2(read.plan.error.isEmpty(), qPrintable(read.plan.error));
        QCOMPARE(read.controllerRecords, 1);
        const ProjectData data = imported(read);
        QVERIFY(validateProject(data).isEmpty());
        const Activity *a = byName<Activity>(data, QStringLiteral("Subsidieaanvragen cultuurfonds"));
        QVERIFY(a);
        QCOMPARE(a->reference, QStringLiteral("M4101"));
        QCOMPARE(a->status, RecordStatus::Adopted);
        QCOMPARE(a->recordVersion, QStringLiteral("3"));
        QCOMPARE(a->created, QDate(2021, 2, 15));
        QCOMPARE(a->lastChanged, QDate(2024, 6, 1));
        QCOMPARE(a->department, QStringLiteral("Directie Cultuur en Erfgoed"));
        QCOMPARE(a->role, Role::Controller);
        QCOMPARE(a->purposes, (QStringList{QStringLiteral("Beoordelen van subsidieaanvragen"),
                                           QStringLiteral("Uitbetalen en verantwoorden van subsidies")}));
        QCOMPARE(a->lawfulBasis, LawfulBasis::PublicTask);
        // The controller is the project's own party, with its address and country.
        const Party *own = data.find<Party>(a->organisation);
        QCOMPARE(own->name, QStringLiteral("Ministerie van Voorbeeldzaken"));
        QVERIFY(own->own);
        QVERIFY2(own->address.startsWith(QStringLiteral("Voorbeeldplein 1\n2500 AA Den Haag")),
                 qPrintable(own->address));
        QCOMPARE(own->country, QStringLiteral("NL"));
        QCOMPARE(own->contact.email, QStringLiteral("privacy@voorbeeldzaken.example"));
        QCOMPARE(a->contactPerson.name, QStringLiteral("A. de Vries"));
        QCOMPARE(a->contactPerson.function, QStringLiteral("Privacycoördinator"));
        QCOMPARE(transfersOf(data, *a), QStringList{QStringLiteral("Rijksdienst Voorbeeld ICT:processor")});
        QCOMPARE(names<System>(data, a->systems),
                 (QStringList{QStringLiteral("Subsidieportaal"), QStringLiteral("Financieel systeem")}));
        // Security: "Nee" to pseudonymisation is no measure; "Ja" to encryption is one, of that kind.
        QStringList measures;
        for (const Id &id : a->securityMeasures) {
            const SecurityMeasure *m = data.find<SecurityMeasure>(id);
            measures.append(m->name + u':' + enumToString(m->kind));
        }
        QCOMPARE(measures,
                 (QStringList{QStringLiteral("Logging van inzage:other"), QStringLiteral("Encryption:encryption"),
                              QStringLiteral("Beveiligde verbinding (TLS):network"),
                              QStringLiteral("Toegang op basis van rollen:access_control")}));
        // Data items per group of data subjects; "Naam en adres" is one category for both groups.
        QCOMPARE(names<DataSubject>(data, a->dataSubjects),
                 (QStringList{QStringLiteral("Aanvragers"), QStringLiteral("Adviseurs")}));
        QCOMPARE(countNamed<DataCategory>(data, QStringLiteral("Naam en adres")), 1);
        QCOMPARE(a->dataItems.size(), 3);
        const DataItem &first = a->dataItems.at(0);
        QCOMPARE(data.find<DataSubject>(first.subject)->name, QStringLiteral("Aanvragers"));
        QCOMPARE(data.find<DataCategory>(first.category)->name, QStringLiteral("Naam en adres"));
        QCOMPARE(first.retention, QStringLiteral("P7Y"));
        QCOMPARE(first.retentionText, QStringLiteral("7 jaar na einde subsidie"));
        QCOMPARE(first.purpose, QStringLiteral("Contact over de aanvraag"));
        QCOMPARE(names<Source>(data, first.sources), QStringList{QStringLiteral("The data subject")});
        QCOMPARE(first.consequence, QStringLiteral("De aanvraag kan niet worden behandeld."));
        QVERIFY(!first.obligation); // "must provide" does not say by law or by contract
        const DataItem &third = a->dataItems.at(2);
        QCOMPARE(names<Source>(data, third.sources), QStringList{QStringLiteral("Benoemingsbesluit")});
        QCOMPARE(third.obligation, Obligation::Voluntary);
        QVERIFY(third.retention.isEmpty());
        QCOMPARE(unresolvedValues(read.plan, Field::Retention),
                 QStringList{QStringLiteral("Zolang de benoeming loopt")});
        QCOMPARE(dpiaPerformed(a->dpia), true);
        QCOMPARE(a->automatedDecisions.present, false);
        QCOMPARE(a->dpiaScreening.onAuthorityList, false);
        QCOMPARE(a->dpiaScreening.highRisk, false);
        // The remark's CRLF is a line break; the prose recipient is kept as written, not a party.
        QVERIFY2(a->notes.startsWith(QStringLiteral("Jaarlijks herzien.\nZie ook het subsidiereglement.")),
                 qPrintable(a->notes));
        QVERIFY(a->notes.contains(QStringLiteral("Algemene Rekenkamer, bij controle van de uitgaven")));
        QVERIFY(!byName<Party>(data, QStringLiteral("Algemene Rekenkamer, bij controle van de uitgaven")));
        QCOMPARE(unresolvedValues(read.plan, Field::Recipients),
                 QStringList{QStringLiteral("Algemene Rekenkamer, bij controle van de uitgaven")});
        QVERIFY(anyNoteContains(read.plan.notes, QStringLiteral("attachment")));
    }

    void severalRecordsWithBomMatchByName()
    {
        const QByteArray bytes = fixtureBytes("several-records-bom.json");
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const AvgRegisterRead read = readAvgRegister(bytes);
        QVERIFY2(read.plan.error.isEmpty(), qPrintable(read.plan.error));
        QCOMPARE(read.controllerRecords, 2);
        QCOMPARE(read.processorRecords, 1);
        const ProjectData data = imported(read);
        QVERIFY2(validateProject(data).isEmpty(), qPrintable(validateProject(data).value(0).describe()));
        QCOMPARE(data.activities.size(), std::size_t(3));
        QCOMPARE(countNamed<Party>(data, QStringLiteral("Ministerie van Voorbeeldzaken")), 1);
        QCOMPARE(countNamed<DataSubject>(data, QStringLiteral("Medewerkers")), 1);
        QCOMPARE(countNamed<System>(data, QStringLiteral("Verzuimsysteem")), 1);

        const Activity *reintegration = byName<Activity>(data, QStringLiteral("Re-integratie van zieke medewerkers"));
        QVERIFY(reintegration);
        QCOMPARE(reintegration->status, RecordStatus::Draft);
        QCOMPARE(reintegration->lawfulBasis, LawfulBasis::LegalObligation);
        // Health data, a special category, from the group's flag.
        QStringList special;
        for (const Id &id : reintegration->dataCategories) {
            const DataCategory *c = data.find<DataCategory>(id);
            if (c->special)
                special.append(c->name + u':' + enumToString(*c->special));
        }
        QCOMPARE(special, QStringList{QStringLiteral("Health data:health")});
        // The transfer outside the EU goes with the one processor, with its safeguards.
        const Transfer *toCloud = nullptr;
        for (const auto &[id, t] : data.transfers) {
            if (data.find<Party>(t.to)->name == u"Cloud Hosting Voorbeeld Inc.")
                toCloud = &t;
        }
        QVERIFY(toCloud);
        QCOMPARE(toCloud->role, Role::Processor);
        QCOMPARE(toCloud->countries, QStringList{QStringLiteral("US")});
        QCOMPARE(toCloud->suitableSafeguards, QStringLiteral("Modelcontractbepalingen (SCC)"));
        QCOMPARE(data.find<Party>(toCloud->to)->country, QStringLiteral("US"));
        QCOMPARE(reintegration->automatedDecisions.present, true);
        QCOMPARE(reintegration->automatedDecisions.logic, QStringLiteral("Een score uit verzuimfrequentie"));
        QCOMPARE(reintegration->automatedDecisions.significance, QStringLiteral("Bepaalt de volgorde van gesprekken"));
        QCOMPARE(reintegration->automatedDecisions.profiling, true);
        QCOMPARE(reintegration->dpiaScreening.criteria,
                 (QList<DpiaCriterion>{DpiaCriterion::EvaluationScoring, DpiaCriterion::LargeScale}));
        QCOMPARE(reintegration->dpiaScreening.onAuthorityList, true);
        QCOMPARE(reintegration->dpiaScreening.highRisk, true);
        QVERIFY(!reintegration->dpiaScreening.outcome.isEmpty());
        QCOMPARE(reintegration->largeScale, true);
        QCOMPARE(dpiaPerformed(reintegration->dpia), false);
        QCOMPARE(names<Source>(data, reintegration->dataItems.at(0).sources),
                 (QStringList{QStringLiteral("The data subject"), QStringLiteral("Arbodienst Voorbeeld B.V.")}));
        QCOMPARE(unresolvedValues(read.plan, Field::Retention),
                 QStringList{QStringLiteral("Tot na de laatste uitbetaling en de controle daarop")});

        // Joint controllers and how they divide the responsibility.
        const Activity *payroll = byName<Activity>(data, QStringLiteral("Salarisadministratie"));
        QCOMPARE(transfersOf(data, *payroll),
                 QStringList{QStringLiteral("Uitvoeringsbureau Voorbeeld:joint_controller")});
        QVERIFY(payroll->notes.contains(QStringLiteral("Het ministerie beslist")));
        // Two purposes with different lawful bases: none is chosen for the activity.
        QVERIFY(!payroll->lawfulBasis);
        QVERIFY(anyNoteContains(read.plan.notes, QStringLiteral("different lawful bases")));

        // The processor record: kept for the controller it names, its categories of processing as purposes.
        const Activity *hosting =
            byName<Activity>(data, QStringLiteral("Hosting van het subsidieportaal voor een agentschap"));
        QVERIFY(hosting);
        QCOMPARE(hosting->role, Role::Processor);
        const Party *controller = data.find<Party>(hosting->onBehalfOf);
        QVERIFY(controller);
        QCOMPARE(controller->name, QStringLiteral("Agentschap Voorbeeld"));
        QCOMPARE(controller->dpo->name, QStringLiteral("FG Agentschap Voorbeeld"));
        QCOMPARE(controller->contact.email, QStringLiteral("b.jansen@agentschap.example"));
        QCOMPARE(hosting->purposes, (QStringList{QStringLiteral("Hosting en beheer"), QStringLiteral("Back-ups")}));
        QCOMPARE(transfersOf(data, *hosting), QStringList{QStringLiteral("Rijksdienst Voorbeeld ICT:processor")});
    }

    void reimportChangesNothing()
    {
        const AvgRegisterRead read = fixture("several-records-bom.json");
        const ImportResult first = applyImport(newProject(), read.plan, QStringLiteral("Test"));
        const ImportResult second = applyImport(first.data, read.plan, QStringLiteral("Test"));
        QVERIFY(second.data == first.data);
        QVERIFY(second.addedActivities.isEmpty());
        QVERIFY(second.updatedActivities.isEmpty());
        QCOMPARE(second.matchedActivities.size(), 3);
    }

    void policeRecordIsMarked()
    {
        const AvgRegisterRead read = fixture("police-record.json");
        QVERIFY2(read.plan.error.isEmpty(), qPrintable(read.plan.error));
        QCOMPARE(read.policeRecords, 1);
        QVERIFY(anyNoteContains(read.plan.notes, QStringLiteral("Wet politiegegevens")));
        const ProjectData data = imported(read);
        QVERIFY(validateProject(data).isEmpty());
        const Activity *a = byName<Activity>(data, QStringLiteral("Registratie van aangiften"));
        QVERIFY(a);
        QVERIFY(a->notes.contains(QStringLiteral("Wet politiegegevens")));
        QVERIFY(a->notes.contains(QStringLiteral("Getuigen en melders")));
        QVERIFY(!a->lawfulBasis); // the Wpg, not Art. 6 GDPR
        QCOMPARE(a->purposes, (QStringList{QStringLiteral("Processing under article 8 Wpg"),
                                           QStringLiteral("Processing under article 10(1)(a) Wpg")}));
        QCOMPARE(names<DataSubject>(data, a->dataSubjects),
                 (QStringList{QStringLiteral("Suspects"), QStringLiteral("Victims"), QStringLiteral("Third parties")}));
        QCOMPARE(names<DataCategory>(data, a->dataCategories),
                 (QStringList{QStringLiteral("Biometric data"), QStringLiteral("Health data")}));
        QCOMPARE(unresolvedValues(read.plan, Field::Recipients),
                 (QStringList{QStringLiteral("Provision under article 15 Wpg"),
                              QStringLiteral("Provision under article 19 Wpg")}));
    }

    void proseRecipientsStayProse()
    {
        const AvgRegisterRead read = fixture("prose-recipients.json");
        const ImportResult result = applyImport(newProject(), read.plan, QStringLiteral("Test"));
        QCOMPARE(result.data.parties.size(), std::size_t(1)); // the own party only
        QCOMPARE(result.data.transfers.size(), std::size_t(0));
        const Activity *a = byName<Activity>(result.data, QStringLiteral("Behandelen van klachten"));
        QVERIFY(a->notes.contains(QStringLiteral("De Nationale ombudsman, als de klager zich daar meldt")));
        QVERIFY(a->notes.contains(QStringLiteral("Medewerkers van de betrokken afdeling")));
        QCOMPARE(read.plan.unresolved.size(), 2);
        for (const UnresolvedValue &u : read.plan.unresolved) {
            QCOMPARE(u.field, Field::Recipients);
            QCOMPARE(u.rows, QList<int>{1});
        }
    }

    // What the user says a listed value reads as: a prose recipient as a party, a retention as a period.
    void valuesTheUserResolves()
    {
        const AvgRegisterRead read = fixture("prose-recipients.json");
        const ImportPlan plan = withValues(
            read.plan, {{Field::Recipients, QStringLiteral("De Nationale ombudsman, als de klager zich daar meldt"),
                         QStringLiteral("Nationale ombudsman")},
                        {Field::Recipients, QStringLiteral("not in the file"), QStringLiteral("Somebody")}});
        QCOMPARE(
            unresolvedValues(plan, Field::Recipients),
            QStringList{QStringLiteral("Medewerkers van de betrokken afdeling, voor zover nodig voor de afhandeling")});
        const ProjectData data = imported({plan, 1, 0, 0});
        QVERIFY(validateProject(data).isEmpty());
        const Activity *a = byName<Activity>(data, QStringLiteral("Behandelen van klachten"));
        QCOMPARE(transfersOf(data, *a), QStringList{QStringLiteral("Nationale ombudsman:controller")});
        QVERIFY(!a->notes.contains(QStringLiteral("als de klager zich daar meldt")));
        QVERIFY(!byName<Party>(data, QStringLiteral("Somebody")));

        const AvgRegisterRead one = fixture("one-record.json");
        const ImportPlan retention = withValues(
            one.plan, {{Field::Retention, QStringLiteral("Zolang de benoeming loopt"), QStringLiteral("4 jaar")}});
        QVERIFY(unresolvedValues(retention, Field::Retention).isEmpty());
        QCOMPARE(retention.activities.first().details.dataItems.at(2).retentionDuration, QStringLiteral("P4Y"));
    }

    void missingFields()
    {
        const AvgRegisterRead read = fixture("missing-fields.json");
        QVERIFY2(read.plan.error.isEmpty(), qPrintable(read.plan.error));
        QStringList activities;
        for (const ActivityDraft &a : read.plan.activities)
            activities.append(a.name);
        // A record without a name is named by its purpose; one with neither is skipped, and so is a non-record.
        QCOMPARE(activities,
                 (QStringList{QStringLiteral("Bezoekersregistratie"), QStringLiteral("Toegang tot het gebouw")}));
        QVERIFY(anyNoteContains(read.plan.notes, QStringLiteral("record 3: no name and no purpose")));
        QVERIFY(anyNoteContains(read.plan.notes, QStringLiteral("record 4: not a record")));
        QVERIFY(validateProject(imported(read)).isEmpty());
    }

    void wrongTypesAreLeftOutAndSaid()
    {
        const AvgRegisterRead read = fixture("wrong-types.json");
        QVERIFY2(read.plan.error.isEmpty(), qPrintable(read.plan.error));
        QCOMPARE(read.plan.activities.size(), 1);
        const ActivityDraft &a = read.plan.activities.first();
        QCOMPARE(a.name, QStringLiteral("Cameratoezicht"));
        QVERIFY(a.department.isEmpty());
        QVERIFY(a.systems.isEmpty());
        QVERIFY(a.countries.isEmpty());
        QVERIFY(anyNoteContains(read.plan.notes, QStringLiteral("the status “3”")));
        for (const char *key :
             {"Dienst", "AanmaakDatum", "Verantwoordelijken", "Systemen", "BuitenEu", "GebPia", "Betrokkenen"}) {
            QVERIFY2(anyNoteContains(read.plan.notes, u'“' + QString::fromLatin1(key) + u'”'), key);
        }
        QCOMPARE(unresolvedValues(read.plan, Field::LawfulBasis), QStringList{QStringLiteral("zie beleid")});
        const ProjectData data = imported(read);
        QVERIFY(validateProject(data).isEmpty());
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate key") << fixtureBytes("duplicate-keys.json") << QStringLiteral("Naam");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("deep");
        QTest::newRow("deep inside a record")
            << QByteArray("[{\"Naam\": \"x\", \"Doelen\": ") + QByteArray(40, '[') + QByteArray(40, ']') + "}]"
            << QStringLiteral("deep");
        QTest::newRow("not JSON") << QByteArray("Naam;Doel\nx;y\n") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << fixtureBytes("one-record.json").left(500) << QStringLiteral("not valid JSON");
        QTest::newRow("a Ropa file") << QByteArray("{\"format\": \"ropa\", \"version\": 2}")
                                     << QStringLiteral("not an export of the AVG register");
        QTest::newRow("empty array") << QByteArray("\xEF\xBB\xBF[]") << QStringLiteral("no record");
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const AvgRegisterRead read = readAvgRegister(bytes);
        QVERIFY2(read.plan.error.contains(message), qPrintable(read.plan.error));
        QVERIFY(read.plan.activities.isEmpty());
    }

    void sizeLimit()
    {
        AvgRegisterLimits limits;
        limits.maxFileBytes = 1000;
        const AvgRegisterRead read = readAvgRegister(fixtureBytes("one-record.json"), limits);
        QVERIFY2(read.plan.error.contains(QStringLiteral("larger than")), qPrintable(read.plan.error));
        QVERIFY(read.plan.activities.isEmpty());
        limits = {};
        limits.maxRecords = 2;
        QVERIFY(readAvgRegister(fixtureBytes("several-records-bom.json"), limits).plan.error.contains(u"more than"));
    }

    void oneRecordWithoutArray()
    {
        QByteArray bytes = fixtureBytes("one-record.json").trimmed();
        bytes = bytes.mid(1, bytes.size() - 2); // the object, without the array around it
        const AvgRegisterRead read = readAvgRegister(bytes);
        QVERIFY2(read.plan.error.isEmpty(), qPrintable(read.plan.error));
        QCOMPARE(read.plan.activities.size(), 1);
    }

    void detection()
    {
        for (const char *name : {"one-record.json", "several-records-bom.json", "police-record.json",
                                 "prose-recipients.json", "wrong-types.json"})
            QVERIFY2(looksLikeAvgRegister(fixtureBytes(name)), name);
        QFile example(
            QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/") +
            QDir(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples")).entryList({QStringLiteral("*.json")}).value(0));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QVERIFY(!looksLikeAvgRegister(example.readAll()));
        QVERIFY(!looksLikeAvgRegister("Naam;Doelen\nx;y\n"));
    }

    // The export read back: into the project it came from it changes nothing; into a new
    // project it gives the same export again.
    void exportReadBackGivesTheSameInventory()
    {
        ProjectData a;
        for (const char *name :
             {"one-record.json", "several-records-bom.json", "police-record.json", "prose-recipients.json"})
            a = imported(fixture(name), a);
        const QByteArray exported = writeAvgRegister(a);
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        QVERIFY(looksLikeAvgRegister(exported));
        const QJsonArray records = QJsonDocument::fromJson(exported.mid(3)).array();
        QCOMPARE(records.size(), 6);
        int processorRecords = 0;
        for (const QJsonValue &r : records)
            processorRecords += r.toObject().contains(QStringLiteral("Categorien")) ? 1 : 0;
        QCOMPARE(processorRecords, 1);

        const AvgRegisterRead back = readAvgRegister(exported);
        QVERIFY2(back.plan.error.isEmpty(), qPrintable(back.plan.error));
        QCOMPARE(back.processorRecords, 1);
        const ImportResult into = applyImport(a, back.plan, QStringLiteral("Test"));
        QVERIFY2(into.addedActivities.isEmpty() && into.updatedActivities.isEmpty(),
                 qPrintable((into.addedActivities + into.updatedActivities).join(u'|')));
        QVERIFY(into.data == a);

        const ProjectData b = imported(back);
        QVERIFY(validateProject(b).isEmpty());
        QCOMPARE(QString::fromUtf8(writeAvgRegister(b)), QString::fromUtf8(exported));
    }
};

QTEST_GUILESS_MAIN(TestAvgRegister)
#include "test_avgregister.moc"
