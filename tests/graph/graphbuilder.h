#pragma once

// Builds small transfer graphs by name for the graph tests: parties "Own", "A", "B"...,
// categories with parents, transfers with mechanism and countries. Ids are derived from
// the names, so a graph built twice is identical.

#include "domain/projectdata.h"

#include <QCryptographicHash>

namespace ropa::test {

class GraphBuilder
{
public:
    static Id idFor(const QString &kind, const QString &name)
    {
        const QByteArray h = QCryptographicHash::hash((kind + u':' + name).toUtf8(), QCryptographicHash::Sha1);
        return QUuid::fromRfc4122(h.left(16));
    }

    GraphBuilder &own(const QString &name, const QString &country = QStringLiteral("NL"))
    {
        Party p = makeParty(name, country);
        p.own = true;
        m_data.parties[p.id] = p;
        return *this;
    }
    GraphBuilder &party(const QString &name, const QString &country, std::optional<bool> dpf = std::nullopt,
                        PartyKind kind = PartyKind::Organisation, bool named = true)
    {
        Party p = makeParty(name, country);
        p.dpfCertified = dpf;
        p.kind = kind;
        p.named = named;
        m_data.parties[p.id] = p;
        return *this;
    }
    GraphBuilder &category(const QString &name, const QString &parent = {})
    {
        DataCategory c;
        c.id = idFor(QStringLiteral("category"), name);
        c.name = name;
        if (!parent.isEmpty())
            c.parent = idFor(QStringLiteral("category"), parent);
        m_data.dataCategories[c.id] = c;
        return *this;
    }
    // categories: names; countries: empty means "the recipient's country".
    GraphBuilder &transfer(const QString &from, const QString &to, Mechanism mechanism,
                           const QStringList &categories = {}, const QStringList &countries = {}, bool tia = false)
    {
        Transfer t;
        t.id = idFor(QStringLiteral("transfer"), from + u'>' + to + u'#' + QString::number(m_count++));
        t.from = idFor(QStringLiteral("party"), from);
        t.to = idFor(QStringLiteral("party"), to);
        t.mechanism = mechanism;
        for (const QString &c : categories)
            t.dataCategories.append(idFor(QStringLiteral("category"), c));
        t.countries = countries;
        if (tia)
            t.tiaDone = QDate(2025, 1, 1);
        m_data.transfers[t.id] = t;
        return *this;
    }
    const ProjectData &data() const { return m_data; }
    ProjectData &data() { return m_data; }

private:
    static Party makeParty(const QString &name, const QString &country)
    {
        Party p;
        p.id = idFor(QStringLiteral("party"), name);
        p.name = name;
        p.country = country;
        return p;
    }
    ProjectData m_data;
    int m_count = 0;
};

} // namespace ropa::test
