#include "fieldhelp.h"

#include <QCoreApplication>

#include <array>

namespace ropa {

namespace {

constexpr char context[] = "ropa::FieldHelp";

struct Entry
{
    std::optional<EntityKind> kind; // none: every kind
    const char *key;
    const char *title;
    const char *article;
    const char *text;
};

constexpr std::optional<EntityKind> ForEvery;
constexpr std::optional<EntityKind> ForActivity = EntityKind::Activity;
constexpr std::optional<EntityKind> ForParty = EntityKind::Party;
constexpr std::optional<EntityKind> ForTransfer = EntityKind::Transfer;
constexpr std::optional<EntityKind> ForCategory = EntityKind::DataCategory;
constexpr std::optional<EntityKind> ForSystem = EntityKind::System;
constexpr std::optional<EntityKind> ForDocument = EntityKind::Document;

const std::array entries{
    // Fields of every kind.
    Entry{ForEvery, "notes", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Notes"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Your own notes. They help you demonstrate compliance (accountability) and are not part of the record.")},
    Entry{ForEvery, "evidence", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Evidence"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) and Art. 24(1) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Documents that show the entry is true: the controller must be able to demonstrate compliance.")},

    // Processing activities.
    Entry{ForActivity, "name", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Name"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The processing activity as the record lists it: each activity of the record has a name of its own.")},
    Entry{ForActivity, "organisation", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Organisation"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The own organisation whose record lists this activity: the record names the controller and its contact "
              "details.")},
    Entry{ForActivity, "role", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Acting as"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1) and 30(2) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Whether the organisation is the controller (it decides why and how: Art. 30(1) record) or a processor "
              "acting for a controller (Art. 30(2) record).")},
    Entry{ForActivity, "onBehalfOf", QT_TRANSLATE_NOOP("ropa::FieldHelp", "On behalf of"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(2)(a) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "For a processor activity: the controller on whose behalf the processing is carried out.")},
    Entry{
        ForActivity, "purposes", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Purposes"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(b) GDPR"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp",
                          "The purposes of the processing, specific and explicit (purpose limitation, Art. 5(1)(b)).")},
    Entry{
        ForActivity, "lawfulBasis", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Lawful basis"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 6(1) GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "Processing is lawful only on one of the grounds of Art. 6(1)(a)–(f): consent, contract, legal obligation, "
            "vital interests, public task or legitimate interests.")},
    Entry{
        ForActivity, "art9Condition", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 9(2) condition"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 9(2) GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "Special categories of personal data may be processed only when one of the conditions of Art. 9(2)(a)–(j) "
            "applies, such as explicit consent or health care.")},
    Entry{ForActivity, "art10Basis", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 10 basis"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 10 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Data about criminal convictions and offences: the official authority "
                                               "or the Union or member-state law that "
                                               "allows the processing.")},
    Entry{ForActivity, "consentConditionOfService",
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Consent is a condition of the service"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 7(4) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Consent is not freely given when a service depends on consent to processing that the service does not "
              "need.")},
    Entry{ForActivity, "balancingTestDate", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Balancing test done"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 6(1)(f) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "When the legitimate interests were weighed against the interests and rights of the data subjects.")},
    Entry{ForActivity, "balancingTestNote", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Balancing test"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 6(1)(f) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The interest, why the processing is necessary and how it was weighed against the data subjects’ "
              "interests; Art. 5(2) asks you to be able to show it.")},
    Entry{ForActivity, "dataSubjects", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Data subjects"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "A description of the categories of data subjects: whose personal data the activity processes.")},
    Entry{ForActivity, "dataCategories", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Data categories"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "A description of the categories of personal data the activity processes.")},
    Entry{ForActivity, "sources", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Sources"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 14(2)(f) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Where the personal data come from when they are not collected from the "
                                               "data subject; the data subject must "
                                               "be told.")},
    Entry{ForActivity, "securityMeasures", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Security measures"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(g) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Where possible, a general description of the technical and organisational security measures of "
              "Art. 32(1).")},
    Entry{ForActivity, "retention", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Retention"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(f) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Where possible, the envisaged time limits for erasure of the different categories of data (storage "
              "limitation, Art. 5(1)(e)).")},
    Entry{ForActivity, "dpiaRequired", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPIA required"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(1) and 35(3) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "A data protection impact assessment is required for processing likely to result in a high risk to the "
              "rights and freedoms of natural persons.")},
    Entry{ForActivity, "dpiaDone", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPIA done"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(1) and 35(11) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "When the data protection impact assessment was carried out; it is reviewed when the risk changes.")},
    Entry{ForActivity, "largeScale", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Large-scale processing"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(3)(b) and (c) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Large-scale processing of special categories or criminal-offence data, or large-scale systematic "
              "monitoring of a public area, requires a DPIA.")},
    Entry{ForActivity, "owner", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Owner"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 24(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Who in the organisation answers for this activity and keeps its entry up to date.")},
    Entry{ForActivity, "lastReviewed", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Last reviewed"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 24(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "When the entry was last checked: measures are reviewed and updated where necessary.")},

    // Parties.
    Entry{ForParty, "name", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Name"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) and (d) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The name of the controller, processor or recipient, as the record names it.")},
    Entry{ForParty, "kind", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Kind"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 4(7) to 4(10) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "What the party is: a controller, a processor, a public authority or another recipient or third party.")},
    Entry{ForParty, "named", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Named organisation"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(d) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The record lists the categories of recipients; a named organisation is one recipient, a category stands "
              "for several (“Marketing partners”).")},
    Entry{ForParty, "own", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Our own organisation"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) and 30(2)(a) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The organisation whose record this is: the record begins with its name and contact details.")},
    Entry{ForParty, "country", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Country"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(e) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Where the party is established: a recipient in a third country makes a "
                                               "transfer that the record names with "
                                               "the country.")},
    Entry{
        ForParty, "locations", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Processing locations"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(e) and 30(2)(c) GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "The countries where the party processes the data, when they differ from its own: data processed there are "
            "transferred there.")},
    Entry{ForParty, "address", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Address"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Part of the contact details the record gives.")},
    Entry{ForParty, "website", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Website"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Part of the contact details, for example the privacy statement.")},
    Entry{ForParty, "contact", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Contact"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) and 30(2)(a) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The name and contact details of the controller or processor.")},
    Entry{
        ForParty, "dpo", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Data protection officer"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) and Art. 37 GDPR"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp",
                          "The contact details of the data protection officer, where one is designated (Art. 37–39).")},
    Entry{ForParty, "dpoNotRequired", QT_TRANSLATE_NOOP("ropa::FieldHelp", "No DPO because"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 37(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Why the organisation has not designated a data protection officer: it is not a public "
                            "body, and its core activities are neither large-scale regular and systematic "
                            "monitoring nor large-scale processing of special categories or criminal data. The "
                            "record prints “DPO not required” with this reason; empty is not stated.")},
    Entry{
        ForParty, "representative", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Representative in the EU/UK"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 27 and Art. 30(1)(a) GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "A controller or processor outside the Union that offers goods or services to, or monitors, people in the "
            "Union designates a representative there.")},
    Entry{ForParty, "dpaSigned", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPA signed"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28(3) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Processing by a processor is governed by a contract (data processing agreement) with the terms of "
              "Art. 28(3).")},
    Entry{ForParty, "dpfCertified", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPF certified"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 45 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "A US organisation on the Data Privacy Framework list is covered by the "
                                               "adequacy decision (EU) 2023/1795.")},
    Entry{ForParty, "certifications", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Certifications"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28(5) and Art. 42 GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Certifications and codes of conduct can show that a processor gives sufficient guarantees.")},
    Entry{ForParty, "noticePeriodDays", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Notice period to object"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28(2) and (4) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The days the processing agreement gives the controller to object to a new subprocessor "
                            "after the processor's notice of the change (the SCCs, module 2, clause 9(a), ask for "
                            "such a period).")},
    Entry{ForParty, "changeNoticeReceived", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Change notice received"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The day the processor's notice of a change of its subprocessors arrived: with the "
                            "notice period it gives the last day to object.")},

    // Transfers (recipients and transfers to third countries).
    Entry{ForTransfer, "from", QT_TRANSLATE_NOOP("ropa::FieldHelp", "From"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(d) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The party that discloses the personal data.")},
    Entry{ForTransfer, "to", QT_TRANSLATE_NOOP("ropa::FieldHelp", "To"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(d) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The recipients to whom the personal data are disclosed, including those in third countries.")},
    Entry{
        ForTransfer, "role", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Recipient acts as"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28 GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "Whether the recipient processes the data for the discloser (a processor, bound by Art. 28) or for its own "
            "purposes (a controller).")},
    Entry{ForTransfer, "purpose", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Purpose"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(1)(b) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Why the data are disclosed to this recipient.")},
    Entry{ForTransfer, "activities", QT_TRANSLATE_NOOP("ropa::FieldHelp", "For activities"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(d) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The processing activities whose recipients this transfer names.")},
    Entry{ForTransfer, "dataCategories", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Data categories"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) and (d) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The categories of personal data disclosed to this recipient.")},
    Entry{ForTransfer, "countries", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Countries"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(e) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The third countries or international organisations the data are transferred to, each identified.")},
    Entry{ForTransfer, "mechanism", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Mechanism"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 44 to 49 GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "What allows the transfer: an adequacy decision (Art. 45), appropriate safeguards such as standard "
              "contractual clauses (Art. 46), binding corporate rules (Art. 47) or a derogation (Art. 49).")},
    Entry{ForTransfer, "sccModule", QT_TRANSLATE_NOOP("ropa::FieldHelp", "SCC module"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 46(2)(c) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The module of the standard contractual clauses of Implementing "
                                               "Decision (EU) 2021/914 that fits the parties’ "
                                               "roles.")},
    Entry{ForTransfer, "derogation", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Derogation"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 49(1) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Without adequacy or safeguards, a transfer relies on one of the derogations for specific situations.")},
    Entry{ForTransfer, "occasional", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Occasional"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 49(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The derogations are for occasional transfers, not for regular or repeated ones.")},
    Entry{ForTransfer, "suitableSafeguards", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Suitable safeguards"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(e) and Art. 49(1) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "For a transfer on compelling legitimate interests, the record documents the suitable safeguards.")},
    Entry{ForTransfer, "tiaDone", QT_TRANSLATE_NOOP("ropa::FieldHelp", "TIA done"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 46(1) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "A transfer impact assessment checks that the laws of the destination do not undermine the safeguards "
              "(CJEU C-311/18, Schrems II).")},

    // Data categories.
    Entry{ForCategory, "name", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Name"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The category of personal data as the record names it.")},
    Entry{ForCategory, "parent", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Part of"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The broader category this one belongs to, so that the record can describe categories at the level "
              "chosen.")},
    Entry{ForCategory, "description", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Description"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "A description of the category: the record describes the categories of personal data.")},
    Entry{ForCategory, "examples", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Examples"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Typical data of the category, to make it clear.")},
    Entry{
        ForCategory, "special", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Special category"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 9(1) GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "Data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs or trade "
            "union membership, genetic, biometric or health data, or data about sex life or sexual orientation: their "
            "processing needs a condition of Art. 9(2).")},
    Entry{
        ForCategory, "criminal", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Criminal-offence data"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 10 GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "Data relating to criminal convictions and offences, processed only under official authority or as the law "
            "allows.")},
    Entry{ForCategory, "usCategory", QT_TRANSLATE_NOOP("ropa::FieldHelp", "US category"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Not a GDPR item"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The category’s name under US state privacy laws (CCPA/CPRA), for "
                                               "organisations that also answer to them.")},

    // The register fields of issue 18 (format 5).
    Entry{ForActivity, "reference", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Record reference"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The record’s number in your register (the Dutch central government numbers its records, "
                            "such as M8085), so that the record can be cited and found.")},
    Entry{ForActivity, "status", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Record status"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Whether the record is a draft, in review, adopted or withdrawn: only "
                                               "an adopted record is the organisation’s record.")},
    Entry{ForActivity, "recordVersion", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Record version"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The version of this record as your register writes it; with the dates "
                                               "it shows which version is current.")},
    Entry{ForActivity, "created", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Created"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "When the record was made.")},
    Entry{ForActivity, "lastChanged", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Last changed"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 24(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "When the record was last changed: measures are reviewed and updated "
                                               "where necessary, and so is the record.")},
    Entry{ForActivity, "department", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Department"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 24 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The department or business function that keeps this record and answers "
                                               "for the processing (the ICO template’s “Business function”).")},
    Entry{
        ForActivity, "contactPerson", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Contact person"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(a) GDPR"),
        QT_TRANSLATE_NOOP(
            "ropa::FieldHelp",
            "Who to ask about this activity, with their function; the record names the controller’s contact details.")},
    Entry{ForActivity, "systems", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Systems"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(g) and Art. 32 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The applications and databases the data is kept in (the ICO template’s "
                                               "“Location of personal data”, the Dutch register’s “Systemen”).")},
    Entry{ForActivity, "dataItems", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Data items"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) and (f), Art. 13(2)(e) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Each data category of a group of data subjects within the activity: where it comes from, "
                            "why it is collected, how long it is kept, and whether the data subject must provide it (a "
                            "statutory or contractual requirement) and what happens if not.")},
    Entry{ForActivity, "automatedDecisions", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Automated decisions"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 22 GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "Whether decisions are taken solely by automated means, including profiling, with legal or similarly "
              "significant effects on the data subject; the data subject must be told (Art. 13(2)(f)).")},
    Entry{
        ForActivity, "profiling", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Profiling"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 4(4) and Art. 22 GDPR"),
        QT_TRANSLATE_NOOP("ropa::FieldHelp",
                          "Whether personal aspects are evaluated by automated means: work performance, economic "
                          "situation, health, preferences, interests, reliability, behaviour, location or movements.")},
    Entry{ForActivity, "automatedLogic", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Logic involved"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 13(2)(f) and 14(2)(g) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Meaningful information about the logic involved in the automated decisions.")},
    Entry{ForActivity, "automatedSignificance", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Significance and consequences"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 13(2)(f) and 14(2)(g) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The significance and the envisaged consequences of the processing for the data subject.")},
    Entry{ForActivity, "dpiaCriteria", QT_TRANSLATE_NOOP("ropa::FieldHelp", "WP248 criteria"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(1) GDPR, EDPB WP248 rev.01"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The nine criteria of the EDPB guidelines for processing likely to "
                                               "result in a high risk; two or more usually mean a DPIA is required.")},
    Entry{ForActivity, "onAuthorityList", QT_TRANSLATE_NOOP("ropa::FieldHelp", "On the authority’s list"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(4) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The supervisory authority publishes a list of the kinds of processing that need a DPIA.")},
    Entry{ForActivity, "highRisk", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Likely high risk"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The screening’s conclusion: whether the processing is likely to result "
                                               "in a high risk to the rights and freedoms of natural persons.")},
    Entry{ForActivity, "dpiaOutcome", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Screening outcome"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(1) and Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "What the screening concluded and why; a decision not to carry out a DPIA is documented too.")},
    Entry{ForActivity, "dpiaScreeningReport", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Screening report"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The document that records the screening.")},
    Entry{ForActivity, "dpiaPerformed", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPIA performed"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(1) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Whether the DPIA was carried out: yes, no or not stated. Yes without a "
                                               "date is allowed, when the date is not at hand.")},
    Entry{ForActivity, "dpiaDocument", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPIA report"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 35(7) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The DPIA report: a description of the processing, the assessment of "
                                               "its necessity and of the risks, and the measures envisaged.")},
    Entry{ForActivity, "documents", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Linked documents"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Documents that belong to this activity: a DPIA report, a "
                            "legitimate-interests assessment, consent records, a retention policy.")},
    Entry{ForParty, "dpaInPlace", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPA in place"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28(3) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Whether a data processing agreement with the terms of Art. 28(3) is in place: yes, no or "
                            "not stated. Yes without a date is allowed, when the date is not at hand.")},
    Entry{ForParty, "dpaDocument", QT_TRANSLATE_NOOP("ropa::FieldHelp", "DPA document"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28(3) and 28(9) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "The document that is the agreement; it is in writing, which includes electronic form (Art. 28(9)).")},
    Entry{ForParty, "documents", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Linked documents"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Documents about this party: contracts and DPAs, certificates, subprocessor lists.")},
    Entry{ForTransfer, "allCategories", QT_TRANSLATE_NOOP("ropa::FieldHelp", "All data categories"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 30(1)(c) and (d) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "On: the transfer carries every data category of its activities. Off with no category "
                            "checked: the categories are not stated, and the record says so.")},
    Entry{ForSystem, "name", QT_TRANSLATE_NOOP("ropa::FieldHelp", "System"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 32 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "The application, database or service, by the name your organisation uses for it.")},
    Entry{ForSystem, "description", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Description"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 32 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "What the system is and what it does with the data.")},
    Entry{ForSystem, "hostingParty", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Hosted by"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 28 and Art. 30(1)(d) GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp",
                            "Who hosts the system: your own organisation, or a processor that does it for you.")},
    Entry{ForSystem, "locations", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Hosted in"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 44 GDPR"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "The countries where the system keeps the data; a country outside the "
                                               "EEA needs a transfer with a mechanism of Chapter V.")},
    Entry{ForDocument, "kind", QT_TRANSLATE_NOOP("ropa::FieldHelp", "Document kind"),
          QT_TRANSLATE_NOOP("ropa::FieldHelp", "Art. 5(2) GDPR"),
          QT_TRANSLATE_NOOP(
              "ropa::FieldHelp",
              "What the document is: a privacy policy, a contract or DPA, a DPIA report, a legitimate-interests "
              "assessment, a consent record, a retention policy or a subprocessor list.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

std::optional<FieldHelp> fieldHelp(EntityKind kind, const QString &key)
{
    const Entry *general = nullptr;
    for (const Entry &e : entries) {
        if (key != QLatin1StringView(e.key))
            continue;
        if (e.kind == kind)
            return FieldHelp{translated(e.title), translated(e.article), translated(e.text)};
        if (!e.kind)
            general = &e;
    }
    if (!general)
        return std::nullopt;
    return FieldHelp{translated(general->title), translated(general->article), translated(general->text)};
}

QStringList fieldHelpKeys(EntityKind kind)
{
    QStringList keys;
    for (const Entry &e : entries) {
        if ((!e.kind || e.kind == kind) && !keys.contains(QLatin1StringView(e.key)))
            keys.append(QString::fromLatin1(e.key));
    }
    return keys;
}

QString fieldHelpLine(const FieldHelp &help)
{
    //: A field's help on one line: title, article, text.
    return QCoreApplication::translate("ropa::FieldHelp", "%1 — %2: %3").arg(help.title, help.article, help.text);
}

} // namespace ropa
