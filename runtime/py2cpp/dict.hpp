// py2cpp runtime: Python's dict as py::dict<K, V>.
//
// Like py::list, a dict is an object variables refer to: py::dict is a handle to shared storage,
// copying the handle aliases, `copy()` and `dict(d)` make a new dict, and the methods that change
// it are const. Iteration follows CPython's insertion order: the entries live in a vector in the
// order their keys were first inserted (a deleted entry leaves a hole until the vector is
// compacted) and a hash index maps each key to its entry. Iterating while the dict changes size
// raises RuntimeError("dictionary changed size during iteration"), as CPython does.
//
// Keys are one py2cpp type: int, float, bool, str or tuples of those (Python's equal keys 1, 1.0
// and True cannot meet in one py2cpp dict, whose key type is one of them). A missing key raises
// KeyError showing repr(key). str()/repr() print as CPython does ({'a': 1, 'b': [2.5]}).
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/hash.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/optional.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"

namespace py {

namespace detail {

// The hash of a key: Python's (hash.hpp; 0.0 and -0.0, 1 and 1.0 hash alike, as they compare
// equal).
template <class K>
struct key_hash {
    std::size_t operator()(const K& k) const { return static_cast<std::size_t>(py::hash(k)); }
};

}  // namespace detail

template <class K, class V>
class dict {
public:
    using key_type = K;
    using mapped_type = V;

    struct storage {
        std::vector<std::pair<K, V>> entries;  // insertion order; holes where `alive` is false
        std::vector<bool> alive;
        std::unordered_map<K, std::size_t, detail::key_hash<K>> index;  // key -> entry
    };

    // The iterators of `for k in d`, `d.keys()`, `d.values()`, `d.items()`: a position in the
    // entries, checked against the size the dict had when the loop started.
    template <class Project>
    class iterator {
    public:
        iterator(std::shared_ptr<storage> s, std::size_t position) : s_(std::move(s)), position_(position), size_(s_->index.size()) {
            skip_holes();
        }
        auto operator*() const { return Project{}((*s_).entries[position_]); }
        iterator& operator++() {
            ++position_;
            skip_holes();
            return *this;
        }
        bool operator!=(const iterator&) const {
            if (s_->index.size() != size_) throw RuntimeError("dictionary changed size during iteration");
            return position_ < s_->entries.size();
        }
        bool operator==(const iterator& other) const { return !(*this != other); }

    private:
        void skip_holes() {
            while (position_ < s_->entries.size() && !s_->alive[position_]) ++position_;
        }
        std::shared_ptr<storage> s_;
        std::size_t position_;
        std::size_t size_;
    };
    struct key_of {
        K operator()(const std::pair<K, V>& e) const { return e.first; }
    };
    struct value_of {
        V operator()(const std::pair<K, V>& e) const { return e.second; }
    };
    struct item_of {
        std::tuple<K, V> operator()(const std::pair<K, V>& e) const { return {e.first, e.second}; }
    };

    // d.keys(), d.values(), d.items(): live views (they see later changes), iterable, sized.
    template <class Project>
    class view {
    public:
        explicit view(std::shared_ptr<storage> s) : s_(std::move(s)) {}
        iterator<Project> begin() const { return iterator<Project>(s_, 0); }
        iterator<Project> end() const { return iterator<Project>(s_, 0); }  // unused: the iterator knows its end
        int_t size() const noexcept { return static_cast<int_t>(s_->index.size()); }

    private:
        std::shared_ptr<storage> s_;
    };

    dict() : s_(std::make_shared<storage>()) {}
    dict(std::initializer_list<std::pair<K, V>> entries) : dict() {
        for (const auto& [k, v] : entries) setitem(k, v);
    }
    // dict(iterable of pairs), dict(other): a new dict
    template <class Iterable>
    static dict from_pairs(const Iterable& pairs) {
        dict out;
        for (auto&& item : pairs) out.setitem(static_cast<K>(std::get<0>(item)), static_cast<V>(std::get<1>(item)));
        return out;
    }

    iterator<key_of> begin() const { return iterator<key_of>(s_, 0); }
    iterator<key_of> end() const { return iterator<key_of>(s_, 0); }
    view<key_of> keys() const { return view<key_of>(s_); }
    view<value_of> values() const { return view<value_of>(s_); }
    view<item_of> items() const { return view<item_of>(s_); }

    int_t size() const noexcept { return static_cast<int_t>(s_->index.size()); }
    bool empty() const noexcept { return s_->index.empty(); }
    explicit operator bool() const noexcept { return !empty(); }
    bool is(const dict& other) const noexcept { return s_ == other.s_; }

    // d[k]
    V& operator[](const K& key) const {
        auto it = s_->index.find(key);
        if (it == s_->index.end()) throw KeyError::of_repr(py::repr(key));
        return s_->entries[it->second].second;
    }
    // d[k] = v: a new key goes last; an existing one keeps its place.
    void setitem(const K& key, V value) const {
        auto [it, inserted] = s_->index.try_emplace(key, s_->entries.size());
        if (!inserted) {
            s_->entries[it->second].second = std::move(value);
            return;
        }
        s_->entries.emplace_back(key, std::move(value));
        s_->alive.push_back(true);
    }
    // del d[k]
    void delitem(const K& key) const {
        auto it = s_->index.find(key);
        if (it == s_->index.end()) throw KeyError::of_repr(py::repr(key));
        erase_at(it);
    }
    bool contains(const K& key) const { return s_->index.count(key) > 0; }

    // d.get(k, default)
    V get(const K& key, const V& fallback) const {
        auto it = s_->index.find(key);
        return it == s_->index.end() ? fallback : s_->entries[it->second].second;
    }
    // d.get(k) / d.get(k, None): the value, or None when k is missing.
    optional_t<V> get(const K& key, NoneType) const {
        auto it = s_->index.find(key);
        if (it == s_->index.end()) return optional_t<V>();
        return optional_t<V>(s_->entries[it->second].second);
    }
    // d[k], with make() stored first when k is missing (defaultdict and Counter: collections.hpp).
    template <class Make>
    V& get_or_insert(const K& key, Make make) const {
        auto it = s_->index.find(key);
        if (it != s_->index.end()) return s_->entries[it->second].second;
        setitem(key, make());
        return s_->entries.back().second;
    }
    // d.setdefault(k, default): d[k], inserted first when missing
    V& setdefault(const K& key, V fallback) const {
        auto it = s_->index.find(key);
        if (it == s_->index.end()) {
            setitem(key, std::move(fallback));
            return s_->entries.back().second;
        }
        return s_->entries[it->second].second;
    }
    // d.pop(k) and d.pop(k, default)
    V pop(const K& key) const {
        auto it = s_->index.find(key);
        if (it == s_->index.end()) throw KeyError::of_repr(py::repr(key));
        V value = std::move(s_->entries[it->second].second);
        erase_at(it);
        return value;
    }
    V pop(const K& key, V fallback) const {
        auto it = s_->index.find(key);
        if (it == s_->index.end()) return fallback;
        V value = std::move(s_->entries[it->second].second);
        erase_at(it);
        return value;
    }
    // d.popitem(): the last inserted entry
    std::tuple<K, V> popitem() const {
        if (empty()) throw KeyError("popitem(): dictionary is empty");
        std::size_t last = s_->entries.size();
        while (!s_->alive[last - 1]) --last;
        std::tuple<K, V> item{s_->entries[last - 1].first, std::move(s_->entries[last - 1].second)};
        erase_at(s_->index.find(std::get<0>(item)));
        return item;
    }
    // d.update(other): other's entries in its order, replacing values of existing keys
    void update(const dict& other) const {
        if (other.s_ == s_) return;
        for (std::size_t i = 0; i < other.s_->entries.size(); ++i)
            if (other.s_->alive[i]) setitem(other.s_->entries[i].first, other.s_->entries[i].second);
    }
    void clear() const {
        s_->entries.clear();
        s_->alive.clear();
        s_->index.clear();
    }
    dict copy() const {
        dict out;
        out.update(*this);
        return out;
    }

    friend bool operator==(const dict& a, const dict& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.s_->entries.size(); ++i) {
            if (!a.s_->alive[i]) continue;
            auto it = b.s_->index.find(a.s_->entries[i].first);
            if (it == b.s_->index.end() || !item_equal(a.s_->entries[i].second, b.s_->entries[it->second].second)) return false;
        }
        return true;
    }
    friend bool operator!=(const dict& a, const dict& b) { return !(a == b); }

    void append_str_to(std::string& out) const { append_repr_to(out); }
    void append_repr_to(std::string& out) const {
        out += '{';
        bool first = true;
        for (std::size_t i = 0; i < s_->entries.size(); ++i) {
            if (!s_->alive[i]) continue;
            if (!first) out += ", ";
            first = false;
            detail::append_repr(out, s_->entries[i].first);
            out += ": ";
            detail::append_repr(out, s_->entries[i].second);
        }
        out += '}';
    }

private:
    void erase_at(typename std::unordered_map<K, std::size_t, detail::key_hash<K>>::iterator it) const {
        const std::size_t position = it->second;
        s_->index.erase(it);
        s_->alive[position] = false;
        s_->entries[position].second = V{};  // release what the value holds
        // Compact when more than half the entries are holes (positions change: reindex).
        const std::size_t live = s_->index.size();
        if (s_->entries.size() > 8 && live * 2 < s_->entries.size()) {
            std::size_t kept = 0;
            for (std::size_t i = 0; i < s_->entries.size(); ++i) {
                if (!s_->alive[i]) continue;
                if (kept != i) s_->entries[kept] = std::move(s_->entries[i]);
                s_->index[s_->entries[kept].first] = kept;
                ++kept;
            }
            s_->entries.resize(kept);
            s_->alive.assign(kept, true);
        }
    }

    std::shared_ptr<storage> s_;
};

template <class K, class V>
int_t len(const dict<K, V>& d) noexcept {
    return d.size();
}

template <class K, class V, class Key>
bool contains(const dict<K, V>& d, const Key& key) {
    const std::optional<K> k = exact_key<K>(key);
    return k && d.contains(*k);
}

template <class K, class V>
bool truthy(const dict<K, V>& d) noexcept {
    return !d.empty();
}

}  // namespace py
