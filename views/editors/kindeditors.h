#pragma once

// One editor per kind of entity, every field of JSON-FORMAT.md. Fields carry object names
// (the format's key in camelCase: "name", "country", "lawfulBasis", "sccModule", ...) so
// tests and screenshots can find them.

#include "kindeditor.h"

class QCheckBox;
class QGroupBox;

namespace ropa {

class CountryField;
class CountryListField;
class DateField;
class EvidenceEditor;
class HintLabel;
class LinkPicker;
class ListField;
class RetentionEditor;
class TextAreaField;
class TextField;

// A checkable group of name, e-mail and phone (a DPO, a representative), or the plain
// contact of a party (not checkable).
struct ContactFields
{
    QGroupBox *group = nullptr;
    TextField *name = nullptr;
    TextField *email = nullptr;
    TextField *phone = nullptr;
};

class DocumentEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit DocumentEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;

private:
    TextField *m_title;
    TextField *m_url;
    DateField *m_date;
    TextAreaField *m_text;
    QLabel *m_citedBy;
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
    ContactFields m_contact;
    ContactFields m_dpo;
    ContactFields m_representative;
    DateField *m_dpaSigned;
    ChoiceCombo *m_dpfCertified;
    HintLabel *m_dpfHint;
    ListField *m_certifications;
    TextAreaField *m_notes;
    EvidenceEditor *m_evidence;
};

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

class DataSubjectEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit DataSubjectEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;

private:
    TextField *m_name;
    TextAreaField *m_description;
    EvidenceEditor *m_evidence;
};

class SourceEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit SourceEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;

private:
    TextField *m_name;
    ChoiceCombo *m_kind;
    EvidenceEditor *m_evidence;
};

class SecurityMeasureEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit SecurityMeasureEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;

private:
    TextField *m_name;
    ChoiceCombo *m_kind;
    TextAreaField *m_description;
    EvidenceEditor *m_evidence;
};

class ActivityEditor : public KindEditor
{
    Q_OBJECT
public:
    explicit ActivityEditor(Project *project, QWidget *parent = nullptr);

protected:
    void load(bool force) override;
    bool prepare(QDeadlineTimer deadline) override;

private:
    bool fillPartyChoices();
    LinkPicker *picker(LinkField field, const QString &objectName);
    // Under a fact that is not stated: what the checks read from the notes instead.
    void updateInferredHints(const Activity &a);

    TextField *m_name;
    ChoiceCombo *m_organisation;
    ChoiceCombo *m_role;
    ChoiceCombo *m_onBehalfOf;
    HintLabel *m_roleHint;
    ListField *m_purposes;
    ChoiceCombo *m_lawfulBasis;
    ChoiceCombo *m_art9Condition;
    HintLabel *m_art9Hint;
    TextField *m_art10Basis;
    ChoiceCombo *m_consentCondition;
    HintLabel *m_consentHint;
    DateField *m_balancingDate;
    TextAreaField *m_balancingNote;
    HintLabel *m_balancingHint;
    LinkPicker *m_dataSubjects;
    LinkPicker *m_dataCategories;
    LinkPicker *m_sources;
    LinkPicker *m_securityMeasures;
    RetentionEditor *m_retention;
    ChoiceCombo *m_dpiaRequired;
    DateField *m_dpiaDone;
    ChoiceCombo *m_largeScale;
    HintLabel *m_largeScaleHint;
    TextField *m_owner;
    DateField *m_lastReviewed;
    TextAreaField *m_notes;
    EvidenceEditor *m_evidence;
};

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
    LinkPicker *m_dataCategories;
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
