#pragma once

// Telling whether the file on disk is still the one that was opened or last saved (the
// public Fingerprint and fingerprintOf are declared in projectstore.h).

#include "store/projectstore.h"

#include <QByteArray>

namespace ropa::store {

namespace platform {
struct FileStatus;
}

// XXH3-128 of the bytes, in its canonical (big-endian) form.
QByteArray digestOf(const unsigned char *data, qint64 size);

// The fingerprint of a file from its status, without the digest.
Fingerprint fingerprintWithoutDigest(const platform::FileStatus &status);

// True when the fingerprints are of the same content: size and digest (or both null).
bool sameContent(const Fingerprint &a, const Fingerprint &b);

// True when the platform's stamps say that the file was not rewritten since `b` was taken
// (same size, device, inode and times to the nanosecond). False when either stamp is unknown.
bool sameStamp(const Fingerprint &a, const Fingerprint &b);

} // namespace ropa::store
