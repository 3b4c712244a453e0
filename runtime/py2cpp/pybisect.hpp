// py2cpp runtime: Python's `bisect` module (namespace py::bisect), as CPython 3.11's C accelerator
// (_bisect) runs it.
//
// bisect_left/bisect_right (bisect) search a[lo:hi] of a list or tuple with `a[mid] < x` /
// `x < a[mid]`, mid = (lo + hi) // 2; insort_left/insort_right (insort) then list.insert there.
// lo < 0 is ValueError("lo must be non-negative"); hi=None, like the C module's hi=-1, means
// len(a); a hi beyond the sequence reads past its end, which is Python's IndexError. Items compare
// as Python compares them: ints with floats exactly (py::compare), objects of the module's classes
// by __lt__ (py::detail::item_less), and values Python cannot order raise its TypeError
// ("'<' not supported between instances of 'int' and 'str'"). key= is not supported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/percent_format.hpp"
#include "py2cpp/scalar.hpp"

namespace py::bisect {

namespace detail {

// Python's `a < b` for the items of sequences (shared by heapq, pyheapq.hpp).
template <class A, class B>
bool less_than(const A& a, const B& b) {
    if constexpr (std::is_same_v<A, NoneType> || std::is_same_v<B, NoneType>) {
        return false;  // the items of an always-empty list: never compared
    } else if constexpr (std::is_arithmetic_v<A> && std::is_arithmetic_v<B> && (std::is_floating_point_v<A> != std::is_floating_point_v<B>)) {
        if constexpr (std::is_floating_point_v<A>) return py::compare(static_cast<double>(a), static_cast<int_t>(b)) < 0;
        else return py::compare(static_cast<int_t>(a), static_cast<double>(b)) < 0;
    } else if constexpr (py::detail::is_object_ref_v<A> || requires { a < b; }) {
        return py::detail::item_less(a, b);
    } else {
        throw TypeError(std::string("'<' not supported between instances of '") + py::detail::percent_type_name<A>() + "' and '" +
                        py::detail::percent_type_name<B>() + "'");
    }
}

// a[i] of a list or tuple, with the sequence's IndexError.
template <class T>
T item_at(const list<T>& a, int_t i) {
    return a[i];
}
template <class... Ts>
auto item_at(const std::tuple<Ts...>& a, int_t i) {
    const auto items = py::tuple_items(a);
    if (i < 0 || i >= static_cast<int_t>(items.size())) throw IndexError("tuple index out of range");
    return items[static_cast<std::size_t>(i)];
}

template <class T>
int_t size_of(const list<T>& a) {
    return a.size();
}
template <class... Ts>
int_t size_of(const std::tuple<Ts...>&) {
    return static_cast<int_t>(sizeof...(Ts));
}

// The C module's hi: None (or -1) is len(a).
template <class Seq, class Hi>
int_t resolve_hi(const Seq& a, const Hi& hi) {
    if constexpr (std::is_same_v<Hi, NoneType>) {
        return size_of(a);
    } else {
        const auto h = static_cast<int_t>(hi);
        return h == -1 ? size_of(a) : h;
    }
}

inline void check_lo(int_t lo) {
    if (lo < 0) throw ValueError("lo must be non-negative");
}

}  // namespace detail

// bisect.bisect_left(a, x, lo=0, hi=None): the first position whose item is not less than x.
template <class Seq, class X, class Hi = NoneType>
int_t bisect_left(const Seq& a, const X& x, int_t lo = 0, const Hi& hi = None) {
    detail::check_lo(lo);
    int_t h = detail::resolve_hi(a, hi);
    while (lo < h) {
        const int_t mid = static_cast<int_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(h)) / 2);
        if (detail::less_than(detail::item_at(a, mid), x)) lo = mid + 1;
        else h = mid;
    }
    return lo;
}

// bisect.bisect_right(a, x, lo=0, hi=None) and its alias bisect.bisect: the position after the
// last item not greater than x.
template <class Seq, class X, class Hi = NoneType>
int_t bisect_right(const Seq& a, const X& x, int_t lo = 0, const Hi& hi = None) {
    detail::check_lo(lo);
    int_t h = detail::resolve_hi(a, hi);
    while (lo < h) {
        const int_t mid = static_cast<int_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(h)) / 2);
        if (detail::less_than(x, detail::item_at(a, mid))) h = mid;
        else lo = mid + 1;
    }
    return lo;
}

// bisect.insort_left(a, x, lo=0, hi=None): a.insert(bisect_left(a, x, lo, hi), x).
template <class T, class Hi = NoneType>
void insort_left(const list<T>& a, const std::type_identity_t<T>& x, int_t lo = 0, const Hi& hi = None) {
    a.insert(bisect_left(a, x, lo, hi), x);
}

// bisect.insort_right(a, x, lo=0, hi=None) and its alias bisect.insort.
template <class T, class Hi = NoneType>
void insort_right(const list<T>& a, const std::type_identity_t<T>& x, int_t lo = 0, const Hi& hi = None) {
    a.insert(bisect_right(a, x, lo, hi), x);
}

}  // namespace py::bisect
