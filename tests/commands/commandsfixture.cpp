#include "commandsfixture.h"

using namespace Qt::StringLiterals;

namespace ropa::commandstest {

Id fixedId(int n)
{
    return QUuid(0x10000000u + static_cast<uint>(n), 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0);
}

ProjectData sampleData()
{
    ProjectData d;
    d.info.name = u"Acme inventory"_s;
    d.info.notes = u"Notes"_s;

    auto put = [&](auto e) { d.put(AnyEntity(std::move(e))); };

    put(Document{ids::dpa, u"HubSpot DPA"_s, u"https://example.com/dpa"_s, QDate(2024, 1, 2), u"text"_s});
    put(Document{ids::policy, u"Privacy policy"_s, {}, std::nullopt, {}});
    put(Document{ids::unused, u"Unused"_s, {}, std::nullopt, {}});

    Party acme;
    acme.id = ids::acme;
    acme.name = u"Acme"_s;
    acme.own = true;
    acme.country = u"NL"_s;
    acme.evidence = {{ids::policy, u"We are Acme"_s}};
    put(acme);
    Party hubspot;
    hubspot.id = ids::hubspot;
    hubspot.name = u"HubSpot"_s;
    hubspot.country = u"US"_s;
    hubspot.evidence = {{ids::dpa, u"HubSpot processes"_s}, {ids::policy, u"We use HubSpot"_s}};
    put(hubspot);
    Party mailchimp;
    mailchimp.id = ids::mailchimp;
    mailchimp.name = u"Mailchimp"_s;
    put(mailchimp);
    Party aws;
    aws.id = ids::aws;
    aws.name = u"AWS"_s;
    put(aws);
    Party client;
    client.id = ids::client;
    client.name = u"Client Corp"_s;
    put(client);

    DataCategory contact;
    contact.id = ids::contact;
    contact.name = u"Contact data"_s;
    put(contact);
    DataCategory email;
    email.id = ids::email;
    email.name = u"Email address"_s;
    email.parent = ids::contact;
    email.evidence = {{ids::dpa, u"email"_s}};
    put(email);
    DataCategory calls;
    calls.id = ids::calls;
    calls.name = u"Call recordings"_s;
    calls.parent = ids::email;
    put(calls);
    DataCategory health;
    health.id = ids::health;
    health.name = u"Health"_s;
    health.special = SpecialCategory::Health;
    put(health);

    put(DataSubject{ids::customers, u"Customers"_s, {}, {{ids::policy, u"customers"_s}}});
    put(DataSubject{ids::staff, u"Staff"_s, {}, {}});
    put(Source{ids::webform, u"Web form"_s, SourceKind::DataSubject, {}});
    put(SecurityMeasure{ids::tls, u"TLS"_s, MeasureKind::Encryption, {}, {{ids::dpa, u"TLS 1.2"_s}}});

    Activity newsletter;
    newsletter.id = ids::newsletter;
    newsletter.name = u"Newsletter"_s;
    newsletter.organisation = ids::acme;
    newsletter.dataSubjects = {ids::customers, ids::staff};
    newsletter.dataCategories = {ids::contact, ids::email, ids::calls};
    newsletter.sources = {ids::webform};
    newsletter.securityMeasures = {ids::tls};
    newsletter.retention = {RetentionRule{{ids::email, ids::calls}, u"P2Y"_s, {}, {}, u"two years"_s},
                            RetentionRule{{ids::health}, u"P6Y"_s, {}, {}, u"six years"_s}};
    newsletter.evidence = {{ids::policy, u"newsletter"_s}, {ids::dpa, u"mailing"_s}};
    put(newsletter);
    Activity support;
    support.id = ids::support;
    support.name = u"Support"_s;
    support.organisation = ids::acme;
    support.role = Role::Processor;
    support.onBehalfOf = ids::client;
    support.dataCategories = {ids::calls, ids::health};
    put(support);
    Activity crm;
    crm.id = ids::crm;
    crm.name = u"CRM analytics"_s;
    crm.organisation = ids::hubspot;
    crm.dataCategories = {ids::email};
    put(crm);

    Transfer t1;
    t1.id = ids::tAcmeHubspot;
    t1.from = ids::acme;
    t1.to = ids::hubspot;
    t1.activities = {ids::newsletter, ids::support};
    t1.dataCategories = {ids::email, ids::calls};
    t1.countries = {u"US"_s};
    t1.mechanism = Mechanism::Scc;
    t1.evidence = {{ids::dpa, u"SCCs apply"_s}};
    put(t1);
    Transfer t2;
    t2.id = ids::tHubspotAws;
    t2.from = ids::hubspot;
    t2.to = ids::aws;
    t2.activities = {ids::newsletter, ids::crm};
    put(t2);
    Transfer t3;
    t3.id = ids::tAcmeMailchimp;
    t3.from = ids::acme;
    t3.to = ids::mailchimp;
    t3.activities = {ids::newsletter};
    t3.dataCategories = {ids::contact};
    put(t3);
    Transfer t4;
    t4.id = ids::tMailchimpHubspot;
    t4.from = ids::mailchimp;
    t4.to = ids::hubspot;
    t4.activities = {ids::support};
    put(t4);
    return d;
}

} // namespace ropa::commandstest
