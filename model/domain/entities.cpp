#include "entities.h"

#include <QCoreApplication>

namespace ropa {

// The nouns a user reads in messages and menus: translated (context "ropa::Entity");
// the English texts are the source texts, unchanged.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::Entity)
};

EntityKind kindOf(const AnyEntity &entity)
{
    return std::visit([](const auto &e) { return kindOf<std::decay_t<decltype(e)>>(); }, entity);
}

Id idOf(const AnyEntity &entity)
{
    return std::visit([](const auto &e) { return e.id; }, entity);
}

QString nameOf(const AnyEntity &entity)
{
    return std::visit(
        [](const auto &e) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, Document>)
                return e.title;
            else if constexpr (std::is_same_v<std::decay_t<decltype(e)>, Transfer>)
                return e.purpose;
            else
                return e.name;
        },
        entity);
}

QString entityKindKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Document: return QStringLiteral("documents");
    case EntityKind::Party: return QStringLiteral("parties");
    case EntityKind::DataCategory: return QStringLiteral("data_categories");
    case EntityKind::DataSubject: return QStringLiteral("data_subjects");
    case EntityKind::Source: return QStringLiteral("sources");
    case EntityKind::SecurityMeasure: return QStringLiteral("security_measures");
    case EntityKind::System: return QStringLiteral("systems");
    case EntityKind::Activity: return QStringLiteral("activities");
    case EntityKind::Transfer: return QStringLiteral("transfers");
    }
    return {};
}

QString entityKindNoun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Document: return Tr::tr("document");
    case EntityKind::Party: return Tr::tr("party");
    case EntityKind::DataCategory: return Tr::tr("data category");
    case EntityKind::DataSubject: return Tr::tr("data subject");
    case EntityKind::Source: return Tr::tr("source");
    case EntityKind::SecurityMeasure: return Tr::tr("security measure");
    case EntityKind::System: return Tr::tr("system");
    case EntityKind::Activity: return Tr::tr("activity");
    case EntityKind::Transfer: return Tr::tr("transfer");
    }
    return {};
}

Id idFromString(QStringView text)
{
    // 8-4-4-4-12 lower-case hexadecimal, nothing else.
    if (text.size() != 36)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash) {
            if (c != u'-')
                return {};
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return {};
        }
    }
    return QUuid::fromString(text);
}

} // namespace ropa
