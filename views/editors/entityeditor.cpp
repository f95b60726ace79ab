#include "entityeditor.h"

#include "domain/project.h"
#include "fieldwhatsthis.h"
#include "kindeditors.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ropa {

EntityEditor::EntityEditor(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Nothing selected"), this))
{
    setObjectName(QStringLiteral("entityEditor"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QPalette p = m_placeholder->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(p);
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connectProject();
}

EntityEditor::~EntityEditor() = default;

void EntityEditor::connectProject()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (!m_project)
        return;
    m_connections.append(connect(m_project, &Project::entityChanged, this, &EntityEditor::onEntityChanged));
    m_connections.append(connect(m_project, &Project::entityRemoved, this, &EntityEditor::onEntityRemoved));
    m_connections.append(
        connect(m_project, &Project::entityAdded, this, [this](EntityKind, const QUuid &) { scheduleReload(); }));
    m_connections.append(connect(m_project, &Project::projectReset, this, &EntityEditor::onProjectReset));
}

void EntityEditor::setProject(Project *project)
{
    if (project == m_project)
        return;
    clear();
    for (KindEditor *&e : m_editors) {
        delete e;
        e = nullptr;
    }
    m_project = project;
    connectProject();
}

KindEditor *EntityEditor::editor(EntityKind kind)
{
    KindEditor *&e = m_editors[static_cast<size_t>(kind)];
    if (e || !m_project)
        return e;
    switch (kind) {
    case EntityKind::Document: e = new DocumentEditor(m_project, this); break;
    case EntityKind::Party: e = new PartyEditor(m_project, this); break;
    case EntityKind::DataCategory: e = new DataCategoryEditor(m_project, this); break;
    case EntityKind::DataSubject:
    case EntityKind::Source:
    case EntityKind::SecurityMeasure: e = new SimpleEntityEditor(m_project, kind, this); break;
    case EntityKind::System: e = new SystemEditor(m_project, this); break;
    case EntityKind::Activity: e = new ActivityEditor(m_project, this); break;
    case EntityKind::Transfer: e = new TransferEditor(m_project, this); break;
    }
    connect(e, &KindEditor::linkActivated, this, &EntityEditor::linkActivated);
    applyFieldHelp(e, kind); // F1 and What's this on a field
    if (QWidget *body = e->findChild<QWidget *>(QStringLiteral("editorBody")))
        body->setEnabled(!m_readOnly);
    m_stack->addWidget(e);
    return e;
}

bool EntityEditor::prepare(EntityKind kind, QDeadlineTimer deadline)
{
    const bool made = m_editors[static_cast<size_t>(kind)] != nullptr;
    KindEditor *e = editor(kind);
    if (!e)
        return true;
    if (!made && deadline.hasExpired())
        return false; // its lists in the next call
    return e->prepare(deadline);
}

KindEditor *EntityEditor::currentEditor() const
{
    return isEmpty() ? nullptr : m_editors[static_cast<size_t>(m_kind)];
}

void EntityEditor::setEntity(EntityKind kind, const QUuid &id)
{
    if (!m_project || id.isNull() || !m_project->data().contains(kind, id)) {
        clear();
        return;
    }
    m_kind = kind;
    m_id = id;
    KindEditor *e = editor(kind);
    e->setEntity(id);
    m_stack->setCurrentWidget(e);
}

void EntityEditor::clear()
{
    m_id = QUuid();
    m_stack->setCurrentWidget(m_placeholder);
}

void EntityEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (KindEditor *e : m_editors) {
        if (!e)
            continue;
        if (QWidget *body = e->findChild<QWidget *>(QStringLiteral("editorBody")))
            body->setEnabled(!readOnly);
    }
}

void EntityEditor::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

void EntityEditor::onEntityChanged(EntityKind kind, const QUuid &id)
{
    if (!isEmpty() && kind == m_kind && id == m_id) {
        // The shown entity: at once, so the fields never show a stale value.
        if (KindEditor *e = currentEditor())
            e->reload();
        return;
    }
    scheduleReload();
}

void EntityEditor::onEntityRemoved(EntityKind kind, const QUuid &id)
{
    if (!isEmpty() && kind == m_kind && id == m_id) {
        clear();
        return;
    }
    scheduleReload();
}

void EntityEditor::onProjectReset()
{
    if (isEmpty())
        return;
    if (!m_project || !m_project->data().contains(m_kind, m_id)) {
        clear();
        return;
    }
    setEntity(m_kind, m_id);
}

void EntityEditor::scheduleReload()
{
    // Other entities changed (names shown in pickers, parties in combos). A cascade sends
    // thousands of signals; one reload after them is enough.
    if (m_reloadScheduled || isEmpty())
        return;
    m_reloadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadScheduled = false;
        if (KindEditor *e = currentEditor(); e && m_project && m_project->data().contains(m_kind, m_id))
            e->reload();
    });
}

} // namespace ropa
