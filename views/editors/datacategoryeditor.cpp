#include "datacategoryeditor.h"

#include "editorhelpers.h"
#include "evidenceeditor.h"
#include "itemmodels/categorytreemodel.h"
#include "labels.h"

#include <QCheckBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

using namespace editors;

bool DataCategoryEditor::canBeParent(const ProjectData &data, const Id &category, const Id &parent)
{
    return canBeCategoryParent(data, category, parent);
}

DataCategoryEditor::DataCategoryEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::DataCategory, parent)
    , m_name(new TextField(this))
    , m_parent(new ChoiceCombo(this))
    , m_parentHint(new HintLabel(this))
    , m_description(new TextAreaField(3, this))
    , m_examples(new ListField(this))
    , m_special(new ChoiceCombo(this))
    , m_criminal(checkBox(tr("Criminal convictions and offences (Art. 10)"), this))
    , m_usCategory(new ChoiceCombo(this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->setToolTip(tr("The broader category this one belongs to"));
    m_description->setObjectName(QStringLiteral("description"));
    m_examples->setObjectName(QStringLiteral("examples"));
    m_examples->setPlaceholderText(tr("Example fields, one a line"));
    m_special->setObjectName(QStringLiteral("special"));
    m_special->addChoice(tr("not special"), QVariant(), tr("Not a special category of Art. 9(1)"));
    m_special->addEnum<SpecialCategory>(&Labels::special, [](SpecialCategory) {
        return tr("Art. 9(1) GDPR: processing needs an Art. 9(2) condition");
    });
    m_criminal->setObjectName(QStringLiteral("criminal"));
    m_usCategory->setObjectName(QStringLiteral("usCategory"));
    m_usCategory->addChoice(tr("not stated"), QVariant());
    m_usCategory->addEnum<UsCategory>(&Labels::usCategory);
    m_usCategory->setToolTip(tr("The category name of US state laws (CCPA/CPRA)"));
    m_evidence->setObjectName(QStringLiteral("evidence"));

    addRow(tr("Name:"), m_name);
    {
        // The combo and, under it, why a parent was refused.
        auto *parentBox = new QWidget(this);
        auto *parentLayout = new QVBoxLayout(parentBox);
        parentLayout->setContentsMargins(0, 0, 0, 0);
        parentLayout->setSpacing(2);
        parentLayout->addWidget(withGoTo(m_parent, EntityKind::DataCategory));
        parentLayout->addWidget(m_parentHint);
        m_parentHint->setObjectName(QStringLiteral("parentHint"));
        addRow(tr("Part of:"), parentBox);
    }
    addRow(tr("Description:"), m_description);
    addRow(tr("Examples:"), m_examples);
    addHeading(tr("Sensitivity"));
    addRow(tr("Special category:"), m_special);
    addWideRow(m_criminal);
    addRow(tr("US category:"), m_usCategory);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this, [this](const QString &v) {
        modify<DataCategory>([&](DataCategory &c) { c.name = v; }, MergeId::EditName);
    });
    connect(m_parent, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        // The combo offers no descendant, but the move is checked again (and refused with a
        // reason) where it is made.
        QString why;
        reparentCategory(*this->project(), entityId(), idValue(v), &why);
        m_parentHint->setHint(why);
        if (!why.isEmpty()) {
            if (const DataCategory *c = entity<DataCategory>())
                m_parent->setValue(idVariant(c->parent));
        }
    });
    connect(m_description, &TextAreaField::edited, this, [this](const QString &v) {
        modify<DataCategory>([&](DataCategory &c) { c.description = v; }, MergeId::EditDescription);
    });
    connect(m_examples, &ListField::edited, this, [this](const QStringList &v) {
        modify<DataCategory>([&](DataCategory &c) { c.examples = v; }, MergeId::EditExamples);
    });
    connect(m_special, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<DataCategory>([&](DataCategory &c) { c.special = variantEnum<SpecialCategory>(v); });
    });
    connect(m_criminal, &QCheckBox::toggled, this,
            [this](bool on) { modify<DataCategory>([&](DataCategory &c) { c.criminal = on; }); });
    connect(m_usCategory, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<DataCategory>([&](DataCategory &c) { c.usCategory = variantEnum<UsCategory>(v); });
    });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<DataCategory>([&](DataCategory &c) { c.evidence = v; }, mergeId);
    });
}

void DataCategoryEditor::load(bool force)
{
    const DataCategory *c = entity<DataCategory>();
    if (!c)
        return;
    if (force)
        m_parentHint->setHint(QString());
    setTitle(edit::displayName(project()->data(), *c));
    if (takeDirty(EntityKind::DataCategory) || force) {
        const ProjectData &data = project()->data();
        const Id self = c->id;
        fillEntities<DataCategory>(m_parent, tr("(top level)"), [&data, self](const DataCategory &candidate) {
            return canBeParent(data, self, candidate.id);
        });
    }
    m_parent->setValue(idVariant(c->parent));
    m_name->setValue(c->name, force);
    m_description->setValue(c->description, force);
    m_examples->setValue(c->examples, force);
    m_special->setValue(enumVariant(c->special));
    setChecked(m_criminal, c->criminal);
    // The category names of US state laws apply to an organisation in the United States: shown
    // when an own organisation is there, or when a value is stated (so that it can be cleared).
    const ProjectData &data = project()->data();
    const bool usOrganisation = std::any_of(data.parties.begin(), data.parties.end(), [](const auto &entry) {
        return entry.second.own && entry.second.country == u"US";
    });
    setRowVisible(m_usCategory, usOrganisation || c->usCategory.has_value());
    m_usCategory->setValue(enumVariant(c->usCategory));
    m_evidence->setValue(c->evidence, force);
}

} // namespace ropa
