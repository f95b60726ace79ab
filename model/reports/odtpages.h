#pragma once

// The ODT record's page style (styles.xml): A4 landscape, the organisation and the record's
// title in the page header, "Page X of N" in the footer.

#include <QByteArray>
#include <QString>

namespace ropa::reports {

struct OdtPageStyle
{
    QString headerLeft;  // the organisation
    QString headerRight; // the record and its date
    QString footer;      // "Page %1 of %2": %1 becomes the page number, %2 the page count
};

// styles.xml with the page style.
QByteArray pageStylesXml(const OdtPageStyle &style);

} // namespace ropa::reports
