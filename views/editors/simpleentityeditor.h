#pragma once

// One editor for the kinds that differ only in their fields: a data subject category (name,
// description), a source (name, kind) and a security measure (name, kind, description), each
// with its evidence. A field the kind does not have is not built.

#include "kindeditor.h"

namespace ropa {

class EvidenceEditor;
class TextAreaField;
class TextField;

class SimpleEntityEditor : public KindEditor
{
    Q_OBJECT
public:
    // kind: DataSubject, Source or SecurityMeasure.
    SimpleEntityEditor(Project *project, EntityKind kind, QWidget *parent = nullptr);

    static bool handles(EntityKind kind);

protected:
    void load(bool force) override;

private:
    // Calls f with the shown entity's type: f(DataSubject{}), f(Source{}) or f(SecurityMeasure{}).
    template <typename F> void withType(F &&f) const;

    TextField *m_name;
    ChoiceCombo *m_kindCombo = nullptr;     // sources and security measures
    TextAreaField *m_description = nullptr; // data subjects and security measures
    EvidenceEditor *m_evidence;
};

} // namespace ropa
