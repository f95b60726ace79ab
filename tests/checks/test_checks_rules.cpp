// The compliance rules (model/checks): for every rule a minimal project that makes it fire,
// with the exact message, and one that must not.

#include "checkhelpers.h"

#include "checks/checker.h"
#include "checksproject.h"
#include "domain/project.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <map>

using namespace ropa;
using namespace ropa::checks;
using namespace ropa::test;
using I = ropa::test::ChecksIds;

namespace {

void addHealth(ProjectData &d, const Id &parent = {})
{
    DataCategory c;
    c.id = I::health();
    c.name = QStringLiteral("Health data");
    c.parent = parent;
    c.special = SpecialCategory::Health;
    d.dataCategories.emplace(c.id, c);
}

void addCategory(ProjectData &d, const Id &id, const QString &name, const Id &parent = {})
{
    DataCategory c;
    c.id = id;
    c.name = name;
    c.parent = parent;
    d.dataCategories.emplace(c.id, c);
}

void addNewsletter(ProjectData &d, const QString &purpose)
{
    Activity a = support(d);
    a.id = I::newsletter();
    a.name = QStringLiteral("Newsletter");
    a.purposes = {purpose};
    a.lawfulBasis = LawfulBasis::Consent;
    d.activities.emplace(a.id, a);
}

// Acme Processing (own) hosts data for Acme B.V., keeping contact details for `duration`.
void addHosting(ProjectData &d, const QString &duration)
{
    Party p;
    p.id = I::ownProcessor();
    p.name = QStringLiteral("Acme Processing");
    p.own = true;
    p.country = QStringLiteral("NL");
    d.parties.emplace(p.id, p);
    Activity a = support(d);
    a.id = I::hosting();
    a.name = QStringLiteral("Hosting for Acme");
    a.organisation = p.id;
    a.role = Role::Processor;
    a.onBehalfOf = I::own();
    a.lawfulBasis.reset();
    a.retention = {RetentionRule{{I::contact()}, duration, {}, {}, {}}};
    d.activities.emplace(a.id, a);
}

void derogation(ProjectData &d, std::optional<Derogation> which, Role role, bool linked)
{
    Transfer &t = toCloud(d);
    t.mechanism = Mechanism::Derogation;
    t.derogation = which;
    t.role = role;
    t.countries = {QStringLiteral("IN")};
    if (!linked)
        t.activities.clear();
    cloud(d).country = QStringLiteral("IN");
}

using Mutation = std::function<void(ProjectData &)>;

const std::map<QString, Mutation> &mutations()
{
    static const std::map<QString, Mutation> m{
        {QStringLiteral("clean"), [](ProjectData &) {}},
        // Art. 30(1) contents
        {QStringLiteral("no purpose"), [](ProjectData &d) { support(d).purposes.clear(); }},
        {QStringLiteral("blank purpose"), [](ProjectData &d) { support(d).purposes = {QStringLiteral("  ")}; }},
        {QStringLiteral("no basis"), [](ProjectData &d) { support(d).lawfulBasis.reset(); }},
        {QStringLiteral("processor without basis"),
         [](ProjectData &d) {
             support(d).lawfulBasis.reset();
             support(d).role = Role::Processor;
         }},
        {QStringLiteral("no subjects"), [](ProjectData &d) { support(d).dataSubjects.clear(); }},
        {QStringLiteral("no categories"), [](ProjectData &d) { support(d).dataCategories.clear(); }},
        {QStringLiteral("no retention"), [](ProjectData &d) { support(d).retention.clear(); }},
        {QStringLiteral("retention for all"), [](ProjectData &d) { support(d).retention[0].categories.clear(); }},
        {QStringLiteral("retention on parent"),
         [](ProjectData &d) {
             addCategory(d, I::recordings(), QStringLiteral("Customer data"));
             d.dataCategories.at(I::contact()).parent = I::recordings();
             support(d).retention[0].categories = {I::recordings()};
         }},
        // Art. 9 and 10
        {QStringLiteral("health"),
         [](ProjectData &d) {
             addHealth(d);
             support(d).dataCategories.append(I::health());
             support(d).retention[0].categories.clear();
         }},
        {QStringLiteral("health under parent"), [](ProjectData &d) { addHealth(d, I::contact()); }},
        {QStringLiteral("health with condition"),
         [](ProjectData &d) {
             addHealth(d);
             support(d).dataCategories.append(I::health());
             support(d).art9Condition = Art9Condition::B;
         }},
        {QStringLiteral("criminal"), [](ProjectData &d) { d.dataCategories.at(I::contact()).criminal = true; }},
        {QStringLiteral("criminal with basis"),
         [](ProjectData &d) {
             d.dataCategories.at(I::contact()).criminal = true;
             support(d).art10Basis = QStringLiteral("UAVG art. 33");
         }},
        // Consent, legitimate interests
        {QStringLiteral("consent same purpose"),
         [](ProjectData &d) { addNewsletter(d, QStringLiteral("answer  QUESTIONS ")); }},
        {QStringLiteral("consent other purpose"),
         [](ProjectData &d) { addNewsletter(d, QStringLiteral("Newsletter")); }},
        {QStringLiteral("consent in terms"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::Consent;
             support(d).notes = QStringLiteral("Consent is part of the terms for opening an account.");
         }},
        {QStringLiteral("consent in evidence"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::Consent;
             support(d).evidence = {
                 Evidence{I::policy(),
                          QStringLiteral("wanneer uw toestemming deel uitmaakt van de vereiste algemene voorwaarden")}};
         }},
        {QStringLiteral("consent free"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::Consent;
             support(d).notes = QStringLiteral("Consent can be withdrawn at any time.");
         }},
        {QStringLiteral("consent condition stated"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::Consent;
             support(d).consentConditionOfService = true;
         }},
        {QStringLiteral("consent condition denied"),
         [](ProjectData &d) {
             // The DPO checked the terms: the field wins over the words in the notes.
             support(d).lawfulBasis = LawfulBasis::Consent;
             support(d).consentConditionOfService = false;
             support(d).notes = QStringLiteral("Consent is part of the terms for opening an account.");
         }},
        {QStringLiteral("consent condition on contract"),
         [](ProjectData &d) {
             support(d).consentConditionOfService = true; // basis contract: not consent
         }},
        {QStringLiteral("consent in German notes"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::Consent;
             support(d).notes = QStringLiteral("Die Einwilligung ist Voraussetzung für die Nutzung des Portals.");
         }},
        {QStringLiteral("li"), [](ProjectData &d) { support(d).lawfulBasis = LawfulBasis::LegitimateInterests; }},
        {QStringLiteral("li balancing dated"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::LegitimateInterests;
             support(d).balancingTest.date = QDate(2025, 1, 10);
         }},
        {QStringLiteral("li balancing noted"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::LegitimateInterests;
             support(d).balancingTest.note =
                 QStringLiteral("Customers expect support calls to be logged; opt-out offered.");
         }},
        {QStringLiteral("li balancing blank"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::LegitimateInterests;
             support(d).balancingTest.note = QStringLiteral("  \n ");
         }},
        {QStringLiteral("li German notes"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::LegitimateInterests;
             support(d).notes = QStringLiteral("Interessenabwägung vom 10.01.2025 liegt vor.");
         }},
        {QStringLiteral("li balanced"),
         [](ProjectData &d) {
             support(d).lawfulBasis = LawfulBasis::LegitimateInterests;
             support(d).notes = QStringLiteral("Balancing: customers expect it; LIA of 2025-01-10.");
         }},
        // Chapter V
        {QStringLiteral("none to IN"),
         [](ProjectData &d) {
             // Evidence and still no mechanism: recorded as having none (not "not stated").
             toCloud(d).mechanism = Mechanism::None;
             toCloud(d).countries = {QStringLiteral("IN"), QStringLiteral("DE")};
             toCloud(d).evidence = {Evidence{I::policy(), QStringLiteral("Support is run from Bangalore.")}};
         }},
        {QStringLiteral("none to CH"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::None;
             toCloud(d).countries = {QStringLiteral("CH"), QStringLiteral("DE")};
         }},
        {QStringLiteral("none to US"), [](ProjectData &d) { toCloud(d).mechanism = Mechanism::NotStated; }},
        {QStringLiteral("adequacy to IN"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Adequacy;
             toCloud(d).countries = {QStringLiteral("JP"), QStringLiteral("IN")};
         }},
        {QStringLiteral("adequacy to JP"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Adequacy;
             toCloud(d).countries = {QStringLiteral("JP")};
         }},
        {QStringLiteral("privacy shield"), [](ProjectData &d) { toCloud(d).mechanism = Mechanism::PrivacyShield; }},
        {QStringLiteral("safe harbour"), [](ProjectData &d) { toCloud(d).mechanism = Mechanism::SafeHarbour; }},
        {QStringLiteral("dpf to IN"), [](ProjectData &d) { toCloud(d).countries = {QStringLiteral("IN")}; }},
        {QStringLiteral("dpf to party in CA"), [](ProjectData &d) { cloud(d).country = QStringLiteral("CA"); }},
        {QStringLiteral("dpf not certified"), [](ProjectData &d) { cloud(d).dpfCertified = false; }},
        {QStringLiteral("dpf unknown"), [](ProjectData &d) { cloud(d).dpfCertified.reset(); }},
        {QStringLiteral("scc to IN"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Scc;
             toCloud(d).countries = {QStringLiteral("IN")};
         }},
        {QStringLiteral("bcr to US"), [](ProjectData &d) { toCloud(d).mechanism = Mechanism::Bcr; }},
        {QStringLiteral("scc to IN with TIA"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Scc;
             toCloud(d).countries = {QStringLiteral("IN")};
             toCloud(d).tiaDone = QDate(2024, 5, 1);
         }},
        {QStringLiteral("scc to IN, recordings"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Scc;
             toCloud(d).countries = {QStringLiteral("IN")};
             addCategory(d, I::recordings(), QStringLiteral("Call recordings"));
             toCloud(d).dataCategories.append(I::recordings());
         }},
        {QStringLiteral("bcr to US, health"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Bcr;
             addHealth(d, I::contact());
         }},
        {QStringLiteral("scc to IN with TIA, recordings"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Scc;
             toCloud(d).countries = {QStringLiteral("IN")};
             toCloud(d).tiaDone = QDate(2024, 5, 1);
             addCategory(d, I::recordings(), QStringLiteral("Call recordings"));
             toCloud(d).dataCategories.append(I::recordings());
         }},
        {QStringLiteral("scc to JP"),
         [](ProjectData &d) {
             toCloud(d).mechanism = Mechanism::Scc;
             toCloud(d).countries = {QStringLiteral("JP")};
         }},
        {QStringLiteral("derogation to processor"),
         [](ProjectData &d) { derogation(d, Derogation::A, Role::Processor, true); }},
        {QStringLiteral("derogation in activity"),
         [](ProjectData &d) { derogation(d, Derogation::A, Role::Controller, true); }},
        {QStringLiteral("derogation occasional"),
         [](ProjectData &d) { derogation(d, Derogation::E, Role::Controller, false); }},
        {QStringLiteral("derogation unspecified"),
         [](ProjectData &d) { derogation(d, std::nullopt, Role::Controller, false); }},
        {QStringLiteral("derogation stated occasional"),
         [](ProjectData &d) {
             derogation(d, Derogation::A, Role::Processor, true); // the heuristic would call it regular
             toCloud(d).occasional = true;
         }},
        {QStringLiteral("derogation stated regular"),
         [](ProjectData &d) {
             derogation(d, Derogation::E, Role::Controller, false); // the heuristic would call it occasional
             toCloud(d).occasional = false;
         }},
        {QStringLiteral("compelling"),
         [](ProjectData &d) { derogation(d, Derogation::CompellingInterests, Role::Controller, false); }},
        {QStringLiteral("compelling documented"),
         [](ProjectData &d) {
             derogation(d, Derogation::CompellingInterests, Role::Controller, false);
             toCloud(d).evidence = {
                 Evidence{I::policy(), QStringLiteral("Safeguards: encryption, notice to the authority.")}};
         }},
        {QStringLiteral("compelling safeguards recorded"),
         [](ProjectData &d) {
             derogation(d, Derogation::CompellingInterests, Role::Controller, false);
             toCloud(d).suitableSafeguards =
                 QStringLiteral("Assessment of 2025-03-03: encrypted, deleted after 30 days; "
                                "authority informed.");
         }},
        {QStringLiteral("compelling safeguards blank"),
         [](ProjectData &d) {
             derogation(d, Derogation::CompellingInterests, Role::Controller, false);
             toCloud(d).suitableSafeguards = QStringLiteral(" ");
         }},
        // Onward
        {QStringLiteral("onward none"), [](ProjectData &d) { addSub(d, Mechanism::NotStated); }},
        {QStringLiteral("onward privacy shield"), [](ProjectData &d) { addSub(d, Mechanism::PrivacyShield); }},
        {QStringLiteral("onward scc"), [](ProjectData &d) { addSub(d, Mechanism::Scc); }},
        {QStringLiteral("onward other category"),
         [](ProjectData &d) {
             addSub(d, Mechanism::None);
             addCategory(d, I::recordings(), QStringLiteral("Call recordings"));
             d.transfers.at(I::toSub()).dataCategories = {I::recordings()};
         }},
        {QStringLiteral("subprocessor without DPA"),
         [](ProjectData &d) { addSub(d, Mechanism::Eea, QStringLiteral("DE"), false); }},
        {QStringLiteral("subprocessor with DPA"),
         [](ProjectData &d) { addSub(d, Mechanism::Eea, QStringLiteral("DE"), true); }},
        // Parties
        {QStringLiteral("no DPA"), [](ProjectData &d) { cloud(d).dpaSigned.reset(); }},
        {QStringLiteral("controller without DPA"),
         [](ProjectData &d) {
             cloud(d).dpaSigned.reset();
             toCloud(d).role = Role::Controller;
         }},
        {QStringLiteral("no country"), [](ProjectData &d) { cloud(d).country.clear(); }},
        {QStringLiteral("location only"),
         [](ProjectData &d) {
             cloud(d).country.clear();
             cloud(d).locations = {QStringLiteral("US")};
         }},
        {QStringLiteral("unnamed gets health"),
         [](ProjectData &d) {
             addHealth(d, I::contact());
             cloud(d).named = false;
         }},
        {QStringLiteral("unnamed gets contact"), [](ProjectData &d) { cloud(d).named = false; }},
        {QStringLiteral("unnamed controller"),
         [](ProjectData &d) {
             cloud(d).named = false;
             toCloud(d).role = Role::Controller;
         }},
        // Retention
        {QStringLiteral("vague"),
         [](ProjectData &d) {
             support(d).retention[0].duration.clear();
             support(d).retention[0].text = QStringLiteral("as long as necessary");
         }},
        {QStringLiteral("trigger only"),
         [](ProjectData &d) {
             support(d).retention[0].duration.clear();
             support(d).retention[0].trigger = QStringLiteral("end of contract");
         }},
        {QStringLiteral("processor longer"), [](ProjectData &d) { addHosting(d, QStringLiteral("P5Y")); }},
        {QStringLiteral("processor shorter"), [](ProjectData &d) { addHosting(d, QStringLiteral("P18M")); }},
        // DPIA, review
        {QStringLiteral("large scale"),
         [](ProjectData &d) { support(d).notes = QStringLiteral("Large-scale monitoring of all customers."); }},
        {QStringLiteral("large scale stated"), [](ProjectData &d) { support(d).largeScale = true; }},
        {QStringLiteral("large scale denied"),
         [](ProjectData &d) {
             support(d).largeScale = false;
             support(d).notes = QStringLiteral("Large-scale monitoring of all customers.");
         }},
        {QStringLiteral("large scale in German"),
         [](ProjectData &d) { support(d).purposes.append(QStringLiteral("Auswertung in großem Umfang")); }},
        {QStringLiteral("speech analytics"),
         [](ProjectData &d) {
             d.dataCategories.at(I::contact()).name = QStringLiteral("Call recordings");
             support(d).purposes.append(QStringLiteral("Speech analytics of agents and callers"));
         }},
        {QStringLiteral("dpia required"), [](ProjectData &d) { support(d).dpia.required = true; }},
        {QStringLiteral("special with dpia"),
         [](ProjectData &d) {
             addHealth(d, I::contact());
             support(d).art9Condition = Art9Condition::A;
             support(d).dpia = Dpia{true, QDate(2025, 2, 1)};
         }},
        {QStringLiteral("reviewed 13 months ago"),
         [](ProjectData &d) { support(d).lastReviewed = QDate(2024, 5, 31); }},
        {QStringLiteral("reviewed 12 months ago"), [](ProjectData &d) { support(d).lastReviewed = QDate(2024, 6, 1); }},
        {QStringLiteral("never reviewed"), [](ProjectData &d) { support(d).lastReviewed.reset(); }},
        // Unused
        {QStringLiteral("unused category"),
         [](ProjectData &d) { addCategory(d, I::recordings(), QStringLiteral("Old data")); }},
        {QStringLiteral("parent of used"),
         [](ProjectData &d) {
             addCategory(d, I::recordings(), QStringLiteral("Customer data"));
             d.dataCategories.at(I::contact()).parent = I::recordings();
         }},
        {QStringLiteral("unused subject"),
         [](ProjectData &d) {
             d.dataSubjects.emplace(I::recordings(), DataSubject{I::recordings(), QStringLiteral("Prospects"), {}, {}});
         }},
        {QStringLiteral("unused source"),
         [](ProjectData &d) {
             d.sources.emplace(I::recordings(),
                               Source{I::recordings(), QStringLiteral("Data brokers"), SourceKind::ThirdParty, {}});
         }},
        {QStringLiteral("unused party"),
         [](ProjectData &d) {
             Party p;
             p.id = I::sub();
             p.name = QStringLiteral("Old vendor");
             p.country = QStringLiteral("DE");
             d.parties.emplace(p.id, p);
         }},
        {QStringLiteral("controller party"), [](ProjectData &d) { addHosting(d, QStringLiteral("P1Y")); }},
    };
    return m;
}

QSet<QString> &firedRules()
{
    static QSet<QString> rules;
    return rules;
}
QSet<QString> &silentRules()
{
    static QSet<QString> rules;
    return rules;
}

} // namespace

class TestChecksRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanProjectHasNoFindings()
    {
        const FindingList findings = runChecks(test::cleanProject(), {Today});
        QStringList messages;
        for (const Finding &f : findings)
            messages.append(f.message);
        QCOMPARE(messages, QStringList());
    }

    void rule_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("message"); // empty: the rule must not fire

        const auto row = [](const char *mutation, const char *rule, const QString &message) {
            QTest::addRow("%s: %s", rule, mutation)
                << QString::fromUtf8(mutation) << QString::fromLatin1(rule) << message;
        };
        const auto none = QString();
        const auto s = [](const char *text) { return QString::fromUtf8(text); };

        row("no purpose", "ART30-PURPOSE-MISSING", s("Activity “Customer support” has no purpose."));
        row("blank purpose", "ART30-PURPOSE-MISSING", s("Activity “Customer support” has no purpose."));
        row("clean", "ART30-PURPOSE-MISSING", none);
        row("no basis", "ART6-BASIS-MISSING", s("Activity “Customer support” has no lawful basis."));
        row("processor without basis", "ART6-BASIS-MISSING", none);
        row("no subjects", "ART30-SUBJECTS-MISSING", s("Activity “Customer support” names no data subjects."));
        row("clean", "ART30-SUBJECTS-MISSING", none);
        row("no categories", "ART30-CATEGORIES-MISSING", s("Activity “Customer support” names no data categories."));
        row("clean", "ART30-CATEGORIES-MISSING", none);
        row("no retention", "ART30-RETENTION-MISSING",
            s("Activity “Customer support” has no retention for “Contact details”."));
        row("retention for all", "ART30-RETENTION-MISSING", none);
        row("retention on parent", "ART30-RETENTION-MISSING", none);

        row("health", "ART9-CONDITION-MISSING",
            s("Activity “Customer support” processes special-category data (“Health data”, health data) without an "
              "Art. 9(2) condition."));
        row("health under parent", "ART9-CONDITION-MISSING",
            s("Activity “Customer support” processes special-category data (“Health data”, health data) without an "
              "Art. 9(2) condition."));
        row("health with condition", "ART9-CONDITION-MISSING", none);
        row("criminal", "ART10-BASIS-MISSING",
            s("Activity “Customer support” processes criminal-offence data (“Contact details”) without an Art. 10 "
              "basis."));
        row("criminal with basis", "ART10-BASIS-MISSING", none);

        row("consent same purpose", "CONSENT-MIXED-BASIS",
            s("Activity “Newsletter” relies on consent for “answer  QUESTIONS”, which activity “Customer support” "
              "bases on contract."));
        row("consent other purpose", "CONSENT-MIXED-BASIS", none);
        row("consent in terms", "CONSENT-BUNDLED",
            s("Activity “Customer support” relies on consent that its notes or evidence call a condition of the "
              "service (“part of the terms”); whether it is, is not stated."));
        row("consent in evidence", "CONSENT-BUNDLED",
            s("Activity “Customer support” relies on consent that its notes or evidence call a condition of the "
              "service (“algemene voorwaarden”); whether it is, is not stated."));
        row("consent in German notes", "CONSENT-BUNDLED",
            s("Activity “Customer support” relies on consent that its notes or evidence call a condition of the "
              "service (“Voraussetzung für”); whether it is, is not stated."));
        row("consent condition stated", "CONSENT-BUNDLED",
            s("Activity “Customer support” relies on consent, but the record says consent is a condition of the "
              "service."));
        row("consent free", "CONSENT-BUNDLED", none);
        row("consent condition denied", "CONSENT-BUNDLED", none);
        row("consent condition on contract", "CONSENT-BUNDLED", none);
        row("li", "LI-BALANCING-MISSING",
            s("Activity “Customer support” relies on legitimate interests without a note of the balancing test."));
        row("li balancing blank", "LI-BALANCING-MISSING",
            s("Activity “Customer support” relies on legitimate interests without a note of the balancing test."));
        row("li balanced", "LI-BALANCING-MISSING", none);
        row("li balancing dated", "LI-BALANCING-MISSING", none);
        row("li balancing noted", "LI-BALANCING-MISSING", none);
        row("li German notes", "LI-BALANCING-MISSING", none);

        row("none to IN", "XFER-NO-MECHANISM",
            s("Transfer “Acme B.V. → CloudCo” sends data to India, outside the EEA and without an adequacy decision, "
              "with no transfer mechanism."));
        row("none to US", "XFER-NO-MECHANISM", none);
        row("none to CH", "XFER-NO-MECHANISM", none);
        row("none to US", "XFER-MECHANISM-NOT-STATED",
            s("Transfer “Acme B.V. → CloudCo” sends data to United States, outside the EEA and without an adequacy "
              "decision; its transfer mechanism is not stated."));
        row("none to IN", "XFER-MECHANISM-NOT-STATED", none);
        row("adequacy to IN", "XFER-MECHANISM-MISMATCH",
            s("Transfer “Acme B.V. → CloudCo” gives “Adequacy decision” as its mechanism, but not every destination is "
              "in the EEA or covered by an adequacy decision: India."));
        row("adequacy to JP", "XFER-MECHANISM-MISMATCH", none);
        row("privacy shield", "XFER-INVALID-MECHANISM",
            s("Transfer “Acme B.V. → CloudCo” relies on the EU-U.S. Privacy Shield, declared invalid on 2020-07-16 by "
              "CJEU C-311/18, "
              "Data Protection Commissioner v Facebook Ireland and Maximillian Schrems (Schrems II)."));
        row("safe harbour", "XFER-INVALID-MECHANISM",
            s("Transfer “Acme B.V. → CloudCo” relies on Safe Harbour, declared invalid on 2015-10-06 by CJEU C-362/14, "
              "Maximillian Schrems v Data Protection Commissioner (Schrems I)."));
        row("clean", "XFER-INVALID-MECHANISM", none);
        row("dpf to IN", "XFER-DPF-NOT-US",
            s("Transfer “Acme B.V. → CloudCo” relies on the EU-U.S. Data Privacy Framework, but it sends data to "
              "India, not the United States."));
        row("dpf to party in CA", "XFER-DPF-NOT-US",
            s("Transfer “Acme B.V. → CloudCo” relies on the EU-U.S. Data Privacy Framework, but the recipient "
              "“CloudCo” is established in Canada, not the United States."));
        row("clean", "XFER-DPF-NOT-US", none);
        row("dpf not certified", "XFER-DPF-NOT-CERTIFIED",
            s("Transfer “Acme B.V. → CloudCo” relies on the EU-U.S. Data Privacy Framework, but “CloudCo” is not "
              "DPF-certified."));
        row("dpf unknown", "XFER-DPF-NOT-CERTIFIED",
            s("Transfer “Acme B.V. → CloudCo” relies on the EU-U.S. Data Privacy Framework, but “CloudCo” is not "
              "recorded as DPF-certified."));
        row("clean", "XFER-DPF-NOT-CERTIFIED", none);
        row("scc to IN", "XFER-TIA-MISSING",
            s("Transfer “Acme B.V. → CloudCo” relies on standard contractual clauses for India without a transfer "
              "impact assessment date."));
        row("bcr to US", "XFER-TIA-MISSING",
            s("Transfer “Acme B.V. → CloudCo” relies on binding corporate rules for United States without a transfer "
              "impact assessment date."));
        row("scc to IN with TIA", "XFER-TIA-MISSING", none);
        row("scc to IN, recordings", "XFER-TIA-MISSING-SENSITIVE",
            s("Transfer “Acme B.V. → CloudCo” sends “Call recordings” to India relying on standard contractual "
              "clauses, without a transfer impact assessment date."));
        row("bcr to US, health", "XFER-TIA-MISSING-SENSITIVE",
            s("Transfer “Acme B.V. → CloudCo” sends “Health data” to United States relying on binding corporate rules, "
              "without a transfer impact assessment date."));
        row("scc to IN, recordings", "XFER-TIA-MISSING", none); // the high finding instead, not both
        row("scc to IN with TIA, recordings", "XFER-TIA-MISSING-SENSITIVE", none);
        row("scc to IN", "XFER-TIA-MISSING-SENSITIVE", none);
        row("scc to JP", "XFER-TIA-MISSING", none);
        row("derogation to processor", "XFER-DEROGATION-REGULAR",
            s("Transfer “Acme B.V. → CloudCo” uses an Art. 49 derogation for a regular transfer: the recipient acts as "
              "a processor (whether the transfer is occasional is not stated)."));
        row("derogation in activity", "XFER-DEROGATION-REGULAR",
            s("Transfer “Acme B.V. → CloudCo” uses an Art. 49 derogation for a regular transfer: it is part of "
              "activity “Customer support” (whether the transfer is occasional is not stated)."));
        row("derogation stated regular", "XFER-DEROGATION-REGULAR",
            s("Transfer “Acme B.V. → CloudCo” uses an Art. 49 derogation for a regular transfer: the record says it is "
              "not occasional."));
        row("derogation occasional", "XFER-DEROGATION-REGULAR", none);
        row("derogation stated occasional", "XFER-DEROGATION-REGULAR", none);
        row("derogation unspecified", "XFER-DEROGATION-UNSPECIFIED",
            s("Transfer “Acme B.V. → CloudCo” relies on a derogation without saying which one."));
        row("derogation occasional", "XFER-DEROGATION-UNSPECIFIED", none);
        row("compelling", "XFER-DEROGATION-SAFEGUARDS",
            s("Transfer “Acme B.V. → CloudCo” relies on the compelling-interests derogation without documented "
              "safeguards."));
        row("compelling documented", "XFER-DEROGATION-SAFEGUARDS",
            s("Transfer “Acme B.V. → CloudCo” relies on the compelling-interests derogation, and its suitable "
              "safeguards are not recorded (it cites evidence, but the Art. 30 record shows the safeguards field)."));
        row("compelling safeguards blank", "XFER-DEROGATION-SAFEGUARDS",
            s("Transfer “Acme B.V. → CloudCo” relies on the compelling-interests derogation without documented "
              "safeguards."));
        row("compelling safeguards recorded", "XFER-DEROGATION-SAFEGUARDS", none);

        row("onward none", "ONWARD-WEAK-CHAIN",
            s("“Contact details” reaches India only through Acme B.V. → CloudCo → SubCo; its weakest hop, “CloudCo → "
              "SubCo”, has no transfer mechanism stated."));
        row("onward privacy shield", "ONWARD-WEAK-CHAIN",
            s("“Contact details” reaches India only through Acme B.V. → CloudCo → SubCo; its weakest hop, “CloudCo → "
              "SubCo”, has an invalidated mechanism."));
        row("onward scc", "ONWARD-WEAK-CHAIN", none);
        row("onward other category", "ONWARD-WEAK-CHAIN", none);
        row("subprocessor without DPA", "ONWARD-SUBPROCESSOR-DPA",
            s("Subprocessor “SubCo” is reached through Acme B.V. → CloudCo → SubCo with no processing agreement "
              "recorded for “SubCo”."));
        row("subprocessor with DPA", "ONWARD-SUBPROCESSOR-DPA", none);

        row("no DPA", "PROC-DPA-MISSING", s("Processor “CloudCo” has no processing agreement date."));
        row("controller without DPA", "PROC-DPA-MISSING", none);
        row("no country", "PARTY-COUNTRY-MISSING", s("Recipient “CloudCo” has no country."));
        row("location only", "PARTY-COUNTRY-MISSING", none);
        row("unnamed gets health", "PARTY-UNNAMED-SPECIAL",
            s("“CloudCo” is named only as a category of recipients but receives special-category data (“Health "
              "data”)."));
        row("unnamed gets contact", "PARTY-UNNAMED-SPECIAL", none);
        row("unnamed gets contact", "PARTY-UNNAMED-PROCESSOR",
            s("“CloudCo” receives data as a processor but is named only as a category of recipients."));
        row("unnamed gets health", "PARTY-UNNAMED-PROCESSOR", none); // reported as PARTY-UNNAMED-SPECIAL
        row("unnamed controller", "PARTY-UNNAMED-PROCESSOR", none);

        row("vague", "RET-VAGUE",
            s("Activity “Customer support” keeps “Contact details” for a vague period (“as long as necessary”): no "
              "duration and no trigger."));
        row("trigger only", "RET-VAGUE", none);
        row("processor longer", "RET-LONGER-AT-PROCESSOR",
            s("Activity “Hosting for Acme” keeps “Contact details” for P5Y, longer than the P2Y of the controller’s "
              "activity “Customer support”."));
        row("processor shorter", "RET-LONGER-AT-PROCESSOR", none);

        row("large scale", "DPIA-MISSING",
            s("Activity “Customer support” likely needs a DPIA but none is recorded as done: its name, purposes or "
              "notes call it large scale (“Large-scale”; large-scale processing is not stated)."));
        row("large scale in German", "DPIA-MISSING",
            s("Activity “Customer support” likely needs a DPIA but none is recorded as done: its name, purposes or "
              "notes call it large scale (“in großem Umfang”; large-scale processing is not stated)."));
        row("large scale stated", "DPIA-MISSING",
            s("Activity “Customer support” likely needs a DPIA but none is recorded as done: the record says it is "
              "large-scale processing."));
        row("large scale denied", "DPIA-MISSING", none);
        row("speech analytics", "DPIA-MISSING",
            s("Activity “Customer support” likely needs a DPIA but none is recorded as done: it analyses call "
              "recordings (speech analytics or profiling)."));
        row("health under parent", "DPIA-MISSING",
            s("Activity “Customer support” likely needs a DPIA but none is recorded as done: it processes "
              "special-category data (“Health data”)."));
        row("dpia required", "DPIA-MISSING",
            s("Activity “Customer support” likely needs a DPIA but none is recorded as done: the record says a DPIA is "
              "required."));
        row("special with dpia", "DPIA-MISSING", none);
        row("reviewed 13 months ago", "REVIEW-OVERDUE",
            s("Activity “Customer support” was last reviewed on 2024-05-31, more than 12 months ago."));
        row("never reviewed", "REVIEW-OVERDUE", s("Activity “Customer support” has never been reviewed."));
        row("reviewed 12 months ago", "REVIEW-OVERDUE", none);

        row("unused category", "UNUSED-CATEGORY",
            s("Data category “Old data” is not used by any activity or transfer."));
        row("parent of used", "UNUSED-CATEGORY", none);
        row("unused subject", "UNUSED-SUBJECT", s("Data subjects “Prospects” are not named by any activity."));
        row("clean", "UNUSED-SUBJECT", none);
        row("unused source", "UNUSED-SOURCE", s("Source “Data brokers” is not used by any activity."));
        row("clean", "UNUSED-SOURCE", none);
        row("unused party", "UNUSED-PARTY", s("Party “Old vendor” is not used by any activity or transfer."));
        row("controller party", "UNUSED-PARTY", none);
    }

    void rule()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, ruleId);
        QFETCH(QString, message);
        QVERIFY2(findRule(ruleId), qPrintable(ruleId));
        const auto it = mutations().find(mutation);
        QVERIFY2(it != mutations().end(), qPrintable(mutation));
        ProjectData d = test::cleanProject();
        it->second(d);
        const FindingList findings = runChecks(d, {Today});
        const QStringList messages = messagesOf(findings, ruleId);
        if (message.isEmpty()) {
            QCOMPARE(messages, QStringList());
            silentRules().insert(ruleId);
        } else {
            QCOMPARE(messages, QStringList{message});
            firedRules().insert(ruleId);
            for (const Finding &f : findings) {
                if (f.ruleId == ruleId) {
                    QCOMPARE(f.severity, findRule(ruleId)->severity);
                    QVERIFY(d.contains(f.kind, f.entity));
                }
            }
        }
    }

    void everyRuleHasBothCases()
    {
        // The register rules' cases are in test_register_rules.cpp (decision 0022).
        const QSet<QString> elsewhere{
            QStringLiteral("ART22-LOGIC-MISSING"), QStringLiteral("DPIA-SCREENING-NO-DPIA"),
            QStringLiteral("SYSTEM-TRANSFER-MISSING"), QStringLiteral("DATA-ITEM-RETENTION-MISSING"),
            // Needs two versions of a vendor's list: tests/subprocessors/test_subprocessors_apply.cpp.
            QStringLiteral("SUBPROC-OBJECTION-OPEN")};
        for (const Rule &r : catalogue()) {
            if (elsewhere.contains(r.idString()))
                continue;
            QVERIFY2(firedRules().contains(r.idString()), r.id);
            QVERIFY2(silentRules().contains(r.idString()), r.id);
        }
    }
};

QTEST_GUILESS_MAIN(TestChecksRules)
#include "test_checks_rules.moc"
