#pragma once

// File → Import…: the mapping's columns, one row per column of the sheet, each with its
// heading, an example value and a combo box of the fields it can go to (or "Ignore"). The
// user corrects what Ropa found from the headings; fieldChanged() says what they chose.

#include "import/mapping.h"

#include <QTableWidget>

class QComboBox;

namespace ropa {

class ImportColumnsEditor : public QTableWidget
{
    Q_OBJECT

public:
    enum Columns { LetterColumn, HeadingColumn, FieldColumn, ExampleColumn };

    explicit ImportColumnsEditor(QWidget *parent = nullptr);

    // The field's name as the user reads it ("Lawful basis", "Ignore").
    static QString fieldLabel(importer::Field field);

    // One row per column of the sheet, each combo set to the mapping's field.
    void setMapping(const importer::Sheet &sheet, const importer::Mapping &mapping);
    // The combo of a sheet column (0-based), or nullptr.
    QComboBox *fieldBox(int column) const;

Q_SIGNALS:
    void fieldChanged(int column, importer::Field field);
};

} // namespace ropa
