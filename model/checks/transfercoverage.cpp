#include "transfercoverage.h"

#include "checks/onward.h"

namespace ropa::checks {

TransferCoverage transferCoverage(const ProjectData &data, const Transfer &transfer)
{
    TransferCoverage c;
    c.destinations = transferDestinations(data, transfer);
    for (const QString &code : std::as_const(c.destinations)) {
        if (isThirdCountry(code) && !isAdequateCountry(code))
            c.notCovered.append(code);
        if (code != u"US")
            c.outsideUs.append(code);
    }
    if (const Party *to = data.find<Party>(transfer.to)) {
        c.hasRecipient = true;
        c.recipientDpfCertified = to->dpfCertified;
        if (!to->country.isEmpty() && to->country != u"US")
            c.recipientOutsideUs = to->country;
    }
    return c;
}

bool mechanismNotStated(const Transfer &t)
{
    return t.mechanism == Mechanism::NotStated;
}

} // namespace ropa::checks
