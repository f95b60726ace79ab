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

namespace ropa {

namespace {

// Best matches first: names that start with the text, then names with a word that does,
// then the rest; transfers (named after their parties) after the entities themselves.
class FindProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        setFilterFixedString(m_text);
        invalidate();
    }

protected:
    int rank(const QModelIndex &index) const
    {
        const QString name = index.siblingAtColumn(EntitySearchModel::NameColumn).data().toString();
        const bool transfer = index.data(EntitySearchModel::KindRole).toInt() == static_cast<int>(EntityKind::Transfer);
        int rank = 2;
        if (m_text.isEmpty() || name.startsWith(m_text, Qt::CaseInsensitive))
            rank = 0;
        else if (name.contains(u' ' + m_text, Qt::CaseInsensitive))
            rank = 1;
        return rank + (transfer ? 3 : 0);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int a = rank(left);
        const int b = rank(right);
        if (a != b)
            return a < b;
        return QString::compare(left.data().toString(), right.data().toString(), Qt::CaseInsensitive) < 0;
    }

private:
    QString m_text;
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
    m_proxy->setFilterKeyColumn(EntitySearchModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
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
    int kindWidth = fontMetrics().horizontalAdvance(m_model->headerData(EntitySearchModel::KindColumn, Qt::Horizontal).toString());
    for (int kind = 0; kind <= static_cast<int>(EntityKind::Transfer); ++kind)
        kindWidth = std::max(kindWidth, fontMetrics().horizontalAdvance(EntitySearchModel::kindTitle(static_cast<EntityKind>(kind))));
    m_results->horizontalHeader()->setSectionResizeMode(EntitySearchModel::KindColumn, QHeaderView::Fixed);
    m_results->horizontalHeader()->resizeSection(EntitySearchModel::KindColumn, kindWidth + 4 * fontMetrics().averageCharWidth());
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
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

QList<Id> FindDialog::matches() const
{
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
