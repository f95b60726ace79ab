#include "simpleentityeditor.h"

#include "editorhelpers.h"
#include "evidenceeditor.h"
#include "labels.h"

namespace ropa {

using namespace editors;

bool SimpleEntityEditor::handles(EntityKind kind)
{
    return kind == EntityKind::DataSubject || kind == EntityKind::Source || kind == EntityKind::SecurityMeasure;
}

template <typename F> void SimpleEntityEditor::withType(F &&f) const
{
    switch (kind()) {
    case EntityKind::DataSubject: f(DataSubject{}); break;
    case EntityKind::Source: f(Source{}); break;
    case EntityKind::SecurityMeasure: f(SecurityMeasure{}); break;
    default: Q_UNREACHABLE();
    }
}

SimpleEntityEditor::SimpleEntityEditor(Project *project, EntityKind kind, QWidget *parent)
    : KindEditor(project, kind, parent)
    , m_name(new TextField(this))
    , m_evidence(new EvidenceEditor(project, this))
{
    Q_ASSERT(handles(kind));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    if (kind == EntityKind::DataSubject)
        m_name->setPlaceholderText(tr("e.g. Customers, Call participants, Employees"));
    addRow(tr("Name:"), m_name);
    connect(m_name, &TextField::edited, this, [this](const QString &v) {
        withType([&]<typename T>(T) { modify<T>([&](T &e) { e.name = v; }, MergeId::EditName); });
    });

    if (kind == EntityKind::Source || kind == EntityKind::SecurityMeasure) {
        m_kindCombo = new ChoiceCombo(this);
        m_kindCombo->setObjectName(QStringLiteral("kind"));
        if (kind == EntityKind::Source)
            m_kindCombo->addEnum<SourceKind>(&Labels::sourceKind);
        else
            m_kindCombo->addEnum<MeasureKind>(&Labels::measureKind);
        addRow(tr("Kind:"), m_kindCombo);
        connect(m_kindCombo, &ChoiceCombo::edited, this, [this](const QVariant &v) {
            withType([&]<typename T>(T) {
                if constexpr (requires(T e) { e.kind; })
                    modify<T>([&](T &e) { e.kind = static_cast<decltype(e.kind)>(v.toInt()); });
            });
        });
    }

    if (kind == EntityKind::DataSubject || kind == EntityKind::SecurityMeasure) {
        m_description = new TextAreaField(4, this);
        m_description->setObjectName(QStringLiteral("description"));
        addRow(tr("Description:"), m_description);
        connect(m_description, &TextAreaField::edited, this, [this](const QString &v) {
            withType([&]<typename T>(T) {
                if constexpr (requires(T e) { e.description; })
                    modify<T>([&](T &e) { e.description = v; }, MergeId::EditDescription);
            });
        });
    }

    m_evidence->setObjectName(QStringLiteral("evidence"));
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        withType([&]<typename T>(T) { modify<T>([&](T &e) { e.evidence = v; }, mergeId); });
    });
}

void SimpleEntityEditor::load(bool force)
{
    withType([&]<typename T>(T) {
        const T *e = entity<T>();
        if (!e)
            return;
        setTitle(edit::displayName(project()->data(), *e));
        m_name->setValue(e->name, force);
        if constexpr (requires(const T &x) { x.kind; })
            m_kindCombo->setValue(static_cast<int>(e->kind));
        if constexpr (requires(const T &x) { x.description; })
            m_description->setValue(e->description, force);
        m_evidence->setValue(e->evidence, force);
    });
}

} // namespace ropa
