// Markdown and CSV writers, and the cell text rules of CSV and XLSX.

#include "writers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

// Backslash-escapes every character Markdown (CommonMark/GFM) or inline HTML could read as
// markup; line breaks become <br> (the only HTML we emit).
QString mdEscape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~&!");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("<br>");
        else if (c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (special.contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    // At the start of a line, these open a block (list, heading, quote, rule, numbered list).
    static const QRegularExpression lineStart(QStringLiteral("^([+\\-=]|\\d+[.)])"));
    if (const auto m = lineStart.match(out); m.hasMatch())
        out.insert(m.capturedEnd(1) - 1, QLatin1Char('\\'));
    return out;
}

QString mdCell(const Cell &cell, const QString &notStated)
{
    if (cell.notStated)
        return QStringLiteral("*%1*").arg(mdEscape(notStated));
    QStringList lines;
    for (const QString &l : cell.lines)
        lines.append(mdEscape(l));
    return lines.join(QStringLiteral("<br>"));
}

QString csvQuote(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QByteArray toMarkdown(const Report &report)
{
    const LanguageScope languageScope(report.language);
    QString m;
    m += QStringLiteral("# %1\n\n").arg(mdEscape(report.title));
    for (const Fact &f : report.cover)
        m += QStringLiteral("- **%1:** %2\n").arg(mdEscape(f.label), mdEscape(f.value));
    m += QStringLiteral("\n## %1\n\n").arg(mdEscape(Record::tr("Contents")));
    for (qsizetype i = 0; i < report.sections.size(); ++i)
        m += QStringLiteral("%1. %2\n").arg(i + 1).arg(mdEscape(report.sections.at(i).title));
    for (const Section &s : report.sections) {
        m += QStringLiteral("\n## %1\n").arg(mdEscape(s.title));
        for (const QString &p : s.paragraphs)
            m += QStringLiteral("\n%1\n").arg(mdEscape(p));
        for (const Table &t : s.tables) {
            m += QStringLiteral("\n### %1\n").arg(mdEscape(t.title));
            if (!t.note.isEmpty())
                m += QStringLiteral("\n*%1*\n").arg(mdEscape(t.note));
            if (t.rows.isEmpty()) {
                m += QStringLiteral("\n%1\n").arg(mdEscape(Record::tr("None.")));
                continue;
            }
            QStringList head, rule;
            for (const Column &c : t.columns) {
                head.append(c.item.isEmpty() ? mdEscape(c.title)
                                             : QStringLiteral("%1<br>%2").arg(mdEscape(c.title), mdEscape(c.item)));
                rule.append(QStringLiteral("---"));
            }
            m += QStringLiteral("\n| %1 |\n| %2 |\n")
                     .arg(head.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
            for (const auto &row : t.rows) {
                QStringList cells;
                for (const Cell &c : row)
                    cells.append(mdCell(c, report.notStatedText));
                m += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
        }
    }
    return m.toUtf8();
}

QString csvText(const QString &text, bool raw)
{
    if (raw || text.isEmpty())
        return text;
    // Spreadsheet formula injection (ARCHITECTURE.md): a leading ' makes it text.
    static const QString triggers = QStringLiteral("=+-@\t\r\n");
    if (triggers.contains(text.at(0)))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray toCsv(const Table &table, const QString &notStatedText, const CsvOptions &options)
{
    QString s;
    QStringList head;
    for (const Column &c : table.columns)
        head.append(csvQuote(
            csvText(c.item.isEmpty() ? c.title : QStringLiteral("%1 (%2)").arg(c.title, c.item), options.raw)));
    s += head.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const Cell &c : row)
            cells.append(csvQuote(csvText(c.notStated ? notStatedText : c.text(), options.raw)));
        s += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes;
    if (options.bom)
        bytes = QByteArray("\xEF\xBB\xBF");
    return bytes + s.toUtf8();
}

namespace {

// text (escaped, originally originalSize characters) cut to XlsxMaxCellChars with the marker.
QString cutText(const QString &text, qsizetype originalSize)
{
    const QString marker =
        QStringLiteral(" [\u2026] ") + Record::tr("[cut: the text has %n characters; a cell holds at most 32,767]",
                                                  nullptr, static_cast<int>(originalSize));
    qsizetype keep = XlsxMaxCellChars - marker.size();
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + marker;
}

} // namespace

QString xlsxText(const QString &text)
{
    // Excel reads _xHHHH_ in a string as an escaped character; _x005F_ is the escaped "_".
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString s = text;
    s.replace(escape, QStringLiteral("_x005F_\\1"));
    if (s.size() <= XlsxMaxCellChars)
        return s;
    return cutText(s, text.size());
}

QString cutCellText(const QString &text)
{
    return text.size() <= XlsxMaxCellChars ? text : cutText(text, text.size());
}

} // namespace ropa::reports
