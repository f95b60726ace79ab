// Adds styles.xml (the page style) to the ODT package Qt writes; see odtpages.h.
//
// The package is rewritten entry by entry: every entry Qt wrote is copied as it is
// (compressed bytes, CRC and sizes from the central directory), except the manifest, which
// gets a line for styles.xml; styles.xml is added, stored. Only the manifest is inflated.
// ZIP layout: APPNOTE.TXT (PKWARE), sections 4.3.7 (local header), 4.3.12 (central
// directory), 4.3.16 (end of central directory); ODF packages: ODF 1.2 part 3, section 3.

#include "odtpages.h"

#include <QCoreApplication>
#include <QList>

#include <zlib.h>

#include <limits>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr qint64 MaxManifestBytes = 1 << 20;

quint16 le16(const QByteArray &b, qint64 at)
{
    return quint16(uchar(b[at]) | uchar(b[at + 1]) << 8);
}

quint32 le32(const QByteArray &b, qint64 at)
{
    return quint32(le16(b, at)) | quint32(le16(b, at + 2)) << 16;
}

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

struct Entry
{
    QByteArray name;
    quint16 method = 0;
    quint16 flags = 0;
    quint16 time = 0;
    quint16 date = 0;
    quint32 crc = 0;
    QByteArray data;        // as stored (compressed when method is 8)
    quint32 size = 0;       // uncompressed
};

// The entries of a package, or an error.
bool readEntries(const QByteArray &zip, QList<Entry> *entries)
{
    const qint64 n = zip.size();
    if (n < 22)
        return false;
    qint64 end = -1;
    for (qint64 at = n - 22; at >= 0 && at >= n - 22 - 65535; --at) {
        if (le32(zip, at) == EndSignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return false;
    const quint16 count = le16(zip, end + 10);
    const qint64 cdSize = le32(zip, end + 12);
    qint64 at = le32(zip, end + 16);
    if (at + cdSize > end)
        return false;
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > end || le32(zip, at) != CentralSignature)
            return false;
        Entry e;
        e.flags = le16(zip, at + 8);
        e.method = le16(zip, at + 10);
        e.time = le16(zip, at + 12);
        e.date = le16(zip, at + 14);
        e.crc = le32(zip, at + 16);
        const qint64 compressed = le32(zip, at + 20);
        e.size = le32(zip, at + 24);
        const qint64 nameLength = le16(zip, at + 28);
        const qint64 extraLength = le16(zip, at + 30);
        const qint64 commentLength = le16(zip, at + 32);
        const qint64 local = le32(zip, at + 42);
        if (at + 46 + nameLength + extraLength + commentLength > end)
            return false;
        e.name = zip.mid(at + 46, nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if ((e.method != 0 && e.method != 8) || (e.flags & 0x0001) != 0) // stored or deflated, not encrypted
            return false;
        if (local + 30 > n || le32(zip, local) != LocalSignature)
            return false;
        const qint64 dataStart = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (dataStart + compressed > n)
            return false;
        e.data = zip.mid(dataStart, compressed);
        e.flags &= ~quint16(0x0008); // sizes and CRC go into the local header: no data descriptor
        entries->append(e);
    }
    return true;
}

bool inflated(const Entry &e, QByteArray *out)
{
    if (e.size > MaxManifestBytes)
        return false;
    if (e.method == 0) {
        *out = e.data;
    } else {
        out->resize(e.size);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return false;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(e.data.constData()));
        z.avail_in = uInt(e.data.size());
        z.next_out = reinterpret_cast<Bytef *>(out->data());
        z.avail_out = uInt(out->size());
        const int rc = inflate(&z, Z_FINISH);
        inflateEnd(&z);
        if (rc != Z_STREAM_END || z.total_out != e.size)
            return false;
    }
    return crc32(0, reinterpret_cast<const Bytef *>(out->constData()), uInt(out->size())) == e.crc;
}

Entry stored(const QByteArray &name, const QByteArray &data, const Entry &stamp)
{
    Entry e;
    e.name = name;
    e.method = 0;
    e.time = stamp.time;
    e.date = stamp.date;
    e.data = data;
    e.size = quint32(data.size());
    e.crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    return e;
}

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray stylesXml(const OdtPageStyle &style)
{
    // The footer: the text around %1 and %2 with the page number and count fields.
    QByteArray footer;
    const QString f = style.footer;
    const qsizetype one = f.indexOf(QStringLiteral("%1"));
    const qsizetype two = f.indexOf(QStringLiteral("%2"));
    if (one >= 0 && two > one) {
        footer = xml(f.left(one)) + "<text:page-number text:select-page=\"current\"/>" + xml(f.mid(one + 2, two - one - 2))
               + "<text:page-count/>" + xml(f.mid(two + 2));
    } else {
        footer = "<text:page-number text:select-page=\"current\"/>";
    }
    QByteArray s;
    s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
         "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">\n"
         " <office:styles>\n"
         "  <style:style style:name=\"RopaPageText\" style:family=\"paragraph\">\n"
         "   <style:paragraph-properties>\n"
         "    <style:tab-stops><style:tab-stop style:position=\"27.3cm\" style:type=\"right\"/></style:tab-stops>\n"
         "   </style:paragraph-properties>\n"
         "   <style:text-properties fo:font-family=\"'DejaVu Sans'\" fo:font-size=\"7pt\" fo:color=\"#444444\"/>\n"
         "  </style:style>\n"
         "  <style:style style:name=\"RopaFooterText\" style:family=\"paragraph\" style:parent-style-name=\"RopaPageText\">\n"
         "   <style:paragraph-properties fo:text-align=\"center\"/>\n"
         "  </style:style>\n"
         " </office:styles>\n"
         " <office:automatic-styles>\n"
         "  <style:page-layout style:name=\"RopaLandscape\">\n"
         "   <style:page-layout-properties fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" "
         "style:print-orientation=\"landscape\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\" "
         "fo:margin-left=\"1.2cm\" fo:margin-right=\"1.2cm\"/>\n"
         "   <style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.3cm\"/></style:header-style>\n"
         "   <style:footer-style><style:header-footer-properties fo:min-height=\"0.5cm\" fo:margin-top=\"0.3cm\"/></style:footer-style>\n"
         "  </style:page-layout>\n"
         " </office:automatic-styles>\n"
         " <office:master-styles>\n"
         "  <style:master-page style:name=\"Standard\" style:page-layout-name=\"RopaLandscape\">\n"
         "   <style:header><text:p text:style-name=\"RopaPageText\">";
    s += xml(style.headerLeft) + "<text:tab/>" + xml(style.headerRight);
    s += "</text:p></style:header>\n"
         "   <style:footer><text:p text:style-name=\"RopaFooterText\">";
    s += footer;
    s += "</text:p></style:footer>\n"
         "  </style:master-page>\n"
         " </office:master-styles>\n"
         "</office:document-styles>\n";
    return s;
}

} // namespace

QByteArray withPageStyle(const QByteArray &odt, const OdtPageStyle &style, QString *error)
{
    auto fail = [&]() {
        *error = Record::tr("cannot write the ODT document: the package Qt wrote could not be read back");
        return QByteArray();
    };
    QList<Entry> entries;
    if (!readEntries(odt, &entries) || entries.isEmpty() || entries.first().name != "mimetype")
        return fail();
    QList<Entry> out;
    bool haveManifest = false;
    for (const Entry &e : entries) {
        if (e.name == "styles.xml")
            continue; // replaced below
        if (e.name == "META-INF/manifest.xml") {
            QByteArray manifest;
            const qsizetype close = inflated(e, &manifest) ? manifest.lastIndexOf("</manifest:manifest>") : -1;
            if (close < 0)
                return fail();
            if (!manifest.contains("manifest:full-path=\"styles.xml\""))
                manifest.insert(close, " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n");
            out.append(stored(e.name, manifest, e));
            haveManifest = true;
            continue;
        }
        out.append(e);
    }
    if (!haveManifest)
        return fail();
    out.append(stored("styles.xml", stylesXml(style), entries.first()));

    QByteArray zip;
    QByteArray central;
    for (const Entry &e : std::as_const(out)) {
        const qint64 offset = zip.size();
        if (offset > std::numeric_limits<quint32>::max() - e.data.size() - 30 - e.name.size()) {
            *error = Record::tr("cannot write the ODT document: it is larger than 4 GB");
            return {};
        }
        put32(zip, LocalSignature);
        put16(zip, 20);
        put16(zip, e.flags);
        put16(zip, e.method);
        put16(zip, e.time);
        put16(zip, e.date);
        put32(zip, e.crc);
        put32(zip, quint32(e.data.size()));
        put32(zip, e.size);
        put16(zip, quint16(e.name.size()));
        put16(zip, 0);
        zip += e.name;
        zip += e.data;

        put32(central, CentralSignature);
        put16(central, 20);
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, e.time);
        put16(central, e.date);
        put32(central, e.crc);
        put32(central, quint32(e.data.size()));
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, quint32(offset));
        central += e.name;
    }
    const qint64 centralOffset = zip.size();
    zip += central;
    put32(zip, EndSignature);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(out.size()));
    put16(zip, quint16(out.size()));
    put32(zip, quint32(central.size()));
    put32(zip, quint32(centralOffset));
    put16(zip, 0);
    return zip;
}

} // namespace ropa::reports
