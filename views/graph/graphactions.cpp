// The graph page's actions: the edits it makes (undo commands on the project), its context
// menu, connecting two parties, and the export of its picture.

#include "graphview.h"

#include "app/exportlocation.h"
#include "commands/edits.h"
#include "graphitems.h"
#include "itemmodels/labels.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace ropa {

using namespace graph;

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_connectFrom.isNull()) {
        startConnect({});
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void GraphView::setConfirmDelete(std::function<bool(QWidget *, const QString &, const QString &)> confirm)
{
    m_confirmDelete = std::move(confirm);
}

void GraphView::startConnect(const Id &from)
{
    const TransferGraph &g = *m_graph;
    const int node = from.isNull() ? -1 : g.nodeOf(from);
    m_connectFrom = node >= 0 && isEditable() ? from : Id();
    m_canvas->setConnecting(!m_connectFrom.isNull());
    if (m_connectFrom.isNull()) {
        m_hint->hide();
        return;
    }
    m_hint->setText(tr("New transfer from %1: click the party that receives the data (Esc cancels).")
                        .arg(cleanText(g.node(node).name).toHtmlEscaped()));
    m_hint->show();
    m_canvas->setFocus();
}

Id GraphView::addTransfer(const Id &from, const Id &to)
{
    if (!isEditable() || from.isNull() || to.isNull() || from == to)
        return {};
    const ProjectData &data = m_project->data();
    if (!data.find<Party>(from) || !data.find<Party>(to))
        return {};
    Transfer t;
    t.id = QUuid::createUuid();
    t.from = from;
    t.to = to;
    if (!edit::add(*m_project, t))
        return {};
    // Shown and selected once the graph follows; the editor opens it to fill in the rest.
    refresh();
    selectEntity(t.id);
    Q_EMIT transferSelected(t.id);
    Q_EMIT entitySelected(t.id);
    return t.id;
}

bool GraphView::removeEntity(const Id &id)
{
    if (!isEditable())
        return false;
    const ProjectData &data = m_project->data();
    const auto kind = data.kindOfId(id);
    if (!kind || (*kind != EntityKind::Party && *kind != EntityKind::Transfer))
        return false;
    const CascadeSummary cascade = cascadeOf(data, *kind, {id});
    if (!cascade.isEmpty()) {
        const QString name = edit::displayName(data, *data.entity(*kind, id));
        QStringList details;
        const QString text =
            cascade.totalRemoved() > 0
                ? tr("Removing %1 also removes %n other entries.", nullptr, cascade.totalRemoved()).arg(name)
                : tr("Remove %1?").arg(name);
        if (cascade.totalChanged() > 0)
            details.append(tr("It is also taken out of %n other entries.", nullptr, cascade.totalChanged()));
        details.append(tr("You can undo this."));
        const auto ask = m_confirmDelete ? m_confirmDelete : [](QWidget *parent, const QString &t, const QString &d) {
            return QMessageBox::question(parent, tr("Remove"), t + u'\n' + d) == QMessageBox::Yes;
        };
        if (!ask(this, text, details.join(u' ')))
            return false;
    }
    return edit::remove(*m_project, *kind, id);
}

bool GraphView::changeMechanism(const Id &transfer, Mechanism mechanism)
{
    if (!isEditable())
        return false;
    const Transfer *t = m_project->data().find<Transfer>(transfer);
    if (!t || t->mechanism == mechanism)
        return false;
    Transfer changed = *t;
    changed.mechanism = mechanism;
    if (mechanism != Mechanism::Scc)
        changed.sccModule.reset();
    if (mechanism != Mechanism::Derogation)
        changed.derogation.reset();
    return edit::change(*m_project, changed);
}

Id GraphView::addParty()
{
    if (!isEditable())
        return {};
    Party p;
    p.id = QUuid::createUuid();
    p.name = tr("New party");
    if (!edit::add(*m_project, p))
        return {};
    refresh();
    selectEntity(p.id);
    Q_EMIT partySelected(p.id);
    Q_EMIT entitySelected(p.id);
    return p.id;
}

QMenu *GraphView::contextMenuAt(const QPoint &viewportPos)
{
    auto *menu = new QMenu(this);
    const bool editable = isEditable();
    QGraphicsItem *hit = nullptr;
    const QList<QGraphicsItem *> hits = m_canvas->items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (!item->data(IdRole).isNull()) {
            hit = item;
            break;
        }
    }
    if (hit) {
        // The menu is about what is under the pointer: select it (the editor follows).
        const Id id = hit->data(IdRole).toUuid();
        if (!hit->isSelected()) {
            m_scene->clearSelection();
            hit->setSelected(true);
        }
        menu->addAction(tr("Open in editor"), this, [this, id] { Q_EMIT openRequested(id); });
        menu->addSeparator();
        if (hit->data(KindRole).toString() == QLatin1StringView("party")) {
            QAction *add =
                menu->addAction(tr("Add transfer from here to\u2026"), this, [this, id] { startConnect(id); });
            add->setEnabled(editable);
            menu->addSeparator();
            QAction *remove = menu->addAction(tr("Remove party\u2026"), this, [this, id] { removeEntity(id); });
            remove->setEnabled(editable);
        } else {
            const Transfer *t = m_graph->data().find<Transfer>(id);
            QMenu *mechanisms = menu->addMenu(tr("Change mechanism"));
            mechanisms->setEnabled(editable && t);
            for (int m = 0; m <= int(Mechanism::None); ++m) {
                const auto mechanism = Mechanism(m);
                QAction *a = mechanisms->addAction(Labels::mechanism(mechanism), this,
                                                   [this, id, mechanism] { changeMechanism(id, mechanism); });
                a->setCheckable(true);
                a->setChecked(t && t->mechanism == mechanism);
            }
            menu->addSeparator();
            QAction *remove = menu->addAction(tr("Remove transfer"), this, [this, id] { removeEntity(id); });
            remove->setEnabled(editable);
        }
    } else {
        QAction *add = menu->addAction(tr("Add party"), this, [this] { addParty(); });
        add->setEnabled(editable);
        menu->addSeparator();
        menu->addAction(tr("Show the whole graph"), m_canvas, &GraphCanvas::fit);
        menu->addAction(tr("Export\u2026"), this, &GraphView::exportPicture);
    }
    return menu;
}

QString GraphView::proposedExportPath() const
{
    const QString name = m_project ? m_project->info().name : m_source ? m_source->info.name : QString();
    return ExportLocation::proposedPath(m_project ? m_project->filePath() : QString(), name, ExportLocation::Graph,
                                        tr("transfer graph"), QStringLiteral("svg"));
}

void GraphView::setSaveFileName(ExportLocation::SaveFileName ask)
{
    m_saveFileName = ask ? std::move(ask) : ExportLocation::askSaveFileName;
}

void GraphView::exportPicture()
{
    if (m_computing)
        return; // the picture shown before is not the project's any more
    QString selectedFilter;
    const QString path = m_saveFileName(
        this, tr("Export graph"), proposedExportPath(),
        tr("SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const auto format = formatFromName(path.section(u'.', -1));
    if (!format) {
        QMessageBox::warning(this, tr("Export graph"),
                             tr("Choose a file name ending in .svg, .png, .pdf, .dot or .graphml."));
        return;
    }
    QString error;
    const QByteArray bytes = graph::exportPicture(*m_graph, m_picture, *format, &error);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export graph"), tr("Could not write %1. %2").arg(path, error));
        return;
    }
    ExportLocation::remember(ExportLocation::Graph, path);
    m_exportNote->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    m_exportNote->show();
}

} // namespace ropa
