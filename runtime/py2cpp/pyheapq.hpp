// py2cpp runtime: Python's `heapq` module (namespace py::heapq), leaving a list in exactly the
// layout CPython 3.11 leaves it in.
//
// heappush, heappop, heapify, heapreplace and heappushpop follow the C accelerator (_heapq), which
// is heapq.py's _siftdown/_siftup: sift the new item toward the root while it is less than its
// parent; to remove the root, move the smaller child up (the right one unless left < right) to a
// leaf, then sift the moved item back up. heapify sifts positions n//2-1 down to 0 (the C
// module's cache-friendly order for long lists builds the same heap). An empty heap is
// IndexError("index out of range"), as the C module raises it. nsmallest/nlargest are heapq.py's:
// min()/max() for n == 1, sorted() when n covers a sized input, else a bounded heap of
// (item, order) pairs. Items compare as Python compares them (pybisect.hpp's less_than); key= is
// not supported.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/pybisect.hpp"
#include "py2cpp/range.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/set.hpp"

namespace py::heapq {

namespace detail {

using py::bisect::detail::less_than;

// The item a list slot holds (a list<bool> stores bool_slot).
template <class S>
decltype(auto) value(const S& slot) {
    if constexpr (std::is_same_v<S, py::bool_slot>) return static_cast<bool>(slot);
    else return (slot);
}

// heapq._siftdown(heap, startpos, pos), on the list's storage; Less(a, b) is `a < b`.
template <class Vec, class Less>
void siftdown(Vec& arr, std::size_t startpos, std::size_t pos, Less less) {
    while (pos > startpos) {
        const std::size_t parentpos = (pos - 1) >> 1;
        if (!less(value(arr[pos]), value(arr[parentpos]))) break;
        std::swap(arr[pos], arr[parentpos]);
        pos = parentpos;
    }
}

// heapq._siftup(heap, pos)
template <class Vec, class Less>
void siftup(Vec& arr, std::size_t pos, Less less) {
    const std::size_t endpos = arr.size();
    const std::size_t startpos = pos;
    const std::size_t limit = endpos >> 1;  // the smallest position without a child
    while (pos < limit) {
        std::size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos && !less(value(arr[childpos]), value(arr[childpos + 1]))) ++childpos;
        std::swap(arr[childpos], arr[pos]);
        pos = childpos;
    }
    siftdown(arr, startpos, pos, less);
}

template <class Vec, class Less>
void heapify(Vec& arr, Less less) {
    for (std::size_t i = arr.size() / 2; i-- > 0;) siftup(arr, i, less);
}

// An item for a list<T> (the transpiler has converted it already; an always-empty list<NoneType>
// holds None).
template <class T, class U>
T converted(const U& item) {
    if constexpr (std::is_same_v<T, NoneType>) return None;
    else return static_cast<T>(item);
}

// What heapreplace/heappushpop return: the list's item type (U for an always-empty list<NoneType>).
template <class T, class U>
using result_t = std::conditional_t<std::is_same_v<T, NoneType>, U, T>;

inline auto min_order() {
    return [](const auto& a, const auto& b) { return less_than(a, b); };
}

// Python's tuple `<` on (item, order) pairs: the items decide unless they are equal.
template <class T>
bool pair_less(const std::pair<T, int_t>& a, const std::pair<T, int_t>& b) {
    if constexpr (std::is_same_v<T, NoneType>) {
        return a.second < b.second;
    } else {
        if (!(a.first == b.first)) return less_than(a.first, b.first);
        return a.second < b.second;
    }
}

// len() of what heapq.py's `len(iterable)` accepts; -1 for an iterator without one.
template <class X>
int_t sized_len(const X& x) {
    if constexpr (std::is_convertible_v<const X&, std::string_view>) return py::len(std::string_view(x));
    else if constexpr (requires { x.size(); }) return static_cast<int_t>(x.size());
    else if constexpr (py::detail::is_tuple_v<X>) return static_cast<int_t>(std::tuple_size_v<X>);
    else if constexpr (requires { py::len(x); }) return py::len(x);
    else return -1;
}

template <bool Largest, class Iterable>
auto n_extreme(int_t n, const Iterable& iterable) {
    using T = py::detail::item_t<Iterable>;
    list<T> out;
    if (n == 1) {  // min()/max(): the first extreme item
        bool found = false;
        T best{};
        for (auto&& x : py::as_iterable(iterable)) {
            T item = static_cast<T>(x);
            if (!found) {
                best = std::move(item);
                found = true;
            } else if (Largest ? less_than(best, item) : less_than(item, best)) {
                best = std::move(item);
            }
        }
        if (found) out.append(best);
        return out;
    }
    const int_t size = sized_len(iterable);
    if (size >= 0 && n >= size) {  // sorted(iterable)[:n]
        auto all = py::sorted(iterable, Largest);
        if (n < all.size()) all.items().resize(static_cast<std::size_t>(n));
        return all;
    }
    std::vector<std::pair<T, int_t>> result;
    auto heap_less = [](const std::pair<T, int_t>& a, const std::pair<T, int_t>& b) {
        return Largest ? pair_less(a, b) : pair_less(b, a);  // a max-heap for nsmallest
    };
    int_t order = 0;
    for (auto&& x : py::as_iterable(iterable)) {
        if (static_cast<int_t>(result.size()) < n) {  // zip(range(n), it): the first n items
            result.emplace_back(static_cast<T>(x), Largest ? -order : order);
            ++order;
            if (static_cast<int_t>(result.size()) == n) {
                heapify(result, heap_less);
                order = Largest ? -n : n;
            }
            continue;
        }
        if (result.empty()) break;  // n <= 0
        T item = static_cast<T>(x);
        if (Largest ? less_than(result[0].first, item) : less_than(item, result[0].first)) {
            result[0] = std::make_pair(std::move(item), order);  // _heapreplace(_max)
            siftup(result, 0, heap_less);
            order += Largest ? -1 : 1;
        }
    }
    if (static_cast<int_t>(result.size()) < n) heapify(result, heap_less);  // fewer than n items (an iterator)
    if (Largest) std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return pair_less(b, a); });
    else std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return pair_less(a, b); });
    for (auto& p : result) out.append(std::move(p.first));
    return out;
}

}  // namespace detail

// heapq.heappush(heap, item)
template <class T, class U>
void heappush(const list<T>& heap, const U& item) {
    heap.append(detail::converted<T>(item));
    auto& arr = heap.items();
    detail::siftdown(arr, 0, arr.size() - 1, detail::min_order());
}

// heapq.heappop(heap): the smallest item; the last item fills the root and sifts down.
template <class T>
T heappop(const list<T>& heap) {
    auto& arr = heap.items();
    if (arr.empty()) throw IndexError("index out of range");
    T last = heap.pop();
    if (arr.empty()) return last;
    T smallest = static_cast<T>(detail::value(arr[0]));
    arr[0] = std::move(last);
    detail::siftup(arr, 0, detail::min_order());
    return smallest;
}

// heapq.heapify(x): in place, in linear time.
template <class T>
void heapify(const list<T>& x) {
    detail::heapify(x.items(), detail::min_order());
}

// heapq.heapreplace(heap, item): pops and returns the smallest, then pushes item (IndexError when empty).
template <class T, class U>
detail::result_t<T, U> heapreplace(const list<T>& heap, const U& item) {
    auto& arr = heap.items();
    if (arr.empty()) throw IndexError("index out of range");
    if constexpr (std::is_same_v<T, NoneType>) {
        return item;  // (unreachable: a list<NoneType> is always empty)
    } else {
        T smallest = static_cast<T>(detail::value(arr[0]));
        arr[0] = static_cast<T>(item);
        detail::siftup(arr, 0, detail::min_order());
        return smallest;
    }
}

// heapq.heappushpop(heap, item): item itself unless the root is smaller.
template <class T, class U>
detail::result_t<T, U> heappushpop(const list<T>& heap, const U& item) {
    if constexpr (std::is_same_v<T, NoneType>) {
        return item;  // an always-empty list
    } else {
        auto& arr = heap.items();
        if (arr.empty() || !detail::less_than(detail::value(arr[0]), item)) return static_cast<T>(item);
        T smallest = static_cast<T>(detail::value(arr[0]));
        arr[0] = static_cast<T>(item);
        detail::siftup(arr, 0, detail::min_order());
        return smallest;
    }
}

// heapq.nsmallest(n, iterable): sorted(iterable)[:n].
template <class Iterable>
auto nsmallest(int_t n, const Iterable& iterable) {
    return detail::n_extreme<false>(n, iterable);
}

// heapq.nlargest(n, iterable): sorted(iterable, reverse=True)[:n].
template <class Iterable>
auto nlargest(int_t n, const Iterable& iterable) {
    return detail::n_extreme<true>(n, iterable);
}

}  // namespace py::heapq
