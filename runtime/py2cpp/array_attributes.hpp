// py2cpp runtime: ndarray attributes whose Python form differs from the C++ member: `a.shape` is
// a tuple of ints (std::array in C++), `a.ndim` a Python int; and reductions with keepdims=True,
// which keep the reduced axis with length 1 so the result broadcasts against the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/reductions.hpp"
#include "py2cpp/shape_ops.hpp"

namespace py::np {

namespace detail {

template <class Shape, std::size_t... I>
auto shape_as_tuple(const Shape& shape, std::index_sequence<I...>) {
    return std::make_tuple(static_cast<std::int64_t>(shape[I])...);
}

}  // namespace detail

// a.shape -> (rows, cols): a std::tuple of int64, so it unpacks like Python's tuple.
template <class T, std::size_t N>
auto shape_tuple(const ndarray<T, N>& a) {
    return detail::shape_as_tuple(a.shape(), std::make_index_sequence<N>{});
}

// a.ndim
template <class T, std::size_t N>
constexpr std::int64_t ndim(const ndarray<T, N>&) {
    return static_cast<std::int64_t>(N);
}

namespace detail {

template <std::size_t... I, class A>
auto unpack_items(const A& a, std::index_sequence<I...>) {
    if constexpr (rank_v<A> == 1) return std::make_tuple(a.at(static_cast<std::int64_t>(I))...);
    else return std::make_tuple(a.view(static_cast<std::int64_t>(I))...);
}

}  // namespace detail

// `x, y = a`: the K items along a's first axis (elements of a vector, rows of a matrix), with
// Python's errors when the length is not K.
template <std::size_t K, class X>
auto unpack(const X& x) {
    const auto a = eval(x);
    const std::int64_t n = a.shape()[0];
    if (n > static_cast<std::int64_t>(K)) throw ValueError("too many values to unpack (expected " + std::to_string(K) + ")");
    if (n < static_cast<std::int64_t>(K))
        throw ValueError("not enough values to unpack (expected " + std::to_string(K) + ", got " + std::to_string(n) + ")");
    return detail::unpack_items(a, std::make_index_sequence<K>{});
}

namespace detail {

// The result of reducing a rank-N operand over `axis` (an int or a tuple of ints), with those
// axes put back with length 1 (a view of the reduced array; a scalar result becomes an array of
// one element).
template <std::size_t N, class R, class Axis>
auto keep_reduced_axis(const R& reduced, const Axis& axis) {
    const auto mask = red::axis_mask<N>(axis);
    if constexpr (std::is_arithmetic_v<R>) {
        std::array<std::int64_t, N> ones;
        ones.fill(1);
        auto out = ndarray<R, N>(ones);
        out.data()[0] = reduced;
        return out;
    } else {
        return shp::with_unit_axes(reduced, mask);
    }
}

}  // namespace detail

namespace detail {

// An axis argument as the reductions take it: an int as std::int64_t, a tuple as is.
template <class Axis>
auto axis_argument(const Axis& axis) {
    if constexpr (std::is_integral_v<Axis>) return static_cast<std::int64_t>(axis);
    else return axis;
}

}  // namespace detail

// np.sum(x, axis=k, keepdims=True) and friends; axis an int or a tuple of ints. (The calls are
// qualified: unqualified, py::max/py::min, Python's built-ins, would be found for an int axis.)
#define PY2CPP_KEEPDIMS(name)                                                                               \
    template <class X, class Axis>                                                                          \
    auto name##_keepdims(const X& x, const Axis& axis) {                                                    \
        return detail::keep_reduced_axis<rank_v<X>>(np::name(x, detail::axis_argument(axis)), axis);         \
    }
PY2CPP_KEEPDIMS(sum)
PY2CPP_KEEPDIMS(prod)
PY2CPP_KEEPDIMS(mean)
PY2CPP_KEEPDIMS(max)
PY2CPP_KEEPDIMS(min)
#undef PY2CPP_KEEPDIMS
template <class X, class Axis>
auto std_keepdims(const X& x, const Axis& axis, std::int64_t ddof) {
    return detail::keep_reduced_axis<rank_v<X>>(np::std(x, detail::axis_argument(axis), ddof), axis);
}
template <class X, class Axis>
auto var_keepdims(const X& x, const Axis& axis, std::int64_t ddof) {
    return detail::keep_reduced_axis<rank_v<X>>(np::var(x, detail::axis_argument(axis), ddof), axis);
}

}  // namespace py::np
