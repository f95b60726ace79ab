#pragma once

// The schema of the .ropa file, by format version (docs/file-format.md). A file's
// sqlite_schema must match the schema of its version exactly: open() creates the expected
// schema in a fresh in-memory database and compares every row.

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::store::schema {

// The CREATE statements of format version 1, in the order they are run. Frozen: a file of
// format 1 is checked against exactly these.
const QStringList &version1();
// Format 2 = format 1 and the table accepted_findings.
const QStringList &version2();
// Format 3 = format 2 with the tables activities and transfers rebuilt with new columns.
const QStringList &version3();
// Format 4 = format 3 and the table content_digest.
const QStringList &version4();
// Format 5 = format 4 with documents, parties, activities and transfers rebuilt, and the
// tables of systems, data items, DPIA criteria and linked documents.
const QStringList &version5();
// Format 6 = format 5 with the parties rebuilt (why no DPO is required).
const QStringList &version6();
// Format 7 = format 6 and the table history (decision 0027).
const QStringList &version7();
// Format 8 = format 7 and the tables of vendors' subprocessor lists (decision 0028).
const QStringList &version8();
// The CREATE statements of the format this build writes (store::FormatVersion).
const QStringList &current();

// The CREATE statements of the given version (empty when unknown). Migrations register the
// schemas of older versions (migrations.h), so a file of any readable version can be checked.
QStringList forVersion(int version);

// The CREATE statement of one table of the current version, for migrations that rebuild a
// table (empty when there is no such table).
QString createStatement(const QString &table);

} // namespace ropa::store::schema
