#include "import/csvparser.h"

namespace ropa::importer {

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

CsvParse parseCsv(const QString &text, QChar sep, qsizetype maxCellChars, int maxRecords, qint64 maxCells)
{
    CsvParse result;
    qint64 cells = 0;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endCell = [&] {
        ++cells;
        record.append(wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endCell();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            result.records.append(record);
            result.lines.append(recordLine);
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
            result.stop = CsvParse::Stop::CellTooLong;
            result.stopLine = recordLine;
            return result;
        }
        if (cells > maxCells) {
            result.stop = CsvParse::Stop::TooManyCells;
            result.stopLine = recordLine;
            return result;
        }
        if (result.records.size() > maxRecords) {
            result.stop = CsvParse::Stop::TooManyRows;
            result.stopLine = recordLine;
            return result;
        }
    }
    if (quoted)
        result.unclosedQuoteLine = recordLine;
    if (!cell.isEmpty() || !record.isEmpty())
        endRecord();
    return result;
}

} // namespace ropa::importer
