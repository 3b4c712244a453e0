// py2cpp runtime: np.convolve(a, v, mode='full') and np.correlate(a, v, mode='valid') for 1-D
// arrays, NumPy 1.24's algorithm (numpy/core/src/multiarray/multiarraymodule.c, _pyarray_correlate):
// the longer operand slides under the shorter one; 'valid' keeps the full overlaps (length
// max - min + 1), 'same' the length of the longer, centred as NumPy centres it (min/2 on the left),
// 'full' every overlap (n + m - 1). convolve is correlate with v reversed after putting the longer
// operand first; correlate with a shorter first operand computes the swapped one and reverses it.
// The transpiler passes only the exact mode names (a constant) and operands of one dtype. Sums are
// left to right (NumPy uses its dtype's dot, BLAS for floats: equal to rounding). Bools: or of ands.
// Errors: NumPy's "a cannot be empty" / "v cannot be empty" (convolve), "first/second array argument
// cannot be empty" (correlate).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace conv {

// out[k] = sum_j a[k - left + j] * v[j] over the j where a's index is in range, for the output
// length and left padding `mode` gives; a has n >= m = len(v) elements.
template <class T>
ndarray<T, 1> correlate_longer_first(const ndarray<T, 1>& a, const ndarray<T, 1>& v, std::string_view mode, bool reversed_v,
                                     bool reverse_out) {
    const std::int64_t n = a.shape()[0], m = v.shape()[0];
    std::int64_t left = 0, length = n - m + 1;
    if (mode == "same") {
        left = m / 2;
        length = n;
    } else if (mode == "full") {
        left = m - 1;
        length = n + m - 1;
    }
    const std::int64_t sa = a.strides()[0], sv = v.strides()[0];
    ndarray<T, 1> out(std::array<std::int64_t, 1>{length});
    for (std::int64_t k = 0; k < length; ++k) {
        const std::int64_t start = k - left;  // a's index under v[0]
        T sum{};
        for (std::int64_t j = std::max<std::int64_t>(0, -start); j < m && start + j < n; ++j) {
            const T vj = v.data()[(reversed_v ? m - 1 - j : j) * sv];
            sum = static_cast<T>(sum + a.data()[(start + j) * sa] * vj);
        }
        out.data()[reverse_out ? length - 1 - k : k] = sum;
    }
    return out;
}

}  // namespace conv

template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y> && rank_v<X> == 1 && rank_v<Y> == 1)
auto convolve(const X& x, const Y& y, std::string_view mode = "full") {
    static_assert(std::is_same_v<value_type_t<X>, value_type_t<Y>>, "py::np::convolve: operands must have one element type");
    auto a = ::py::np::eval(x);
    auto v = ::py::np::eval(y);
    if (v.shape()[0] > a.shape()[0]) std::swap(a, v);
    if (a.shape()[0] == 0) throw ValueError("a cannot be empty");
    if (v.shape()[0] == 0) throw ValueError("v cannot be empty");
    return conv::correlate_longer_first(a, v, mode, true, false);
}

template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y> && rank_v<X> == 1 && rank_v<Y> == 1)
auto correlate(const X& x, const Y& y, std::string_view mode = "valid") {
    static_assert(std::is_same_v<value_type_t<X>, value_type_t<Y>>, "py::np::correlate: operands must have one element type");
    const auto a = ::py::np::eval(x);
    const auto v = ::py::np::eval(y);
    if (a.shape()[0] == 0) throw ValueError("first array argument cannot be empty");
    if (v.shape()[0] == 0) throw ValueError("second array argument cannot be empty");
    if (a.shape()[0] < v.shape()[0]) return conv::correlate_longer_first(v, a, mode, false, true);
    return conv::correlate_longer_first(a, v, mode, false, false);
}

}  // namespace py::np
