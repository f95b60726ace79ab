// Format detection and decoding for subprocessor lists.

#include "subprocessors/listreader.h"

#include "import/textdecode.h"
#include "subprocessors/columns.h"
#include "subprocessors/formatreaders.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ropa::subprocessors {

namespace {

constexpr qint64 maxFileBytes = 200LL * 1024 * 1024;

QString detectFormat(const QString &text, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv" || suffix == u"tsv")
        return QStringLiteral("csv");
    if (suffix == u"md" || suffix == u"markdown")
        return QStringLiteral("markdown");
    if (suffix == u"html" || suffix == u"htm")
        return QStringLiteral("html");
    const QStringView head = QStringView(text).left(1 << 20);
    if (head.contains(QStringLiteral("<table"), Qt::CaseInsensitive))
        return QStringLiteral("html");
    static const QRegularExpression mdSeparator(QStringLiteral("(^|\\n)\\s*\\|?\\s*:?-{2,}:?\\s*\\|"));
    if (mdSeparator.match(head).hasMatch())
        return QStringLiteral("markdown");
    // A CSV saved as .txt, or without a name: its first line has a name heading between separators.
    const QStringView firstLine = head.left(head.indexOf(u'\n') < 0 ? head.size() : head.indexOf(u'\n'));
    for (const QChar sep : {QChar(u','), QChar(u';')}) {
        const QList<QStringView> cells = firstLine.split(sep);
        if (cells.size() < 2)
            continue;
        for (const QStringView cell : cells) {
            QString heading = cell.trimmed().toString();
            heading.remove(u'"');
            if (fieldForHeading(heading) == Field::Name)
                return QStringLiteral("csv");
        }
    }
    return QStringLiteral("text");
}

} // namespace

SubprocessorList readList(const QByteArray &bytes, const QString &fileName)
{
    SubprocessorList list;
    // A spreadsheet (XLSX, ODS: a ZIP package) goes through the import's workbook reader.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (bytes.startsWith("PK\x03\x04") || suffix == u"xlsx" || suffix == u"ods") {
        QString text, format;
        const RawRead read = readWorkbookTables(bytes, fileName, &text, &format);
        if (!read.error.isEmpty()) {
            list.error = read.error;
            return list;
        }
        list = buildList(read, format);
        if (list.ok())
            list.text = text;
        return list;
    }
    const importer::DecodedText decoded = importer::decodeText(bytes);
    if (!decoded.error.isEmpty()) {
        list.error = Tr::tr("this is not a text file (CSV, Markdown, HTML or plain text)");
        return list;
    }
    QString text = decoded.text;
    QString decodingNote;
    if (decoded.encoding == u"Windows-1252")
        decodingNote = Tr::tr("the file is not UTF-8; it was read as Windows-1252");
    const QString original = text;
    const QString format = detectFormat(text, fileName);
    RawRead read;
    if (format == u"csv")
        read = readCsv(text);
    else if (format == u"markdown")
        read = readMarkdown(text.remove(u'\r'));
    else if (format == u"html")
        read = readHtml(text);
    else
        read = readPlainText(text.remove(u'\r'));
    list = buildList(read, format);
    if (list.ok())
        list.text = original;
    if (!decodingNote.isEmpty())
        list.notes.prepend(decodingNote);
    return list;
}

SubprocessorList readListFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SubprocessorList list;
        list.error = Tr::tr("cannot open %1: %2").arg(path, f.errorString());
        return list;
    }
    if (f.size() > maxFileBytes) {
        SubprocessorList list;
        list.error = Tr::tr("%1 is over 200 MB; a subprocessor list is not this large").arg(path);
        return list;
    }
    return readList(f.readAll(), path);
}

} // namespace ropa::subprocessors
