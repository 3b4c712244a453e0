// py2cpp runtime: np.bincount(x, weights=None, minlength=0) and np.digitize(x, bins, right=False),
// NumPy 1.24's semantics and messages.
//
//   bincount(x, weights, minlength)   x: a 1-D array of ints or bools; counts (int64) or sums of
//                                     the weights (float64) per value 0..max(x), at least minlength
//   digitize(x, bins, right)          the index of the bin of each x (int64; a number for a number):
//                                     NumPy's searchsorted on bins, side='right' (right=False) or
//                                     'left'; decreasing bins are searched reversed. Values are
//                                     compared in float64 when either side is a float, else int64
//                                     (NumPy's common type).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"

namespace py::np {

template <class X, class W>
    requires(is_array_like_v<X> && rank_v<X> == 1)
auto bincount(const X& x, const W& weights, std::int64_t minlength) {
    const auto a = ::py::np::eval(x);
    const std::int64_t n = a.shape()[0], s = a.strides()[0];
    if (minlength < 0) throw ValueError("'minlength' must not be negative");
    std::int64_t length = minlength;
    for (std::int64_t k = 0; k < n; ++k) {
        const auto v = static_cast<std::int64_t>(a.data()[k * s]);
        if (v < 0) throw ValueError("'list' argument must have no negative elements");
        length = std::max(length, v + 1);
    }
    if constexpr (std::is_same_v<W, NoneType>) {
        ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{length});
        std::fill(out.data(), out.data() + length, std::int64_t{0});
        for (std::int64_t k = 0; k < n; ++k) ++out.data()[static_cast<std::int64_t>(a.data()[k * s])];
        return out;
    } else {
        const auto w = ::py::np::eval(weights);
        static_assert(rank_v<decltype(w)> == 1, "py::np::bincount: weights are 1-D");
        if (w.shape()[0] != n) throw ValueError("The weights and list don't have the same length.");
        ndarray<double, 1> out(std::array<std::int64_t, 1>{length});
        std::fill(out.data(), out.data() + length, 0.0);
        for (std::int64_t k = 0; k < n; ++k)
            out.data()[static_cast<std::int64_t>(a.data()[k * s])] += static_cast<double>(w.data()[k * w.strides()[0]]);
        return out;
    }
}

namespace bins {

template <class A, class B>
using compare_t = std::conditional_t<std::is_floating_point_v<A> || std::is_floating_point_v<B>, double, std::int64_t>;

// NumPy's check_array_monotonic: 1 non-decreasing (also all equal, or fewer than two), -1
// non-increasing, 0 neither.
template <class C>
int monotonicity(const std::vector<C>& b) {
    std::size_t i = 1;
    while (i < b.size() && b[i] == b[0]) ++i;
    if (i >= b.size()) return 1;
    if (b[i] < b[0]) {
        for (std::size_t k = i; k + 1 < b.size(); ++k)
            if (b[k + 1] > b[k]) return 0;
        return -1;
    }
    for (std::size_t k = i; k + 1 < b.size(); ++k)
        if (b[k + 1] < b[k]) return 0;
    return 1;
}

}  // namespace bins

template <class X, class B>
    requires(is_array_like_v<B> && rank_v<B> == 1)
auto digitize(const X& x, const B& bins_arg, bool right = false) {
    using C = bins::compare_t<value_type_t<X>, value_type_t<B>>;
    const auto b = ::py::np::eval(bins_arg);
    std::vector<C> edges;
    for (std::int64_t k = 0; k < b.shape()[0]; ++k) edges.push_back(static_cast<C>(b.data()[k * b.strides()[0]]));
    const int mono = bins::monotonicity(edges);
    if (mono == 0) throw ValueError("bins must be monotonically increasing or decreasing");
    if (mono == -1) std::reverse(edges.begin(), edges.end());
    const auto n = static_cast<std::int64_t>(edges.size());
    // NumPy's arguments are swapped: right=False searches side='right'.
    auto index = [&](C v) -> std::int64_t {
        const auto at = right ? std::lower_bound(edges.begin(), edges.end(), v) : std::upper_bound(edges.begin(), edges.end(), v);
        const auto i = static_cast<std::int64_t>(at - edges.begin());
        return mono == -1 ? n - i : i;
    };
    if constexpr (is_array_like_v<X>) {
        const auto a = ::py::np::eval(x);
        constexpr std::size_t N = rank_v<X>;
        ndarray<std::int64_t, N> out(a.shape());
        std::int64_t* target = out.data();
        detail::for_each_element(a, [&](const auto& v) { *target++ = index(static_cast<C>(v)); });
        return out;
    } else {
        return index(static_cast<C>(x));
    }
}

}  // namespace py::np
