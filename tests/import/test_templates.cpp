// The register templates both ways (reports/templates.h, import/templates.h): each bundled
// example written as the ICO's template, the CNIL's register (ODS and XLSX) and Ropa's own XLSX
// record, read back into a new project, gives the same inventory as far as the sheet holds it;
// the template is found from the file alone; and hand-made files with what real ones have
// (merged titles, blank guidance rows, a column of the user's own, labels in English) read.

#include "domain/validation.h"
#include "import/importapply.h"
#include "import/templates.h"
#include "import/workbookreader.h"
#include "reference/reference.h"
#include "reports/flows.h"
#include "reports/reportbuilder.h"
#include "reports/templates.h"
#include "reports/writers.h"
#include "store/jsonformat.h"
#include "subprocessors/resolve.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace ropa;
using namespace ropa::importer;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/") + QString::fromUtf8(name);
}

QSet<QString> folded(const QStringList &names)
{
    QSet<QString> out;
    for (const QString &n : names)
        out.insert(subprocessors::foldText(n.simplified()));
    return out;
}

template <typename T> QStringList names(const ProjectData &d, const IdList &ids)
{
    QStringList out;
    for (const Id &id : ids) {
        if (const T *e = d.find<T>(id))
            out.append(e->name);
    }
    return out;
}

// The direct recipients of an activity (a transfer from its organisation) and where the data
// goes outside the EEA.
QStringList recipientsOf(const ProjectData &d, const Activity &a, QStringList *thirdCountries = nullptr)
{
    QStringList out;
    for (const auto &[id, t] : d.transfers) {
        if (!t.activities.contains(a.id) || t.from != a.organisation)
            continue;
        if (const Party *p = d.find<Party>(t.to))
            out.append(p->name);
        if (!thirdCountries)
            continue;
        for (const QString &c : reports::destinationCountries(d, t)) {
            if (c != u"EU" && c != u"EEA" && !Reference::instance().isEea(c) && !thirdCountries->contains(c))
                thirdCountries->append(c);
        }
    }
    return out;
}

const Activity *activityNamed(const ProjectData &d, const QString &name)
{
    for (const auto &[id, a] : d.activities) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

// A new project, as ropa-cli import -o NEW.ropa --name New makes it.
ProjectData blank()
{
    ProjectData d;
    d.info.name = QStringLiteral("New");
    return d;
}

QByteArray written(const ProjectData &data, const QString &format)
{
    QString error;
    QByteArray bytes;
    if (format == u"ropa-xlsx")
        bytes = reports::toXlsx(reports::buildReport(data, reports::Options{}), &error);
    else if (format == u"ico-xlsx")
        bytes = reports::templateToXlsx(reports::icoTemplate(data), &error);
    else if (format == u"cnil-ods")
        bytes = reports::templateToOds(reports::cnilTemplate(data), &error);
    else
        bytes = reports::templateToXlsx(reports::cnilTemplate(data), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return bytes;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void formatKeys();
    void icoAsUsersFillIt();
    void cnilAsUsersFillIt();
    void ownRegisterIsNoTemplate();
    void cnilKeepsTheRecordsDates();
};

void TestTemplates::roundTrip_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("expected"); // Template
    const QStringList examples = QDir(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples"))
                                     .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!examples.isEmpty());
    for (const QString &e : examples) {
        for (const auto &[format, t] :
             {std::pair{"ico-xlsx", Template::Ico}, std::pair{"cnil-ods", Template::Cnil},
              std::pair{"cnil-xlsx", Template::Cnil}, std::pair{"ropa-xlsx", Template::RopaXlsx}}) {
            QTest::addRow("%s %s", qPrintable(e), format) << e << QString::fromLatin1(format) << int(t);
        }
    }
}

void TestTemplates::roundTrip()
{
    QFETCH(QString, example);
    QFETCH(QString, format);
    QFETCH(int, expected);
    const auto read = json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/") + example);
    QVERIFY2(read.data, qPrintable(read.error));
    const ProjectData &original = *read.data;

    const Workbook book = readWorkbook(written(original, format), QStringLiteral("register"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    const std::optional<Template> detected = detectTemplate(book);
    QVERIFY(detected);
    QCOMPARE(int(*detected), expected);
    const TemplateImport imported = readTemplate(*detected, book);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    const ImportResult result = applyImport(blank(), imported.plan, QStringLiteral("New"));
    const QList<Problem> problems = validateProject(result.data);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().describe()));
    const ProjectData &back = result.data;

    int compared = 0;
    for (const auto &[id, a] : original.activities) {
        if (a.role == Role::Processor)
            continue;
        ++compared;
        const QByteArray what = a.name.toUtf8();
        const Activity *b = activityNamed(back, a.name);
        QVERIFY2(b, what.constData());
        QStringList purposes;
        for (const QString &p : a.purposes) {
            if (!p.trimmed().isEmpty())
                purposes.append(p.trimmed());
        }
        QCOMPARE(b->purposes, purposes);
        QCOMPARE(b->lawfulBasis, a.lawfulBasis);
        QCOMPARE(b->art9Condition, a.art9Condition);
        QCOMPARE(folded(names<DataSubject>(back, b->dataSubjects)),
                 folded(names<DataSubject>(original, a.dataSubjects)));
        QCOMPARE(folded(names<DataCategory>(back, b->dataCategories)),
                 folded(names<DataCategory>(original, a.dataCategories)));
        QStringList countries;
        QCOMPARE(folded(recipientsOf(back, *b)), folded(recipientsOf(original, a, &countries)));
        // The countries a one-row register names for the activity (not which recipient each is of).
        const auto draft = std::find_if(imported.plan.activities.cbegin(), imported.plan.activities.cend(),
                                        [&](const ActivityDraft &d) { return d.name == a.name; });
        QVERIFY(draft != imported.plan.activities.cend());
        QCOMPARE(QSet<QString>(draft->countries.cbegin(), draft->countries.cend()),
                 QSet<QString>(countries.cbegin(), countries.cend()));
        // Retention: every rule's text as written; a rule without text by its duration.
        QStringList texts;
        QStringList durations;
        for (const RetentionRule &r : b->retention) {
            texts.append(r.text);
            durations.append(r.duration);
        }
        for (const RetentionRule &r : a.retention) {
            if (!r.text.trimmed().isEmpty())
                QVERIFY2(texts.contains(r.text.trimmed()), qPrintable(a.name + u": " + r.text));
            else if (!r.duration.isEmpty())
                QVERIFY2(durations.contains(r.duration), qPrintable(a.name + u": " + r.duration));
        }
        if (format.startsWith(u"cnil")) { // the CNIL's sheet keeps the record's dates
            QCOMPARE(b->created, a.created);
            QCOMPARE(b->lastChanged, a.lastChanged);
        }
        if (format == u"ropa-xlsx") { // the record says which categories are special, and how
            for (const Id &c : a.dataCategories) {
                const DataCategory *oc = original.find<DataCategory>(c);
                const auto bc = std::find_if(back.dataCategories.cbegin(), back.dataCategories.cend(),
                                             [&](const auto &e) { return e.second.name == oc->name; });
                QVERIFY(bc != back.dataCategories.cend());
                QCOMPARE(bc->second.special, oc->special);
            }
        }
    }
    QVERIFY(compared > 0);
    QCOMPARE(back.activities.size(), qsizetype(compared));

    // The own party is the controller the sheet names; reading the file again changes nothing.
    const Party *own = nullptr;
    for (const auto &[id, p] : back.parties) {
        if (p.own)
            own = &p;
    }
    QVERIFY(own);
    QVERIFY(!imported.controller.isEmpty());
    QCOMPARE(own->name, imported.controller);
    const ImportResult again = applyImport(back, imported.plan, QStringLiteral("New"));
    QVERIFY(again.addedActivities.isEmpty());
    QVERIFY(again.updatedActivities.isEmpty());
    QVERIFY(again.data == back);
}

void TestTemplates::formatKeys()
{
    for (const reports::TemplateFormat f : reports::allTemplateFormats())
        QCOMPARE(reports::templateFormatFromKey(reports::templateFormatKey(f)), f);
    QCOMPARE(reports::templateFormatFromKey(u"CNIL-ODS"), reports::TemplateFormat::CnilOds);
    QVERIFY(!reports::templateFormatFromKey(u"xlsx"));
    QCOMPARE(reports::templateFormatSuffix(reports::TemplateFormat::CnilOds), QStringLiteral("ods"));
    for (const Template t : {Template::Ico, Template::Cnil, Template::RopaXlsx})
        QCOMPARE(templateFromKey(templateKey(t)), t);
    QVERIFY(!templateFromKey(u"auto"));
}

// A merged title, group headings merged over the headings, blank guidance rows, a column of
// the user's own, headings without their "(if applicable)", several values in a cell.
void TestTemplates::icoAsUsersFillIt()
{
    const Workbook book = readWorkbookFile(fixture("ico-ugly.xlsx"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(detectTemplate(book), Template::Ico);
    const TemplateImport read = readTemplate(Template::Ico, book);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.controller, QStringLiteral("Acme Widgets Ltd"));
    QCOMPARE(read.mapping.headingRow, 8);
    for (const ColumnField &c : read.mapping.columns)
        QVERIFY2(c.heading != u"Owner in our team", "the user's own column is not read as a field");
    QCOMPARE(read.plan.activities.size(), 2);
    const ActivityDraft &payroll = read.plan.activities.at(0);
    QCOMPARE(payroll.name, QStringLiteral("Payroll"));
    QCOMPARE(payroll.row, 12);
    QCOMPARE(payroll.purposes, (QStringList{QStringLiteral("Paying staff"), QStringLiteral("Pension contributions")}));
    QCOMPARE(payroll.dataSubjects, (QStringList{QStringLiteral("Employees"), QStringLiteral("Contractors")}));
    QCOMPARE(payroll.dataCategories,
             (QStringList{QStringLiteral("Name"), QStringLiteral("Bank details"), QStringLiteral("Sickness records")}));
    QCOMPARE(payroll.recipients, (QStringList{QStringLiteral("HMRC"), QStringLiteral("Payroll Bureau Ltd")}));
    QCOMPARE(payroll.lawfulBasis, LawfulBasis::LegalObligation);
    QCOMPARE(payroll.art9Condition, Art9Condition::B);
    QCOMPARE(payroll.retentionDuration, QStringLiteral("P6Y"));
    QCOMPARE(payroll.dpiaRequired, false);
    const ActivityDraft &marketing = read.plan.activities.at(1);
    QCOMPARE(marketing.lawfulBasis, LawfulBasis::Consent);
    QCOMPARE(marketing.countries, QStringList{QStringLiteral("US")});
    QCOMPARE(marketing.dpiaRequired, true);
    bool listed = false;
    for (const UnresolvedValue &u : read.plan.unresolved)
        listed = listed || (u.field == Field::Retention && u.value == u"Until consent is withdrawn");
    QVERIFY2(listed, "a retention the reader cannot resolve is listed, not guessed");

    const ImportResult result = applyImport(blank(), read.plan, QStringLiteral("New"));
    QVERIFY(validateProject(result.data).isEmpty());
    const Activity *m = activityNamed(result.data, QStringLiteral("Marketing"));
    QVERIFY(m);
    QStringList countries;
    QCOMPARE(recipientsOf(result.data, *m, &countries), QStringList{QStringLiteral("Mailer Inc.")});
    QCOMPARE(countries, QStringList{QStringLiteral("US")});
}

// A guide sheet, a cover in French, an activity sheet with its labels one column right, a
// merged title and ticks as "X", and an activity sheet in English without a tick column.
void TestTemplates::cnilAsUsersFillIt()
{
    const Workbook book = readWorkbookFile(fixture("cnil-register.ods"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(detectTemplate(book), Template::Cnil);
    const TemplateImport read = readTemplate(Template::Cnil, book);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.controller, QStringLiteral("Boulangerie Dupont SARL"));
    QCOMPARE(read.plan.activities.size(), 2);

    const ActivityDraft &payroll = read.plan.activities.at(0);
    QCOMPARE(payroll.name, QStringLiteral("Gestion de la paie"));
    QCOMPARE(payroll.row, 3); // the third sheet
    QCOMPARE(payroll.created, QDate(2023, 3, 15));
    QCOMPARE(payroll.lastChanged, QDate(2024, 1, 9));
    QCOMPARE(payroll.purposes,
             (QStringList{QStringLiteral("Calcul des salaires"), QStringLiteral("Déclarations sociales")}));
    QCOMPARE(payroll.lawfulBasis, LawfulBasis::LegalObligation);
    QCOMPARE(payroll.dataSubjects, QStringList{QStringLiteral("Salariés")});
    QCOMPARE(payroll.dataCategories,
             (QStringList{QStringLiteral("Nom et prénom"), QStringLiteral("Poste"), QStringLiteral("Ancienneté"),
                          QStringLiteral("Coordonnées bancaires")}));
    QVERIFY(payroll.specialCategories.isEmpty()); // "Données sensibles: Non"
    QCOMPARE(payroll.internalRecipients, QStringList{QStringLiteral("Service RH")});
    QCOMPARE(payroll.processors, QStringList{QStringLiteral("PayFit")});
    QVERIFY(payroll.countries.isEmpty());
    QCOMPARE(payroll.securityMeasures, QStringList{QStringLiteral("Mots de passe individuels")});
    // Retention per category box: one rule for each distinct period.
    QCOMPARE(payroll.retentionText, QStringLiteral("5 ans"));
    QCOMPARE(payroll.moreRetention.size(), 1);
    QCOMPARE(payroll.moreRetention.first().text, QStringLiteral("10 ans"));

    const ActivityDraft &cctv = read.plan.activities.at(1);
    QCOMPARE(cctv.name, QStringLiteral("CCTV"));
    QCOMPARE(cctv.lawfulBasis, LawfulBasis::LegitimateInterests);
    QCOMPARE(cctv.dataSubjects, (QStringList{QStringLiteral("Visitors"), QStringLiteral("Employees")}));
    QCOMPARE(cctv.dataCategories, QStringList{QStringLiteral("Camera images")});
    QCOMPARE(cctv.specialCategories.size(), 1);
    QCOMPARE(cctv.specialCategories.first().first, QStringLiteral("Biometric templates"));
    QCOMPARE(cctv.specialCategories.first().second, SpecialCategory::Biometric);
    QCOMPARE(cctv.recipients, QStringList{QStringLiteral("Police (on request)")});
    QCOMPARE(cctv.countries, QStringList{QStringLiteral("US")});
    QCOMPARE(cctv.retentionDuration, QStringLiteral("P30D"));

    const ImportResult result = applyImport(blank(), read.plan, QStringLiteral("New"));
    QVERIFY(validateProject(result.data).isEmpty());
    const Activity *p = activityNamed(result.data, QStringLiteral("Gestion de la paie"));
    QVERIFY(p);
    bool internal = false;
    for (const auto &[id, t] : result.data.transfers) {
        const Party *to = result.data.find<Party>(t.to);
        internal =
            internal || (t.activities.contains(p->id) && t.role == Role::Internal && to && to->name == u"Service RH");
    }
    QVERIFY2(internal, "the CNIL's internal recipients are internal recipients");
}

// A register of the DPO's own making is read with a mapping, not as a template.
void TestTemplates::ownRegisterIsNoTemplate()
{
    const Workbook book = readWorkbookFile(fixture("register.xlsx"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(detectTemplate(book), std::nullopt);
    const Workbook ods = readWorkbookFile(fixture("register.ods"));
    QVERIFY(!detectTemplate(ods));
    const Workbook ico = readWorkbookFile(fixture("ico-template.xlsx"));
    QCOMPARE(detectTemplate(ico), Template::Ico);
}

// The CNIL's sheet names when the record was made and last changed; they come back.
void TestTemplates::cnilKeepsTheRecordsDates()
{
    const auto read =
        json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
    QVERIFY(read.data);
    ProjectData data = *read.data;
    Activity a = data.activities.begin()->second;
    a.created = QDate(2021, 6, 1);
    a.lastChanged = QDate(2025, 2, 28);
    data.put(a);
    const Workbook book = readWorkbook(written(data, QStringLiteral("cnil-ods")), QStringLiteral("registre"));
    const TemplateImport imported = readTemplate(Template::Cnil, book);
    const ImportResult result = applyImport(blank(), imported.plan, QStringLiteral("New"));
    const Activity *b = activityNamed(result.data, a.name);
    QVERIFY(b);
    QCOMPARE(b->created, QDate(2021, 6, 1));
    QCOMPARE(b->lastChanged, QDate(2025, 2, 28));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
