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
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/tuple_apply.hpp"

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

// Result of sum/prod/cumsum: bool and integers accumulate in int64 (NumPy's default int); floats
// and complex numbers in their own type.
template <class T>
using sum_t = std::conditional_t<std::is_floating_point_v<T> || is_complex_v<T>, T, std::int64_t>;
// Result of mean/var/std: float32 stays float32, complex stays complex, everything else is float64.
template <class T>
using mean_t = std::conditional_t<std::is_same_v<T, float> || is_complex_v<T>, T, double>;

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
Acc pairwise_sum(const T* a, std::int64_t n, std::int64_t stride);

// numpy's complex @TYPE@_pairwise_sum: it counts the parts (2 per element), so its blocks are 4
// elements, its unrolled accumulators hold the real and imaginary parts of 4 elements, and the
// split points are multiples of 4 elements. n and stride here count elements.
template <class C>
C complex_pairwise_sum(const C* a, std::int64_t n, std::int64_t stride) {
    using R = typename C::value_type;
    const std::int64_t parts = 2 * n;
    if (parts < 8) {
        R rr = 0, ri = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            rr += a[i * stride].real();
            ri += a[i * stride].imag();
        }
        return C(rr, ri);
    }
    if (parts <= kPairwiseBlock) {
        R r[8];
        for (int j = 0; j < 4; ++j) {
            r[2 * j] = a[j * stride].real();
            r[2 * j + 1] = a[j * stride].imag();
        }
        std::int64_t i = 4;
        for (; i < n - (n % 4); i += 4)
            for (int j = 0; j < 4; ++j) {
                r[2 * j] += a[(i + j) * stride].real();
                r[2 * j + 1] += a[(i + j) * stride].imag();
            }
        R rr = (r[0] + r[2]) + (r[4] + r[6]);
        R ri = (r[1] + r[3]) + (r[5] + r[7]);
        for (; i < n; ++i) {
            rr += a[i * stride].real();
            ri += a[i * stride].imag();
        }
        return C(rr, ri);
    }
    std::int64_t half = parts / 2;
    half -= half % 8;  // in parts: a multiple of 4 elements
    const C first = complex_pairwise_sum(a, half / 2, stride);
    const C second = complex_pairwise_sum(a + (half / 2) * stride, n - half / 2, stride);
    return C(first.real() + second.real(), first.imag() + second.imag());
}

template <class Acc, class T>
Acc pairwise_sum(const T* a, std::int64_t n, std::int64_t stride) {
    if constexpr (is_complex_v<Acc>) {
        static_assert(std::is_same_v<Acc, T>, "py::np: complex sums accumulate in the element type");
        return complex_pairwise_sum(a, n, stride);
    } else {
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
}

// A set of equally long, equally strided lines: `count` lines starting `outer` elements apart,
// each of `n` elements `stride` apart. Every rank-1/2 traversal below is one of these.
template <class T>
struct Lines {
    const T* data;
    std::int64_t count, outer, n, stride;
    std::shared_ptr<const std::vector<T>> storage = {};  // owns `data` when the elements were gathered
};

struct Dim;
template <std::size_t N>
std::vector<Dim> iteration_dims(const std::array<std::int64_t, N>& shape, const std::array<std::int64_t, N>& strides,
                                const std::array<bool, N>& mask);
template <class T, class F>
void for_each_line(const T* data, const std::vector<Dim>& dims, F&& f);

// The elements of `a` in NumPy's iteration order for a full reduction: axes sorted by decreasing
// |stride| (C order on ties), then merged into one line where the memory layout allows.
template <class A>
auto k_order_lines(const A& a) {
    using T = std::remove_const_t<std::remove_pointer_t<decltype(a.data())>>;
    constexpr int N = rank_v<A>;
    if constexpr (N >= 3) {
        // Above rank 2: the iterator's merged axes; one or two of them are lines as below, more
        // are gathered in iteration order (NumPy's buffered iteration sums the same sequence).
        std::array<bool, N> all;
        all.fill(true);
        const auto dims = iteration_dims(a.shape(), a.strides(), all);
        if (dims.size() == 1) return Lines<T>{a.data(), 1, 0, dims[0].n, dims[0].stride};
        if (dims.size() == 2) return Lines<T>{a.data(), dims[0].n, dims[0].stride, dims[1].n, dims[1].stride};
        auto gathered = std::make_shared<std::vector<T>>();
        gathered->reserve(static_cast<std::size_t>(a.size()));
        for_each_line(a.data(), dims, [&](const T* p, std::int64_t) {
            for (std::int64_t i = 0; i < dims.back().n; ++i) gathered->push_back(p[i * dims.back().stride]);
        });
        const T* data = gathered->data();
        return Lines<T>{data, 1, 0, static_cast<std::int64_t>(gathered->size()), 1, std::move(gathered)};
    } else if constexpr (N == 1) {
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
    if constexpr (is_complex_v<Acc>)  // NumPy divides the complex sum by complex(count): Smith's division
        return detail::numpy_complex_divide(total, Acc(static_cast<typename Acc::value_type>(count), 0));
    else return static_cast<Acc>(static_cast<double>(total) / static_cast<double>(count));
}

template <class A>
using elem_t = std::remove_const_t<std::remove_pointer_t<decltype(std::declval<const A&>().data())>>;

// ---- any rank ---------------------------------------------------------------------------------
// Reductions of arrays of rank >= 3, and over several axes at once (axis=(0, 2)), follow NumPy's
// reduction iterator: the axes are ordered by decreasing |stride| of the input (C order on ties),
// axes of length 1 are dropped, and neighbours are merged when both are reduced (or both kept) and
// their strides make one line. Each output element then receives, in that iteration order, the
// pairwise sums of 8192-element chunks of the innermost axis when it is reduced, or the single
// elements one by one when it is kept (NumPy adds whole lines element-wise then).

// Which axes of a rank-N array an `axis` argument reduces (normalised; duplicates are NumPy's
// ValueError).
template <std::size_t N>
using AxisMask = std::array<bool, N>;

template <std::size_t N>
AxisMask<N> axis_mask(std::int64_t axis) {
    AxisMask<N> mask{};
    mask[static_cast<std::size_t>(normalize_axis(axis, static_cast<int>(N)))] = true;
    return mask;
}

template <std::size_t N, class... I>
AxisMask<N> axis_mask(const std::tuple<I...>& axes) {
    AxisMask<N> mask{};
    py::detail::apply_tuple([&](const auto&... a) {
        (([&] {
            const auto k = static_cast<std::size_t>(normalize_axis(static_cast<std::int64_t>(a), static_cast<int>(N)));
            if (mask[k]) throw ValueError("duplicate value in 'axis'");
            mask[k] = true;
        }()), ...);
    }, axes);
    return mask;
}

// One axis of the iteration: n elements `stride` apart in the input and `out_stride` apart in the
// C-ordered output (0 for a reduced axis).
struct Dim {
    std::int64_t n, stride, out_stride;
    bool reduced;
};

template <std::size_t N>
std::vector<Dim> iteration_dims(const std::array<std::int64_t, N>& shape, const std::array<std::int64_t, N>& strides,
                                const AxisMask<N>& mask) {
    std::array<std::int64_t, N> out_strides{};
    std::int64_t step = 1;
    for (std::size_t k = N; k-- > 0;) {
        if (mask[k]) continue;
        out_strides[k] = step;
        step *= shape[k];
    }
    std::array<std::size_t, N> order{};
    for (std::size_t k = 0; k < N; ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::abs(strides[x]) > std::abs(strides[y]);
    });
    std::vector<Dim> dims;
    for (std::size_t k : order) {
        if (shape[k] == 1) continue;
        Dim d{shape[k], strides[k], out_strides[k], mask[k]};
        if (!dims.empty()) {
            Dim& prev = dims.back();
            if (prev.reduced == d.reduced && prev.stride == d.n * d.stride && prev.out_stride == d.n * d.out_stride) {
                prev = Dim{prev.n * d.n, d.stride, d.out_stride, d.reduced};
                continue;
            }
        }
        dims.push_back(d);
    }
    if (dims.empty()) dims.push_back(Dim{1, 0, 0, true});
    return dims;
}

// Calls f(pointer to the line's first element, output offset) for every innermost line, in
// iteration order (nothing when an axis is empty).
template <class T, class F>
void for_each_line(const T* data, const std::vector<Dim>& dims, F&& f) {
    for (const Dim& d : dims)
        if (d.n == 0) return;
    const std::size_t outer = dims.size() - 1;
    std::vector<std::int64_t> index(outer, 0);
    std::int64_t offset = 0, out_offset = 0;
    while (true) {
        f(data + offset, out_offset);
        std::size_t k = outer;
        while (k > 0) {
            --k;
            offset += dims[k].stride;
            out_offset += dims[k].out_stride;
            if (++index[k] < dims[k].n) break;
            offset -= dims[k].n * dims[k].stride;
            out_offset -= dims[k].n * dims[k].out_stride;
            index[k] = 0;
            if (k == 0) return;
        }
        if (outer == 0) return;
    }
}

// The output of reducing a rank-N array over `mask`: the kept axes, C-ordered.
template <class R, std::size_t M, std::size_t N>
ndarray<R, M> reduced_output(const std::array<std::int64_t, N>& shape, const AxisMask<N>& mask) {
    std::array<std::int64_t, M> out_shape{};
    std::size_t j = 0;
    for (std::size_t k = 0; k < N; ++k)
        if (!mask[k]) out_shape[j++] = shape[k];
    return ndarray<R, M>(out_shape);
}

// NumPy's add.reduce over the masked axes of a (rank M result, M >= 1).
template <std::size_t M, class Acc, class A>
ndarray<Acc, M> sum_over(const A& a, const AxisMask<rank_v<A>>& mask) {
    using T = elem_t<A>;
    auto out = reduced_output<Acc, M>(a.shape(), mask);
    std::fill(out.data(), out.data() + out.size(), Acc(0));
    const auto dims = iteration_dims(a.shape(), a.strides(), mask);
    const Dim inner = dims.back();
    Acc* o = out.data();
    if (inner.reduced) {
        for_each_line(a.data(), dims, [&](const T* p, std::int64_t at) {
            Acc total = o[at];
            if constexpr (std::is_floating_point_v<Acc> || is_complex_v<Acc>) {
                for (std::int64_t off = 0; off < inner.n; off += kBufferSize)
                    total += pairwise_sum<Acc>(p + off * inner.stride, std::min(kBufferSize, inner.n - off), inner.stride);
            } else {
                for (std::int64_t i = 0; i < inner.n; ++i) total += static_cast<Acc>(p[i * inner.stride]);
            }
            o[at] = total;
        });
    } else {
        for_each_line(a.data(), dims, [&](const T* p, std::int64_t at) {
            for (std::int64_t i = 0; i < inner.n; ++i) o[at + i * inner.out_stride] += static_cast<Acc>(p[i * inner.stride]);
        });
    }
    return out;
}

// Every element of the reduced axes of a fed to step(accumulator, x) in iteration order, the
// accumulators starting from init(first element of their block) (rank M result, M >= 1).
template <std::size_t M, class R, class A, class Init, class Step>
ndarray<R, M> fold_over(const A& a, const AxisMask<rank_v<A>>& mask, Init init, Step step) {
    using T = elem_t<A>;
    auto out = reduced_output<R, M>(a.shape(), mask);
    const auto dims = iteration_dims(a.shape(), a.strides(), mask);
    const Dim inner = dims.back();
    R* o = out.data();
    std::vector<bool> started(static_cast<std::size_t>(out.size()), false);
    for_each_line(a.data(), dims, [&](const T* p, std::int64_t at) {
        for (std::int64_t i = 0; i < inner.n; ++i) {
            const std::int64_t j = at + i * inner.out_stride;
            if (!started[static_cast<std::size_t>(j)]) {
                o[j] = init(p[i * inner.stride]);
                started[static_cast<std::size_t>(j)] = true;
            } else {
                step(o[j], p[i * inner.stride]);
            }
        }
    });
    return out;
}

// Whether some output element has no input to reduce (an empty reduced axis, a non-empty result).
template <std::size_t N>
bool empty_reduction(const std::array<std::int64_t, N>& shape, const AxisMask<N>& mask) {
    bool reduced_empty = false, kept_empty = false;
    for (std::size_t k = 0; k < N; ++k) (mask[k] ? reduced_empty : kept_empty) |= shape[k] == 0;
    return reduced_empty && !kept_empty;
}

template <std::size_t N>
std::int64_t reduced_count(const std::array<std::int64_t, N>& shape, const AxisMask<N>& mask) {
    std::int64_t n = 1;
    for (std::size_t k = 0; k < N; ++k)
        if (mask[k]) n *= shape[k];
    return n;
}

template <std::size_t N>
constexpr std::size_t kept_rank(std::size_t reduced) {
    return N - reduced;
}

// The elements of a whole array in NumPy's iteration order, for the full reductions above rank 2.
template <class A>
auto k_order_dims(const A& a) {
    AxisMask<rank_v<A>> all;
    all.fill(true);
    return iteration_dims(a.shape(), a.strides(), all);
}

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
    if constexpr (std::is_floating_point_v<T> || is_complex_v<T>) {
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
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
    requires is_array_like_v<X> && (rank_v<X> <= 2)
auto cumprod(const X& x, std::int64_t axis) {
    return red::accumulate_axis<true>(x, axis);
}


// ---- any rank, several axes ------------------------------------------------------------------
// The axis forms above handle ranks 1 and 2 with one int axis; these take any rank and an int or
// a tuple of ints (axis=(0, 2)), through the iteration order described at red::iteration_dims.

namespace red {

template <class Axis>
struct axis_count : std::integral_constant<std::size_t, 1> {};
template <class... I>
struct axis_count<std::tuple<I...>> : std::integral_constant<std::size_t, sizeof...(I)> {};

template <class Axis>
inline constexpr bool is_tuple_axis_v = false;
template <class... I>
inline constexpr bool is_tuple_axis_v<std::tuple<I...>> = true;

template <class X, class Axis>
concept GeneralAxis = is_array_like_v<X> && (std::is_integral_v<Axis> || is_tuple_axis_v<Axis>) &&
                      (rank_v<X> >= 3 || is_tuple_axis_v<Axis>);

// The rank of the result: the rank minus the number of axes (0: a scalar).
template <class X, class Axis>
inline constexpr std::size_t reduced_rank_v = rank_v<X> - axis_count<Axis>::value;

// Calls `over(std::integral_constant<M>{}, a, mask)` for a result of rank M >= 1, or `whole(a)`
// when every axis is reduced (after checking the axes as NumPy does).
template <class X, class Axis, class Whole, class Over>
auto over_axes(const X& x, const Axis& axis, Whole whole, Over over) {
    const auto a = materialise(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    static_assert(axis_count<Axis>::value <= N, "py::np: more axes than the array has (the transpiler refuses this)");
    const auto mask = axis_mask<N>(axis);
    constexpr std::size_t M = N - axis_count<Axis>::value;
    if constexpr (M == 0) {
        (void)mask;
        (void)over;
        return whole(a);
    } else {
        (void)whole;
        return over(std::integral_constant<std::size_t, M>{}, a, mask);
    }
}

// Calls f(offset in a, offset in b) for every index of `shape`, in C order.
template <std::size_t K, class F>
void for_each_index(const std::array<std::int64_t, K>& shape, const std::array<std::int64_t, K>& sa,
                    const std::array<std::int64_t, K>& sb, F&& f) {
    for (std::size_t k = 0; k < K; ++k)
        if (shape[k] == 0) return;
    std::array<std::int64_t, K> index{};
    std::int64_t oa = 0, ob = 0;
    while (true) {
        f(oa, ob);
        std::size_t k = K;
        while (true) {
            if (k == 0) return;
            --k;
            oa += sa[k];
            ob += sb[k];
            if (++index[k] < shape[k]) break;
            oa -= shape[k] * sa[k];
            ob -= shape[k] * sb[k];
            index[k] = 0;
        }
    }
}

// shape/strides of a without axis k.
template <std::size_t N>
std::array<std::int64_t, N - 1> drop_axis(const std::array<std::int64_t, N>& v, int k) {
    std::array<std::int64_t, N - 1> out{};
    for (std::size_t i = 0, j = 0; i < N; ++i)
        if (static_cast<int>(i) != k) out[j++] = v[i];
    return out;
}

// A new array shaped like a whose memory order follows a's (NumPy's K-order allocation of
// `arr - arrmean` in _var): C order over a's axes sorted by decreasing |stride|.
template <class R, class A>
auto allocate_like_layout(const A& a) {
    constexpr std::size_t N = rank_v<A>;
    std::array<std::size_t, N> order{};
    for (std::size_t k = 0; k < N; ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::abs(a.strides()[x]) > std::abs(a.strides()[y]);
    });
    std::array<std::int64_t, N> permuted{};
    for (std::size_t k = 0; k < N; ++k) permuted[k] = a.shape()[order[k]];
    ndarray<R, N> storage(permuted);
    std::array<std::int64_t, N> strides{};
    for (std::size_t k = 0; k < N; ++k) strides[order[k]] = storage.strides()[k];
    return ndarray<R, N>::view_of(storage.owner(), storage.data(), a.shape(), strides);
}

// Strides that read a reduced result (kept axes, C-ordered) at the indices of the full array: 0
// on the reduced axes.
template <std::size_t N, class R, std::size_t M>
std::array<std::int64_t, N> broadcast_strides(const ndarray<R, M>& reduced, const AxisMask<N>& mask) {
    std::array<std::int64_t, N> strides{};
    for (std::size_t k = 0, j = 0; k < N; ++k) strides[k] = mask[k] ? 0 : reduced.strides()[j++];
    return strides;
}

template <bool IsMax, class A>
auto arg_extreme_nd(const A& a, std::int64_t axis) {
    constexpr std::size_t N = rank_v<A>;
    const int k = normalize_axis(axis, static_cast<int>(N));
    ndarray<std::int64_t, N - 1> out(drop_axis(a.shape(), k));
    if (a.shape()[static_cast<std::size_t>(k)] == 0 && out.size() != 0) raise_empty_arg(IsMax ? "argmax" : "argmin");
    using T = elem_t<A>;
    const Line<T> proto{a.data(), a.shape()[static_cast<std::size_t>(k)], a.strides()[static_cast<std::size_t>(k)]};
    for_each_index(out.shape(), drop_axis(a.strides(), k), out.strides(), [&](std::int64_t oa, std::int64_t oo) {
        out.data()[oo] = arg_extreme_line<IsMax>(Line<T>{proto.data + oa, proto.n, proto.stride});
    });
    return out;
}

template <bool IsProd, class A>
auto accumulate_nd(const A& a, std::int64_t axis) {
    constexpr std::size_t N = rank_v<A>;
    using T = elem_t<A>;
    using R = sum_t<T>;
    const int k = normalize_axis(axis, static_cast<int>(N));
    ndarray<R, N> out(a.shape());
    const auto ku = static_cast<std::size_t>(k);
    for_each_index(drop_axis(a.shape(), k), drop_axis(a.strides(), k), drop_axis(out.strides(), k),
                   [&](std::int64_t oa, std::int64_t oo) {
                       accumulate_line<IsProd>(Line<T>{a.data() + oa, a.shape()[ku], a.strides()[ku]}, out.data() + oo,
                                               out.strides()[ku]);
                   });
    return out;
}

}  // namespace red

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto sum(const X& x, const Axis& axis) {
    return red::over_axes(x, axis, [](const auto& a) { return np::sum(a); }, [](auto m, const auto& a, const auto& mask) {
        return red::sum_over<decltype(m)::value, red::sum_t<red::elem_t<std::remove_cvref_t<decltype(a)>>>>(a, mask);
    });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto mean(const X& x, const Axis& axis) {
    return red::over_axes(x, axis, [](const auto& a) { return np::mean(a); }, [](auto m, const auto& a, const auto& mask) {
        using R = red::mean_t<red::elem_t<std::remove_cvref_t<decltype(a)>>>;
        auto out = red::sum_over<decltype(m)::value, R>(a, mask);
        const std::int64_t count = red::reduced_count(a.shape(), mask);
        for (std::int64_t j = 0; j < out.size(); ++j) out.data()[j] = red::divide_count<R>(out.data()[j], count);
        return out;
    });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto var(const X& x, const Axis& axis, std::int64_t ddof = 0) {
    return red::over_axes(x, axis, [ddof](const auto& a) { return np::var(a, None, ddof); },
                          [ddof](auto m, const auto& a, const auto& mask) {
        using A = std::remove_cvref_t<decltype(a)>;
        using R = red::mean_t<red::elem_t<A>>;
        constexpr std::size_t N = rank_v<A>;
        auto means = red::sum_over<decltype(m)::value, R>(a, mask);
        const std::int64_t count = red::reduced_count(a.shape(), mask);
        for (std::int64_t j = 0; j < means.size(); ++j) means.data()[j] = red::divide_count<R>(means.data()[j], count);
        // x - mean, squared, in an array laid out like a (NumPy's K-order temporary).
        const auto dev = red::allocate_like_layout<R>(a);
        std::array<std::int64_t, N> index_strides = a.strides();
        std::array<std::int64_t, N> dev_strides = dev.strides();
        std::array<std::int64_t, N> mean_strides = red::broadcast_strides(means, mask);
        std::array<std::int64_t, N> zero{};
        // Walk a and dev together, then the means alongside (three offsets: two passes of the
        // two-offset walker keep it simple).
        std::vector<std::int64_t> mean_offsets;
        mean_offsets.reserve(static_cast<std::size_t>(a.size()));
        red::for_each_index(a.shape(), mean_strides, zero, [&](std::int64_t om, std::int64_t) { mean_offsets.push_back(om); });
        std::size_t i = 0;
        red::for_each_index(a.shape(), index_strides, dev_strides, [&](std::int64_t oa, std::int64_t od) {
            const R d = static_cast<R>(a.data()[oa]) - means.data()[mean_offsets[i++]];
            dev.data()[od] = d * d;
        });
        auto out = red::sum_over<decltype(m)::value, R>(dev, mask);
        const std::int64_t divisor = std::max<std::int64_t>(count - ddof, 0);
        for (std::int64_t j = 0; j < out.size(); ++j) out.data()[j] = red::divide_count<R>(out.data()[j], divisor);
        return out;
    });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto std(const X& x, const Axis& axis, std::int64_t ddof = 0) {
    auto v = np::var(x, axis, ddof);
    if constexpr (std::is_floating_point_v<decltype(v)>) {
        return ::std::sqrt(v);
    } else {
        for (std::int64_t j = 0; j < v.size(); ++j) v.data()[j] = ::std::sqrt(v.data()[j]);
        return v;
    }
}

namespace red {

// Reductions whose result does not depend on the order of the elements' visits beyond NumPy's
// iteration order (prod is sequential in it).
template <class X, class Axis, class R, class Whole, class Step>
auto fold_axes(const X& x, const Axis& axis, std::optional<R> identity, const char* empty_name, Whole whole, Step step) {
    return over_axes(x, axis, whole, [&](auto m, const auto& a, const auto& mask) {
        if (!identity && empty_reduction(a.shape(), mask)) raise_empty(empty_name);
        using T = elem_t<std::remove_cvref_t<decltype(a)>>;
        if (identity) {
            auto out = reduced_output<R, decltype(m)::value>(a.shape(), mask);
            std::fill(out.data(), out.data() + out.size(), *identity);
            const auto dims = iteration_dims(a.shape(), a.strides(), mask);
            const Dim inner = dims.back();
            for_each_line(a.data(), dims, [&](const T* p, std::int64_t at) {
                for (std::int64_t i = 0; i < inner.n; ++i) step(out.data()[at + i * inner.out_stride], p[i * inner.stride]);
            });
            return out;
        }
        return fold_over<decltype(m)::value, R>(a, mask, [](T v) { return static_cast<R>(v); }, step);
    });
}

}  // namespace red

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto prod(const X& x, const Axis& axis) {
    using R = red::sum_t<red::elem_t<decltype(red::materialise(x))>>;
    return red::fold_axes(x, axis, std::optional<R>(R(1)), "multiply", [](const auto& a) { return np::prod(a); },
                          [](R& acc, auto v) { acc *= static_cast<R>(v); });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto min(const X& x, const Axis& axis) {
    using T = red::elem_t<decltype(red::materialise(x))>;
    return red::fold_axes(x, axis, std::optional<T>(), "minimum", [](const auto& a) { return np::min(a); },
                          [](T& acc, T v) { red::min_step(acc, v); });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto max(const X& x, const Axis& axis) {
    using T = red::elem_t<decltype(red::materialise(x))>;
    return red::fold_axes(x, axis, std::optional<T>(), "maximum", [](const auto& a) { return np::max(a); },
                          [](T& acc, T v) { red::max_step(acc, v); });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto amin(const X& x, const Axis& axis) {
    return np::min(x, axis);
}
template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto amax(const X& x, const Axis& axis) {
    return np::max(x, axis);
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto count_nonzero(const X& x, const Axis& axis) {
    using T = red::elem_t<decltype(red::materialise(x))>;
    return red::fold_axes(x, axis, std::optional<std::int64_t>(0), "add", [](const auto& a) { return np::count_nonzero(a); },
                          [](std::int64_t& acc, T v) { acc += v != T(0) ? 1 : 0; });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto any(const X& x, const Axis& axis) {
    using T = red::elem_t<decltype(red::materialise(x))>;
    return red::fold_axes(x, axis, std::optional<bool>(false), "logical_or", [](const auto& a) { return np::any(a); },
                          [](bool& acc, T v) { acc = acc || v != T(0); });
}

template <class X, class Axis>
    requires red::GeneralAxis<X, Axis>
auto all(const X& x, const Axis& axis) {
    using T = red::elem_t<decltype(red::materialise(x))>;
    return red::fold_axes(x, axis, std::optional<bool>(true), "logical_and", [](const auto& a) { return np::all(a); },
                          [](bool& acc, T v) { acc = acc && v != T(0); });
}

// argmin/argmax and cumsum/cumprod take one int axis; above rank 2 they are these.
template <class X>
    requires is_array_like_v<X> && (rank_v<X> >= 3)
auto argmin(const X& x, std::int64_t axis) {
    return red::arg_extreme_nd<false>(red::materialise(x), axis);
}
template <class X>
    requires is_array_like_v<X> && (rank_v<X> >= 3)
auto argmax(const X& x, std::int64_t axis) {
    return red::arg_extreme_nd<true>(red::materialise(x), axis);
}
template <class X>
    requires is_array_like_v<X> && (rank_v<X> >= 3)
auto cumsum(const X& x, std::int64_t axis) {
    return red::accumulate_nd<false>(red::materialise(x), axis);
}
template <class X>
    requires is_array_like_v<X> && (rank_v<X> >= 3)
auto cumprod(const X& x, std::int64_t axis) {
    return red::accumulate_nd<true>(red::materialise(x), axis);
}

}  // namespace np
}  // namespace py
