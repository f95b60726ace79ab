// Formats and the one entry point that writes a report to a file, atomically.

#include "writers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

} // namespace

QString formatKey(Format format)
{
    switch (format) {
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Odt: return QStringLiteral("odt");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Markdown: return QStringLiteral("md");
    }
    return {};
}

std::optional<Format> formatFromKey(QStringView key)
{
    for (Format f : allFormats()) {
        if (key.compare(formatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    if (key.compare(QLatin1StringView("markdown"), Qt::CaseInsensitive) == 0)
        return Format::Markdown;
    return std::nullopt;
}

QString formatSuffix(Format format)
{
    return formatKey(format);
}

QList<Format> allFormats()
{
    return {Format::Xlsx, Format::Pdf, Format::Html, Format::Odt, Format::Csv, Format::Markdown};
}

bool formatNeedsGui(Format format)
{
    return format == Format::Pdf || format == Format::Odt;
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    // QSaveFile renames its temporary file over the target: never over a device, a pipe or a
    // folder (as root, "-o /dev/null" would replace the device with a regular file).
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return Record::tr("cannot write “%1”: it is not a regular file").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Record::tr("cannot write “%1”: %2").arg(path, file.errorString());
    // flush() before commit(): writing straight to a device (QSaveFile's fallback) would
    // otherwise lose a late ENOSPC.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString err = file.errorString();
        file.cancelWriting();
        return Record::tr("cannot write “%1”: %2").arg(path, err);
    }
    if (!file.commit())
        return Record::tr("cannot write “%1”: %2").arg(path, file.errorString());
    return {};
}

QString writeReport(const Report &report, Format format, const QString &path, const WriteOptions &options)
{
    const LanguageScope languageScope(report.language);
    QByteArray bytes;
    QString error;
    switch (format) {
    case Format::Xlsx: bytes = toXlsx(report, &error); break;
    case Format::Pdf: bytes = toPdf(report, &error, options.paged); break;
    case Format::Odt: bytes = toOdt(report, &error); break;
    case Format::Html: bytes = toHtml(report, HtmlFlavour::Browser).toUtf8(); break;
    case Format::Markdown: bytes = toMarkdown(report); break;
    case Format::Csv: {
        const Table *table = report.table(options.csv.table);
        if (!table) {
            QStringList keys;
            for (const Table *t : report.tables())
                keys.append(t->key);
            return Record::tr("this record has no table “%1” (tables: %2)")
                .arg(options.csv.table, keys.join(QStringLiteral(", ")));
        }
        bytes = toCsv(*table, report.notStatedText, options.csv);
        break;
    }
    }
    if (!error.isEmpty())
        return error;
    return writeFileAtomically(path, bytes);
}

} // namespace ropa::reports
