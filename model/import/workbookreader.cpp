#include "import/workbookreader.h"

#include "import/csvreader.h"
#include "import/odsreader.h"
#include "import/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace ropa::importer {

namespace {

Workbook refused(const QString &format, const QString &why)
{
    Workbook book;
    book.format = format;
    book.error = why;
    return book;
}

// An OLE compound file (D0 CF 11 E0): Excel 97-2003, or an OOXML workbook encrypted with a
// password, which Office wraps in one with an "EncryptionInfo" stream.
Workbook readCompoundFile(const QByteArray &bytes)
{
    const QByteArray encryptionInfo = QStringLiteral("EncryptionInfo").toUtf8();
    QByteArray utf16Name;
    for (const char c : encryptionInfo) {
        utf16Name.append(c);
        utf16Name.append('\0');
    }
    if (bytes.contains(utf16Name))
        return refused(QStringLiteral("xlsx"),
                       Tr::tr("the workbook is password-protected; open it in Excel or LibreOffice and save it as "
                              "XLSX without a password"));
    return refused(QStringLiteral("xls"),
                   Tr::tr("this is a password-protected workbook or an old .xls (Excel 97-2003) file, which Ropa "
                          "does not read; save it as XLSX without a password"));
}

} // namespace

Workbook readWorkbook(const QByteArray &bytes, const QString &fileName, const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return refused(
            QString(),
            Tr::tr("the file is over %1 MB, the limit for a register").arg(limits.maxFileBytes / (1024 * 1024)));
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return readCompoundFile(bytes);
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        ZipPackage package(bytes, limits);
        if (!package.error().isEmpty())
            return refused(QString(), package.error());
        if (package.hasEncryptedEntry())
            return refused(QString(), Tr::tr("the package is encrypted; save it without a password"));
        if (package.contains(QStringLiteral("content.xml"))) {
            bool ok = false;
            const QByteArray manifest = package.read(QStringLiteral("META-INF/manifest.xml"), &ok);
            if (manifest.contains("encryption-data"))
                return refused(QStringLiteral("ods"),
                               Tr::tr("the spreadsheet is password-protected; open it in LibreOffice and save it "
                                      "as ODS without a password"));
            return readOds(package, limits);
        }
        if (package.contains(QStringLiteral("[Content_Types].xml")))
            return readXlsx(package, limits);
        return refused(QString(), Tr::tr("this ZIP file is neither an XLSX nor an ODS spreadsheet"));
    }
    const QString name = QFileInfo(fileName).completeBaseName();
    return readCsvWorkbook(bytes, name.isEmpty() ? QStringLiteral("CSV") : name, limits);
}

Workbook readWorkbookFile(const QString &path, const Limits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused(QString(), Tr::tr("cannot open %1: %2").arg(path, f.errorString()));
    if (f.size() > limits.maxFileBytes)
        return refused(
            QString(),
            Tr::tr("the file is over %1 MB, the limit for a register").arg(limits.maxFileBytes / (1024 * 1024)));
    return readWorkbook(f.readAll(), path, limits);
}

} // namespace ropa::importer
