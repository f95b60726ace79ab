#pragma once

// The editor of a processing activity: every item of Art. 30(1) and (2) for it, the explicit
// facts the checks read, links to subjects, categories, sources, measures, systems and
// documents, retention. The record's identity, the data items, automated decisions and the
// DPIA are sections with forms of their own (activitysection.h).

#include "kindeditor.h"

namespace ropa {

class ActivitySection;
class CollapsibleSection;
class DateField;
class EvidenceEditor;
class HintLabel;
class LinkPicker;
class ListField;
class RetentionEditor;
class TextAreaField;
class TextField;

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
    // A section of its own form (activitysection.h), its changes pushed as undo commands.
    template <typename S> S *section();
    // The section under a heading that folds it away (collapsiblesection.h).
    QWidget *collapsible(const QString &title, ActivitySection *section);
    void fillRoleChoices(Role current);
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
    LinkPicker *m_systems;
    LinkPicker *m_documents;
    RetentionEditor *m_retention;
    QList<ActivitySection *> m_sections;
    QList<CollapsibleSection *> m_folds; // one per section, in the same order
    ChoiceCombo *m_largeScale;
    HintLabel *m_largeScaleHint;
    TextField *m_owner;
    DateField *m_lastReviewed;
    TextAreaField *m_notes;
    EvidenceEditor *m_evidence;
};

} // namespace ropa
