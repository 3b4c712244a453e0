// py2cpp runtime: NumPy's functions proper to arrays of complex numbers (complex64 / complex128
// arrays hold std::complex<float> / std::complex<double>): the parts as views (a.real, a.imag,
// np.real, np.imag), np.conj, np.angle, and the products that must not conjugate (np.dot of two
// complex vectors; Eigen's dot conjugates its first operand) or must (np.vdot).
//
// The element-wise arithmetic of complex arrays (NumPy's schoolbook product, Smith's division,
// nc_pow) lives with the other operators in array_expr.hpp / ufuncs.hpp; sums with NumPy's complex
// pairwise summation in reductions.hpp; printing in array_str.hpp.
#pragma once

#include <array>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <numbers>
#include <type_traits>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/creation.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/linalg.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace detail {

// The real (part 0) or imaginary (part 1) parts of a complex array, as a view sharing its
// elements: std::complex<R> is laid out as R[2], so the parts are R arrays with twice the strides.
template <class R, std::size_t N>
ndarray<R, N> complex_part(const ndarray<std::complex<R>, N>& a, int part) {
    std::array<std::int64_t, N> strides = a.strides();
    for (auto& s : strides) s *= 2;
    R* data = reinterpret_cast<R*>(a.data()) + part;
    return ndarray<R, N>::view_of(a.owner(), data, a.shape(), strides);
}

struct conj_fn {
    template <class T>
    T operator()(const T& x) const {
        if constexpr (is_complex_v<T>) return std::conj(x);
        else return x;
    }
};

// np.angle's element: atan2(imag, real), in degrees with deg (NumPy multiplies by 180/pi).
struct angle_fn {
    bool deg = false;
    template <class T>
    auto operator()(const T& x) const {
        if constexpr (is_complex_v<T>) {
            using R = typename T::value_type;
            const R a = std::atan2(x.imag(), x.real());
            return deg ? static_cast<R>(a * static_cast<R>(180.0 / std::numbers::pi)) : a;
        } else {  // float32 stays float32, ints and bools become float64
            using R = std::conditional_t<std::is_floating_point_v<T>, T, double>;
            const R a = std::atan2(R(0), static_cast<R>(x));
            return deg ? static_cast<R>(a * static_cast<R>(180.0 / std::numbers::pi)) : a;
        }
    }
};

}  // namespace detail

// a.real / np.real(a): for a complex array a view of the real parts (writes go through, as in
// NumPy); a real array itself.
template <class X>
    requires is_array_like_v<X>
auto real(const X& x) {
    const auto a = eval(x);
    if constexpr (is_complex_v<value_type_t<X>>) return detail::complex_part(a, 0);
    else return a;
}

// a.imag / np.imag(a): a view of the imaginary parts; zeros for a real array (NumPy's are read-only).
template <class X>
    requires is_array_like_v<X>
auto imag(const X& x) {
    const auto a = eval(x);
    if constexpr (is_complex_v<value_type_t<X>>) return detail::complex_part(a, 1);
    else return zeros<value_type_t<X>>(a.shape());
}

// np.real/np.imag of a number.
template <class T>
    requires is_number_v<T>
auto real(const T& x) {
    if constexpr (is_complex_v<T>) return x.real();
    else return x;
}
template <class T>
    requires is_number_v<T>
auto imag(const T& x) {
    if constexpr (is_complex_v<T>) return x.imag();
    else return T(0);
}

// np.conj / np.conjugate / a.conj(): element-wise, lazy; a real array's values as they are.
template <class X>
    requires is_operand_v<X>
auto conj(const X& x) {
    if constexpr (is_array_like_v<X>) return detail::apply<detail::functor_op<detail::conj_fn>>(x);
    else return detail::conj_fn{}(x);
}

// np.angle(z, deg=False): float64 (float32 for complex64) angles in (-pi, pi].
template <class X>
    requires is_array_like_v<X>
auto angle(const X& x, bool deg = false) {
    const auto a = eval(x);
    using T = value_type_t<X>;
    using R = decltype(detail::angle_fn{}(std::declval<T>()));
    ndarray<R, rank_v<X>> out(a.shape());
    const detail::angle_fn f{deg};
    const auto flat = materialize(a);  // C order, as out
    for (std::int64_t i = 0; i < flat.size(); ++i) out.data()[i] = f(flat.data()[i]);
    return out;
}

template <class T>
    requires is_number_v<T>
double angle(const T& x, bool deg = false) {
    if constexpr (is_complex_v<T>) return detail::angle_fn{deg}(std::complex<double>(x));
    else return detail::angle_fn{deg}(static_cast<double>(x));
}

namespace detail {

// sum of x[i] * y[i] (conjugating x with `conjugate`) over two flat, equally long sequences.
template <class T>
T flat_inner(const T* x, const T* y, std::int64_t n, bool conjugate) {
    T total(0);
    for (std::int64_t i = 0; i < n; ++i) {
        const T xi = conjugate ? conj_fn{}(x[i]) : x[i];
        if constexpr (is_complex_v<T>) total += numpy_complex_multiply(xi, y[i]);
        else total += xi * y[i];
    }
    return total;
}

}  // namespace detail

// np.dot / np.matmul / @ with complex operands (ranks 1 and 2): vector·vector is the sum of the
// products without conjugation (Eigen's dot would conjugate), the other ranks Eigen's products.
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto complex_dot(const X& x, const Y& y) {
    static_assert(std::is_same_v<value_type_t<X>, value_type_t<Y>>, "py::np::complex_dot: operands of one element type");
    if constexpr (rank_v<X> == 1 && rank_v<Y> == 1) {
        const auto a = materialize(x);
        const auto b = materialize(y);
        if (a.size() != b.size())
            throw ValueError("shapes (" + std::to_string(a.size()) + ",) and (" + std::to_string(b.size()) + ",) not aligned: " +
                             std::to_string(a.size()) + " (dim 0) != " + std::to_string(b.size()) + " (dim 0)");
        return detail::flat_inner(a.data(), b.data(), a.size(), false);
    } else {
        return dot(x, y);
    }
}

template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto complex_matmul(const X& x, const Y& y) {
    if constexpr (rank_v<X> == 1 && rank_v<Y> == 1) {
        const auto a = materialize(x);
        const auto b = materialize(y);
        if (a.size() != b.size()) la::raise_matmul_mismatch(b.size(), a.size());
        return detail::flat_inner(a.data(), b.data(), a.size(), false);
    } else {
        return matmul(x, y);
    }
}

// np.vdot(a, b): the arrays flattened, a conjugated; a ValueError when the sizes differ.
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto vdot(const X& x, const Y& y) {
    static_assert(std::is_same_v<value_type_t<X>, value_type_t<Y>>, "py::np::vdot: operands of one element type");
    const auto a = materialize(x);
    const auto b = materialize(y);
    if (a.size() != b.size()) throw ValueError("cannot reshape array of size " + std::to_string(b.size()) + " into shape (" + std::to_string(a.size()) + ",)");
    return detail::flat_inner(a.data(), b.data(), a.size(), true);
}

}  // namespace py::np
