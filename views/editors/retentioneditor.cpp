#include "retentioneditor.h"

#include "commands/edits.h"
#include "domain/project.h"
#include "domain/validation.h"
#include "fields.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

bool isEmptyRule(const RetentionRule &rule)
{
    return rule.duration.isEmpty() && rule.trigger.trimmed().isEmpty() && rule.text.trimmed().isEmpty();
}

QString durationProblem(const QString &text)
{
    if (text.isEmpty() || isIsoDuration(text))
        return {};
    return RetentionEditor::tr("“%1” is not an ISO 8601 duration. Write P, a number and a unit: P30D (days), "
                               "P6W (weeks), P6M (months), P6Y (years), or combine them: P1Y6M.")
        .arg(text);
}

} // namespace

RetentionEditor::RetentionEditor(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add retention rule"), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(6);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RetentionEditor::addRule);
    const auto markDirty = [this](EntityKind kind) {
        if (kind == EntityKind::DataCategory)
            m_namesDirty = true;
    };
    connect(m_project, &Project::entityAdded, this, markDirty);
    connect(m_project, &Project::entityChanged, this, markDirty);
    connect(m_project, &Project::entityRemoved, this, markDirty);
}

QList<RetentionRule> RetentionEditor::committed() const
{
    QList<RetentionRule> rules = m_rules;
    if (m_pending && !rules.isEmpty())
        rules.removeLast();
    return rules;
}

void RetentionEditor::setValue(const QList<RetentionRule> &rules, const IdList &activityCategories, bool force)
{
    const bool categoriesChanged = activityCategories != m_activityCategories || m_namesDirty;
    m_namesDirty = false;
    m_activityCategories = activityCategories;
    if (!force && rules == committed()) {
        if (categoriesChanged) {
            for (int i = 0; i < m_rows.size(); ++i)
                fillCategories(i);
        }
        return;
    }
    // A pending rule survives a change elsewhere in the activity, not a new activity.
    std::optional<RetentionRule> pending;
    if (m_pending && !force)
        pending = m_rules.last();
    m_rules = rules;
    m_pending = pending.has_value();
    if (pending)
        m_rules.append(*pending);
    rebuildRows();
    for (int i = 0; i < m_rows.size(); ++i)
        loadRow(i, force);
}

void RetentionEditor::rebuildRows()
{
    while (m_rows.size() > m_rules.size()) {
        RowWidgets row = m_rows.takeLast();
        row.frame->hide();
        row.frame->deleteLater(); // its Remove button may be the sender
    }
    while (m_rows.size() < m_rules.size()) {
        const int index = int(m_rows.size());
        RowWidgets row;
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        row.frame = frame;
        row.categories = new QListWidget(frame);
        row.categories->setObjectName(QStringLiteral("retentionCategories"));
        row.amount = new QSpinBox(frame);
        row.amount->setRange(1, 999);
        row.amount->setObjectName(QStringLiteral("retentionAmount"));
        row.unit = new ChoiceCombo(frame);
        row.unit->setObjectName(QStringLiteral("retentionUnit"));
        row.unit->setMinimumContentsLength(8);
        row.unit->addChoice(tr("not set"), int(NoUnit));
        row.unit->addChoice(tr("days"), int(Days));
        row.unit->addChoice(tr("weeks"), int(Weeks));
        row.unit->addChoice(tr("months"), int(Months));
        row.unit->addChoice(tr("years"), int(Years));
        row.unit->addChoice(tr("other (ISO 8601)"), int(OtherUnit), tr("A duration such as P1Y6M, typed on the right"));
        row.duration = new TextField(frame);
        row.duration->setObjectName(QStringLiteral("retentionDuration"));
        row.duration->setPlaceholderText(tr("ISO 8601, e.g. P6Y"));
        row.duration->setCheck(durationProblem);
        row.duration->setToolTip(tr("The duration in ISO 8601: P30D, P6M, P6Y, P1Y6M"));
        row.trigger = new TextField(frame);
        row.trigger->setObjectName(QStringLiteral("retentionTrigger"));
        row.trigger->setPlaceholderText(tr("e.g. end of contract, account dormant"));
        row.legalReference = new TextField(frame);
        row.legalReference->setObjectName(QStringLiteral("retentionLegalReference"));
        row.legalReference->setPlaceholderText(tr("e.g. Art. 52 AWR (tax law)"));
        row.text = new TextAreaField(2, frame);
        row.text->setObjectName(QStringLiteral("retentionText"));
        row.text->setPlaceholderText(tr("As written in the source"));
        row.hint = new HintLabel(frame);
        row.remove = new QPushButton(tr("Remove rule"), frame);

        auto *durationRow = new QHBoxLayout;
        durationRow->setContentsMargins(0, 0, 0, 0);
        durationRow->addWidget(row.amount, 0, Qt::AlignTop);
        durationRow->addWidget(row.unit, 0, Qt::AlignTop);
        durationRow->addWidget(row.duration, 1);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(tr("Categories:"), row.categories);
        form->addRow(tr("Keep for:"), durationRow);
        form->addRow(tr("After:"), row.trigger);
        form->addRow(tr("Legal reference:"), row.legalReference);
        form->addRow(tr("As written:"), row.text);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(row.hint, 1);
        bottom->addWidget(row.remove, 0, Qt::AlignRight | Qt::AlignTop);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addLayout(form);
        layout->addLayout(bottom);
        m_rowsLayout->addWidget(frame);

        connect(row.categories, &QListWidget::itemChanged, this, [this, index] {
            if (!m_loading)
                ruleEdited(index, MergeId::None);
        });
        connect(row.amount, &QSpinBox::valueChanged, this, [this, index] {
            if (!m_loading)
                amountEdited(index);
        });
        connect(row.unit, &ChoiceCombo::edited, this, [this, index] { amountEdited(index); });
        connect(row.duration, &TextField::edited, this, [this, index](const QString &text) {
            m_rules[index].duration = text.trimmed();
            showUnit(index, m_rules[index].duration);
            ruleEdited(index, MergeId::EditRetention);
        });
        connect(row.trigger, &TextField::edited, this, [this, index](const QString &text) {
            m_rules[index].trigger = text;
            ruleEdited(index, MergeId::EditRetention);
        });
        connect(row.legalReference, &TextField::edited, this, [this, index](const QString &text) {
            m_rules[index].legalReference = text;
            ruleEdited(index, MergeId::EditRetention);
        });
        connect(row.text, &TextAreaField::edited, this, [this, index](const QString &text) {
            m_rules[index].text = text;
            ruleEdited(index, MergeId::EditRetention);
        });
        connect(row.remove, &QPushButton::clicked, this, [this, index] { removeRule(index); });
        m_rows.append(row);
    }
}

void RetentionEditor::fillCategories(int index)
{
    const RowWidgets &row = m_rows.at(index);
    const RetentionRule &rule = m_rules.at(index);
    // The activity's categories, and any the rule names that the activity does not.
    IdList ids = m_activityCategories;
    for (const Id &id : rule.categories) {
        if (!ids.contains(id))
            ids.append(id);
    }
    m_loading = true;
    row.categories->clear();
    for (const Id &id : std::as_const(ids)) {
        const DataCategory *c = m_project->find<DataCategory>(id);
        if (!c)
            continue;
        auto *item = new QListWidgetItem(edit::displayName(m_project->data(), *c), row.categories);
        item->setData(IdRole, QVariant::fromValue(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.categories.contains(id) ? Qt::Checked : Qt::Unchecked);
        if (!m_activityCategories.contains(id))
            item->setToolTip(tr("Not a data category of this activity"));
    }
    if (ids.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Link data categories to the activity first"), row.categories);
        item->setFlags(Qt::NoItemFlags);
    }
    fitListHeight(row.categories, 1, 5);
    m_loading = false;
}

void RetentionEditor::showUnit(int index, const QString &duration)
{
    static const QRegularExpression simple(QStringLiteral("^P(\\d+)([DWMY])$"));
    const RowWidgets &row = m_rows.at(index);
    m_loading = true;
    const auto match = simple.match(duration);
    if (duration.isEmpty()) {
        row.unit->setValue(int(NoUnit));
    } else if (match.hasMatch()) {
        row.amount->setValue(match.captured(1).toInt());
        const QChar unit = match.captured(2).at(0);
        row.unit->setValue(int(unit == u'D' ? Days : unit == u'W' ? Weeks : unit == u'M' ? Months : Years));
    } else {
        row.unit->setValue(int(OtherUnit));
    }
    const int unit = row.unit->value().toInt();
    row.amount->setEnabled(unit != NoUnit && unit != OtherUnit);
    m_loading = false;
}

void RetentionEditor::loadRow(int index, bool force)
{
    const RowWidgets &row = m_rows.at(index);
    const RetentionRule &rule = m_rules.at(index);
    fillCategories(index);
    showUnit(index, rule.duration);
    row.duration->setValue(rule.duration, force);
    row.trigger->setValue(rule.trigger, force);
    row.legalReference->setValue(rule.legalReference, force);
    row.text->setValue(rule.text, force);
    const bool pending = m_pending && index == m_rules.size() - 1;
    row.hint->setHint(isEmptyRule(rule)
                          ? (pending ? tr("A new rule is kept once it has a duration, a trigger or the text as "
                                          "written.")
                                     : tr("A rule needs a duration, a trigger or the text as written."))
                          : QString());
}

void RetentionEditor::amountEdited(int index)
{
    const RowWidgets &row = m_rows.at(index);
    const int unit = row.unit->value().toInt();
    row.amount->setEnabled(unit != NoUnit && unit != OtherUnit);
    QString duration;
    switch (unit) {
    case NoUnit: break;
    case Days: duration = QStringLiteral("P%1D").arg(row.amount->value()); break;
    case Weeks: duration = QStringLiteral("P%1W").arg(row.amount->value()); break;
    case Months: duration = QStringLiteral("P%1M").arg(row.amount->value()); break;
    case Years: duration = QStringLiteral("P%1Y").arg(row.amount->value()); break;
    case OtherUnit:
        row.duration->setFocus(); // typed on the right
        return;
    }
    m_rules[index].duration = duration;
    row.duration->setValue(duration, true);
    ruleEdited(index, MergeId::EditRetention);
}

void RetentionEditor::ruleEdited(int index, MergeId mergeId)
{
    const RowWidgets &row = m_rows.at(index);
    RetentionRule &rule = m_rules[index];
    rule.categories.clear();
    for (int i = 0; i < row.categories->count(); ++i) {
        const QListWidgetItem *item = row.categories->item(i);
        if (item->checkState() == Qt::Checked)
            rule.categories.append(item->data(IdRole).value<QUuid>());
    }
    const bool pending = m_pending && index == m_rules.size() - 1;
    if (isEmptyRule(rule)) {
        row.hint->setHint(pending ? tr("A new rule is kept once it has a duration, a trigger or the text as written.")
                                  : tr("A rule needs a duration, a trigger or the text as written; this change "
                                       "is not kept until it has one."));
        if (!pending)
            return;
    } else {
        row.hint->setHint({});
        if (pending)
            m_pending = false; // it is complete: it becomes a rule of the activity
    }
    for (const RetentionRule &other : committed()) {
        if (isEmptyRule(other))
            return; // another rule was emptied; its own hint says so
    }
    Q_EMIT edited(committed(), mergeId);
}

void RetentionEditor::addRule()
{
    if (m_pending) {
        m_rows.last().trigger->setFocus();
        return;
    }
    RetentionRule rule;
    // A first rule most likely covers all of the activity's categories.
    if (m_rules.isEmpty())
        rule.categories = m_activityCategories;
    m_rules.append(rule);
    m_pending = true;
    rebuildRows();
    loadRow(int(m_rules.size() - 1), true);
    m_rows.last().trigger->setFocus();
}

void RetentionEditor::removeRule(int index)
{
    if (index < 0 || index >= m_rules.size())
        return;
    const bool pending = m_pending && index == m_rules.size() - 1;
    m_rules.removeAt(index);
    if (pending)
        m_pending = false;
    rebuildRows();
    for (int i = 0; i < m_rows.size(); ++i)
        loadRow(i, true);
    if (!pending)
        Q_EMIT edited(committed(), MergeId::None);
}

} // namespace ropa
