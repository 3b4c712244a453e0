// py2cpp runtime: NumPy reductions (sum, prod, mean, min, max, argmin, argmax, std, var, cumsum,
// cumprod, any, all, count_nonzero) over whole arrays and along one axis.
//
// Programs are checked by comparing their output with NumPy's, so floating-point sums must be
// bit-identical to NumPy's, which means reproducing its summation order exactly:
//  * NumPy's add.reduce feeds the inner loop chunks of at most NPY_BUFSIZE (8192) elements of the
//    array walked in memory ("K") order; each chunk is summed with pairwise summation
//    (numpy/core/src/umath/loops_utils.h.src) and the chunk sums are added in order to an
//    accumulator that starts at 0.
//  * Along one axis of a 2-D array: if the reduced axis is the one with the smaller stride (the
//    contiguous one for C order), each output element is such a chunked pairwise sum of its line;
//    otherwise NumPy adds whole rows element-wise, i.e. each output is a sequential sum.
//  * mean = sum / n, var = sum(|x - mean|**2) / (n - ddof), std = sqrt(var), following
//    numpy/core/_methods.py operation by operation (bool and integer inputs are summed as double).
// Other reductions (prod, cumsum, min, ...) are sequential in NumPy too, so the order used here is
// NumPy's order and products match as well.
//
// Result types follow NumPy on a 64-bit Linux: sums/products of bool and integers are int64;
// float32 stays float32 (mean/var/std too), everything else is double. Arrays of rank 1 and 2 are
// supported (reductions with `axis` on rank 1 return a scalar, as NumPy's 0-d result converts).
// The axis argument may be py::None (whole array), as the emitter passes `axis=None` through.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"

namespace py {

#ifndef PY2CPP_HAS_AXIS_ERROR
#define PY2CPP_HAS_AXIS_ERROR
// numpy.AxisError (a ValueError, and an IndexError in NumPy too; C++ allows one base here, and
// ValueError is what user code catches). Named as Python's traceback names it.
class AxisError : public ValueError {
public:
    AxisError() = default;
    explicit AxisError(const std::string& message) : ValueError(message) {}
    const char* type_name() const noexcept override { return "numpy.AxisError"; }
};
#endif

namespace np {

namespace red {

// Result of sum/prod/cumsum: bool and integers accumulate in int64 (NumPy's default int).
template <class T>
using sum_t = std::conditional_t<std::is_floating_point_v<T>, T, std::int64_t>;
// Result of mean/var/std: float32 stays float32, everything else is float64.
template <class T>
using mean_t = std::conditional_t<std::is_same_v<T, float>, float, double>;

// The array an argument evaluates to (an ndarray handle, or a lazy node evaluated once).
template <class X>
auto materialise(const X& x) {
    return ::py::np::eval(x);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_axis_error(std::int64_t axis, int ndim) {
    throw AxisError("axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                    std::to_string(ndim));
}

inline int normalize_axis(std::int64_t axis, int ndim) {
    if (axis < -ndim || axis >= ndim) raise_axis_error(axis, ndim);
    return static_cast<int>(axis < 0 ? axis + ndim : axis);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_empty(const char* op) {
    throw ValueError(std::string("zero-size array to reduction operation ") + op + " which has no identity");
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_empty_arg(const char* op) {
    throw ValueError(std::string("attempt to get ") + op + " of an empty sequence");
}

// NPY_BUFSIZE: the chunk size NumPy's reduction iterator hands to the inner loop.
inline constexpr std::int64_t kBufferSize = 8192;
// PW_BLOCKSIZE of numpy's pairwise summation.
inline constexpr std::int64_t kPairwiseBlock = 128;

// numpy's @TYPE@_pairwise_sum, operation for operation (the order of the additions is the
// point; -ffp-contract=off keeps the compiler from fusing them).
template <class Acc, class T>
Acc pairwise_sum(const T* a, std::int64_t n, std::int64_t stride) {
    if (n < 8) {
        Acc res = 0;
        for (std::int64_t i = 0; i < n; ++i) res += static_cast<Acc>(a[i * stride]);
        return res;
    }
    if (n <= kPairwiseBlock) {
        Acc r[8];
        for (int j = 0; j < 8; ++j) r[j] = static_cast<Acc>(a[j * stride]);
        std::int64_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; ++j) r[j] += static_cast<Acc>(a[(i + j) * stride]);
        Acc res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += static_cast<Acc>(a[i * stride]);
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum<Acc>(a, n2, stride) + pairwise_sum<Acc>(a + n2 * stride, n - n2, stride);
}

// A set of equally long, equally strided lines: `count` lines starting `outer` elements apart,
// each of `n` elements `stride` apart. Every rank-1/2 traversal below is one of these.
template <class T>
struct Lines {
    const T* data;
    std::int64_t count, outer, n, stride;
};

// The elements of `a` in NumPy's iteration order for a full reduction: axes sorted by decreasing
// |stride| (C order on ties), then merged into one line where the memory layout allows.
template <class A>
auto k_order_lines(const A& a) {
    using T = std::remove_const_t<std::remove_pointer_t<decltype(a.data())>>;
    constexpr int N = rank_v<A>;
    static_assert(N == 1 || N == 2, "py::np reductions support arrays of rank 1 and 2");
    if constexpr (N == 1) {
        return Lines<T>{a.data(), 1, 0, a.shape()[0], a.strides()[0]};
    } else {
        std::int64_t n0 = a.shape()[0], n1 = a.shape()[1], s0 = a.strides()[0], s1 = a.strides()[1];
        if (std::abs(s0) < std::abs(s1)) {
            std::swap(n0, n1);
            std::swap(s0, s1);
        }
        if (n0 == 1) return Lines<T>{a.data(), 1, 0, n1, s1};
        if (n1 == 1) return Lines<T>{a.data(), 1, 0, n0, s0};
        if (s0 == n1 * s1) return Lines<T>{a.data(), 1, 0, n0 * n1, s1};
        return Lines<T>{a.data(), n0, s0, n1, s1};
    }
}

// NumPy's full add.reduce: 0 + pairwise(chunk 1) + pairwise(chunk 2) + ..., chunks of 8192
// elements in iteration order (copied through a buffer when they span lines or need a cast).
template <class Acc, class T>
Acc chunked_sum(const Lines<T>& l) {
    Acc total = 0;
    if (l.count == 1 && std::is_same_v<Acc, T>) {
        for (std::int64_t off = 0; off < l.n; off += kBufferSize)
            total += pairwise_sum<Acc>(l.data + off * l.stride, std::min(kBufferSize, l.n - off), l.stride);
        return total;
    }
    std::vector<Acc> buffer(static_cast<std::size_t>(std::min(kBufferSize, l.count * l.n)));
    std::int64_t filled = 0;
    for (std::int64_t i = 0; i < l.count; ++i) {
        const T* p = l.data + i * l.outer;
        for (std::int64_t j = 0; j < l.n; ++j) {
            buffer[static_cast<std::size_t>(filled++)] = static_cast<Acc>(p[j * l.stride]);
            if (filled == kBufferSize) {
                total += pairwise_sum<Acc>(buffer.data(), filled, 1);
                filled = 0;
            }
        }
    }
    if (filled > 0) total += pairwise_sum<Acc>(buffer.data(), filled, 1);
    return total;
}

// Calls f(x) for each element in iteration order.
template <class T, class F>
void for_each(const Lines<T>& l, F&& f) {
    for (std::int64_t i = 0; i < l.count; ++i) {
        const T* p = l.data + i * l.outer;
        for (std::int64_t j = 0; j < l.n; ++j) f(p[j * l.stride]);
    }
}

// NumPy's minimum/maximum step: NaN in the accumulator or the new element wins.
template <class T>
void min_step(T& acc, T x) {
    if constexpr (std::is_floating_point_v<T>) {
        if (!(acc <= x || std::isnan(acc))) acc = x;
    } else {
        if (x < acc) acc = x;
    }
}
template <class T>
void max_step(T& acc, T x) {
    if constexpr (std::is_floating_point_v<T>) {
        if (!(acc >= x || std::isnan(acc))) acc = x;
    } else {
        if (x > acc) acc = x;
    }
}

// One line reduced by op (applied from the first element on); used along an axis.
template <class T>
struct Line {
    const T* data;
    std::int64_t n, stride;
    T operator[](std::int64_t i) const { return data[i * stride]; }
};

// Reduces a rank-2 array along `axis` (already normalised): out[j] = line_op(line j).
template <class R, class A, class LineOp>
auto reduce_lines(const A& a, int axis, LineOp line_op) {
    const int other = 1 - axis;
    ndarray<R, 1> out(std::array<std::int64_t, 1>{a.shape()[other]});
    R* o = out.data();
    for (std::int64_t j = 0; j < a.shape()[other]; ++j) {
        using T = std::remove_const_t<std::remove_pointer_t<decltype(a.data())>>;
        o[j] = line_op(Line<T>{a.data() + j * a.strides()[other], a.shape()[axis], a.strides()[axis]});
    }
    return out;
}

// Sum of one line along an axis in NumPy's order: chunked pairwise when the line is the inner
// loop of NumPy's iteration (reduced axis has the smaller stride, or the array is one line),
// sequential otherwise (NumPy adds row after row element-wise).
template <class Acc, class A>
ndarray<Acc, 1> sum_axis(const A& a, int axis) {
    const int other = 1 - axis;
    const bool inner = a.shape()[other] == 1 || std::abs(a.strides()[axis]) < std::abs(a.strides()[other]) ||
                       (axis == 1 && std::abs(a.strides()[0]) == std::abs(a.strides()[1]));
    return reduce_lines<Acc>(a, axis, [inner](const auto& line) {
        using T = std::remove_const_t<std::remove_pointer_t<decltype(line.data)>>;
        if (inner) return chunked_sum<Acc>(Lines<T>{line.data, 1, 0, line.n, line.stride});
        Acc total = 0;
        for (std::int64_t i = 0; i < line.n; ++i) total += static_cast<Acc>(line[i]);
        return total;
    });
}

// Element-wise (x - mean)**2 of a line set, into a buffer in the same order (var's `x`).
template <class Acc, class T>
std::vector<Acc> squared_deviations(const Lines<T>& l, Acc mean) {
    std::vector<Acc> x;
    x.reserve(static_cast<std::size_t>(l.count * l.n));
    for_each(l, [&](T v) {
        const Acc d = static_cast<Acc>(v) - mean;
        x.push_back(d * d);
    });
    return x;
}

// n / divisor as NumPy divides a float32 or float64 sum by an integer count.
template <class Acc>
Acc divide_count(Acc total, std::int64_t count) {
    return static_cast<Acc>(static_cast<double>(total) / static_cast<double>(count));
}

template <class A>
using elem_t = std::remove_const_t<std::remove_pointer_t<decltype(std::declval<const A&>().data())>>;

}  // namespace red

// ---- sum -------------------------------------------------------------------------------------

// np.sum(x): whole array.
template <class X>
    requires is_array_like_v<X>
auto sum(const X& x) {
    const auto a = red::materialise(x);
    using T = red::elem_t<decltype(a)>;
    using R = red::sum_t<T>;
    const auto lines = red::k_order_lines(a);
    if constexpr (std::is_floating_point_v<T>) {
        return red::chunked_sum<R>(lines);
    } else {
        R total = 0;
        red::for_each(lines, [&](T v) { total += static_cast<R>(v); });
        return total;
    }
}

template <class X>
    requires is_array_like_v<X>
auto sum(const X& x, NoneType) {
    return np::sum(x);
}

// np.sum(x, axis=k): rank N-1 (a scalar for rank 1).
template <class X>
    requires is_array_like_v<X>
auto sum(const X& x, std::int64_t axis) {
    const auto a = red::materialise(x);
    using R = red::sum_t<red::elem_t<decltype(a)>>;
    const int k = red::normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        (void)k;
        return np::sum(a);
    } else {
        return red::sum_axis<R>(a, k);
    }
}

// ---- prod ------------------------------------------------------------------------------------

template <class X>
    requires is_array_like_v<X>
auto prod(const X& x) {
    const auto a = red::materialise(x);
    using T = red::elem_t<decltype(a)>;
    red::sum_t<T> total = 1;
    red::for_each(red::k_order_lines(a), [&](T v) { total *= static_cast<red::sum_t<T>>(v); });
    return total;
}

template <class X>
    requires is_array_like_v<X>
auto prod(const X& x, NoneType) {
    return np::prod(x);
}

template <class X>
    requires is_array_like_v<X>
auto prod(const X& x, std::int64_t axis) {
    const auto a = red::materialise(x);
    using R = red::sum_t<red::elem_t<decltype(a)>>;
    const int k = red::normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        (void)k;
        return np::prod(a);
    } else {
        return red::reduce_lines<R>(a, k, [](const auto& line) {
            R total = 1;
            for (std::int64_t i = 0; i < line.n; ++i) total *= static_cast<R>(line[i]);
            return total;
        });
    }
}

// ---- mean, var, std --------------------------------------------------------------------------

// np.mean(x): sum (as float64 for bool/int input) divided by the element count; nan when empty.
template <class X>
    requires is_array_like_v<X>
auto mean(const X& x) {
    const auto a = red::materialise(x);
    using R = red::mean_t<red::elem_t<decltype(a)>>;
    return red::divide_count<R>(red::chunked_sum<R>(red::k_order_lines(a)), a.size());
}

template <class X>
    requires is_array_like_v<X>
auto mean(const X& x, NoneType) {
    return np::mean(x);
}

template <class X>
    requires is_array_like_v<X>
auto mean(const X& x, std::int64_t axis) {
    const auto a = red::materialise(x);
    using R = red::mean_t<red::elem_t<decltype(a)>>;
    const int k = red::normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        return np::mean(a);
    } else {
        auto out = red::sum_axis<R>(a, k);
        const std::int64_t count = a.shape()[k];
        for (std::int64_t j = 0; j < out.shape()[0]; ++j) out.data()[j] = red::divide_count<R>(out.data()[j], count);
        return out;
    }
}

// np.var(x, ddof=ddof): _methods._var on the whole array.
template <class X>
    requires is_array_like_v<X>
auto var(const X& x, NoneType, std::int64_t ddof) {
    const auto a = red::materialise(x);
    using R = red::mean_t<red::elem_t<decltype(a)>>;
    const auto lines = red::k_order_lines(a);
    const R m = red::divide_count<R>(red::chunked_sum<R>(lines), a.size());
    const std::vector<R> dev = red::squared_deviations(lines, m);
    const R total = red::chunked_sum<R>(red::Lines<R>{dev.data(), 1, 0, static_cast<std::int64_t>(dev.size()), 1});
    return red::divide_count<R>(total, std::max<std::int64_t>(a.size() - ddof, 0));
}

template <class X>
    requires is_array_like_v<X>
auto var(const X& x) {
    return np::var(x, None, 0);
}

template <class X>
    requires is_array_like_v<X>
auto var(const X& x, NoneType) {
    return np::var(x, None, 0);
}

// np.var(x, axis=k, ddof=ddof): the squared deviations form an array laid out like NumPy's
// temporary, so the second sum follows the same per-axis order rules as sum(axis).
template <class X>
    requires is_array_like_v<X>
auto var(const X& x, std::int64_t axis, std::int64_t ddof = 0) {
    const auto a = red::materialise(x);
    using R = red::mean_t<red::elem_t<decltype(a)>>;
    const int k = red::normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        return np::var(a, None, ddof);
    } else {
        const auto means = np::mean(a, k);
        // NumPy allocates `x - mean` in the memory order of x (K order): for a transposed input
        // the temporary is Fortran-ordered, which decides the summation order below.
        const bool fortran = std::abs(a.strides()[0]) < std::abs(a.strides()[1]);
        const ndarray<R, 2> dev = fortran
            ? ndarray<R, 2>(std::array<std::int64_t, 2>{a.shape()[1], a.shape()[0]}).transposed()
            : ndarray<R, 2>(a.shape());
        for (std::int64_t i = 0; i < a.shape()[0]; ++i)
            for (std::int64_t j = 0; j < a.shape()[1]; ++j) {
                const R d = static_cast<R>(a.data()[i * a.strides()[0] + j * a.strides()[1]]) -
                            means.data()[k == 0 ? j : i];
                dev.data()[i * dev.strides()[0] + j * dev.strides()[1]] = d * d;
            }
        auto out = red::sum_axis<R>(dev, k);
        const std::int64_t count = std::max<std::int64_t>(a.shape()[k] - ddof, 0);
        for (std::int64_t j = 0; j < out.shape()[0]; ++j) out.data()[j] = red::divide_count<R>(out.data()[j], count);
        return out;
    }
}

// np.std: sqrt of var (element-wise for the axis form).
template <class X>
    requires is_array_like_v<X>
auto std(const X& x, NoneType, std::int64_t ddof) {
    return ::std::sqrt(np::var(x, None, ddof));
}

template <class X>
    requires is_array_like_v<X>
auto std(const X& x) {
    return ::std::sqrt(np::var(x, None, 0));
}

template <class X>
    requires is_array_like_v<X>
auto std(const X& x, NoneType) {
    return ::std::sqrt(np::var(x, None, 0));
}

template <class X>
    requires is_array_like_v<X>
auto std(const X& x, std::int64_t axis, std::int64_t ddof = 0) {
    auto v = np::var(x, axis, ddof);
    if constexpr (std::is_floating_point_v<decltype(v)>) {
        return ::std::sqrt(v);
    } else {
        for (std::int64_t j = 0; j < v.shape()[0]; ++j) v.data()[j] = ::std::sqrt(v.data()[j]);
        return v;
    }
}

// ---- min, max --------------------------------------------------------------------------------

namespace red {

template <bool IsMax, class X>
auto extreme(const X& x) {
    const auto a = materialise(x);
    using T = elem_t<decltype(a)>;
    if (a.size() == 0) raise_empty(IsMax ? "maximum" : "minimum");
    const auto lines = k_order_lines(a);
    T acc = lines.data[0];
    for_each(lines, [&](T v) {
        if constexpr (IsMax) max_step(acc, v);
        else min_step(acc, v);
    });
    return acc;
}

template <bool IsMax, class X>
auto extreme_axis(const X& x, std::int64_t axis) {
    const auto a = materialise(x);
    using T = elem_t<decltype(a)>;
    const int k = normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        return extreme<IsMax>(a);
    } else {
        // NumPy complains only when there is something to compute from nothing.
        if (a.shape()[k] == 0 && a.shape()[1 - k] != 0) raise_empty(IsMax ? "maximum" : "minimum");
        return reduce_lines<T>(a, k, [](const auto& line) {
            T acc = line[0];
            for (std::int64_t i = 1; i < line.n; ++i) {
                if constexpr (IsMax) max_step(acc, line[i]);
                else min_step(acc, line[i]);
            }
            return acc;
        });
    }
}

}  // namespace red

template <class X>
    requires is_array_like_v<X>
auto min(const X& x) {
    return red::extreme<false>(x);
}
template <class X>
    requires is_array_like_v<X>
auto min(const X& x, NoneType) {
    return red::extreme<false>(x);
}
template <class X>
    requires is_array_like_v<X>
auto min(const X& x, std::int64_t axis) {
    return red::extreme_axis<false>(x, axis);
}
template <class X>
    requires is_array_like_v<X>
auto max(const X& x) {
    return red::extreme<true>(x);
}
template <class X>
    requires is_array_like_v<X>
auto max(const X& x, NoneType) {
    return red::extreme<true>(x);
}
template <class X>
    requires is_array_like_v<X>
auto max(const X& x, std::int64_t axis) {
    return red::extreme_axis<true>(x, axis);
}
// np.amin / np.amax are the same functions.
template <class X, class... Axis>
    requires is_array_like_v<X>
auto amin(const X& x, Axis... axis) {
    return np::min(x, axis...);
}
template <class X, class... Axis>
    requires is_array_like_v<X>
auto amax(const X& x, Axis... axis) {
    return np::max(x, axis...);
}

// ---- argmin, argmax --------------------------------------------------------------------------

namespace red {

// Index of the first extreme element of a line (the first NaN if there is one), as NumPy's
// argmin/argmax.
template <bool IsMax, class T>
std::int64_t arg_extreme_line(const Line<T>& line) {
    std::int64_t best = 0;
    T acc = line[0];
    if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(acc)) return 0;
    }
    for (std::int64_t i = 1; i < line.n; ++i) {
        const T v = line[i];
        if constexpr (std::is_floating_point_v<T>) {
            if (std::isnan(v)) return i;
        }
        if (IsMax ? v > acc : v < acc) {
            acc = v;
            best = i;
        }
    }
    return best;
}

template <bool IsMax, class X>
std::int64_t arg_extreme(const X& x) {
    auto a = materialise(x);
    if (a.size() == 0) raise_empty_arg(IsMax ? "argmax" : "argmin");
    // The flat index is in C order whatever the layout: walk a C-contiguous copy if needed.
    if (!a.is_c_contiguous()) a = a.copy();
    return arg_extreme_line<IsMax>(Line<elem_t<decltype(a)>>{a.data(), a.size(), 1});
}

template <bool IsMax, class X>
auto arg_extreme_axis(const X& x, std::int64_t axis) {
    const auto a = materialise(x);
    const int k = normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        return arg_extreme<IsMax>(a);
    } else {
        if (a.shape()[k] == 0 && a.shape()[1 - k] != 0) raise_empty_arg(IsMax ? "argmax" : "argmin");
        return reduce_lines<std::int64_t>(a, k, [](const auto& line) { return arg_extreme_line<IsMax>(line); });
    }
}

}  // namespace red

template <class X>
    requires is_array_like_v<X>
std::int64_t argmin(const X& x) {
    return red::arg_extreme<false>(x);
}
template <class X>
    requires is_array_like_v<X>
std::int64_t argmin(const X& x, NoneType) {
    return red::arg_extreme<false>(x);
}
template <class X>
    requires is_array_like_v<X>
auto argmin(const X& x, std::int64_t axis) {
    return red::arg_extreme_axis<false>(x, axis);
}
template <class X>
    requires is_array_like_v<X>
std::int64_t argmax(const X& x) {
    return red::arg_extreme<true>(x);
}
template <class X>
    requires is_array_like_v<X>
std::int64_t argmax(const X& x, NoneType) {
    return red::arg_extreme<true>(x);
}
template <class X>
    requires is_array_like_v<X>
auto argmax(const X& x, std::int64_t axis) {
    return red::arg_extreme_axis<true>(x, axis);
}

// ---- any, all, count_nonzero -----------------------------------------------------------------

namespace red {

// Whole-array count of non-zero (true) elements; NaN counts as non-zero, as in NumPy.
template <class X>
std::int64_t count_true(const X& x) {
    const auto a = materialise(x);
    using T = elem_t<decltype(a)>;
    std::int64_t count = 0;
    for_each(k_order_lines(a), [&](T v) { count += v != T(0) ? 1 : 0; });
    return count;
}

template <class R, class X, class LineOp>
auto bool_axis(const X& x, std::int64_t axis, LineOp op) {
    const auto a = materialise(x);
    const int k = normalize_axis(axis, rank_v<decltype(a)>);
    if constexpr (rank_v<decltype(a)> == 1) {
        (void)k;
        return op(Line<elem_t<decltype(a)>>{a.data(), a.shape()[0], a.strides()[0]});
    } else {
        return reduce_lines<R>(a, k, op);
    }
}

template <class T>
std::int64_t count_line(const Line<T>& line) {
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < line.n; ++i) count += line[i] != T(0) ? 1 : 0;
    return count;
}

}  // namespace red

template <class X>
    requires is_array_like_v<X>
std::int64_t count_nonzero(const X& x) {
    return red::count_true(x);
}
template <class X>
    requires is_array_like_v<X>
std::int64_t count_nonzero(const X& x, NoneType) {
    return red::count_true(x);
}
template <class X>
    requires is_array_like_v<X>
auto count_nonzero(const X& x, std::int64_t axis) {
    return red::bool_axis<std::int64_t>(x, axis, [](const auto& line) { return red::count_line(line); });
}

template <class X>
    requires is_array_like_v<X>
bool any(const X& x) {
    return red::count_true(x) > 0;
}
template <class X>
    requires is_array_like_v<X>
bool any(const X& x, NoneType) {
    return np::any(x);
}
template <class X>
    requires is_array_like_v<X>
auto any(const X& x, std::int64_t axis) {
    return red::bool_axis<bool>(x, axis, [](const auto& line) { return red::count_line(line) > 0; });
}

template <class X>
    requires is_array_like_v<X>
bool all(const X& x) {
    const auto a = red::materialise(x);
    return red::count_true(a) == a.size();
}
template <class X>
    requires is_array_like_v<X>
bool all(const X& x, NoneType) {
    return np::all(x);
}
template <class X>
    requires is_array_like_v<X>
auto all(const X& x, std::int64_t axis) {
    return red::bool_axis<bool>(x, axis, [](const auto& line) { return red::count_line(line) == line.n; });
}

// ---- cumsum, cumprod -------------------------------------------------------------------------

namespace red {

// Running sum/product of a line into out (contiguous), sequential as NumPy's accumulate.
template <bool IsProd, class R, class T>
void accumulate_line(const Line<T>& line, R* out, std::int64_t out_stride) {
    R acc = IsProd ? R(1) : R(0);
    for (std::int64_t i = 0; i < line.n; ++i) {
        if constexpr (IsProd) acc *= static_cast<R>(line[i]);
        else acc += static_cast<R>(line[i]);
        out[i * out_stride] = acc;
    }
}

// Whole array: flattened in C order, 1-D result.
template <bool IsProd, class X>
auto accumulate_flat(const X& x) {
    auto a = materialise(x);
    using T = elem_t<decltype(a)>;
    using R = sum_t<T>;
    if (!a.is_c_contiguous()) a = a.copy();
    ndarray<R, 1> out(std::array<std::int64_t, 1>{a.size()});
    accumulate_line<IsProd>(Line<T>{a.data(), a.size(), 1}, out.data(), 1);
    return out;
}

template <bool IsProd, class X>
auto accumulate_axis(const X& x, std::int64_t axis) {
    const auto a = materialise(x);
    using T = elem_t<decltype(a)>;
    using R = sum_t<T>;
    constexpr int N = rank_v<decltype(a)>;
    const int k = normalize_axis(axis, N);
    if constexpr (N == 1) {
        (void)k;
        return accumulate_flat<IsProd>(a);
    } else {
        ndarray<R, 2> out(a.shape());
        const int other = 1 - k;
        const std::int64_t out_strides[2] = {a.shape()[1], 1};
        for (std::int64_t j = 0; j < a.shape()[other]; ++j)
            accumulate_line<IsProd>(Line<T>{a.data() + j * a.strides()[other], a.shape()[k], a.strides()[k]},
                                    out.data() + j * out_strides[other], out_strides[k]);
        return out;
    }
}

}  // namespace red

template <class X>
    requires is_array_like_v<X>
auto cumsum(const X& x) {
    return red::accumulate_flat<false>(x);
}
template <class X>
    requires is_array_like_v<X>
auto cumsum(const X& x, NoneType) {
    return red::accumulate_flat<false>(x);
}
template <class X>
    requires is_array_like_v<X>
auto cumsum(const X& x, std::int64_t axis) {
    return red::accumulate_axis<false>(x, axis);
}
template <class X>
    requires is_array_like_v<X>
auto cumprod(const X& x) {
    return red::accumulate_flat<true>(x);
}
template <class X>
    requires is_array_like_v<X>
auto cumprod(const X& x, NoneType) {
    return red::accumulate_flat<true>(x);
}
template <class X>
    requires is_array_like_v<X>
auto cumprod(const X& x, std::int64_t axis) {
    return red::accumulate_axis<true>(x, axis);
}

}  // namespace np
}  // namespace py
