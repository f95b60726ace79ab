#include "store/fingerprint.h"

#include "store/platformfile.h"

#include <QFile>

#include <xxhash.h>

#include <memory>

namespace ropa::store {

namespace {

// Tens of times faster than a cryptographic hash, and enough to tell whether the content
// changed; not a security boundary.
QByteArray canonicalDigest(XXH128_hash_t hash)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

} // namespace

QByteArray digestOf(const unsigned char *data, qint64 size)
{
    return canonicalDigest(XXH3_128bits(data, size_t(size)));
}

Fingerprint fingerprintWithoutDigest(const platform::FileStatus &status)
{
    Fingerprint f;
    f.size = status.size;
    f.modified = status.modified;
    f.stamp = status.stamp;
    return f;
}

bool sameContent(const Fingerprint &a, const Fingerprint &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.size == b.size && a.digest == b.digest;
}

bool sameStamp(const Fingerprint &a, const Fingerprint &b)
{
    return a.stamp.known && b.stamp.known && a.size == b.size && a.stamp == b.stamp;
}

Fingerprint fingerprintOf(const QString &path)
{
    QFile file;
    QString error;
    const platform::FileStatus status = platform::openRegularForReading(path, &file, &error);
    if (status.kind != platform::FileKind::Regular || !file.isOpen())
        return {};
    Fingerprint f = fingerprintWithoutDigest(status);
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        XXH3_128bits_update(state.get(), chunk.constData(), size_t(n));
        total += n;
    }
    f.size = total;
    f.digest = canonicalDigest(XXH3_128bits_digest(state.get()));
    return f;
}

} // namespace ropa::store
