#include "dataitemstable.h"

#include "dataitemform.h"
#include "domain/projectdata.h"
#include "fields.h"
#include "labels.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

namespace {

enum Column { CategoryColumn, SubjectColumn, RetentionColumn, ObligationColumn, ColumnCount };

QString categoryName(const ProjectData &data, const Id &id)
{
    const DataCategory *c = data.find<DataCategory>(id);
    return c ? c->name : DataItemsTable::tr("(missing)");
}

QString subjectName(const ProjectData &data, const Id &id)
{
    if (id.isNull())
        return DataItemsTable::tr("every data subject");
    const DataSubject *s = data.find<DataSubject>(id);
    return s ? s->name : DataItemsTable::tr("(missing)");
}

QString retentionText(const DataItem &item)
{
    if (!item.retention.isEmpty())
        return Labels::duration(item.retention);
    if (!item.retentionText.trimmed().isEmpty())
        return item.retentionText.trimmed();
    return Labels::notStated();
}

} // namespace

DataItemsTable::DataItemsTable(QWidget *parent)
    : ActivitySection(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add data item"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_hint(new HintLabel(this))
    , m_form(new DataItemForm(this))
{
    setObjectName(QStringLiteral("dataItems"));
    m_table->setObjectName(QStringLiteral("dataItemsTable"));
    m_table->setHorizontalHeaderLabels({tr("Data category"), tr("Data subjects"), tr("Retention"), tr("Provision")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The category takes the room left by the others (whose texts are short).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_remove->setEnabled(false);
    m_add->setToolTip(tr("Add a data item for one of the activity’s data categories"));
    m_remove->setToolTip(tr("Remove the selected data item"));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_form);
    // As tall as the item's fields: a taller height offered by the form around (its height for a
    // guessed width) stays below the frame, not inside it.
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_form->setParent(frame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(frame);
    layout->addStretch(1);
    form()->addRow(box);
    frame->setVisible(false);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_loading)
            return;
        const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
        m_selected = ranges.isEmpty() ? -1 : ranges.first().topRow();
        showSelected(true);
    });
    connect(m_add, &QPushButton::clicked, this, &DataItemsTable::addItem);
    connect(m_remove, &QPushButton::clicked, this, &DataItemsTable::removeItem);
    connect(m_form, &DataItemForm::edited, this, [this](const DataItem &item, EditStep step) {
        const int index = m_selected;
        if (index < 0)
            return;
        change(
            [index, item](Activity &a) {
                if (index < a.dataItems.size())
                    a.dataItems[index] = item;
            },
            MergeId::EditDataItems, step);
    });
}

void DataItemsTable::fillRows(const ProjectData &data)
{
    m_loading = true;
    m_table->setRowCount(int(m_activity.dataItems.size()));
    for (int row = 0; row < m_activity.dataItems.size(); ++row) {
        const DataItem &item = m_activity.dataItems.at(row);
        const QString texts[ColumnCount] = {
            categoryName(data, item.category), subjectName(data, item.subject), retentionText(item),
            item.obligation ? Labels::obligation(*item.obligation) : Labels::notStated()};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *cell = m_table->item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                m_table->setItem(row, column, cell);
            }
            cell->setText(texts[column]);
            cell->setToolTip(texts[column]);
        }
    }
    const int rows = std::clamp(int(m_activity.dataItems.size()), 1, 8);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth() + 2);
    if (m_selected >= m_table->rowCount())
        m_selected = m_table->rowCount() - 1;
    if (m_selected >= 0)
        m_table->selectRow(m_selected);
    else
        m_table->clearSelection();
    m_loading = false;
}

void DataItemsTable::showSelected(bool force)
{
    const bool shown = m_data && m_selected >= 0 && m_selected < m_activity.dataItems.size();
    m_remove->setEnabled(shown);
    m_form->parentWidget()->setVisible(shown);
    if (shown)
        m_form->setItem(m_activity.dataItems.at(m_selected), m_activity, *m_data, force);
}

void DataItemsTable::load(const Activity &activity, const ProjectData &data, bool force)
{
    const bool another = force || activity.id != m_activity.id;
    m_activity = activity;
    m_data = &data;
    if (another)
        m_selected = -1;
    fillRows(data);
    m_add->setEnabled(!activity.dataCategories.isEmpty());
    m_hint->setNote(activity.dataCategories.isEmpty() ? tr("Link the activity’s data categories first: a data item "
                                                           "is one of them, for a group of data subjects.")
                                                      : QString());
    showSelected(another);
}

void DataItemsTable::addItem()
{
    if (m_activity.dataCategories.isEmpty())
        return;
    // The first of the activity's categories that has no item yet, else the first one.
    DataItem item;
    item.category = m_activity.dataCategories.constFirst();
    for (const Id &id : std::as_const(m_activity.dataCategories)) {
        if (std::none_of(m_activity.dataItems.begin(), m_activity.dataItems.end(),
                         [&id](const DataItem &d) { return d.category == id; })) {
            item.category = id;
            break;
        }
    }
    m_selected = int(m_activity.dataItems.size());
    change([item](Activity &a) { a.dataItems.append(item); }, MergeId::EditDataItems);
    showSelected(true);
}

void DataItemsTable::removeItem()
{
    const int index = m_selected;
    if (index < 0 || index >= m_activity.dataItems.size())
        return;
    m_selected = index > 0 ? index - 1 : (m_activity.dataItems.size() > 1 ? 0 : -1);
    change(
        [index](Activity &a) {
            if (index < a.dataItems.size())
                a.dataItems.removeAt(index);
        },
        MergeId::EditDataItems);
    showSelected(true);
}

bool DataItemsTable::hasContent(const Activity &a) const
{
    return !a.dataItems.isEmpty();
}

} // namespace ropa
