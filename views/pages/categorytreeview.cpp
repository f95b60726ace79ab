#include "categorytreeview.h"

#include "itemmodels/categorytreemodel.h"

#include <QCollator>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace ropa {

namespace {

constexpr int ColumnSampleRows = 100; // rows a column's width is measured on (besides those shown)

// Case-insensitive, numbers by value, in the user's language. (The tables use
// EntitySortProxy, with precomputed keys.)
class TreeSortProxy : public QSortFilterProxyModel
{
public:
    explicit TreeSortProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QString a = left.data().toString();
        const QString b = right.data().toString();
        // The C locale's collation is plain code points (upper case first); skip it there.
        if (m_useCollator) {
            if (const int order = m_collator.compare(a, b); order != 0)
                return order < 0;
        }
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    }

private:
    QCollator m_collator;
    bool m_useCollator = QLocale().language() != QLocale::C;
};

// Rows as tall as the tables' rows.
class TreeRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), size.height() + 4};
    }
};

} // namespace

CategoryTreeView::CategoryTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new CategoryTreeModel(this))
    , m_proxy(new TreeSortProxy(this))
{
    setObjectName(QStringLiteral("categoryTree"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);
    setItemDelegate(new TreeRowDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    header()->setStretchLastSection(true);
    header()->setResizeContentsPrecision(ColumnSampleRows);
    header()->setHighlightSections(false);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(m_model, &CategoryTreeModel::moveRefused, this, &CategoryTreeView::moveRefused);
}

void CategoryTreeView::setProject(Project *project)
{
    m_model->setProject(project);
}

void CategoryTreeView::applyFilter(const QString &text)
{
    if (m_filterApplied && text == m_filter)
        return;
    m_filter = text;
    m_filterApplied = true;
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        expandAll(); // show the matches inside collapsed branches
}

bool CategoryTreeView::selectCategory(const Id &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index); // expands its ancestors
    return true;
}

bool CategoryTreeView::selectByName(const QString &name)
{
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchFixedString | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    setCurrentIndex(found.constFirst());
    scrollTo(found.constFirst());
    return true;
}

Id CategoryTreeView::currentCategory() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(CategoryTreeModel::IdRole).value<QUuid>() : Id();
}

void CategoryTreeView::selectFirstIfNone()
{
    if (!currentIndex().isValid() && m_proxy->rowCount() > 0)
        setCurrentIndex(m_proxy->index(0, 0));
}

} // namespace ropa
