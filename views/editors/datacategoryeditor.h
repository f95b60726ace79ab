#pragma once

// The editor of a data category: its place in the tree, examples, sensitivity, evidence.

#include "kindeditor.h"

class QCheckBox;

namespace ropa {

class EvidenceEditor;
class HintLabel;
class ListField;
class TextAreaField;
class TextField;

class DataCategoryEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit DataCategoryEditor(Project *project, QWidget *parent = nullptr);
    // The categories offered as a parent: all but this one and its descendants.
    static bool canBeParent(const ProjectData &data, const Id &category, const Id &parent);

protected:
    void load(bool force) override;

private:
    TextField *m_name;
    ChoiceCombo *m_parent;
    HintLabel *m_parentHint;
    TextAreaField *m_description;
    ListField *m_examples;
    ChoiceCombo *m_special;
    QCheckBox *m_criminal;
    ChoiceCombo *m_usCategory;
    EvidenceEditor *m_evidence;
};

} // namespace ropa
