#pragma once

// A minimal project on which no rule fires, and the names the rule tests use.

#include "common/sampleproject.h"
#include "domain/projectdata.h"

namespace ropa::test {

struct ChecksIds
{
    static Id own() { return fixedId(10); }
    static Id cloud() { return fixedId(11); }
    static Id sub() { return fixedId(12); }
    static Id ownProcessor() { return fixedId(13); }
    static Id contact() { return fixedId(20); }
    static Id health() { return fixedId(21); }
    static Id criminal() { return fixedId(22); }
    static Id recordings() { return fixedId(23); }
    static Id customers() { return fixedId(30); }
    static Id direct() { return fixedId(40); }
    static Id support() { return fixedId(60); }
    static Id newsletter() { return fixedId(61); }
    static Id hosting() { return fixedId(62); }
    static Id toCloud() { return fixedId(70); }
    static Id toSub() { return fixedId(71); }
    static Id policy() { return fixedId(1); }
};

// Acme B.V. (NL, own) gives contact details to CloudCo (US, DPF-certified, DPA signed) for its
// activity "Customer support" (contract, two years' retention, reviewed 2025-01-01).
// Check it with today = 2025-06-01.
inline ProjectData cleanProject()
{
    using I = ChecksIds;
    ProjectData d;
    d.info.name = QStringLiteral("Checks");
    Document policy{I::policy(), QStringLiteral("Transfer assessment"), {}, QDate(2025, 1, 1), {}};
    d.documents.emplace(policy.id, policy);

    Party own;
    own.id = I::own();
    own.name = QStringLiteral("Acme B.V.");
    own.own = true;
    own.country = QStringLiteral("NL");
    d.parties.emplace(own.id, own);

    Party cloud;
    cloud.id = I::cloud();
    cloud.name = QStringLiteral("CloudCo");
    cloud.country = QStringLiteral("US");
    cloud.dpaSigned = QDate(2024, 1, 1);
    cloud.dpfCertified = true;
    d.parties.emplace(cloud.id, cloud);

    DataCategory contact;
    contact.id = I::contact();
    contact.name = QStringLiteral("Contact details");
    d.dataCategories.emplace(contact.id, contact);

    d.dataSubjects.emplace(I::customers(), DataSubject{I::customers(), QStringLiteral("Customers"), {}, {}});
    d.sources.emplace(I::direct(),
                      Source{I::direct(), QStringLiteral("From the customer"), SourceKind::DataSubject, {}});

    Activity a;
    a.id = I::support();
    a.name = QStringLiteral("Customer support");
    a.organisation = own.id;
    a.purposes = {QStringLiteral("Answer questions")};
    a.lawfulBasis = LawfulBasis::Contract;
    a.dataSubjects = {I::customers()};
    a.dataCategories = {contact.id};
    a.sources = {I::direct()};
    a.retention = {RetentionRule{{contact.id}, QStringLiteral("P2Y"), {}, {}, QStringLiteral("two years")}};
    a.lastReviewed = QDate(2025, 1, 1);
    d.activities.emplace(a.id, a);

    Transfer t;
    t.id = I::toCloud();
    t.from = own.id;
    t.to = cloud.id;
    t.role = Role::Processor;
    t.activities = {a.id};
    t.dataCategories = {contact.id};
    t.countries = {QStringLiteral("US")};
    t.mechanism = Mechanism::Dpf;
    d.transfers.emplace(t.id, t);
    return d;
}

} // namespace ropa::test
