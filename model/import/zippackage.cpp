#include "import/zippackage.h"

#include <zip.h>

namespace ropa::importer {

namespace {

constexpr qint64 ratioFloorBytes = 1024 * 1024; // smaller entries may pack as well as they like

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

// Streams one entry, counting what it hands out against the package's limits.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(ZipPackage *package, zip_file_t *file, const QString &name, qint64 cap, bool ratioCap)
        : m_package(package)
        , m_file(file)
        , m_name(name)
        , m_cap(cap)
        , m_ratioCap(ratioCap)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~ZipEntryDevice() override { zip_fclose(m_file); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        const zip_int64_t got = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
        if (got < 0) {
            m_failed = true;
            m_package->m_limitError =
                Tr::tr("the package is damaged (%1: %2)").arg(m_name, QString::fromUtf8(zip_file_strerror(m_file)));
            return -1;
        }
        m_read += got;
        m_package->m_totalRead += got;
        const Limits &l = m_package->m_limits;
        if (m_package->m_totalRead > l.maxUncompressedBytes) {
            m_package->m_limitError = Tr::tr("the package unpacks to more than %1 MB, the limit for a workbook; "
                                             "this looks like a ZIP bomb")
                                          .arg(mebibytes(l.maxUncompressedBytes));
        } else if (m_read > m_cap) {
            m_package->m_limitError =
                m_ratioCap ? Tr::tr("%1 unpacks to more than %2 times its packed size, the limit for a workbook; "
                                    "this looks like a ZIP bomb")
                                 .arg(m_name)
                                 .arg(l.maxRatio)
                           : Tr::tr("%1 unpacks to more than %2 MB, the limit for one part of a workbook")
                                 .arg(m_name, mebibytes(l.maxEntryBytes));
        }
        if (!m_package->m_limitError.isEmpty()) {
            m_failed = true;
            return -1;
        }
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ZipPackage *m_package;
    zip_file_t *m_file;
    QString m_name;
    qint64 m_cap;
    bool m_ratioCap;
    qint64 m_read = 0;
    bool m_failed = false;
};

ZipPackage::ZipPackage(const QByteArray &bytes, const Limits &limits)
    : m_bytes(bytes)
    , m_limits(limits)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *source =
        zip_source_buffer_create(m_bytes.constData(), static_cast<zip_uint64_t>(m_bytes.size()), 0, &ze);
    if (source) {
        m_archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
        if (!m_archive)
            zip_source_free(source);
    }
    if (!m_archive)
        m_error = Tr::tr("the package is damaged: %1").arg(QString::fromUtf8(zip_error_strerror(&ze)));
    zip_error_fini(&ze);
}

ZipPackage::~ZipPackage()
{
    if (m_archive)
        zip_discard(m_archive); // frees the source too
}

bool ZipPackage::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

bool ZipPackage::hasEncryptedEntry() const
{
    if (!m_archive)
        return false;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_archive, static_cast<zip_uint64_t>(i), 0, &st) == 0 &&
            (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return true;
    }
    return false;
}

std::unique_ptr<QIODevice> ZipPackage::open(const QString &name)
{
    if (!m_archive)
        return nullptr;
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_archive, utf8.constData(), 0);
    zip_stat_t st;
    zip_stat_init(&st);
    if (index < 0 || zip_stat_index(m_archive, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
        m_limitError = Tr::tr("the package has no %1").arg(name);
        return nullptr;
    }
    qint64 cap = m_limits.maxEntryBytes;
    bool ratioCap = false;
    if (st.valid & ZIP_STAT_COMP_SIZE) {
        const qint64 byRatio = std::max<qint64>(ratioFloorBytes, qint64(st.comp_size) * m_limits.maxRatio);
        if (byRatio < cap) {
            cap = byRatio;
            ratioCap = true;
        }
    }
    zip_file_t *file = zip_fopen_index(m_archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        m_limitError =
            Tr::tr("cannot read %1 in the package: %2").arg(name, QString::fromUtf8(zip_strerror(m_archive)));
        return nullptr;
    }
    return std::make_unique<ZipEntryDevice>(this, file, name, cap, ratioCap);
}

QByteArray ZipPackage::read(const QString &name, bool *ok)
{
    *ok = false;
    const std::unique_ptr<QIODevice> device = open(name);
    if (!device)
        return {};
    QByteArray all;
    char buffer[65536];
    for (;;) {
        const qint64 got = device->read(buffer, sizeof buffer);
        if (got < 0)
            return {};
        if (got == 0)
            break;
        all.append(buffer, got);
    }
    *ok = m_limitError.isEmpty();
    return all;
}

} // namespace ropa::importer
