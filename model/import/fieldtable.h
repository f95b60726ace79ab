#pragma once

// A sheet made by a template reader whose source is not one row per activity (the CNIL's
// sheet per activity, Ropa's record spread over several sheets): a heading row of fields and
// one row per activity, each cell the lines gathered for that field, so the usual planner
// (importplan.h) resolves and lists the values as for any register.

#include "import/mapping.h"
#include "import/sheet.h"

#include <QList>
#include <QString>

namespace ropa::importer {

class FieldTable
{
public:
    // A new activity row; returns its index.
    int addRow();
    // Adds the lines of text (split at new lines, each trimmed, empty and repeated ones
    // dropped) to the field's cell of row.
    void add(int row, Field field, const QString &text);
    int rowCount() const { return int(m_rows.size()); }

    // The sheet (heading row, then the activities) and the mapping that reads it.
    Sheet sheet(const QString &name) const;
    Mapping mapping() const;

private:
    QList<Field> m_fields;            // a column each
    QList<QList<QStringList>> m_rows; // by row, by column: the lines
};

} // namespace ropa::importer
