#include "import/textdecode.h"

#include "import/sheet.h"

#include <QStringDecoder>

namespace ropa::importer {

namespace {

QString decodeWith(QStringDecoder::Encoding encoding, QByteArrayView bytes, bool *failed)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *failed = decoder.hasError();
    return text;
}

// Windows-1252 is Latin-1 except 0x80-0x9F; five of those are undefined. Those, and C0
// controls other than tab and line ends, do not occur in a text a spreadsheet saved: false.
bool decodeWindows1252(QByteArrayView bytes, QString *text)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    text->clear();
    text->reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t u = b;
        if (b >= 0x80 && b <= 0x9F)
            u = high[b - 0x80];
        if (u == 0 || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r'))
            return false;
        text->append(QChar(u));
    }
    return true;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText d;
    bool failed = false;
    const QByteArrayView view(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        d.text = decodeWith(QStringDecoder::Utf8, view.sliced(3), &failed);
        d.encoding = QStringLiteral("UTF-8 with BOM");
    } else if (bytes.startsWith("\xFF\xFE")) {
        d.text = decodeWith(QStringDecoder::Utf16LE, view.sliced(2), &failed);
        d.encoding = QStringLiteral("UTF-16LE");
    } else if (bytes.startsWith("\xFE\xFF")) {
        d.text = decodeWith(QStringDecoder::Utf16BE, view.sliced(2), &failed);
        d.encoding = QStringLiteral("UTF-16BE");
    } else {
        if (view.first(std::min<qsizetype>(view.size(), 1 << 16)).contains('\0')) {
            d.error = Tr::tr("the text is in an encoding Ropa cannot tell (it holds NUL bytes: UTF-16 without a "
                             "byte order mark, or not text at all); save it as CSV UTF-8");
            return d;
        }
        d.text = decodeWith(QStringDecoder::Utf8, view, &failed);
        d.encoding = QStringLiteral("UTF-8");
        if (failed) {
            failed = false;
            d.encoding = QStringLiteral("Windows-1252");
            if (!decodeWindows1252(view, &d.text)) {
                d.error = Tr::tr("the text is neither UTF-8 nor Windows-1252 (an unknown encoding); save it "
                                 "as CSV UTF-8");
                d.text.clear();
                return d;
            }
        }
    }
    if (failed) {
        d.error = Tr::tr("the text is not valid %1 although it starts with that byte order mark").arg(d.encoding);
        d.text.clear();
    }
    return d;
}

} // namespace ropa::importer
