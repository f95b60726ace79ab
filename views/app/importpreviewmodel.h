#pragma once

// File → Import…: the first rows of the chosen sheet as the user sees them in their
// spreadsheet (row numbers and column letters), with the heading row(s) of the mapping
// highlighted and each column's header naming the field it goes to.

#include "import/mapping.h"
#include "import/sheet.h"

#include <QAbstractTableModel>

#include <memory>

namespace ropa {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Rows shown: enough to check the mapping, few enough to stay quick on a 10,000-row sheet.
    static constexpr int MaxRows = 200;
    enum Roles { HeadingRole = Qt::UserRole + 1 }; // bool: the row is a heading row

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // The workbook is shared with the dialog's worker (never changed once read).
    void setSheet(std::shared_ptr<const importer::Workbook> workbook, int sheetIndex);
    void setMapping(const importer::Mapping &mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const importer::Sheet *sheet() const;
    bool isHeading(int row) const;

    std::shared_ptr<const importer::Workbook> m_workbook;
    int m_sheet = -1;
    int m_columnCount = 0;
    importer::Mapping m_mapping;
};

} // namespace ropa
