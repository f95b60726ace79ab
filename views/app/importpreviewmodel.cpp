#include "importpreviewmodel.h"

#include "app/importcolumnseditor.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace ropa {

using namespace importer;

namespace {

// "A", "B", …, "AA": the column's letters, as the spreadsheet shows them.
QString columnLetters(int column)
{
    const QString reference = cellReference(0, column);
    return reference.left(reference.size() - 1);
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setSheet(std::shared_ptr<const Workbook> workbook, int sheetIndex)
{
    beginResetModel();
    m_workbook = std::move(workbook);
    m_sheet = sheetIndex;
    // Counted once: Sheet::columnCount() reads every row, and views ask for it at every paint.
    const Sheet *s = sheet();
    m_columnCount = s ? s->columnCount() : 0;
    endResetModel();
}

void ImportPreviewModel::setMapping(const Mapping &mapping)
{
    m_mapping = mapping;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

const Sheet *ImportPreviewModel::sheet() const
{
    if (!m_workbook || m_sheet < 0 || m_sheet >= m_workbook->sheets.size())
        return nullptr;
    return &m_workbook->sheets.at(m_sheet);
}

bool ImportPreviewModel::isHeading(int row) const
{
    return m_mapping.headingRow >= 0 && row >= m_mapping.headingRow && row < m_mapping.firstDataRow();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    const Sheet *s = sheet();
    return parent.isValid() || !s ? 0 : int(std::min<qsizetype>(s->rows.size(), MaxRows));
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const Sheet *s = sheet();
    if (!s || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString text = s->text(row, index.column());
        // One line per cell in the table; the whole text in the tooltip.
        return role == Qt::ToolTipRole ? text : QString(text).replace(u'\n', QStringLiteral(" ⏎ "));
    }
    case HeadingRole: return isHeading(row);
    case Qt::FontRole:
        if (isHeading(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (isHeading(row)) {
            QColor highlight = QGuiApplication::palette().color(QPalette::Highlight);
            highlight.setAlpha(60);
            return QBrush(highlight);
        }
        return {};
    case Qt::ForegroundRole:
        // Rows above the headings (a title block) are not read.
        if (m_mapping.headingRow >= 0 && row < m_mapping.headingRow)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // the row number the spreadsheet shows
    Field field = Field::Ignore;
    for (const ColumnField &c : m_mapping.columns) {
        if (c.column == section)
            field = c.field;
    }
    const QString letters = columnLetters(section);
    return field == Field::Ignore ? letters
                                  : QStringLiteral("%1 → %2").arg(letters, ImportColumnsEditor::fieldLabel(field));
}

} // namespace ropa
