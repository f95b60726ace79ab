#include "subprocessorsnapshot.h"

namespace ropa {

QList<const SubprocessorSnapshot *> vendorSnapshots(const QList<SubprocessorSnapshot> &all, const Id &vendor)
{
    QList<const SubprocessorSnapshot *> result;
    for (const SubprocessorSnapshot &s : all) {
        if (s.vendor == vendor)
            result.append(&s);
    }
    return result;
}

std::optional<QDate> objectionDeadline(const Party &vendor)
{
    if (!vendor.noticePeriodDays || !vendor.changeNoticeReceived || !vendor.changeNoticeReceived->isValid())
        return std::nullopt;
    return vendor.changeNoticeReceived->addDays(*vendor.noticePeriodDays);
}

} // namespace ropa
