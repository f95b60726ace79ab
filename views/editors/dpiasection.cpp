#include "dpiasection.h"

#include "domain/projectdata.h"
#include "editorhelpers.h"
#include "entitychoices.h"
#include "fields.h"
#include "labels.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace ropa {

using namespace editors;

namespace {

// Two or more criteria met: the processing is likely to need a DPIA (WP248 rev.01, III.B.a).
constexpr qsizetype CriteriaForDpia = 2;

} // namespace

DpiaSection::DpiaSection(QWidget *parent)
    : ActivitySection(parent)
    , m_criteria(new QWidget(this))
    , m_onAuthorityList(new ChoiceCombo(this))
    , m_highRisk(new ChoiceCombo(this))
    , m_outcome(new TextAreaField(3, this))
    , m_report(new ChoiceCombo(this))
    , m_screeningHint(new HintLabel(this))
    , m_required(new ChoiceCombo(this))
    , m_performed(new ChoiceCombo(this))
    , m_done(new DateField(this))
    , m_document(new ChoiceCombo(this))
{
    setObjectName(QStringLiteral("dpiaSection"));
    m_criteria->setObjectName(QStringLiteral("dpiaCriteria"));
    auto *grid = new QVBoxLayout(m_criteria);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (const auto &entry : enumNames<DpiaCriterion>()) {
        QCheckBox *box = checkBox(Labels::dpiaCriterion(entry.value), m_criteria);
        box->setObjectName(QStringLiteral("dpiaCriterion_") + QLatin1StringView(entry.name));
        grid->addWidget(box);
        m_criterionBoxes.append(box);
        const DpiaCriterion criterion = entry.value;
        connect(box, &QCheckBox::toggled, this, [this, criterion](bool on) {
            change(
                [=](Activity &a) {
                    QList<DpiaCriterion> &criteria = a.dpiaScreening.criteria;
                    criteria.removeAll(criterion);
                    if (on)
                        criteria.append(criterion);
                },
                MergeId::EditDpiaScreening);
        });
    }
    grid->addWidget(m_screeningHint);
    m_onAuthorityList->setObjectName(QStringLiteral("onAuthorityList"));
    m_onAuthorityList->addYesNoUnknown();
    setChoicesToolTip(m_onAuthorityList,
                      tr("Art. 35(4) GDPR: the supervisory authority lists the kinds of processing that need a DPIA."));
    m_highRisk->setObjectName(QStringLiteral("highRisk"));
    m_highRisk->addYesNoUnknown();
    setChoicesToolTip(m_highRisk, tr("Art. 35(1) GDPR: processing likely to result in a high risk to the rights and "
                                     "freedoms of natural persons needs a DPIA."));
    m_outcome->setObjectName(QStringLiteral("dpiaOutcome"));
    m_outcome->setPlaceholderText(tr("What the screening concluded, and why"));
    m_report->setObjectName(QStringLiteral("dpiaScreeningReport"));
    m_required->setObjectName(QStringLiteral("dpiaRequired"));
    m_required->addYesNoUnknown();
    m_required->setToolTip(tr("Art. 35: a DPIA is required for processing likely to result in a high risk"));
    m_performed->setObjectName(QStringLiteral("dpiaPerformed"));
    m_performed->addYesNoUnknown();
    m_done->setObjectName(QStringLiteral("dpiaDone"));
    m_document->setObjectName(QStringLiteral("dpiaDocument"));
    // Beside their labels: a long title is elided, as in evidence.
    m_report->setFitToChoices(false);
    m_document->setFitToChoices(false);

    const auto show = [this](const QUuid &id) { Q_EMIT linkActivated(EntityKind::Document, id); };
    addRow(tr("WP248 criteria met:"), m_criteria);
    addRow(tr("On the authority’s list:"), m_onAuthorityList);
    addRow(tr("Likely high risk:"), m_highRisk);
    addRow(tr("Outcome:"), m_outcome);
    addRow(tr("Screening report:"), withShowButton(m_report, this, show));
    addRow(tr("DPIA required:"), m_required);
    addRow(tr("DPIA performed:"), m_performed);
    addRow(tr("DPIA date:"), m_done);
    addRow(tr("DPIA report:"), withShowButton(m_document, this, show));

    connect(m_onAuthorityList, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.dpiaScreening.onAuthorityList = boolOptional(v); }, MergeId::EditDpiaScreening);
    });
    connect(m_highRisk, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.dpiaScreening.highRisk = boolOptional(v); }, MergeId::EditDpiaScreening);
    });
    connect(m_outcome, &TextAreaField::edited, this, [this](const QString &v) {
        change([v](Activity &a) { a.dpiaScreening.outcome = v; }, MergeId::EditDpiaScreening, EditStep::Merging);
    });
    connect(m_report, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.dpiaScreening.report = idValue(v); }, MergeId::EditDpiaScreening);
    });
    connect(m_required, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.dpia.required = boolOptional(v); }, MergeId::EditDpia);
    });
    // A date means "performed" (entities.h): "no" and "not stated" take the date away in the
    // same step (undo brings both back), and a date entered makes it "yes".
    connect(m_performed, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change(
            [v](Activity &a) {
                a.dpia.performed = boolOptional(v);
                if (a.dpia.performed != true)
                    a.dpia.done.reset();
            },
            MergeId::EditDpia);
    });
    connect(m_done, &DateField::edited, this, [this](const std::optional<QDate> &v) {
        change(
            [v](Activity &a) {
                a.dpia.done = v;
                if (v)
                    a.dpia.performed = true;
            },
            MergeId::EditDpia);
    });
    connect(m_document, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.dpia.document = idValue(v); }, MergeId::EditDpia);
    });
}

QCheckBox *DpiaSection::criterionBox(DpiaCriterion criterion) const
{
    const auto names = enumNames<DpiaCriterion>();
    for (qsizetype i = 0; i < qsizetype(names.size()); ++i) {
        if (names[i].value == criterion)
            return m_criterionBoxes.value(i);
    }
    return nullptr;
}

void DpiaSection::fillChoices(const ProjectData &data)
{
    fillEntityChoices<Document>(m_report, data, tr("(none)"));
    fillEntityChoices<Document>(m_document, data, tr("(none)"));
}

void DpiaSection::load(const Activity &a, const ProjectData &, bool force)
{
    const DpiaScreening &s = a.dpiaScreening;
    const auto names = enumNames<DpiaCriterion>();
    for (qsizetype i = 0; i < qsizetype(names.size()); ++i)
        setChecked(m_criterionBoxes.at(i), s.criteria.contains(names[i].value));
    m_onAuthorityList->setValue(optionalBool(s.onAuthorityList));
    m_highRisk->setValue(optionalBool(s.highRisk));
    m_outcome->setValue(s.outcome, force);
    m_report->setValue(idVariant(s.report));
    const std::optional<bool> performed = dpiaPerformed(a.dpia);
    m_required->setValue(optionalBool(a.dpia.required));
    m_performed->setValue(optionalBool(performed));
    m_done->setValue(a.dpia.done, force);
    m_document->setValue(idVariant(a.dpia.document));
    // A date or a report belongs to a DPIA that was performed; a value left from a file stays
    // editable so that it can be cleared.
    m_done->setEnabled(performed != false || a.dpia.done.has_value());
    m_document->setEnabled(performed != false || !a.dpia.document.isNull());

    QString hint;
    if (s.criteria.size() >= CriteriaForDpia && performed != true && a.dpia.required != false)
        hint = tr("%n criteria met: the EDPB (WP248 rev.01) considers a DPIA required in most cases when two or more "
                  "are met.",
                  nullptr, int(s.criteria.size()));
    else if (s.onAuthorityList == true && performed != true)
        hint = tr("On the supervisory authority’s list (Art. 35(4)): a DPIA is required.");
    m_screeningHint->setNote(hint);
}

bool DpiaSection::hasContent(const Activity &a) const
{
    return !a.dpiaScreening.isEmpty() || a.dpia != Dpia{};
}

} // namespace ropa
