#include "exposuremodel.h"

#include "graph/graphexport.h"

#include <QCoreApplication>
#include <QHash>

namespace ropa {

QList<ExposureRow> ExposureModel::rowsFor(const graph::TransferGraph &graph, const QList<graph::ExposureCell> &cells,
                                          const QString &country, std::optional<graph::Strength> maxStrength)
{
    QList<ExposureRow> rows;
    QHash<Id, QString> names;
    for (const graph::ExposureCell &c : cells) {
        if (!country.isEmpty() && c.country != country)
            continue;
        if (maxStrength && c.weakest > *maxStrength)
            continue;
        auto name = names.constFind(c.category);
        if (name == names.cend()) {
            const DataCategory *dc = graph.data().find<DataCategory>(c.category);
            name = names.insert(c.category, dc ? graph::cleanText(dc->name) : QString());
        }
        ExposureRow row;
        row.category = *name;
        row.country = graph::countryText(c.country);
        row.chains = c.capped ? QStringLiteral("\u2265 %1").arg(c.chains) : QString::number(c.chains);
        row.weakest = graph::strengthTitle(c.weakest);
        row.strength = c.weakest;
        rows.append(row);
    }
    return rows;
}

void ExposureModel::setRows(QList<ExposureRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ExposureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExposureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExposureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExposureRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Category: return r.category;
        case Country: return r.country;
        case Chains: return r.chains;
        default: return r.weakest;
        }
    case StrengthRole: return int(r.strength);
    case Qt::TextAlignmentRole:
        return index.column() == Chains ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant ExposureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The graph page's texts: translated in its context, where they were first written.
    switch (section) {
    case Category: return QCoreApplication::translate("ropa::GraphView", "Data category");
    case Country: return QCoreApplication::translate("ropa::GraphView", "Country");
    case Chains: return QCoreApplication::translate("ropa::GraphView", "Chains");
    default: return QCoreApplication::translate("ropa::GraphView", "Weakest");
    }
}

} // namespace ropa
