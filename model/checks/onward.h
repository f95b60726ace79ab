#pragma once

// Onward-transfer analysis used by the ONWARD-* rules: which data categories reach a third
// country only through weak chains, and which subprocessors are reached without processor
// agreements on the way.
//
// This is deliberately one small interface. model/graph (the Boost.Graph analysis of chains
// and weakest links) will provide the same answers; when it lands, onward.cpp becomes a thin
// adapter over it and the rules in checker.cpp do not change.

#include "domain/projectdata.h"

#include <QList>
#include <QString>

namespace ropa::checks {

// How strong one hop (transfer) is, weakest first. Ordered: min() gives the weakest link.
enum class HopStrength {
    Invalid,     // Privacy Shield, Safe Harbour
    None,        // third country, not adequate, no (valid) mechanism
    Derogation,  // Art. 49
    Safeguard,   // SCC, BCR, code of conduct, certification (Art. 46)
    Adequate,    // adequacy decision, DPF to a certified US recipient
    Eea,         // no Chapter V transfer
};

// The destinations of a transfer: its countries, or else the recipient's country.
QStringList transferDestinations(const ProjectData &data, const Transfer &transfer);
// A destination outside the EEA ("EU" counts as inside).
bool isThirdCountry(QStringView code);
// Covered by an adequacy decision without further conditions on the recipient. The US decision
// covers DPF-certified organisations only, so the US counts as adequate only through the DPF
// mechanism (hopStrength); other partial scopes (Canada: commercial organisations) are taken to
// cover a commercial recipient.
bool isAdequateCountry(QStringView code);
// The strength of a transfer for one of its destinations, and for all of them (the weakest).
HopStrength hopStrength(const ProjectData &data, const Transfer &transfer, QStringView country);
HopStrength hopStrength(const ProjectData &data, const Transfer &transfer);

struct WeakChain
{
    Id category;
    QStringList countries; // the third countries reached through this chain
    QList<Id> transfers;   // the best chain there, from an own party, in order (2 hops or more)
    Id weakest;           // the weakest transfer on it
    HopStrength strength = HopStrength::None;
};

// For each data category and third country the category reaches through onward transfers
// (two hops or more from an own party): the best chain, when even the best one's weakest hop is
// Invalid or None. Countries reached through the same chain are given together. A transfer
// carries a category when it lists it or one of its ancestors.
QList<WeakChain> weakOnwardChains(const ProjectData &data);

struct SubprocessorGap
{
    Id subprocessor;
    QList<Id> transfers;  // the processor chain from an own party, in order (2 hops or more)
    Id missingDpa;        // the first party on the chain without a DPA date
};

// Parties reached only as subprocessors (through processor transfers, two hops or more from an
// own party, by the shortest chain) where some party on that chain has no DPA date.
QList<SubprocessorGap> subprocessorsWithoutDpa(const ProjectData &data);

} // namespace ropa::checks
