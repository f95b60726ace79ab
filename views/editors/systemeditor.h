#pragma once

// The editor of a system: an application, database or service the data is kept in ("Location
// of personal data" in the ICO template, "Systemen" in the Dutch register), who hosts it and
// where, with notes and evidence.

#include "kindeditor.h"

namespace ropa {

class CountryListField;
class EvidenceEditor;
class HintLabel;
class TextAreaField;
class TextField;

class SystemEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit SystemEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;
    bool prepare(QDeadlineTimer deadline) override;

private:
    bool fillPartyChoices();

    TextField *m_name;
    TextAreaField *m_description;
    ChoiceCombo *m_hostingParty;
    CountryListField *m_locations;
    HintLabel *m_locationsHint;
    TextAreaField *m_notes;
    EvidenceEditor *m_evidence;
};

} // namespace ropa
