// ODF packages with libzip; see odtpackage.h.

#include "odtpackage.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <zip.h>

#include <memory>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

// A zip_error_t that is always finished.
struct ZipError
{
    zip_error_t error;
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;
    QString text() { return QString::fromUtf8(zip_error_strerror(&error)); }
};

QString archiveError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

QByteArray manifestXml(const QString &mimeType, const QList<ZipEntry> &entries)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    xml.writeNamespace(ns, QStringLiteral("manifest"));
    xml.writeStartElement(ns, QStringLiteral("manifest"));
    xml.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(ns, QStringLiteral("file-entry"));
        xml.writeAttribute(ns, QStringLiteral("full-path"), path);
        xml.writeAttribute(ns, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), mimeType);
    for (const ZipEntry &e : entries) {
        const QString type = e.path.endsWith(QLatin1StringView(".xml"))   ? QStringLiteral("text/xml")
                             : e.path.endsWith(QLatin1StringView(".png")) ? QStringLiteral("image/png")
                                                                          : QString();
        entry(e.path, type);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

bool readZipEntries(const QByteArray &zip, QList<ZipEntry> *entries, QString *error, qint64 maxEntryBytes)
{
    entries->clear();
    const auto fail = [&](const QString &why) {
        *error = Record::tr("cannot read the package: %1").arg(why);
        entries->clear();
        return false;
    };
    ZipError ze;
    zip_source_t *source =
        zip_source_buffer_create(zip.constData(), static_cast<zip_uint64_t>(zip.size()), 0, &ze.error);
    if (!source)
        return fail(ze.text());
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze.error);
    if (!archive) {
        zip_source_free(source);
        return fail(ze.text());
    }
    const std::unique_ptr<zip_t, void (*)(zip_t *)> closer(archive, zip_discard); // frees the source too
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count <= 0) // libzip opens an empty file as an empty archive
        return fail(Record::tr("it holds nothing"));
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
            !(stat.valid & ZIP_STAT_NAME))
            return fail(archiveError(archive));
        if (stat.size > static_cast<zip_uint64_t>(maxEntryBytes))
            return fail(Record::tr("an entry is too large"));
        zip_file_t *file = zip_fopen_index(archive, index, 0);
        if (!file)
            return fail(archiveError(archive));
        ZipEntry entry{QString::fromUtf8(stat.name), QByteArray(static_cast<qsizetype>(stat.size), Qt::Uninitialized)};
        const zip_int64_t read = zip_fread(file, entry.data.data(), stat.size);
        // Reading to the end checks the CRC; one byte more must find the end.
        char more = 0;
        const zip_int64_t extra = zip_fread(file, &more, 1);
        const QString fileError = QString::fromUtf8(zip_file_strerror(file));
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size) || extra != 0)
            return fail(fileError);
        entries->append(std::move(entry));
    }
    return true;
}

QByteArray writeOdfPackage(const QString &mimeType, const QList<ZipEntry> &entries, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = Record::tr("cannot write the package: %1").arg(why);
        return QByteArray();
    };
    ZipError ze;
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &ze.error);
    if (!target)
        return fail(ze.text());
    zip_t *archive = zip_open_from_source(target, ZIP_CREATE | ZIP_TRUNCATE, &ze.error);
    if (!archive) {
        zip_source_free(target);
        return fail(ze.text());
    }
    zip_source_keep(target); // still ours after zip_close, to read the package from
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t *)> targetFree(target, zip_source_free);

    const QByteArray mime = mimeType.toUtf8();
    const QByteArray manifest = manifestXml(mimeType, entries);
    QList<QPair<QByteArray, const QByteArray *>> files;
    files.append({QByteArrayLiteral("mimetype"), &mime});
    for (const ZipEntry &e : entries)
        files.append({e.path.toUtf8(), &e.data});
    files.append({QByteArrayLiteral("META-INF/manifest.xml"), &manifest});
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto &[name, data] = files.at(i);
        zip_source_t *source =
            zip_source_buffer(archive, data->constData(), static_cast<zip_uint64_t>(data->size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString why = archiveError(archive);
            zip_discard(archive);
            return fail(why);
        }
        // The mimetype first and stored, so that it can be read at a fixed offset.
        if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), i == 0 ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                     0) != 0) {
            const QString why = archiveError(archive);
            zip_discard(archive);
            return fail(why);
        }
    }
    if (zip_close(archive) != 0) {
        const QString why = archiveError(archive);
        zip_discard(archive);
        return fail(why);
    }
    if (zip_source_open(target) != 0 || zip_source_seek(target, 0, SEEK_END) != 0)
        return fail(Record::tr("the written package cannot be read back"));
    const zip_int64_t size = zip_source_tell(target);
    QByteArray out(static_cast<qsizetype>(std::max<zip_int64_t>(size, 0)), Qt::Uninitialized);
    const bool ok = size > 0 && zip_source_seek(target, 0, SEEK_SET) == 0 &&
                    zip_source_read(target, out.data(), static_cast<zip_uint64_t>(size)) == size;
    zip_source_close(target);
    if (!ok)
        return fail(Record::tr("the written package cannot be read back"));
    return out;
}

} // namespace ropa::reports
