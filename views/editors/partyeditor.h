#pragma once

// The editor of a party: who it is, where it is, its contact, DPO and representative, the
// agreements with it (the DPA: yes, no or not stated, its date and document; the notice period
// to object to a new subprocessor and the deadline of the last change notice), its linked
// documents, and evidence.

#include "kindeditor.h"

class QCheckBox;
class QGroupBox;
class QSpinBox;

namespace ropa {

class CountryField;
class CountryListField;
class DateField;
class EvidenceEditor;
class HintLabel;
class LinkPicker;
class ListField;
class TextAreaField;
class TextField;

// A checkable group of name, function, e-mail and phone (a DPO, a representative), or the plain
// contact of a party (not checkable).
struct ContactFields
{
    QGroupBox *group = nullptr;
    TextField *name = nullptr;
    TextField *function = nullptr; // the person's function or job title
    TextField *email = nullptr;
    TextField *phone = nullptr;
};

class PartyEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit PartyEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;

private:
    ContactFields contactFields(const QString &title, bool checkable, const QString &objectName);
    void loadContact(const ContactFields &fields, const std::optional<Contact> &contact, bool force);
    void onOwnToggled(bool own);

    TextField *m_name;
    ChoiceCombo *m_kind;
    QCheckBox *m_named;
    QCheckBox *m_own;
    HintLabel *m_ownHint;
    CountryField *m_country;
    CountryListField *m_locations;
    TextAreaField *m_address;
    TextField *m_website;
    TextField *m_dpoNotRequired;
    ContactFields m_contact;
    ContactFields m_dpo;
    ContactFields m_representative;
    ChoiceCombo *m_dpaInPlace;
    DateField *m_dpaSigned;
    ChoiceCombo *m_dpaDocument;
    QWidget *m_dpaDocumentRow; // the document combo and its Show button
    ChoiceCombo *m_dpfCertified;
    QWidget *m_dpfRow; // the DPF combo and its hint
    HintLabel *m_dpfHint;
    // The DPA's notice period to object to a new subprocessor, the last change notice, and the
    // deadline they give (issue 20).
    QSpinBox *m_noticeDays;
    DateField *m_noticeReceived;
    HintLabel *m_deadline;
    ListField *m_certifications;
    LinkPicker *m_documents;
    TextAreaField *m_notes;
    EvidenceEditor *m_evidence;
};

} // namespace ropa
