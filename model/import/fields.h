#pragma once

// The fields of an activity's record a column of a register can hold, their names in a
// mapping file, and the headings (English, Dutch, German, French) that name them.

#include <QString>

#include <optional>

namespace ropa::importer {

enum class Field {
    Ignore,
    Name,
    Reference,
    Department,
    Purpose,
    LawfulBasis,
    LegitimateInterests,
    Art9Condition,
    DataSubjects,
    DataCategories,
    SpecialCategories,
    Recipients,
    Processors,
    JointController,
    ThirdCountries,
    Safeguards,
    Retention,
    SecurityMeasures,
    Sources,
    Systems,
    Dpia,
    AutomatedDecisions,
    Controller,
    ContactPerson,
    LastReviewed,
    Notes,
};

// The key in a mapping file ("name", "lawful_basis", ...).
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(QStringView key);
// Whether a cell of the field holds several values to split (data subjects, categories, ...).
bool isListField(Field field);

// The field a heading names, or Ignore. The first rule that matches wins, so "Link to
// contract with processor" is ignored and "Safeguards for exceptional transfers" is the
// safeguards, not the countries.
Field fieldForHeading(const QString &heading);

} // namespace ropa::importer
