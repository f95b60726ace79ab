#pragma once

// The editor of a document: its title, kind, address, date and text, which entities cite it,
// and which link it (as an attachment, a DPA, a DPIA report).

#include "kindeditor.h"

class QLabel;

namespace ropa {

class DateField;
class TextAreaField;
class TextField;

class DocumentEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit DocumentEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;

private:
    TextField *m_title;
    ChoiceCombo *m_kind;
    TextField *m_url;
    DateField *m_date;
    TextAreaField *m_text;
    QLabel *m_citedBy;
    QLabel *m_linkedFrom;
};

} // namespace ropa
