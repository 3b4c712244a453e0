// py2cpp runtime: how Python iterates the runtime's values, for C++ range-based for loops and the
// iteration built-ins. A str iterates by code points (py::characters, each item a one-character
// str, as Python's), a tuple through py::tuple_items (its items converted to their common type);
// other iterables (py::list, py::range, std::array) iterate as they are. py::as_iterable(x) gives
// the iterable Python would walk for x.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/unicode.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py {

// for ch in s: the code points of a str, each as a str of one character.
class characters {
public:
    class iterator {
    public:
        iterator(std::string_view text, std::size_t at) : text_(text), at_(at) {}
        std::string operator*() const { return std::string(text_.substr(at_, detail::decode_utf8(text_, at_).size)); }
        iterator& operator++() {
            at_ += detail::decode_utf8(text_, at_).size;
            return *this;
        }
        bool operator!=(const iterator& other) const { return at_ != other.at_; }
        bool operator==(const iterator& other) const { return at_ == other.at_; }

    private:
        std::string_view text_;
        std::size_t at_;
    };
    explicit characters(std::string text) : text_(std::move(text)) {}
    iterator begin() const { return iterator(text_, 0); }
    iterator end() const { return iterator(text_, text_.size()); }

private:
    std::string text_;
};

// for x in (a, b, c): the items of a tuple converted to their common type.
template <class... Ts>
std::array<std::common_type_t<Ts...>, sizeof...(Ts)> tuple_items(const std::tuple<Ts...>& t) {
    using item = std::common_type_t<Ts...>;  // (1, 2.5): the ints converted as Python compares them
    return py::detail::apply_tuple([](const auto&... items) { return std::array<item, sizeof...(Ts)>{static_cast<item>(items)...}; }, t);
}

// Python's `a == b` as a bool, as containers compare their items (tuples, lists, dict values):
// argument-dependent lookup finds the overload for arrays (array_eval.hpp: identity, else the truth
// value of the element-wise comparison); tuples compare item by item, those of other lengths differ.
template <class A, class B>
bool item_equal(const A& a, const B& b) {
    return static_cast<bool>(a == b);
}
template <class... As, class... Bs>
bool item_equal(const std::tuple<As...>& a, const std::tuple<Bs...>& b) {
    if constexpr (sizeof...(As) != sizeof...(Bs)) {
        return false;
    } else {
        return [&]<std::size_t... I>(std::index_sequence<I...>) {
            return (item_equal(std::get<I>(a), std::get<I>(b)) && ...);
        }(std::index_sequence_for<As...>{});
    }
}

namespace detail {
// The item type of the empty tuple (an empty *args): no value of it exists, so whatever a caller
// does with an item (`sep.join(())`, `sum(())`, `x in ()`) compiles and never runs.
struct no_item {
    template <class T>
    explicit operator T() const {
        __builtin_unreachable();
    }
    template <class U>
    friend bool operator==(const no_item&, const U&) {
        return false;
    }
};
}  // namespace detail

inline std::array<detail::no_item, 0> tuple_items(const std::tuple<>&) { return {}; }

// t.count(x), t.index(x) of a tuple whose items have a common type (ValueError as Python's).
template <class... Ts, class U>
int_t tuple_count(const std::tuple<Ts...>& t, const U& value) {
    int_t n = 0;
    for (const auto& item : tuple_items(t)) n += item == value ? 1 : 0;
    return n;
}
template <class... Ts, class U>
int_t tuple_index(const std::tuple<Ts...>& t, const U& value) {
    int_t i = 0;
    for (const auto& item : tuple_items(t)) {
        if (item == value) return i;
        ++i;
    }
    throw ValueError("tuple.index(x): x not in tuple");
}

// What `for x in value` walks: a str's characters, a tuple's items, or the value itself.
inline characters as_iterable(std::string_view s) { return characters(std::string(s)); }
template <class... Ts>
auto as_iterable(const std::tuple<Ts...>& t) {
    return tuple_items(t);
}
template <class X>
    requires(!std::is_convertible_v<const X&, std::string_view>)
const X& as_iterable(const X& x) {
    return x;
}

namespace detail {

// The iterable type as_iterable gives for X (held by value by enumerate/zip), and its item type.
template <class X>
using iterable_t = std::decay_t<decltype(as_iterable(std::declval<const std::decay_t<X>&>()))>;
template <class X>
using item_t = std::decay_t<decltype(*std::begin(std::declval<const iterable_t<X>&>()))>;

}  // namespace detail

}  // namespace py
