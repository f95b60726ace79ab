#pragma once

// The sample project with every field that real registers carry (format 5, JSON version 2;
// issue 18) set to a value that is not its default somewhere, so that a round trip that
// loses one of them fails.

#include "common/sampleproject.h"

namespace ropa::test {

inline ProjectData registerProject()
{
    ProjectData d = sampleProject();

    Document &policy = d.documents.at(fixedId(1));
    policy.kind = DocumentKind::PrivacyPolicy;
    Document dpiaReport{fixedId(3), QStringLiteral("DPIA speech analytics"), {}, QDate(2025, 2, 1), {}};
    dpiaReport.kind = DocumentKind::DpiaReport;
    d.documents.emplace(dpiaReport.id, dpiaReport);
    Document dpa{fixedId(4), QStringLiteral("Verwerkersovereenkomst CallCabinet"), {}, std::nullopt, {}};
    dpa.kind = DocumentKind::Contract;
    d.documents.emplace(dpa.id, dpa);

    Party &own = d.parties.at(fixedId(10));
    own.contact.function = QStringLiteral("Functionaris \u201cprivacy\u201d");
    own.dpo->function = QStringLiteral("Data protection officer");
    own.documents = {policy.id, dpiaReport.id};
    Party &vendor = d.parties.at(fixedId(11));
    vendor.dpaInPlace = true;
    vendor.dpaDocument = dpa.id;
    vendor.documents = {dpa.id};
    // "Yes, but no date": a DPA exists without the date at hand.
    Party &category = d.parties.at(fixedId(12));
    category.dpaInPlace = false;
    category.dpoNotRequired = QStringLiteral("No public authority, no large-scale monitoring"); // format 6

    System crm;
    crm.id = fixedId(80);
    crm.name = QStringLiteral("Speech analytics platform");
    crm.description = QStringLiteral("Transcribes and scores calls");
    crm.hostingParty = vendor.id;
    crm.locations = {QStringLiteral("US"), QStringLiteral("EU")};
    crm.notes = QStringLiteral("Hosted in AWS us-east-1");
    crm.evidence = {Evidence{policy.id, QStringLiteral("We use a speech platform.")}};
    d.systems.emplace(crm.id, crm);
    System bare;
    bare.id = fixedId(81);
    bare.name = QStringLiteral("Telefooncentrale");
    d.systems.emplace(bare.id, bare);

    Activity &calls = d.activities.at(fixedId(60));
    calls.reference = QStringLiteral("M8085");
    calls.status = RecordStatus::InReview;
    calls.recordVersion = QStringLiteral("3");
    calls.created = QDate(2019, 3, 4);
    calls.lastChanged = QDate(2025, 5, 6);
    calls.department = QStringLiteral("Klantcontact");
    calls.contactPerson = Contact{QStringLiteral("J. Jansen"), QStringLiteral("j.jansen@noordwind.example"),
                                  QStringLiteral("+31 20 000 0001"), QStringLiteral("Teamleider")};
    calls.dataItems = {
        DataItem{fixedId(21),
                 fixedId(30),
                 {fixedId(40)},
                 QStringLiteral("Quality of service"),
                 QStringLiteral("P6M"),
                 QStringLiteral("zes maanden"),
                 Obligation::ContractRequirement,
                 QStringLiteral("We cannot answer the call")},
        DataItem{fixedId(22), {}, {}, {}, {}, {}, std::nullopt, {}},
    };
    calls.systems = {crm.id, bare.id};
    calls.automatedDecisions = AutomatedDecisions{true, false, QStringLiteral("Scores calls against a rubric"),
                                                  QStringLiteral("A low score starts a coaching session")};
    calls.dpia.performed = true;
    calls.dpia.document = dpiaReport.id;
    calls.dpiaScreening = DpiaScreening{
        {DpiaCriterion::SystematicMonitoring, DpiaCriterion::EvaluationScoring, DpiaCriterion::InnovativeTechnology},
        false,
        true,
        QStringLiteral("DPIA required: three criteria"),
        dpiaReport.id};
    calls.documents = {dpiaReport.id};
    Activity &hosted = d.activities.at(fixedId(61));
    hosted.status = RecordStatus::Withdrawn;
    hosted.dpia.required = true;
    hosted.dpia.performed = false; // "no", not "not stated"
    hosted.automatedDecisions.present = false;

    Transfer &onward = d.transfers.at(fixedId(71));
    onward.allCategories = true;
    Transfer internal;
    internal.id = fixedId(72);
    internal.from = own.id;
    internal.to = category.id;
    internal.role = Role::Internal;
    internal.purpose = QStringLiteral("Reporting to the quality department");
    internal.mechanism = Mechanism::Eea;
    d.transfers.emplace(internal.id, internal);
    // Format 6: "not stated" apart from "none".
    Transfer unknown = internal;
    unknown.id = fixedId(73);
    unknown.role = Role::Processor;
    unknown.to = vendor.id;
    unknown.purpose = QStringLiteral("Support tickets");
    unknown.mechanism = Mechanism::NotStated;
    d.transfers.emplace(unknown.id, unknown);
    return d;
}

} // namespace ropa::test
