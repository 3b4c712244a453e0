// py2cpp runtime: np.polyval(p, x), NumPy 1.24's Horner scheme: y = 0, then y = y * x + c for each
// coefficient c of p (highest power first), element by element for an array x.
//
//   polyval<R>(p, x)   R: the result's element type, which the transpiler decided from NumPy's rules
//                      (x a number: p's dtype promoted with x's; x a float array: x's dtype, the
//                      coefficients taken in it as NumPy's value-based casting does; x an int array
//                      with float coefficients: float64). p: a 1-D array or a py::list of numbers.
// An empty p gives zeros. Integer results wrap like NumPy's.
#pragma once

#include <array>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace poly {

template <class R, class P>
std::vector<R> coefficients(const P& p) {
    std::vector<R> out;
    if constexpr (is_array_like_v<P>) {
        const auto a = ::py::np::eval(p);
        for (std::int64_t k = 0; k < a.shape()[0]; ++k) out.push_back(static_cast<R>(a.data()[k * a.strides()[0]]));
    } else {
        for (const auto& c : p) out.push_back(static_cast<R>(c));
    }
    return out;
}

template <class R>
R horner(const std::vector<R>& c, R x) {
    R y{};
    for (std::size_t k = 0; k < c.size(); ++k) y = static_cast<R>(y * x + c[k]);
    return y;
}

}  // namespace poly

template <class R, class P, class X>
auto polyval(const P& p, const X& x) {
    const auto c = poly::coefficients<R>(p);
    if constexpr (is_array_like_v<X>) {
        const auto xs = ::py::np::eval(x);
        constexpr std::size_t N = rank_v<X>;
        ndarray<R, N> out(xs.shape());
        R* target = out.data();
        detail::for_each_element(xs, [&](const auto& v) { *target++ = poly::horner(c, static_cast<R>(v)); });
        return out;
    } else {
        return poly::horner(c, static_cast<R>(x));
    }
}

}  // namespace py::np
