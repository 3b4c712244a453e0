// py2cpp runtime: NumPy's array creation functions (docs/ARRAYS.md, "Creation").
//
// Shapes are given as generated code writes them: an integer (`np.zeros(3)`), a std::tuple of
// integers (`np.zeros((2, 3))`) or a std::array (a.shape()). The element type is always explicit
// (`zeros<double>(...)`): the emitter has resolved NumPy's dtype rules already.
//
// arange and linspace reproduce NumPy's arithmetic step by step (numpy/core/src/multiarray/
// ctors.c PyArray_ArangeObj + arraytypes fill, numpy/core/function_base.py linspace), so the
// values are bit-identical to NumPy's, including the well-known 0.30000000000000004.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py::np {

namespace detail {

template <class S, class = void>
struct shape_rank;
template <class S>
struct shape_rank<S, std::enable_if_t<std::is_integral_v<S> && !std::is_same_v<S, bool>>>
    : std::integral_constant<std::size_t, 1> {};
template <class... I>
struct shape_rank<std::tuple<I...>> : std::integral_constant<std::size_t, sizeof...(I)> {};
template <class I, std::size_t N>
struct shape_rank<std::array<I, N>> : std::integral_constant<std::size_t, N> {};

template <class S>
inline constexpr std::size_t shape_rank_v = shape_rank<std::remove_cvref_t<S>>::value;

// An int, a tuple of ints or an array of ints as std::array<int64_t, N>.
template <class S>
std::array<std::int64_t, shape_rank_v<S>> to_shape(const S& s) {
    if constexpr (std::is_integral_v<S>) {
        return {static_cast<std::int64_t>(s)};
    } else {
        return py::detail::apply_tuple([](const auto&... d) { return std::array<std::int64_t, sizeof...(d)>{static_cast<std::int64_t>(d)...}; },
                          s);
    }
}

template <class T, std::size_t N>
ndarray<T, N> filled(const std::array<std::int64_t, N>& shape, T value) {
    ndarray<T, N> a(shape);
    std::fill_n(a.data(), a.size(), value);
    return a;
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_ragged(std::int64_t rows) {
    throw ValueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 "
        "dimensions. The detected shape was (" +
        std::to_string(rows) + ",) + inhomogeneous part.");
}

// NumPy's _arange_safe_ceil_to_intp on (stop - start) / step, then clamped at 0.
inline std::int64_t arange_length(double quotient) {
    const double len = std::ceil(quotient);
    if (std::isnan(len)) throw ValueError("arange: cannot compute length");
    if (!(len >= -0x1p63 && len < 0x1p63)) throw ValueError("Maximum allowed size exceeded");
    return len > 0 ? static_cast<std::int64_t>(len) : 0;
}

// (stop - start) / step as Python computes it: exact int subtraction then a correctly rounded
// true division for ints (ZeroDivisionError "division by zero"), float arithmetic otherwise
// ("float division by zero").
template <class A, class B, class C>
double arange_quotient(A start, B stop, C step) {
    if constexpr (std::is_integral_v<A> && std::is_integral_v<B> && std::is_integral_v<C>)
        return py::truediv(py::isub(static_cast<std::int64_t>(stop), static_cast<std::int64_t>(start)),
                           static_cast<std::int64_t>(step));
    else
        return py::truediv(static_cast<double>(stop) - static_cast<double>(start), static_cast<double>(step));
}

}  // namespace detail

// ---- Filled arrays --------------------------------------------------------------------------------

template <class T = double, class S>
ndarray<T, detail::shape_rank_v<S>> empty(const S& shape) {
    return ndarray<T, detail::shape_rank_v<S>>(detail::to_shape(shape));
}

template <class T = double, class S>
ndarray<T, detail::shape_rank_v<S>> zeros(const S& shape) {
    return detail::filled(detail::to_shape(shape), T(0));
}

template <class T = double, class S>
ndarray<T, detail::shape_rank_v<S>> ones(const S& shape) {
    return detail::filled(detail::to_shape(shape), T(1));
}

template <class T, class S, class V>
    requires is_number_v<V>
ndarray<T, detail::shape_rank_v<S>> full(const S& shape, V value) {
    return detail::filled(detail::to_shape(shape), detail::convert_element<T>(value));
}

// *_like: same shape and element type as an array or expression.
template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> empty_like(const X& x) {
    return ndarray<value_type_t<X>, rank_v<X>>(x.shape());
}

template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> zeros_like(const X& x) {
    return detail::filled(x.shape(), value_type_t<X>(0));
}

template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> ones_like(const X& x) {
    return detail::filled(x.shape(), value_type_t<X>(1));
}

template <class X, class V>
    requires(is_array_like_v<X> && is_number_v<V>)
ndarray<value_type_t<X>, rank_v<X>> full_like(const X& x, V value) {
    return detail::filled(x.shape(), detail::convert_element<value_type_t<X>>(value));
}

// ---- Ranges ---------------------------------------------------------------------------------------

// np.arange(start, stop, step, dtype=T): length ceil((stop - start) / step); element 0 is start,
// element 1 is start + step (computed in Python arithmetic, then converted to T), and the rest
// start + i * delta with delta = element 1 - element 0 computed in T (NumPy's fill function).
template <class T = std::int64_t, class A, class B, class C>
    requires(std::is_arithmetic_v<A> && std::is_arithmetic_v<B> && std::is_arithmetic_v<C>)
ndarray<T, 1> arange(A start, B stop, C step) {
    const std::int64_t n = detail::arange_length(detail::arange_quotient(start, stop, step));
    ndarray<T, 1> a(std::array<std::int64_t, 1>{n});
    if (n == 0) return a;
    T* out = a.data();
    out[0] = static_cast<T>(start);
    if (n == 1) return a;
    if constexpr (std::is_integral_v<A> && std::is_integral_v<C>)
        out[1] = static_cast<T>(static_cast<std::int64_t>(start) + static_cast<std::int64_t>(step));
    else
        out[1] = static_cast<T>(static_cast<double>(start) + static_cast<double>(step));
    const T first = out[0];
    const T delta = static_cast<T>(out[1] - first);
    for (std::int64_t i = 2; i < n; ++i) {
        if constexpr (std::is_floating_point_v<T>) out[i] = first + static_cast<T>(i) * delta;
        else out[i] = static_cast<T>(first + i * delta);
    }
    return a;
}

template <class T = std::int64_t, class A, class B>
    requires(std::is_arithmetic_v<A> && std::is_arithmetic_v<B>)
ndarray<T, 1> arange(A start, B stop) {
    return arange<T>(start, stop, std::int64_t{1});
}

template <class T = std::int64_t, class B>
    requires std::is_arithmetic_v<B>
ndarray<T, 1> arange(B stop) {
    return arange<T>(std::int64_t{0}, stop, std::int64_t{1});
}

// np.linspace(start, stop, num, endpoint) in float64, operation by operation as NumPy 1.24:
// y = arange(num) * step + start (or (arange(num) / div) * delta when step underflows to 0), and
// the last element exactly stop when endpoint is set.
template <class A, class B>
    requires(std::is_arithmetic_v<A> && std::is_arithmetic_v<B>)
ndarray<double, 1> linspace(A start_, B stop_, std::int64_t num = 50, bool endpoint = true) {
    if (num < 0) throw ValueError("Number of samples, " + std::to_string(num) + ", must be non-negative.");
    const double start = static_cast<double>(start_);
    const double stop = static_cast<double>(stop_);
    const std::int64_t div = endpoint ? num - 1 : num;
    const double delta = stop - start;
    ndarray<double, 1> y(std::array<std::int64_t, 1>{num});
    double* out = y.data();
    const double step = div > 0 ? delta / static_cast<double>(div) : 0.0;
    for (std::int64_t i = 0; i < num; ++i) {
        const double x = static_cast<double>(i);
        double v = 0.0;
        if (div <= 0) v = x * delta;
        else if (step == 0.0) v = (x / static_cast<double>(div)) * delta;
        else v = x * step;
        out[i] = v + start;
    }
    if (endpoint && num > 1) out[num - 1] = stop;
    return y;
}

// ---- Matrices -------------------------------------------------------------------------------------

// np.eye(n, m, k): ones on the k-th diagonal (k > 0 above the main one).
template <class T = double>
ndarray<T, 2> eye(std::int64_t n, std::optional<std::int64_t> m = std::nullopt, std::int64_t k = 0) {
    const std::int64_t cols = m.value_or(n);
    ndarray<T, 2> a = detail::filled(std::array<std::int64_t, 2>{n, cols}, T(0));
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t j = i + k;
        if (j >= 0 && j < cols) a.data()[i * cols + j] = T(1);
    }
    return a;
}

template <class T = double>
ndarray<T, 2> eye(std::int64_t n, NoneType, std::int64_t k = 0) {
    return eye<T>(n, std::nullopt, k);
}

template <class T = double>
ndarray<T, 2> identity(std::int64_t n) {
    return eye<T>(n);
}

// ---- From values ----------------------------------------------------------------------------------

// np.array([...]) and np.array([[...], ...]) from literal lists.
template <class T>
ndarray<T, 1> array(std::initializer_list<T> values) {
    ndarray<T, 1> a(std::array<std::int64_t, 1>{static_cast<std::int64_t>(values.size())});
    std::copy(values.begin(), values.end(), a.data());
    return a;
}

template <class T>
ndarray<T, 2> array(std::initializer_list<std::initializer_list<T>> rows) {
    const auto n = static_cast<std::int64_t>(rows.size());
    const auto m = n == 0 ? std::int64_t{0} : static_cast<std::int64_t>(rows.begin()->size());
    for (const auto& row : rows)
        if (static_cast<std::int64_t>(row.size()) != m) detail::raise_ragged(n);
    ndarray<T, 2> a(std::array<std::int64_t, 2>{n, m});
    T* out = a.data();
    for (const auto& row : rows) out = std::copy(row.begin(), row.end(), out);
    return a;
}

// np.array(list) of a Python list of numbers (py::list, list.hpp), converted to T.
template <class T, class V>
    requires is_number_v<V>
ndarray<T, 1> array(const list<V>& values) {
    const auto& items = values.items();
    ndarray<T, 1> a(std::array<std::int64_t, 1>{static_cast<std::int64_t>(items.size())});
    std::transform(items.begin(), items.end(), a.data(), [](V v) { return detail::convert_element<T>(v); });
    return a;
}

namespace detail {

// The nested lists of a.tolist() for the elements under `data` (rank K left).
template <class S, std::size_t K, class T, std::size_t N>
auto tolist_level(const ndarray<T, N>& a, const T* data) {
    constexpr std::size_t axis = N - K;
    const std::int64_t n = a.shape()[axis], stride = a.strides()[axis];
    if constexpr (K == 1) {
        list<S> out;
        for (std::int64_t i = 0; i < n; ++i) out.append(static_cast<S>(data[i * stride]));
        return out;
    } else {
        list<decltype(tolist_level<S, K - 1>(a, data))> out;
        for (std::int64_t i = 0; i < n; ++i) out.append(tolist_level<S, K - 1>(a, data + i * stride));
        return out;
    }
}

}  // namespace detail

// a.tolist(): nested py::lists (rank deep) of the Python scalars of the elements (int, float, bool).
template <class X>
    requires is_array_like_v<X>
auto tolist(const X& x) {
    const auto a = eval(x);
    using E = value_type_t<X>;
    using S = std::conditional_t<std::is_same_v<E, bool>, bool,
                                 std::conditional_t<std::is_integral_v<E>, int_t, std::conditional_t<is_complex_v<E>, std::complex<double>, double>>>;
    return detail::tolist_level<S, rank_v<X>>(a, static_cast<const E*>(a.data()));
}

// np.array([]): an empty float64 vector (the list's element type was never decided: NoneType).
template <class T>
ndarray<T, 1> array(const list<NoneType>&) {
    return ndarray<T, 1>(std::array<std::int64_t, 1>{0});
}

// np.array(list_of_lists): rows of equal length (ValueError for a ragged list, as NumPy).
template <class T, class V>
    requires is_number_v<V>
ndarray<T, 2> array(const list<list<V>>& rows) {
    const auto n = static_cast<std::int64_t>(rows.size());
    const auto m = n == 0 ? std::int64_t{0} : rows.items().front().size();
    for (const auto& row : rows.items())
        if (row.size() != m) detail::raise_ragged(n);
    ndarray<T, 2> a(std::array<std::int64_t, 2>{n, m});
    T* out = a.data();
    for (const auto& row : rows.items())
        out = std::transform(row.items().begin(), row.items().end(), out, [](V v) { return detail::convert_element<T>(v); });
    return a;
}

// np.array(list_of_arrays): arrays of one shape stacked along a new first axis (a copy, converted
// to T); arrays whose shapes differ are NumPy 1.24's ValueError, naming the dimensions they share.
template <class T, class U, std::size_t N>
ndarray<T, N + 1> array(const list<ndarray<U, N>>& arrays) {
    const auto& items = arrays.items();
    const auto n = static_cast<std::int64_t>(items.size());
    std::array<std::int64_t, N + 1> shape{};
    shape[0] = n;
    if (n == 0) return ndarray<T, N + 1>(shape);  // np.array([]) of no arrays: shape (0, 0, ...)
    for (std::size_t d = 0; d < N; ++d) shape[d + 1] = items.front().shape()[d];
    for (const auto& a : items)
        for (std::size_t d = 0; d < N; ++d)
            if (a.shape()[d] != shape[d + 1]) {
                std::size_t same = 0;  // the leading dimensions every array shares
                while (same < N && std::all_of(items.begin(), items.end(), [&](const auto& b) { return b.shape()[same] == shape[same + 1]; }))
                    ++same;
                std::string detected = "(" + std::to_string(n) + ",";
                for (std::size_t k = 0; k < same; ++k) detected += (k ? ", " : " ") + std::to_string(shape[k + 1]);
                throw ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
                                 std::to_string(same + 1) + " dimensions. The detected shape was " + detected + ") + inhomogeneous part.");
            }
    ndarray<T, N + 1> out(shape);
    T* at = out.data();
    for (const auto& a : items) {
        const auto block = materialize(astype<T>(a));
        at = std::copy(block.data(), block.data() + block.size(), at);
    }
    return out;
}

// np.array(x) of an array or expression: always a copy (dtype T, or x's own).
template <class T, class X>
    requires is_array_like_v<X>
ndarray<T, rank_v<X>> array(const X& x) {
    return materialize(astype<T>(x));
}

template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> array(const X& x) {
    return materialize(x);
}

// np.asarray(x): an ndarray of the same dtype is returned as is (shared); anything else evaluated.
template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> asarray(const X& x) {
    return eval(x);
}

template <class T, class X>
    requires is_array_like_v<X>
ndarray<T, rank_v<X>> asarray(const X& x) {
    if constexpr (std::is_same_v<value_type_t<X>, T>) return eval(x);
    else return materialize(astype<T>(x));
}

// np.copy(a).
template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> copy(const X& x) {
    return materialize(x);
}

}  // namespace py::np
