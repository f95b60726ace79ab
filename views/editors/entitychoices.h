#pragma once

// Fills a combo with entities of one kind to choose from (a hosting party, a DPA document, a
// data item's category), by name, after an optional "none" choice; keeps the selection when it
// can. Used by the kind editors and by the sections of the activity editor.

#include "commands/edits.h"
#include "fields.h"

#include <QList>

#include <algorithm>
#include <functional>
#include <utility>

namespace ropa {

template <typename T>
void fillEntityChoices(ChoiceCombo *combo, const ProjectData &data, const QString &noneText,
                       const std::function<bool(const T &)> &keep = {})
{
    const QVariant selected = combo->value();
    QList<std::pair<QString, Id>> items;
    for (const auto &[id, e] : data.template table<T>()) {
        if (!keep || keep(e))
            items.append({edit::displayName(data, AnyEntity(e)), id});
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    combo->clearChoices();
    if (!noneText.isEmpty())
        combo->addChoice(noneText, QVariant::fromValue(Id()));
    for (const auto &[name, id] : std::as_const(items))
        combo->addChoice(name, QVariant::fromValue(id));
    combo->setValue(selected);
}

} // namespace ropa
