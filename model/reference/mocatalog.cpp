#include "mocatalog.h"

#include <QStringDecoder>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace ropa {

namespace {

constexpr std::uint32_t MoMagic = 0x950412deU;
constexpr std::uint64_t HeaderSize = 28; // magic, revision, N, O, T, S, H
constexpr std::uint64_t EntrySize = 8;   // length, offset

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {
    }

    std::uint64_t size() const { return static_cast<std::uint64_t>(m_data.size()); }

    // The 32-bit word at pos (the caller has checked pos + 4 <= size()).
    std::uint32_t word(std::uint64_t pos, bool bigEndian) const
    {
        std::uint32_t b[4];
        for (int i = 0; i < 4; ++i)
            b[i] = static_cast<unsigned char>(m_data[static_cast<qsizetype>(pos) + i]);
        return bigEndian ? (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]
                         : (b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0];
    }

    QByteArrayView bytes(std::uint64_t pos, std::uint64_t length) const
    {
        return m_data.sliced(static_cast<qsizetype>(pos), static_cast<qsizetype>(length));
    }

    char at(std::uint64_t pos) const { return m_data[static_cast<qsizetype>(pos)]; }

private:
    QByteArrayView m_data;
};

// Strict UTF-8: a malformed sequence is an error, not a replacement character.
std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The value of "Name: value" in the catalogue's header, or an empty string.
QString headerField(const QString &header, QStringView name)
{
    const QStringList lines = header.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(name, Qt::CaseInsensitive) && line.size() > name.size() && line.at(name.size()) == u':')
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<MoCatalog> MoCatalog::parse(QByteArrayView data, QString *error)
{
    const Reader r(data);
    if (r.size() < HeaderSize) {
        fail(error, u"not a message catalogue: %1 bytes, shorter than the 28-byte header"_s.arg(r.size()));
        return std::nullopt;
    }
    bool bigEndian = false;
    if (r.word(0, false) == MoMagic) {
        bigEndian = false;
    } else if (r.word(0, true) == MoMagic) {
        bigEndian = true;
    } else {
        fail(error, u"not a GNU message catalogue (.mo): wrong magic number 0x%1"_s.arg(r.word(0, false), 8, 16,
                                                                                        QLatin1Char('0')));
        return std::nullopt;
    }
    const std::uint32_t revision = r.word(4, bigEndian);
    if ((revision >> 16) > 1) {
        fail(error, u"unsupported catalogue revision %1.%2 (this reader knows 0 and 1)"_s.arg(revision >> 16)
                        .arg(revision & 0xffffU));
        return std::nullopt;
    }
    const std::uint64_t count = r.word(8, bigEndian);
    const std::uint64_t originals = r.word(12, bigEndian);
    const std::uint64_t translations = r.word(16, bigEndian);
    // Every string takes a table entry in each table and at least its NUL: a count the file
    // cannot hold is rejected before anything is allocated for it.
    if (count > r.size() / (2 * EntrySize)) {
        fail(error, u"the catalogue claims %1 messages, more than its %2 bytes can hold"_s.arg(count).arg(r.size()));
        return std::nullopt;
    }
    const auto tableFits = [&r, count](std::uint64_t offset) {
        return offset >= HeaderSize && offset <= r.size() && count * EntrySize <= r.size() - offset;
    };
    if (!tableFits(originals) || !tableFits(translations)) {
        fail(error, u"the table of %1 (offset %2) lies outside the file (%3 bytes)"_s
                        .arg(tableFits(originals) ? u"translations"_s : u"original strings"_s)
                        .arg(tableFits(originals) ? translations : originals)
                        .arg(r.size()));
        return std::nullopt;
    }

    // The string of table entry i, checked: inside the file and followed by its NUL.
    QString message;
    const auto string = [&r, &message, bigEndian](std::uint64_t table, std::uint64_t i,
                                                  const char *what) -> std::optional<QByteArrayView> {
        const std::uint64_t length = r.word(table + i * EntrySize, bigEndian);
        const std::uint64_t offset = r.word(table + i * EntrySize + 4, bigEndian);
        if (offset >= r.size() || length >= r.size() - offset) {
            message =
                u"%1 string %2 (offset %3, length %4) lies outside the file (%5 bytes)"_s.arg(QLatin1StringView(what))
                    .arg(i + 1)
                    .arg(offset)
                    .arg(length)
                    .arg(r.size());
            return std::nullopt;
        }
        if (r.at(offset + length) != '\0') {
            message = u"%1 string %2 is not terminated by a NUL byte"_s.arg(QLatin1StringView(what)).arg(i + 1);
            return std::nullopt;
        }
        return r.bytes(offset, length);
    };

    MoCatalog catalog;
    catalog.m_messages.reserve(static_cast<qsizetype>(count));
    QByteArrayView previous;
    for (std::uint64_t i = 0; i < count; ++i) {
        const auto original = string(originals, i, "original");
        const auto translated = original ? string(translations, i, "translated") : std::nullopt;
        if (!original || !translated) {
            fail(error, message);
            return std::nullopt;
        }
        // The originals are sorted (the format's lookup is a binary search over them).
        if (i > 0 && !(previous < *original)) {
            fail(error, u"original string %1 is out of order or repeated: the catalogue is damaged"_s.arg(i + 1));
            return std::nullopt;
        }
        previous = *original;
        // A plural message: "singular\0plural" -> "form0\0form1...". Keep the singular and form 0.
        const QByteArrayView id =
            original->first(original->indexOf('\0') < 0 ? original->size() : original->indexOf('\0'));
        const QByteArrayView text =
            translated->first(translated->indexOf('\0') < 0 ? translated->size() : translated->indexOf('\0'));
        const auto key = decodeUtf8(id);
        const auto value = decodeUtf8(text);
        if (!key || !value) {
            fail(error, u"message %1 is not valid UTF-8"_s.arg(i + 1));
            return std::nullopt;
        }
        if (key->isEmpty()) {
            // The header: only UTF-8 (or its subset ASCII) is read.
            const QString contentType = headerField(*value, u"Content-Type");
            const qsizetype at = contentType.indexOf("charset="_L1, 0, Qt::CaseInsensitive);
            const QString charset = at < 0 ? QString() : contentType.mid(at + 8).section(u';', 0, 0).trimmed();
            if (!charset.isEmpty() && charset.compare("UTF-8"_L1, Qt::CaseInsensitive) != 0 &&
                charset.compare("ASCII"_L1, Qt::CaseInsensitive) != 0 &&
                charset.compare("US-ASCII"_L1, Qt::CaseInsensitive) != 0) {
                fail(error, u"the catalogue is in %1; only UTF-8 is read"_s.arg(charset.left(40)));
                return std::nullopt;
            }
            catalog.m_language = headerField(*value, u"Language").left(40);
            continue;
        }
        if (!value->isEmpty())
            catalog.m_messages.insert(*key, *value);
    }
    return catalog;
}

} // namespace ropa
