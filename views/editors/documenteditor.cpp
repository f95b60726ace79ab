#include "documenteditor.h"

#include "editorhelpers.h"
#include "labels.h"

#include <QLabel>

namespace ropa {

using namespace editors;

DocumentEditor::DocumentEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Document, parent)
    , m_title(new TextField(this))
    , m_kind(new ChoiceCombo(this))
    , m_url(new TextField(this))
    , m_date(new DateField(this))
    , m_text(new TextAreaField(20, this))
    , m_citedBy(new QLabel(this))
    , m_linkedFrom(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setCheck([](const QString &text) {
        return text.trimmed().isEmpty() ? tr("A title is needed; the previous one is kept until you type one.")
                                        : QString();
    });
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addChoice(tr("not stated"), QVariant());
    m_kind->addEnum<DocumentKind>(&Labels::documentKind);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setCheck(urlProblem);
    m_url->setPlaceholderText(tr("https://…"));
    m_date->setObjectName(QStringLiteral("date"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("The full text of the document, so that quotes can be shown in context"));
    m_citedBy->setWordWrap(true);
    m_linkedFrom->setObjectName(QStringLiteral("linkedFrom"));
    m_linkedFrom->setWordWrap(true);
    m_linkedFrom->setTextFormat(Qt::PlainText);

    addRow(tr("Title:"), m_title);
    addRow(tr("Kind:"), m_kind);
    addRow(tr("Address:"), m_url);
    addRow(tr("Date:"), m_date);
    addRow(tr("Cited by:"), m_citedBy);
    addRow(tr("Linked from:"), m_linkedFrom);
    addHeading(tr("Text"));
    addWideRow(m_text);

    connect(m_title, &TextField::edited, this,
            [this](const QString &v) { modify<Document>([&](Document &d) { d.title = v; }, MergeId::EditTitle); });
    connect(m_kind, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Document>([&](Document &d) { d.kind = variantEnum<DocumentKind>(v); }, MergeId::EditKind,
                         EditStep::Separate);
    });
    connect(m_url, &TextField::edited, this, [this](const QString &v) {
        modify<Document>([&](Document &d) { d.url = v.trimmed(); }, MergeId::EditUrl);
    });
    connect(m_date, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Document>([&](Document &d) { d.date = v; }); });
    connect(m_text, &TextAreaField::edited, this,
            [this](const QString &v) { modify<Document>([&](Document &d) { d.text = v; }, MergeId::EditText); });
}

void DocumentEditor::load(bool force)
{
    const Document *d = entity<Document>();
    if (!d)
        return;
    setTitle(edit::displayName(project()->data(), *d));
    m_title->setValue(d->title, force);
    m_kind->setValue(enumVariant(d->kind));
    m_url->setValue(d->url, force);
    m_date->setValue(d->date, force);
    m_text->setValue(d->text, force);
    int entities = 0;
    int quotes = 0;
    project()->data().forEachEntity([&](const auto &e) {
        if constexpr (requires { e.evidence; }) {
            bool cites = false;
            for (const Evidence &ev : e.evidence) {
                if (ev.document == d->id) {
                    ++quotes;
                    cites = true;
                }
            }
            if (cites)
                ++entities;
        }
    });
    m_citedBy->setText(entities == 0 ? tr("no entity yet") : tr("%1 quotes in %2 entities").arg(quotes).arg(entities));

    // The activities and parties that link it: an attachment, their DPA, a DPIA or its screening.
    constexpr qsizetype Named = 5;
    QStringList names;
    const ProjectData &data = project()->data();
    for (const auto &[id, a] : data.activities) {
        if (a.documents.contains(d->id) || a.dpia.document == d->id || a.dpiaScreening.report == d->id)
            names.append(a.name);
    }
    for (const auto &[id, p] : data.parties) {
        if (p.documents.contains(d->id) || p.dpaDocument == d->id)
            names.append(p.name);
    }
    names.sort(Qt::CaseInsensitive);
    QString linked = names.isEmpty() ? tr("nothing yet") : names.mid(0, Named).join(tr(", "));
    if (names.size() > Named)
        linked = tr("%1 and %n more", nullptr, int(names.size() - Named)).arg(linked);
    m_linkedFrom->setText(linked);
}

} // namespace ropa
