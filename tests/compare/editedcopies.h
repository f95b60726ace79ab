#pragma once

// A consultant and a client each edit a copy of the sample project (tests/common), the way
// the program edits (model/commands/edits.h), so removals cascade as they do for a user.

#include "common/sampleproject.h"

#include "commands/edits.h"
#include "domain/project.h"

namespace ropa::test {

inline ProjectData edited(const ProjectData &base, const std::function<void(Project &)> &edits)
{
    Project project(base);
    edits(project);
    return project.data();
}

template <typename T> T entityOf(const Project &p, int n)
{
    return *p.find<T>(fixedId(n));
}

// The consultant renames the vendor, adds a transfer, removes the processor activity and
// changes the first retention rule of the calls activity to one year.
inline ProjectData consultantCopy(const ProjectData &base)
{
    return edited(base, [](Project &p) {
        Party vendor = entityOf<Party>(p, 11);
        vendor.name = QStringLiteral("CallCabinet Ltd");
        edit::change(p, vendor);
        Transfer t;
        t.id = fixedId(72);
        t.from = fixedId(10);
        t.to = fixedId(12);
        t.role = Role::Controller;
        t.dataCategories = {fixedId(21)};
        t.purpose = QStringLiteral("Lead sharing");
        edit::add(p, t);
        edit::remove(p, EntityKind::Activity, fixedId(61));
        Activity calls = entityOf<Activity>(p, 60);
        calls.retention[0].duration = QStringLiteral("P1Y");
        edit::change(p, calls);
    });
}

// The client changes the vendor's country and the calls activity's owner, adds a data category
// and links it to the calls activity, and changes the same retention rule to three months.
inline ProjectData clientCopy(const ProjectData &base)
{
    return edited(base, [](Project &p) {
        Party vendor = entityOf<Party>(p, 11);
        vendor.country = QStringLiteral("GB");
        edit::change(p, vendor);
        DataCategory email{fixedId(23), QStringLiteral("Email address"), {}, {}, {}, std::nullopt, false, std::nullopt,
                           {}};
        edit::add(p, email);
        Activity calls = entityOf<Activity>(p, 60);
        calls.owner = QStringLiteral("Service manager");
        calls.retention[0].duration = QStringLiteral("P3M");
        edit::change(p, calls);
        edit::link(p, fixedId(60), LinkField::ActivityDataCategories, fixedId(23));
    });
}

} // namespace ropa::test
