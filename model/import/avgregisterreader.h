#pragma once

// Reading the JSON export of the Dutch central government's register (AVG Register
// Rijksoverheid, IMPORT-FORMATS.md section 2): an array of records (or one record), UTF-8 with
// or without a BOM; controller and processor records (AVG) and police-data records (WPG). Each
// record becomes an activity draft of an ImportPlan, so it goes through the same apply path as
// a spreadsheet (matching by name, one undo step). The JSON is read strictly (a key twice in an
// object is refused) and within limits (size, nesting, number of records); a file that breaks
// them gives plan.error and no activity. The plan's "rows" are the 1-based record numbers.

#include "import/importplan.h"
#include "import/mapping.h"

#include <QByteArray>
#include <QString>

namespace ropa::importer {

struct AvgRegisterLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    int maxDepth = 32; // arrays and objects inside each other; a real record needs 4
    int maxRecords = 100000;
};

struct AvgRegisterRead
{
    ImportPlan plan;
    int controllerRecords = 0;
    int processorRecords = 0;
    int policeRecords = 0; // Wet politiegegevens
    int records() const { return controllerRecords + processorRecords + policeRecords; }
};

// Whether the bytes look like this register's export (a JSON array or object whose first
// record has the register's keys) rather than a Ropa JSON file or another JSON; cheap, for
// telling the format by content.
bool looksLikeAvgRegister(const QByteArray &bytes);

AvgRegisterRead readAvgRegister(const QByteArray &bytes, const AvgRegisterLimits &limits = {});
// Reads a file; one that cannot be opened or is over the size limit gives plan.error.
AvgRegisterRead readAvgRegisterFile(const QString &path, const AvgRegisterLimits &limits = {});
// Whether the file is this register's export: its content looks like it (looksLikeAvgRegister),
// whatever its name.
bool isAvgRegisterFile(const QString &path);

// The plan with what the user said unresolved values read as (Mapping::values, the window's
// "What will be imported"): a lawful basis, a retention period, countries; and a recipient the
// register gives as prose read as the name of a party ("Belastingdienst"), which then is one.
// A value the user's words resolve is no longer listed.
ImportPlan withValues(const ImportPlan &plan, const QList<ValueMapping> &values);

// "2 controller records, 1 processor record" for the window and ropa-cli.
QString describeAvgRegister(const AvgRegisterRead &read);

} // namespace ropa::importer
