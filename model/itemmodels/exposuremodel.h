#pragma once

// The transfer graph's exposure table: one row per data category and destination country,
// with the number of chains that take the category there and the weakest hop on them. A
// table model (tens of thousands of rows for every category of a large project: an item per
// cell took seconds to fill). Its rows are made off the GUI thread (rowsFor) and set at once.
// Qt Core only: no colours, no widgets.

#include "graph/transfergraph.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace ropa {

// A row of the table, its texts made with the picture.
struct ExposureRow
{
    QString category, country, chains, weakest;
    graph::Strength strength = graph::Strength::Eea; // of the weakest hop
};

class ExposureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Country, Chains, Weakest, ColumnCount };
    // The weakest hop's graph::Strength (an int), in every column: the view draws the Weakest
    // column in its colour (graph::strengthColor; this model uses Qt Core only).
    static constexpr int StrengthRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    // The rows of `cells` (exposures of `graph`) that go to `country` (empty: any) with a
    // weakest hop at most `maxStrength` (none: any).
    static QList<ExposureRow> rowsFor(const graph::TransferGraph &graph, const QList<graph::ExposureCell> &cells,
                                      const QString &country = {},
                                      std::optional<graph::Strength> maxStrength = std::nullopt);

    void setRows(QList<ExposureRow> rows);
    const QList<ExposureRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExposureRow> m_rows;
};

} // namespace ropa
