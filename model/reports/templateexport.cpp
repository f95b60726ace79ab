// The template formats' keys and the entry point that writes one (templates.h).

#include "templates.h"
#include "writers.h"

namespace ropa::reports {

QString templateFormatKey(TemplateFormat format)
{
    switch (format) {
    case TemplateFormat::IcoXlsx: return QStringLiteral("ico-xlsx");
    case TemplateFormat::CnilOds: return QStringLiteral("cnil-ods");
    case TemplateFormat::CnilXlsx: return QStringLiteral("cnil-xlsx");
    }
    return {};
}

std::optional<TemplateFormat> templateFormatFromKey(QStringView key)
{
    for (const TemplateFormat f : allTemplateFormats()) {
        if (key.compare(templateFormatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString templateFormatSuffix(TemplateFormat format)
{
    return format == TemplateFormat::CnilOds ? QStringLiteral("ods") : QStringLiteral("xlsx");
}

QList<TemplateFormat> allTemplateFormats()
{
    return {TemplateFormat::IcoXlsx, TemplateFormat::CnilOds, TemplateFormat::CnilXlsx};
}

QString writeTemplate(const ProjectData &data, TemplateFormat format, const QString &path)
{
    QString error;
    QByteArray bytes;
    switch (format) {
    case TemplateFormat::IcoXlsx: bytes = templateToXlsx(icoTemplate(data), &error); break;
    case TemplateFormat::CnilOds: bytes = templateToOds(cnilTemplate(data), &error); break;
    case TemplateFormat::CnilXlsx: bytes = templateToXlsx(cnilTemplate(data), &error); break;
    }
    if (!error.isEmpty())
        return error;
    return writeFileAtomically(path, bytes);
}

} // namespace ropa::reports
