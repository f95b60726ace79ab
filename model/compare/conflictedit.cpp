#include "conflictedit.h"

#include "fields.h"

namespace ropa::compare {

namespace {

template <typename T> const Field<T> *textField(const QString &key)
{
    for (const Field<T> &f : fieldsOf<T>()) {
        if (f.setText && QLatin1StringView(f.key) == key)
            return &f;
    }
    return nullptr;
}

// Calls fn(field, entity) for the conflict's entity and text field in data (nullptr entity
// when data has none); false when the field is not a text field.
template <typename Fn> bool withTextField(ProjectData *data, const Conflict &c, Fn &&fn)
{
    if (c.type != ConflictType::BothChanged)
        return false;
    if (c.subject == Subject::Project) {
        const Field<ProjectInfo> *f = textField<ProjectInfo>(c.key);
        if (f)
            fn(*f, data ? &data->info : nullptr);
        return f != nullptr;
    }
    if (c.subject != Subject::Entity)
        return false;
    bool found = false;
    forEachEntityType([&](auto tag) {
        using T = typename decltype(tag)::type;
        if (found || kindOf<T>() != c.kind)
            return;
        const Field<T> *f = textField<T>(c.key);
        if (!f)
            return;
        found = true;
        T *entity = nullptr;
        if (data) {
            auto &table = data->table<T>();
            const auto it = table.find(c.id);
            entity = it == table.end() ? nullptr : &it->second;
        }
        fn(*f, entity);
    });
    return found;
}

} // namespace

bool canEdit(const Conflict &conflict)
{
    return withTextField(nullptr, conflict, [](const auto &, auto *) {});
}

bool applyEdit(ProjectData &data, const Conflict &conflict, const QString &text)
{
    bool applied = false;
    withTextField(&data, conflict, [&](const auto &field, auto *entity) {
        if (entity) {
            field.setText(*entity, text);
            applied = true;
        }
    });
    return applied;
}

} // namespace ropa::compare
