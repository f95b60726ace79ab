#include "import/xlsxreader.h"

#include "import/xmlguard.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <cmath>

namespace ropa::importer {

namespace {

// "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "/xl/..." is absolute.
QString resolveTarget(const QString &baseDir, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = baseDir.isEmpty() ? QStringList() : baseDir.split(u'/');
    for (const QString &p : target.split(u'/')) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != u"." && !p.isEmpty()) {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

struct Relationship
{
    QString type; // the last segment of the type URI ("worksheet", "sharedStrings", ...)
    QString target;
};

// The relationships of a part (its _rels/NAME.rels), by id. Missing: empty.
QHash<QString, Relationship> readRelationships(ZipPackage &package, const QString &part, const Limits &limits,
                                               QString *error)
{
    QHash<QString, Relationship> rels;
    const QString dir = directoryOf(part);
    const QString name = part.mid(dir.isEmpty() ? 0 : dir.size() + 1);
    const QString relsPath =
        (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/") + name + QStringLiteral(".rels");
    if (!package.contains(relsPath))
        return rels;
    const std::unique_ptr<QIODevice> device = package.open(relsPath);
    if (!device) {
        *error = package.limitError();
        return rels;
    }
    QXmlStreamReader xml(device.get());
    XmlGuard guard(xml, relsPath, limits.maxCellChars);
    while (!guard.atEnd()) {
        if (guard.next() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QString type = guard.attribute(u"Type");
            rels.insert(guard.attribute(u"Id"),
                        {type.mid(type.lastIndexOf(u'/') + 1), resolveTarget(dir, guard.attribute(u"Target"))});
        }
    }
    *error = package.limitError().isEmpty() ? guard.error() : package.limitError();
    return rels;
}

QString targetOfType(const QHash<QString, Relationship> &rels, QStringView type, const QString &fallback)
{
    for (const Relationship &r : rels) {
        if (r.type == type)
            return r.target;
    }
    return fallback;
}

QStringList readSharedStrings(ZipPackage &package, const QString &path, const Limits &limits, QString *error)
{
    QStringList strings;
    if (!package.contains(path))
        return strings;
    const std::unique_ptr<QIODevice> device = package.open(path);
    if (!device) {
        *error = package.limitError();
        return strings;
    }
    QXmlStreamReader xml(device.get());
    XmlGuard guard(xml, path, limits.maxCellChars);
    while (!guard.atEnd()) {
        if (guard.next() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            QString text; // rich text runs <r><t> joined; phonetic runs <rPh> left out
            if (!guard.readText(&text, u"rPh"))
                break;
            strings.append(text);
        }
    }
    *error = package.limitError().isEmpty() ? guard.error() : package.limitError();
    return strings;
}

// A number format shows a date when it is one of the built-in date formats or its code has
// a day or year part outside quoted text, brackets and escapes.
bool isDateFormatCode(QStringView code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'[')
            ++bracket;
        else if (c == u']')
            bracket = std::max(0, bracket - 1);
        else if (bracket > 0)
            continue;
        else if (c == u'\\' || c == u'_')
            ++i;
        else if (c == u';') // only the format of positive numbers counts
            break;
        else if (c.toLower() == u'd' || c.toLower() == u'y')
            return true;
    }
    return false;
}

// Per cell style index: whether its number format is a date.
QList<bool> readDateStyles(ZipPackage &package, const QString &path, const Limits &limits, QString *error)
{
    QList<bool> dateStyles;
    if (!package.contains(path))
        return dateStyles;
    const std::unique_ptr<QIODevice> device = package.open(path);
    if (!device) {
        *error = package.limitError();
        return dateStyles;
    }
    QXmlStreamReader xml(device.get());
    XmlGuard guard(xml, path, limits.maxCellChars);
    QSet<int> customDates;
    QList<int> styleFormats;
    bool inCellXfs = false;
    while (!guard.atEnd()) {
        const QXmlStreamReader::TokenType token = guard.next();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt" && isDateFormatCode(guard.attribute(u"formatCode")))
                customDates.insert(guard.attribute(u"numFmtId").toInt());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf")
                styleFormats.append(guard.attribute(u"numFmtId").toInt());
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    for (const int id : std::as_const(styleFormats))
        dateStyles.append((id >= 14 && id <= 22) || customDates.contains(id));
    *error = package.limitError().isEmpty() ? guard.error() : package.limitError();
    return dateStyles;
}

// A serial day number to an ISO date (and time, when it has one).
QString serialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const double days = std::floor(serial);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days < 60) // Excel counts a 29 February 1900 that never was
        date = QDate(1899, 12, 31).addDays(qint64(days));
    else if (days > 60)
        date = QDate(1899, 12, 30).addDays(qint64(days));
    else
        return {};
    const int seconds = int(std::lround((serial - days) * 86400.0));
    if (seconds == 0 || seconds >= 86400)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + u'T' + QTime(0, 0).addSecs(seconds).toString(Qt::ISODate);
}

// "BC12" -> column 54, row 11 (0-based); false when it is no reference.
bool parseReference(QStringView ref, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (c > 1 << 20)
            return false;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

struct SheetReader
{
    ZipPackage &package;
    const Limits &limits;
    const QStringList &sharedStrings;
    const QList<bool> &dateStyles;
    bool date1904 = false;
    QString error;
    qint64 cells = 0; // held in all sheets read so far

    bool place(Sheet &sheet, int row, int column, Cell cell)
    {
        if (row >= limits.maxRows) {
            error = Tr::tr("the sheet “%1” has data in row %2; Ropa imports at most %3 rows of a register")
                        .arg(sheet.name)
                        .arg(row + 1)
                        .arg(limits.maxRows);
            return false;
        }
        if (column >= limits.maxColumns) {
            error = Tr::tr("the sheet “%1” has data in column %2; Ropa imports at most %3 columns")
                        .arg(sheet.name)
                        .arg(column + 1)
                        .arg(limits.maxColumns);
            return false;
        }
        const qsizetype have = row < sheet.rows.size() ? sheet.rows.at(row).size() : 0;
        cells += std::max<qsizetype>(0, column + 1 - have);
        if (cells > limits.maxCells) {
            error = tooManyCellsMessage(limits);
            return false;
        }
        if (sheet.rows.size() <= row)
            sheet.rows.resize(row + 1);
        QList<Cell> &r = sheet.rows[row];
        if (r.size() <= column)
            r.resize(column + 1);
        r[column] = std::move(cell);
        return true;
    }

    Cell makeCell(QStringView type, int style, const QString &value, const QString &inlineText)
    {
        if (type == u"inlineStr")
            return {inlineText, inlineText.isEmpty() ? CellType::Empty : CellType::String};
        if (value.isEmpty())
            return {};
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            const QString text = ok ? sharedStrings.value(index) : QString();
            return {text, text.isEmpty() ? CellType::Empty : CellType::String};
        }
        if (type == u"b")
            return {value == u"1" || value == u"true" ? QStringLiteral("true") : QStringLiteral("false"),
                    CellType::Boolean};
        if (type == u"str" || type == u"e")
            return {value, CellType::String};
        if (type == u"d") {
            const QString text = value.endsWith(QStringLiteral("T00:00:00")) ? value.left(10) : value;
            return {text, CellType::Date};
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return {value, CellType::String};
        if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
            const QString date = serialToDate(number, date1904);
            if (!date.isEmpty())
                return {date, CellType::Date};
        }
        return {QString::number(number, 'g', 15), CellType::Number};
    }

    bool read(const QString &path, Sheet &sheet)
    {
        const std::unique_ptr<QIODevice> device = package.open(path);
        if (!device) {
            error = package.limitError();
            return false;
        }
        QXmlStreamReader xml(device.get());
        XmlGuard guard(xml, path, limits.maxCellChars);
        int row = -1;
        int column = -1;
        while (!guard.atEnd()) {
            if (guard.next() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"row") {
                bool ok = false;
                const int r = guard.attribute(u"r").toInt(&ok);
                row = ok && r >= 1 ? r - 1 : row + 1;
                column = -1;
            } else if (name == u"c") {
                int r = 0, c = 0;
                if (parseReference(guard.attribute(u"r"), &r, &c)) {
                    row = r;
                    column = c;
                } else {
                    row = std::max(row, 0);
                    ++column;
                }
                const QString type = guard.attribute(u"t");
                bool styled = false;
                const int style = guard.attribute(u"s").toInt(&styled);
                QString value, inlineText;
                bool complete = true;
                while (complete && !guard.atEnd()) {
                    const QXmlStreamReader::TokenType token = guard.next();
                    if (token == QXmlStreamReader::EndElement && xml.name() == u"c")
                        break;
                    if (token != QXmlStreamReader::StartElement)
                        continue;
                    if (xml.name() == u"v")
                        complete = guard.readText(&value);
                    else if (xml.name() == u"is")
                        complete = guard.readText(&inlineText, u"rPh");
                    else // <f>: the formula; its cached value is in <v>
                        xml.skipCurrentElement();
                }
                if (!complete)
                    break;
                Cell cell = makeCell(type, styled ? style : -1, value, inlineText);
                if (cell.type != CellType::Empty && !place(sheet, row, column, std::move(cell)))
                    return false;
            } else if (name == u"mergeCell") {
                if (sheet.merges.size() >= limits.maxMerges) {
                    error = tooManyMergesMessage(sheet.name, limits);
                    return false;
                }
                const QStringList ends = guard.attribute(u"ref").split(u':');
                Merge m;
                if (ends.size() == 2 && parseReference(ends.at(0), &m.firstRow, &m.firstColumn) &&
                    parseReference(ends.at(1), &m.lastRow, &m.lastColumn) && m.firstRow <= m.lastRow &&
                    m.firstColumn <= m.lastColumn)
                    sheet.merges.append(m);
            }
        }
        error = package.limitError().isEmpty() ? guard.error() : package.limitError();
        for (QList<Cell> &r : sheet.rows) {
            while (!r.isEmpty() && r.constLast().type == CellType::Empty)
                r.removeLast();
        }
        return error.isEmpty();
    }
};

} // namespace

Workbook readXlsx(ZipPackage &package, const Limits &limits)
{
    Workbook book;
    book.format = QStringLiteral("xlsx");
    const auto failed = [&](const QString &why) {
        book.error = why;
        book.sheets.clear();
        return book;
    };
    QString error;
    const QHash<QString, Relationship> packageRels = readRelationships(package, QString(), limits, &error);
    if (!error.isEmpty())
        return failed(error);
    const QString workbookPath = targetOfType(packageRels, u"officeDocument", QStringLiteral("xl/workbook.xml"));
    const QHash<QString, Relationship> rels = readRelationships(package, workbookPath, limits, &error);
    if (!error.isEmpty())
        return failed(error);
    const QString dir = directoryOf(workbookPath);
    const QStringList strings = readSharedStrings(
        package, targetOfType(rels, u"sharedStrings", resolveTarget(dir, QStringLiteral("sharedStrings.xml"))), limits,
        &error);
    if (!error.isEmpty())
        return failed(error);
    const QList<bool> dateStyles = readDateStyles(
        package, targetOfType(rels, u"styles", resolveTarget(dir, QStringLiteral("styles.xml"))), limits, &error);
    if (!error.isEmpty())
        return failed(error);

    // The workbook: sheet names in order, the 1904 date system.
    QList<std::pair<QString, QString>> sheets; // name, part
    bool date1904 = false;
    {
        const std::unique_ptr<QIODevice> device = package.open(workbookPath);
        if (!device)
            return failed(Tr::tr("this is not an XLSX workbook (it has no %1)").arg(workbookPath));
        QXmlStreamReader xml(device.get());
        XmlGuard guard(xml, workbookPath, limits.maxCellChars);
        while (!guard.atEnd()) {
            if (guard.next() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QString flag = guard.attribute(u"date1904");
                date1904 = flag == u"1" || flag == u"true";
            } else if (xml.name() == u"sheet") {
                const Relationship rel = rels.value(guard.attribute(u"id"));
                if (rel.type == u"worksheet")
                    sheets.append({guard.attribute(u"name"), rel.target});
                else
                    book.notes.append(
                        Tr::tr("“%1” is a chart or dialog sheet, not a table; skipped").arg(guard.attribute(u"name")));
            }
        }
        const QString why = package.limitError().isEmpty() ? guard.error() : package.limitError();
        if (!why.isEmpty())
            return failed(why);
    }
    if (sheets.isEmpty())
        return failed(Tr::tr("the workbook has no worksheet"));
    SheetReader reader{package, limits, strings, dateStyles, date1904, {}};
    for (const auto &[name, path] : std::as_const(sheets)) {
        Sheet sheet;
        sheet.name = name;
        if (!reader.read(path, sheet))
            return failed(reader.error);
        book.sheets.append(std::move(sheet));
    }
    return book;
}

} // namespace ropa::importer
