#include "finddialog.h"

#include "itemmodels/entitysearchmodel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ropa {

namespace {

// Best matches first: names that start with the text, then names with a word that does,
// then the rest; transfers (named after their parties) after the entities themselves.
class FindProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // One pass over the rows per change of the text: whether each matches and how well (the
    // name starts with it, a word starts with it, it is inside; transfers after the rest), on
    // the model's folded names; filtering and sorting then only look these up.
    void setText(const QString &text)
    {
        m_text = text.trimmed().toCaseFolded();
        prepareOrder();
        const auto *model = static_cast<const EntitySearchModel *>(sourceModel());
        const QStringList &folded = model->foldedNames();
        const int rows = model->rowCount();
        m_rank.resize(rows);
        const QString wordStart = u' ' + m_text;
        for (int row = 0; row < rows; ++row) {
            const QString &name = folded.at(row);
            int rank = -1;
            if (m_text.isEmpty() || name.startsWith(m_text))
                rank = 0;
            else if (name.contains(wordStart))
                rank = 1;
            else if (name.contains(m_text))
                rank = 2;
            if (rank >= 0 && model->kindAt(row) == EntityKind::Transfer)
                rank += 3;
            m_rank[row] = rank;
        }
        invalidate();
    }
    // After the list changed (an entity added, removed, renamed; another project): the
    // order goes at once, the ranks and the sort follow with refresh().
    void dropOrder() { m_order.clear(); }
    bool hasOrder() const { return m_order.size() == sourceModel()->rowCount(); }
    void refresh() { setText(m_text); }
    // Every row's place among the folded names (equal names, equal places), made once per
    // list: a sort then compares two ints, not two strings (a first keystroke sorts tens of
    // thousands of matches).
    void prepareOrder()
    {
        const auto *model = static_cast<const EntitySearchModel *>(sourceModel());
        const QStringList &folded = model->foldedNames();
        const auto rows = folded.size();
        if (m_order.size() == rows)
            return;
        QList<int> byName(rows);
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [&](int a, int b) { return folded.at(a) < folded.at(b); });
        m_order.resize(rows);
        int place = 0;
        for (qsizetype i = 0; i < rows; ++i) {
            if (i > 0 && folded.at(byName.at(i - 1)) < folded.at(byName.at(i)))
                place = static_cast<int>(i);
            m_order[byName.at(i)] = place;
        }
    }

protected:
    int rankOf(int sourceRow) const
    {
        // Rows added since the text was set: matched now (the list follows edits).
        if (sourceRow >= m_rank.size())
            return 0;
        return m_rank.at(sourceRow);
    }

    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override { return rankOf(sourceRow) >= 0; }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int a = rankOf(left.row());
        const int b = rankOf(right.row());
        if (a != b)
            return a < b;
        // A row added since the order was made goes last until the next refresh (which a
        // hidden dialog leaves to its next show: see FindDialog::onListChanged).
        const bool leftPlaced = left.row() < m_order.size();
        const bool rightPlaced = right.row() < m_order.size();
        if (leftPlaced && rightPlaced)
            return m_order.at(left.row()) < m_order.at(right.row());
        return leftPlaced && !rightPlaced;
    }

private:
    QString m_text;
    QList<int> m_rank;
    QList<int> m_order;
};

} // namespace

FindDialog::FindDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Find"));
    setObjectName(QStringLiteral("findDialog"));

    m_model = new EntitySearchModel(this);
    m_proxy = new FindProxy(this);
    m_proxy->setSourceModel(m_model);
    {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &FindDialog::onListChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FindDialog::onListChanged);
        connect(m_model, &QAbstractItemModel::modelReset, this, &FindDialog::onListChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &FindDialog::onListChanged);
    }
    m_proxy->sort(EntitySearchModel::NameColumn);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("findText"));
    m_search->setPlaceholderText(tr("Name of a party, activity, category, document…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setModel(m_proxy);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setShowGrid(false);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(EntitySearchModel::NameColumn, QHeaderView::Stretch);
    // The kind column is as wide as its longest title (measured once, not over every row of a
    // large project), with room on both sides so it does not touch the edge.
    int kindWidth =
        fontMetrics().horizontalAdvance(m_model->headerData(EntitySearchModel::KindColumn, Qt::Horizontal).toString());
    for (int kind = 0; kind <= static_cast<int>(EntityKind::Transfer); ++kind)
        kindWidth = std::max(
            kindWidth, fontMetrics().horizontalAdvance(EntitySearchModel::kindTitle(static_cast<EntityKind>(kind))));
    m_results->horizontalHeader()->setSectionResizeMode(EntitySearchModel::KindColumn, QHeaderView::Fixed);
    m_results->horizontalHeader()->resizeSection(EntitySearchModel::KindColumn,
                                                 kindWidth + 4 * fontMetrics().averageCharWidth());
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        refreshIfStale();
        static_cast<FindProxy *>(m_proxy)->setText(text);
        if (m_proxy->rowCount() > 0)
            m_results->selectRow(0);
    });
    connect(m_results, &QTableView::activated, this, &FindDialog::choose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(tr("&Go to"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FindDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

void FindDialog::setProject(const Project *project)
{
    m_model->setProject(project);
}

void FindDialog::onListChanged()
{
    // Every change of the list (a rename) ranks and sorts tens of thousands of names again:
    // while the dialog is hidden, nobody sees them, so that waits for its next show.
    m_stale = true;
    static_cast<FindProxy *>(m_proxy)->dropOrder();
    if (isVisible())
        refreshIfStale();
}

void FindDialog::refreshIfStale() const
{
    if (!m_stale)
        return;
    m_stale = false;
    static_cast<FindProxy *>(m_proxy)->refresh();
}

bool FindDialog::prepare(QDeadlineTimer deadline)
{
    // Three steps: the names (a slice at a time), their order, the ranks and the sort.
    if (!m_model->prepareNames(deadline))
        return false;
    auto *proxy = static_cast<FindProxy *>(m_proxy);
    if (!proxy->hasOrder()) {
        if (deadline.hasExpired())
            return false;
        proxy->prepareOrder();
    }
    if (!m_stale)
        return true;
    if (deadline.hasExpired())
        return false;
    refreshIfStale();
    return true;
}

void FindDialog::showEvent(QShowEvent *event)
{
    refreshIfStale();
    QDialog::showEvent(event);
}

QList<Id> FindDialog::matches() const
{
    refreshIfStale();
    QList<Id> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(EntitySearchModel::IdRole).value<QUuid>());
    return ids;
}

bool FindDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search field move through the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FindDialog::choose()
{
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid() && m_proxy->rowCount() > 0)
        index = m_proxy->index(0, 0);
    if (!index.isValid())
        return;
    Q_EMIT entityChosen(index.data(EntitySearchModel::IdRole).value<QUuid>());
    accept();
}

} // namespace ropa
