#pragma once

// A small project in which every field of every entity is set, some optional ones left
// unset, and text is non-ASCII in places: the base of round-trip tests.

#include "domain/projectdata.h"

namespace ropa::test {

inline Id fixedId(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

inline ProjectData sampleProject()
{
    ProjectData d;
    d.info = {QStringLiteral("Noordwind Klantcontact B.V."), QStringLiteral("nl"),
              QStringLiteral("Notities: \u00e9\u00e8 \u201cquoted\u201d\nline two")};

    Document doc{fixedId(1), QStringLiteral("Privacyverklaring"), QStringLiteral("https://example.org/privacy"),
                 QDate(2025, 7, 29), QStringLiteral("Full text.\nSecond line \u2014 with a dash.")};
    Document bare{fixedId(2), QStringLiteral("Subprocessor list"), {}, std::nullopt, {}};
    d.documents.emplace(doc.id, doc);
    d.documents.emplace(bare.id, bare);

    Party own;
    own.id = fixedId(10);
    own.name = QStringLiteral("Noordwind Klantcontact B.V.");
    own.own = true;
    own.country = QStringLiteral("NL");
    own.locations = {QStringLiteral("NL"), QStringLiteral("BE")};
    own.address = QStringLiteral("Keizersgracht 1\n1015 AA Amsterdam");
    own.contact = {QStringLiteral("Privacy desk"), QStringLiteral("privacy@noordwind.example"),
                   QStringLiteral("+31 20 000 0000")};
    own.dpo = Contact{QStringLiteral("A. de Vries"), QStringLiteral("dpo@noordwind.example"), {}};
    own.website = QStringLiteral("https://noordwind.example");
    own.certifications = {QStringLiteral("ISO 27001")};
    own.notes = QStringLiteral("Own entity");
    own.evidence = {Evidence{doc.id, QStringLiteral("Wij zijn Noordwind.")}};
    d.parties.emplace(own.id, own);

    Party vendor;
    vendor.id = fixedId(11);
    vendor.name = QStringLiteral("CallCabinet");
    vendor.country = QStringLiteral("US");
    vendor.locations = {QStringLiteral("US"), QStringLiteral("GB")};
    vendor.representative = Contact{QStringLiteral("EU Rep Ltd"), {}, {}};
    vendor.dpaSigned = QDate(2024, 3, 1);
    vendor.dpfCertified = true;
    d.parties.emplace(vendor.id, vendor);

    Party category;
    category.id = fixedId(12);
    category.name = QStringLiteral("Marketing partners");
    category.kind = PartyKind::Organisation;
    category.named = false;
    category.dpfCertified = false;
    d.parties.emplace(category.id, category);

    DataCategory comms{fixedId(20), QStringLiteral("Communications data"),
                       {},          QStringLiteral("All call data"),
                       {},          std::nullopt,
                       false,       std::nullopt,
                       {}};
    DataCategory recordings{fixedId(21),
                            QStringLiteral("Call recordings"),
                            comms.id,
                            {},
                            {QStringLiteral("Audio of both ends of the call")},
                            std::nullopt,
                            false,
                            UsCategory::Sensory,
                            {Evidence{doc.id, QStringLiteral("We record calls.")}}};
    DataCategory health{fixedId(22), QStringLiteral("Health data mentioned in calls"),
                        comms.id,    {},
                        {},          SpecialCategory::Health,
                        true,        UsCategory::Sensitive,
                        {}};
    for (const auto &c : {comms, recordings, health})
        d.dataCategories.emplace(c.id, c);

    DataSubject customers{fixedId(30), QStringLiteral("Customers"), QStringLiteral("Consumers who call us"), {}};
    d.dataSubjects.emplace(customers.id, customers);
    Source direct{fixedId(40), QStringLiteral("From the caller"), SourceKind::DataSubject, {}};
    d.sources.emplace(direct.id, direct);
    SecurityMeasure enc{fixedId(50),
                        QStringLiteral("256-bit encryption"),
                        MeasureKind::Encryption,
                        QStringLiteral("AES-256 at rest"),
                        {}};
    d.securityMeasures.emplace(enc.id, enc);

    Activity calls;
    calls.id = fixedId(60);
    calls.name = QStringLiteral("Customer service calls");
    calls.organisation = own.id;
    calls.role = Role::Controller;
    calls.purposes = {QStringLiteral("Answer questions"), QStringLiteral("Quality")};
    calls.lawfulBasis = LawfulBasis::Contract;
    calls.art9Condition = Art9Condition::A;
    calls.art10Basis = QStringLiteral("Uitvoeringswet AVG art. 33");
    calls.dataSubjects = {customers.id};
    calls.dataCategories = {recordings.id, health.id};
    calls.sources = {direct.id};
    calls.securityMeasures = {enc.id};
    calls.retention = {RetentionRule{{recordings.id},
                                     QStringLiteral("P6M"),
                                     QStringLiteral("end of call"),
                                     QStringLiteral("Art. 5(1)(e)"),
                                     QStringLiteral("six months")},
                       RetentionRule{{health.id}, {}, {}, {}, QStringLiteral("as long as necessary")}};
    calls.consentConditionOfService = false;
    calls.balancingTest = BalancingTest{QDate(2025, 1, 10), QStringLiteral("Interest: service quality; “weighed” ✓")};
    calls.dpia = Dpia{true, QDate(2025, 1, 15)};
    calls.largeScale = true;
    calls.owner = QStringLiteral("Head of service");
    calls.lastReviewed = QDate(2025, 6, 1);
    calls.notes = QStringLiteral("n");
    calls.evidence = {Evidence{doc.id, QStringLiteral("We record calls.")}};
    d.activities.emplace(calls.id, calls);

    Activity hosted;
    hosted.id = fixedId(61);
    hosted.name = QStringLiteral("Recording on behalf of clients");
    hosted.organisation = own.id;
    hosted.role = Role::Processor;
    hosted.onBehalfOf = vendor.id;
    d.activities.emplace(hosted.id, hosted);

    Transfer t;
    t.id = fixedId(70);
    t.from = own.id;
    t.to = vendor.id;
    t.role = Role::Processor;
    t.activities = {calls.id};
    t.dataCategories = {recordings.id};
    t.purpose = QStringLiteral("Call recording");
    t.countries = {QStringLiteral("US")};
    t.mechanism = Mechanism::Scc;
    t.sccModule = 2;
    t.tiaDone = QDate(2024, 2, 1);
    t.evidence = {Evidence{bare.id, {}}};
    d.transfers.emplace(t.id, t);

    Transfer onward;
    onward.id = fixedId(71);
    onward.from = vendor.id;
    onward.to = category.id;
    onward.role = Role::Controller;
    onward.countries = {QStringLiteral("EU")};
    onward.mechanism = Mechanism::Derogation;
    onward.derogation = Derogation::CompellingInterests;
    onward.occasional = true;
    onward.suitableSafeguards = QStringLiteral("Safeguards memo 2025-03: pseudonymised, 30 days");
    d.transfers.emplace(onward.id, onward);
    return d;
}

} // namespace ropa::test
