// py2cpp runtime: Python's list as py::list<T>.
//
// A Python list is an object that variables refer to: `b = a` makes both names see the same list,
// and `a.append(x)` is then visible through `b`. py::list<T> is therefore a handle to a shared
// std::vector<T>: copying the handle aliases (Python's assignment), `copy()`, slicing and `list(a)`
// make a new list. A `const py::list` (a module constant) cannot be rebound, but its list stays
// mutable, as a Python module-level list is: the methods that change the list are const. Indices
// follow Python (negative from the end, IndexError with CPython's
// messages), and so do the methods (list.remove/index raise ValueError, pop of an empty list
// IndexError, sort is stable with `key` called once per element and `reverse` keeping stability).
//
// Iteration (`for x in a:`) is Python's list iterator: an index compared with the list's length
// at every step, so elements appended during the loop are visited, and the iterator keeps the
// list alive even when the loop rebinds the variable it came from.
//
// str()/repr() print as CPython does ([1, 2.5, 'a']), through the append_str_to/append_repr_to
// hooks of str.hpp, so lists nest in tuples, lists and print().
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <numeric>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/slice.hpp"
#include "py2cpp/str.hpp"

namespace py {

namespace detail {

// a < b of two items; the items of an always-empty list (NoneType, never compared) order as equal.
// Objects of the module's classes order by __lt__ (`T::lt_`), else the reflected __gt__, else
// Python's TypeError (never by address, which std::shared_ptr's < would give).
template <class A, class B>
bool item_less(const A& a, const B& b) {
    if constexpr (std::is_same_v<A, NoneType> || std::is_same_v<B, NoneType>) {
        return false;
    } else if constexpr (is_object_ref_v<A>) {
        using T = typename A::element_type;
        if constexpr (requires { T::lt_(a, b); }) return T::lt_(a, b);
        else if constexpr (requires { T::gt_(b, a); }) return T::gt_(b, a);
        else throw TypeError(std::string("'<' not supported between instances of '") + T::py_name_ + "' and '" + T::py_name_ + "'");
    } else {
        return a < b;
    }
}

// The positions 0..n-1 stably sorted by key(i) (descending with `reverse`, still stable: items
// with equal keys keep their order, as in Python).
template <class KeyAt>
std::vector<std::size_t> stable_key_order(std::size_t n, KeyAt&& key, bool reverse) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (reverse) std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return item_less(key(b), key(a)); });
    else std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return item_less(key(a), key(b)); });
    return order;
}

// Python's slice.indices(n): the start, step and number of selected items of a[s] for a sequence
// of length n (CPython's PySlice_AdjustIndices). A zero step is ValueError.
struct SliceSpan {
    std::int64_t start = 0, step = 1, count = 0;
};

inline SliceSpan slice_span(const slice& s, std::int64_t n) {
    const std::int64_t step = s.step.value_or(1);
    if (step == 0) throw ValueError("slice step cannot be zero");
    auto clamp = [&](std::optional<std::int64_t> bound, std::int64_t fallback) {
        if (!bound) return fallback;
        std::int64_t b = *bound;
        if (b < 0) {
            b += n;
            if (b < 0) b = step < 0 ? -1 : 0;
        } else if (b >= n) {
            b = step < 0 ? n - 1 : n;
        }
        return b;
    };
    const std::int64_t start = clamp(s.start, step < 0 ? n - 1 : 0);
    const std::int64_t stop = clamp(s.stop, step < 0 ? -1 : n);
    std::int64_t count = 0;
    if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
    if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
    return {start, step, count};
}

}  // namespace detail

// The storage of a list<bool>: std::vector<bool> packs bits and has no bool& to give out.
struct bool_slot {
    bool value;
    bool_slot(bool v) : value(v) {}  // NOLINT: converts implicitly, as the element it stands for
    operator bool() const { return value; }
};
template <class T>
using slot_t = std::conditional_t<std::is_same_v<T, bool>, bool_slot, T>;

template <class T>
class list {
public:
    using value_type = T;
    using storage = std::vector<slot_t<T>>;

    // Python's list iterator: the list (kept alive) and an index checked against its current length.
    class iterator {
    public:
        iterator(std::shared_ptr<storage> items, std::size_t index) : items_(std::move(items)), index_(index) {}
        // A copy of the element: the body may append to the list (reallocating its storage).
        T operator*() const { return (*items_)[index_]; }  // (a bool_slot converts)
        iterator& operator++() {
            ++index_;
            return *this;
        }
        bool operator!=(const iterator&) const { return index_ < items_->size(); }
        bool operator==(const iterator& other) const { return !(*this != other); }

    private:
        std::shared_ptr<storage> items_;
        std::size_t index_;
    };

    list() : items_(std::make_shared<storage>()) {}
    list(std::initializer_list<T> values) : items_(std::make_shared<storage>(values.begin(), values.end())) {}
    explicit list(storage values) : items_(std::make_shared<storage>(std::move(values))) {}
    // list(iterable): a new list of the iterable's items (a range, another list, a str...).
    template <class Iterable>
    static list from(const Iterable& iterable) {
        list out;
        for (auto&& item : as_iterable(iterable)) out.items_->push_back(static_cast<T>(item));
        return out;
    }

    iterator begin() const { return iterator(items_, 0); }
    iterator end() const { return iterator(items_, 0); }  // unused: the iterator knows its end

    int_t size() const noexcept { return static_cast<int_t>(items_->size()); }
    bool empty() const noexcept { return items_->empty(); }
    explicit operator bool() const noexcept { return !items_->empty(); }
    storage& items() const noexcept { return *items_; }
    // `a is b`: the same list object.
    bool is(const list& other) const noexcept { return items_ == other.items_; }

    // a[i]: negative i counts from the end; IndexError outside.
    T& operator[](int_t i) const { return element((*items_)[position(i, "list index out of range")]); }
    // a[i] = v (Python's message differs from a read's).
    void setitem(int_t i, T value) const { (*items_)[position(i, "list assignment index out of range")] = std::move(value); }

    // a[start:stop:step]: a new list.
    list operator[](const slice& s) const {
        const auto span = detail::slice_span(s, size());
        list out;
        out.items_->reserve(static_cast<std::size_t>(span.count));
        for (std::int64_t k = 0, i = span.start; k < span.count; ++k, i += span.step) out.items_->push_back((*items_)[static_cast<std::size_t>(i)]);
        return out;
    }
    // a[start:stop:step] = values: a plain slice (step 1) may change the length; an extended
    // slice must receive exactly as many values as it selects (ValueError otherwise).
    void setitem(const slice& s, const list& values) const {
        const storage source = *values.items_;  // a[:] = a: read the values before writing
        const auto span = detail::slice_span(s, size());
        if (s.step.value_or(1) == 1) {
            const auto first = items_->begin() + span.start;
            const auto last = first + span.count;
            const auto at = items_->erase(first, last);
            items_->insert(at, source.begin(), source.end());
            return;
        }
        if (static_cast<std::int64_t>(source.size()) != span.count)
            throw ValueError("attempt to assign sequence of size " + std::to_string(source.size()) + " to extended slice of size " +
                             std::to_string(span.count));
        for (std::int64_t k = 0, i = span.start; k < span.count; ++k, i += span.step)
            (*items_)[static_cast<std::size_t>(i)] = source[static_cast<std::size_t>(k)];
    }
    // del a[i]
    void delitem(int_t i) const { items_->erase(items_->begin() + static_cast<std::ptrdiff_t>(position(i, "list assignment index out of range"))); }
    // del a[start:stop:step]
    void delitem(const slice& s) const {
        const auto span = detail::slice_span(s, size());
        if (span.count == 0) return;
        std::vector<bool> drop(items_->size(), false);
        for (std::int64_t k = 0, i = span.start; k < span.count; ++k, i += span.step) drop[static_cast<std::size_t>(i)] = true;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < items_->size(); ++i)
            if (!drop[i]) (*items_)[kept++] = std::move((*items_)[i]);
        items_->resize(kept);
    }

    void append(T value) const { items_->push_back(std::move(value)); }
    void extend(const list& other) const {
        const storage source = *other.items_;  // a.extend(a) doubles a
        items_->insert(items_->end(), source.begin(), source.end());
    }
    // a.extend(iterable), a += iterable: the items are read first (a.extend(a) doubles a).
    template <class Iterable>
    void extend_from(const Iterable& iterable) const {
        storage added;
        for (auto&& item : as_iterable(iterable)) added.push_back(static_cast<T>(item));
        items_->insert(items_->end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    }
    // a.insert(i, v): i is clamped to the list, negative from the end.
    void insert(int_t i, T value) const {
        const int_t n = size();
        if (i < 0) i = std::max<int_t>(i + n, 0);
        if (i > n) i = n;
        items_->insert(items_->begin() + i, std::move(value));
    }
    T pop() const {
        if (items_->empty()) throw IndexError("pop from empty list");
        T last = std::move(items_->back());
        items_->pop_back();
        return last;
    }
    T pop(int_t i) const {
        if (items_->empty()) throw IndexError("pop from empty list");
        const std::size_t at = position(i, "pop index out of range");
        T value = std::move((*items_)[at]);
        items_->erase(items_->begin() + static_cast<std::ptrdiff_t>(at));
        return value;
    }
    template <class U>
    void remove(const U& value) const {
        for (auto it = items_->begin(); it != items_->end(); ++it)
            if (*it == value) {
                items_->erase(it);
                return;
            }
        throw ValueError("list.remove(x): x not in list");
    }
    // a.index(x[, start[, stop]]): ValueError "<repr> is not in list" when absent.
    template <class U>
    int_t index(const U& value, int_t start = 0, int_t stop = INT64_MAX) const {
        const int_t n = size();
        if (start < 0) start = std::max<int_t>(start + n, 0);
        if (stop < 0) stop = std::max<int_t>(stop + n, 0);
        for (int_t i = start; i < std::min(stop, n); ++i)
            if ((*items_)[static_cast<std::size_t>(i)] == value) return i;
        throw ValueError(repr(value) + " is not in list");
    }
    template <class U>
    int_t count(const U& value) const {
        return static_cast<int_t>(std::count_if(items_->begin(), items_->end(), [&](const T& x) { return x == value; }));
    }
    template <class U>
    bool contains(const U& value) const {
        return std::any_of(items_->begin(), items_->end(), [&](const T& x) { return x == value; });
    }
    void clear() const noexcept { items_->clear(); }
    void reverse() const noexcept { std::reverse(items_->begin(), items_->end()); }
    list copy() const { return list(*items_); }

    // a.sort(reverse=...): stable; with reverse, equal elements keep their order (as Python's).
    void sort(bool reverse = false) const {
        if (reverse) std::stable_sort(items_->begin(), items_->end(), [](const T& a, const T& b) { return detail::item_less(b, a); });
        else std::stable_sort(items_->begin(), items_->end(), [](const T& a, const T& b) { return detail::item_less(a, b); });
    }
    // a.sort(key=f, reverse=...): f is called once per element (Python decorates, then sorts).
    template <class Key>
    void sort(Key&& key, bool reverse) const {
        using K = std::decay_t<decltype(key(std::declval<const T&>()))>;
        std::vector<K> keys;
        keys.reserve(items_->size());
        for (const auto& x : *items_) keys.push_back(key(x));
        const auto order = detail::stable_key_order(keys.size(), [&](std::size_t i) -> const K& { return keys[i]; }, reverse);
        storage sorted;
        sorted.reserve(items_->size());
        for (std::size_t i : order) sorted.push_back(std::move((*items_)[i]));
        *items_ = std::move(sorted);
    }

    // a += b extends a in place (the same object); a *= n repeats it in place.
    const list& operator+=(const list& other) const {
        extend(other);
        return *this;
    }
    const list& operator*=(int_t n) const {
        const storage once = *items_;
        items_->clear();
        for (int_t k = 0; k < n; ++k) items_->insert(items_->end(), once.begin(), once.end());
        return *this;
    }

    void append_str_to(std::string& out) const { append_repr_to(out); }
    void append_repr_to(std::string& out) const {
        out += '[';
        for (std::size_t i = 0; i < items_->size(); ++i) {
            if (i) out += ", ";
            using detail::append_repr;  // unqualified: arrays' repr (array_str.hpp) is found by ADL
            append_repr(out, element((*items_)[i]));
        }
        out += ']';
    }

private:
    static T& element(slot_t<T>& slot) {
        if constexpr (std::is_same_v<T, bool>) return slot.value;
        else return slot;
    }
    std::size_t position(int_t i, const char* message) const {
        const int_t n = size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw IndexError(message);
        return static_cast<std::size_t>(i);
    }

    std::shared_ptr<storage> items_;
};

template <class T>
int_t len(const list<T>& a) noexcept {
    return a.size();
}

// `if xs:`: a list is true when it is not empty.
template <class T>
bool truthy(const list<T>& a) noexcept {
    return !a.empty();
}

namespace detail {

template <class T, std::size_t... I>
auto list_items(const list<T>& xs, std::index_sequence<I...>) {
    return std::tuple<decltype((void)I, T{})...>(xs[static_cast<int_t>(I)]...);
}

}  // namespace detail

// `a, b = xs`: the K items of a list, with Python's errors when it does not hold K.
template <std::size_t K, class T>
auto unpack(const list<T>& xs) {
    const int_t n = xs.size();
    if (n > static_cast<int_t>(K)) throw ValueError("too many values to unpack (expected " + std::to_string(K) + ")");
    if (n < static_cast<int_t>(K))
        throw ValueError("not enough values to unpack (expected " + std::to_string(K) + ", got " + std::to_string(n) + ")");
    return detail::list_items(xs, std::make_index_sequence<K>{});
}

namespace detail {

template <class Result, std::size_t Star, class T, std::size_t... I>
Result starred_from_list(const list<T>& xs, std::index_sequence<I...>) {
    constexpr std::size_t n = sizeof...(I);
    const int_t m = xs.size();
    auto item = [&](auto index) -> std::tuple_element_t<decltype(index)::value, Result> {
        constexpr std::size_t i = decltype(index)::value;
        using Item = std::tuple_element_t<i, Result>;
        if constexpr (i < Star) {
            return static_cast<Item>(xs[static_cast<int_t>(i)]);
        } else if constexpr (i == Star) {
            Item middle;
            for (int_t k = static_cast<int_t>(Star); k < m - static_cast<int_t>(n - 1 - Star); ++k)
                middle.append(static_cast<typename Item::value_type>(xs[k]));
            return middle;
        } else {
            return static_cast<Item>(xs[m - static_cast<int_t>(n - i)]);
        }
    };
    return Result(item(std::integral_constant<std::size_t, I>{})...);
}

template <class Result, std::size_t Star, class Tuple, std::size_t... I>
Result starred_from_tuple(const Tuple& t, std::index_sequence<I...>) {
    constexpr std::size_t n = sizeof...(I);
    constexpr std::size_t m = std::tuple_size_v<Tuple>;
    auto item = [&](auto index) -> std::tuple_element_t<decltype(index)::value, Result> {
        constexpr std::size_t i = decltype(index)::value;
        using Item = std::tuple_element_t<i, Result>;
        if constexpr (i < Star) {
            return static_cast<Item>(std::get<i>(t));
        } else if constexpr (i == Star) {
            Item middle;
            [&]<std::size_t... K>(std::index_sequence<K...>) {
                (middle.append(static_cast<typename Item::value_type>(std::get<Star + K>(t))), ...);
            }(std::make_index_sequence<m - (n - 1)>{});
            return middle;
        } else {
            return static_cast<Item>(std::get<m - (n - i)>(t));
        }
    };
    return Result(item(std::integral_constant<std::size_t, I>{})...);
}

}  // namespace detail

// `a, *rest, z = value` (Result: the targets' tuple, a list at Star): from a list, with Python's
// ValueError when it holds fewer items than the plain targets; from a tuple (counted at transpile time).
template <class Result, std::size_t Star, class Source>
Result unpack_starred(const Source& value) {
    constexpr std::size_t n = std::tuple_size_v<Result>;
    if constexpr (detail::is_tuple_v<Source>) {
        return detail::starred_from_tuple<Result, Star>(value, std::make_index_sequence<n>{});
    } else {
        if (value.size() < static_cast<int_t>(n - 1))
            throw ValueError("not enough values to unpack (expected at least " + std::to_string(n - 1) + ", got " +
                             std::to_string(value.size()) + ")");
        return detail::starred_from_list<Result, Star>(value, std::make_index_sequence<n>{});
    }
}

// a + b: a new list.
template <class T>
list<T> operator+(const list<T>& a, const list<T>& b) {
    list<T> out = a.copy();
    out.extend(b);
    return out;
}
// a * n and n * a: a new list, empty for n <= 0.
template <class T>
list<T> operator*(const list<T>& a, int_t n) {
    list<T> out = a.copy();
    out *= n;
    return out;
}
template <class T>
list<T> operator*(int_t n, const list<T>& a) {
    return a * n;
}

// Lexicographic comparisons, element by element as Python compares them.
template <class T, class U>
bool operator==(const list<T>& a, const list<U>& b) {
    if (a.size() != b.size()) return false;
    for (int_t i = 0; i < a.size(); ++i)
        if (!item_equal(a.items()[static_cast<std::size_t>(i)], b.items()[static_cast<std::size_t>(i)])) return false;
    return true;
}
template <class T, class U>
bool operator!=(const list<T>& a, const list<U>& b) {
    return !(a == b);
}
template <class T, class U>
bool operator<(const list<T>& a, const list<U>& b) {
    const auto& x = a.items();
    const auto& y = b.items();
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i)
        if (!(x[i] == y[i])) return detail::item_less(x[i], y[i]);
    return x.size() < y.size();
}
template <class T, class U>
bool operator>(const list<T>& a, const list<U>& b) {
    return b < a;
}
template <class T, class U>
bool operator<=(const list<T>& a, const list<U>& b) {
    const auto& x = a.items();
    const auto& y = b.items();
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i)
        if (!(x[i] == y[i])) return detail::item_less(x[i], y[i]);
    return x.size() <= y.size();
}
template <class T, class U>
bool operator>=(const list<T>& a, const list<U>& b) {
    return b <= a;
}

// sorted(iterable, key=..., reverse=...): a new sorted list.
template <class Iterable>
auto sorted(const Iterable& iterable, bool reverse = false) {
    using T = detail::item_t<Iterable>;
    auto out = list<T>::from(iterable);
    out.sort(reverse);
    return out;
}
template <class Iterable, class Key>
auto sorted(const Iterable& iterable, Key&& key, bool reverse) {
    using T = detail::item_t<Iterable>;
    auto out = list<T>::from(iterable);
    out.sort(std::forward<Key>(key), reverse);
    return out;
}

// sorted(xs, key=f, reverse=...) and xs.sort(key=f, reverse=...) as py2cpp translates them
// (infer/lower_callables.cpp): `decorated` holds the (f(x), x) pairs of the items in order, each
// key computed once before any comparison, as Python does; the items are sorted stably by key.
template <class K, class T>
list<T> sorted_decorated(const list<std::tuple<K, T>>& decorated, bool reverse = false) {
    const auto& pairs = decorated.items();
    const auto order = detail::stable_key_order(pairs.size(), [&](std::size_t i) -> const K& { return std::get<0>(pairs[i]); }, reverse);
    list<T> out;
    out.items().reserve(pairs.size());
    for (std::size_t i : order) out.append(std::get<1>(pairs[i]));
    return out;
}
template <class T, class K>
void sort_decorated(const list<T>& self, const list<std::tuple<K, T>>& decorated, bool reverse = false) {
    self.items() = std::move(sorted_decorated(decorated, reverse).items());
}

}  // namespace py
