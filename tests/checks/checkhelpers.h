#pragma once

// What the test_checks_* executables share: the day the checks run on, the entities of
// cleanProject() (checksproject.h) they change most, a subprocessor, and the messages of one
// rule.

#include "checks/finding.h"
#include "checksproject.h"

#include <QDate>
#include <QStringList>

namespace ropa::test {

inline const QDate Today(2025, 6, 1);

Activity &support(ProjectData &d);
Transfer &toCloud(ProjectData &d);
Party &cloud(ProjectData &d);

// CloudCo passes the contact details on to SubCo (India unless said otherwise).
void addSub(ProjectData &d, Mechanism m, const QString &country = QStringLiteral("IN"), bool dpa = true);

// The messages of the findings of that rule.
QStringList messagesOf(const checks::FindingList &findings, const QString &ruleId);

} // namespace ropa::test
