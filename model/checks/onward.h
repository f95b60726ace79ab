#pragma once

// Onward-transfer analysis used by the ONWARD-* rules: which data categories reach a third
// country only through weak chains, and which subprocessors are reached without processor
// agreements on the way.
//
// This is deliberately one small interface over model/graph (the Boost.Graph analysis of
// chains and weakest links, docs/graph.md): which transfer carries which category and how
// strong each hop is are decided there, so the findings and the graph view agree.

#include "domain/projectdata.h"
#include "graph/transfergraph.h"

#include <QList>
#include <QString>

#include <functional>

namespace ropa::checks {

// The destinations of a transfer: its countries, or else the recipient's country.
QStringList transferDestinations(const ProjectData &data, const Transfer &transfer);
// A destination outside the EEA ("EU" counts as inside).
bool isThirdCountry(QStringView code);
// Covered by an adequacy decision without further conditions on the recipient. The US decision
// covers DPF-certified organisations only, so the US counts as adequate only through the DPF
// rules; other partial scopes (Canada: commercial organisations) are taken to cover a commercial
// recipient.
bool isAdequateCountry(QStringView code);

struct WeakChain
{
    Id category;
    QStringList countries; // the third countries reached through this chain
    QList<Id> transfers;   // the best chain there, from an own party, in order (2 hops or more)
    Id weakest;            // the weakest transfer on it
    graph::Strength strength = graph::Strength::None;
};

// For each data category and third country the category reaches through onward transfers
// (two hops or more from an own party): the best such chain, when even the best chain there is
// Invalid or None at its weakest hop. Countries reached through the same chain are given
// together. Chains are enumerated with graph::Limits (capped), so a huge project stays fast.
// cancelled (optional) is asked once per data category; when it returns true the analysis
// stops and returns what it found so far.
QList<WeakChain> weakOnwardChains(const ProjectData &data, const std::function<bool()> &cancelled = {});

struct SubprocessorGap
{
    Id subprocessor;
    QList<Id> transfers; // the processor chain from an own party, in order (2 hops or more)
    Id missingDpa;       // the first party on the chain without a DPA date
};

// Parties reached only as subprocessors (through processor transfers, two hops or more from an
// own party, by the shortest chain) where some party on that chain has no DPA date.
QList<SubprocessorGap> subprocessorsWithoutDpa(const ProjectData &data);

} // namespace ropa::checks
