#pragma once

// The change between two versions of a vendor's subprocessor list: who was added, removed or
// renamed, and whose location, purpose or data shared changed.

#include "subprocessors/subprocessorlist.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::subprocessors {

struct DiffEntry
{
    QString name;
    QStringList countries; // as in subprocessorlist.h: codes, "EU", "EEA"
    QString location;      // the location cell as written
    QString purpose;
};

struct DiffRename
{
    QString oldName;
    QString name;          // the new name
    QStringList countries; // in the new list
    QString reason;        // "stem" (same first word of the name key) or "similar"
};

enum class ChangedField { Location, Purpose, DataShared };

struct DiffChange
{
    QString name;          // in the new list
    QStringList countries; // in the new list
    ChangedField field = ChangedField::Location;
    QString oldValue;
    QString newValue;
    QStringList oldCountries; // for a location change
};

struct ListDiff
{
    QList<DiffEntry> added;
    QList<DiffEntry> removed;
    QList<DiffRename> renamed;
    QList<DiffChange> changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty(); }
};

// Rows with the same name key are one subprocessor (their countries merged). Unmatched names are
// paired as renamed, if the digits in their keys are the same, when their keys share the first
// word (unambiguously), or when their similarity (1 - edit distance / longer key length) is at
// least 0.85 and the longer key has 8 characters or more; best pairs first.
ListDiff diffLists(const SubprocessorList &oldList, const SubprocessorList &newList);

// The Levenshtein similarity of two strings, 0 to 1.
double similarity(const QString &a, const QString &b);

} // namespace ropa::subprocessors
