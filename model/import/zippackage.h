#pragma once

// A ZIP package (XLSX, ODS) read through libzip with the limits that refuse a ZIP bomb: each
// entry is streamed and stops at a cap on its size, on its ratio to its packed size and on the
// total of all entries read, whatever sizes the archive's directory claims.

#include "import/sheet.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;

namespace ropa::importer {

class ZipPackage
{
public:
    ZipPackage(const QByteArray &bytes, const Limits &limits);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    // Empty when the archive opened; otherwise why not.
    QString error() const { return m_error; }
    bool contains(const QString &name) const;
    // True when an entry is encrypted (a password-protected package).
    bool hasEncryptedEntry() const;
    // A sequential device over the entry's unpacked bytes, or null (error() says why). The
    // device ends with an error at a limit, and limitError() then says which: check it
    // before trusting a parse that ended early. Only one entry is open at a time.
    std::unique_ptr<QIODevice> open(const QString &name);
    // The whole (small) entry: manifests, relationships, shared strings, styles.
    QByteArray read(const QString &name, bool *ok);
    QString limitError() const { return m_limitError; }

private:
    friend class ZipEntryDevice;
    const QByteArray m_bytes; // the source reads from this copy (implicitly shared, never copied)
    Limits m_limits;
    zip *m_archive = nullptr;
    qint64 m_totalRead = 0;
    QString m_error;
    QString m_limitError;
};

} // namespace ropa::importer
