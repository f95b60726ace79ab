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

// Whether a transfer's mechanism is "not stated" (XFER-MECHANISM-NOT-STATED, medium: find out)
// rather than "none" (XFER-NO-MECHANISM, high). Files written before the value existed had
// "none" for both; their readers give "not stated" where nothing backed "none" up
// (store/legacymeaning.h, docs/decisions/0022-mechanism-not-stated-dpo-not-required.md).
bool mechanismNotStated(const Transfer &transfer);

} // namespace ropa::checks
