// From a register's sheet to a project: the heading row and columns found, the values read
// as the law's terms in four languages, what stayed unresolved, and the entities made, matched
// and never duplicated. What a DPO checks after an import.

#include "import/importapply.h"
#include "import/importplan.h"
#include "import/mapping.h"
#include "import/resolvevalues.h"
#include "import/workbookreader.h"

#include "domain/project.h"
#include "domain/validation.h"

#include <QTest>

using namespace ropa;
using namespace ropa::importer;

namespace {

Workbook fixture(const QString &name)
{
    return readWorkbookFile(QStringLiteral(ROPA_FIXTURES_DIR "/import/") + name);
}

const Activity *activityNamed(const ProjectData &data, const QString &name)
{
    for (const auto &[id, a] : data.activities) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QStringList namesOf(const ProjectData &data, const IdList &ids, EntityKind kind)
{
    QStringList out;
    for (const Id &id : ids)
        out.append(nameOf(*data.entity(kind, id)));
    return out;
}

QStringList problemsOf(const ProjectData &data)
{
    QStringList out;
    for (const Problem &p : validateProject(data))
        out.append(p.describe());
    return out;
}

ProjectData newProject()
{
    ProjectData data;
    data.info.name = QStringLiteral("Gemeente Voorbeeld");
    return data;
}

ImportResult importFixture(const QString &name, const ProjectData &base = newProject())
{
    const Workbook book = fixture(name);
    const Sheet *sheet = book.sheet();
    const Mapping mapping = detectMapping(*sheet);
    return applyImport(base, planImport(*sheet, mapping), base.info.name);
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsInFourLanguages_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("field");
        const std::pair<const char *, const char *> rows[] = {
            {"Name of the processing activity", "name"},
            {"Purpose of processing", "purpose"},
            {"Categories of individuals", "data_subjects"},
            {"Categories of personal data", "data_categories"},
            {"Categories of recipients", "recipients"},
            {"Link to contract with processor", "ignore"},
            {"Names of third countries or international organisations that personal data are transferred to (if "
             "applicable)",
             "third_countries"},
            {"Safeguards for exceptional transfers of personal data to third countries or international "
             "organisations (if applicable)",
             "safeguards"},
            {"Retention schedule (if possible)", "retention"},
            {"General description of technical and organisational security measures (if possible)",
             "security_measures"},
            {"Article 6 lawful basis for processing personal data", "lawful_basis"},
            {"Article 9 condition for processing special category data", "art9_condition"},
            {"Legitimate interests for the processing (if applicable)", "legitimate_interests"},
            {"The source of the personal data (if applicable)", "sources"},
            {"Location of personal data", "systems"},
            {"Data Protection Impact Assessment required?", "dpia"},
            {"Data Protection Impact Assessment progress", "ignore"},
            {"Name and contact details of joint controller (if applicable)", "joint_controller"},
            {"Business function", "department"},
            {"Naam verwerking", "name"},
            {"Doelen", "purpose"},
            {"Rechtsgrond", "lawful_basis"},
            {"Betrokkenen", "data_subjects"},
            {"Categorieën persoonsgegevens", "data_categories"},
            {"Ontvangers", "recipients"},
            {"Verwerkers", "processors"},
            {"Bewaartermijn", "retention"},
            {"Doorgifte buiten de EU", "third_countries"},
            {"Systemen", "systems"},
            {"Verwerkingsverantwoordelijke", "controller"},
            {"Bezeichnung der Verarbeitungstätigkeit", "name"},
            {"Zweck der Verarbeitung", "purpose"},
            {"Rechtsgrundlage", "lawful_basis"},
            {"Kategorien betroffener Personen", "data_subjects"},
            {"Kategorien personenbezogener Daten", "data_categories"},
            {"Empfänger", "recipients"},
            {"Löschfristen", "retention"},
            {"Technische und organisatorische Maßnahmen", "security_measures"},
            {"Nom du traitement", "name"},
            {"Finalité(s)", "purpose"},
            {"Base légale", "lawful_basis"},
            {"Catégories de personnes concernées", "data_subjects"},
            {"Catégories de données", "data_categories"},
            {"Destinataires", "recipients"},
            {"Sous-traitants", "processors"},
            {"Durée de conservation", "retention"},
            {"Transferts hors UE", "third_countries"},
            {"Mesures de sécurité", "security_measures"},
        };
        for (const auto &[heading, field] : rows)
            QTest::newRow(heading) << QString::fromUtf8(heading) << QString::fromLatin1(field);
    }
    void headingsInFourLanguages()
    {
        QFETCH(QString, heading);
        QFETCH(QString, field);
        QCOMPARE(fieldKey(fieldForHeading(heading)), field);
    }

    void headingRowUnderATitleBlock()
    {
        const Workbook csv = fixture(QStringLiteral("register-nl.csv"));
        QCOMPARE(findHeadingRow(*csv.sheet()), 2); // line 3
        const Workbook xlsx = fixture(QStringLiteral("register.xlsx"));
        QCOMPARE(findHeadingRow(*xlsx.sheet()), 4); // row 5, under a merged title and a controller block
        const Mapping m = detectMapping(*xlsx.sheet());
        QCOMPARE(m.columnsOf(Field::Name), QList<int>{0});
        QCOMPARE(m.columnsOf(Field::LastReviewed), QList<int>{10});
        QCOMPARE(m.columnsOf(Field::Department), QList<int>{11});
    }

    void headingsOverTwoRowsWithMergedCells()
    {
        const Workbook book = fixture(QStringLiteral("two-row-headings.xlsx"));
        QVERIFY2(book.ok(), qPrintable(book.error));
        const Mapping m = detectMapping(*book.sheet());
        QCOMPARE(m.headingRow, 2);
        QCOMPARE(m.headingRows, 2);
        QCOMPARE(m.columnsOf(Field::Name), QList<int>{0});       // "Activity", merged down over both rows
        QCOMPARE(m.columnsOf(Field::Purpose), QList<int>{1});    // "Purpose", the same
        QCOMPARE(m.columnsOf(Field::Recipients), QList<int>{2}); // "Recipients – Internal"
        QCOMPARE(m.columnsOf(Field::Processors), QList<int>{3}); // "Processors" under "Recipients"
        const ImportPlan plan = planImport(*book.sheet(), m);
        QCOMPARE(plan.activities.size(), 2); // the sub-heading row is no activity
        QCOMPARE(plan.activities.at(1).recipients, (QStringList{QStringLiteral("Sales"), QStringLiteral("Support")}));
        QCOMPARE(plan.activities.at(1).processors, QStringList{QStringLiteral("Acme CRM Inc")});
        QCOMPARE(plan.activities.at(0).row, 5);
    }

    void icoTemplate()
    {
        const Workbook book = fixture(QStringLiteral("ico-template.xlsx"));
        QVERIFY2(book.ok(), qPrintable(book.error));
        const Mapping m = detectMapping(*book.sheet());
        QCOMPARE(m.headingRow, 8); // row 9, under the controller, DPO and representative block
        QStringList fields;
        for (const ColumnField &c : m.columns)
            fields.append(fieldKey(c.field));
        const QStringList expected{
            QStringLiteral("department"),
            QStringLiteral("purpose"),
            QStringLiteral("joint_controller"),
            QStringLiteral("data_subjects"),
            QStringLiteral("data_categories"),
            QStringLiteral("recipients"),
            QStringLiteral("ignore"),
            QStringLiteral("third_countries"),
            QStringLiteral("safeguards"),
            QStringLiteral("retention"),
            QStringLiteral("security_measures"),
            QStringLiteral("lawful_basis"),
            QStringLiteral("art9_condition"),
            QStringLiteral("legitimate_interests"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
            QStringLiteral("automated_decisions"),
            QStringLiteral("sources"),
            QStringLiteral("ignore"),
            QStringLiteral("systems"),
            QStringLiteral("dpia"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
            QStringLiteral("lawful_basis"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
            QStringLiteral("ignore"),
        };
        QCOMPARE(fields, expected);

        const ImportResult result = importFixture(QStringLiteral("ico-template.xlsx"));
        QCOMPARE(problemsOf(result.data), QStringList());
        // The template has no name column: the purpose names the activity.
        QCOMPARE(result.addedActivities,
                 (QStringList{QStringLiteral("Occupational health referrals"), QStringLiteral("Email marketing")}));
        const Activity *health = activityNamed(result.data, QStringLiteral("Occupational health referrals"));
        QCOMPARE(health->department, QStringLiteral("HR"));
        QCOMPARE(health->lawfulBasis, LawfulBasis::Contract); // "Art. 6(1)(b)" and "Contract" agree
        QCOMPARE(health->art9Condition, Art9Condition::H);
        QCOMPARE(health->dpia.required, true);
        QCOMPARE(health->automatedDecisions.present, false);
        QCOMPARE(health->retention.value(0).duration, QStringLiteral("P6Y"));
        QCOMPARE(health->retention.value(0).trigger, QStringLiteral("end of employment"));
        QCOMPARE(namesOf(result.data, health->securityMeasures, EntityKind::SecurityMeasure),
                 (QStringList{QStringLiteral("Encryption"), QStringLiteral("Access control")}));
        QCOMPARE(namesOf(result.data, health->systems, EntityKind::System), QStringList{QStringLiteral("HR system")});
        const Activity *mail = activityNamed(result.data, QStringLiteral("Email marketing"));
        QCOMPARE(mail->lawfulBasis, LawfulBasis::Consent);
        QCOMPARE(mail->retention.value(0).trigger, QStringLiteral("last contact"));
        int transfers = 0;
        for (const auto &[id, t] : result.data.transfers) {
            if (t.activities.contains(mail->id)) {
                ++transfers;
                QCOMPARE(result.data.find<Party>(t.to)->name, QStringLiteral("Mail service provider"));
                QCOMPARE(t.countries, QStringList{QStringLiteral("US")});
                QCOMPARE(t.suitableSafeguards, QStringLiteral("Standard contractual clauses"));
            }
        }
        QCOMPARE(transfers, 1);
    }

    void mappingRoundTripsThroughJson()
    {
        const Workbook book = fixture(QStringLiteral("register.xlsx"));
        Mapping m = detectMapping(*book.sheet());
        m.columns[1].field = Field::Notes; // a correction the user made
        m.split.commas = false;
        m.headingRows = 2;
        m.values = {{Field::LawfulBasis, QStringLiteral("See policy"), QStringLiteral("consent")}};
        QString error;
        const std::optional<Mapping> back = Mapping::fromJson(m.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, m);
        QVERIFY(!Mapping::fromJson(R"({"version": 1, "columns": [{"column": "A", "field": "colour"}]})", &error));
        QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
    }

    void cellsSplit()
    {
        const SplitRules all;
        QCOMPARE(splitCell(QStringLiteral("• CV\n• Name"), all),
                 (QStringList{QStringLiteral("CV"), QStringLiteral("Name")}));
        QCOMPARE(splitCell(QStringLiteral("Tax authority; Payroll Services Ltd"), all),
                 (QStringList{QStringLiteral("Tax authority"), QStringLiteral("Payroll Services Ltd")}));
        QCOMPARE(splitCell(QStringLiteral("- a\n- b, c"), all),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        SplitRules noCommas;
        noCommas.commas = false;
        QCOMPARE(splitCell(QStringLiteral("Smith, Jones"), noCommas), QStringList{QStringLiteral("Smith, Jones")});
    }

    void lawfulBases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("basis"); // empty: unresolved
        const std::pair<const char *, const char *> rows[] = {
            {"Toestemming", "consent"},
            {"Einwilligung", "consent"},
            {"consentement de la personne", "consent"},
            {"6.1.f AVG", "legitimate_interests"},
            {"Art. 6(1)(b)", "contract"},
            {"Art. 6 Abs. 1 lit. c DSGVO", "legal_obligation"},
            {"art. 6 lid 1 sub e AVG", "public_task"},
            {"legitimate interests", "legitimate_interests"},
            {"Gerechtvaardigd belang", "legitimate_interests"},
            {"Wettelijke verplichting", "legal_obligation"},
            {"Vertragserfüllung", "contract"},
            {"Uitvoering overeenkomst", "contract"},
            {"Taak van algemeen belang", "public_task"},
            {"Consent (Art. 6(1)(a))", "consent"},
            {"Consent; contract", ""},
            {"See policy", ""},
            {"Art. 9(2)(a)", ""},
        };
        for (const auto &[text, basis] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(basis);
    }
    void lawfulBases()
    {
        QFETCH(QString, text);
        QFETCH(QString, basis);
        const std::optional<LawfulBasis> got = resolveLawfulBasis(text);
        QCOMPARE(got ? enumToString(*got) : QString(), basis);
    }

    void art9Conditions()
    {
        QCOMPARE(resolveArt9Condition(QStringLiteral("Art. 9(2)(h)")), Art9Condition::H);
        QCOMPARE(resolveArt9Condition(QStringLiteral("9.2.a AVG")), Art9Condition::A);
        QCOMPARE(resolveArt9Condition(QStringLiteral("uitdrukkelijke toestemming")), Art9Condition::A);
        QCOMPARE(resolveArt9Condition(QStringLiteral("employment and social security law")), Art9Condition::B);
        QCOMPARE(resolveArt9Condition(QStringLiteral("whatever")), std::nullopt);
    }

    void countries()
    {
        ResolvedCountries r = resolveCountries(QStringLiteral("Verenigde Staten, Kanada; Deutschland, FR, EEA"));
        QCOMPARE(r.codes, (QStringList{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("DE"),
                                       QStringLiteral("FR"), QStringLiteral("EEA")}));
        QVERIFY(r.unresolved.isEmpty());
        r = resolveCountries(QStringLiteral("Worldwide"));
        QVERIFY(r.codes.isEmpty());
        QCOMPARE(r.unresolved, QStringList{QStringLiteral("Worldwide")});
        r = resolveCountries(QStringLiteral("Atlantis, Japan"));
        QCOMPARE(r.codes, QStringList{QStringLiteral("JP")});
        QCOMPARE(r.unresolved, QStringList{QStringLiteral("Atlantis")});
        QVERIFY(resolveCountries(QStringLiteral("Nee")).none);
        QVERIFY(resolveCountries(QStringLiteral("No")).none);
    }

    void retention_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("nl") << QStringLiteral("7 jaar na einde contract") << QStringLiteral("P7Y")
                            << QStringLiteral("end of contract");
        QTest::newRow("en") << QStringLiteral("6 months") << QStringLiteral("P6M") << QString();
        QTest::newRow("de") << QStringLiteral("10 Jahre") << QStringLiteral("P10Y") << QString();
        QTest::newRow("de trigger") << QStringLiteral("10 Jahre nach Vertragsende") << QStringLiteral("P10Y")
                                    << QStringLiteral("end of contract");
        QTest::newRow("fr") << QStringLiteral("3 ans après le dernier contact") << QStringLiteral("P3Y")
                            << QStringLiteral("last contact");
        QTest::newRow("weeks") << QStringLiteral("4 weken") << QStringLiteral("P4W") << QString();
        QTest::newRow("own trigger") << QStringLiteral("2 years after the audit closes") << QStringLiteral("P2Y")
                                     << QStringLiteral("the audit closes");
        QTest::newRow("prose") << QStringLiteral("as long as the account exists") << QString() << QString();
        QTest::newRow("two periods") << QStringLiteral("6 months, or 2 years for disputes") << QString() << QString();
    }
    void retention()
    {
        QFETCH(QString, text);
        QFETCH(QString, duration);
        QFETCH(QString, trigger);
        const ResolvedRetention r = resolveRetention(text);
        QCOMPARE(r.duration, duration);
        QCOMPARE(r.trigger, trigger);
    }

    void dutchCsvGivesTheActivities()
    {
        const ImportResult result = importFixture(QStringLiteral("register-nl.csv"));
        QCOMPARE(problemsOf(result.data), QStringList());
        QCOMPARE(result.addedActivities,
                 (QStringList{QStringLiteral("Salarisadministratie"), QStringLiteral("Nieuwsbrief"),
                              QStringLiteral("Cameratoezicht")}));
        const Activity *salary = activityNamed(result.data, QStringLiteral("Salarisadministratie"));
        QVERIFY(salary);
        QCOMPARE(salary->lawfulBasis, LawfulBasis::Contract);
        QCOMPARE(salary->retention.size(), 1);
        QCOMPARE(salary->retention.first().duration, QStringLiteral("P7Y"));
        QCOMPARE(salary->retention.first().trigger, QStringLiteral("end of contract"));
        QCOMPARE(salary->retention.first().text, QStringLiteral("7 jaar na einde contract"));
        QCOMPARE(namesOf(result.data, salary->dataCategories, EntityKind::DataCategory),
                 (QStringList{QStringLiteral("Naam"), QStringLiteral("BSN"), QStringLiteral("IBAN")}));
        QCOMPARE(namesOf(result.data, salary->dataSubjects, EntityKind::DataSubject),
                 QStringList{QStringLiteral("Medewerkers")});
        const Activity *letter = activityNamed(result.data, QStringLiteral("Nieuwsbrief"));
        QCOMPARE(letter->lawfulBasis, LawfulBasis::Consent);
        // One recipient: the country goes on its transfer.
        bool found = false;
        for (const auto &[id, t] : result.data.transfers) {
            if (t.activities.contains(letter->id)) {
                QCOMPARE(result.data.find<Party>(t.to)->name, QStringLiteral("Mailer Inc"));
                QCOMPARE(t.countries, QStringList{QStringLiteral("US")});
                found = true;
            }
        }
        QVERIFY(found);
        // The own party is new, named after the project.
        QCOMPARE(result.count(EntityKind::Party).added, 3); // own, Belastingdienst, Mailer Inc
    }

    void odsRegisterWithoutRecipientKeepsCountriesOnTheActivity()
    {
        const ImportResult result = importFixture(QStringLiteral("register.ods"));
        QCOMPARE(problemsOf(result.data), QStringList());
        const Activity *camera = activityNamed(result.data, QStringLiteral("Camerabewaking"));
        QVERIFY(camera);
        QCOMPARE(camera->lawfulBasis, LawfulBasis::LegitimateInterests);
        QCOMPARE(camera->retention.value(0).duration, QStringLiteral("P4W"));
        QCOMPARE(camera->lastReviewed, std::nullopt); // "true" in the date column is no date
        // No recipient to put "Verenigde Staten" on: it stays on the activity, and a note says so.
        QVERIFY2(camera->notes.contains(QStringLiteral("United States")), qPrintable(camera->notes));
        QVERIFY(!result.notes.filter(QStringLiteral("Camerabewaking")).isEmpty());
        const Activity *salary = activityNamed(result.data, QStringLiteral("Salarisadministratie"));
        QCOMPARE(salary->lawfulBasis, LawfulBasis::Contract); // "6.1.b AVG"
        QCOMPARE(salary->lastReviewed, QDate(2024, 3, 1));
    }

    void unresolvedValuesAreListedWithTheirRows()
    {
        const Workbook book = fixture(QStringLiteral("register.xlsx"));
        const ImportPlan plan = planImport(*book.sheet(), detectMapping(*book.sheet()));
        QCOMPARE(plan.activities.size(), 3);
        QStringList listed;
        for (const UnresolvedValue &u : plan.unresolved)
            listed.append(QStringLiteral("%1|%2|%3").arg(fieldKey(u.field), u.value).arg(u.rows.first()));
        QVERIFY2(listed.contains(QStringLiteral("third_countries|Worldwide|8")), qPrintable(listed.join(u' ')));
        QVERIFY2(listed.contains(QStringLiteral("retention|until consent is withdrawn|7")),
                 qPrintable(listed.join(u' ')));
        const ActivityDraft &payroll = plan.activities.first();
        QCOMPARE(payroll.lawfulBasis, LawfulBasis::Contract);
        QCOMPARE(payroll.lastReviewed, QDate(2024, 1, 1));
        QCOMPARE(payroll.department, QStringLiteral("Payroll team"));
        QCOMPARE(payroll.dpiaRequired, false);
        QCOMPARE(plan.activities.at(2).dataCategories, (QStringList{QStringLiteral("CV"), QStringLiteral("Name")}));
    }

    void valuesResolvedOnceForAllTheirRows()
    {
        const Workbook book = fixture(QStringLiteral("register.xlsx"));
        Mapping m = detectMapping(*book.sheet());
        m.values = {{Field::ThirdCountries, QStringLiteral("WORLDWIDE"), QStringLiteral("United States, India")},
                    {Field::Retention, QStringLiteral("until consent is withdrawn"), QStringLiteral("1 year")}};
        const ImportPlan plan = planImport(*book.sheet(), m);
        for (const UnresolvedValue &u : plan.unresolved)
            QVERIFY2(u.field != Field::ThirdCountries && u.field != Field::Retention, qPrintable(u.value));
        QCOMPARE(plan.activities.at(2).countries, (QStringList{QStringLiteral("US"), QStringLiteral("IN")}));
        QCOMPARE(plan.activities.at(1).retentionDuration, QStringLiteral("P1Y"));
        // The text as written is kept beside what it was resolved as.
        QCOMPARE(plan.activities.at(1).retentionText, QStringLiteral("until consent is withdrawn"));
    }

    void reimportAddsNothing()
    {
        const ImportResult first = importFixture(QStringLiteral("register.xlsx"));
        QCOMPARE(first.addedActivities.size(), 3);
        const ImportResult second = importFixture(QStringLiteral("register.xlsx"), first.data);
        QVERIFY(second.addedActivities.isEmpty());
        QVERIFY(second.updatedActivities.isEmpty());
        QCOMPARE(second.matchedActivities.size(), 3);
        QVERIFY(second.data == first.data);
        for (int k = 0; k < EntityKindCount; ++k)
            QCOMPARE(second.counts.at(std::size_t(k)).added, 0);
    }

    void namesMatchIgnoringCaseAndAccents()
    {
        ProjectData base = newProject();
        Party own;
        own.id = QUuid::createUuid();
        own.name = QStringLiteral("Acme");
        own.own = true;
        base.put(own);
        DataSubject employees;
        employees.id = QUuid::createUuid();
        employees.name = QStringLiteral("EMPLOYEES");
        base.put(employees);
        DataCategory name;
        name.id = QUuid::createUuid();
        name.name = QStringLiteral("námé");
        base.put(name);
        const ImportResult result = importFixture(QStringLiteral("register.xlsx"), base);
        const Activity *payroll = activityNamed(result.data, QStringLiteral("Payroll"));
        QVERIFY(payroll->dataSubjects.contains(employees.id));
        QVERIFY(payroll->dataCategories.contains(name.id));
        QCOMPARE(payroll->organisation, own.id);
        QCOMPARE(result.data.dataSubjects.size(), std::size_t(3)); // EMPLOYEES kept, Subscribers, Applicants
        QCOMPARE(result.count(EntityKind::DataSubject).matched, 1);
    }

    void theControllerColumnPicksTheOwnParty()
    {
        ProjectData base = newProject();
        Party first, second;
        first.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
        first.name = QStringLiteral("Gemeente Voorbeeld");
        first.own = true;
        second.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000002"));
        second.name = QStringLiteral("Omgevingsdienst Voorbeeld");
        second.own = true;
        base.put(first);
        base.put(second);
        Sheet sheet;
        sheet.rows = {{Cell{QStringLiteral("Naam verwerking"), CellType::String},
                       Cell{QStringLiteral("Verwerkingsverantwoordelijke"), CellType::String}},
                      {Cell{QStringLiteral("Vergunningen"), CellType::String},
                       Cell{QStringLiteral("OMGEVINGSDIENST voorbeeld"), CellType::String}},
                      {Cell{QStringLiteral("Paspoorten"), CellType::String}}};
        const ImportResult result = applyImport(base, planImport(sheet, detectMapping(sheet)), QString());
        const Activity *permits = activityNamed(result.data, QStringLiteral("Vergunningen"));
        const Activity *passports = activityNamed(result.data, QStringLiteral("Paspoorten"));
        QVERIFY(permits && passports);
        QCOMPARE(permits->organisation, second.id);
        QCOMPARE(passports->organisation, first.id);
        QCOMPARE(result.data.parties.size(), std::size_t(2));
    }

    void aNewProjectAlwaysHasItsOwnParty()
    {
        const ImportResult result = applyImport(newProject(), ImportPlan(), QStringLiteral("Gemeente Voorbeeld"));
        QCOMPARE(problemsOf(result.data), QStringList());
        QCOMPARE(result.data.parties.size(), std::size_t(1));
        QCOMPARE(result.data.parties.begin()->second.name, QStringLiteral("Gemeente Voorbeeld"));
    }

    void importIsOneUndoStep()
    {
        Project project(newProject());
        const ImportResult result = importFixture(QStringLiteral("register-nl.csv"), project.data());
        QVERIFY(importAsOneStep(project, result, QStringLiteral("Import 3 activities from register-nl.csv")));
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.data().activities.size(), std::size_t(3));
        project.undoStack()->undo();
        QCOMPARE(project.data().activities.size(), std::size_t(0));
        project.undoStack()->redo();
        // The same file again: nothing to do, nothing pushed.
        const ImportResult again = importFixture(QStringLiteral("register-nl.csv"), project.data());
        QVERIFY(!importAsOneStep(project, again, QStringLiteral("Import")));
        QCOMPARE(project.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "test_import_mapping.moc"
