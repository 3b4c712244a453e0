// py2cpp runtime: np.isclose, np.allclose, np.array_equal as NumPy 1.24 computes them
// (numpy/core/numeric.py), dtype by dtype:
//  * isclose(a, b, rtol, atol, equal_nan): y = b made inexact (result_type(b, 1.0): ints become
//    float64, float32 stays); where both are finite, |x - y| <= atol + rtol * |y|, where
//    |x - y| is computed in the promoted type of x and y, atol + rtol * |y| in y's type when b is
//    an array (a Python float does not widen float32) and in float64 when b is a scalar, and the
//    comparison in the promoted type of the two sides; elsewhere x == y (infinities of one sign),
//    or both NaN with equal_nan. Operands broadcast (NumPy's message names a's and b's shapes).
//  * allclose: all of isclose, a Python bool.
//  * array_equal(a1, a2, equal_nan=False): False when the shapes differ (ranks included),
//    otherwise all elements equal in the promoted type; with equal_nan, NaNs must be at the same
//    places and count as equal.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace closeness {

template <class T>
using inexact_t = std::conditional_t<std::is_floating_point_v<T>, T, double>;

// NumPy's type promotion of two element types of the runtime (bool < ints < float32 < float64).
template <class A, class B>
using promoted_t = typename std::conditional_t<
    std::is_same_v<A, B>, std::type_identity<A>,
    std::conditional_t<
        std::is_same_v<A, bool>, std::type_identity<B>,
        std::conditional_t<std::is_same_v<B, bool>, std::type_identity<A>,
                           // float32 with float64 or with a 32/64-bit int is float64; ints mix as int64
                           std::conditional_t<std::is_floating_point_v<A> || std::is_floating_point_v<B>,
                                              std::type_identity<double>, std::type_identity<std::int64_t>>>>>::type;

// The element type a Python scalar becomes as an array (np.asanyarray(2) is int64, 2.5 float64).
template <class S>
using scalar_array_t = std::conditional_t<std::is_same_v<S, bool>, bool, std::conditional_t<std::is_integral_v<S>, std::int64_t, double>>;

template <class X>
bool finite(X v) {
    if constexpr (std::is_floating_point_v<X>) return std::isfinite(v);
    else return true;
}
template <class X>
bool nan(X v) {
    if constexpr (std::is_floating_point_v<X>) return std::isnan(v);
    else return false;
}

// isclose over equally long flat arrays. C: the type of x - y; TolT: the type of atol + rtol * |y|;
// Cmp: the type of the comparison.
template <class C, class TolT, class Cmp, class X, class Y>
void close_all(const X* px, const Y* py, bool* out, std::int64_t n, double rtol, double atol, bool equal_nan) {
    for (std::int64_t i = 0; i < n; ++i) {
        const X x = px[i];
        const Y y = py[i];
        if (finite(x) && finite(y)) {
            const C diff = std::abs(static_cast<C>(static_cast<C>(x) - static_cast<C>(y)));
            const TolT tol = static_cast<TolT>(
                static_cast<TolT>(atol) + static_cast<TolT>(static_cast<TolT>(rtol) * std::abs(static_cast<TolT>(y))));
            out[i] = static_cast<Cmp>(diff) <= static_cast<Cmp>(tol);
        } else {
            out[i] = (equal_nan && nan(x) && nan(y)) || static_cast<promoted_t<X, Y>>(x) == static_cast<promoted_t<X, Y>>(y);
        }
    }
}

}  // namespace closeness

template <class A, class B>
    requires(is_array_like_v<A> || is_array_like_v<B>)
auto isclose(const A& a, const B& b, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) {
    using X = value_type_t<A>;
    using Y = closeness::inexact_t<value_type_t<B>>;  // b made inexact: result_type(b, 1.0)
    constexpr std::size_t R = std::max(rank_v<A>, rank_v<B>);
    const auto shape = detail::broadcast_shapes<R>(detail::shape_of(a), detail::shape_of(b));
    const auto xs = eval<X>(a, shape);
    const auto ys = eval<Y>(b, shape);
    ndarray<bool, R> out(shape);
    const std::int64_t n = out.size();
    bool all_finite = true;
    for (std::int64_t i = 0; i < n && all_finite; ++i)
        all_finite = closeness::finite(xs.data()[i]) && closeness::finite(ys.data()[i]);
    if constexpr (is_array_like_v<A> && is_array_like_v<B>) {
        using C = closeness::promoted_t<X, Y>;
        closeness::close_all<C, Y, C>(xs.data(), ys.data(), out.data(), n, rtol, atol, equal_nan);
    } else if (all_finite) {
        // NumPy's value-based casting: a scalar operand (a 0-d array) does not widen the other
        // operand's float type. With a scalar a, x - y is in y's type; with a scalar b it is in
        // x's float type (float64 for ints), and atol + rtol * |b| is a float64 scalar rounded to it.
        if constexpr (!is_array_like_v<A>) {
            closeness::close_all<Y, Y, Y>(xs.data(), ys.data(), out.data(), n, rtol, atol, equal_nan);
        } else {
            using C = closeness::inexact_t<X>;
            closeness::close_all<C, double, C>(xs.data(), ys.data(), out.data(), n, rtol, atol, equal_nan);
        }
    } else {
        // Not all finite: NumPy multiplies both operands by ones of the result's shape, so a scalar
        // becomes an int64/float64 array and the finite pairs are compared with array promotion.
        using XA = std::conditional_t<is_array_like_v<A>, X, closeness::scalar_array_t<X>>;
        using YA = std::conditional_t<is_array_like_v<B>, Y, double>;
        using C = closeness::promoted_t<XA, YA>;
        closeness::close_all<C, YA, C>(xs.data(), ys.data(), out.data(), n, rtol, atol, equal_nan);
    }
    return out;
}

// Two scalars: a Python bool (NumPy returns np.bool_, which prints the same).
template <class A, class B>
    requires(std::is_arithmetic_v<A> && std::is_arithmetic_v<B>)
bool isclose(A a, B b, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) {
    using Y = closeness::inexact_t<B>;
    using C = closeness::promoted_t<std::conditional_t<std::is_same_v<A, bool>, bool, std::conditional_t<std::is_integral_v<A>, std::int64_t, double>>, Y>;
    const Y y = static_cast<Y>(b);
    if (closeness::finite(a) && closeness::finite(y)) {
        const C diff = std::abs(static_cast<C>(static_cast<C>(a) - static_cast<C>(y)));
        return static_cast<double>(diff) <= atol + rtol * std::abs(static_cast<double>(y));
    }
    if (equal_nan && closeness::nan(a) && closeness::nan(y)) return true;
    return static_cast<C>(a) == static_cast<C>(y);
}

template <class A, class B>
bool allclose(const A& a, const B& b, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) {
    if constexpr (is_array_like_v<A> || is_array_like_v<B>) {
        const auto close = isclose(a, b, rtol, atol, equal_nan);
        const bool* p = close.data();
        for (std::int64_t i = 0, n = close.size(); i < n; ++i)
            if (!p[i]) return false;
        return true;
    } else {
        return isclose(a, b, rtol, atol, equal_nan);
    }
}

template <class A, class B>
bool array_equal(const A& a1, const B& a2, bool equal_nan = false) {
    if constexpr (rank_v<A> != rank_v<B>) {
        return false;
    } else if constexpr (!is_array_like_v<A>) {
        using C = closeness::promoted_t<A, B>;
        if (equal_nan && closeness::nan(a1) && closeness::nan(a2)) return true;
        return static_cast<C>(a1) == static_cast<C>(a2);
    } else {
        using X = value_type_t<A>;
        using Y = value_type_t<B>;
        using C = closeness::promoted_t<X, Y>;
        if (a1.shape() != a2.shape()) return false;
        const auto xs = materialize(a1);
        const auto ys = materialize(a2);
        const X* px = xs.data();
        const Y* py = ys.data();
        for (std::int64_t i = 0, n = xs.size(); i < n; ++i) {
            if (equal_nan && (closeness::nan(px[i]) || closeness::nan(py[i]))) {
                if (closeness::nan(px[i]) != closeness::nan(py[i])) return false;
                continue;
            }
            if (!(static_cast<C>(px[i]) == static_cast<C>(py[i]))) return false;
        }
        return true;
    }
}

}  // namespace py::np
