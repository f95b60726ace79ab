#pragma once

// The data protection impact assessment of an activity (Art. 35): the screening that decides
// whether one is required (the nine EDPB/WP248 rev.01 criteria, the supervisory authority's
// list, high risk, the outcome and its report), and the DPIA itself: required, performed
// (yes, no, not stated), when, and its report.

#include "activitysection.h"

#include <QList>

class QCheckBox;

namespace ropa {

class ChoiceCombo;
class DateField;
class HintLabel;
class TextAreaField;

class DpiaSection : public ActivitySection
{
    Q_OBJECT

public:
    explicit DpiaSection(QWidget *parent = nullptr);
    void load(const Activity &activity, const ProjectData &data, bool force) override;
    bool hasContent(const Activity &activity) const override;
    void fillChoices(const ProjectData &data) override;

    QCheckBox *criterionBox(DpiaCriterion criterion) const;

private:
    QWidget *m_criteria;
    QList<QCheckBox *> m_criterionBoxes; // in enumNames<DpiaCriterion>() order
    ChoiceCombo *m_onAuthorityList;
    ChoiceCombo *m_highRisk;
    TextAreaField *m_outcome;
    ChoiceCombo *m_report;
    HintLabel *m_screeningHint;
    ChoiceCombo *m_required;
    ChoiceCombo *m_performed;
    DateField *m_done;
    ChoiceCombo *m_document;
};

} // namespace ropa
