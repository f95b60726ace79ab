#include "store/strictjson.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace ropa::json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::json)
};

QString hex4(uint unit)
{
    return QStringLiteral("%1").arg(unit, 4, 16, QLatin1Char('0')).toUpper();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isHighSurrogate(uint u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(uint u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

// One walk over the bytes with an explicit stack (no recursion, so deep nesting costs memory
// in proportion, never the call stack). Stops at the first refusal or syntax error.
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    QString run()
    {
        enum class Next { Value, Key, AfterValue };
        Next next = Next::Value;
        bool versionValue = false; // the value of the project's "version" comes next
        for (;;) {
            skipSpace();
            if (next == Next::Value) {
                if (atEnd())
                    return {};
                const char c = m_bytes.at(m_pos);
                if (c == '{' || c == '[') {
                    ++m_pos;
                    m_stack.push_back(Frame{c == '{', {}});
                    skipSpace();
                    if (!atEnd() && m_bytes.at(m_pos) == (c == '{' ? '}' : ']')) {
                        ++m_pos;
                        m_stack.pop_back();
                        next = Next::AfterValue;
                    } else {
                        next = c == '{' ? Next::Key : Next::Value;
                    }
                    versionValue = false;
                    continue;
                }
                if (c == '"') {
                    if (!scanString(nullptr))
                        return m_problem;
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    const qsizetype start = m_pos;
                    const bool integer = scanNumber();
                    if (versionValue && !integer) {
                        const TextPosition at = textPosition(m_bytes, start);
                        return Tr::tr("The project's “version” must be a whole number such as 1, not “%1”, at "
                                      "line %2, column %3.")
                            .arg(QString::fromLatin1(m_bytes.mid(start, std::min<qsizetype>(m_pos - start, 40))))
                            .arg(at.line)
                            .arg(at.column);
                    }
                } else if (!scanLiteral()) {
                    return {};
                }
                versionValue = false;
                next = Next::AfterValue;
            } else if (next == Next::Key) {
                if (atEnd() || m_bytes.at(m_pos) != '"')
                    return {};
                const qsizetype start = m_pos;
                QString key;
                if (!scanString(&key))
                    return m_problem;
                Frame &frame = m_stack.back();
                if (frame.keys.contains(key)) {
                    const TextPosition at = textPosition(m_bytes, start);
                    return Tr::tr("The key “%1” appears twice in the same object (the second time at line %2, "
                                  "column %3). Each key may appear only once.")
                        .arg(key.left(80))
                        .arg(at.line)
                        .arg(at.column);
                }
                frame.keys.insert(key);
                versionValue = m_stack.size() == 1 && key == QLatin1StringView("version");
                skipSpace();
                if (atEnd() || m_bytes.at(m_pos) != ':')
                    return {};
                ++m_pos;
                next = Next::Value;
            } else {
                if (m_stack.empty() || atEnd())
                    return {}; // the end of the document, or of the bytes: nothing more to judge
                const char c = m_bytes.at(m_pos);
                const bool object = m_stack.back().object;
                if (c == ',') {
                    ++m_pos;
                    next = object ? Next::Key : Next::Value;
                } else if (c == (object ? '}' : ']')) {
                    ++m_pos;
                    m_stack.pop_back();
                } else {
                    return {};
                }
            }
        }
    }

private:
    struct Frame
    {
        bool object = false;
        QSet<QString> keys;
    };

    bool atEnd() const { return m_pos >= m_bytes.size(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_bytes.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // A number's bytes; true when it is written as an integer (no fraction, no exponent).
    bool scanNumber()
    {
        bool integer = true;
        while (!atEnd()) {
            const char c = m_bytes.at(m_pos);
            if (c == '.' || c == 'e' || c == 'E')
                integer = false;
            else if (c != '-' && c != '+' && (c < '0' || c > '9'))
                break;
            ++m_pos;
        }
        return integer;
    }

    bool scanLiteral()
    {
        for (const char *word : {"true", "false", "null"}) {
            const QByteArrayView w(word);
            if (QByteArrayView(m_bytes).sliced(m_pos).startsWith(w)) {
                m_pos += w.size();
                return true;
            }
        }
        return false;
    }

    bool refuse(qsizetype offset, const QString &message)
    {
        const TextPosition at = textPosition(m_bytes, offset);
        m_problem = message.arg(at.line).arg(at.column);
        return false;
    }

    // Reads \uXXXX at m_pos (just after the backslash and the u); -1 when it is not one.
    int readUnit()
    {
        if (m_pos + 4 > m_bytes.size())
            return -1;
        int unit = 0;
        for (int k = 0; k < 4; ++k) {
            const int d = hexDigit(m_bytes.at(m_pos + k));
            if (d < 0)
                return -1;
            unit = unit * 16 + d;
        }
        m_pos += 4;
        return unit;
    }

    // A string at m_pos (its opening quote); its text into *text when asked for. False with
    // m_problem set on a refusal, or with m_problem empty on a syntax error.
    bool scanString(QString *text)
    {
        ++m_pos;
        qsizetype run = m_pos; // start of the bytes not yet added to *text
        auto flush = [&](qsizetype end) {
            if (text && end > run)
                text->append(QString::fromUtf8(m_bytes.constData() + run, end - run));
        };
        while (!atEnd()) {
            const auto c = uchar(m_bytes.at(m_pos));
            if (c == '"') {
                flush(m_pos);
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                return refuse(m_pos, Tr::tr("The file is not valid JSON: a text contains the control character "
                                            "U+%1, which must be written as an escape, at line %2, column %3.")
                                         .arg(hex4(c)));
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush(m_pos);
            const qsizetype escape = m_pos;
            ++m_pos;
            if (atEnd())
                return false;
            const char e = m_bytes.at(m_pos++);
            if (e == 'u') {
                const int unit = readUnit();
                if (unit < 0)
                    return false;
                if (unit == 0) {
                    return refuse(escape, Tr::tr("The file contains the character U+0000 (written \\u0000) in a "
                                                 "text, which Ropa does not accept, at line %1, column %2."));
                }
                if (isHighSurrogate(uint(unit))) {
                    const bool pair =
                        m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos) == '\\' && m_bytes.at(m_pos + 1) == 'u';
                    int low = -1;
                    if (pair) {
                        m_pos += 2;
                        low = readUnit();
                    }
                    if (low < 0 || !isLowSurrogate(uint(low)))
                        return loneSurrogate(escape, uint(unit));
                    if (text) {
                        text->append(QChar(unit));
                        text->append(QChar(low));
                    }
                } else if (isLowSurrogate(uint(unit))) {
                    return loneSurrogate(escape, uint(unit));
                } else if (text) {
                    text->append(QChar(unit));
                }
            } else if (text) {
                switch (e) {
                case '"':
                case '\\':
                case '/': text->append(QLatin1Char(e)); break;
                case 'b': text->append(QLatin1Char('\b')); break;
                case 'f': text->append(QLatin1Char('\f')); break;
                case 'n': text->append(QLatin1Char('\n')); break;
                case 'r': text->append(QLatin1Char('\r')); break;
                case 't': text->append(QLatin1Char('\t')); break;
                default: return false;
                }
            }
            run = m_pos;
        }
        return false;
    }

    bool loneSurrogate(qsizetype offset, uint unit)
    {
        return refuse(offset, Tr::tr("The file is not valid JSON: a text contains half of a UTF-16 surrogate pair "
                                     "(\\u%1) without its other half, at line %2, column %3.")
                                  .arg(hex4(unit)));
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    std::vector<Frame> m_stack;
    QString m_problem;
};

} // namespace

TextPosition textPosition(const QByteArray &bytes, qsizetype offset)
{
    TextPosition at;
    for (qsizetype k = 0; k < offset && k < bytes.size(); ++k) {
        if (bytes[k] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(bytes[k]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

QString strictProblem(const QByteArray &bytes)
{
    return Scanner(bytes).run();
}

} // namespace ropa::json
