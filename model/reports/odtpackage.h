#pragma once

// OpenDocument packages (ODF 1.2 part 3, section 3) read and written with libzip
// (docs/decisions/0007): "mimetype" first and stored, the other entries deflated, and
// META-INF/manifest.xml listing every entry.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ropa::reports {

struct ZipEntry
{
    QString path;
    QByteArray data;
};

// The entries of a ZIP package (each checked against its CRC), in the package's order.
// Returns false and a readable *error when zip is not a readable package, holds no entry, or
// an entry is larger than maxEntryBytes.
bool readZipEntries(const QByteArray &zip, QList<ZipEntry> *entries, QString *error,
                    qint64 maxEntryBytes = qint64(1) << 30);

// An ODF package of the given type ("application/vnd.oasis.opendocument.text"): mimetype,
// the entries (each "text/xml" in the manifest when it ends in .xml), the manifest. Returns an
// empty array and a readable *error when libzip fails.
QByteArray writeOdfPackage(const QString &mimeType, const QList<ZipEntry> &entries, QString *error);

} // namespace ropa::reports
