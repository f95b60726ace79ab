#include "safetextdocument.h"

#include <QUrl>

namespace ropa::reports {

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{
}

bool SafeTextDocument::isRefused(const QUrl &url)
{
    Q_UNUSED(url);
    // file:, http(s):, ftp:, qrc:, data: and relative paths (which QTextDocument resolves as
    // local files): a record embeds no image, stylesheet or other resource at all.
    return true;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    // Never QTextDocument::loadResource: it reads local files. Resources a caller added with
    // addResource() are served from the document's cache before this is called.
    if (isRefused(name))
        m_refused.append(name.toString());
    return {};
}

} // namespace ropa::reports
