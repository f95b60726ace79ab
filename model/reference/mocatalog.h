#pragma once

// A reader for GNU gettext message catalogues (.mo files), for the country names that
// Debian's iso-codes translates (iso_3166-1.mo). The files are a build input, but they are
// read as untrusted data: every count, offset and length is checked against the file's size
// before it is used, and a file that is off in any way is rejected with a message; nothing is
// ever read outside the bytes given.
//
// Format (GNU gettext manual, "The Format of GNU MO Files"): a header of 32-bit words in the
// file's byte order, told by the magic number 0x950412de (either byte order): revision,
// number of strings N, offset of the table of original strings, offset of the table of
// translations (each table N pairs of length and offset), hash table size and offset (not
// needed here). Every string is followed by a NUL. The original strings are sorted; the
// translation of the empty string is the header ("Content-Type: text/plain; charset=UTF-8").

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace ropa {

class MoCatalog
{
public:
    // The catalogue in data, or nullopt with *error saying what is wrong (error may be null).
    // Only UTF-8 (or ASCII) catalogues are accepted. Messages with a context ("ctxt\x04id")
    // are kept under that key; plural messages under their singular with the first form.
    static std::optional<MoCatalog> parse(QByteArrayView data, QString *error = nullptr);

    // The translation of msgid, or a null QString when the catalogue has none (or it is empty).
    QString translate(const QString &msgid) const { return m_messages.value(msgid); }
    qsizetype size() const { return m_messages.size(); }
    // The catalogue's header entry "Language:", e.g. "nl" (may be empty).
    QString language() const { return m_language; }

private:
    QHash<QString, QString> m_messages;
    QString m_language;
};

} // namespace ropa
