#include "checkhelpers.h"

using I = ropa::test::ChecksIds;

namespace ropa::test {

Activity &support(ProjectData &d)
{
    return d.activities.at(I::support());
}
Transfer &toCloud(ProjectData &d)
{
    return d.transfers.at(I::toCloud());
}
Party &cloud(ProjectData &d)
{
    return d.parties.at(I::cloud());
}

void addSub(ProjectData &d, Mechanism m, const QString &country, bool dpa)
{
    Party sub;
    sub.id = I::sub();
    sub.name = QStringLiteral("SubCo");
    sub.country = country;
    if (dpa)
        sub.dpaSigned = QDate(2024, 2, 1);
    d.parties.emplace(sub.id, sub);
    Transfer t;
    t.id = I::toSub();
    t.from = I::cloud();
    t.to = sub.id;
    t.role = Role::Processor;
    t.dataCategories = {I::contact()};
    t.countries = {country};
    t.mechanism = m;
    if (m == Mechanism::Scc)
        t.tiaDone = QDate(2024, 2, 1);
    d.transfers.emplace(t.id, t);
}

QStringList messagesOf(const checks::FindingList &findings, const QString &ruleId)
{
    QStringList messages;
    for (const checks::Finding &f : findings) {
        if (f.ruleId == ruleId)
            messages.append(f.message);
    }
    return messages;
}

} // namespace ropa::test
