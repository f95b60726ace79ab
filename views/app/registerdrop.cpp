#include "registerdrop.h"

#include "import/avgregisterreader.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace ropa {

namespace {

// The one local register file the drag carries, or empty.
QString registerOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && RegisterDrop::isRegister(url.toLocalFile()) ? url.toLocalFile() : QString();
}

} // namespace

RegisterDrop::RegisterDrop(std::function<bool()> canImport, QObject *parent)
    : QObject(parent)
    , m_canImport(std::move(canImport))
{
}

bool RegisterDrop::isRegister(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json") {
        // The Dutch government register's export, not a Ropa file: told by its content, once per
        // file while it is dragged.
        static QString last;
        static bool lastIsRegister = false;
        if (path != last) {
            last = path;
            lastIsRegister = importer::isAvgRegisterFile(path);
        }
        return lastIsRegister;
    }
    return suffix == u"xlsx" || suffix == u"ods" || suffix == u"csv";
}

bool RegisterDrop::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_canImport() && !registerOf(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = registerOf(drop->mimeData());
        if (m_canImport() && !path.isEmpty()) {
            drop->acceptProposedAction();
            Q_EMIT registerDropped(path);
            return true;
        }
        break;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ropa
