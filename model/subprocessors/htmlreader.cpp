// HTML tables pasted from a web page or a DPA: a small tolerant tag scanner, not a browser.
// Script and style content is skipped unread; nothing is ever run.

#include "subprocessors/formatreaders.h"
#include "subprocessors/subprocessorlist.h"

#include <QHash>

namespace ropa::subprocessors {

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},      {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},       {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},     {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))}, {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))}, {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("eacute"), QString(QChar(0xE9))},  {QStringLiteral("egrave"), QString(QChar(0xE8))},
        {QStringLiteral("uuml"), QString(QChar(0xFC))},    {QStringLiteral("ouml"), QString(QChar(0xF6))},
        {QStringLiteral("auml"), QString(QChar(0xE4))},    {QStringLiteral("szlig"), QString(QChar(0xDF))},
        {QStringLiteral("copy"), QString(QChar(0xA9))},    {QStringLiteral("reg"), QString(QChar(0xAE))},
        {QStringLiteral("trade"), QString(QChar(0x2122))},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView ref = text.mid(i + 1, semi - i - 1);
        bool ok = false;
        char32_t code = 0;
        if (ref.startsWith(u"#x") || ref.startsWith(u"#X"))
            code = ref.mid(2).toUInt(&ok, 16);
        else if (ref.startsWith(u'#'))
            code = ref.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            out.append(code == 0xA0 ? QString(QChar(u' ')) : QString::fromUcs4(&code, 1));
            i = semi;
        } else if (const auto it = named.constFind(ref.toString().toLower()); !ok && it != named.cend()) {
            out.append(*it);
            i = semi;
        } else {
            out.append(c);
        }
    }
    return out;
}

namespace {

// Collapses runs of white space the way a browser shows them; "\n" from <br> is kept.
QString cleanCell(const QString &raw)
{
    QStringList lines = decodeEntities(raw).split(u'\n');
    for (QString &l : lines)
        l = l.simplified();
    lines.removeAll(QString());
    return lines.join(u'\n');
}

struct Scanner
{
    RawRead result;
    RawTable table;
    bool inTable = false;
    bool inCell = false;
    bool inRow = false;
    bool inCaption = false;
    bool rowAllHeaders = true;
    int rowLine = 0;
    QStringList row;
    QString cell;
    QString outside; // text outside tables since the last table: the next table's title
    QString caption;
    int rowCount = 0;

    void endCell()
    {
        if (inCell)
            row.append(cleanCell(cell));
        cell.clear();
        inCell = false;
    }
    void endRow()
    {
        endCell();
        if (inRow && !row.isEmpty()) {
            if (table.header.isEmpty() && table.rows.isEmpty()) {
                table.header = row;
            } else {
                table.rows.append(row);
                table.lines.append(rowLine);
                ++rowCount;
            }
        }
        row.clear();
        inRow = false;
        rowAllHeaders = true;
    }
    void endTable()
    {
        endRow();
        if (inTable && (!table.header.isEmpty() || !table.rows.isEmpty())) {
            const QString before = cleanCell(outside).split(u'\n').constLast();
            const QString title = cleanCell(caption).isEmpty() ? before : cleanCell(caption);
            table.title = title.size() <= 200 ? title.simplified() : QString();
            result.tables.append(table);
            outside.clear();
        }
        table = RawTable();
        caption.clear();
        inTable = false;
    }
    void text(QStringView t)
    {
        QString flat = t.toString();
        flat.replace(u'\n', u' ').replace(u'\r', u' ');
        if (inCaption)
            caption.append(flat);
        else if (inCell)
            cell.append(flat);
        else if (!inTable)
            outside.append(t);
    }
};

} // namespace

RawRead readHtml(const QString &text)
{
    Scanner s;
    int line = 1;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c != u'<') {
            const qsizetype next = text.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            const QStringView chunk = QStringView(text).mid(i, end - i);
            line += int(chunk.count(u'\n'));
            s.text(chunk);
            if (s.cell.size() > maxCellChars) {
                s.result.error = Tr::tr("line %1: a cell is longer than 1 MB; is this a subprocessor list?").arg(line);
                return s.result;
            }
            i = end;
            continue;
        }
        if (text.mid(i, 4) == QStringLiteral("<!--")) {
            const qsizetype end = text.indexOf(QStringLiteral("-->"), i + 4);
            const qsizetype stop = end < 0 ? n : end + 3;
            line += int(QStringView(text).mid(i, stop - i).count(u'\n'));
            i = stop;
            continue;
        }
        const qsizetype close = text.indexOf(u'>', i + 1);
        if (close < 0) {
            s.text(QStringView(text).mid(i));
            break;
        }
        const QStringView tag = QStringView(text).mid(i + 1, close - i - 1);
        const bool closing = tag.startsWith(u'/');
        qsizetype k = closing ? 1 : 0;
        QString name;
        while (k < tag.size() && (tag.at(k).isLetterOrNumber()))
            name.append(tag.at(k++).toLower());
        if (name.isEmpty()) { // "<" that opens no tag, e.g. "a < b": text
            s.text(u"<");
            ++i;
            continue;
        }
        line += int(tag.count(u'\n'));
        i = close + 1;
        if (!closing && (name == u"script" || name == u"style")) {
            const qsizetype end = text.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? n : end;
            line += int(QStringView(text).mid(i, stop - i).count(u'\n'));
            i = stop;
            continue;
        }
        if (name == u"table") {
            if (closing) {
                s.endTable();
            } else {
                if (s.inTable) // a table inside a cell or an unclosed table: finish the one before
                    s.endTable();
                s.inTable = true;
            }
        } else if (!s.inTable) {
            if (name == u"br" || name == u"p" || name == u"div" || name == u"li" || name.startsWith(u'h'))
                s.outside.append(u'\n');
            if (!closing && name.size() == 2 && name.startsWith(u'h') && name.at(1).isDigit())
                s.outside.clear(); // a heading starts: it is the next table's title
        } else if (name == u"caption") {
            s.inCaption = !closing;
        } else if (name == u"tr") {
            s.endRow();
            if (!closing) {
                s.inRow = true;
                s.rowLine = line;
            }
        } else if (name == u"td" || name == u"th") {
            s.endCell();
            if (!closing) {
                if (!s.inRow) {
                    s.inRow = true;
                    s.rowLine = line;
                }
                s.inCell = true;
                if (name == u"td")
                    s.rowAllHeaders = false;
            }
        } else if (name == u"br" || name == u"p" || name == u"div" || name == u"li") {
            if (s.inCell && (name == u"br" || closing))
                s.cell.append(u'\n');
        }
        if (s.rowCount > maxRows) {
            s.result.error = Tr::tr("more than %n rows; a subprocessor list is not this long", nullptr, maxRows);
            return s.result;
        }
    }
    if (s.inTable)
        s.endTable();
    return s.result;
}

} // namespace ropa::subprocessors
