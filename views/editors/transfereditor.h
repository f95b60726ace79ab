#pragma once

// The editor of a transfer: from and to, purpose, what it carries, and its Chapter V basis
// (countries, mechanism, SCC module, derogation) with hints from the checks' rules.

#include "kindeditor.h"

class QCheckBox;

namespace ropa {

class CountryListField;
class DateField;
class EvidenceEditor;
class HintLabel;
class LinkPicker;
class TextAreaField;
class TextField;

class TransferEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit TransferEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;
    bool prepare(QDeadlineTimer deadline) override;

private:
    bool fillPartyChoices();
    void updateMechanismHints(const Transfer &t);

    ChoiceCombo *m_from;
    ChoiceCombo *m_to;
    HintLabel *m_partiesHint;
    ChoiceCombo *m_role;
    LinkPicker *m_activities;
    QCheckBox *m_allCategories;
    LinkPicker *m_dataCategories;
    HintLabel *m_categoriesHint;
    TextField *m_purpose;
    CountryListField *m_countries;
    ChoiceCombo *m_mechanism;
    ChoiceCombo *m_sccModule;
    ChoiceCombo *m_derogation;
    HintLabel *m_mechanismHint;
    ChoiceCombo *m_occasional;
    HintLabel *m_occasionalHint;
    TextAreaField *m_safeguards;
    HintLabel *m_safeguardsHint;
    DateField *m_tiaDone;
    EvidenceEditor *m_evidence;
};

} // namespace ropa
