#include "selectiondetails.h"

#include "domain/project.h"
#include "entitydetails.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ropa {

SelectionDetails::SelectionDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_edit(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_page(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("selectionDetails"));
    m_title->setText(tr("<b>Selected</b>"));
    m_edit->setObjectName(QStringLiteral("selectionDetailsEdit"));
    m_edit->setText(tr("Edit in the inventory"));
    m_edit->setToolTip(tr("Show this entry in its table, with every field to edit"));
    m_close->setObjectName(QStringLiteral("selectionDetailsClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the details (they open again when you select another entry)"));
    m_close->setAccessibleName(tr("Close the details"));
    m_page->setObjectName(QStringLiteral("selectionDetailsPage"));
    m_page->setOpenLinks(false);
    m_page->document()->setDefaultStyleSheet(entityDetailsStyleSheet());
    m_page->document()->setDocumentMargin(8);
    m_page->setMinimumHeight(m_page->fontMetrics().height() * 8); // a few rows of the details

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_edit);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_page, 1);

    connect(m_edit, &QToolButton::clicked, this, [this] {
        const Id id = m_id; // a copy: opening it changes the selection, and so m_id
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_closed = true;
        hide();
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const Id id = entityLinkId(url);
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
    hide();
}

void SelectionDetails::setProject(Project *project)
{
    m_project = project;
    refresh();
}

void SelectionDetails::showEntity(const Id &id)
{
    setEntity(id);
    refresh();
}

void SelectionDetails::setEntity(const Id &id)
{
    if (id != m_id)
        m_closed = false;
    m_id = id;
}

void SelectionDetails::refresh()
{
    const std::optional<EntityKind> kind =
        m_project && !m_id.isNull() ? m_project->data().kindOfId(m_id) : std::nullopt;
    if (!kind) {
        m_page->clear();
        hide();
        return;
    }
    // Keep the reader's place when the same entity is drawn again after an edit.
    const bool same = m_page->property("entity").value<QUuid>() == m_id;
    const int scroll = m_page->verticalScrollBar()->value();
    m_page->setHtml(entityDetailsHtml(m_project->data(), *kind, m_id));
    m_page->setProperty("entity", QVariant::fromValue(m_id));
    if (same)
        m_page->verticalScrollBar()->setValue(scroll);
    setVisible(!m_closed);
}

} // namespace ropa
