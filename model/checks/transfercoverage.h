#pragma once

// What the Chapter V rules of the checker see in one transfer's destinations: which are
// outside the EEA without an adequacy decision of their own (XFER-NO-MECHANISM,
// XFER-MECHANISM-MISMATCH, XFER-TIA-*), and what the EU-U.S. Data Privacy Framework does not
// cover (XFER-DPF-NOT-US, XFER-DPF-NOT-CERTIFIED). The checker and the transfer editor's hints
// both read it, so the editor never says something the findings contradict.

#include "domain/projectdata.h"

#include <QStringList>

#include <optional>

namespace ropa::checks {

struct TransferCoverage
{
    // The transfer's countries, or else the recipient's country (transferDestinations()).
    QStringList destinations;
    // Destinations outside the EEA that no adequacy decision covers by itself. The US decision
    // covers DPF-certified recipients only, so the US is here: the DPF rules look at it.
    QStringList notCovered;
    // For the DPF: destinations other than the United States.
    QStringList outsideUs;
    // For the DPF: the recipient's country when it is stated and not the United States.
    QString recipientOutsideUs;
    // For the DPF: whether the recipient is certified (nullopt: not stated, or no recipient).
    std::optional<bool> recipientDpfCertified;
    bool hasRecipient = false;
};

TransferCoverage transferCoverage(const ProjectData &data, const Transfer &transfer);

// Whether a transfer's mechanism is "not stated" rather than "none": the mechanism is none and
// the transfer says nothing else about its safeguards (no evidence, derogation, SCC module,
// transfer impact assessment or documented safeguards). The formats' "none" means "none
// stated" (DOMAIN.md), so this is the closest the model comes to "unknown" until it has a
// value of its own (docs/decisions/0016-findings-grouped-by-cause.md). A transfer that cites
// evidence and still gives no mechanism is taken as recorded without one: XFER-NO-MECHANISM.
bool mechanismNotStated(const Transfer &transfer);

} // namespace ropa::checks
