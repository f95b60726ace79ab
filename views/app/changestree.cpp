#include "changestree.h"

#include "itemmodels/entitytablemodel.h"

#include <QHeaderView>

namespace ropa {

namespace {

enum Roles {
    ChangeRole = Qt::UserRole + 1, // the change's index in the diff (change and field rows)
    PickRole,                      // the pick's key (ticked rows)
    GroupRole,                     // the group's kind key (group rows)
};

QString groupTitle(const compare::Change &c)
{
    switch (c.subject) {
    case compare::Subject::Project: return ChangesTree::tr("Project details");
    case compare::Subject::AcceptedFinding: return ChangesTree::tr("Accepted findings");
    case compare::Subject::Entity: break;
    }
    return sectionTitle(sectionForKind(c.kind));
}

QString typeText(compare::ChangeType type)
{
    switch (type) {
    case compare::ChangeType::Added: return ChangesTree::tr("Added");
    case compare::ChangeType::Removed: return ChangesTree::tr("Removed");
    case compare::ChangeType::Changed: return ChangesTree::tr("Changed");
    }
    return {};
}

// A list's change as the items that went and came, else the whole value.
void fieldTexts(const compare::FieldChange &f, QString &before, QString &after)
{
    before = f.oldText;
    after = f.newText;
    QStringList notes;
    if (!f.added.isEmpty())
        notes.append(ChangesTree::tr("added: %1").arg(f.added.join(QStringLiteral("; "))));
    if (!f.removed.isEmpty())
        notes.append(ChangesTree::tr("removed: %1").arg(f.removed.join(QStringLiteral("; "))));
    if (f.reordered)
        notes.append(ChangesTree::tr("reordered"));
    if (!notes.isEmpty()) {
        if (after.isEmpty())
            after = ChangesTree::tr("(none)");
        after += QStringLiteral("\n(") + notes.join(QStringLiteral("; ")) + u')';
    }
}

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool matches(const compare::Change &c, const QString &text)
{
    if (text.isEmpty() || contains(c.name, text) || contains(c.oldName, text) || contains(c.kindName(), text))
        return true;
    for (const compare::FieldChange &f : c.fields) {
        if (contains(f.label, text) || contains(f.oldText, text) || contains(f.newText, text))
            return true;
    }
    return false;
}

} // namespace

ChangesTree::ChangesTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("changesTree"));
    setColumnCount(4);
    setSideTitles(tr("Before"), tr("After"));
    setUniformRowHeights(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->resizeSection(NameColumn, 320);
    header()->resizeSection(ChangeColumn, 90);
    header()->resizeSection(OldColumn, 260);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (!m_filling && column == NameColumn)
            Q_EMIT tickedChanged();
    });
}

void ChangesTree::setSideTitles(const QString &older, const QString &newer, const QString &olderPlace,
                                const QString &newerPlace)
{
    m_olderTitle = older;
    m_newerTitle = newer;
    m_olderPlace = olderPlace.isEmpty() ? older : olderPlace;
    m_newerPlace = newerPlace.isEmpty() ? newer : newerPlace;
    setHeaderLabels({tr("Entity or field"), tr("Change"), older, newer});
}

QTreeWidgetItem *ChangesTree::newGroup(const compare::Change &change) const
{
    auto *group = new QTreeWidgetItem;
    group->setData(NameColumn, GroupRole, change.kindKey());
    group->setText(NameColumn, groupTitle(change));
    QFont bold = font();
    bold.setBold(true);
    group->setFont(NameColumn, bold);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void ChangesTree::addChange(QTreeWidgetItem *group, int index, bool checkable, const QSet<QString> &ticked)
{
    const compare::Change &c = m_diff.changes.at(index);
    auto *item = new QTreeWidgetItem(group);
    item->setData(NameColumn, ChangeRole, index);
    QString name = c.subject == compare::Subject::Project ? tr("Project details") : c.name;
    if (!c.oldName.isEmpty())
        name = tr("%1 (was “%2”)").arg(c.name, c.oldName);
    item->setText(NameColumn, name);
    item->setToolTip(NameColumn, name);
    item->setText(ChangeColumn, typeText(c.type));
    if (c.type == compare::ChangeType::Added)
        item->setText(NewColumn, tr("only in %1").arg(m_newerPlace));
    else if (c.type == compare::ChangeType::Removed)
        item->setText(OldColumn, tr("only in %1").arg(m_olderPlace));
    const QList<compare::Pick> picks = compare::picksOf(c);
    const bool byField = picks.size() > 1 || !picks.constFirst().field.isEmpty();
    if (checkable && !byField) {
        item->setData(NameColumn, PickRole, picks.constFirst().key());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, ticked.contains(picks.constFirst().key()) ? Qt::Checked : Qt::Unchecked);
    } else if (checkable) {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    }
    for (const compare::FieldChange &f : c.fields) {
        auto *field = new QTreeWidgetItem(item);
        field->setData(NameColumn, ChangeRole, index);
        field->setText(NameColumn, f.label);
        QString before, after;
        fieldTexts(f, before, after);
        field->setText(OldColumn, before.isEmpty() ? tr("(not stated)") : before);
        field->setText(NewColumn, after.isEmpty() ? tr("(not stated)") : after);
        field->setToolTip(OldColumn, before);
        field->setToolTip(NewColumn, after);
        if (checkable && byField) {
            const QString key = compare::pickOf(c, f).key();
            field->setData(NameColumn, PickRole, key);
            field->setFlags(field->flags() | Qt::ItemIsUserCheckable);
            field->setCheckState(NameColumn, ticked.contains(key) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ChangesTree::setDiff(const compare::Diff &diff, bool checkable, const QSet<QString> &ticked)
{
    m_filling = true;
    setUpdatesEnabled(false);
    clear();
    m_diff = diff;
    // Built apart from the tree and added at once: one insertion instead of one per row.
    QList<QTreeWidgetItem *> groups;
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        const compare::Change &c = m_diff.changes.at(i);
        if (groups.isEmpty() || groups.constLast()->data(NameColumn, GroupRole).toString() != c.kindKey())
            groups.append(newGroup(c));
        addChange(groups.constLast(), i, checkable, ticked);
    }
    for (QTreeWidgetItem *group : std::as_const(groups))
        group->setText(NameColumn, tr("%1 (%2)").arg(group->text(NameColumn)).arg(group->childCount()));
    addTopLevelItems(groups);
    expandAll();
    for (QTreeWidgetItem *group : std::as_const(groups)) {
        group->setFirstColumnSpanned(true);
        // Changed entities with many fields stay readable: their fields open on demand.
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->childCount() > 12)
                group->child(i)->setExpanded(false);
        }
    }
    setUpdatesEnabled(true);
    m_filling = false;
}

void ChangesTree::setFilter(const QString &text, std::optional<compare::ChangeType> type)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const compare::Change *c = changeOf(item);
            const bool show = c && (!type || c->type == *type) && matches(*c, needle);
            item->setHidden(!show);
            shown += show ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int ChangesTree::visibleChanges() const
{
    int n = 0;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            n += group->isHidden() || group->child(i)->isHidden() ? 0 : 1;
    }
    return n;
}

const compare::Change *ChangesTree::changeOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const QVariant index = item->data(NameColumn, ChangeRole);
    if (!index.isValid() || index.toInt() < 0 || index.toInt() >= m_diff.changes.size())
        return nullptr;
    return &m_diff.changes.at(index.toInt());
}

QTreeWidgetItem *ChangesTree::itemOf(const Id &id) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const compare::Change *c = changeOf(group->child(i));
            if (c && c->subject == compare::Subject::Entity && c->id == id)
                return group->child(i);
        }
    }
    return nullptr;
}

QList<QTreeWidgetItem *> ChangesTree::leaves() const
{
    QList<QTreeWidgetItem *> found;
    for (QTreeWidgetItemIterator it(const_cast<ChangesTree *>(this)); *it; ++it) {
        if ((*it)->data(NameColumn, PickRole).isValid())
            found.append(*it);
    }
    return found;
}

QList<compare::Pick> ChangesTree::tickedPicks() const
{
    QList<compare::Pick> picks;
    for (QTreeWidgetItem *leaf : leaves()) {
        if (leaf->checkState(NameColumn) != Qt::Checked)
            continue;
        const compare::Change *c = changeOf(leaf);
        if (!c)
            continue;
        const QString key = leaf->data(NameColumn, PickRole).toString();
        for (const compare::Pick &p : compare::picksOf(*c)) {
            if (p.key() == key)
                picks.append(p);
        }
    }
    return picks;
}

QSet<QString> ChangesTree::tickedKeys() const
{
    QSet<QString> keys;
    for (QTreeWidgetItem *leaf : leaves()) {
        if (leaf->checkState(NameColumn) == Qt::Checked)
            keys.insert(leaf->data(NameColumn, PickRole).toString());
    }
    return keys;
}

bool ChangesTree::setTicked(const QString &pickKey, bool ticked)
{
    for (QTreeWidgetItem *leaf : leaves()) {
        if (leaf->data(NameColumn, PickRole).toString() == pickKey) {
            leaf->setCheckState(NameColumn, ticked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void ChangesTree::setAllTicked(bool ticked)
{
    m_filling = true;
    for (QTreeWidgetItem *leaf : leaves())
        leaf->setCheckState(NameColumn, ticked ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    Q_EMIT tickedChanged();
}

} // namespace ropa
