// py2cpp runtime: Python's set and frozenset as py::set<T> and py::frozenset<T>.
//
// Like py::list, a set is an object variables refer to: py::set is a handle to shared storage,
// copying the handle aliases, `copy()` and `set(s)` make a new set, and the methods that change it
// are const. A frozenset is the same table that no method changes; it is hashable (a dict key or a
// set member), with CPython's hash.
//
// Order. A Python program sees a set's hash-table layout whenever it prints or iterates a set, and
// for ints, floats, bools and tuples of them that layout is deterministic in CPython. So the table
// here is CPython 3.11's (Objects/setobject.c), reimplemented: the same hashes (py::hash, below),
// an 8-slot table that grows to 4x the used count once 3/5 full, linear probing over 10 slots
// then perturbed probing, deleted slots kept as dummies (the last one a probe passes takes the
// new member), the same pop finger, and each operation building its result the way CPython's does (`a | b` copies a then
// merges b's table; `a & b` walks the smaller set; a display of three or more constants is built
// as CPython's compiler does, from a frozenset constant). A module CPython imports from a .pyc
// rebuilds such constants once more (marshal), so their order can differ there. Strings hash with
// std::hash: CPython randomises their hashes per process, so no order of a set of strings is the
// "right" one.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/hash.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"

namespace py {

template <class T, bool Frozen>
class basic_set;

namespace detail {

template <class T>
struct is_set : std::false_type {};
template <class T, bool Frozen>
struct is_set<basic_set<T, Frozen>> : std::true_type {};
template <class T>
inline constexpr bool is_set_v = is_set<std::decay_t<T>>::value;

}  // namespace detail

template <class T, bool Frozen>
class basic_set {
public:
    using value_type = T;
    using key_type = T;
    static constexpr bool frozen = Frozen;

    enum class state : std::uint8_t { empty, active, dummy };
    struct slot {
        T key{};
        hash_t hash = 0;
        state st = state::empty;
    };
    struct storage {
        std::vector<slot> table = std::vector<slot>(minimum_size);
        std::size_t fill = 0;  // active + dummy slots
        std::size_t used = 0;  // active slots: len()
        std::size_t finger = 0;  // where pop() looks first
        std::size_t mask() const noexcept { return table.size() - 1; }
    };

    // Python's set iterator: the slot index, checked against the length the set had at the start.
    class iterator {
    public:
        iterator(std::shared_ptr<storage> s, std::size_t at) : s_(std::move(s)), at_(at), used_(s_->used) { skip_free(); }
        T operator*() const { return s_->table[at_].key; }
        iterator& operator++() {
            ++at_;
            skip_free();
            return *this;
        }
        bool operator!=(const iterator&) const {
            if (s_->used != used_) {
                used_ = static_cast<std::size_t>(-1);  // the set stays "changed" for this iterator, as CPython's
                throw RuntimeError("Set changed size during iteration");
            }
            return at_ < s_->table.size();
        }
        bool operator==(const iterator& other) const { return !(*this != other); }

    private:
        void skip_free() {
            while (at_ < s_->table.size() && s_->table[at_].st != state::active) ++at_;
        }
        std::shared_ptr<storage> s_;
        std::size_t at_;
        mutable std::size_t used_;
    };

    basic_set() : s_(std::make_shared<storage>()) {}
    // {a, b, c}: each member added in order (BUILD_SET / SET_ADD).
    basic_set(std::initializer_list<T> members) : basic_set() {
        for (const auto& m : members) add(m);
    }
    // A display of three or more constants: CPython's compiler makes a frozenset of them, rebuilds it
    // from its own iteration order when it merges the code object's constants, and the display
    // merges that into an empty set: a layout that can differ from adding the members in order.
    static basic_set from_constants(std::initializer_list<T> members) {
        basic_set folded(members), constant, out;
        for (const T& m : folded) constant.add(m);
        out.merge(constant);
        return out;
    }
    // set(iterable), frozenset(iterable): a set's table is merged, anything else added item by item.
    template <class Iterable>
    static basic_set from(const Iterable& iterable) {
        basic_set out;
        out.update_one(iterable);
        return out;
    }
    basic_set<T, !Frozen> as_other_kind() const {
        basic_set<T, !Frozen> out;
        out.update_one(*this);
        return out;
    }

    iterator begin() const { return iterator(s_, 0); }
    iterator end() const { return iterator(s_, 0); }  // unused: the iterator knows its end
    int_t size() const noexcept { return static_cast<int_t>(s_->used); }
    bool empty() const noexcept { return s_->used == 0; }
    explicit operator bool() const noexcept { return !empty(); }
    bool is(const basic_set& other) const noexcept { return s_ == other.s_; }
    const storage& table() const noexcept { return *s_; }

    bool contains(const T& key) const { return find(key, py::hash(key)) != npos; }

    // s.add(x), s.discard(x), s.remove(x) (KeyError), s.pop() (KeyError when empty), s.clear()
    void add(const T& key) const { add_entry(key, py::hash(key)); }
    void discard(const T& key) const { discard_entry(key, py::hash(key)); }
    void remove(const T& key) const {
        if (!discard_entry(key, py::hash(key))) throw KeyError::of_repr(py::repr(key));
    }
    T pop() const {
        storage& s = *s_;
        if (s.used == 0) throw KeyError("pop from an empty set");
        std::size_t at = s.finger & s.mask();
        while (s.table[at].st != state::active) at = at == s.mask() ? 0 : at + 1;
        T key = std::move(s.table[at].key);
        s.table[at] = slot{T{}, -1, state::dummy};
        --s.used;
        s.finger = at + 1;
        return key;
    }
    void clear() const {
        s_->table.assign(minimum_size, slot{});
        s_->fill = s_->used = 0;
    }
    basic_set copy() const {
        basic_set out;
        out.merge(*this);
        return out;
    }

    // s.update(*others), s |= other
    template <class... Others>
    void update(const Others&... others) const {
        (update_one(others), ...);
    }
    // s.union(*others), s | other
    template <class... Others>
    basic_set union_(const Others&... others) const {
        basic_set out = copy();
        (out.update_unless_same(*this, others), ...);
        return out;
    }
    // s.intersection(*others), s & other
    basic_set intersection() const { return copy(); }
    template <class Other, class... More>
    basic_set intersection(const Other& other, const More&... more) const {
        basic_set out = intersection_one(other);
        if constexpr (sizeof...(More) > 0) return out.intersection(more...);
        else return out;
    }
    // s.difference(*others), s - other
    basic_set difference() const { return copy(); }
    template <class Other, class... More>
    basic_set difference(const Other& other, const More&... more) const {
        basic_set out = difference_one(other);
        (out.difference_update_one(more), ...);
        return out;
    }
    // s.symmetric_difference(other), s ^ other: other's members (as a new set), toggled by s's
    template <class Other>
    basic_set symmetric_difference(const Other& other) const {
        basic_set out = from(other);
        out.symmetric_difference_update(*this);
        return out;
    }
    // s.intersection_update(*others), s &= other: the result's table replaces s's
    template <class... Others>
    void intersection_update(const Others&... others) const {
        basic_set result = intersection(others...);
        std::swap(s_->table, result.s_->table);
        s_->fill = result.s_->fill;
        s_->used = result.s_->used;
    }
    // s.difference_update(*others), s -= other
    template <class... Others>
    void difference_update(const Others&... others) const {
        (difference_update_one(others), ...);
    }
    // s.symmetric_difference_update(other), s ^= other
    template <class Other>
    void symmetric_difference_update(const Other& other) const {
        if constexpr (detail::is_set_v<Other>) {
            if (same_object(other)) {
                clear();
                return;
            }
            const auto& o = other.table();
            for (std::size_t i = 0; i < o.table.size(); ++i) {
                if (o.table[i].st != state_of<Other>::active) continue;
                const T key = static_cast<T>(o.table[i].key);
                if (!discard_entry(key, o.table[i].hash)) add_entry(key, o.table[i].hash);
            }
        } else {
            symmetric_difference_update(basic_set::from(other));
        }
    }

    // s.issubset(other), s <= other; s.issuperset(other), s >= other; s.isdisjoint(other)
    template <class Other>
    bool issubset(const Other& other) const {
        if constexpr (detail::is_set_v<Other>) {
            if (size() > other.size()) return false;
            using U = typename Other::value_type;  // another number type compares by value (1 == 1.0)
            for (const auto& e : s_->table) {
                if (e.st != state::active) continue;
                const std::optional<U> member = exact_key<U>(e.key);
                if (!member || !other.contains_hashed(*member, e.hash)) return false;
            }
            return true;
        } else {
            return issubset(basic_set::from(other));
        }
    }
    template <class Other>
    bool issuperset(const Other& other) const {
        if constexpr (detail::is_set_v<Other>) {
            return other.issubset(*this);
        } else {
            for (auto&& item : as_iterable(other))
                if (!contains(static_cast<T>(item))) return false;
            return true;
        }
    }
    template <class Other>
    bool isdisjoint(const Other& other) const {
        if constexpr (detail::is_set_v<Other>) {
            if (same_object(other)) return empty();
            const bool walk_this = size() < other.size();  // walk the smaller one
            if (walk_this) {
                for (const auto& e : s_->table)
                    if (e.st == state::active && other.contains_hashed(e.key, e.hash)) return false;
            } else {
                for (const auto& e : other.table().table)
                    if (e.st == state_of<Other>::active && contains_hashed(static_cast<T>(e.key), e.hash)) return false;
            }
            return true;
        } else {
            for (auto&& item : as_iterable(other))
                if (contains(static_cast<T>(item))) return false;
            return true;
        }
    }

    // frozenset's hash: an order-independent mix of the members' hashes (CPython's frozenset_hash).
    hash_t hash() const {
        auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
        std::uint64_t h = 0;
        for (const auto& e : s_->table)
            if (e.st == state::active) h ^= shuffle(static_cast<std::uint64_t>(e.hash));
        h ^= (static_cast<std::uint64_t>(s_->used) + 1) * 1927868237ULL;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069U + 907133923ULL;
        return h == ~std::uint64_t{0} ? 590923713 : static_cast<hash_t>(h);
    }

    // Membership given a precomputed hash (another set's slot).
    bool contains_hashed(const T& key, hash_t h) const { return find(key, h) != npos; }

    template <class U, bool F>
    friend bool operator==(const basic_set& a, const basic_set<U, F>& b) {
        return a.size() == b.size() && a.issubset(b);
    }
    template <class U, bool F>
    friend bool operator!=(const basic_set& a, const basic_set<U, F>& b) {
        return !(a == b);
    }
    template <class U, bool F>
    friend bool operator<=(const basic_set& a, const basic_set<U, F>& b) {
        return a.issubset(b);
    }
    template <class U, bool F>
    friend bool operator<(const basic_set& a, const basic_set<U, F>& b) {
        return a.size() < b.size() && a.issubset(b);
    }
    template <class U, bool F>
    friend bool operator>=(const basic_set& a, const basic_set<U, F>& b) {
        return b.issubset(a);
    }
    template <class U, bool F>
    friend bool operator>(const basic_set& a, const basic_set<U, F>& b) {
        return a.size() > b.size() && b.issubset(a);
    }

    void append_str_to(std::string& out) const { append_repr_to(out); }
    void append_repr_to(std::string& out) const {
        if (empty()) {
            out += Frozen ? "frozenset()" : "set()";
            return;
        }
        if (Frozen) out += "frozenset(";
        out += '{';
        bool first = true;
        for (const auto& e : s_->table) {
            if (e.st != state::active) continue;
            if (!first) out += ", ";
            first = false;
            detail::append_repr(out, e.key);
        }
        out += '}';
        if (Frozen) out += ')';
    }

private:
    template <class U, bool F>
    friend class basic_set;
    template <class Other>
    struct state_of {
        static constexpr auto active = std::decay_t<Other>::state::active;
    };

    static constexpr std::size_t minimum_size = 8;
    static constexpr std::size_t linear_probes = 9;
    static constexpr unsigned perturb_shift = 5;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    template <class Other>
    bool same_object(const Other& other) const {
        if constexpr (std::is_same_v<Other, basic_set>) return is(other);
        else return false;
    }

    // The probe sequence: 10 consecutive slots (1 near the end of the table), then a jump driven
    // by the hash's higher bits. `stop(slot index)` ends the walk when it returns true.
    template <class Stop>
    static std::size_t probe(const storage& s, hash_t h, Stop stop) {
        const std::size_t mask = s.mask();
        auto perturb = static_cast<std::size_t>(h);
        std::size_t i = static_cast<std::size_t>(h) & mask;
        while (true) {
            const std::size_t probes = i + linear_probes <= mask ? linear_probes : 0;
            for (std::size_t j = i; j <= i + probes; ++j)
                if (stop(j)) return j;
            perturb >>= perturb_shift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    std::size_t find(const T& key, hash_t h) const {
        const storage& s = *s_;
        const std::size_t at = probe(s, h, [&](std::size_t j) {
            const slot& e = s.table[j];
            return e.st == state::empty || (e.st == state::active && e.hash == h && e.key == key);
        });
        return s.table[at].st == state::empty ? npos : at;
    }

    // A new member goes into the last dummy its probe sequence passed (the table's fill does not
    // change), else into the empty slot that ended the search.
    void add_entry(const T& key, hash_t h) const {
        storage& s = *s_;
        std::size_t last_dummy = npos;
        const std::size_t at = probe(s, h, [&](std::size_t j) {
            const slot& e = s.table[j];
            if (e.st == state::dummy) last_dummy = j;
            return e.st == state::empty || (e.st == state::active && e.hash == h && e.key == key);
        });
        if (s.table[at].st == state::active) return;  // already a member
        ++s.used;
        if (last_dummy != npos) {
            s.table[last_dummy] = slot{key, h, state::active};
            return;
        }
        s.table[at] = slot{key, h, state::active};
        ++s.fill;
        if (s.fill * 5 >= s.mask() * 3) resize(s.used > 50000 ? s.used * 2 : s.used * 4);
    }

    bool discard_entry(const T& key, hash_t h) const {
        const std::size_t at = find(key, h);
        if (at == npos) return false;
        s_->table[at] = slot{T{}, -1, state::dummy};
        --s_->used;
        return true;
    }

    // A slot into a table known to hold neither the key nor dummies.
    static void insert_clean(storage& s, T key, hash_t h) {
        const std::size_t at = probe(s, h, [&](std::size_t j) { return s.table[j].st == state::empty; });
        s.table[at] = slot{std::move(key), h, state::active};
    }

    // The smallest power-of-two table (at least 8) with more slots than `min_used`, the members
    // reinserted in the old table's order and the dummies dropped.
    void resize(std::size_t min_used) const {
        storage& s = *s_;
        std::size_t size = minimum_size;
        while (size <= min_used) size <<= 1;
        if (size == minimum_size && s.table.size() == minimum_size && s.fill == s.used) return;
        std::vector<slot> old(size);
        std::swap(old, s.table);
        s.fill = s.used;
        for (auto& e : old)
            if (e.st == state::active) insert_clean(s, std::move(e.key), e.hash);
    }

    // set_merge: another set's members, in its table order; one resize first.
    template <class U, bool F>
    void merge(const basic_set<U, F>& other) const {
        storage& s = *s_;
        const auto& o = other.table();
        if (o.used == 0 || static_cast<const void*>(&o) == static_cast<const void*>(&s)) return;
        if ((s.fill + o.used) * 5 >= s.mask() * 3) resize((s.used + o.used) * 2);
        using other_state = typename basic_set<U, F>::state;
        if (s.fill == 0 && s.mask() == o.mask() && o.fill == o.used) {  // same layout, no dummies: copy the slots
            for (std::size_t i = 0; i < o.table.size(); ++i)
                if (o.table[i].st == other_state::active) s.table[i] = slot{static_cast<T>(o.table[i].key), o.table[i].hash, state::active};
            s.fill = s.used = o.used;
            return;
        }
        if (s.fill == 0) {
            s.fill = s.used = o.used;
            for (const auto& e : o.table)
                if (e.st == other_state::active) insert_clean(s, static_cast<T>(e.key), e.hash);
            return;
        }
        for (const auto& e : o.table)
            if (e.st == other_state::active) add_entry(static_cast<T>(e.key), e.hash);
    }

    template <class Other>
    void update_one(const Other& other) const {
        if constexpr (detail::is_set_v<Other>) {
            merge(other);
        } else if constexpr (requires { other.keys(); typename Other::mapped_type; }) {  // a dict: one resize, then its keys
            const auto n = static_cast<std::size_t>(other.size());
            if ((s_->fill + n) * 5 >= s_->mask() * 3) resize((s_->used + n) * 2);
            for (auto&& key : other) add(static_cast<T>(key));
        } else {
            for (auto&& item : as_iterable(other)) add(static_cast<T>(item));
        }
    }
    template <class Other>
    void update_unless_same(const basic_set& self, const Other& other) const {
        if constexpr (std::is_same_v<Other, basic_set>)
            if (other.is(self)) return;
        update_one(other);
    }

    template <class Other>
    basic_set intersection_one(const Other& other) const {
        if (same_object(other)) return copy();
        basic_set out;
        if constexpr (detail::is_set_v<Other>) {
            // Walk the smaller set, keep what the larger holds.
            if (other.size() > size()) {
                for (const auto& e : s_->table)
                    if (e.st == state::active && other.contains_hashed(static_cast<typename Other::value_type>(e.key), e.hash))
                        out.add_entry(e.key, e.hash);
            } else {
                for (const auto& e : other.table().table)
                    if (e.st == state_of<Other>::active && contains_hashed(static_cast<T>(e.key), e.hash))
                        out.add_entry(static_cast<T>(e.key), e.hash);
            }
        } else {
            for (auto&& item : as_iterable(other)) {
                const T key = static_cast<T>(item);
                const hash_t h = py::hash(key);
                if (contains_hashed(key, h)) out.add_entry(key, h);
            }
        }
        return out;
    }

    template <class Other>
    basic_set difference_one(const Other& other) const {
        if constexpr (detail::is_set_v<Other>) {
            if (static_cast<std::size_t>(size() >> 2) <= static_cast<std::size_t>(other.size())) {
                basic_set out;  // walk this set, keep what other lacks
                for (const auto& e : s_->table)
                    if (e.st == state::active && !other.contains_hashed(static_cast<typename Other::value_type>(e.key), e.hash))
                        out.add_entry(e.key, e.hash);
                return out;
            }
        }
        basic_set out = copy();  // much larger than other (or other is no set): copy, then remove
        out.difference_update_one(other);
        return out;
    }

    template <class Other>
    void difference_update_one(const Other& other) const {
        if (same_object(other)) {
            clear();
            return;
        }
        if constexpr (detail::is_set_v<Other>) {
            if ((other.size() >> 3) > size()) {  // other much larger: remove only what both hold
                const auto common = other.intersection_one(*this);
                for (const auto& e : common.table().table)
                    if (e.st == state_of<decltype(common)>::active) discard_entry(static_cast<T>(e.key), e.hash);
            } else {
                for (const auto& e : other.table().table)
                    if (e.st == state_of<Other>::active) discard_entry(static_cast<T>(e.key), e.hash);
            }
        } else {
            for (auto&& item : as_iterable(other)) discard(static_cast<T>(item));
        }
        // More than a quarter of the slots dummies: rebuild.
        if (s_->fill - s_->used > s_->mask() / 4) resize(s_->used > 50000 ? s_->used * 2 : s_->used * 4);
    }

    std::shared_ptr<storage> s_;
};

template <class T>
using set = basic_set<T, false>;
template <class T>
using frozenset = basic_set<T, true>;

// a | b, a & b, a - b, a ^ b: the left operand's kind (set or frozenset) with its table built as
// CPython builds it.
template <class T, bool F, class U, bool G>
basic_set<T, F> operator|(const basic_set<T, F>& a, const basic_set<U, G>& b) {
    return a.union_(b);
}
template <class T, bool F, class U, bool G>
basic_set<T, F> operator&(const basic_set<T, F>& a, const basic_set<U, G>& b) {
    return a.intersection(b);
}
template <class T, bool F, class U, bool G>
basic_set<T, F> operator-(const basic_set<T, F>& a, const basic_set<U, G>& b) {
    return a.difference(b);
}
template <class T, bool F, class U, bool G>
basic_set<T, F> operator^(const basic_set<T, F>& a, const basic_set<U, G>& b) {
    return a.symmetric_difference(b);
}

template <class T, bool F>
int_t len(const basic_set<T, F>& s) noexcept {
    return s.size();
}

template <class T, bool F, class Key>
bool contains(const basic_set<T, F>& s, const Key& key) {
    const std::optional<T> member = exact_key<T>(key);
    return member && s.contains(*member);
}

template <class T, bool F>
bool truthy(const basic_set<T, F>& s) noexcept {
    return !s.empty();
}

}  // namespace py
