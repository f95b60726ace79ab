#include "rules.h"

#include <QCoreApplication>
#include <QHash>

namespace ropa::checks {

namespace {

// The catalogue. Titles and hints are marked for lupdate in the context "ropa::checks::Rule"
// and translated when shown. Keep this table and docs/findings.md in step.
const Rule RuleTable[] = {
    // Art. 30(1): what every controller activity must state.
    {"ART30-PURPOSE-MISSING", Severity::Medium, "Art. 30(1)(b), Art. 5(1)(b) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Activity without a purpose"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "State the specific purposes for which the data are processed.")},
    {"ART6-BASIS-MISSING", Severity::Medium, "Art. 6(1), Art. 5(1)(a) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Activity without a lawful basis"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Choose the Art. 6(1) basis the controller relies on for this activity.")},
    {"ART30-SUBJECTS-MISSING", Severity::Medium, "Art. 30(1)(c) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Activity without data subjects"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Link the categories of data subjects whose data the activity processes.")},
    {"ART30-CATEGORIES-MISSING", Severity::Medium, "Art. 30(1)(c) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Activity without data categories"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Link the categories of personal data the activity processes.")},
    {"ART30-RETENTION-MISSING", Severity::Medium, "Art. 30(1)(f), Art. 5(1)(e) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "No retention for a data category"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Add a retention rule (a duration, a trigger event, or both) that covers the category.")},
    {"DATA-ITEM-RETENTION-MISSING", Severity::Medium, "Art. 30(1)(f), Art. 5(1)(e), Art. 13(2)(a) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Data item without a retention"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "State how long the data item is kept (a duration, or the period as written), or add a "
                       "retention rule of the activity that covers its category.")},
    // Art. 9 and 10.
    {"ART9-CONDITION-MISSING", Severity::High, "Art. 9(1), 9(2) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Special-category data without an Art. 9(2) condition"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Record the Art. 9(2) condition (for example explicit consent, employment "
                                             "law, health care), or stop processing the data.")},
    {"ART10-BASIS-MISSING", Severity::High, "Art. 10 GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Criminal-offence data without an Art. 10 basis"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Record the Union or Member State law that authorises the processing (Art. 10 basis).")},
    // Consent and legitimate interests.
    {"CONSENT-MIXED-BASIS", Severity::High, "Art. 6(1)(a), Art. 7(3), Art. 13(1)(c) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Consent and another basis for the same purpose"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Pick one lawful basis per purpose. If the processing is needed for the contract, do not also "
                       "ask for consent; withdrawal must stop the processing.")},
    {"CONSENT-BUNDLED", Severity::High, "Art. 7(4), Art. 4(11) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Consent made a condition of the service"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Consent that the service depends on is not freely given. Unbundle it from the terms, or rely "
                       "on another basis (contract) for what the service needs. Where the notes were read, set "
                       "“Consent is a condition of the service” to yes or no.")},
    {"LI-BALANCING-MISSING", Severity::Medium, "Art. 6(1)(f), Art. 5(2) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Legitimate interests without a balancing test"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Document the legitimate interests assessment (interest, necessity, balancing) and record its "
                       "date and conclusion under “Balancing test” in the activity.")},
    // Chapter V: transfers.
    {"XFER-NO-MECHANISM", Severity::High, "Art. 44, 45, 46 GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Transfer to a third country without a mechanism"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Put a Chapter V mechanism in place (SCCs with a transfer impact assessment, DPF for certified "
                       "US recipients, BCRs) or stop the transfer.")},
    {"XFER-MECHANISM-NOT-STATED", Severity::Medium, "Art. 44, 46, Art. 30(1)(e) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Transfer to a third country whose mechanism is not stated"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Find out which Chapter V mechanism covers the transfer (the recipient's DPA or subprocessor "
                       "list usually says: SCCs, the DPF) and record it. If there is none, put one in place or stop "
                       "the transfer.")},
    {"XFER-MECHANISM-MISMATCH", Severity::High, "Art. 44, 45 GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "EEA or adequacy stated for a destination that is neither"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Correct the destination countries or the mechanism: the destination is "
                                             "outside the EEA and has no adequacy decision.")},
    {"XFER-INVALID-MECHANISM", Severity::High, "Art. 44, 45 GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Transfer relies on an invalidated framework"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Privacy Shield and Safe Harbour were declared invalid by the Court of Justice. Switch to DPF "
                       "(if the recipient is certified) or SCCs with a transfer impact assessment.")},
    {"XFER-DPF-NOT-US", Severity::High, "Art. 45 GDPR; Implementing Decision (EU) 2023/1795",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "DPF used for a destination or recipient outside the US"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "The Data Privacy Framework covers US organisations only. Use another mechanism for other countries.")},
    {"XFER-DPF-NOT-CERTIFIED", Severity::High, "Art. 45 GDPR; Implementing Decision (EU) 2023/1795",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "DPF used for a recipient that is not DPF-certified"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "Check the recipient on the Data Privacy Framework List and record its certification, or use SCCs.")},
    {"XFER-TIA-MISSING", Severity::Medium, "Art. 46 GDPR; CJEU C-311/18 (Schrems II)",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "SCCs or BCRs without a transfer impact assessment"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Carry out a transfer impact assessment for the destination and record its date.")},
    {"XFER-TIA-MISSING-SENSITIVE", Severity::High,
     "Art. 46 GDPR; CJEU C-311/18 (Schrems II); EDPB Recommendations 01/2020",
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Call content or special-category data under SCCs or BCRs without a transfer impact assessment"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Before sending call recordings, transcripts, special-category or criminal-offence data to this "
                       "destination, carry out a transfer impact assessment, take the supplementary measures it calls "
                       "for (such as encryption with keys kept in the EEA), and record its date.")},
    {"XFER-DEROGATION-REGULAR", Severity::High, "Art. 49(1) GDPR; EDPB Guidelines 2/2018",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Derogation used for a regular transfer"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "Art. 49 derogations are for occasional transfers. For a processor or a recurring transfer use an Art. 46 "
         "safeguard (SCCs) instead. Where the transfer is occasional, set “Occasional” to yes.")},
    {"XFER-DEROGATION-UNSPECIFIED", Severity::Low, "Art. 49(1) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Derogation without saying which one"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Record which Art. 49(1) derogation applies (a to g, or the second subparagraph).")},
    {"XFER-DEROGATION-SAFEGUARDS", Severity::High, "Art. 49(1) second subparagraph, Art. 30(1)(e) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Compelling-interests derogation without documented safeguards"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Document the assessment and the suitable safeguards, record them under “Suitable safeguards” "
                       "on the transfer (the Art. 30 record shows them), and inform the supervisory authority.")},
    // Onward transfers (the transfer graph).
    {"ONWARD-WEAK-CHAIN", Severity::High, "Art. 44 GDPR (onward transfers)",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Data reach a third country only through a weak chain"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Fix the weakest transfer on the chain (a valid mechanism on every hop), "
                                             "or stop the category from being passed on.")},
    {"ONWARD-SUBPROCESSOR-DPA", Severity::Medium, "Art. 28(2), 28(4) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Subprocessor reached without a processor agreement"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "Obtain the subprocessor agreement (or the processor's flow-down terms) and record its date on the party.")},
    {"SUBPROC-OBJECTION-OPEN", Severity::High, "Art. 28(2), 28(4), Art. 44 GDPR; SCCs module 2, clause 9",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "New subprocessor in a third country while the objection period is open"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "Before the deadline, ask the vendor for the transfer mechanism (and record it on the transfer), "
         "or object to the new subprocessor as the DPA allows.")},
    // Parties.
    {"PROC-DPA-MISSING", Severity::High, "Art. 28(3) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Processor without a processing agreement"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Sign a data processing agreement with the processor and record its date.")},
    {"SYSTEM-TRANSFER-MISSING", Severity::Medium, "Art. 44, Art. 30(1)(e) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "System hosted outside the EEA without a transfer"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Record the transfer to the hosting party with the countries and its Chapter V mechanism, or "
                       "correct the system's hosting party and locations.")},
    {"PARTY-COUNTRY-MISSING", Severity::Medium, "Art. 30(1)(d), 30(1)(e) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Recipient without a country"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Record where the recipient is established and where it processes the data.")},
    {"PARTY-UNNAMED-SPECIAL", Severity::Medium, "Art. 28(2), Art. 13(1)(e), Art. 30(1)(d) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Special-category data to a recipient named only as a category"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "Name the recipients that receive special-category data (ask for the current subprocessor list).")},
    {"PARTY-UNNAMED-PROCESSOR", Severity::Medium, "Art. 28(2), 28(4), Art. 30(1)(d) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Processor named only as a category"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Ask for the named (sub)processors, with their countries: without names "
                                             "the controller cannot authorise or object to them (Art. 28(2)).")},
    // Retention.
    {"RET-VAGUE", Severity::Medium, "Art. 5(1)(e), Art. 30(1)(f) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Vague retention"),
     QT_TRANSLATE_NOOP(
         "ropa::checks::Rule",
         "Replace “as long as necessary” by a duration (e.g. P6M) or a trigger event (e.g. end of contract).")},
    {"RET-LONGER-AT-PROCESSOR", Severity::Medium, "Art. 28(3)(g), Art. 5(1)(e) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Processor keeps data longer than the controller"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Align the processor's retention with the controller's instructions; the "
                                             "processor must delete or return the data.")},
    // Accountability.
    {"ART22-LOGIC-MISSING", Severity::Medium, "Art. 22, Art. 13(2)(f), 14(2)(g), 15(1)(h) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Automated decisions without their logic"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Describe the logic involved in the automated decisions (what data, which criteria, how they "
                       "are weighed) and their significance and envisaged consequences for the data subject.")},
    {"DPIA-SCREENING-NO-DPIA", Severity::High, "Art. 35(1) GDPR; EDPB WP248 rev.01",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "DPIA screening meets two or more criteria, no DPIA"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Carry out a data protection impact assessment and record it as performed, with its date and "
                       "report; or record in the screening's outcome why no high risk is likely despite the "
                       "criteria.")},
    {"DPIA-MISSING", Severity::High, "Art. 35(1), 35(3) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "DPIA likely required but not done"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Carry out a data protection impact assessment and record its date. Where the notes were read "
                       "for “large scale”, set “Large-scale processing” to yes or no.")},
    {"REVIEW-OVERDUE", Severity::Low, "Art. 24(1), Art. 5(2) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Activity not reviewed in the last 12 months"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Review the activity with its owner and record the date.")},
    // Hygiene: entries nothing uses.
    {"UNUSED-CATEGORY", Severity::Low, "Art. 5(1)(c), Art. 30 GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Data category that nothing uses"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule",
                       "Link the category to the activities and transfers that process it, or remove it.")},
    {"UNUSED-SUBJECT", Severity::Low, "Art. 30(1)(c) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Data subjects that nothing uses"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Link the data subjects to their activities, or remove them.")},
    {"UNUSED-SOURCE", Severity::Low, "Art. 14(2)(f) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Source that nothing uses"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Link the source to the activities that collect from it, or remove it.")},
    {"UNUSED-PARTY", Severity::Low, "Art. 30(1)(d) GDPR",
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Party that no activity or transfer uses"),
     QT_TRANSLATE_NOOP("ropa::checks::Rule", "Record the transfers to or from the party, or remove it.")},
};

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::High: return QStringLiteral("high");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::Low: break;
    }
    return QStringLiteral("low");
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (const Severity s : {Severity::High, Severity::Medium, Severity::Low}) {
        if (key.compare(severityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::High: return QCoreApplication::translate("ropa::checks", "High");
    case Severity::Medium: return QCoreApplication::translate("ropa::checks", "Medium");
    case Severity::Low: break;
    }
    return QCoreApplication::translate("ropa::checks", "Low");
}

QString Rule::titleText() const
{
    return QCoreApplication::translate("ropa::checks::Rule", title);
}

QString Rule::hintText() const
{
    return QCoreApplication::translate("ropa::checks::Rule", hint);
}

const QList<Rule> &catalogue()
{
    static const QList<Rule> rules(std::begin(RuleTable), std::end(RuleTable));
    return rules;
}

const Rule *findRule(QStringView id)
{
    // By id, made once (a findings list of tens of thousands asks for each row's rule while
    // it is sorted: a walk through the catalogue per call took half of that sort).
    static const QHash<QString, const Rule *> byId = [] {
        QHash<QString, const Rule *> hash;
        for (const Rule &r : catalogue())
            hash.insert(QLatin1StringView(r.id), &r);
        return hash;
    }();
    return byId.value(id.toString(), nullptr);
}

} // namespace ropa::checks
