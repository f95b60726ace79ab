#pragma once

// What the test_commands_* executables share: a small project with fixed ids (ids::) in
// which every kind of entity and link occurs, and a copy of one of its entities.

#include "domain/project.h"

#include <QMetaType>

#include <functional>

namespace ropa::commandstest {

// An edit of a data-driven test.
using Edit = std::function<bool(Project &)>;

// Fixed ids, so failures name the same things every run.
Id fixedId(int n);

namespace ids {
inline const Id dpa = fixedId(1);
inline const Id policy = fixedId(2);
inline const Id unused = fixedId(3); // a document nobody cites
inline const Id acme = fixedId(10);
inline const Id hubspot = fixedId(11);
inline const Id mailchimp = fixedId(12);
inline const Id aws = fixedId(13);
inline const Id client = fixedId(14);
inline const Id contact = fixedId(20); // top-level category
inline const Id email = fixedId(21);   // child of contact
inline const Id calls = fixedId(22);   // child of email
inline const Id health = fixedId(23);  // top level
inline const Id customers = fixedId(30);
inline const Id staff = fixedId(31);
inline const Id webform = fixedId(40);
inline const Id tls = fixedId(50);
inline const Id newsletter = fixedId(60); // Acme's activity
inline const Id support = fixedId(61);    // Acme's, on behalf of Client Corp
inline const Id crm = fixedId(62);        // HubSpot's own activity
inline const Id tAcmeHubspot = fixedId(70);
inline const Id tHubspotAws = fixedId(71);
inline const Id tAcmeMailchimp = fixedId(72);
inline const Id tMailchimpHubspot = fixedId(73);
} // namespace ids

// Acme with three recipients, a client, categories three deep, and transfers between them.
ProjectData sampleData();

template <typename T> T entityCopy(const Project &p, const Id &id)
{
    const T *e = p.find<T>(id);
    Q_ASSERT(e);
    return *e;
}

} // namespace ropa::commandstest

Q_DECLARE_METATYPE(ropa::commandstest::Edit)
