#include "import/templates.h"

namespace ropa::importer {

QString templateKey(Template t)
{
    switch (t) {
    case Template::Ico: return QStringLiteral("ico");
    case Template::Cnil: return QStringLiteral("cnil");
    case Template::RopaXlsx: return QStringLiteral("ropa-xlsx");
    }
    return {};
}

std::optional<Template> templateFromKey(QStringView key)
{
    for (const Template t : {Template::Ico, Template::Cnil, Template::RopaXlsx}) {
        if (key.compare(templateKey(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString templateName(Template t)
{
    switch (t) {
    case Template::Ico: return Tr::tr("the ICO's controller template");
    case Template::Cnil: return Tr::tr("the CNIL's register");
    case Template::RopaXlsx: return Tr::tr("Ropa's XLSX record");
    }
    return {};
}

std::optional<Template> detectTemplate(const Workbook &book)
{
    if (!book.ok() || book.format == u"csv")
        return std::nullopt;
    if (looksLikeRopaXlsx(book))
        return Template::RopaXlsx;
    if (looksLikeIco(book))
        return Template::Ico;
    if (looksLikeCnil(book))
        return Template::Cnil;
    return std::nullopt;
}

TemplateImport readTemplate(Template t, const Workbook &book, const QList<ValueMapping> &values)
{
    switch (t) {
    case Template::Ico: return readIcoTemplate(book, values);
    case Template::Cnil: return readCnilTemplate(book, values);
    case Template::RopaXlsx: return readRopaXlsx(book, values);
    }
    return {};
}

} // namespace ropa::importer
