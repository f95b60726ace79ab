#pragma once

// What the rows of a mapped sheet say, activity by activity, with every value resolved where
// it says one thing, and every value that did not resolve listed with the rows it occurs in
// (so the user can map it once for all its occurrences). Nothing here touches a project.

#include "import/mapping.h"

#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::importer {

// A retention rule beyond an activity's first (a template writes one rule per line).
struct RetentionDraft
{
    QString text;
    QString duration; // ISO 8601; empty: not resolved
    QString trigger;
};

struct ActivityDraft
{
    int row = 0; // 1-based row of the sheet
    QString name;
    QString reference;
    QString department;
    QStringList purposes;
    std::optional<LawfulBasis> lawfulBasis;
    QString legitimateInterests;
    std::optional<Art9Condition> art9Condition;
    QStringList dataSubjects;
    QStringList dataCategories;
    QList<std::pair<QString, std::optional<SpecialCategory>>> specialCategories; // name as written, its Art. 9(1) kind
    QStringList recipients;
    QStringList processors;
    QStringList jointControllers;
    QStringList internalRecipients; // within the organisation (the CNIL's "destinataires internes")
    QStringList countries;          // ISO codes, "EU", "EEA"
    QString safeguards;
    QString retentionText;
    QString retentionDuration; // ISO 8601; empty: not resolved
    QString retentionTrigger;
    QList<RetentionDraft> moreRetention;
    QStringList securityMeasures;
    QStringList sources;
    QStringList systems;
    std::optional<bool> dpiaRequired;
    std::optional<bool> automatedDecisions;
    QString controller;
    QString contactPerson;
    std::optional<QDate> lastReviewed;
    std::optional<QDate> created; // the record's own dates (the CNIL's register keeps them)
    std::optional<QDate> lastChanged;
    QString notes;
};

struct UnresolvedValue
{
    Field field = Field::Ignore;
    QString value;   // as written
    QList<int> rows; // 1-based rows it occurs in
};

struct ImportPlan
{
    QList<ActivityDraft> activities;
    QList<UnresolvedValue> unresolved;
    QStringList notes; // rows skipped and why
    QString error;     // the sheet cannot be read with this mapping
};

struct PlanOptions
{
    // A retention cell of several lines is several rules, one a line (the templates write one
    // rule a line); false: the cell is one text.
    bool retentionPerLine = false;
};

ImportPlan planImport(const Sheet &sheet, const Mapping &mapping, const PlanOptions &options = {});

} // namespace ropa::importer
