// The record as ODT: content.xml written from the report (odtcontent.h), the page style
// (odtpages.h) and meta.xml, in a package written with libzip (odtpackage.h).

#include "odtcontent.h"
#include "odtpackage.h"
#include "odtpages.h"
#include "recordlayout.h"
#include "writers.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QXmlStreamWriter>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

// A4 landscape less the page style's margins (odtpages.cpp: 1.2 cm left and right).
constexpr double BodyWidthCm = 29.7 - 2 * 1.2;

QByteArray metaXml(const Report &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    const QString meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    xml.writeStartDocument();
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(meta, QStringLiteral("meta"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeStartElement(office, QStringLiteral("document-meta"));
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(office, QStringLiteral("meta"));
    xml.writeTextElement(meta, QStringLiteral("generator"), QStringLiteral("Ropa"));
    QString title;
    for (const QChar c : report.title) {
        if (c.unicode() >= 0x20)
            title += c;
    }
    xml.writeTextElement(dc, QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray toOdt(const Report &report, QString *error)
{
    const LanguageScope languageScope(report.language);
    // The column widths are measured with the paged writer's fonts.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = Record::tr("laying out text needs a QGuiApplication");
        return {};
    }
    const OdtPageStyle style{report.organisation, paged::pageHeaderRight(report), Record::tr("Page %1 of %2")};
    const QList<ZipEntry> entries = {{QStringLiteral("content.xml"), odtContentXml(report, BodyWidthCm)},
                                     {QStringLiteral("styles.xml"), pageStylesXml(style)},
                                     {QStringLiteral("meta.xml"), metaXml(report)}};
    QString why;
    QByteArray odt = writeOdfPackage(QStringLiteral("application/vnd.oasis.opendocument.text"), entries, &why);
    if (odt.isEmpty())
        *error = Record::tr("cannot write the ODT document: %1").arg(why);
    return odt;
}

} // namespace ropa::reports
