#include "importsummaryview.h"

#include "app/importcolumnseditor.h"
#include "itemmodels/entitytablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ropa {

using namespace importer;

namespace {

// The kinds an import makes, in the navigator's order.
constexpr EntityKind importedKinds[] = {EntityKind::Activity,        EntityKind::DataCategory, EntityKind::DataSubject,
                                        EntityKind::Source,          EntityKind::Party,        EntityKind::Transfer,
                                        EntityKind::SecurityMeasure, EntityKind::System};

QString rowList(const QList<int> &rows)
{
    QStringList texts;
    for (const int r : rows)
        texts.append(QString::number(r));
    return texts.join(QStringLiteral(", "));
}

} // namespace

ImportSummaryView::ImportSummaryView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counts = new QTreeWidget(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setRootIsDecorated(false);
    m_counts->setHeaderLabels({tr("Kind"), tr("New"), tr("Already in the project")});
    m_counts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_counts->header()->setStretchLastSection(false);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);

    m_unresolvedTitle = new QLabel(this);
    m_unresolvedTitle->setWordWrap(true);
    m_unresolved = new QTreeWidget(this);
    m_unresolved->setObjectName(QStringLiteral("importUnresolved"));
    m_unresolved->setRootIsDecorated(false);
    m_unresolved->setHeaderLabels({tr("Field"), tr("Value as written"), tr("Rows"), tr("Read as")});
    m_unresolved->headerItem()->setToolTip(
        ReadAsColumn, tr("Type what the value means (“consent”, “US, IN”, “6 years”); every row that has it reads so"));
    m_unresolved->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    connect(m_unresolved, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != ReadAsColumn)
            return;
        Q_EMIT valueMapped(static_cast<Field>(item->data(FieldColumn, Qt::UserRole).toInt()), item->text(ValueColumn),
                           item->text(ReadAsColumn).trimmed());
    });
    m_unresolved->header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_unresolved->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_unresolved->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_unresolved->header()->setSectionResizeMode(ReadAsColumn, QHeaderView::Interactive);
    m_unresolved->header()->resizeSection(ReadAsColumn, 220);
    m_unresolved->header()->setStretchLastSection(false);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    layout->addWidget(m_unresolvedTitle);
    layout->addWidget(m_unresolved, 3);
    layout->addWidget(m_notes);
    clear();
}

void ImportSummaryView::clear()
{
    m_summary->clear();
    m_counts->clear();
    m_unresolved->clear();
    m_unresolvedTitle->clear();
    m_notes->clear();
}

void ImportSummaryView::setOutcome(const ImportPlan &plan, const ImportResult &result, bool changesNothing,
                                   const QList<ValueMapping> &values)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    clear();
    QStringList lines;
    lines.append(tr("The sheet holds %n activities.", nullptr, int(plan.activities.size())));
    if (changesNothing) {
        lines.append(tr("The project already has everything it says: importing it changes nothing."));
    } else {
        QStringList parts;
        if (!result.addedActivities.isEmpty())
            parts.append(tr("%n will be added", nullptr, int(result.addedActivities.size())));
        if (!result.updatedActivities.isEmpty())
            parts.append(tr("%n already in the project will gain what they lacked", nullptr,
                            int(result.updatedActivities.size())));
        if (!result.matchedActivities.isEmpty())
            parts.append(
                tr("%n already in the project stay as they are", nullptr, int(result.matchedActivities.size())));
        lines.append(parts.join(QStringLiteral("; ")) + u'.');
    }
    m_summary->setText(lines.join(u'\n'));
    if (!result.updatedActivities.isEmpty())
        m_summary->setToolTip(tr("Gain what they lacked: %1").arg(result.updatedActivities.join(QStringLiteral(", "))));

    for (const EntityKind kind : importedKinds) {
        const KindCounts &c = result.count(kind);
        if (c.added == 0 && c.matched == 0)
            continue;
        auto *item = new QTreeWidgetItem(m_counts);
        item->setText(KindColumn, sectionTitle(sectionForKind(kind)));
        item->setText(AddedColumn, QLocale().toString(c.added));
        item->setText(MatchedColumn, QLocale().toString(c.matched));
        item->setTextAlignment(AddedColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(MatchedColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(KindColumn, Qt::UserRole, static_cast<int>(kind));
    }
    // As tall as its rows: the unresolved values below get the room.
    const int rows = m_counts->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_counts->visualItemRect(m_counts->topLevelItem(0)).height() : 0;
    m_counts->setFixedHeight(m_counts->header()->sizeHint().height() +
                             rows * std::max(rowHeight, fontMetrics().height() + 2) + 2 * m_counts->frameWidth() + 4);

    m_unresolvedTitle->setText(
        plan.unresolved.isEmpty()
            ? tr("Every value was resolved.")
            : tr("%n value(s) Ropa could not resolve. Nothing is guessed for them: type what one reads as "
                 "(double-click "
                 "Read as) and every row with it follows, or correct them in the spreadsheet, or in the project after "
                 "the import.",
                 nullptr, int(plan.unresolved.size())));
    const auto add = [this, &values](Field field, const QString &value, const QString &where) {
        auto *item = new QTreeWidgetItem(m_unresolved);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setText(FieldColumn, ImportColumnsEditor::fieldLabel(field));
        item->setData(FieldColumn, Qt::UserRole, static_cast<int>(field));
        item->setText(ValueColumn, value);
        item->setToolTip(ValueColumn, value);
        item->setText(RowsColumn, where);
        for (const ValueMapping &v : values) {
            if (v.field == field && v.value == value)
                item->setText(ReadAsColumn, v.as);
        }
        return item;
    };
    for (const UnresolvedValue &u : plan.unresolved)
        add(u.field, u.value, rowList(u.rows));
    // The values the user mapped that now resolve: listed too, to change or take back.
    for (const ValueMapping &v : values) {
        bool listed = false;
        for (const UnresolvedValue &u : plan.unresolved)
            listed = listed || (u.field == v.field && u.value == v.value);
        if (!listed)
            add(v.field, v.value, tr("resolved"));
    }
    m_unresolved->setVisible(m_unresolved->topLevelItemCount() > 0);

    QStringList notes = result.notes;
    if (!notes.isEmpty())
        m_notes->setText(tr("Notes:") + u'\n' + u'•' + u' ' + notes.join(QStringLiteral("\n• ")));
}

} // namespace ropa
