// py2cpp runtime: np.tensordot(a, b, axes) and np.kron(a, b), NumPy 1.24's semantics and messages.
//
//   tensordot<R>(a, b, axes)   axes: an int n (a's last n axes against b's first n), or a pair
//                              (std::tuple or py::list) of one axis each (ints) or of axis lists
//                              (py::list or std::tuple of ints); R is the result's rank (0: a
//                              scalar). As NumPy: both operands transposed to (kept, summed) /
//                              (summed, kept) matrices and multiplied with dot (Eigen for floats).
//   kron(a, b)                 the Kronecker product; the operand of smaller rank gets leading
//                              axes of length 1; out[i*sb + j] = a[i] * b[j] along every axis.
// The transpiler has converted both operands to their common dtype and counted the axes (a count
// mismatch never reaches here). Errors as NumPy's: "shape-mismatch for sum" (ValueError), an axis
// out of range "tuple index out of range" (IndexError), a repeated axis "axes don't match array".
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/linalg.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace td {

template <class X>
struct is_std_tuple : std::false_type {};
template <class... X>
struct is_std_tuple<std::tuple<X...>> : std::true_type {};

// One side of the axes pair as a list of axes: an int is one axis.
template <class X>
std::vector<std::int64_t> axis_list(const X& x) {
    if constexpr (std::is_integral_v<X>) {
        return {static_cast<std::int64_t>(x)};
    } else if constexpr (is_std_tuple<X>::value) {
        return std::apply([](const auto&... v) { return std::vector<std::int64_t>{static_cast<std::int64_t>(v)...}; }, x);
    } else {
        std::vector<std::int64_t> out;
        for (const auto& v : x) out.push_back(static_cast<std::int64_t>(v));
        return out;
    }
}

// tensordot's axes argument as (a's axes, b's axes).
template <class Axes>
std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>> axes_pair(const Axes& axes) {
    if constexpr (std::is_integral_v<Axes>) {
        std::vector<std::int64_t> a, b;
        for (std::int64_t k = -static_cast<std::int64_t>(axes); k < 0; ++k) a.push_back(k);
        for (std::int64_t k = 0; k < static_cast<std::int64_t>(axes); ++k) b.push_back(k);
        return {a, b};
    } else if constexpr (is_std_tuple<Axes>::value) {
        static_assert(std::tuple_size_v<Axes> == 2, "py::np::tensordot: axes is a pair");
        return {axis_list(std::get<0>(axes)), axis_list(std::get<1>(axes))};
    } else {  // a py::list of two
        std::vector<std::vector<std::int64_t>> sides;
        for (const auto& side : axes) sides.push_back(axis_list(side));
        if (sides.size() != 2) throw ValueError("too many values to unpack (expected 2)");
        return {sides[0], sides[1]};
    }
}

// The elements of `a` with its axes in the order `perm`, C-contiguous (flat).
template <class T, std::size_t N>
ndarray<T, 1> permuted(const ndarray<T, N>& a, const std::array<std::int64_t, N>& perm) {
    std::array<std::int64_t, N> shape{}, strides{};
    for (std::size_t k = 0; k < N; ++k) {
        shape[k] = a.shape()[static_cast<std::size_t>(perm[k])];
        strides[k] = a.strides()[static_cast<std::size_t>(perm[k])];
    }
    ndarray<T, 1> out(std::array<std::int64_t, 1>{a.size()});
    if (a.size() == 0) return out;
    T* target = out.data();
    std::array<std::int64_t, N> index{};
    std::int64_t offset = 0;
    while (true) {
        *target++ = a.data()[offset];
        std::size_t k = N;
        while (true) {
            if (k == 0) return out;
            --k;
            offset += strides[k];
            if (++index[k] < shape[k]) break;
            offset -= strides[k] * shape[k];
            index[k] = 0;
        }
    }
}

// NumPy's transpose(axes) check, then the permutation: the kept axes in order, then the summed
// ones (summed_first: the summed ones first, for b).
template <std::size_t N>
std::array<std::int64_t, N> permutation(const std::vector<std::int64_t>& summed, bool summed_first) {
    std::vector<std::int64_t> kept;
    for (std::int64_t k = 0; k < static_cast<std::int64_t>(N); ++k)
        if (std::find(summed.begin(), summed.end(), k) == summed.end()) kept.push_back(k);
    std::vector<std::int64_t> order = summed_first ? summed : kept;
    const auto& rest = summed_first ? kept : summed;
    order.insert(order.end(), rest.begin(), rest.end());
    if (order.size() != N) throw ValueError("axes don't match array");
    std::array<std::int64_t, N> perm{};
    std::copy(order.begin(), order.end(), perm.begin());
    return perm;
}

}  // namespace td

template <std::size_t R, class X, class Y, class Axes>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto tensordot(const X& x, const Y& y, const Axes& axes) {
    using T = value_type_t<X>;
    static_assert(std::is_same_v<value_type_t<Y>, T>, "py::np::tensordot: operands must have one element type");
    const auto a = ::py::np::eval(x);
    const auto b = ::py::np::eval(y);
    constexpr std::size_t NA = rank_v<X>, NB = rank_v<Y>;
    auto [axes_a, axes_b] = td::axes_pair(axes);
    if (axes_a.size() != axes_b.size()) throw ValueError("shape-mismatch for sum");
    std::int64_t inner = 1;
    for (std::size_t k = 0; k < axes_a.size(); ++k) {
        auto index = [](std::int64_t axis, std::size_t n) {  // a shape tuple indexed as Python does
            if (axis < -static_cast<std::int64_t>(n) || axis >= static_cast<std::int64_t>(n)) throw IndexError("tuple index out of range");
            return static_cast<std::size_t>(axis < 0 ? axis + static_cast<std::int64_t>(n) : axis);
        };
        const auto ia = index(axes_a[k], NA), ib = index(axes_b[k], NB);
        if (a.shape()[ia] != b.shape()[ib]) throw ValueError("shape-mismatch for sum");
        axes_a[k] = static_cast<std::int64_t>(ia);
        axes_b[k] = static_cast<std::int64_t>(ib);
        inner *= a.shape()[ia];
    }
    const auto perm_a = td::permutation<NA>(axes_a, false);
    const auto perm_b = td::permutation<NB>(axes_b, true);
    std::array<std::int64_t, R> shape{};
    std::int64_t rows = 1, cols = 1;
    std::size_t r = 0;
    for (std::size_t k = 0; k < NA - axes_a.size(); ++k) rows *= (shape[r++] = a.shape()[static_cast<std::size_t>(perm_a[k])]);
    for (std::size_t k = axes_b.size(); k < NB; ++k) cols *= (shape[r++] = b.shape()[static_cast<std::size_t>(perm_b[k])]);
    const auto ea = td::permuted(a, perm_a);
    const auto eb = td::permuted(b, perm_b);
    ndarray<T, 1> product(std::array<std::int64_t, 1>{rows * cols});
    T* p = product.data();
    std::fill(p, p + rows * cols, T{});
    if constexpr (std::is_floating_point_v<T>) {
        using M = la::RowMatrix<T>;
        Eigen::Map<M> out(p, rows, cols);
        if (rows > 0 && cols > 0 && inner > 0)
            out.noalias() = Eigen::Map<const M>(ea.data(), rows, inner) * Eigen::Map<const M>(eb.data(), inner, cols);
    } else {
        for (std::int64_t i = 0; i < rows; ++i)
            for (std::int64_t k = 0; k < inner; ++k) {
                const T v = ea.data()[i * inner + k];
                for (std::int64_t j = 0; j < cols; ++j) p[i * cols + j] = static_cast<T>(p[i * cols + j] + v * eb.data()[k * cols + j]);
            }
    }
    if constexpr (R == 0) {
        return p[0];
    } else {
        return ndarray<T, R>::view_of(product.owner(), p, shape, ::py::detail::c_strides(shape));
    }
}

template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto kron(const X& x, const Y& y) {
    using T = value_type_t<X>;
    static_assert(std::is_same_v<value_type_t<Y>, T>, "py::np::kron: operands must have one element type");
    constexpr std::size_t NA = rank_v<X>, NB = rank_v<Y>, N = NA > NB ? NA : NB;
    const auto a = ::py::np::eval(x);
    const auto b = ::py::np::eval(y);
    // Both shapes and strides padded on the left to rank N.
    std::array<std::int64_t, N> sa{}, sb{}, ta{}, tb{}, shape{};
    for (std::size_t k = 0; k < N; ++k) {
        const bool in_a = k >= N - NA, in_b = k >= N - NB;
        sa[k] = in_a ? a.shape()[k - (N - NA)] : 1;
        ta[k] = in_a ? a.strides()[k - (N - NA)] : 0;
        sb[k] = in_b ? b.shape()[k - (N - NB)] : 1;
        tb[k] = in_b ? b.strides()[k - (N - NB)] : 0;
        shape[k] = sa[k] * sb[k];
    }
    ndarray<T, N> out(shape);
    if (out.size() == 0) return out;
    std::array<std::int64_t, N> index{};
    T* target = out.data();
    while (true) {
        std::int64_t oa = 0, ob = 0;
        for (std::size_t k = 0; k < N; ++k) {
            oa += (index[k] / sb[k]) * ta[k];
            ob += (index[k] % sb[k]) * tb[k];
        }
        *target++ = static_cast<T>(a.data()[oa] * b.data()[ob]);
        std::size_t k = N;
        while (true) {
            if (k == 0) return out;
            --k;
            if (++index[k] < shape[k]) break;
            index[k] = 0;
        }
    }
}

}  // namespace py::np
