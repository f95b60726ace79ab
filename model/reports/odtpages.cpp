// The ODT record's page style (styles.xml); see odtpages.h.

#include "odtpages.h"

namespace ropa::reports {

namespace {

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray pageStylesXml(const OdtPageStyle &style)
{
    // The footer: the text around %1 and %2 with the page number and count fields.
    QByteArray footer;
    const QString f = style.footer;
    const qsizetype one = f.indexOf(QStringLiteral("%1"));
    const qsizetype two = f.indexOf(QStringLiteral("%2"));
    if (one >= 0 && two > one) {
        footer = xml(f.left(one)) + "<text:page-number text:select-page=\"current\"/>" +
                 xml(f.mid(one + 2, two - one - 2)) + "<text:page-count/>" + xml(f.mid(two + 2));
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
         "  <style:style style:name=\"RopaFooterText\" style:family=\"paragraph\" "
         "style:parent-style-name=\"RopaPageText\">\n"
         "   <style:paragraph-properties fo:text-align=\"center\"/>\n"
         "  </style:style>\n"
         " </office:styles>\n"
         " <office:automatic-styles>\n"
         "  <style:page-layout style:name=\"RopaLandscape\">\n"
         "   <style:page-layout-properties fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" "
         "style:print-orientation=\"landscape\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\" "
         "fo:margin-left=\"1.2cm\" fo:margin-right=\"1.2cm\"/>\n"
         "   <style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
         "fo:margin-bottom=\"0.3cm\"/></style:header-style>\n"
         "   <style:footer-style><style:header-footer-properties fo:min-height=\"0.5cm\" "
         "fo:margin-top=\"0.3cm\"/></style:footer-style>\n"
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

} // namespace ropa::reports
