// py2cpp runtime: np.trapz(y, x=None, dx=1.0) of a 1-D array: the trapezoidal rule as NumPy 1.24
// computes it, d * (y[1:] + y[:-1]) / 2.0 summed with NumPy's pairwise summation, where d is
// np.diff(x) or the spacing dx; the additions of y's neighbours stay in y's dtype, as in NumPy.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <type_traits>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/reductions.hpp"

namespace py::np {

namespace trapz_detail {

// The terms d_k * (y[k+1] + y[k]) / 2.0 for k < n, then their sum; `spacing(k)` is d_k and
// `pair(k)` the k-th sum of neighbours (either may be one value broadcast over the other, as
// NumPy's `*` broadcasts a length-1 operand). A float32 y with a scalar spacing computes in
// float32 (NumPy 1.24's value-based casting), anything else in float64.
template <class Y, class Spacing, class Pair>
double integrate(std::int64_t n, Spacing spacing, Pair pair) {
    using Term = std::conditional_t<std::is_same_v<Y, float>, float, double>;
    ndarray<Term, 1> terms(std::array<std::int64_t, 1>{n});
    for (std::int64_t k = 0; k < n; ++k) {
        const Y p = pair(k);
        const auto d = spacing(k);
        if constexpr (std::is_floating_point_v<decltype(d)> || std::is_floating_point_v<Y>)
            terms.data()[k] = static_cast<Term>(static_cast<Term>(d) * static_cast<Term>(p)) / Term(2);
        else  // int spacing times int pair: an int product, then true division
            terms.data()[k] = static_cast<Term>(d * p) / Term(2);
    }
    return static_cast<double>(::py::np::sum(terms));
}

template <class Y>
auto neighbours(const ndarray<Y, 1>& y) {
    const Y* p = y.data();
    const std::int64_t s = y.strides()[0];
    return [p, s](std::int64_t k) { return static_cast<Y>(p[(k + 1) * s] + p[k * s]); };
}

inline std::int64_t pairs(std::int64_t length) { return length > 0 ? length - 1 : 0; }

}  // namespace trapz_detail

// np.trapz(y, dx=dx): a constant spacing (an int or a float).
template <class YE, class D>
    requires is_array_like_v<YE>
double trapz(const YE& y_arg, NoneType, D dx) {
    const auto y = ::py::np::eval(y_arg);
    using Y = value_type_t<YE>;
    return trapz_detail::integrate<Y>(trapz_detail::pairs(y.shape()[0]), [dx](std::int64_t) { return dx; }, trapz_detail::neighbours(y));
}

// np.trapz(y, x): the spacing np.diff(x) (x's dtype), broadcast against y's pairs as NumPy does.
template <class YE, class XE, class D>
    requires(is_array_like_v<YE> && is_array_like_v<XE>)
double trapz(const YE& y_arg, const XE& x_arg, D) {
    const auto y = ::py::np::eval(y_arg);
    const auto x = ::py::np::eval(x_arg);
    using Y = value_type_t<YE>;
    using X = value_type_t<XE>;
    const std::int64_t nd = trapz_detail::pairs(x.shape()[0]), np_ = trapz_detail::pairs(y.shape()[0]);
    if (nd != np_ && nd != 1 && np_ != 1)
        throw ValueError("operands could not be broadcast together with shapes (" + std::to_string(nd) + ",) (" + std::to_string(np_) + ",) ");
    const X* q = x.data();
    const std::int64_t s = x.strides()[0];
    auto diff = [q, s, nd](std::int64_t k) { return nd == 1 ? static_cast<X>(q[s] - q[0]) : static_cast<X>(q[(k + 1) * s] - q[k * s]); };
    auto near = trapz_detail::neighbours(y);
    auto pair = [near, np_](std::int64_t k) { return near(np_ == 1 ? 0 : k); };
    return trapz_detail::integrate<Y>(nd == 1 ? np_ : nd, diff, pair);
}

}  // namespace py::np
