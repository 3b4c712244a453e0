// py2cpp runtime: np.sort, np.argsort, ndarray.sort (in place), np.searchsorted, np.unique.
//
// argsort must give NumPy's indices also among equal values, so the default kind ('quicksort')
// follows NumPy 1.24's introsort step for step (numpy/core/src/npysort/quicksort.cpp,
// npysort_heapsort.h): an explicit stack; partitions longer than 16 elements are split around the
// median of the first, middle and last element (the median is swapped to the second-to-last
// place, the scan runs from both ends, the pivot is swapped into its final place) and the larger
// part is pushed; parts of at most 16 elements are finished by insertion sort; each push lowers a
// depth budget of 2 * floor(log2(n)), and a part popped with a negative budget is heap-sorted.
// 'stable'/'mergesort' are a stable sort (NumPy's timsort/radix sort: stable sorts agree on
// indices), 'heapsort' is NumPy's heapsort. NaN sorts last (NumPy's `a < b || (b != b && a == a)`).
//
// np.sort of values uses the same introsort; its result equals NumPy's except that NumPy on
// AVX-512 machines sorts float/int values with a vectorised quicksort, which may order -0.0 and
// 0.0 (equal values) differently.
//
// Along an axis each line is gathered into a contiguous buffer (as NumPy does for strided lines)
// and sorted there; axis=None sorts the flattened array (C order).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/comparisons.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/reductions.hpp"

namespace py::np {

namespace sorting {

enum class Kind { Quick, Heap, Stable };

// NumPy's sort-kind converter: the first letter decides (q, h, m or s, either case).
inline Kind parse_kind(std::string_view kind) {
    const char c = kind.empty() ? '\0' : kind[0];
    if (c == 'q' || c == 'Q') return Kind::Quick;
    if (c == 'h' || c == 'H') return Kind::Heap;
    if (c == 'm' || c == 'M' || c == 's' || c == 'S') return Kind::Stable;
    throw ValueError("sort kind must be one of 'quick', 'heap', or 'stable' (got '" + std::string(kind) + "')");
}
inline Kind parse_kind(NoneType) { return Kind::Quick; }

// NumPy's order: NaN after every number.
template <class T>
bool less(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) return a < b || (b != b && a == a);
    else return a < b;
}

// floor(log2(n)) for n >= 1, 0 for n == 0 (npy_get_msb).
inline int msb(std::int64_t n) {
    int depth = 0;
    for (auto u = static_cast<std::uint64_t>(n); u > 1; u >>= 1) ++depth;
    return depth;
}

inline constexpr std::int64_t kSmall = 15;  // parts with hi - lo <= 15 go to insertion sort

// The elements being ordered are either the values themselves or indices into `v`: Keys gives
// the value an element is compared by.
template <class T>
struct DirectKeys {
    T key(T x) const { return x; }
};
template <class T>
struct IndirectKeys {
    const T* v;
    T key(std::int64_t i) const { return v[i]; }
};

// Heapsort of e[0..n) (1-based heap in the usual way).
template <class E, class Keys>
void heapsort(E* e, std::int64_t n, const Keys& keys) {
    E* a = e - 1;  // a[1..n]
    auto sift = [&](E item, std::int64_t i, std::int64_t size) {
        for (std::int64_t j = 2 * i; j <= size;) {
            if (j < size && less(keys.key(a[j]), keys.key(a[j + 1]))) ++j;
            if (!less(keys.key(item), keys.key(a[j]))) break;
            a[i] = a[j];
            i = j;
            j += j;
        }
        a[i] = item;
    };
    for (std::int64_t l = n / 2; l > 0; --l) sift(a[l], l, n);
    for (std::int64_t size = n; size > 1;) {
        E item = a[size];
        a[size] = a[1];
        --size;
        sift(item, 1, size);
    }
}

// NumPy's introsort of e[0..n).
template <class E, class Keys>
void introsort(E* e, std::int64_t n, const Keys& keys) {
    using K = decltype(keys.key(e[0]));
    struct Part {
        std::int64_t lo, hi;
        int depth;
    };
    std::vector<Part> stack;
    std::int64_t lo = 0, hi = n - 1;
    int depth = msb(n) * 2;
    while (true) {
        if (depth < 0) {
            heapsort(e + lo, hi - lo + 1, keys);
        } else {
            while (hi - lo > kSmall) {
                const std::int64_t mid = lo + ((hi - lo) >> 1);
                if (less(keys.key(e[mid]), keys.key(e[lo]))) std::swap(e[mid], e[lo]);
                if (less(keys.key(e[hi]), keys.key(e[mid]))) std::swap(e[hi], e[mid]);
                if (less(keys.key(e[mid]), keys.key(e[lo]))) std::swap(e[mid], e[lo]);
                const K pivot = keys.key(e[mid]);
                std::int64_t i = lo, j = hi - 1;
                std::swap(e[mid], e[j]);
                while (true) {
                    do ++i;
                    while (less(keys.key(e[i]), pivot));
                    do --j;
                    while (less(pivot, keys.key(e[j])));
                    if (i >= j) break;
                    std::swap(e[i], e[j]);
                }
                std::swap(e[i], e[hi - 1]);
                --depth;
                if (i - lo < hi - i) {  // push the larger part, go on with the smaller
                    stack.push_back({i + 1, hi, depth});
                    hi = i - 1;
                } else {
                    stack.push_back({lo, i - 1, depth});
                    lo = i + 1;
                }
            }
            for (std::int64_t i = lo + 1; i <= hi; ++i) {  // insertion sort
                const E item = e[i];
                const K k = keys.key(item);
                std::int64_t j = i;
                while (j > lo && less(k, keys.key(e[j - 1]))) {
                    e[j] = e[j - 1];
                    --j;
                }
                e[j] = item;
            }
        }
        if (stack.empty()) return;
        lo = stack.back().lo;
        hi = stack.back().hi;
        depth = stack.back().depth;
        stack.pop_back();
    }
}

template <class E, class Keys>
void sort_elements(E* e, std::int64_t n, const Keys& keys, Kind kind) {
    if (n < 2) return;
    switch (kind) {
        case Kind::Quick: introsort(e, n, keys); return;
        case Kind::Heap: heapsort(e, n, keys); return;
        case Kind::Stable:
            std::stable_sort(e, e + n, [&](const E& x, const E& y) { return less(keys.key(x), keys.key(y)); });
            return;
    }
}

// Calls f(offset of the line's first element) for every line of `shape`/`strides` along `axis`.
template <std::size_t N, class F>
void for_each_line(const std::array<std::int64_t, N>& shape, const std::array<std::int64_t, N>& strides, int axis, F&& f) {
    const auto other_shape = red::drop_axis(shape, axis);
    const auto other_strides = red::drop_axis(strides, axis);
    red::for_each_index(other_shape, other_strides, other_strides, [&](std::int64_t offset, std::int64_t) { f(offset); });
}

// Sorts a's lines along `axis` in place (a may be a strided view).
template <class T, std::size_t N>
void sort_lines(const ndarray<T, N>& a, int axis, Kind kind) {
    const auto k = static_cast<std::size_t>(axis);
    const std::int64_t n = a.shape()[k], stride = a.strides()[k];
    if (n < 2 || a.size() == 0) return;
    auto line = std::make_unique<T[]>(static_cast<std::size_t>(n));  // not vector<bool>
    for_each_line(a.shape(), a.strides(), axis, [&](std::int64_t offset) {
        T* p = a.data() + offset;
        for (std::int64_t i = 0; i < n; ++i) line[static_cast<std::size_t>(i)] = p[i * stride];
        sort_elements(line.get(), n, DirectKeys<T>{}, kind);
        for (std::int64_t i = 0; i < n; ++i) p[i * stride] = line[static_cast<std::size_t>(i)];
    });
}

template <class T, std::size_t N>
ndarray<std::int64_t, N> argsort_lines(const ndarray<T, N>& a, int axis, Kind kind) {
    ndarray<std::int64_t, N> out(a.shape());
    const auto k = static_cast<std::size_t>(axis);
    const std::int64_t n = a.shape()[k], stride = a.strides()[k], out_stride = out.strides()[k];
    if (a.size() == 0) return out;
    auto line = std::make_unique<T[]>(static_cast<std::size_t>(n));  // not vector<bool>
    std::vector<std::int64_t> index(static_cast<std::size_t>(n));
    const auto other_shape = red::drop_axis(a.shape(), axis);
    red::for_each_index(other_shape, red::drop_axis(a.strides(), axis), red::drop_axis(out.strides(), axis),
                        [&](std::int64_t oa, std::int64_t oo) {
                            const T* p = a.data() + oa;
                            for (std::int64_t i = 0; i < n; ++i) line[static_cast<std::size_t>(i)] = p[i * stride];
                            std::iota(index.begin(), index.end(), std::int64_t{0});
                            sort_elements(index.data(), n, IndirectKeys<T>{line.get()}, kind);
                            std::int64_t* o = out.data() + oo;
                            for (std::int64_t i = 0; i < n; ++i) o[i * out_stride] = index[static_cast<std::size_t>(i)];
                        });
    return out;
}

}  // namespace sorting

// np.sort(a, axis=-1, kind=None): a sorted copy; axis=None sorts the flattened array.
template <class X, class KindArg = NoneType>
    requires is_array_like_v<X>
auto sort(const X& x, std::int64_t axis = -1, const KindArg& kind = None) {
    const auto k = sorting::parse_kind(kind);
    auto out = materialize(x);
    sorting::sort_lines(out, red::normalize_axis(axis, static_cast<int>(rank_v<X>)), k);
    return out;
}
template <class X, class KindArg = NoneType>
    requires is_array_like_v<X>
auto sort(const X& x, NoneType, const KindArg& kind = None) {
    const auto k = sorting::parse_kind(kind);
    auto flat = materialize(x);
    ndarray<value_type_t<X>, 1> out = ndarray<value_type_t<X>, 1>::view_of(flat.owner(), flat.data(), {flat.size()}, {1});
    sorting::sort_lines(out, 0, k);
    return out;
}

// a.sort(axis=-1, kind=None): in place.
template <class T, std::size_t N, class KindArg = NoneType>
NoneType sort_inplace(const ndarray<T, N>& a, std::int64_t axis = -1, const KindArg& kind = None) {
    const auto k = sorting::parse_kind(kind);
    sorting::sort_lines(a, red::normalize_axis(axis, static_cast<int>(N)), k);
    return None;
}

// np.argsort(a, axis=-1, kind=None): int64 indices; axis=None: of the flattened array.
template <class X, class KindArg = NoneType>
    requires is_array_like_v<X>
auto argsort(const X& x, std::int64_t axis = -1, const KindArg& kind = None) {
    const auto k = sorting::parse_kind(kind);
    const auto a = eval(x);
    return sorting::argsort_lines(a, red::normalize_axis(axis, static_cast<int>(rank_v<X>)), k);
}
template <class X, class KindArg = NoneType>
    requires is_array_like_v<X>
auto argsort(const X& x, NoneType, const KindArg& kind = None) {
    const auto k = sorting::parse_kind(kind);
    auto flat = materialize(x);
    const auto line = ndarray<value_type_t<X>, 1>::view_of(flat.owner(), flat.data(), {flat.size()}, {1});
    return sorting::argsort_lines(line, 0, k);
}

namespace sorting {

enum class Side { Left, Right };

// NumPy's search-side converter: the first letter decides (l or r, either case).
inline Side parse_side(std::string_view side) {
    const char c = side.empty() ? '\0' : side[0];
    if (c == 'l' || c == 'L') return Side::Left;
    if (c == 'r' || c == 'R') return Side::Right;
    throw ValueError("search side must be 'left' or 'right' (got '" + std::string(side) + "')");
}

// NumPy's binsearch: keys in order, each search narrowed by the previous key (which is why an
// unsorted `a` gives NumPy's particular answers too). Left: first i with !(a[i] < key);
// right: first i with key < a[i], in NumPy's NaN-last order.
template <class C>
void binsearch(const C* a, std::int64_t n, const C* keys, std::int64_t count, std::int64_t* out, Side side) {
    auto before = [side](C x, C key) { return side == Side::Left ? less(x, key) : !less(key, x); };
    std::int64_t lo = 0, hi = n;
    if (count == 0) return;
    C last = keys[0];
    for (std::int64_t k = 0; k < count; ++k) {
        const C key = keys[k];
        if (before(last, key)) {
            hi = n;
        } else {
            lo = 0;
            hi = hi < n ? hi + 1 : n;
        }
        last = key;
        while (lo < hi) {
            const std::int64_t mid = lo + ((hi - lo) >> 1);
            if (before(a[mid], key)) lo = mid + 1;
            else hi = mid;
        }
        out[k] = lo;
    }
}

template <class A>
auto flattened(const A& x) {
    auto flat = materialize(x);
    return ndarray<value_type_t<A>, 1>::view_of(flat.owner(), flat.data(), {flat.size()}, {1});
}

}  // namespace sorting

// np.searchsorted(a, v, side='left'): a is 1-D; a and v are compared in their common dtype
// (np.promote_types; a Python int counts as int64, a float as float64).
template <class A, class V, class SideArg = std::string_view>
    requires(is_array_like_v<A> && rank_v<A> == 1)
auto searchsorted(const A& a, const V& v, const SideArg& side_arg = "left") {
    const auto side = sorting::parse_side(side_arg);
    using VT = std::conditional_t<is_array_like_v<V>, value_type_t<V>, closeness::scalar_array_t<V>>;
    using C = closeness::promoted_t<value_type_t<A>, VT>;
    const auto sorted = eval<C>(a, a.shape());
    if constexpr (is_array_like_v<V>) {
        const auto keys = eval<C>(v, v.shape());
        ndarray<std::int64_t, rank_v<V>> out(v.shape());
        sorting::binsearch(sorted.data(), sorted.size(), keys.data(), keys.size(), out.data(), side);
        return out;
    } else {
        const C key = static_cast<C>(v);
        std::int64_t out = 0;
        sorting::binsearch(sorted.data(), sorted.size(), &key, 1, &out, side);
        return out;
    }
}

// np.unique(ar, return_index, return_inverse, return_counts) of the flattened array, as NumPy
// 1.24's _unique1d: sorted values (argsort 'stable' when indices are asked for, 'quicksort' when
// only the inverse is), NaNs collapsed into one (equal_nan=True); a tuple when a flag is set.
template <bool Index, bool Inverse, bool Counts, class X>
    requires is_array_like_v<X>
auto unique(const X& x) {
    using T = value_type_t<X>;
    const auto flat = sorting::flattened(x);
    const std::int64_t n = flat.size();
    const auto un = static_cast<std::size_t>(n);
    std::vector<std::int64_t> perm;
    auto aux = std::make_unique<T[]>(un);  // the sorted values (not vector<bool>)
    if constexpr (Index || Inverse) {
        perm = std::vector<std::int64_t>(un);
        std::iota(perm.begin(), perm.end(), std::int64_t{0});
        sorting::sort_elements(perm.data(), n, sorting::IndirectKeys<T>{flat.data()},
                               Index ? sorting::Kind::Stable : sorting::Kind::Quick);
        for (std::size_t i = 0; i < un; ++i) aux[i] = flat.data()[perm[i]];
    } else {
        std::copy(flat.data(), flat.data() + n, aux.get());
        sorting::sort_elements(aux.get(), n, sorting::DirectKeys<T>{}, sorting::Kind::Quick);
    }
    // mask[i]: aux[i] starts a new value
    std::vector<char> mask(un, 0);
    if (n > 0) mask[0] = 1;
    std::int64_t first_nan = n;
    if constexpr (std::is_floating_point_v<T>) {
        if (n > 0 && aux[un - 1] != aux[un - 1]) {
            std::int64_t lo = 0, hi = n;  // searchsorted(aux, nan, 'left')
            while (lo < hi) {
                const std::int64_t mid = lo + ((hi - lo) >> 1);
                if (sorting::less(aux[static_cast<std::size_t>(mid)], aux[un - 1])) lo = mid + 1;
                else hi = mid;
            }
            first_nan = lo;
        }
    }
    for (std::int64_t i = 1; i < std::min(first_nan, n); ++i)
        mask[static_cast<std::size_t>(i)] = aux[static_cast<std::size_t>(i)] != aux[static_cast<std::size_t>(i - 1)];
    if (first_nan < n) mask[static_cast<std::size_t>(first_nan)] = 1;
    std::int64_t count = 0;
    for (char m : mask) count += m;
    ndarray<T, 1> values(std::array<std::int64_t, 1>{count});
    for (std::int64_t i = 0, j = 0; i < n; ++i)
        if (mask[static_cast<std::size_t>(i)]) values.data()[j++] = aux[static_cast<std::size_t>(i)];
    [[maybe_unused]] auto index = [&] {
        ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{count});
        for (std::int64_t i = 0, j = 0; i < n; ++i)
            if (mask[static_cast<std::size_t>(i)]) out.data()[j++] = perm[static_cast<std::size_t>(i)];
        return out;
    };
    [[maybe_unused]] auto inverse = [&] {
        ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{n});
        std::int64_t group = -1;
        for (std::int64_t i = 0; i < n; ++i) {
            group += mask[static_cast<std::size_t>(i)];
            out.data()[perm[static_cast<std::size_t>(i)]] = group;
        }
        return out;
    };
    [[maybe_unused]] auto counts = [&] {
        ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{count});
        std::int64_t j = -1;
        for (std::int64_t i = 0; i < n; ++i) {
            if (mask[static_cast<std::size_t>(i)]) out.data()[++j] = 0;
            ++out.data()[j];
        }
        return out;
    };
    if constexpr (!Index && !Inverse && !Counts) {
        return values;
    } else {
        auto parts = std::tuple<ndarray<T, 1>>{values};
        auto with_index = [&] {
            if constexpr (Index) return std::tuple_cat(parts, std::tuple{index()});
            else return parts;
        }();
        auto with_inverse = [&] {
            if constexpr (Inverse) return std::tuple_cat(with_index, std::tuple{inverse()});
            else return with_index;
        }();
        if constexpr (Counts) return std::tuple_cat(with_inverse, std::tuple{counts()});
        else return with_inverse;
    }
}

}  // namespace py::np
