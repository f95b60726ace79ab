#include "linkpicker.h"

#include "domain/project.h"
#include "fields.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString newPlaceholder(EntityKind kind)
{
    switch (kind) {
    case EntityKind::DataSubject: return LinkPicker::tr("New data subject category…");
    case EntityKind::DataCategory: return LinkPicker::tr("New data category…");
    case EntityKind::Source: return LinkPicker::tr("New source…");
    case EntityKind::SecurityMeasure: return LinkPicker::tr("New security measure…");
    case EntityKind::Activity: return LinkPicker::tr("New processing activity…");
    case EntityKind::System: return LinkPicker::tr("New system…");
    case EntityKind::Document: return LinkPicker::tr("New document (title)…");
    default: return LinkPicker::tr("New…");
    }
}

QString macroText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::DataSubject: return LinkPicker::tr("Add and link data subject “%1”");
    case EntityKind::DataCategory: return LinkPicker::tr("Add and link data category “%1”");
    case EntityKind::Source: return LinkPicker::tr("Add and link source “%1”");
    case EntityKind::SecurityMeasure: return LinkPicker::tr("Add and link security measure “%1”");
    case EntityKind::Activity: return LinkPicker::tr("Add and link activity “%1”");
    case EntityKind::System: return LinkPicker::tr("Add and link system “%1”");
    case EntityKind::Document: return LinkPicker::tr("Add and link document “%1”");
    default: return LinkPicker::tr("Add and link “%1”");
    }
}

template <typename T> void collect(const ProjectData &data, QList<std::pair<QString, Id>> &out)
{
    for (const auto &[id, e] : data.table<T>())
        out.append({edit::displayName(data, AnyEntity(e)), id});
}

} // namespace

LinkPicker::LinkPicker(Project *project, LinkField field, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_field(field)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_newName(new QLineEdit(this))
    , m_addNew(new QPushButton(tr("Add new"), this))
{
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Check to link, uncheck to unlink; double-click to open."));
    m_newName->setPlaceholderText(newPlaceholder(linkTargetKind(field)));
    m_addNew->setEnabled(false);
    m_addNew->setToolTip(tr("Add a new entry with this name and link it"));
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_summary->setPalette(p);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_newName, 1);
    bottom->addWidget(m_addNew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, &LinkPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &LinkPicker::onItemChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT linkActivated(linkTargetKind(m_field), item->data(IdRole).value<QUuid>());
    });
    connect(m_newName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addNew->setEnabled(!text.trimmed().isEmpty() && !m_owner.isNull()); });
    connect(m_newName, &QLineEdit::returnPressed, this, &LinkPicker::addNew);
    connect(m_addNew, &QPushButton::clicked, this, &LinkPicker::addNew);

    // The items follow the entities of the target kind; the check marks follow the owner.
    const auto markDirty = [this](EntityKind kind) {
        if (kind == linkTargetKind(m_field))
            m_dirty = true;
    };
    connect(m_project, &Project::entityAdded, this, markDirty);
    connect(m_project, &Project::entityChanged, this, markDirty);
    connect(m_project, &Project::entityRemoved, this, markDirty);
    connect(m_project, &Project::projectReset, this, [this] { m_dirty = true; });
}

void LinkPicker::setOwner(const Id &owner)
{
    m_owner = owner;
    m_filter->clear();
    m_newName->clear();
    load();
}

IdList LinkPicker::linked() const
{
    const ProjectData &data = m_project->data();
    switch (m_field) {
    case LinkField::ActivityDataSubjects:
        if (const auto *a = data.find<Activity>(m_owner))
            return a->dataSubjects;
        break;
    case LinkField::ActivityDataCategories:
        if (const auto *a = data.find<Activity>(m_owner))
            return a->dataCategories;
        break;
    case LinkField::ActivitySources:
        if (const auto *a = data.find<Activity>(m_owner))
            return a->sources;
        break;
    case LinkField::ActivitySecurityMeasures:
        if (const auto *a = data.find<Activity>(m_owner))
            return a->securityMeasures;
        break;
    case LinkField::ActivitySystems:
        if (const auto *a = data.find<Activity>(m_owner))
            return a->systems;
        break;
    case LinkField::TransferActivities:
        if (const auto *t = data.find<Transfer>(m_owner))
            return t->activities;
        break;
    case LinkField::TransferDataCategories:
        if (const auto *t = data.find<Transfer>(m_owner))
            return t->dataCategories;
        break;
    case LinkField::ActivityDocuments:
        if (const auto *a = data.find<Activity>(m_owner))
            return a->documents;
        break;
    case LinkField::PartyDocuments:
        if (const auto *p = data.find<Party>(m_owner))
            return p->documents;
        break;
    }
    return {};
}

void LinkPicker::rebuild()
{
    const ProjectData &data = m_project->data();
    QList<std::pair<QString, Id>> items;
    switch (linkTargetKind(m_field)) {
    case EntityKind::DataSubject: collect<DataSubject>(data, items); break;
    case EntityKind::DataCategory: collect<DataCategory>(data, items); break;
    case EntityKind::Source: collect<Source>(data, items); break;
    case EntityKind::SecurityMeasure: collect<SecurityMeasure>(data, items); break;
    case EntityKind::System: collect<System>(data, items); break;
    case EntityKind::Activity: collect<Activity>(data, items); break;
    case EntityKind::Document: collect<Document>(data, items); break;
    default: break;
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    m_loading = true;
    m_list->clear();
    // Ten thousand activities: one insertion of every row (an item added at a time told the
    // view each time), then their id, flags and check box without a signal per item (the
    // view lays the rows out once, after this, and paints what it reads then).
    QStringList names;
    names.reserve(items.size());
    for (const auto &item : std::as_const(items))
        names.append(item.first);
    m_list->insertItems(0, names);
    {
        const QSignalBlocker blocker(m_list->model());
        for (int row = 0; row < items.size(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setData(IdRole, QVariant::fromValue(items.at(row).second));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_list->viewport()->update();
    m_loading = false;
    m_dirty = false;
    fitListHeight(m_list, 2, 8);
    applyFilter();
}

void LinkPicker::prepare()
{
    if (m_dirty)
        rebuild();
}

void LinkPicker::load()
{
    if (m_dirty)
        rebuild();
    const IdList ids = linked();
    m_loading = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const Qt::CheckState state = ids.contains(item->data(IdRole).value<QUuid>()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_loading = false;
    m_addNew->setEnabled(!m_newName->text().trimmed().isEmpty() && !m_owner.isNull());
    updateSummary();
}

void LinkPicker::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!filter.isEmpty() && !item->text().contains(filter, Qt::CaseInsensitive));
    }
}

void LinkPicker::updateSummary()
{
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ++checked;
    }
    m_summary->setText(tr("%1 of %2 linked").arg(checked).arg(m_list->count()));
}

bool LinkPicker::setChecked(const Id &target, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(IdRole).value<QUuid>() == target) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void LinkPicker::onItemChanged(QListWidgetItem *item)
{
    if (m_loading || m_owner.isNull())
        return;
    const Id target = item->data(IdRole).value<QUuid>();
    if (item->checkState() == Qt::Checked)
        edit::link(*m_project, m_owner, m_field, target);
    else
        edit::unlink(*m_project, m_owner, m_field, target);
    updateSummary();
}

AnyEntity LinkPicker::newEntity(const QString &name) const
{
    const Id id = QUuid::createUuid();
    switch (linkTargetKind(m_field)) {
    case EntityKind::DataSubject: return DataSubject{id, name, {}, {}};
    case EntityKind::DataCategory: {
        DataCategory c;
        c.id = id;
        c.name = name;
        return c;
    }
    case EntityKind::Source: return Source{id, name, SourceKind::Other, {}};
    case EntityKind::SecurityMeasure: return SecurityMeasure{id, name, MeasureKind::Other, {}, {}};
    case EntityKind::System: {
        System y;
        y.id = id;
        y.name = name;
        return y;
    }
    case EntityKind::Document: {
        Document d;
        d.id = id;
        d.title = name;
        return d;
    }
    case EntityKind::Activity: {
        // A new activity belongs to an own party: the transfer's sender when it is own.
        const ProjectData &data = m_project->data();
        Activity a;
        a.id = id;
        a.name = name;
        const Transfer *t = data.find<Transfer>(m_owner);
        const Party *from = t ? data.find<Party>(t->from) : nullptr;
        if (from && from->own) {
            a.organisation = from->id;
        } else {
            for (const auto &[partyId, party] : data.parties) {
                if (party.own) {
                    a.organisation = partyId;
                    break;
                }
            }
        }
        return a;
    }
    default: break;
    }
    Q_UNREACHABLE();
}

void LinkPicker::addNew()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty() || m_owner.isNull())
        return;
    const AnyEntity entity = newEntity(name);
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(macroText(linkTargetKind(m_field)).arg(name));
    const bool added = edit::add(*m_project, entity);
    if (added)
        edit::link(*m_project, m_owner, m_field, idOf(entity));
    stack->endMacro();
    m_newName->clear();
    m_filter->clear();
    load();
}

} // namespace ropa
