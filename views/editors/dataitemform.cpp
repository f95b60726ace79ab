#include "dataitemform.h"

#include "domain/projectdata.h"
#include "domain/validation.h"
#include "editorhelpers.h"
#include "fields.h"
#include "labels.h"

#include <QFormLayout>
#include <QListWidget>

namespace ropa {

using namespace editors;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString durationProblem(const QString &text)
{
    if (text.isEmpty() || isIsoDuration(text))
        return {};
    return DataItemForm::tr("“%1” is not an ISO 8601 duration: P30D (days), P6M (months), P7Y (years), P1Y6M.")
        .arg(text);
}

using Choices = QList<std::pair<QString, QVariant>>;

// Replaces the combo's choices only when they differ: the form is loaded again after each of
// its own edits, from within the combo's signal.
void setChoices(ChoiceCombo *combo, const Choices &choices, const QVariant &value)
{
    bool same = combo->count() == choices.size();
    for (int i = 0; same && i < combo->count(); ++i)
        same = combo->itemText(i) == choices.at(i).first && combo->itemData(i) == choices.at(i).second;
    if (!same) {
        combo->clearChoices();
        for (const auto &[text, data] : choices)
            combo->addChoice(text, data);
    }
    combo->setValue(value);
}

template <typename T> QString nameIn(const ProjectData &data, const Id &id)
{
    const T *e = data.find<T>(id);
    return e ? e->name : DataItemForm::tr("(missing)");
}

} // namespace

DataItemForm::DataItemForm(QWidget *parent)
    : QWidget(parent)
    , m_category(new ChoiceCombo(this))
    , m_subject(new ChoiceCombo(this))
    , m_sources(new QListWidget(this))
    , m_purpose(new TextField(this))
    , m_retention(new TextField(this))
    , m_retentionText(new TextField(this))
    , m_obligation(new ChoiceCombo(this))
    , m_consequence(new TextField(this))
{
    m_category->setObjectName(QStringLiteral("dataItemCategory"));
    m_subject->setObjectName(QStringLiteral("dataItemSubject"));
    m_sources->setObjectName(QStringLiteral("dataItemSources"));
    m_sources->setToolTip(tr("Where this data item comes from; check to add a source"));
    m_purpose->setObjectName(QStringLiteral("dataItemPurpose"));
    m_purpose->setPlaceholderText(tr("Why it is collected"));
    m_retention->setObjectName(QStringLiteral("dataItemRetention"));
    m_retention->setCheck(durationProblem);
    m_retention->setPlaceholderText(tr("ISO 8601, e.g. P7Y"));
    m_retentionText->setObjectName(QStringLiteral("dataItemRetentionText"));
    m_retentionText->setPlaceholderText(tr("As written, e.g. 7 years after the contract ends"));
    m_obligation->setObjectName(QStringLiteral("dataItemObligation"));
    m_obligation->addChoice(tr("not stated"), QVariant());
    m_obligation->addEnum<Obligation>(&Labels::obligation);
    m_consequence->setObjectName(QStringLiteral("dataItemConsequence"));
    m_consequence->setPlaceholderText(tr("What happens when the data subject does not provide it"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(8, 4, 8, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each label above its field: the form sits indented in a frame, where a label column would
    // leave the fields too narrow in Dutch and German, and rows wrapped only where they do not fit
    // made the form's height depend on a width its parent guessed.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(4);
    form->addRow(tr("Data category:"), m_category);
    form->addRow(tr("Data subjects:"), m_subject);
    form->addRow(tr("Sources:"), m_sources);
    form->addRow(tr("Collected for:"), m_purpose);
    form->addRow(tr("Retention:"), m_retention);
    form->addRow(tr("Retention as written:"), m_retentionText);
    form->addRow(tr("Provision:"), m_obligation);
    form->addRow(tr("If not provided:"), m_consequence);

    connect(m_category, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        if (idValue(v).isNull())
            return;
        m_item.category = idValue(v);
        commit(EditStep::Separate);
    });
    connect(m_subject, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        m_item.subject = idValue(v);
        commit(EditStep::Separate);
    });
    connect(m_sources, &QListWidget::itemChanged, this, &DataItemForm::onSourceChanged);
    connect(m_purpose, &TextField::edited, this, [this](const QString &v) {
        m_item.purpose = v;
        commit(EditStep::Merging);
    });
    connect(m_retention, &TextField::edited, this, [this](const QString &v) {
        m_item.retention = v.trimmed();
        commit(EditStep::Merging);
    });
    connect(m_retentionText, &TextField::edited, this, [this](const QString &v) {
        m_item.retentionText = v;
        commit(EditStep::Merging);
    });
    connect(m_obligation, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        m_item.obligation = variantEnum<Obligation>(v);
        commit(EditStep::Separate);
    });
    connect(m_consequence, &TextField::edited, this, [this](const QString &v) {
        m_item.consequence = v;
        commit(EditStep::Merging);
    });
}

void DataItemForm::fillChoices(const Activity &activity, const ProjectData &data)
{
    IdList categories = activity.dataCategories;
    if (!m_item.category.isNull() && !categories.contains(m_item.category))
        categories.prepend(m_item.category);
    Choices choices;
    for (const Id &id : std::as_const(categories))
        choices.append({nameIn<DataCategory>(data, id), idVariant(id)});
    setChoices(m_category, choices, idVariant(m_item.category));

    IdList subjects = activity.dataSubjects;
    if (!m_item.subject.isNull() && !subjects.contains(m_item.subject))
        subjects.prepend(m_item.subject);
    choices = {{tr("every data subject of the activity"), idVariant(Id())}};
    for (const Id &id : std::as_const(subjects))
        choices.append({nameIn<DataSubject>(data, id), idVariant(id)});
    setChoices(m_subject, choices, idVariant(m_item.subject));

    QList<std::pair<QString, Id>> sources;
    for (const auto &[id, s] : data.sources)
        sources.append({s.name, id});
    std::sort(sources.begin(), sources.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    // The items are made again only when the sources changed (never from within the list's
    // own itemChanged, which a check of the user's ends in).
    bool same = m_sources->count() == sources.size();
    for (int i = 0; same && i < m_sources->count(); ++i)
        same = m_sources->item(i)->text() == sources.at(i).first &&
               m_sources->item(i)->data(IdRole).value<QUuid>() == sources.at(i).second;
    if (!same) {
        m_sources->clear();
        for (const auto &[name, id] : std::as_const(sources)) {
            auto *item = new QListWidgetItem(name, m_sources);
            item->setData(IdRole, QVariant::fromValue(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked); // shows the check box
        }
        fitListHeight(m_sources, 2, 6);
    }
    for (int i = 0; i < m_sources->count(); ++i) {
        QListWidgetItem *item = m_sources->item(i);
        const auto state = m_item.sources.contains(item->data(IdRole).value<QUuid>()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

void DataItemForm::setItem(const DataItem &item, const Activity &activity, const ProjectData &data, bool force)
{
    m_loading = true;
    m_item = item;
    fillChoices(activity, data);
    m_purpose->setValue(item.purpose, force);
    m_retention->setValue(item.retention, force);
    m_retentionText->setValue(item.retentionText, force);
    m_obligation->setValue(enumVariant(item.obligation));
    m_consequence->setValue(item.consequence, force);
    m_loading = false;
}

void DataItemForm::onSourceChanged(QListWidgetItem *item)
{
    if (m_loading)
        return;
    const Id id = item->data(IdRole).value<QUuid>();
    m_item.sources.removeAll(id);
    if (item->checkState() == Qt::Checked)
        m_item.sources.append(id);
    commit(EditStep::Separate);
}

void DataItemForm::commit(EditStep step)
{
    if (!m_loading)
        Q_EMIT edited(m_item, step);
}

} // namespace ropa
