#include "import/phrases.h"

#include "subprocessors/resolve.h"

#include <cstring>

namespace ropa::importer {

QString foldedWords(const QString &text)
{
    QString folded = subprocessors::foldText(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return u' ' + folded.simplified() + u' ';
}

bool mentions(QStringView words, const char *phrases)
{
    const char *start = phrases;
    while (*start) {
        const char *end = std::strchr(start, '|');
        const qsizetype length = end ? end - start : qsizetype(std::strlen(start));
        const QLatin1StringView phrase(start, length);
        const bool whole = length <= 4;
        for (qsizetype at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
            const bool startsWord = at > 0 && words.at(at - 1) == u' ';
            const bool endsWord = at + length < words.size() && words.at(at + length) == u' ';
            if (startsWord && (!whole || endsWord))
                return true;
        }
        if (!end)
            break;
        start = end + 1;
    }
    return false;
}

} // namespace ropa::importer
