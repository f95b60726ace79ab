#pragma once

// Readable, translatable names for the values of the domain, as the views show them.
// The interchange names (enums.h) are for files; these are for people.

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(ropa::Labels)

public:
    static QString partyKind(PartyKind kind);
    static QString special(SpecialCategory category);
    static QString usCategory(UsCategory category);
    static QString sourceKind(SourceKind kind);
    static QString measureKind(MeasureKind kind);
    static QString role(Role role);
    static QString lawfulBasis(LawfulBasis basis);
    // "Art. 6(1)(b)"
    static QString lawfulBasisReference(LawfulBasis basis);
    // "Art. 9(2)(a): explicit consent"
    static QString art9Condition(Art9Condition condition);
    static QString mechanism(Mechanism mechanism);
    // "Standard contractual clauses (module 2)" when a module is given.
    static QString mechanism(Mechanism mechanism, std::optional<int> sccModule);
    // For tables: "DPF", "SCC 2", "EEA".
    static QString mechanismShort(Mechanism mechanism, std::optional<int> sccModule = std::nullopt);
    static QString derogation(Derogation derogation);
    static QString recordStatus(RecordStatus status);
    static QString obligation(Obligation obligation);
    static QString dpiaCriterion(DpiaCriterion criterion);
    static QString documentKind(DocumentKind kind);

    // "United States (US)"; the code alone when it is not a known territory.
    static QString country(const QString &code);
    static QString countries(const QStringList &codes);
    // A date as the user interface writes it (its locale's short format, four-digit year).
    static QString date(const std::optional<QDate> &date);
    static QString dateFormat();
    static QString yesNo(bool value);
    static QString yesNoUnknown(const std::optional<bool> &value);
    // "P6M" -> "6 months", "P7Y" -> "7 years"; anything else unchanged.
    static QString duration(const QString &iso);
    // The text shown for a value that is not stated.
    static QString notStated();
};

} // namespace ropa
