#pragma once

// What the rows of a mapped sheet say, activity by activity, with every value resolved where
// it says one thing, and every value that did not resolve listed with the rows it occurs in
// (so the user can map it once for all its occurrences). Nothing here touches a project.

#include "import/mapping.h"

#include "domain/entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::importer {

// A data item of a group of data subjects (the Dutch government register's "Gegevens" of a
// "Betrokkene"): what is kept of whom, why, how long and from where.
struct DataItemDraft
{
    QString subject;
    QString category;
    QString purpose;
    QString retentionText;
    QString retentionDuration; // ISO 8601; empty: not resolved
    QStringList sources;
    std::optional<Obligation> obligation;
    QString consequence;
};

// What a register says of an organisation it names (address, contact, DPO); given to the
// party of that name where the party leaves it unstated.
struct PartyDraft
{
    QString name;
    QString address;
    QString country; // ISO 3166-1 alpha-2; empty: not stated or not resolved
    Contact contact;
    std::optional<Contact> dpo;
};

// What a register with a structure of its own (the Dutch government's JSON) says beyond a
// sheet's columns. The spreadsheet planner leaves all of it unset.
struct ActivityDetails
{
    std::optional<Role> role; // unset: controller
    QString onBehalfOf;       // a processor record's controller
    std::optional<RecordStatus> status;
    QString recordVersion;
    std::optional<QDate> created;
    std::optional<QDate> lastChanged;
    Contact contact; // the contact person's email, phone and function (the name is contactPerson)
    QList<DataItemDraft> dataItems;
    QStringList criminalCategories;                       // Art. 10 data, by name
    QList<std::pair<QString, MeasureKind>> typedMeasures; // security measures whose kind the register says
    QString automatedLogic;
    QString automatedSignificance;
    std::optional<bool> profiling;
    std::optional<bool> largeScale;
    std::optional<bool> dpiaPerformed;
    QList<DpiaCriterion> dpiaCriteria;
    std::optional<bool> onAuthorityList;
    std::optional<bool> highRisk;
    QString screeningOutcome;
    QStringList notesLines; // each kept once in the activity's notes (prose recipients, the Wpg)
    QList<PartyDraft> parties;
};

// A retention rule beyond an activity's first (a template writes one rule per line).
struct RetentionDraft
{
    QString text;
    QString duration; // ISO 8601; empty: not resolved
    QString trigger;
};

struct ActivityDraft
{
    int row = 0; // 1-based row of the sheet (record of the AVG register's JSON)
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
    ActivityDetails details;
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
