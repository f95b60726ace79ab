// Plain text copied from a web page or a DPA's appendix.

#include "subprocessors/columns.h"
#include "subprocessors/formatreaders.h"
#include "subprocessors/resolve.h"
#include "subprocessors/subprocessorlist.h"

#include <QRegularExpression>

namespace ropa::subprocessors {

namespace {

// " – ", " — ", " - ", " | " between name, purpose and location.
const QRegularExpression &dashes()
{
    static const QRegularExpression re(QStringLiteral("\\s+[\\x{2013}\\x{2014}|-]\\s+"));
    return re;
}

bool looksLikeLocation(const QString &text)
{
    const ResolvedLocation loc = resolveLocation(text);
    return !loc.countries.isEmpty() || loc.saysVague;
}

QStringList textHeader()
{
    return {QStringLiteral("Name"), QStringLiteral("Purpose"), QStringLiteral("Location")};
}

// "Name – purpose – location", "Name – location", "Name – purpose", or just a name.
QStringList lineCells(const QStringList &parts)
{
    if (parts.size() == 1)
        return {parts.first(), QString(), QString()};
    if (parts.size() == 2)
        return looksLikeLocation(parts.at(1)) ? QStringList{parts.at(0), QString(), parts.at(1)}
                                              : QStringList{parts.at(0), parts.at(1), QString()};
    return {parts.first(), parts.mid(1, parts.size() - 2).join(QStringLiteral(" – ")), parts.constLast()};
}

bool isHeadingLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'#') || (t.endsWith(u':') && t.split(u' ').size() <= 8);
}

QString headingText(QString t)
{
    t = t.trimmed();
    while (t.startsWith(u'#'))
        t.remove(0, 1);
    if (t.endsWith(u':'))
        t.chop(1);
    return t.trimmed();
}

// "Purpose: hosting" -> field and value, where the label is a recognised heading.
std::pair<Field, QString> labelled(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || colon > 40)
        return {Field::None, QString()};
    return {fieldForHeading(line.left(colon)), line.mid(colon + 1).trimmed()};
}

} // namespace

RawRead readPlainText(const QString &text)
{
    RawRead result;
    const QStringList lines = text.split(u'\n');
    int separated = 0, tabbed = 0, nonEmpty = 0;
    for (const QString &l : lines) {
        if (l.size() > maxCellChars) {
            result.error = Tr::tr("a line is longer than 1 MB; is this a subprocessor list?");
            return result;
        }
        if (l.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        if (l.contains(u'\t'))
            ++tabbed;
        else if (l.contains(dashes()))
            ++separated;
    }
    if (nonEmpty > maxRows) {
        result.error = Tr::tr("more than %n rows; a subprocessor list is not this long", nullptr, maxRows);
        return result;
    }
    RawTable table;
    table.header = textHeader();
    const auto startTable = [&](const QString &title) {
        if (!table.rows.isEmpty())
            result.tables.append(table);
        table = RawTable();
        table.header = textHeader();
        table.title = title;
    };

    if (tabbed * 2 >= nonEmpty && tabbed > 0) {
        // Tab-separated: the first line is the heading row when it names a name column.
        bool headerRead = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString l = lines.at(i).trimmed();
            if (l.isEmpty())
                continue;
            QStringList cells = lines.at(i).split(u'\t');
            for (QString &c : cells)
                c = c.trimmed();
            if (!headerRead) {
                headerRead = true;
                bool hasName = false;
                for (const QString &c : cells)
                    hasName = hasName || fieldForHeading(c) == Field::Name;
                if (hasName) {
                    table.header = cells;
                    continue;
                }
            }
            if (cells.size() == 1 && isHeadingLine(l)) {
                startTable(headingText(l));
                continue;
            }
            table.rows.append(table.header == textHeader() ? lineCells(cells.mid(0, 3)) : cells);
            table.lines.append(int(i + 1));
        }
    } else if (separated * 2 >= nonEmpty && separated > 0) {
        // One subprocessor per line; other short lines are the headings of sections.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString l = lines.at(i).trimmed();
            if (l.isEmpty())
                continue;
            QStringList parts = l.split(dashes());
            for (QString &p : parts)
                p = p.trimmed();
            if (parts.size() > 1) {
                table.rows.append(lineCells(parts));
                table.lines.append(int(i + 1));
            } else if (isHeadingLine(l) || l.split(u' ').size() <= 6) {
                startTable(headingText(l));
            } else {
                result.notes.append(Tr::tr("line %1: not understood, skipped: %2").arg(i + 1).arg(l.left(80)));
            }
        }
    } else {
        // Blocks separated by blank lines: the name, then "Purpose: ...", "Location: ..." or
        // unlabelled lines (the purpose, then the location).
        qsizetype i = 0;
        while (i < lines.size()) {
            while (i < lines.size() && lines.at(i).trimmed().isEmpty())
                ++i;
            if (i >= lines.size())
                break;
            const int start = int(i + 1);
            QStringList block;
            while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
                block.append(lines.at(i++).trimmed());
            if (block.size() == 1 && isHeadingLine(block.first())) {
                startTable(headingText(block.first()));
                continue;
            }
            if (block.first().size() > 120 || block.first().endsWith(u'.')) {
                result.notes.append(
                    Tr::tr("line %1: not understood, skipped: %2").arg(start).arg(block.first().left(80)));
                continue;
            }
            QStringList cells{block.first(), QString(), QString()};
            QStringList unlabelled;
            for (const QString &l : block.mid(1)) {
                const auto [field, value] = labelled(l);
                if (field == Field::Purpose)
                    cells[1] = value;
                else if (field == Field::Location || field == Field::CorporateLocation)
                    cells[2] = value;
                else
                    unlabelled.append(l);
            }
            for (const QString &l : std::as_const(unlabelled)) {
                if (cells.at(2).isEmpty() && looksLikeLocation(l))
                    cells[2] = l;
                else if (cells.at(1).isEmpty())
                    cells[1] = l;
                else
                    result.notes.append(Tr::tr("line %1: not understood, skipped: %2").arg(start).arg(l.left(80)));
            }
            table.rows.append(cells);
            table.lines.append(start);
        }
    }
    startTable(QString());
    return result;
}

} // namespace ropa::subprocessors
