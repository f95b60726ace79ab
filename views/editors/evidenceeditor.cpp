#include "evidenceeditor.h"
#include "itemmodels/labels.h"

#include "commands/edits.h"
#include "domain/project.h"
#include "fields.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

EvidenceEditor::EvidenceEditor(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add evidence"), this))
    , m_empty(new QLabel(tr("No evidence: which document says so?"), this))
    , m_viewerBox(new QWidget(this))
    , m_viewerTitle(new QLabel(m_viewerBox))
    , m_viewerHint(new HintLabel(m_viewerBox))
    , m_viewer(new QTextBrowser(m_viewerBox))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(6);
    QPalette p = m_empty->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_empty->setPalette(p);

    m_viewer->setObjectName(QStringLiteral("documentViewer"));
    m_viewer->setOpenExternalLinks(true);
    m_viewer->setMinimumHeight(m_viewer->fontMetrics().lineSpacing() * 10);
    m_viewerTitle->setWordWrap(true);
    auto *close = new QPushButton(tr("Hide"), m_viewerBox);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_viewerTitle, 1);
    titleRow->addWidget(close);
    auto *viewerLayout = new QVBoxLayout(m_viewerBox);
    viewerLayout->setContentsMargins(0, 4, 0, 0);
    viewerLayout->addLayout(titleRow);
    viewerLayout->addWidget(m_viewerHint);
    viewerLayout->addWidget(m_viewer);
    m_viewerBox->hide();
    connect(close, &QPushButton::clicked, m_viewerBox, &QWidget::hide);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
    layout->addWidget(m_viewerBox);

    connect(m_add, &QPushButton::clicked, this, &EvidenceEditor::addEntry);
    const auto markDirty = [this](EntityKind kind) {
        if (kind == EntityKind::Document)
            m_documentsDirty = true;
    };
    connect(m_project, &Project::entityAdded, this, markDirty);
    connect(m_project, &Project::entityChanged, this, markDirty);
    connect(m_project, &Project::entityRemoved, this, markDirty);
    connect(m_project, &Project::projectReset, this, [this] { m_documentsDirty = true; });
}

void EvidenceEditor::fillDocuments(ChoiceCombo *combo) const
{
    QList<std::pair<QString, Id>> documents;
    for (const auto &[id, d] : m_project->data().documents)
        documents.append({edit::displayName(m_project->data(), d), id});
    std::sort(documents.begin(), documents.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    combo->clearChoices();
    for (const auto &[title, id] : std::as_const(documents)) {
        const Document *d = m_project->find<Document>(id);
        combo->addChoice(title, QVariant::fromValue(id), d && !d->url.isEmpty() ? d->url : QString());
    }
}

void EvidenceEditor::setValue(const EvidenceList &evidence, bool force)
{
    const bool documentsChanged = m_documentsDirty;
    if (!force && !documentsChanged && evidence == m_evidence)
        return;
    m_evidence = evidence;
    if (force || documentsChanged || m_rows.size() != m_evidence.size())
        rebuildRows();
    loadRows(force);
    if (force)
        m_viewerBox->hide();
}

void EvidenceEditor::rebuildRows()
{
    // Keeps the widgets of existing rows (and the focus in them) where it can.
    while (m_rows.size() > m_evidence.size()) {
        Row row = m_rows.takeLast();
        // Later: the row's Remove button may be the one whose click got us here.
        row.frame->hide();
        row.frame->deleteLater();
    }
    while (m_rows.size() < m_evidence.size()) {
        const int index = int(m_rows.size());
        Row row;
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        row.frame = frame;
        row.document = new ChoiceCombo(frame);
        row.document->setFitToChoices(false); // beside its buttons: a long title is elided
        row.document->setObjectName(QStringLiteral("evidenceDocument"));
        row.document->setToolTip(tr("The document that says so"));
        row.quote = new TextAreaField(3, frame);
        row.quote->setObjectName(QStringLiteral("evidenceQuote"));
        row.quote->setPlaceholderText(tr("The sentence of the document that says so"));
        row.show = new QPushButton(tr("Show"), frame);
        row.show->setToolTip(tr("Show the document's text with the quote highlighted"));
        row.remove = new QPushButton(tr("Remove"), frame);
        auto *grid = new QGridLayout(frame);
        grid->setContentsMargins(6, 6, 6, 6);
        grid->setSpacing(4);
        grid->addWidget(row.document, 0, 0);
        grid->addWidget(row.show, 0, 1);
        grid->addWidget(row.remove, 0, 2);
        grid->addWidget(row.quote, 1, 0, 1, 3);
        grid->setColumnStretch(0, 1);
        m_rowsLayout->addWidget(frame);

        connect(row.document, &ChoiceCombo::edited, this, [this, index](const QVariant &value) {
            if (index >= m_evidence.size() || !value.isValid())
                return;
            m_evidence[index].document = value.value<QUuid>();
            Q_EMIT edited(m_evidence, MergeId::None);
        });
        connect(row.quote, &TextAreaField::edited, this, [this, index](const QString &quote) {
            if (index >= m_evidence.size())
                return;
            m_evidence[index].quote = quote;
            Q_EMIT edited(m_evidence, MergeId::EditQuote);
        });
        connect(row.show, &QPushButton::clicked, this, [this, index] { showDocument(index); });
        connect(row.remove, &QPushButton::clicked, this, [this, index] { removeEntry(index); });
        m_rows.append(row);
    }
    for (const Row &row : std::as_const(m_rows))
        fillDocuments(row.document);
    m_documentsDirty = false;
    m_empty->setVisible(m_rows.isEmpty());
    const bool haveDocuments = !m_project->data().documents.empty();
    m_add->setEnabled(haveDocuments);
    m_add->setToolTip(haveDocuments ? tr("Cite a document") : tr("Add a document first (Documents)"));
}

void EvidenceEditor::loadRows(bool force)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const Evidence &e = m_evidence.at(i);
        row.document->setValue(QVariant::fromValue(e.document));
        row.quote->setValue(e.quote, force);
        const Document *d = m_project->find<Document>(e.document);
        row.show->setEnabled(d && !d->text.isEmpty());
    }
}

void EvidenceEditor::addEntry()
{
    if (m_project->data().documents.empty())
        return;
    // The document shown in the viewer, or the one cited last, is the likeliest next one.
    Id document = m_evidence.isEmpty() ? m_project->data().documents.begin()->first : m_evidence.last().document;
    m_evidence.append(Evidence{document, QString()});
    rebuildRows();
    loadRows(false);
    Q_EMIT edited(m_evidence, MergeId::None);
    if (!m_rows.isEmpty())
        m_rows.last().quote->setFocus();
}

void EvidenceEditor::removeEntry(int row)
{
    if (row < 0 || row >= m_evidence.size())
        return;
    m_evidence.removeAt(row);
    rebuildRows();
    loadRows(true);
    m_viewerBox->hide();
    Q_EMIT edited(m_evidence, MergeId::None);
}

bool EvidenceEditor::showDocument(int row)
{
    if (row < 0 || row >= m_evidence.size())
        return false;
    const Evidence &e = m_evidence.at(row);
    const Document *d = m_project->find<Document>(e.document);
    if (!d)
        return false;
    m_viewerTitle->setText(d->date ? tr("%1, %2").arg(d->title, Labels::date(d->date)) : d->title);
    m_viewer->setPlainText(d->text);
    m_viewerBox->show();

    // Quotes are often copied with other line breaks or spaces: try the whole quote, then
    // its first sentence-sized part.
    const QString quote = e.quote.simplified();
    QTextCursor found;
    if (!quote.isEmpty()) {
        found = m_viewer->document()->find(quote);
        if (found.isNull() && quote.size() > 60)
            found = m_viewer->document()->find(quote.left(60));
    }
    QList<QTextEdit::ExtraSelection> selections;
    if (!found.isNull()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = found;
        selection.format.setBackground(QColor(0xff, 0xe0, 0x66));
        selection.format.setForeground(QColor(Qt::black));
        selections.append(selection);
        QTextCursor at = found;
        at.clearSelection();
        m_viewer->setTextCursor(at);
        m_viewer->ensureCursorVisible();
    }
    m_viewer->setExtraSelections(selections);
    if (quote.isEmpty())
        m_viewerHint->setNote(tr("No quote to highlight."));
    else if (found.isNull())
        m_viewerHint->setHint(tr("The quote was not found in the document's text."));
    else
        m_viewerHint->setHint({});
    return !found.isNull();
}

} // namespace ropa
