#include "finding.h"

namespace ropa::checks {

QString Finding::key() const
{
    return ruleId + u'|' + idToString(entity) + u'|' + detail;
}

SeverityCounts countFindings(const FindingList &findings)
{
    SeverityCounts counts;
    for (const Finding &f : findings) {
        if (f.noLongerApplies) {
            ++counts.noLongerApplies;
            continue;
        }
        if (f.accepted) {
            ++counts.accepted;
            continue;
        }
        switch (f.severity) {
        case Severity::High: ++counts.high; break;
        case Severity::Medium: ++counts.medium; break;
        case Severity::Low: ++counts.low; break;
        }
    }
    return counts;
}

bool hasOpenAtOrAbove(const FindingList &findings, Severity threshold)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [threshold](const Finding &f) { return f.isOpen() && f.severity >= threshold; });
}

} // namespace ropa::checks
