#pragma once

// The rule catalogue of the compliance checks: every rule's stable id, severity, legal
// reference, title and the hint on how to fix what it finds. The catalogue is data (a table in
// rules.cpp), documented rule by rule in docs/findings.md. An id never changes once released:
// accepted findings and consultants' scripts refer to it.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ropa::checks {

// Ordered: a threshold "at or above" compares with >=.
enum class Severity { Low, Medium, High };

// "high", "medium", "low": the names the CLI and the JSON output use.
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);
// Translated, for views ("High").
QString severityLabel(Severity severity);

struct Rule
{
    const char *id; // "ART30-PURPOSE-MISSING"
    Severity severity;
    const char *reference; // "Art. 30(1)(b), Art. 5(1)(b) GDPR"
    const char *title;     // short, untranslated source text (context "ropa::checks::Rule")
    const char *hint;      // how to fix it, untranslated source text

    QString idString() const { return QString::fromLatin1(id); }
    QString referenceString() const { return QString::fromUtf8(reference); }
    QString titleText() const; // translated
    QString hintText() const;  // translated
};

// Every rule, in catalogue order (the order of docs/findings.md).
const QList<Rule> &catalogue();
// The rule with that id, or nullptr.
const Rule *findRule(QStringView id);

} // namespace ropa::checks
