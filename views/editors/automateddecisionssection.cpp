#include "automateddecisionssection.h"

#include "editorhelpers.h"
#include "fields.h"

namespace ropa {

using namespace editors;

AutomatedDecisionsSection::AutomatedDecisionsSection(QWidget *parent)
    : ActivitySection(parent)
    , m_present(new ChoiceCombo(this))
    , m_profiling(new ChoiceCombo(this))
    , m_logic(new TextAreaField(3, this))
    , m_significance(new TextAreaField(3, this))
    , m_hint(new HintLabel(this))
{
    setObjectName(QStringLiteral("automatedDecisionsSection"));
    m_present->setObjectName(QStringLiteral("automatedDecisions"));
    m_present->addYesNoUnknown();
    setChoicesToolTip(m_present, tr("Art. 22(1) GDPR: a decision based solely on automated processing, including "
                                    "profiling, which produces legal effects concerning the data subject or "
                                    "similarly significantly affects them."));
    m_profiling->setObjectName(QStringLiteral("profiling"));
    m_profiling->addYesNoUnknown();
    setChoicesToolTip(m_profiling, tr("Art. 4(4) GDPR: automated processing to evaluate personal aspects, in "
                                      "particular to analyse or predict work performance, economic situation, health, "
                                      "preferences, interests, reliability, behaviour, location or movements."));
    m_logic->setObjectName(QStringLiteral("automatedLogic"));
    m_logic->setPlaceholderText(tr("Meaningful information about the logic involved (Art. 13(2)(f))"));
    m_significance->setObjectName(QStringLiteral("automatedSignificance"));
    m_significance->setPlaceholderText(tr("The significance and the envisaged consequences for the data subject"));

    addRow(tr("Automated decisions:"), withHint(m_present, m_hint));
    addRow(tr("Profiling:"), m_profiling);
    addRow(tr("Logic involved:"), m_logic);
    addRow(tr("Significance and consequences:"), m_significance);

    connect(m_present, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.automatedDecisions.present = boolOptional(v); }, MergeId::EditAutomatedDecisions);
    });
    connect(m_profiling, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.automatedDecisions.profiling = boolOptional(v); }, MergeId::EditAutomatedDecisions);
    });
    connect(m_logic, &TextAreaField::edited, this, [this](const QString &v) {
        change([v](Activity &a) { a.automatedDecisions.logic = v; }, MergeId::EditAutomatedDecisions,
               EditStep::Merging);
    });
    connect(m_significance, &TextAreaField::edited, this, [this](const QString &v) {
        change([v](Activity &a) { a.automatedDecisions.significance = v; }, MergeId::EditAutomatedDecisions,
               EditStep::Merging);
    });
}

void AutomatedDecisionsSection::load(const Activity &a, const ProjectData &, bool force)
{
    const AutomatedDecisions &d = a.automatedDecisions;
    m_present->setValue(optionalBool(d.present));
    m_profiling->setValue(optionalBool(d.profiling));
    m_logic->setValue(d.logic, force);
    m_significance->setValue(d.significance, force);
    // Art. 13(2)(f), 14(2)(g): where there are such decisions, the data subject is told the logic.
    m_hint->setNote(d.present == true && d.logic.trimmed().isEmpty()
                        ? tr("Automated decisions need meaningful information about the logic involved "
                             "(Art. 13(2)(f), 14(2)(g), 15(1)(h)).")
                        : QString());
}

bool AutomatedDecisionsSection::hasContent(const Activity &a) const
{
    return !a.automatedDecisions.isEmpty();
}

} // namespace ropa
