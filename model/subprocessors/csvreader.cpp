// RFC 4180 CSV for subprocessor lists.

#include "subprocessors/formatreaders.h"
#include "subprocessors/subprocessorlist.h"

namespace ropa::subprocessors {

namespace {

QChar detectSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

} // namespace

RawRead readCsv(const QString &text)
{
    RawRead result;
    const QChar sep = detectSeparator(text);
    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endCell = [&] {
        record.append(wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endCell();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            records.append(record);
            lines.append(recordLine);
        }
        record.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r')
                    cell.append(c);
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == sep) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            cell.append(c);
        }
        if (cell.size() > maxCellChars) {
            result.error = Tr::tr("line %1: a cell is longer than 1 MB; is this a subprocessor list?").arg(recordLine);
            return result;
        }
        if (records.size() - 1 > maxRows) { // the first record is the heading row
            result.error = Tr::tr("more than %n rows; a subprocessor list is not this long", nullptr, maxRows);
            return result;
        }
    }
    if (quoted)
        result.notes.append(
            Tr::tr("line %1: a quoted cell is not closed; read to the end of the file").arg(recordLine));
    if (!cell.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty())
        return result;
    RawTable table;
    table.header = records.takeFirst();
    lines.removeFirst();
    table.rows = records;
    table.lines = lines;
    result.tables.append(table);
    return result;
}

} // namespace ropa::subprocessors
