// py2cpp runtime: NumPy's advanced indexing with one index array — a boolean mask (`a[a > 0]`,
// `a[mask] = 0`) or an integer array (`a[idx]`, `a[idx] = v`). Unlike basic indexing these make
// copies when read, as in NumPy; stores write into the indexed elements.
//
// `masked`/`take` and their stores are the two common forms (a mask of the array's own shape; an
// integer index array into axis 0). `fancy_get`/`fancy_set` are the general case: any mix of
// integer arrays, boolean masks, integers, slices, `:` and np.newaxis in one subscript
// (`M[:, idx]`, `M[rows, cols]`, `T[0, :, mask]`), with NumPy's rule for where the indexed
// dimensions go (see fancy_get).
#pragma once

#include <algorithm>
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

// ---- The general case: several index items, at least one of them an array ------------------------

namespace detail {

// What one item of a subscript does, known from its C++ type: how many axes of the array it
// consumes, how many dimensions of the result it makes by itself (slices, `:`, newaxis), whether
// it is an advanced index (arrays and, when an array is present, integers), and the rank it adds
// to the broadcast shape of the advanced indices (a mask's true positions are one dimension).
template <class I>
struct fancy_item {
    static constexpr bool integer = py::detail::is_index_item_v<I>;
    static constexpr bool array = is_array_like_v<I>;
    static constexpr bool mask = [] {
        if constexpr (is_array_like_v<I>) return std::is_same_v<value_type_t<I>, bool>;
        else return false;
    }();
    static constexpr std::size_t array_rank = [] {
        if constexpr (is_array_like_v<I>) return rank_v<I>;
        else return std::size_t{0};
    }();
    static constexpr bool advanced = integer || array;
    static constexpr std::size_t consumed = std::is_same_v<I, newaxis_t> ? 0 : mask ? array_rank : 1;
    static constexpr std::size_t made = std::is_same_v<I, slice> || std::is_same_v<I, all_t> || std::is_same_v<I, newaxis_t>;
    static constexpr std::size_t broadcast_rank = mask ? 1 : array_rank;
    static_assert(integer || array || std::is_same_v<I, slice> || std::is_same_v<I, all_t> || std::is_same_v<I, newaxis_t>,
                  "py::np::fancy_get: items are integers, py::slice, py::all, py::newaxis or index arrays");
};

// The rank of a[items...] for an array of rank N.
template <std::size_t N, class... Items>
constexpr std::size_t fancy_rank() {
    constexpr std::size_t consumed = (fancy_item<Items>::consumed + ... + 0);
    static_assert(consumed <= N, "py::np::fancy_get: too many indices for array");
    static_assert((fancy_item<Items>::array || ...), "py::np::fancy_get: at least one item is an index array");
    return (fancy_item<Items>::made + ... + 0) + (N - consumed) + std::max({std::size_t{0}, fancy_item<Items>::broadcast_rank...});
}

// One advanced index after masks are replaced by their true positions: integer values (C order)
// of some shape, indexing one axis.
struct index_operand {
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> values;
    std::size_t axis;
};

// Where the elements of a[items...] are: the result's dimensions, each with the step it takes in
// the array (a slice's stride) and in the table of advanced offsets (the C-order strides of the
// broadcast shape of the index arrays), and that table: for each position in the broadcast shape,
// the offset the advanced indices select.
struct fancy_plan {
    std::ptrdiff_t base = 0;
    std::vector<std::int64_t> shape;
    std::vector<std::ptrdiff_t> strides;       // in the array
    std::vector<std::ptrdiff_t> table_strides;  // in `offsets`
    std::vector<std::ptrdiff_t> offsets;

    // Calls f(offset of the element in the array, offset in `other`) for every element of the
    // result in C order, where `other` is an array of the result's shape (or broadcast to it)
    // with strides `other_strides` (one per dimension of the result).
    template <class F>
    void for_each(const std::vector<std::ptrdiff_t>& other_strides, F&& f) const {
        const std::size_t rank = shape.size();
        for (const std::int64_t d : shape)
            if (d == 0) return;
        std::vector<std::int64_t> index(rank, 0);
        std::ptrdiff_t at = base;
        std::ptrdiff_t entry = 0;
        std::ptrdiff_t other = 0;
        while (true) {
            f(at + offsets[static_cast<std::size_t>(entry)], other);
            std::size_t k = rank;
            while (k-- > 0) {
                if (++index[k] < shape[k]) {
                    at += strides[k];
                    entry += table_strides[k];
                    other += other_strides[k];
                    break;
                }
                at -= strides[k] * (shape[k] - 1);
                entry -= table_strides[k] * (shape[k] - 1);
                other -= other_strides[k] * (shape[k] - 1);
                index[k] = 0;
            }
            if (k == static_cast<std::size_t>(-1)) return;
        }
    }

    // The C-order strides of an array of the result's shape.
    std::vector<std::ptrdiff_t> contiguous_strides() const {
        std::vector<std::ptrdiff_t> out(shape.size());
        std::ptrdiff_t s = 1;
        for (std::size_t k = shape.size(); k-- > 0;) {
            out[k] = s;
            s *= shape[k];
        }
        return out;
    }
};

// The true positions of a mask that covers axes [axis, axis + K) of `a`: K index arrays.
template <std::size_t N, class M>
void add_mask_operands(const std::array<std::int64_t, N>& array_shape, std::size_t axis, const M& m,
                       std::vector<index_operand>& out) {
    const auto mask = eval(m);
    constexpr std::size_t K = rank_v<decltype(mask)>;
    for (std::size_t k = 0; k < K; ++k)
        if (mask.shape()[k] != array_shape[axis + k])
            throw IndexError("boolean index did not match indexed array along dimension " + std::to_string(axis + k) +
                             "; dimension is " + std::to_string(array_shape[axis + k]) +
                             " but corresponding boolean dimension is " + std::to_string(mask.shape()[k]));
    std::vector<index_operand> positions(K);
    for (std::size_t k = 0; k < K; ++k) positions[k].axis = axis + k;
    std::array<std::int64_t, K> index{};
    for_each_element(mask, [&](const bool& flag) {
        if (flag)
            for (std::size_t k = 0; k < K; ++k) positions[k].values.push_back(index[k]);
        for (std::size_t k = K; k-- > 0;) {
            if (++index[k] < mask.shape()[k]) break;
            index[k] = 0;
        }
    });
    for (auto& p : positions) {
        p.shape = {static_cast<std::int64_t>(p.values.size())};
        out.push_back(std::move(p));
    }
}

template <class T, std::size_t N, class... Items>
fancy_plan make_fancy_plan(const ndarray<T, N>& a, const Items&... items) {
    fancy_plan plan;
    std::vector<index_operand> operands;
    // The result's dimensions made by slices, `:`, newaxis and the axes no item names, and where
    // the broadcast dimensions of the advanced indices go among them.
    std::vector<std::pair<std::int64_t, std::ptrdiff_t>> basic;
    std::size_t axis = 0;
    std::size_t block_at = 0;
    int state = 0;  // 0: no advanced index yet, 1: in the first run of them, 2: after it
    bool adjacent = true;
    auto add = [&](const auto& item) {
        using I = std::remove_cvref_t<decltype(item)>;
        if constexpr (fancy_item<I>::advanced) {
            if (state == 0) block_at = basic.size();
            if (state == 2) adjacent = false;
            state = 1;
        } else if (state == 1) {
            state = 2;
        }
        if constexpr (fancy_item<I>::integer) {
            operands.push_back({{}, {static_cast<std::int64_t>(item)}, axis++});
        } else if constexpr (fancy_item<I>::mask) {
            add_mask_operands(a.shape(), axis, item, operands);
            axis += fancy_item<I>::consumed;
        } else if constexpr (fancy_item<I>::array) {
            const auto idx = eval(item);
            index_operand op;
            for (const std::int64_t d : idx.shape()) op.shape.push_back(d);  // (vector::assign trips GCC 12's -Wnonnull)
            op.values.reserve(static_cast<std::size_t>(idx.size()));
            for_each_element(idx, [&](const auto& v) { op.values.push_back(static_cast<std::int64_t>(v)); });
            op.axis = axis++;
            operands.push_back(std::move(op));
        } else if constexpr (std::is_same_v<I, newaxis_t>) {
            basic.emplace_back(1, 0);
        } else if constexpr (std::is_same_v<I, all_t>) {
            basic.emplace_back(a.shape()[axis], a.strides()[axis]);
            ++axis;
        } else {
            const py::detail::slice_range r = py::detail::resolve_slice(item, a.shape()[axis]);
            if (r.count > 0) plan.base += r.start * a.strides()[axis];
            basic.emplace_back(r.count, a.strides()[axis] * r.step);
            ++axis;
        }
    };
    (add(items), ...);
    for (; axis < N; ++axis) basic.emplace_back(a.shape()[axis], a.strides()[axis]);
    if (!adjacent) block_at = 0;  // separated advanced indices: their dimensions come first

    // Broadcast the index arrays (right-aligned), as NumPy does before it checks any index.
    std::size_t rank = 0;
    for (const auto& op : operands) rank = std::max(rank, op.shape.size());
    std::vector<std::int64_t> shape(rank, 1);
    bool ok = true;
    for (const auto& op : operands)
        for (std::size_t j = 0; j < op.shape.size(); ++j) {
            std::int64_t& o = shape[rank - op.shape.size() + j];
            const std::int64_t d = op.shape[j];
            if (d == o || d == 1) continue;
            if (o == 1) o = d;
            else ok = false;
        }
    if (!ok) {
        std::string message = "shape mismatch: indexing arrays could not be broadcast together with shapes ";
        for (const auto& op : operands)
            if (!op.shape.empty() || operands.size() == 1) message += format_shape(op.shape) + ' ';
        throw IndexError(message);
    }
    std::int64_t count = 1;
    for (const std::int64_t d : shape) count *= d;
    plan.offsets.assign(static_cast<std::size_t>(count), 0);
    for (const auto& op : operands) {
        // The operand's strides over the broadcast shape (0 along broadcast dimensions).
        std::vector<std::int64_t> step(rank, 0);
        std::int64_t s = 1;
        for (std::size_t j = op.shape.size(); j-- > 0;) {
            if (op.shape[j] != 1) step[rank - op.shape.size() + j] = s;
            s *= op.shape[j];
        }
        std::vector<std::int64_t> index(rank, 0);
        std::int64_t from = 0;
        for (std::int64_t n = 0; n < count; ++n) {
            plan.offsets[static_cast<std::size_t>(n)] +=
                py::detail::normalize_index(op.values[static_cast<std::size_t>(from)], op.axis, a.shape()[op.axis]) * a.strides()[op.axis];
            for (std::size_t k = rank; k-- > 0;) {
                if (++index[k] < shape[k]) {
                    from += step[k];
                    break;
                }
                from -= step[k] * (shape[k] - 1);
                index[k] = 0;
            }
        }
    }
    // The result's dimensions: the basic ones, with the broadcast block inserted at block_at.
    std::vector<std::ptrdiff_t> table(rank, 0);
    std::ptrdiff_t t = 1;
    for (std::size_t k = rank; k-- > 0;) {
        table[k] = t;
        t *= shape[k];
    }
    for (std::size_t k = 0; k <= basic.size(); ++k) {
        if (k == block_at)
            for (std::size_t j = 0; j < rank; ++j) {
                plan.shape.push_back(shape[j]);
                plan.strides.push_back(0);
                plan.table_strides.push_back(table[j]);
            }
        if (k == basic.size()) break;
        plan.shape.push_back(basic[k].first);
        plan.strides.push_back(basic[k].second);
        plan.table_strides.push_back(0);
    }
    return plan;
}

template <std::size_t R>
std::array<std::int64_t, R> to_shape(const std::vector<std::int64_t>& shape) {
    std::array<std::int64_t, R> out{};
    std::copy(shape.begin(), shape.end(), out.begin());
    return out;
}

}  // namespace detail

// a[items...] with index arrays among integers, slices, `:` and np.newaxis: a new array, as
// NumPy's advanced indexing makes. The index arrays (integers counted as 0-d ones) are broadcast
// together; their broadcast shape replaces the axes they index when they stand next to each other
// in the subscript, and comes first otherwise (M[:, idx] keeps rows first; T[0, :, idx] puts
// idx's dimensions first). A mask stands for the index arrays of its true positions.
template <class X, class... Items>
auto fancy_get(const X& x, const Items&... items) {
    const auto a = eval(x);
    using T = value_type_t<decltype(a)>;
    constexpr std::size_t R = detail::fancy_rank<rank_v<decltype(a)>, Items...>();
    const detail::fancy_plan plan = detail::make_fancy_plan(a, items...);
    ndarray<T, R> out(detail::to_shape<R>(plan.shape));
    T* dest = out.data();
    const T* source = a.data();
    plan.for_each(plan.contiguous_strides(), [&](std::ptrdiff_t from, std::ptrdiff_t to) { dest[to] = source[from]; });
    return out;
}

// a[items...] = v for the same subscripts: v is a number or an array broadcast to the shape of
// a[items...] (NumPy's message otherwise), written in the result's C order, so repeated indices
// keep the last value. As in NumPy 1.24, an array v is read element by element as the elements
// are written (a view of `a` sees the earlier writes); an expression is computed first.
template <class T, std::size_t N, class V, class... Items>
void fancy_set(const ndarray<T, N>& a, const V& v, const Items&... items) {
    constexpr std::size_t R = detail::fancy_rank<N, Items...>();
    const detail::fancy_plan plan = detail::make_fancy_plan(a, items...);
    T* dest = a.data();
    if constexpr (!is_array_like_v<V>) {
        const T value = static_cast<T>(v);
        plan.for_each(std::vector<std::ptrdiff_t>(R, 0), [&](std::ptrdiff_t to, std::ptrdiff_t) { dest[to] = value; });
    } else {
        const auto from = v.shape();
        constexpr std::size_t M = std::tuple_size_v<std::remove_cvref_t<decltype(from)>>;
        static_assert(M <= R, "py::np::fancy_set: the value has more dimensions than the indexing result");
        bool fits = true;
        for (std::size_t j = 0; j < M; ++j)
            fits = fits && (from[j] == 1 || from[j] == plan.shape[R - M + j]);
        if (!fits)
            throw ValueError("shape mismatch: value array of shape " + detail::format_shape(from) +
                             " could not be broadcast to indexing result of shape " + detail::format_shape(plan.shape));
        const auto values = eval(v);  // an array as it is; an expression computed into a new one
        std::vector<std::ptrdiff_t> steps(R, 0);  // 0 along broadcast dimensions
        for (std::size_t j = 0; j < M; ++j)
            if (from[j] != 1) steps[R - M + j] = values.strides()[j];
        const auto* source = values.data();
        plan.for_each(steps, [&](std::ptrdiff_t to, std::ptrdiff_t at) { dest[to] = static_cast<T>(source[at]); });
    }
}

}  // namespace py::np
