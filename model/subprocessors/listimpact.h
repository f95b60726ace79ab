#pragma once

// What applying a vendor's list does to the map (issue 20): which data categories can reach
// which countries they could not reach before (and which they no longer reach), by the reach
// computation of the transfer graph before and after, and the findings that appear or go.

#include "checks/finding.h"
#include "domain/projectdata.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::subprocessors {

struct CategoryReach
{
    Id category;
    QString name;
    QStringList countries; // ISO codes and "EU", ascending
};

struct ListImpact
{
    QList<CategoryReach> newReach;  // countries each category reaches after, not before
    QList<CategoryReach> lostReach; // countries each category reached before, not after
    checks::FindingList findingsAppear;
    checks::FindingList findingsGo;

    bool isEmpty() const
    {
        return newReach.isEmpty() && lostReach.isEmpty() && findingsAppear.isEmpty() && findingsGo.isEmpty();
    }
};

// Compares the reach of every data category, and the open findings, of the two versions of the
// data (today: for the rules that depend on the date).
ListImpact impactOf(const ProjectData &before, const ProjectData &after, const QDate &today = QDate::currentDate());

// { "newReach": [{"category", "countries"}], "lostReach": [...],
//   "findingsAppear": [{"rule", "entity", "message"}], "findingsGo": [...] }
QJsonObject impactJson(const ListImpact &impact);
// A readable report, countries named in the language of the user interface.
QString impactText(const ListImpact &impact);

} // namespace ropa::subprocessors
