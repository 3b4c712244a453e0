// py2cpp runtime: NumPy 1.24's order statistics and weighted means (numpy/lib/function_base.py):
//   median(a, axis=None)              the middle value(s) averaged as np.mean does: (0 + a) + b, / 2
//                                     (ints in float64, float32 in float32); NaN in a line: NaN
//   quantile(a, q, axis=None), percentile(a, q, axis=None)   method 'linear': virtual index
//                                     (n - 1) * q, neighbours floor/floor + 1 (both the last element
//                                     at or past it), NumPy's _lerp (a + d * t, or b - d * (1 - t)
//                                     when t >= 0.5) in float64 (b - a in a's dtype); NaN in a line: NaN; an int q
//                                     of np.quantile takes the element itself (NumPy's integer path)
//   ptp(a, axis=None)                 max - min in a's dtype
//   average(a, axis=None, weights=None)   sum(a * w) / sum(w) with NumPy's sums and checks
// A line is sorted with NumPy's NaN-last order (the k-th values do not depend on the algorithm).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/array_manip.hpp"
#include "py2cpp/comparisons.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/reductions.hpp"
#include "py2cpp/sorting.hpp"

namespace py::np {

namespace stats {

// Hands every line of `a` along `axis`, gathered and sorted in NaN-last order, to f(sorted), the
// lines in C order of the other axes.
template <class T, std::size_t N, class F>
void for_each_sorted_line(const ndarray<T, N>& a, std::size_t axis, F&& f) {
    const std::int64_t n = a.shape()[axis], stride = a.strides()[axis];
    std::vector<T> line(static_cast<std::size_t>(n));
    const auto other = red::drop_axis(a.shape(), static_cast<int>(axis));
    const auto other_strides = red::drop_axis(a.strides(), static_cast<int>(axis));
    red::for_each_index(other, other_strides, other_strides, [&](std::int64_t offset, std::int64_t) {
        const T* p = a.data() + offset;
        for (std::int64_t i = 0; i < n; ++i) line[static_cast<std::size_t>(i)] = p[i * stride];
        std::sort(line.begin(), line.end(), [](T x, T y) { return sorting::less(x, y); });
        f(static_cast<const std::vector<T>&>(line));
    });
}

template <class T>
bool last_is_nan(const std::vector<T>& sorted) {
    if constexpr (std::is_floating_point_v<T>) return !sorted.empty() && std::isnan(sorted.back());
    else return false;
}

template <class T>
using median_t = std::conditional_t<std::is_same_v<T, float>, float, double>;

template <class T>
median_t<T> median_of(const std::vector<T>& sorted) {
    using R = median_t<T>;
    const auto n = sorted.size();
    if (n == 0 || last_is_nan(sorted)) return std::numeric_limits<R>::quiet_NaN();
    if (n % 2 == 1) return static_cast<R>(R(0) + static_cast<R>(sorted[n / 2])) / R(1);
    return static_cast<R>(static_cast<R>(R(0) + static_cast<R>(sorted[n / 2 - 1])) + static_cast<R>(sorted[n / 2])) / R(2);
}

// The one value or the per-line values of a reduction along an axis (None: the flattened array).
template <class R, class X, class LineF>
auto reduce_sorted(const X& x, NoneType, LineF f) {
    const auto a = materialize(x);
    const auto flat = ndarray<value_type_t<X>, 1>::view_of(a.owner(), a.data(), {a.size()}, {1});
    R result{};
    for_each_sorted_line(flat, 0, [&](const auto& sorted) { result = f(sorted); });
    return result;
}
template <class R, class X, class LineF>
auto reduce_sorted(const X& x, std::int64_t axis_arg, LineF f) {
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    const auto axis = shp::normalize_axis(axis_arg, static_cast<int>(N), "");
    if constexpr (N == 1) {
        R result{};
        for_each_sorted_line(a, axis, [&](const auto& sorted) { result = f(sorted); });
        return result;
    } else {
        ndarray<R, N - 1> out(red::drop_axis(a.shape(), static_cast<int>(axis)));
        std::int64_t j = 0;
        for_each_sorted_line(a, axis, [&](const auto& sorted) { out.data()[j++] = f(sorted); });
        return out;
    }
}

// ---- quantiles -------------------------------------------------------------------------------

// One quantile of a sorted line (n > 0), method 'linear'.
template <class R, class T>
R linear_quantile(const std::vector<T>& sorted, double q) {
    const auto n = static_cast<std::int64_t>(sorted.size());
    const double virtual_index = static_cast<double>(n - 1) * q;
    double previous = std::floor(virtual_index);
    std::int64_t lo = static_cast<std::int64_t>(previous), hi = lo + 1;
    if (virtual_index >= static_cast<double>(n - 1)) {
        lo = hi = -1;
        previous = -1.0;
    }
    if (virtual_index < 0) {
        lo = hi = 0;
        previous = 0.0;
    }
    const T a = sorted[static_cast<std::size_t>(lo < 0 ? lo + n : lo)];
    const T b = sorted[static_cast<std::size_t>(hi < 0 ? hi + n : hi)];
    const double gamma = virtual_index - previous;
    // diff_b_a = b - a in T (ints wrap), then the products in R
    T diff;
    if constexpr (std::is_integral_v<T>)
        diff = static_cast<T>(static_cast<std::make_unsigned_t<T>>(b) - static_cast<std::make_unsigned_t<T>>(a));
    else diff = static_cast<T>(b - a);
    const R t = static_cast<R>(gamma);
    if (gamma >= 0.5) return static_cast<R>(static_cast<R>(b) - static_cast<R>(static_cast<R>(diff) * static_cast<R>(1.0 - gamma)));
    return static_cast<R>(static_cast<R>(a) + static_cast<R>(static_cast<R>(diff) * t));
}

template <class R, class T>
R quantile_of(const std::vector<T>& sorted, double q) {
    if (sorted.empty()) throw IndexError("cannot do a non-empty take from an empty axes.");
    if (last_is_nan(sorted)) return std::numeric_limits<R>::quiet_NaN();
    return linear_quantile<R>(sorted, q);
}

// np.quantile with an int q (0 or 1): NumPy's integer path takes the element itself.
template <class T>
T quantile_index_of(const std::vector<T>& sorted, std::int64_t q) {
    const auto n = static_cast<std::int64_t>(sorted.size());
    if (n == 0) throw IndexError("cannot do a non-empty take from an empty axes.");
    if (last_is_nan(sorted)) return std::numeric_limits<T>::quiet_NaN();
    std::int64_t k = (n - 1) * q;
    return sorted[static_cast<std::size_t>(k < 0 ? k + n : k)];
}

inline void check_quantile(double q, bool percent) {
    if (!(q >= 0.0 && q <= 1.0))
        throw ValueError(percent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
}

template <class X, class Q, class Axis>
auto quantile_impl(const X& x, const Q& q_arg, const Axis& axis, bool percent) {
    using T = value_type_t<X>;
    if constexpr (is_array_like_v<Q>) {
        // q of any shape: results stacked in front of the reduced shape, computed in float64
        auto q = materialize(q_arg);
        ndarray<double, rank_v<Q>> qs(q.shape());
        for (std::int64_t i = 0; i < q.size(); ++i)
            qs.data()[i] = percent ? static_cast<double>(q.data()[i]) / 100.0 : static_cast<double>(q.data()[i]);
        for (std::int64_t i = 0; i < qs.size(); ++i) check_quantile(qs.data()[i], percent);
        constexpr std::size_t K = rank_v<Q>;
        if constexpr (std::is_same_v<Axis, NoneType>) {
            const auto a = materialize(x);
            const auto flat = ndarray<T, 1>::view_of(a.owner(), a.data(), {a.size()}, {1});
            ndarray<double, K> out(qs.shape());
            for_each_sorted_line(flat, 0, [&](const auto& sorted) {
                for (std::int64_t i = 0; i < qs.size(); ++i) out.data()[i] = quantile_of<double>(sorted, qs.data()[i]);
            });
            return out;
        } else {
            const auto a = eval(x);
            constexpr std::size_t N = rank_v<X>;
            const auto ax = shp::normalize_axis(axis, static_cast<int>(N), "");
            const auto rest = red::drop_axis(a.shape(), static_cast<int>(ax));
            std::array<std::int64_t, K + N - 1> shape{};
            for (std::size_t k = 0; k < K; ++k) shape[k] = qs.shape()[k];
            for (std::size_t k = 0; k + 1 < N; ++k) shape[K + k] = rest[k];
            ndarray<double, K + N - 1> out(shape);
            std::int64_t lines = 1;
            for (auto d : rest) lines *= d;
            std::int64_t j = 0;
            for_each_sorted_line(a, ax, [&](const auto& sorted) {
                for (std::int64_t i = 0; i < qs.size(); ++i) out.data()[i * lines + j] = quantile_of<double>(sorted, qs.data()[i]);
                ++j;
            });
            return out;
        }
    } else {
        const double q = percent ? static_cast<double>(q_arg) / 100.0 : static_cast<double>(q_arg);
        check_quantile(q, percent);
        // NumPy's weight is 0-d next to 0-d neighbours, or reshaped to (1, ...): float64 either way
        return reduce_sorted<double>(x, axis, [q](const auto& sorted) { return quantile_of<double>(sorted, q); });
    }
}

}  // namespace stats

template <class X, class Axis = NoneType>
    requires is_array_like_v<X>
auto median(const X& x, const Axis& axis = None) {
    using R = stats::median_t<value_type_t<X>>;
    return stats::reduce_sorted<R>(x, axis, [](const auto& sorted) { return stats::median_of(sorted); });
}

template <class X, class Q, class Axis = NoneType>
    requires is_array_like_v<X>
auto percentile(const X& x, const Q& q, const Axis& axis = None) {
    return stats::quantile_impl(x, q, axis, true);
}

template <class X, class Q, class Axis = NoneType>
    requires(is_array_like_v<X> && !std::is_integral_v<Q>)
auto quantile(const X& x, const Q& q, const Axis& axis = None) {
    return stats::quantile_impl(x, q, axis, false);
}

// np.quantile(a, q) with an int q: the element at (n - 1) * q of each sorted line, a's dtype.
template <class X, class Q, class Axis = NoneType>
    requires(is_array_like_v<X> && std::is_integral_v<Q>)
auto quantile(const X& x, Q q, const Axis& axis = None) {
    stats::check_quantile(static_cast<double>(q), false);
    using T = value_type_t<X>;
    return stats::reduce_sorted<T>(x, axis, [q](const auto& sorted) { return stats::quantile_index_of(sorted, static_cast<std::int64_t>(q)); });
}

// np.ptp(a, axis=None): max - min in a's dtype (ints wrap).
template <class X, class Axis = NoneType>
    requires is_array_like_v<X>
auto ptp(const X& x, const Axis& axis = None) {
    using T = value_type_t<X>;
    const auto a = eval(x);
    auto span = [](T hi, T lo) {
        if constexpr (std::is_integral_v<T>)
            return static_cast<T>(static_cast<std::make_unsigned_t<T>>(hi) - static_cast<std::make_unsigned_t<T>>(lo));
        else return static_cast<T>(hi - lo);
    };
    if constexpr (std::is_same_v<Axis, NoneType> || rank_v<X> == 1) {
        const T hi = np::max(a, axis);  // NumPy reduces with maximum first (its error names it)
        return span(hi, np::min(a, axis));
    } else {
        const auto hi = np::max(a, axis);
        const auto lo = np::min(a, axis);
        ndarray<T, rank_v<X> - 1> out(hi.shape());
        for (std::int64_t i = 0; i < out.size(); ++i) out.data()[i] = span(hi.data()[i], lo.data()[i]);
        return out;
    }
}

// np.average(a, axis=None, weights=None).
template <class X, class Axis = NoneType>
    requires is_array_like_v<X>
auto average(const X& x, const Axis& axis = None, NoneType = None) {
    return np::mean(x, axis);
}

template <class X, class Axis, class W>
    requires(is_array_like_v<X> && is_array_like_v<W>)
auto average(const X& x, const Axis& axis_arg, const W& weights) {
    using T = value_type_t<X>;
    using WT = value_type_t<W>;
    // result_type(a, w), with 'f8' joined in for integer and bool a
    using R = std::conditional_t<std::is_floating_point_v<T>, closeness::promoted_t<T, WT>, double>;
    constexpr std::size_t N = rank_v<X>;
    constexpr std::size_t NW = rank_v<W>;
    const auto a = eval(x);
    const auto w = eval(weights);
    auto weighted = [&](const auto& wb) {  // a * w (w broadcast like a), in a's memory order
        auto product = red::allocate_like_layout<R>(a);
        product.assign(astype<R>(a) * astype<R>(wb));
        return product;
    };
    auto check_scale = [](const auto& scl) {
        bool zero = false;
        if constexpr (is_array_like_v<std::remove_cvref_t<decltype(scl)>>) {
            for (std::int64_t i = 0; i < scl.size(); ++i) zero = zero || scl.data()[i] == R(0);
        } else {
            zero = scl == R(0);
        }
        if (zero) throw ZeroDivisionError("Weights sum to zero, can't be normalized");
    };
    if constexpr (std::is_same_v<Axis, NoneType>) {
        if (!detail::same_shape(a.shape(), w.shape())) throw TypeError("Axis must be specified when shapes of a and weights differ.");
        if constexpr (N != NW) {
            return R(0);
        } else {
            const R scl = np::sum(astype<R>(w));
            check_scale(scl);
            return static_cast<R>(np::sum(weighted(w)) / scl);
        }
    } else {
        const auto axis = shp::normalize_axis(axis_arg, static_cast<int>(N), "");
        const bool same = detail::same_shape(a.shape(), w.shape());
        if (!same) {
            if constexpr (NW != 1) throw TypeError("1D weights expected when shapes of a and weights differ.");
            if (w.shape()[0] != a.shape()[axis]) throw ValueError("Length of weights not compatible with specified axis.");
        }
        // w along `axis` (a view of a's shape with zero strides elsewhere) when the shapes differ
        auto along = [&] {
            std::array<std::int64_t, N> strides{};
            strides[axis] = w.strides()[0];
            return ndarray<WT, N>::view_of(w.owner(), w.data(), a.shape(), strides);
        };
        ndarray<R, N> product;
        using S = decltype(np::sum(product, std::int64_t{0}));
        S scl{};
        if constexpr (NW == N) {
            if (same) {
                product = weighted(w);
                scl = np::sum(astype<R>(w), std::int64_t(axis));
            }
        }
        if (!same) {
            if constexpr (NW == 1) {
                product = weighted(along());
                const R total = np::sum(astype<R>(w));  // NumPy sums the 1-D weights once, then broadcasts
                if constexpr (N == 1) scl = total;
                else {
                    scl = S(red::drop_axis(a.shape(), static_cast<int>(axis)));
                    for (std::int64_t i = 0; i < scl.size(); ++i) scl.data()[i] = total;
                }
            }
        }
        check_scale(scl);
        auto sums = np::sum(product, std::int64_t(axis));
        if constexpr (N == 1) {
            return static_cast<R>(sums / scl);
        } else {
            for (std::int64_t i = 0; i < sums.size(); ++i) sums.data()[i] = static_cast<R>(sums.data()[i] / scl.data()[i]);
            return sums;
        }
    }
}

}  // namespace py::np
