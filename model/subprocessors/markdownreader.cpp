// Markdown pipe tables, as copied from a vendor's web page.

#include "subprocessors/formatreaders.h"
#include "subprocessors/subprocessorlist.h"

#include <QRegularExpression>

namespace ropa::subprocessors {

namespace {

bool isSeparatorRow(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"));
    return re.match(line).hasMatch();
}

QStringList splitRow(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|'))
        line.remove(0, 1);
    if (line.endsWith(u'|') && !line.endsWith(QStringLiteral("\\|")))
        line.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && line.at(i + 1) == u'|') {
            cell.append(u'|');
            ++i;
        } else if (c == u'|') {
            cells.append(cell);
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell);
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    for (QString &c : cells) {
        c.replace(br, QStringLiteral("\n"));
        c = decodeEntities(c);
        QStringList parts = c.split(u'\n');
        for (QString &p : parts)
            p = p.trimmed();
        parts.removeAll(QString());
        c = parts.join(u'\n');
    }
    return cells;
}

QString titleFrom(QString line)
{
    line = line.trimmed();
    while (line.startsWith(u'#'))
        line.remove(0, 1);
    line.remove(QStringLiteral("**"));
    line = line.trimmed();
    if (line.endsWith(u':'))
        line.chop(1);
    return line.trimmed();
}

} // namespace

RawRead readMarkdown(const QString &text)
{
    RawRead result;
    const QStringList lines = text.split(u'\n');
    QString lastText;
    int rowCount = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.size() > maxCellChars) {
            result.error = Tr::tr("line %1: a cell is longer than 1 MB; is this a subprocessor list?").arg(i + 1);
            return result;
        }
        const bool isTableStart = line.contains(u'|') && i + 1 < lines.size() && isSeparatorRow(lines.at(i + 1));
        if (!isTableStart) {
            if (!line.trimmed().isEmpty()) {
                if (line.contains(u'|'))
                    result.notes.append(Tr::tr("line %1: a table row outside a table was skipped").arg(i + 1));
                else
                    lastText = titleFrom(line);
            }
            continue;
        }
        RawTable table;
        table.title = lastText.size() <= 200 ? lastText : QString();
        table.header = splitRow(line);
        qsizetype j = i + 2;
        for (; j < lines.size(); ++j) {
            const QString row = lines.at(j);
            if (!row.contains(u'|') || row.trimmed().isEmpty())
                break;
            if (row.size() > maxCellChars) {
                result.error = Tr::tr("line %1: a cell is longer than 1 MB; is this a subprocessor list?").arg(j + 1);
                return result;
            }
            if (++rowCount > maxRows) {
                result.error = Tr::tr("more than %n rows; a subprocessor list is not this long", nullptr, maxRows);
                return result;
            }
            table.rows.append(splitRow(row));
            table.lines.append(int(j + 1));
        }
        result.tables.append(table);
        lastText.clear();
        i = j - 1;
    }
    return result;
}

} // namespace ropa::subprocessors
