// py2cpp runtime: Python's iteration built-ins over the runtime's iterables (py::list, str,
// std::tuple, py::range): enumerate, zip, reversed, sum, any (py::any_of), all (py::all_of: py::all
// is the `:` of a subscript), min/max of an iterable, `in`.
//
// An iterable here is anything a C++ range-based for accepts. A str iterates by code points
// (py::characters: each item a one-character str, as Python's), a homogeneous tuple through
// py::tuple_items. enumerate and zip are lazy like Python's: they hold their iterables (a py::list
// by handle, so a list appended to while enumerated shows the new items, as in Python) and make
// each tuple when asked. They are consumed where they are made (a `for`, list(), sorted()...).
#pragma once

#include <array>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/optional.hpp"
#include "py2cpp/range.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/unicode.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py {

// enumerate(iterable, start): (index, item) tuples.
template <class Iterable>
class enumerate {
public:
    using held = detail::iterable_t<Iterable>;
    enumerate(const Iterable& iterable, int_t start) : iterable_(as_iterable(iterable)), start_(start) {}
    class iterator {
    public:
        using inner = decltype(std::begin(std::declval<const held&>()));
        iterator(inner it, inner end, int_t index) : it_(std::move(it)), end_(std::move(end)), index_(index) {}
        std::tuple<int_t, detail::item_t<Iterable>> operator*() const { return {index_, *it_}; }
        iterator& operator++() {
            ++it_;
            ++index_;
            return *this;
        }
        bool operator!=(const iterator&) const { return it_ != end_; }
        bool operator==(const iterator& other) const { return !(*this != other); }

    private:
        inner it_, end_;
        int_t index_;
    };
    iterator begin() const { return iterator(std::begin(iterable_), std::end(iterable_), start_); }
    iterator end() const { return begin(); }  // unused: the iterator knows its end

private:
    held iterable_;  // by value: a py::list handle shares the list, as Python's iterator holds it
    int_t start_;
};

// zip(a, b, ...): tuples of one item of each, ending with the shortest.
template <class... Iterables>
class zip {
public:
    explicit zip(const Iterables&... iterables) : iterables_(as_iterable(iterables)...) {}
    class iterator {
    public:
        using inners = std::tuple<decltype(std::begin(std::declval<const detail::iterable_t<Iterables>&>()))...>;
        iterator(inners its, inners ends) : its_(std::move(its)), ends_(std::move(ends)) {}
        std::tuple<detail::item_t<Iterables>...> operator*() const {
            return py::detail::apply_tuple([](const auto&... it) { return std::tuple<detail::item_t<Iterables>...>(*it...); }, its_);
        }
        iterator& operator++() {
            py::detail::apply_tuple([](auto&... it) { (++it, ...); }, its_);
            return *this;
        }
        bool operator!=(const iterator&) const { return none_ended(std::index_sequence_for<Iterables...>{}); }
        bool operator==(const iterator& other) const { return !(*this != other); }

    private:
        template <std::size_t... I>
        bool none_ended(std::index_sequence<I...>) const {
            return ((std::get<I>(its_) != std::get<I>(ends_)) && ...);
        }
        inners its_, ends_;
    };
    iterator begin() const {
        return iterator(py::detail::apply_tuple([](const auto&... x) { return typename iterator::inners(std::begin(x)...); }, iterables_),
                        py::detail::apply_tuple([](const auto&... x) { return typename iterator::inners(std::end(x)...); }, iterables_));
    }
    iterator end() const { return begin(); }  // unused

private:
    std::tuple<detail::iterable_t<Iterables>...> iterables_;
};

// reversed(seq): the items last to first (a new list of them; Python's reverse iterator reads the
// sequence lazily, which only differs if the loop body changes the sequence).
template <class Iterable>
list<detail::item_t<Iterable>> reversed(const Iterable& iterable) {
    auto items = list<detail::item_t<Iterable>>::from(iterable);
    items.reverse();
    return items;
}

template <class... Ts>
constexpr int_t len(const std::tuple<Ts...>&) noexcept {
    return static_cast<int_t>(sizeof...(Ts));
}

// x in container: == against each item of a list or tuple, a substring of a str.
template <class T, class U>
bool contains(const list<T>& container, const U& item) {
    return container.contains(item);
}
template <class... Ts, class U>
bool contains(const std::tuple<Ts...>& container, const U& item) {
    return py::detail::apply_tuple([&](const auto&... x) { return ((x == item) || ...); }, container);
}
inline bool contains(std::string_view container, std::string_view item) { return container.find(item) != std::string_view::npos; }

// sum(iterable, start): added left to right in the result type R.
template <class R, class Iterable, class Start = int_t>
R sum(const Iterable& iterable, const Start& start = 0) {
    R total = static_cast<R>(start);
    for (auto&& x : as_iterable(iterable)) total = total + static_cast<R>(x);
    return total;
}

template <class Iterable>
bool any_of(const Iterable& iterable) {
    for (auto&& x : as_iterable(iterable))
        if (truthy(x)) return true;
    return false;
}
template <class Iterable>
bool all_of(const Iterable& iterable) {
    for (auto&& x : as_iterable(iterable))
        if (!truthy(x)) return false;
    return true;
}

namespace detail {

// The first extreme item: each item replaces the best so far when better(item, best), as
// Python's max/min compare; ValueError for an empty iterable.
template <class Iterable, class Better>
item_t<Iterable> extreme(const Iterable& iterable, Better better, const char* empty_message) {
    const auto& items = as_iterable(iterable);
    auto it = std::begin(items);
    const auto end = std::end(items);
    if (!(it != end)) throw ValueError(empty_message);
    item_t<Iterable> best = *it;
    for (++it; it != end; ++it) {
        item_t<Iterable> candidate = *it;
        if (better(candidate, best)) best = std::move(candidate);
    }
    return best;
}

}  // namespace detail

// max(iterable) / min(iterable).
template <class Iterable>
detail::item_t<Iterable> max_of(const Iterable& iterable) {
    return detail::extreme(iterable, [](const auto& a, const auto& b) { return detail::item_less(b, a); }, "max() arg is an empty sequence");
}
template <class Iterable>
detail::item_t<Iterable> min_of(const Iterable& iterable) {
    return detail::extreme(iterable, [](const auto& a, const auto& b) { return detail::item_less(a, b); }, "min() arg is an empty sequence");
}

// max(iterable, default=d) / min(iterable, default=d): d when the iterable is empty. d has the
// items' type (the mapping rule item_or refuses another, since Python returns either object as it
// is); R spells it in C++ (a str literal's default is a std::string); for an always-empty list
// (items of NoneType, never produced) it is d's own.
namespace detail {
template <class T, class D>
struct or_default {
    using type = std::common_type_t<T, std::decay_t<D>>;
};
template <class D>
struct or_default<NoneType, D> {
    using type = std::conditional_t<std::is_convertible_v<std::decay_t<D>, std::string_view>, std::string, std::decay_t<D>>;
};
template <class T>
struct or_default<T, NoneType> {  // default=None: the item or None
    using type = optional_t<T>;
};
template <>
struct or_default<NoneType, NoneType> {
    using type = NoneType;
};
template <class R, class Iterable, class D, class Extreme>
R extreme_or(const Iterable& iterable, const D& fallback, Extreme&& extreme) {
    if constexpr (std::is_same_v<item_t<Iterable>, NoneType>) return R(fallback);
    else {
        if (!(std::begin(iterable) != std::end(iterable))) return R(fallback);
        return static_cast<R>(extreme(iterable));
    }
}
}  // namespace detail

template <class Iterable, class D>
auto max_of(const Iterable& iterable, const D& fallback) {
    using R = typename detail::or_default<detail::item_t<Iterable>, D>::type;
    return detail::extreme_or<R>(iterable, fallback, [](const Iterable& xs) { return max_of(xs); });
}
template <class Iterable, class D>
auto min_of(const Iterable& iterable, const D& fallback) {
    using R = typename detail::or_default<detail::item_t<Iterable>, D>::type;
    return detail::extreme_or<R>(iterable, fallback, [](const Iterable& xs) { return min_of(xs); });
}

// max(xs, key=f) / min(xs, key=f) as py2cpp translates them (infer/lower_callables.cpp): the
// (f(x), x) pairs of the items in order; the first item with the greatest (least) key.
template <class K, class T>
T max_decorated(const list<std::tuple<K, T>>& decorated) {
    return std::get<1>(detail::extreme(
        decorated, [](const auto& a, const auto& b) { return detail::item_less(std::get<0>(b), std::get<0>(a)); },
        "max() arg is an empty sequence"));
}
template <class K, class T>
T min_decorated(const list<std::tuple<K, T>>& decorated) {
    return std::get<1>(detail::extreme(
        decorated, [](const auto& a, const auto& b) { return detail::item_less(std::get<0>(a), std::get<0>(b)); },
        "min() arg is an empty sequence"));
}
template <class K, class T, class D>
auto max_decorated(const list<std::tuple<K, T>>& decorated, const D& fallback) {
    using R = typename detail::or_default<T, D>::type;
    return decorated.items().empty() ? R(fallback) : static_cast<R>(max_decorated(decorated));
}
template <class K, class T, class D>
auto min_decorated(const list<std::tuple<K, T>>& decorated, const D& fallback) {
    using R = typename detail::or_default<T, D>::type;
    return decorated.items().empty() ? R(fallback) : static_cast<R>(min_decorated(decorated));
}

}  // namespace py
