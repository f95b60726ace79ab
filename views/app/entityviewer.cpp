#include "entityviewer.h"

#include "commands/edits.h"
#include "domain/projectdata.h"
#include "entitydetails.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ropa {

EntityViewer::EntityViewer(std::shared_ptr<const ProjectData> data, const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
    , m_source(source)
    , m_page(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("entityViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(560, 520);
    m_page->setObjectName(QStringLiteral("entityViewerPage"));
    m_page->setOpenLinks(false);
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const Id id = entityLinkId(url);
        if (!id.isNull())
            showEntity(id);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
}

bool EntityViewer::showEntity(const Id &id)
{
    const std::optional<EntityKind> kind = m_data ? m_data->kindOfId(id) : std::nullopt;
    if (!kind)
        return false;
    m_id = id;
    m_page->setHtml(entityDetailsHtml(*m_data, *kind, id));
    //: The title of a window that shows an entity of another copy of the project, read-only.
    setWindowTitle(tr("“%1” in %2 (read-only)").arg(edit::displayName(*m_data, *m_data->entity(*kind, id)), m_source));
    return true;
}

QString EntityViewer::text() const
{
    return m_page->toPlainText();
}

} // namespace ropa
