#pragma once

// Projects for the report tests: the shared sample project plus what the Art. 30 record must
// cope with: an onward transfer to a third country under the Art. 49(1) second subparagraph
// (documented and not), an activity missing items, and hostile text.

#include "common/sampleproject.h"

#include <QProcess>
#include <QStringList>

namespace ropa::test {

// sampleProject() and: CallCabinet -> "Cape Analytics" (ZA) under Art. 49(1) second
// subparagraph with its safeguards documented; an activity with nothing but a name.
inline ProjectData reportProject()
{
    ProjectData d = sampleProject();
    d.info.language = QStringLiteral("en");

    Document memo{fixedId(3), QStringLiteral("Art. 49 safeguards memo"), {}, QDate(2025, 3, 3), {}};
    d.documents.emplace(memo.id, memo);

    Party analytics;
    analytics.id = fixedId(13);
    analytics.name = QStringLiteral("Cape Analytics (Pty) Ltd");
    analytics.country = QStringLiteral("ZA");
    analytics.contact = {{}, QStringLiteral("privacy@cape.example"), {}};
    d.parties.emplace(analytics.id, analytics);

    Transfer t;
    t.id = fixedId(72);
    t.from = fixedId(11); // CallCabinet
    t.to = analytics.id;
    t.role = Role::Processor;
    t.dataCategories = {fixedId(21)}; // call recordings
    t.purpose = QStringLiteral("Speech analytics");
    t.countries = {QStringLiteral("ZA")};
    t.mechanism = Mechanism::Derogation;
    t.derogation = Derogation::CompellingInterests;
    t.evidence = {Evidence{memo.id, QStringLiteral("Pseudonymised before transfer; deleted after 30 days.")}};
    t.suitableSafeguards =
        QStringLiteral("Assessment of 2025-03-03: pseudonymised before transfer, deleted after 30 days");
    d.transfers.emplace(t.id, t);

    Activity bare;
    bare.id = fixedId(62);
    bare.name = QStringLiteral("Visitor log");
    bare.organisation = fixedId(10);
    bare.role = Role::Controller;
    bare.owner = QStringLiteral("Facilities");
    d.activities.emplace(bare.id, bare);
    return d;
}

inline QString longText()
{
    return QStringLiteral("A").repeated(40000);
}

// Hostile values in the fields that reach every column of the record.
inline ProjectData hostileProject()
{
    ProjectData d = reportProject();
    Activity &calls = d.activities.at(fixedId(60));
    calls.name = QStringLiteral("=HYPERLINK(\"http://x\")");
    calls.purposes = {QStringLiteral("<img src=\"file:///etc/passwd\">"),
                      QStringLiteral("_x0041_"),
                      QStringLiteral("bell\x07"
                                     "escape\x1b"
                                     "nul") +
                          QChar(u'\0') + QStringLiteral("end"),
                      QStringLiteral("+cmd|' /C calc'!A0"),
                      QStringLiteral("@SUM(1+1)*cmd"),
                      QStringLiteral("-2+3")};
    calls.owner = QStringLiteral("\tTab owner");
    d.dataSubjects.at(fixedId(30)).name = longText();
    d.parties.at(fixedId(11)).name = QStringLiteral("<script>alert(1)</script> | *bold* [x](javascript:alert(1))");
    d.securityMeasures.at(fixedId(50)).description =
        QStringLiteral("\r\n=1+1\r\n<a href=\"http://evil.example\">x</a>");
    return d;
}

// The text of each page of a PDF (pdftotext -raw, NFKC: the fonts use ligatures), or an
// empty list when pdftotext fails.
inline QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QStringList pages =
        QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // after the last page's form feed
    return pages;
}

} // namespace ropa::test
