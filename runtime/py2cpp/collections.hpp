// py2cpp runtime: collections.defaultdict and collections.Counter, as dicts (py::dict) with
// another rule for a missing key.
//
// py::defaultdict<K, V>: d[k] on a missing key stores and returns V() — what the factory the
// program named makes: int() 0, float() 0.0, str() '', list() [], set(), dict() — so the factory is
// the value type itself. py::counter<K> is a dict of int counts: c[k] on a missing key is 0 and
// stores nothing (the generated code reads it with get(k, 0)); `c[k] += n` stores. Both print as
// CPython does: defaultdict(<class 'list'>, {...}), Counter({'a': 2, 'b': 1}) (largest counts first,
// ties in insertion order).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "py2cpp/dict.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/set.hpp"

namespace py {

namespace detail {

// The name of the class whose call makes a V (defaultdict's factory, as its repr shows it).
template <class V>
constexpr const char* factory_name() {
    if constexpr (std::is_same_v<V, bool>) return "bool";
    else if constexpr (std::is_integral_v<V>) return "int";
    else if constexpr (std::is_floating_point_v<V>) return "float";
    else if constexpr (std::is_same_v<V, std::string>) return "str";
    else if constexpr (is_tuple_v<V>) return "tuple";
    else if constexpr (is_set_v<V>) return V::frozen ? "frozenset" : "set";
    else if constexpr (requires { typename V::mapped_type; }) return "dict";
    else return "list";
}

}  // namespace detail

template <class K, class V>
class defaultdict : public dict<K, V> {
public:
    using dict<K, V>::dict;

    // d[k]: the value, or a new V() stored first.
    V& operator[](const K& key) const { return this->get_or_insert(key, [] { return V{}; }); }
    defaultdict copy() const {
        defaultdict out;
        out.update(*this);
        return out;
    }

    void append_str_to(std::string& out) const { append_repr_to(out); }
    void append_repr_to(std::string& out) const {
        out += "defaultdict(<class '";
        out += detail::factory_name<V>();
        out += "'>, ";
        dict<K, V>::append_repr_to(out);
        out += ')';
    }
};

template <class K>
class counter : public dict<K, int_t> {
public:
    using dict<K, int_t>::dict;

    // Counter(iterable), Counter(mapping of counts)
    template <class Iterable>
    static counter from_items(const Iterable& items) {
        counter out;
        out.count_items(items);
        return out;
    }
    template <class Mapping>
    static counter from_counts(const Mapping& counts) {
        counter out;
        out.add_counts(counts);
        return out;
    }

    // c[k] += n on a missing key: from 0.
    int_t& operator[](const K& key) const { return this->get_or_insert(key, [] { return int_t{0}; }); }
    counter copy() const {
        counter out;
        out.update(*this);
        return out;
    }

    // c.update(iterable) / c.subtract(iterable): each item counted once more (less).
    template <class Iterable>
    void count_items(const Iterable& items) const {
        for (auto&& item : as_iterable(items)) (*this)[static_cast<K>(item)] += 1;
    }
    template <class Iterable>
    void uncount_items(const Iterable& items) const {
        for (auto&& item : as_iterable(items)) (*this)[static_cast<K>(item)] -= 1;
    }
    // c.update(mapping) / c.subtract(mapping): the mapping's counts added (subtracted).
    template <class Mapping>
    void add_counts(const Mapping& counts) const {
        for (auto&& [key, n] : counts.items()) (*this)[static_cast<K>(key)] += n;
    }
    template <class Mapping>
    void subtract_counts(const Mapping& counts) const {
        for (auto&& [key, n] : counts.items()) (*this)[static_cast<K>(key)] -= n;
    }

    int_t total() const {
        int_t sum = 0;
        for (auto&& n : this->values()) sum += n;
        return sum;
    }

    // c.most_common(n): sorted by count, largest first; equal counts keep insertion order (Python
    // sorts stably, as heapq.nlargest does).
    list<std::tuple<K, int_t>> most_common() const { return most_common(this->size()); }
    list<std::tuple<K, int_t>> most_common(int_t n) const {
        std::vector<std::tuple<K, int_t>> entries;
        for (auto&& item : this->items()) entries.push_back(item);
        std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return std::get<1>(a) > std::get<1>(b); });
        if (n < 0) n = 0;
        if (static_cast<std::size_t>(n) < entries.size()) entries.resize(static_cast<std::size_t>(n));
        list<std::tuple<K, int_t>> out;
        for (auto& e : entries) out.append(std::move(e));
        return out;
    }

    // c.elements(): each key repeated count times, in insertion order.
    list<K> elements() const {
        list<K> out;
        for (auto&& [key, n] : this->items())
            for (int_t i = 0; i < n; ++i) out.append(key);
        return out;
    }

    void append_str_to(std::string& out) const { append_repr_to(out); }
    void append_repr_to(std::string& out) const {
        out += "Counter(";
        if (!this->empty()) {
            out += '{';
            bool first = true;
            for (auto&& [key, n] : most_common()) {
                if (!first) out += ", ";
                first = false;
                detail::append_repr(out, key);
                out += ": ";
                detail::append_repr(out, n);
            }
            out += '}';
        }
        out += ')';
    }
};

}  // namespace py
