// py2cpp runtime: NumPy's advanced indexing with one index array — a boolean mask (`a[a > 0]`,
// `a[mask] = 0`) or an integer array (`a[idx]`, `a[idx] = v`). Unlike basic indexing these make
// copies when read, as in NumPy; stores write into the indexed elements.
//
// Supported forms: a mask of the array's own shape (any rank; the result is 1-D, in C order),
// and an integer index array of any rank into axis 0 (elements of a vector, rows of a matrix).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace detail {

// Calls f(element&) for every element of `a` in C order.
template <class T, std::size_t N, class F>
void for_each_element(const ndarray<T, N>& a, F&& f) {
    std::array<std::int64_t, N> index{};
    const std::int64_t total = a.size();
    for (std::int64_t flat = 0; flat < total; ++flat) {
        std::int64_t offset = 0;
        for (std::size_t k = 0; k < N; ++k) offset += index[k] * a.strides()[k];
        f(a.data()[offset]);
        for (std::size_t k = N; k-- > 0;) {
            if (++index[k] < a.shape()[k]) break;
            index[k] = 0;
        }
    }
}

template <class T, std::size_t N>
void check_mask_shape(const ndarray<T, N>& a, const ndarray<bool, N>& mask) {
    for (std::size_t k = 0; k < N; ++k)
        if (a.shape()[k] != mask.shape()[k])
            throw IndexError("boolean index did not match indexed array along dimension " + std::to_string(k) + "; dimension is " +
                             std::to_string(a.shape()[k]) + " but corresponding boolean dimension is " +
                             std::to_string(mask.shape()[k]));
}

// The mask's true elements, in C order, as pointers into `a` (mask and a have the same shape).
template <class T, std::size_t N>
std::vector<T*> selected(const ndarray<T, N>& a, const ndarray<bool, N>& mask) {
    check_mask_shape(a, mask);
    std::vector<T*> out;
    std::vector<bool> flags;
    for_each_element(mask, [&](bool& m) { flags.push_back(m); });
    std::size_t i = 0;
    for_each_element(a, [&](T& x) {
        if (flags[i++]) out.push_back(&x);
    });
    return out;
}

}  // namespace detail

// a[mask]: the elements where mask is true, as a new 1-D array.
template <class X, class M>
auto masked(const X& x, const M& m) {
    const auto a = eval(x);
    const auto mask = eval(m);
    using T = value_type_t<decltype(a)>;
    const auto picked = detail::selected(a, mask);
    ndarray<T, 1> out(std::array<std::int64_t, 1>{static_cast<std::int64_t>(picked.size())});
    for (std::size_t i = 0; i < picked.size(); ++i) out.at(static_cast<std::int64_t>(i)) = *picked[i];
    return out;
}

// a[mask] = v: v is a scalar, or an array with one value per true element (or a single value).
template <class T, std::size_t N, class M, class V>
void set_masked(const ndarray<T, N>& a, const M& m, const V& v) {
    const auto picked = detail::selected(a, eval(m));
    if constexpr (!is_array_like_v<V>) {
        for (T* p : picked) *p = static_cast<T>(v);
    } else {
        const auto values = eval(v);
        static_assert(rank_v<decltype(values)> == 1, "py::np::set_masked: the values must be a scalar or a 1-D array");
        const std::int64_t n = values.size();
        if (n != 1 && n != static_cast<std::int64_t>(picked.size()))
            throw ValueError("NumPy boolean array indexing assignment cannot assign " + std::to_string(n) + " input values to the " +
                             std::to_string(picked.size()) + " output values where the mask is true");
        for (std::size_t i = 0; i < picked.size(); ++i) *picked[i] = static_cast<T>(values.at(n == 1 ? 0 : static_cast<std::int64_t>(i)));
    }
}

// a[idx] for an integer index array: elements of a vector (the result has idx's shape) or rows of
// a matrix (idx must be 1-D). Indices are checked and may be negative, as in NumPy.
template <class X, class I>
auto take(const X& x, const I& i) {
    const auto a = eval(x);
    const auto idx = eval(i);
    using T = value_type_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    constexpr std::size_t K = rank_v<decltype(idx)>;
    if constexpr (N == 1) {
        ndarray<T, K> out(idx.shape());
        auto dest = out.data();
        detail::for_each_element(idx, [&](const auto& k) {
            *dest++ = a.at(static_cast<std::int64_t>(k));
        });
        return out;
    } else {
        static_assert(K == 1, "py::np::take: rows of a matrix are selected with a 1-D index array");
        std::array<std::int64_t, N> shape = a.shape();
        shape[0] = idx.size();
        ndarray<T, N> out(shape);
        for (std::int64_t r = 0; r < idx.size(); ++r) out.view(r).assign(a.view(static_cast<std::int64_t>(idx.at(r))));
        return out;
    }
}

// a[idx] = v for a vector a and a 1-D integer index array: v is a scalar or one value per index
// (or a single value). Repeated indices keep the last value, as in NumPy.
template <class T, class I, class V>
void set_taken(const ndarray<T, 1>& a, const I& i, const V& v) {
    const auto idx = eval(i);
    static_assert(rank_v<decltype(idx)> == 1, "py::np::set_taken: the index array must be 1-D");
    if constexpr (!is_array_like_v<V>) {
        for (std::int64_t k = 0; k < idx.size(); ++k) a.at(static_cast<std::int64_t>(idx.at(k))) = static_cast<T>(v);
    } else {
        // Element k of v is read just before a[idx[k]] is written, as NumPy 1.24 does: when v is a
        // view of a (a[idx] = a[::-1]) later values see the earlier writes.
        const auto values = eval(v);
        const std::int64_t n = values.size();
        if (n != 1 && n != idx.size())
            throw ValueError("shape mismatch: value array of shape (" + std::to_string(n) +
                             ",) could not be broadcast to indexing result of shape (" + std::to_string(idx.size()) + ",)");
        for (std::int64_t k = 0; k < idx.size(); ++k)
            a.at(static_cast<std::int64_t>(idx.at(k))) = static_cast<T>(values.at(n == 1 ? 0 : k));
    }
}

// A[idx] = v for the rows of a matrix (A[[k, p], :] = A[[p, k], :] swaps two rows, the right side
// being a copy): v is a number, a row, or one row per index (or a single row), broadcast as NumPy
// does. Row k of v is read just before row idx[k] is written, as in NumPy 1.24, so a view of A as
// v sees earlier writes; repeated indices keep the last row.
template <class T, class I, class V>
void set_taken(const ndarray<T, 2>& a, const I& i, const V& v) {
    const auto idx = eval(i);
    static_assert(rank_v<decltype(idx)> == 1, "py::np::set_taken: rows of a matrix are selected with a 1-D index array");
    const std::array<std::int64_t, 2> shape{idx.size(), a.shape(1)};
    if constexpr (is_array_like_v<V>) {
        const auto from = v.shape();
        bool fits = true;
        for (std::size_t j = 0; j < from.size(); ++j)
            fits = fits && (from[j] == 1 || from[j] == shape[j + 2 - from.size()]);
        if (!fits)
            throw ValueError("shape mismatch: value array of shape " + detail::format_shape(from) +
                             " could not be broadcast to indexing result of shape " + detail::format_shape(shape));
    }
    const auto row = [&](std::int64_t k) { return a.view(static_cast<std::int64_t>(idx.at(k))); };
    if constexpr (!is_array_like_v<V>) {
        for (std::int64_t k = 0; k < idx.size(); ++k) row(k).assign(static_cast<T>(v));
    } else {
        const auto values = eval(v);  // an expression is computed once, first (an array is read as it goes)
        for (std::int64_t k = 0; k < idx.size(); ++k) {
            if constexpr (rank_v<decltype(values)> == 1) row(k).assign(values);
            else row(k).assign(values.view(values.shape(0) == 1 ? 0 : k));
        }
    }
}

}  // namespace py::np
