// py2cpp runtime: NumPy's shape manipulation — reshape, ravel, flatten, concatenate, stack,
// hstack, vstack, and the views that reorder, add or drop axes: transpose(axes), swapaxes,
// moveaxis, expand_dims, squeeze(axis).
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
#include "py2cpp/tuple_apply.hpp"

namespace py::np {

namespace shp {

template <class A>
using elem_t = std::remove_const_t<std::remove_pointer_t<decltype(std::declval<const A&>().data())>>;

// A shape argument: one int (rank 1) or a tuple of ints.
inline std::array<std::int64_t, 1> to_shape(std::int64_t n) { return {n}; }
template <class... I>
std::array<std::int64_t, sizeof...(I)> to_shape(const std::tuple<I...>& t) {
    return py::detail::apply_tuple([](auto... d) { return std::array<std::int64_t, sizeof...(I)>{static_cast<std::int64_t>(d)...}; }, t);
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
    return py::detail::apply_tuple([](const auto&... x) { return std::array{::py::np::eval(x)...}; }, arrays);
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

// The part of `out` that receives the array joined at offset `start` along `axis`.
template <class T, std::size_t N>
ndarray<T, N> block(const ndarray<T, N>& out, std::size_t axis, std::int64_t start, std::int64_t length) {
    auto shape = out.shape();
    shape[axis] = length;
    T* data = out.size() == 0 ? out.data() : out.data() + start * out.strides()[axis];
    return ndarray<T, N>::view_of(out.owner(), data, shape, out.strides());
}

// out[..., index, ...] with `index` on `axis`: the rank N-1 view a stacked array is written to.
template <class T, std::size_t N>
ndarray<T, N - 1> slot(const ndarray<T, N>& out, std::size_t axis, std::int64_t index) {
    std::array<std::int64_t, N - 1> shape{}, strides{};
    for (std::size_t d = 0, k = 0; d < N; ++d) {
        if (d == axis) continue;
        shape[k] = out.shape()[d];
        strides[k++] = out.strides()[d];
    }
    T* data = out.size() == 0 ? out.data() : out.data() + index * out.strides()[axis];
    return ndarray<T, N - 1>::view_of(out.owner(), data, shape, strides);
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

// np.vstack: 1-D arrays become rows; everything is joined along axis 0 (rank max(2, rank)).
template <class... X>
auto vstack(const std::tuple<X...>& arrays) {
    return shp::join(py::detail::apply_tuple([](const auto&... x) { return std::array{shp::at_least_2d(::py::np::eval(x))...}; }, arrays),
                     0);
}

// np.stack((a, b, ...), axis=0): same-shaped arrays joined along a new axis.
template <class... X>
auto stack(const std::tuple<X...>& arrays, std::int64_t axis_arg = 0) {
    const auto evaluated = shp::evaluate_all(arrays);
    using A = typename decltype(evaluated)::value_type;
    constexpr std::size_t N = rank_v<A>;
    const std::size_t axis = static_cast<std::size_t>(red::normalize_axis(axis_arg, static_cast<int>(N + 1)));
    for (const auto& a : evaluated)
        if (a.shape() != evaluated[0].shape()) throw ValueError("all input arrays must have the same shape");
    std::array<std::int64_t, N + 1> shape{};
    for (std::size_t d = 0, k = 0; d <= N; ++d) shape[d] = d == axis ? std::int64_t(evaluated.size()) : evaluated[0].shape()[k++];
    ndarray<shp::elem_t<A>, N + 1> out(shape);
    for (std::size_t i = 0; i < evaluated.size(); ++i) shp::slot(out, axis, static_cast<std::int64_t>(i)).assign(evaluated[i]);
    return out;
}


// ---- axis views ---------------------------------------------------------------------------------
// These return views sharing the elements, as NumPy's do. Axes are normalised as NumPy does
// (negative counts from the end; out of range is numpy.AxisError).

namespace shp {

// The ints of an axis argument: one int, or a tuple of ints.
inline std::array<std::int64_t, 1> axis_list(std::int64_t axis) { return {axis}; }
template <class... I>
std::array<std::int64_t, sizeof...(I)> axis_list(const std::tuple<I...>& axes) {
    return to_shape(axes);
}

// An axis of an array of rank `ndim`, normalised; NumPy's AxisError names the argument (`prefix`,
// "axis1: ") where NumPy's does.
inline std::size_t normalize_axis(std::int64_t axis, int ndim, const char* prefix) {
    if (axis < -ndim || axis >= ndim)
        throw AxisError(std::string(prefix) + "axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                        std::to_string(ndim));
    return static_cast<std::size_t>(axis < 0 ? axis + ndim : axis);
}

// Normalised, duplicate-free axes of an array of rank `ndim`; `repeated` is NumPy's message.
template <std::size_t K>
std::array<std::size_t, K> normalize_axes(const std::array<std::int64_t, K>& axes, int ndim, const char* repeated,
                                          const char* prefix = "") {
    std::array<std::size_t, K> out{};
    for (std::size_t i = 0; i < K; ++i) {
        out[i] = normalize_axis(axes[i], ndim, prefix);
        for (std::size_t j = 0; j < i; ++j)
            if (out[j] == out[i]) throw ValueError(repeated);
    }
    return out;
}

// a viewed with axes of length 1 inserted where `added` is true (M = rank(a) + the added count):
// np.expand_dims, and a keepdims reduction's result.
template <std::size_t M, class A>
ndarray<elem_t<A>, M> with_unit_axes(const A& a, const std::array<bool, M>& added) {
    std::array<std::int64_t, M> shape{}, strides{};
    for (std::size_t k = 0, j = 0; k < M; ++k) {
        if (added[k]) {
            shape[k] = 1;
            strides[k] = 0;
        } else {
            shape[k] = a.shape()[j];
            strides[k] = a.strides()[j++];
        }
    }
    return ndarray<elem_t<A>, M>::view_of(a.owner(), a.data(), shape, strides);
}

template <class A, std::size_t N>
ndarray<elem_t<A>, N> permuted(const A& a, const std::array<std::size_t, N>& order) {
    std::array<std::int64_t, N> shape{}, strides{};
    for (std::size_t k = 0; k < N; ++k) {
        shape[k] = a.shape()[order[k]];
        strides[k] = a.strides()[order[k]];
    }
    return ndarray<elem_t<A>, N>::view_of(a.owner(), a.data(), shape, strides);
}

}  // namespace shp

// np.transpose(a, axes) / a.transpose(*axes): axis k of the result is axis axes[k] of a.
template <class X, class Axes>
    requires is_array_like_v<X>
auto transpose(const X& x, const Axes& axes_arg) {
    const auto a = ::py::np::eval(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    const auto axes = shp::axis_list(axes_arg);
    if constexpr (axes.size() != N) {
        throw ValueError("axes don't match array");
        return a;
    } else {
        return shp::permuted(a, shp::normalize_axes(axes, static_cast<int>(N), "repeated axis in transpose"));
    }
}

// np.swapaxes(a, axis1, axis2).
template <class X>
    requires is_array_like_v<X>
auto swapaxes(const X& x, std::int64_t axis1, std::int64_t axis2) {
    const auto a = ::py::np::eval(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    std::array<std::size_t, N> order{};
    for (std::size_t k = 0; k < N; ++k) order[k] = k;
    const std::size_t first = shp::normalize_axis(axis1, static_cast<int>(N), "axis1: ");
    const std::size_t second = shp::normalize_axis(axis2, static_cast<int>(N), "axis2: ");
    std::swap(order[first], order[second]);
    return shp::permuted(a, order);
}

// np.moveaxis(a, source, destination): the source axes moved to the destination positions, the
// others keeping their order.
template <class X, class S, class D>
    requires is_array_like_v<X>
auto moveaxis(const X& x, const S& source_arg, const D& destination_arg) {
    const auto a = ::py::np::eval(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    const auto source = shp::axis_list(source_arg);
    const auto destination = shp::axis_list(destination_arg);
    if constexpr (source.size() != destination.size()) {
        throw ValueError("`source` and `destination` arguments must have the same number of elements");
        return a;
    } else {
        const auto src = shp::normalize_axes(source, static_cast<int>(N), "repeated axis in `source` argument", "source: ");
        const auto dst =
            shp::normalize_axes(destination, static_cast<int>(N), "repeated axis in `destination` argument", "destination: ");
        std::array<std::size_t, N> order{};
        std::array<bool, N> placed{}, moved{};
        for (std::size_t i = 0; i < src.size(); ++i) {
            order[dst[i]] = src[i];
            placed[dst[i]] = true;
            moved[src[i]] = true;
        }
        for (std::size_t k = 0, next = 0; k < N; ++k) {
            if (moved[k]) continue;
            while (placed[next]) ++next;
            order[next] = k;
            placed[next] = true;
        }
        return shp::permuted(a, order);
    }
}

// np.expand_dims(a, axis): new axes of length 1 at the given positions of the result.
template <class X, class Axes>
    requires is_array_like_v<X>
auto expand_dims(const X& x, const Axes& axes_arg) {
    const auto a = ::py::np::eval(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    const auto axes = shp::axis_list(axes_arg);
    constexpr std::size_t M = N + axes.size();
    const auto where = shp::normalize_axes(axes, static_cast<int>(M), "repeated axis");
    std::array<bool, M> added{};
    for (std::size_t k : where) added[k] = true;
    return shp::with_unit_axes(a, added);
}

// np.squeeze(a, axis) / a.squeeze(axis): the given axes, each of length 1, removed. (Without
// `axis` the result's rank depends on the run-time shape; the transpiler asks for the axes.)
template <class X, class Axes>
    requires is_array_like_v<X>
auto squeeze(const X& x, const Axes& axes_arg) {
    const auto a = ::py::np::eval(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    const auto axes = shp::axis_list(axes_arg);
    static_assert(axes.size() <= N, "py::np::squeeze: more axes than the array has (the transpiler refuses this)");
    constexpr std::size_t M = N - axes.size();
    const auto where = shp::normalize_axes(axes, static_cast<int>(N), "duplicate value in 'axis'");
    std::array<bool, N> removed{};
    for (std::size_t k : where) {
        if (a.shape()[k] != 1) throw ValueError("cannot select an axis to squeeze out which has size not equal to one");
        removed[k] = true;
    }
    if constexpr (M == 0) {
        return *a.data();  // every axis removed: the one element (a NumPy 0-d array, a scalar here)
    } else {
        std::array<std::int64_t, M> shape{}, strides{};
        for (std::size_t k = 0, j = 0; k < N; ++k) {
            if (removed[k]) continue;
            shape[j] = a.shape()[k];
            strides[j++] = a.strides()[k];
        }
        return ndarray<shp::elem_t<decltype(a)>, M>::view_of(a.owner(), a.data(), shape, strides);
    }
}

}  // namespace py::np
