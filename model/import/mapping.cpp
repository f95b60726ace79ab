#include "import/mapping.h"

#include "subprocessors/resolve.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ropa::importer {

namespace {

constexpr int headingScanRows = 50;

QString columnLetters(int column)
{
    const QString ref = cellReference(0, column);
    return ref.left(ref.size() - 1);
}

int columnFromLetters(const QString &letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int c = 0;
    for (const QChar ch : letters) {
        if (ch < u'A' || ch > u'Z')
            return -1;
        c = c * 26 + (ch.unicode() - u'A' + 1);
    }
    return c - 1;
}

struct RowScore
{
    int nonEmpty = 0;
    int matched = 0;
};

RowScore scoreRow(const Sheet &sheet, int row)
{
    RowScore score;
    const int columns = int(sheet.rows.value(row).size());
    for (int c = 0; c < columns; ++c) {
        const QString text = sheet.text(row, c).trimmed();
        if (text.isEmpty())
            continue;
        ++score.nonEmpty;
        if (fieldForHeading(text) != Field::Ignore)
            ++score.matched;
    }
    return score;
}

} // namespace

QList<int> Mapping::columnsOf(Field field) const
{
    QList<int> out;
    for (const ColumnField &c : columns) {
        if (c.field == field)
            out.append(c.column);
    }
    return out;
}

std::optional<QString> Mapping::valueFor(Field field, const QString &value) const
{
    const QString folded = subprocessors::foldText(value);
    for (const ValueMapping &v : values) {
        if (v.field == field && subprocessors::foldText(v.value) == folded)
            return v.as;
    }
    return std::nullopt;
}

QByteArray Mapping::toJson() const
{
    QJsonArray cols;
    for (const ColumnField &c : columns)
        cols.append(QJsonObject{{QStringLiteral("column"), columnLetters(c.column)},
                                {QStringLiteral("heading"), c.heading},
                                {QStringLiteral("field"), fieldKey(c.field)}});
    QJsonArray split;
    if (this->split.newLines)
        split.append(QStringLiteral("new_lines"));
    if (this->split.semicolons)
        split.append(QStringLiteral("semicolons"));
    if (this->split.commas)
        split.append(QStringLiteral("commas"));
    if (this->split.bullets)
        split.append(QStringLiteral("bullets"));
    QJsonArray valueList;
    for (const ValueMapping &v : values)
        valueList.append(QJsonObject{{QStringLiteral("field"), fieldKey(v.field)},
                                     {QStringLiteral("value"), v.value},
                                     {QStringLiteral("as"), v.as}});
    QJsonObject o{{QStringLiteral("version"), 1},
                  {QStringLiteral("sheet"), sheet},
                  {QStringLiteral("heading_row"), headingRow + 1},
                  {QStringLiteral("heading_rows"), headingRows},
                  {QStringLiteral("columns"), cols},
                  {QStringLiteral("split"), split},
                  {QStringLiteral("values"), valueList}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Mapping> Mapping::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = Tr::tr("the mapping is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != 1) {
        *error = Tr::tr("the mapping's version is not 1");
        return std::nullopt;
    }
    Mapping m;
    m.sheet = o.value(QStringLiteral("sheet")).toString();
    const int row = o.value(QStringLiteral("heading_row")).toInt(0);
    if (row < 0 || row > 100000) {
        *error = Tr::tr("the mapping's heading_row must be a row number, or 0 to find it");
        return std::nullopt;
    }
    m.headingRow = row - 1;
    m.headingRows = o.value(QStringLiteral("heading_rows")).toInt(1);
    if (m.headingRows < 1 || m.headingRows > 2) {
        *error = Tr::tr("the mapping's heading_rows must be 1 or 2");
        return std::nullopt;
    }
    const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &v : cols) {
        const QJsonObject c = v.toObject();
        const QString letters = c.value(QStringLiteral("column")).toString();
        const int column = columnFromLetters(letters);
        if (column < 0) {
            *error = Tr::tr("the mapping names a column “%1”; columns are letters (A, B, …, AD)").arg(letters);
            return std::nullopt;
        }
        const QString key = c.value(QStringLiteral("field")).toString();
        const std::optional<Field> field = fieldFromKey(key);
        if (!field) {
            *error = Tr::tr("the mapping maps column %1 to “%2”, which is no field").arg(letters, key);
            return std::nullopt;
        }
        m.columns.append({column, c.value(QStringLiteral("heading")).toString(), *field});
    }
    const QJsonArray valueList = o.value(QStringLiteral("values")).toArray();
    for (const QJsonValue &v : valueList) {
        const QJsonObject entry = v.toObject();
        const QString key = entry.value(QStringLiteral("field")).toString();
        const std::optional<Field> field = fieldFromKey(key);
        if (!field) {
            *error = Tr::tr("the mapping resolves a value of “%1”, which is no field").arg(key);
            return std::nullopt;
        }
        m.values.append(
            {*field, entry.value(QStringLiteral("value")).toString(), entry.value(QStringLiteral("as")).toString()});
    }
    if (o.contains(QStringLiteral("split"))) {
        const QJsonArray split = o.value(QStringLiteral("split")).toArray();
        const auto has = [&](const char *name) { return split.contains(QJsonValue(QString::fromLatin1(name))); };
        m.split = {has("new_lines"), has("semicolons"), has("commas"), has("bullets")};
    }
    return m;
}

int findHeadingRow(const Sheet &sheet)
{
    const int rows = std::min<int>(int(sheet.rows.size()), headingScanRows);
    int best = -1;
    int bestMatched = 1;
    for (int r = 0; r < rows; ++r) {
        const RowScore s = scoreRow(sheet, r);
        if (s.matched >= 2 && s.matched * 2 >= s.nonEmpty)
            return r;
        if (s.matched > bestMatched) {
            best = r;
            bestMatched = s.matched;
        }
    }
    return best;
}

Mapping detectMapping(const Sheet &sheet, int headingRow)
{
    Mapping m;
    m.sheet = sheet.name;
    m.headingRow = headingRow >= 0 ? headingRow : findHeadingRow(sheet);
    if (m.headingRow < 0)
        return m;
    // Columns under a heading merged across columns, which have a sub-heading below it.
    QList<int> grouped;
    const int subRow = m.headingRow + 1;
    for (const Merge &g : sheet.merges) {
        if (g.firstRow != m.headingRow || g.lastRow != m.headingRow || g.lastColumn == g.firstColumn)
            continue;
        for (int c = g.firstColumn; c <= g.lastColumn; ++c) {
            if (!sheet.text(subRow, c).trimmed().isEmpty())
                grouped.append(c);
        }
    }
    if (!grouped.isEmpty())
        m.headingRows = 2;
    const int columns = int(std::max(sheet.rows.value(m.headingRow).size(), sheet.rows.value(subRow).size()));
    for (int c = 0; c < columns; ++c) {
        const QString top = sheet.text(m.headingRow, c).simplified();
        if (!grouped.contains(c)) {
            if (!top.isEmpty())
                m.columns.append({c, top, fieldForHeading(top)});
            continue;
        }
        const QString sub = sheet.text(subRow, c).simplified();
        const Field own = fieldForHeading(sub);
        const QString both = top + QStringLiteral(" – ") + sub;
        m.columns.append({c, both, own != Field::Ignore ? own : fieldForHeading(both)});
    }
    return m;
}

QStringList splitCell(const QString &cell, const SplitRules &rules)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*[•\\-*·▪–]\\s+"));
    QStringList parts{cell};
    const auto splitAll = [&](const QString &separator) {
        QStringList next;
        for (const QString &p : std::as_const(parts))
            next.append(p.split(separator));
        parts = next;
    };
    if (rules.newLines || rules.bullets) {
        QStringList lines = cell.split(u'\n');
        if (rules.bullets) {
            for (QString &line : lines)
                line.remove(bullet);
        }
        parts = rules.newLines ? lines : QStringList{lines.join(u' ')};
    }
    if (rules.semicolons)
        splitAll(QStringLiteral(";"));
    if (rules.commas)
        splitAll(QStringLiteral(","));
    QStringList out;
    for (const QString &p : std::as_const(parts)) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace ropa::importer
