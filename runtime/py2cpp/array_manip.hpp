// py2cpp runtime: NumPy's array manipulation functions, any rank, NumPy 1.24's semantics and messages:
//   flip(m, axis=None) / fliplr / flipud   views with reversed strides (writes go through, as NumPy)
//   roll(a, shift, axis=None)              a new array; axis None rolls the flattened array
//   tile(A, reps), repeat(a, repeats, axis=None)   repeats an int or one count per element
//   diff(a, n=1, axis=-1)                  bools with !=, ints wrapping; n == 0 gives a itself
//   triu(m, k=0) / tril(m, k=0)            on the last two axes (a vector becomes a square matrix)
//   take(a, indices, axis=None)            negative indices count from the end (mode='raise')
//   nonzero(a) / argwhere(a)               indices of the non-zero elements in C order
//   cross(a, b)                            rows of 3 (or 2 and 3) components, leading axes broadcast
//   meshgrid(x1, ..., indexing='xy')       a list of arrays, each of its input's dtype
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/reductions.hpp"
#include "py2cpp/shape_ops.hpp"

namespace py::np {

namespace manip {

template <std::size_t N>
using shape_t = std::array<std::int64_t, N>;

// Calls f(index) for every multi-index of `shape` in C order.
template <std::size_t N, class F>
void for_each_index(const shape_t<N>& shape, F&& f) {
    for (std::size_t k = 0; k < N; ++k)
        if (shape[k] == 0) return;
    shape_t<N> index{};
    while (true) {
        f(static_cast<const shape_t<N>&>(index));
        std::size_t k = N;
        while (true) {
            if (k == 0) return;
            --k;
            if (++index[k] < shape[k]) break;
            index[k] = 0;
        }
    }
}

template <std::size_t N>
std::int64_t offset_of(const shape_t<N>& strides, const shape_t<N>& index) {
    std::int64_t offset = 0;
    for (std::size_t k = 0; k < N; ++k) offset += strides[k] * index[k];
    return offset;
}

[[noreturn]] inline void raise_negative_dimensions() { throw ValueError("negative dimensions are not allowed"); }

// Python's modulo of a shift by a length (length > 0).
inline std::int64_t floor_mod(std::int64_t a, std::int64_t n) {
    const std::int64_t r = a % n;
    return r < 0 ? r + n : r;
}

}  // namespace manip

// ---- flip --------------------------------------------------------------------------------------

namespace manip {

template <class A, std::size_t N>
A flipped(const A& a, const std::array<bool, N>& reverse) {
    auto shape = a.shape();
    auto strides = a.strides();
    auto* data = a.data();
    for (std::size_t k = 0; k < N; ++k) {
        if (!reverse[k]) continue;
        if (shape[k] > 0) data += (shape[k] - 1) * strides[k];
        strides[k] = -strides[k];
    }
    return A::view_of(a.owner(), data, shape, strides);
}

}  // namespace manip

template <class X>
    requires is_array_like_v<X>
auto flip(const X& x, NoneType = None) {
    const auto a = eval(x);
    std::array<bool, rank_v<X>> reverse{};
    reverse.fill(true);
    return manip::flipped(a, reverse);
}
template <class X, class Axes>
    requires(is_array_like_v<X> && !std::is_same_v<Axes, NoneType>)
auto flip(const X& x, const Axes& axes_arg) {
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    const auto axes = shp::normalize_axes(shp::axis_list(axes_arg), static_cast<int>(N), "repeated axis");
    std::array<bool, N> reverse{};
    for (const auto k : axes) reverse[k] = true;
    return manip::flipped(a, reverse);
}
template <class X>
    requires is_array_like_v<X>
auto fliplr(const X& x) {
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    if constexpr (N < 2) {
        throw ValueError("Input must be >= 2-d.");
        return a;
    } else {
        std::array<bool, N> reverse{};
        reverse[1] = true;
        return manip::flipped(a, reverse);
    }
}
template <class X>
    requires is_array_like_v<X>
auto flipud(const X& x) {
    const auto a = eval(x);
    std::array<bool, rank_v<X>> reverse{};
    reverse[0] = true;
    return manip::flipped(a, reverse);
}

// ---- roll --------------------------------------------------------------------------------------

namespace manip {

// out[i] = a[i - shift] along every axis, shifts taken modulo the lengths.
template <class T, std::size_t N>
ndarray<T, N> rolled(const ndarray<T, N>& a, const shape_t<N>& shifts) {
    ndarray<T, N> out(a.shape());
    shape_t<N> shift{};
    for (std::size_t k = 0; k < N; ++k) shift[k] = a.shape()[k] > 0 ? floor_mod(shifts[k], a.shape()[k]) : 0;
    T* o = out.data();
    std::int64_t j = 0;
    for_each_index(a.shape(), [&](const shape_t<N>& index) {
        shape_t<N> source{};
        for (std::size_t k = 0; k < N; ++k) {
            source[k] = index[k] - shift[k];
            if (source[k] < 0) source[k] += a.shape()[k];
        }
        o[j++] = a.data()[offset_of(a.strides(), source)];
    });
    return out;
}

}  // namespace manip

// np.roll(a, shift): the flattened array rolled, in a's shape.
template <class X, class Shift>
    requires(is_array_like_v<X> && std::is_integral_v<Shift>)
auto roll(const X& x, Shift shift, NoneType = None) {
    const auto a = materialize(x);
    const auto flat = ndarray<value_type_t<X>, 1>::view_of(a.owner(), a.data(), {a.size()}, {1});
    const auto r = manip::rolled(flat, manip::shape_t<1>{static_cast<std::int64_t>(shift)});
    return ndarray<value_type_t<X>, rank_v<X>>::view_of(r.owner(), r.data(), a.shape(), a.strides());
}
// np.roll(a, shift, axis): an int shift along an axis or each of a tuple of axes, or a tuple of
// shifts along a tuple of axes of the same length (shifts of a repeated axis add up).
template <class X, class Shift, class Axes>
    requires(is_array_like_v<X> && !std::is_same_v<Axes, NoneType>)
auto roll(const X& x, const Shift& shift_arg, const Axes& axes_arg) {
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    const auto axes = shp::axis_list(axes_arg);
    const auto shifts_given = shp::axis_list(shift_arg);
    const std::size_t na = axes.size(), ns = shifts_given.size();
    if (na != ns && na != 1 && ns != 1)  // np.broadcast(shift, axis)
        throw ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (" +
                         std::to_string(ns) + ",) and arg 1 with shape (" + std::to_string(na) + ",).");
    manip::shape_t<N> shifts{};
    for (std::size_t i = 0; i < std::max(na, ns); ++i) {
        const auto k = shp::normalize_axis(axes[na == 1 ? 0 : i], static_cast<int>(N), "");
        shifts[k] += shifts_given[ns == 1 ? 0 : i];
    }
    return manip::rolled(a, shifts);
}

// ---- tile, repeat ------------------------------------------------------------------------------

// np.tile(A, reps): A (with leading axes of length 1 up to len(reps)) repeated reps[k] times along
// axis k (reps padded with leading 1s up to A's rank).
template <class X, class Reps>
    requires is_array_like_v<X>
auto tile(const X& x, const Reps& reps_arg) {
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    const auto reps_given = shp::axis_list(reps_arg);
    constexpr std::size_t D = std::tuple_size_v<std::remove_cvref_t<decltype(reps_given)>>;
    constexpr std::size_t R = std::max(N, D);
    manip::shape_t<R> in_shape{}, in_strides{}, reps{}, out_shape{};
    for (std::size_t k = 0; k < R; ++k) {
        in_shape[k] = k < R - N ? 1 : a.shape()[k - (R - N)];
        in_strides[k] = k < R - N ? 0 : a.strides()[k - (R - N)];
        reps[k] = k < R - D ? 1 : reps_given[k - (R - D)];
        if (reps[k] < 0) manip::raise_negative_dimensions();
        out_shape[k] = in_shape[k] * reps[k];
    }
    using T = value_type_t<X>;
    ndarray<T, R> out(out_shape);
    T* o = out.data();
    std::int64_t j = 0;
    manip::for_each_index(out_shape, [&](const manip::shape_t<R>& index) {
        std::int64_t offset = 0;
        for (std::size_t k = 0; k < R; ++k) offset += (index[k] % in_shape[k]) * in_strides[k];
        o[j++] = a.data()[offset];
    });
    return out;
}

namespace manip {

// Each element along `axis` repeated counts[i] times (counts of one value: every element).
template <class T, std::size_t N>
ndarray<T, N> repeated(const ndarray<T, N>& a, const std::vector<std::int64_t>& counts, std::size_t axis) {
    const std::int64_t n = a.shape()[axis];
    const bool broadcast = counts.size() == 1;
    if (!broadcast && static_cast<std::int64_t>(counts.size()) != n)
        throw ValueError("operands could not be broadcast together with shape (" + std::to_string(n) + ",) (" +
                         std::to_string(counts.size()) + ",)");
    if (broadcast && counts[0] < 0 && n > 0) raise_negative_dimensions();  // NumPy: a result of count * n elements
    if (!broadcast)
        for (const std::int64_t c : counts)
            if (c < 0) throw ValueError("repeats may not contain negative values.");
    std::vector<std::int64_t> source;  // the index along `axis` of each output position
    for (std::int64_t i = 0; i < n; ++i)
        source.insert(source.end(), static_cast<std::size_t>(counts[broadcast ? 0 : static_cast<std::size_t>(i)]), i);
    auto shape = a.shape();
    shape[axis] = static_cast<std::int64_t>(source.size());
    ndarray<T, N> out(shape);
    T* o = out.data();
    std::int64_t j = 0;
    for_each_index(shape, [&](const shape_t<N>& index) {
        shape_t<N> from = index;
        from[axis] = source[static_cast<std::size_t>(index[axis])];
        o[j++] = a.data()[offset_of(a.strides(), from)];
    });
    return out;
}

template <class R>
std::vector<std::int64_t> repeat_counts(const R& repeats) {
    if constexpr (is_array_like_v<R>) {
        static_assert(rank_v<R> >= 1);
        if constexpr (rank_v<R> > 1) throw ValueError("object too deep for desired array");
        const auto r = materialize(repeats);
        std::vector<std::int64_t> counts(static_cast<std::size_t>(r.size()));
        for (std::int64_t i = 0; i < r.size(); ++i) counts[static_cast<std::size_t>(i)] = static_cast<std::int64_t>(r.data()[i]);
        return counts;
    } else {
        return {static_cast<std::int64_t>(repeats)};
    }
}

}  // namespace manip

// np.repeat(a, repeats): the flattened array's elements repeated (repeats an int or a 1-D int
// array with one count per element).
template <class X, class R>
    requires is_array_like_v<X>
auto repeat(const X& x, const R& repeats, NoneType = None) {
    const auto counts = manip::repeat_counts(repeats);
    const auto a = materialize(x);
    const auto flat = ndarray<value_type_t<X>, 1>::view_of(a.owner(), a.data(), {a.size()}, {1});
    return manip::repeated(flat, counts, 0);
}
template <class X, class R>
    requires is_array_like_v<X>
auto repeat(const X& x, const R& repeats, std::int64_t axis) {
    const auto counts = manip::repeat_counts(repeats);
    const auto a = eval(x);
    return manip::repeated(a, counts, shp::normalize_axis(axis, static_cast<int>(rank_v<X>), ""));
}

// ---- diff --------------------------------------------------------------------------------------

template <class X>
    requires is_array_like_v<X>
auto diff(const X& x, std::int64_t n = 1, std::int64_t axis_arg = -1) {
    using T = value_type_t<X>;
    constexpr std::size_t N = rank_v<X>;
    if (n < 0) throw ValueError("order must be non-negative but got " + std::to_string(n));
    const auto axis = shp::normalize_axis(axis_arg, static_cast<int>(N), "");
    auto a = eval(x);
    for (std::int64_t step = 0; step < n; ++step) {
        auto shape = a.shape();
        shape[axis] = std::max<std::int64_t>(shape[axis] - 1, 0);
        ndarray<T, N> out(shape);
        T* o = out.data();
        std::int64_t j = 0;
        const std::int64_t next = a.strides()[axis];
        manip::for_each_index(shape, [&](const manip::shape_t<N>& index) {
            const T* p = a.data() + manip::offset_of(a.strides(), index);
            if constexpr (std::is_same_v<T, bool>) o[j++] = p[next] != p[0];
            else if constexpr (std::is_integral_v<T>)  // wraps as NumPy's integer subtraction
                o[j++] = static_cast<T>(static_cast<std::make_unsigned_t<T>>(p[next]) - static_cast<std::make_unsigned_t<T>>(p[0]));
            else o[j++] = p[next] - p[0];
        });
        a = out;
        if (shape[axis] == 0) break;
    }
    return a;
}

// ---- triu, tril --------------------------------------------------------------------------------

namespace manip {

// Keeps the elements (i, j) of the last two axes for which keep(j - i) holds, zeros elsewhere.
template <class X, class Keep>
auto triangle(const X& x, Keep keep) {
    using T = value_type_t<X>;
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    if constexpr (N == 1) {  // NumPy's mask is (n, n): the vector is broadcast to every row
        const std::int64_t n = a.shape()[0];
        ndarray<T, 2> out(shape_t<2>{n, n});
        for (std::int64_t i = 0; i < n; ++i)
            for (std::int64_t j = 0; j < n; ++j) out.data()[i * n + j] = keep(j - i) ? a.data()[j * a.strides()[0]] : T(0);
        return out;
    } else {
        ndarray<T, N> out(a.shape());
        std::int64_t j = 0;
        for_each_index(a.shape(), [&](const shape_t<N>& index) {
            out.data()[j++] = keep(index[N - 1] - index[N - 2]) ? a.data()[offset_of(a.strides(), index)] : T(0);
        });
        return out;
    }
}

}  // namespace manip

template <class X>
    requires is_array_like_v<X>
auto tril(const X& x, std::int64_t k = 0) {
    return manip::triangle(x, [k](std::int64_t d) { return d <= k; });
}
template <class X>
    requires is_array_like_v<X>
auto triu(const X& x, std::int64_t k = 0) {
    return manip::triangle(x, [k](std::int64_t d) { return d >= k; });
}

// ---- take --------------------------------------------------------------------------------------

namespace manip {

inline std::int64_t checked_index(std::int64_t i, std::int64_t size, std::size_t axis) {
    if (i < -size || i >= size)
        throw IndexError("index " + std::to_string(i) + " is out of bounds for axis " + std::to_string(axis) + " with size " +
                         std::to_string(size));
    return i < 0 ? i + size : i;
}

}  // namespace manip

// np.take(a, indices, None): elements of the flattened array; a scalar index gives the element.
// (Always called with the axis argument: the two-argument take is a[idx], fancy_index.hpp.)
template <class X, class I>
    requires is_array_like_v<X>
auto take(const X& x, const I& indices, NoneType) {
    using T = value_type_t<X>;
    const auto a = materialize(x);
    if constexpr (is_array_like_v<I>) {
        const auto idx = materialize(indices);
        ndarray<T, rank_v<I>> out(idx.shape());
        for (std::int64_t j = 0; j < idx.size(); ++j)
            out.data()[j] = a.data()[manip::checked_index(static_cast<std::int64_t>(idx.data()[j]), a.size(), 0)];
        return out;
    } else {
        return a.data()[manip::checked_index(static_cast<std::int64_t>(indices), a.size(), 0)];
    }
}
// np.take(a, indices, axis): the result's shape is a.shape[:axis] + indices.shape + a.shape[axis+1:].
template <class X, class I>
    requires is_array_like_v<X>
auto take(const X& x, const I& indices, std::int64_t axis_arg) {
    using T = value_type_t<X>;
    constexpr std::size_t N = rank_v<X>;
    constexpr std::size_t K = rank_v<I>;
    constexpr std::size_t R = N - 1 + K;
    const auto a = eval(x);
    const auto axis = shp::normalize_axis(axis_arg, static_cast<int>(N), "");
    const auto idx = [&] {
        if constexpr (is_array_like_v<I>) return materialize(indices);
        else return ndarray<std::int64_t, 1>(manip::shape_t<1>{1});
    }();
    std::vector<std::int64_t> positions(static_cast<std::size_t>(is_array_like_v<I> ? idx.size() : 1));
    for (std::size_t j = 0; j < positions.size(); ++j) {
        std::int64_t i = 0;
        if constexpr (is_array_like_v<I>) i = static_cast<std::int64_t>(idx.data()[j]);
        else i = static_cast<std::int64_t>(indices);
        positions[j] = manip::checked_index(i, a.shape()[axis], axis);
    }
    manip::shape_t<R> shape{};
    for (std::size_t k = 0; k < axis; ++k) shape[k] = a.shape()[k];
    for (std::size_t k = 0; k < K; ++k) shape[axis + k] = idx.shape()[k];
    for (std::size_t k = axis + 1; k < N; ++k) shape[k - 1 + K] = a.shape()[k];
    auto gather = [&](const manip::shape_t<R>& index) {
        std::int64_t flat_idx = 0;  // position in the flattened index array
        for (std::size_t k = 0; k < K; ++k) flat_idx = flat_idx * idx.shape()[k] + index[axis + k];
        std::int64_t offset = positions[static_cast<std::size_t>(flat_idx)] * a.strides()[axis];
        for (std::size_t k = 0; k < axis; ++k) offset += index[k] * a.strides()[k];
        for (std::size_t k = axis + 1; k < N; ++k) offset += index[k - 1 + K] * a.strides()[k];
        return a.data()[offset];
    };
    if constexpr (R == 0) {
        return gather(manip::shape_t<0>{});
    } else {
        ndarray<T, R> out(shape);
        std::int64_t j = 0;
        manip::for_each_index(shape, [&](const manip::shape_t<R>& index) { out.data()[j++] = gather(index); });
        return out;
    }
}

// ---- nonzero, argwhere -------------------------------------------------------------------------

namespace manip {

template <class A>
std::vector<shape_t<rank_v<A>>> nonzero_indices(const A& a) {
    std::vector<shape_t<rank_v<A>>> found;
    for_each_index(a.shape(), [&](const shape_t<rank_v<A>>& index) {
        if (a.data()[offset_of(a.strides(), index)] != value_type_t<A>(0)) found.push_back(index);
    });
    return found;
}

template <std::size_t N, std::size_t... K>
auto nonzero_tuple(const std::vector<shape_t<N>>& found, std::index_sequence<K...>) {
    const auto count = static_cast<std::int64_t>(found.size());
    auto column = [&](std::size_t k) {
        ndarray<std::int64_t, 1> out(shape_t<1>{count});
        for (std::int64_t j = 0; j < count; ++j) out.data()[j] = found[static_cast<std::size_t>(j)][k];
        return out;
    };
    return std::tuple{column(K)...};
}

}  // namespace manip

template <class X>
    requires is_array_like_v<X>
auto nonzero(const X& x) {
    const auto a = eval(x);
    return manip::nonzero_tuple<rank_v<X>>(manip::nonzero_indices(a), std::make_index_sequence<rank_v<X>>{});
}

template <class X>
    requires is_array_like_v<X>
auto argwhere(const X& x) {
    const auto a = eval(x);
    constexpr std::size_t N = rank_v<X>;
    const auto found = manip::nonzero_indices(a);
    ndarray<std::int64_t, 2> out(manip::shape_t<2>{static_cast<std::int64_t>(found.size()), static_cast<std::int64_t>(N)});
    for (std::size_t j = 0; j < found.size(); ++j)
        for (std::size_t k = 0; k < N; ++k) out.data()[j * N + k] = found[j][k];
    return out;
}

// ---- cross -------------------------------------------------------------------------------------

// np.cross(a, b) of vectors along the last axis, the leading axes broadcast. NumPy gives a scalar
// per pair of 2-vectors (one axis less); that form is not supported and raises ValueError.
template <class A, class B>
    requires(is_array_like_v<A> && is_array_like_v<B>)
auto cross(const A& x, const B& y) {
    using T = value_type_t<A>;
    static_assert(std::is_same_v<T, value_type_t<B>>, "np.cross: operands are converted to one dtype first");
    constexpr std::size_t NA = rank_v<A>, NB = rank_v<B>;
    constexpr std::size_t R = std::max(NA, NB);
    const auto a = eval(x);
    const auto b = eval(y);
    const std::int64_t da = a.shape()[NA - 1], db = b.shape()[NB - 1];
    if ((da != 2 && da != 3) || (db != 2 && db != 3))
        throw ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
    if (da == 2 && db == 2)
        throw ValueError("np.cross of two 2-vectors (a scalar z-component per pair) is not supported by py2cpp");
    // the leading axes broadcast (the message of NumPy's np.broadcast(a[..., 0], b[..., 0]))
    manip::shape_t<R> shape{};
    shape.fill(1);
    bool ok = true;
    auto merge = [&](const auto& arr, std::size_t n) {
        for (std::size_t k = 0; k + 1 < n; ++k) {
            const std::int64_t d = arr.shape()[k];
            std::int64_t& s = shape[R - n + k];
            if (d == 1 || d == s) continue;
            if (s == 1) s = d;
            else ok = false;
        }
    };
    merge(a, NA);
    merge(b, NB);
    if (!ok) {
        auto lead = [](const auto& arr, std::size_t n) {  // Python's repr of the leading shape
            std::string text = "(";
            for (std::size_t k = 0; k + 1 < n; ++k) text += (k > 0 ? ", " : "") + std::to_string(arr.shape()[k]);
            return text + (n == 2 ? ",)" : ")");
        };
        throw ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape " +
                         lead(a, NA) + " and arg 1 with shape " + lead(b, NB) + ".");
    }
    shape[R - 1] = 3;
    ndarray<T, R> out(shape);
    std::int64_t j = 0;
    manip::shape_t<R> lead_shape = shape;
    lead_shape[R - 1] = 1;
    manip::for_each_index(lead_shape, [&](const manip::shape_t<R>& index) {
        auto component = [&](const auto& arr, std::size_t n, std::int64_t c) {
            std::int64_t offset = c * arr.strides()[n - 1];
            for (std::size_t k = 0; k + 1 < n; ++k) {
                const std::int64_t i = arr.shape()[k] == 1 ? 0 : index[R - n + k];
                offset += i * arr.strides()[k];
            }
            return arr.data()[offset];
        };
        const T a0 = component(a, NA, 0), a1 = component(a, NA, 1), b0 = component(b, NB, 0), b1 = component(b, NB, 1);
        T* o = out.data() + j;
        j += 3;
        if (da == 3 && db == 3) {
            const T a2 = component(a, NA, 2), b2 = component(b, NB, 2);
            o[0] = static_cast<T>(a1 * b2 - a2 * b1);
            o[1] = static_cast<T>(a2 * b0 - a0 * b2);
            o[2] = static_cast<T>(a0 * b1 - a1 * b0);
        } else if (da == 2) {  // a's third component is 0
            const T b2 = component(b, NB, 2);
            o[0] = static_cast<T>(a1 * b2);
            o[1] = static_cast<T>(-static_cast<T>(a0 * b2));
            o[2] = static_cast<T>(a0 * b1 - a1 * b0);
        } else {  // b's third component is 0
            const T a2 = component(a, NA, 2);
            o[0] = static_cast<T>(-static_cast<T>(a2 * b1));
            o[1] = static_cast<T>(a2 * b0);
            o[2] = static_cast<T>(a0 * b1 - a1 * b0);
        }
    });
    return out;
}

// ---- meshgrid ----------------------------------------------------------------------------------

// np.meshgrid(x1, x2, ..., indexing='xy'): a list of arrays of rank len(xi), each input (flattened)
// laid along its axis ('xy' swaps the first two axes), copied.
template <class... X>
    requires(sizeof...(X) >= 1 && (is_array_like_v<X> && ...))
auto meshgrid(std::string_view indexing, const X&... xs) {
    using T = value_type_t<std::tuple_element_t<0, std::tuple<X...>>>;
    static_assert((std::is_same_v<T, value_type_t<X>> && ...), "np.meshgrid: inputs of one dtype (a list holds one type)");
    constexpr std::size_t N = sizeof...(X);
    if (indexing != "xy" && indexing != "ij") throw ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
    const bool xy = indexing == "xy" && N >= 2;
    std::array<ndarray<T, 1>, N> inputs{[&] {
        const auto m = materialize(xs);
        return ndarray<T, 1>::view_of(m.owner(), m.data(), {m.size()}, {1});
    }()...};
    manip::shape_t<N> shape{};
    for (std::size_t k = 0; k < N; ++k) shape[k] = inputs[k].size();
    if (xy) std::swap(shape[0], shape[1]);
    typename list<ndarray<T, N>>::storage grids;
    for (std::size_t i = 0; i < N; ++i) {
        std::size_t axis = i;
        if (xy && i < 2) axis = 1 - i;
        ndarray<T, N> grid(shape);
        std::int64_t j = 0;
        manip::for_each_index(shape, [&](const manip::shape_t<N>& index) { grid.data()[j++] = inputs[i].data()[index[axis]]; });
        grids.push_back(grid);
    }
    return list<ndarray<T, N>>(std::move(grids));
}

}  // namespace py::np
