#include "templatebook.h"

namespace ropa::reports {

TemplateCell &TemplateSheet::at(int row, int column)
{
    while (rows.size() <= row)
        rows.append(QList<TemplateCell>());
    QList<TemplateCell> &cells = rows[row];
    while (cells.size() <= column)
        cells.append(TemplateCell());
    return cells[column];
}

QString TemplateBook::uniqueSheetName(const QString &wanted) const
{
    QString name;
    for (const QChar c : wanted) {
        if (!QStringLiteral("[]:*?/\\").contains(c) && c.unicode() >= 0x20)
            name += c;
    }
    name = name.trimmed();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    name = name.left(31).trimmed();
    const auto used = [this](const QString &n) {
        for (const TemplateSheet &s : sheets) {
            if (s.name.compare(n, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString candidate = name;
    for (int n = 2; used(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

} // namespace ropa::reports
