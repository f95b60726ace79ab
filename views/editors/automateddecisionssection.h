#pragma once

// Automated decision-making, including profiling (Art. 22, Art. 13(2)(f)): whether there is
// any, whether it involves profiling, the logic involved, and its significance and envisaged
// consequences for the data subject (ICO template column 17, the Dutch register's
// "Besluitvorming").

#include "activitysection.h"

namespace ropa {

class ChoiceCombo;
class HintLabel;
class TextAreaField;

class AutomatedDecisionsSection : public ActivitySection
{
    Q_OBJECT

public:
    explicit AutomatedDecisionsSection(QWidget *parent = nullptr);
    void load(const Activity &activity, const ProjectData &data, bool force) override;
    bool hasContent(const Activity &activity) const override;

private:
    ChoiceCombo *m_present;
    ChoiceCombo *m_profiling;
    TextAreaField *m_logic;
    TextAreaField *m_significance;
    HintLabel *m_hint;
};

} // namespace ropa
