#pragma once

// EntityMap: the entities of one kind by id, in canonical id order, as a value whose copies
// share one map until one of them is changed (copy on write). A copy of the whole project
// (Project::snapshot(), for a save, a check, a graph or a record on a worker thread) is then
// a handful of reference counts, not a copy of every entity on the window's thread; an edit
// afterwards copies only the table it changes, and only while a copy of it is still held
// (docs/decisions/0020).
//
// The interface is std::map's, as far as the project uses it. Const access never copies.
// Non-const access (non-const begin(), find(), operator[], ...) makes the map this object's
// own first, so an iterator or reference obtained that way must not be kept across a copy
// of the EntityMap (or of the ProjectData holding it): write through it, then let it go.
// Copies are made on the thread that owns the original; copies of copies may be read on
// any thread.

#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <memory>
#include <utility>

namespace ropa {

// Orders ids as their canonical text does (lower-case hex, byte by byte), which is the order
// the interchange format lists entities in. (QUuid::operator< compares the variant first.)
struct IdLess
{
    bool operator()(const QUuid &a, const QUuid &b) const
    {
        if (a.data1 != b.data1)
            return a.data1 < b.data1;
        if (a.data2 != b.data2)
            return a.data2 < b.data2;
        if (a.data3 != b.data3)
            return a.data3 < b.data3;
        return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
    }
};

template <typename T> class EntityMap
{
public:
    using Map = std::map<QUuid, T, IdLess>;
    using key_type = typename Map::key_type;
    using mapped_type = typename Map::mapped_type;
    using value_type = typename Map::value_type;
    using size_type = typename Map::size_type;
    using iterator = typename Map::iterator;
    using const_iterator = typename Map::const_iterator;
    using const_reverse_iterator = typename Map::const_reverse_iterator;

    EntityMap() = default;
    EntityMap(std::initializer_list<value_type> values)
        : m_map(std::make_shared<Map>(values))
    {
    }

    // ---- reading: never copies ----
    const Map &map() const { return m_map ? *m_map : noEntities(); }
    const_iterator begin() const { return map().begin(); }
    const_iterator end() const { return map().end(); }
    const_iterator cbegin() const { return map().begin(); }
    const_iterator cend() const { return map().end(); }
    const_reverse_iterator rbegin() const { return map().rbegin(); }
    const_reverse_iterator rend() const { return map().rend(); }
    const_reverse_iterator crbegin() const { return map().rbegin(); }
    const_reverse_iterator crend() const { return map().rend(); }
    const_iterator find(const QUuid &id) const { return map().find(id); }
    const T &at(const QUuid &id) const { return map().at(id); }
    size_type size() const { return map().size(); }
    bool empty() const { return map().empty(); }
    size_type count(const QUuid &id) const { return map().count(id); }
    bool contains(const QUuid &id) const { return map().contains(id); }
    const_iterator lower_bound(const QUuid &id) const { return map().lower_bound(id); }

    // ---- changing: makes the map this object's own first ----
    iterator begin() { return own().begin(); }
    iterator end() { return own().end(); }
    iterator find(const QUuid &id) { return own().find(id); }
    T &at(const QUuid &id) { return own().at(id); }
    T &operator[](const QUuid &id) { return own()[id]; }
    template <typename... Args> auto emplace(Args &&...args) { return own().emplace(std::forward<Args>(args)...); }
    template <typename... Args> auto try_emplace(const QUuid &id, Args &&...args)
    {
        return own().try_emplace(id, std::forward<Args>(args)...);
    }
    template <typename V> auto insert_or_assign(const QUuid &id, V &&value)
    {
        return own().insert_or_assign(id, std::forward<V>(value));
    }
    auto insert(const value_type &value) { return own().insert(value); }
    auto insert(value_type &&value) { return own().insert(std::move(value)); }
    size_type erase(const QUuid &id)
    {
        if (!contains(id))
            return 0;
        return own().erase(id);
    }
    // The iterator may come from either side: the entity is found again by its id.
    iterator erase(const_iterator it)
    {
        const QUuid id = it->first;
        Map &m = own();
        return m.erase(m.find(id));
    }
    void clear() { m_map.reset(); }
    // std::erase_if for an EntityMap: copies the map only when something is to be erased.
    template <typename Pred> friend size_type erase_if(EntityMap &m, Pred pred)
    {
        if (std::none_of(m.cbegin(), m.cend(), pred))
            return 0;
        return std::erase_if(m.own(), pred);
    }

    friend bool operator==(const EntityMap &a, const EntityMap &b) { return a.m_map == b.m_map || a.map() == b.map(); }

private:
    static const Map &noEntities()
    {
        static const Map none;
        return none;
    }

    Map &own()
    {
        if (!m_map) {
            m_map = std::make_shared<Map>();
        } else if (m_map.use_count() != 1) {
            m_map = std::make_shared<Map>(*m_map);
        } else {
            // The count fell to 1 when another thread let its copy go: what that thread read
            // happens before what is written from here on.
            std::atomic_thread_fence(std::memory_order_acquire);
        }
        return *m_map;
    }

    std::shared_ptr<Map> m_map; // null: empty
};

} // namespace ropa
