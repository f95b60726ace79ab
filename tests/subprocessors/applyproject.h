#pragma once

// The project the apply tests start from: our company sends call recordings to the vendor
// CallCloud B.V. (30 days to object to a new subprocessor), which already has one known
// subprocessor, "Northgate Hosting". Ids are fixed so failures are readable.

#include "domain/projectdata.h"

#include <QString>

namespace ropa::test {

struct ApplyIds
{
    static Id id(int n) { return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'))); }
    static Id own() { return id(1); }
    static Id vendor() { return id(2); }
    static Id northgate() { return id(3); }
    static Id recordings() { return id(10); }
    static Id contact() { return id(11); }
    static Id calls() { return id(20); }
    static Id toVendor() { return id(30); }
};

inline ProjectData applyProject()
{
    using I = ApplyIds;
    ProjectData d;
    d.info.name = QStringLiteral("Call centre");
    Party own;
    own.id = I::own();
    own.name = QStringLiteral("Our Company B.V.");
    own.own = true;
    own.country = QStringLiteral("NL");
    d.put(own);
    Party vendor;
    vendor.id = I::vendor();
    vendor.name = QStringLiteral("CallCloud B.V.");
    vendor.country = QStringLiteral("NL");
    vendor.dpaInPlace = true;
    vendor.noticePeriodDays = 30;
    d.put(vendor);
    Party northgate;
    northgate.id = I::northgate();
    northgate.name = QStringLiteral("Northgate Hosting");
    northgate.country = QStringLiteral("DE");
    d.put(northgate);
    DataCategory recordings;
    recordings.id = I::recordings();
    recordings.name = QStringLiteral("Call recordings");
    d.put(recordings);
    DataCategory contact;
    contact.id = I::contact();
    contact.name = QStringLiteral("Contact details");
    d.put(contact);
    Activity calls;
    calls.id = I::calls();
    calls.name = QStringLiteral("Customer calls");
    calls.organisation = I::own();
    calls.purposes = {QStringLiteral("Customer service")};
    calls.dataCategories = {I::recordings(), I::contact()};
    d.put(calls);
    Transfer t;
    t.id = I::toVendor();
    t.from = I::own();
    t.to = I::vendor();
    t.activities = {I::calls()};
    t.dataCategories = {I::recordings()};
    t.countries = {QStringLiteral("NL")};
    t.mechanism = Mechanism::Eea;
    d.put(t);
    return d;
}

inline QString applyFixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/subprocessors/apply/") + QString::fromUtf8(name);
}

} // namespace ropa::test
