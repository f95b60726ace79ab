#pragma once

// The layout of the ICO's controller template (docs/import.md, IMPORT-FORMATS.md section 1):
// a block for the controller, the DPO and the representative at the top, the headings of its
// 30 columns in row 9, one row per activity below. The headings are the format's own field
// names, so they stay English whatever the user's language; each has the field it fills.
// Shared by the writer (reports/icotemplate.cpp) and the reader (icotemplate.h).

#include "import/fields.h"

#include <QList>
#include <QString>

namespace ropa::importer::ico {

struct Column
{
    QString heading;
    Field field = Field::Ignore;
};

// The 30 columns, A to AD, in order.
const QList<Column> &columns();

inline constexpr int HeadingRow = 8; // 0-based: row 9
inline constexpr int BlockFirstRow = 1;
// The header block: a row per party (controller, DPO, representative) under the labels of
// its details (name, address, email, telephone) in columns B to E.
enum class BlockRow { Controller, Dpo, Representative };
QString blockRowLabel(BlockRow row);
QStringList blockDetailLabels(); // "Name", "Address", "Email", "Telephone"

// Whether a heading is the ICO's (case, spacing and "(if applicable)" ignored): the index in
// columns(), or -1.
int columnOfHeading(const QString &heading);

} // namespace ropa::importer::ico
