// py2cpp runtime: NumPy's shape manipulation — reshape, ravel, flatten, concatenate, stack,
// hstack, vstack.
//
// reshape/ravel return a view sharing the elements when the input is C-contiguous and a copy
// otherwise, as NumPy does (NumPy also finds views for a few non-contiguous layouts; only writes
// through the result could tell the difference). The joining functions take the arrays as a
// std::tuple of arrays or lazy nodes of one element type (the emitter has cast them to NumPy's
// common dtype) and copy them into a new C-contiguous array with the core's assign().
// Ranks are static in C++: joining arrays of different ranks where NumPy would raise
// "all the input arrays must have same number of dimensions" is rejected at compile time.
// Error messages are NumPy 1.24's.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/reductions.hpp"

namespace py::np {

namespace shp {

template <class A>
using elem_t = std::remove_const_t<std::remove_pointer_t<decltype(std::declval<const A&>().data())>>;

// A shape argument: one int (rank 1) or a tuple of ints.
inline std::array<std::int64_t, 1> to_shape(std::int64_t n) { return {n}; }
template <class... I>
std::array<std::int64_t, sizeof...(I)> to_shape(const std::tuple<I...>& t) {
    return std::apply([](auto... d) { return std::array<std::int64_t, sizeof...(I)>{static_cast<std::int64_t>(d)...}; }, t);
}
template <std::size_t M>
std::array<std::int64_t, M> to_shape(const std::array<std::int64_t, M>& s) {
    return s;
}

// NumPy's text for a requested shape in reshape errors: unknown (negative) dimensions read "newaxis".
template <std::size_t M>
std::string requested_shape_text(const std::array<std::int64_t, M>& shape) {
    std::string s = "(";
    for (std::size_t k = 0; k < M; ++k) {
        if (k > 0) s += ',';
        s += shape[k] < 0 ? std::string("newaxis") : std::to_string(shape[k]);
    }
    if (M == 1) s += ',';
    return s + ")";
}

// Replaces the one unknown (negative) dimension by what the size implies, or raises as NumPy.
template <std::size_t M>
std::array<std::int64_t, M> resolve_shape(std::array<std::int64_t, M> shape, std::int64_t size) {
    std::int64_t known = 1;
    int unknown = -1;
    for (std::size_t k = 0; k < M; ++k) {
        if (shape[k] >= 0) {
            known *= shape[k];
        } else {
            if (unknown >= 0) throw ValueError("can only specify one unknown dimension");
            unknown = static_cast<int>(k);
        }
    }
    const bool fits = unknown >= 0 ? known != 0 && size % known == 0 : known == size;
    if (!fits)
        throw ValueError("cannot reshape array of size " + std::to_string(size) + " into shape " +
                         requested_shape_text(shape));
    if (unknown >= 0) shape[static_cast<std::size_t>(unknown)] = size / known;
    return shape;
}

template <std::size_t M>
std::array<std::int64_t, M> c_strides(const std::array<std::int64_t, M>& shape) {
    std::array<std::int64_t, M> strides{};
    std::int64_t step = 1;
    for (std::size_t k = M; k-- > 0;) {
        strides[k] = step;
        step *= shape[k];
    }
    return strides;
}

// The elements of `a` (C order) under a new shape of the same size: a view when possible.
template <class A, std::size_t M>
ndarray<elem_t<A>, M> with_shape(const A& a, const std::array<std::int64_t, M>& shape) {
    const A base = a.is_c_contiguous() ? a : a.copy();
    return ndarray<elem_t<A>, M>::view_of(base.owner(), base.data(), shape, c_strides(shape));
}

[[noreturn, gnu::cold]] inline void raise_dimension_mismatch(std::size_t dim, std::size_t first, std::int64_t a,
                                                             std::size_t index, std::int64_t b) {
    throw ValueError(
        "all the input array dimensions except for the concatenation axis must match exactly, but along dimension " +
        std::to_string(dim) + ", the array at index " + std::to_string(first) + " has size " + std::to_string(a) +
        " and the array at index " + std::to_string(index) + " has size " + std::to_string(b));
}

// The tuple's elements evaluated to arrays, in a std::array (they must share type and rank).
template <class... X>
auto evaluate_all(const std::tuple<X...>& arrays) {
    static_assert(sizeof...(X) > 0, "need at least one array to concatenate");
    return std::apply([](const auto&... x) { return std::array{::py::np::eval(x)...}; }, arrays);
}

// A 1-D array as a (1, n) view, a 2-D one as itself (np.atleast_2d).
template <class A>
auto at_least_2d(const A& a) {
    if constexpr (rank_v<A> == 1) {
        return ndarray<elem_t<A>, 2>::view_of(a.owner(), a.data(), {1, a.shape()[0]}, {a.shape()[0] * a.strides()[0], a.strides()[0]});
    } else {
        return a;
    }
}

// The part of `out` that receives the array joined at offset `start` along `axis` (N <= 2).
template <class T, std::size_t N>
ndarray<T, N> block(const ndarray<T, N>& out, std::size_t axis, std::int64_t start, std::int64_t length) {
    const slice s{.start = start, .stop = start + length, .step = std::nullopt};
    if constexpr (N == 1) {
        return out.view(s);
    } else {
        static_assert(N == 2, "py::np joining functions support ranks 1 and 2");
        return axis == 0 ? out.view(s) : out.view(::py::all, s);
    }
}

// np.concatenate of arrays that all have the same rank.
template <class T, std::size_t N, std::size_t K>
ndarray<T, N> join(const std::array<ndarray<T, N>, K>& arrays, std::int64_t axis_arg) {
    const std::size_t axis = static_cast<std::size_t>(red::normalize_axis(axis_arg, static_cast<int>(N)));
    std::array<std::int64_t, N> shape = arrays[0].shape();
    shape[axis] = 0;
    for (std::size_t i = 0; i < K; ++i) {
        for (std::size_t d = 0; d < N; ++d)
            if (d != axis && arrays[i].shape()[d] != arrays[0].shape()[d])
                raise_dimension_mismatch(d, 0, arrays[0].shape()[d], i, arrays[i].shape()[d]);
        shape[axis] += arrays[i].shape()[axis];
    }
    ndarray<T, N> out(shape);
    std::int64_t start = 0;
    for (const auto& a : arrays) {
        block(out, axis, start, a.shape()[axis]).assign(a);
        start += a.shape()[axis];
    }
    return out;
}

}  // namespace shp

// np.reshape(a, shape) / a.reshape(shape): shape is an int or a tuple of ints, one may be -1.
template <class X, class S>
    requires is_array_like_v<X>
auto reshape(const X& x, const S& shape) {
    const auto a = ::py::np::eval(x);
    return shp::with_shape(a, shp::resolve_shape(shp::to_shape(shape), a.size()));
}

// np.ravel(a): 1-D, a view when a is C-contiguous.
template <class X>
    requires is_array_like_v<X>
auto ravel(const X& x) {
    const auto a = ::py::np::eval(x);
    return shp::with_shape(a, std::array<std::int64_t, 1>{a.size()});
}

// a.flatten(): always a new 1-D array.
template <class X>
    requires is_array_like_v<X>
auto flatten(const X& x) {
    const auto a = ::py::np::eval(x).copy();
    return shp::with_shape(a, std::array<std::int64_t, 1>{a.size()});
}

// np.concatenate((a, b, ...), axis=0).
template <class... X>
auto concatenate(const std::tuple<X...>& arrays, std::int64_t axis = 0) {
    return shp::join(shp::evaluate_all(arrays), axis);
}

// np.hstack: 1-D arrays are joined end to end, otherwise along axis 1.
template <class... X>
auto hstack(const std::tuple<X...>& arrays) {
    const auto evaluated = shp::evaluate_all(arrays);
    return shp::join(evaluated, rank_v<typename decltype(evaluated)::value_type> == 1 ? 0 : 1);
}

// np.vstack: 1-D arrays become rows; everything is joined along axis 0 into a matrix.
template <class... X>
auto vstack(const std::tuple<X...>& arrays) {
    return shp::join(std::apply([](const auto&... x) { return std::array{shp::at_least_2d(::py::np::eval(x))...}; }, arrays),
                     0);
}

// np.stack((a, b, ...), axis=0): same-shaped arrays joined along a new axis.
template <class... X>
auto stack(const std::tuple<X...>& arrays, std::int64_t axis_arg = 0) {
    const auto evaluated = shp::evaluate_all(arrays);
    using A = typename decltype(evaluated)::value_type;
    constexpr std::size_t N = rank_v<A>;
    static_assert(N <= 2, "py::np::stack supports arrays of rank 1 and 2");
    const std::size_t axis = static_cast<std::size_t>(red::normalize_axis(axis_arg, static_cast<int>(N + 1)));
    for (const auto& a : evaluated)
        if (a.shape() != evaluated[0].shape()) throw ValueError("all input arrays must have the same shape");
    std::array<std::int64_t, N + 1> shape{};
    for (std::size_t d = 0, k = 0; d <= N; ++d) shape[d] = d == axis ? std::int64_t(evaluated.size()) : evaluated[0].shape()[k++];
    ndarray<shp::elem_t<A>, N + 1> out(shape);
    for (std::size_t i = 0; i < evaluated.size(); ++i) {
        const auto index = static_cast<std::int64_t>(i);
        if (axis == 0) out.view(index).assign(evaluated[i]);
        else if constexpr (N >= 1) {
            if (axis == 1) out.view(::py::all, index).assign(evaluated[i]);
            else if constexpr (N >= 2) out.view(::py::all, ::py::all, index).assign(evaluated[i]);
        }
    }
    return out;
}

}  // namespace py::np
