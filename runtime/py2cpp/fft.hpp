// py2cpp runtime: numpy.fft (fft, ifft, rfft, irfft, fft2, ifft2, fftfreq, rfftfreq, fftshift,
// ifftshift) on Eigen's FFT module (unsupported/Eigen/FFT, its header-only KissFFT back end: any
// length, mixed radix).
//
// NumPy 1.24 (pocketfft) semantics: every transform computes in complex128 (float32 and complex64
// inputs too) and returns complex128 (irfft: float64); `n` truncates or zero-pads the input along
// `axis` (default the last); the inverse transforms scale by 1/n ("backward" normalization) after
// the unscaled transform, as pocketfft multiplies each output by its factor; irfft ignores the
// imaginary parts of the zero-frequency term (and of the Nyquist term for an even n), as a
// Hermitian spectrum has none. The values agree with pocketfft's to rounding (about 1e-16
// relative to the largest magnitude): the two libraries order their butterflies differently.
#pragma once

#include <array>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include <unsupported/Eigen/FFT>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"

namespace py::np::fft {

using complex128 = std::complex<double>;

namespace detail {

[[noreturn, gnu::cold]] inline void raise_points(std::int64_t n) {
    throw ValueError("Invalid number of FFT data points (" + std::to_string(n) + ") specified.");
}

template <std::size_t N>
std::size_t normalize_axis(std::int64_t axis) {
    const std::int64_t r = static_cast<std::int64_t>(N);
    if (axis < -r || axis >= r)
        throw AxisError("axis " + std::to_string(axis) + " is out of bounds for array of dimension " + std::to_string(r));
    return static_cast<std::size_t>(axis < 0 ? axis + r : axis);
}

template <class T>
complex128 to_complex128(const T& v) {
    if constexpr (is_complex_v<T>) return complex128(static_cast<double>(v.real()), static_cast<double>(v.imag()));
    else return complex128(static_cast<double>(v), 0.0);
}

// Applies `line(in, out)` to every line of x along `axis`: `in` holds the input line (its length
// along the axis, as complex128), `out` must be filled with `out_len` values of type R. The result
// has x's shape with the axis `out_len` long.
template <class R, class X, class F>
ndarray<R, rank_v<X>> along_axis(const X& x, std::int64_t axis_arg, std::int64_t out_len, F&& line) {
    constexpr std::size_t N = rank_v<X>;
    const auto a = eval(x);
    const std::size_t axis = normalize_axis<N>(axis_arg);
    auto shape = a.shape();
    const std::int64_t in_len = shape[axis];
    shape[axis] = out_len;
    ndarray<R, N> out(shape);
    // Iterate over every index of the other axes.
    std::array<std::int64_t, N> index{};
    std::int64_t lines = 1;
    for (std::size_t k = 0; k < N; ++k)
        if (k != axis) lines *= shape[k];
    std::vector<complex128> in(static_cast<std::size_t>(in_len));
    std::vector<R> result(static_cast<std::size_t>(out_len));
    for (std::int64_t l = 0; l < lines && out_len > 0; ++l) {
        std::int64_t in_offset = 0, out_offset = 0;
        for (std::size_t k = 0; k < N; ++k) {
            in_offset += index[k] * a.strides()[k];
            out_offset += index[k] * out.strides()[k];
        }
        for (std::int64_t i = 0; i < in_len; ++i) in[static_cast<std::size_t>(i)] = to_complex128(a.data()[in_offset + i * a.strides()[axis]]);
        line(in, result);
        for (std::int64_t i = 0; i < out_len; ++i) out.data()[out_offset + i * out.strides()[axis]] = result[static_cast<std::size_t>(i)];
        // Next index of the other axes, last axis fastest.
        for (std::size_t k = N; k-- > 0;) {
            if (k == axis) continue;
            if (++index[k] < shape[k]) break;
            index[k] = 0;
        }
    }
    return out;
}

// The input line cut or zero-padded to n points.
inline std::vector<complex128> resized(const std::vector<complex128>& in, std::int64_t n) {
    std::vector<complex128> v(static_cast<std::size_t>(n), complex128(0.0, 0.0));
    for (std::size_t i = 0; i < v.size() && i < in.size(); ++i) v[i] = in[i];
    return v;
}

// The unscaled complex transform of v (forward, or backward with `inverse`), times `factor` when
// it is not 1.
inline void transform(const std::vector<complex128>& v, std::vector<complex128>& out, bool inverse, double factor) {
    out.resize(v.size());
    const Eigen::Index n = static_cast<Eigen::Index>(v.size());
    if (n == 1) {  // KissFFT has no plan for one point: the transform is the identity
        out = v;
    } else {
        Eigen::FFT<double> engine;
        engine.SetFlag(Eigen::FFT<double>::Unscaled);
        if (inverse) engine.inv(out.data(), v.data(), n);
        else engine.fwd(out.data(), v.data(), n);
    }
    if (factor != 1.0)
        for (auto& c : out) c = complex128(c.real() * factor, c.imag() * factor);
}

template <class N>
std::int64_t points(const N& n, std::int64_t otherwise) {
    if constexpr (std::is_same_v<N, NoneType>) return otherwise;
    else return static_cast<std::int64_t>(n);
}

template <class X>
std::int64_t axis_length(const X& x, std::int64_t axis) {
    return x.shape()[normalize_axis<rank_v<X>>(axis)];
}

template <class X, class N>
ndarray<complex128, rank_v<X>> complex_fft(const X& x, const N& n_arg, std::int64_t axis, bool inverse) {
    const std::int64_t n = points(n_arg, axis_length(x, axis));
    if (n < 1) raise_points(n);
    const double factor = inverse ? 1.0 / static_cast<double>(n) : 1.0;
    return along_axis<complex128>(x, axis, n, [&](const std::vector<complex128>& in, std::vector<complex128>& out) {
        std::vector<complex128> result;
        transform(resized(in, n), result, inverse, factor);
        out = result;
    });
}

}  // namespace detail

// np.fft.fft(a, n=None, axis=-1)
template <class X, class N = NoneType>
    requires is_array_like_v<X>
ndarray<complex128, rank_v<X>> fft(const X& x, const N& n = N{}, std::int64_t axis = -1) {
    return detail::complex_fft(x, n, axis, false);
}

// np.fft.ifft(a, n=None, axis=-1): the backward transform divided by n.
template <class X, class N = NoneType>
    requires is_array_like_v<X>
ndarray<complex128, rank_v<X>> ifft(const X& x, const N& n = N{}, std::int64_t axis = -1) {
    return detail::complex_fft(x, n, axis, true);
}

// np.fft.rfft(a, n=None, axis=-1) of real values: the n // 2 + 1 non-negative frequency terms.
template <class X, class N = NoneType>
    requires is_array_like_v<X>
ndarray<complex128, rank_v<X>> rfft(const X& x, const N& n_arg = N{}, std::int64_t axis = -1) {
    static_assert(!is_complex_v<value_type_t<X>>, "py::np::fft::rfft takes real values");
    const std::int64_t n = detail::points(n_arg, detail::axis_length(x, axis));
    if (n < 1) detail::raise_points(n);
    return detail::along_axis<complex128>(x, axis, n / 2 + 1, [&](const std::vector<complex128>& in, std::vector<complex128>& out) {
        std::vector<complex128> result;
        detail::transform(detail::resized(in, n), result, false, 1.0);
        for (std::size_t k = 0; k < out.size(); ++k) out[k] = result[k];
    });
}

// np.fft.irfft(a, n=None, axis=-1): n real values (default 2 * (m - 1) for m input terms) whose
// rfft is the first n // 2 + 1 terms of a (zero-padded), divided by n.
template <class X, class N = NoneType>
    requires is_array_like_v<X>
ndarray<double, rank_v<X>> irfft(const X& x, const N& n_arg = N{}, std::int64_t axis = -1) {
    const std::int64_t n = detail::points(n_arg, 2 * (detail::axis_length(x, axis) - 1));
    if (n < 1) detail::raise_points(n);
    const double factor = 1.0 / static_cast<double>(n);
    return detail::along_axis<double>(x, axis, n, [&](const std::vector<complex128>& in, std::vector<double>& out) {
        const std::int64_t half = n / 2 + 1;
        std::vector<complex128> spectrum(static_cast<std::size_t>(n), complex128(0.0, 0.0));
        for (std::int64_t k = 0; k < half && k < static_cast<std::int64_t>(in.size()); ++k) {
            complex128 c = in[static_cast<std::size_t>(k)];
            if (k == 0 || (n % 2 == 0 && k == n / 2)) c = complex128(c.real(), 0.0);
            spectrum[static_cast<std::size_t>(k)] = c;
            if (k > 0 && n - k != k) spectrum[static_cast<std::size_t>(n - k)] = std::conj(c);
        }
        std::vector<complex128> result;
        detail::transform(spectrum, result, true, 1.0);
        for (std::size_t k = 0; k < out.size(); ++k) out[k] = result[k].real() * factor;
    });
}

// np.fft.fft2(a) / ifft2(a): the transforms along the last axis, then the one before it.
template <class X>
    requires(is_array_like_v<X> && rank_v<X> >= 2)
ndarray<complex128, rank_v<X>> fft2(const X& x) {
    return fft(fft(x, None, -1), None, -2);
}

template <class X>
    requires(is_array_like_v<X> && rank_v<X> >= 2)
ndarray<complex128, rank_v<X>> ifft2(const X& x) {
    return ifft(ifft(x, None, -1), None, -2);
}

// np.fft.fftfreq(n, d=1.0): [0, 1, ..., (n - 1) // 2, -(n // 2), ..., -1] / (d * n), each integer
// times 1 / (n * d) as NumPy computes it.
inline ndarray<double, 1> fftfreq(std::int64_t n, double d = 1.0) {
    if (n < 0) throw ValueError("negative dimensions are not allowed");
    const double val = 1.0 / (static_cast<double>(n) * d);
    ndarray<double, 1> out(std::array<std::int64_t, 1>{n});
    const std::int64_t positive = (n - 1) / 2 + 1;
    for (std::int64_t i = 0; i < n; ++i) out.data()[i] = static_cast<double>(i < positive ? i : i - n) * val;
    return out;
}

// np.fft.rfftfreq(n, d=1.0): [0, 1, ..., n // 2] / (d * n).
inline ndarray<double, 1> rfftfreq(std::int64_t n, double d = 1.0) {
    if (n < 0) throw ValueError("negative dimensions are not allowed");
    const double val = 1.0 / (static_cast<double>(n) * d);
    const std::int64_t m = n / 2 + 1;
    ndarray<double, 1> out(std::array<std::int64_t, 1>{m});
    for (std::int64_t i = 0; i < m; ++i) out.data()[i] = static_cast<double>(i) * val;
    return out;
}

namespace detail {

// Every axis rolled by shift(length): element i of the result is element (i - shift) mod length.
template <class X, class Shift>
auto roll_all_axes(const X& x, Shift shift) {
    constexpr std::size_t N = rank_v<X>;
    const auto a = materialize(x);  // C order
    ndarray<value_type_t<X>, N> out(a.shape());
    std::array<std::int64_t, N> index{}, shifts{};
    for (std::size_t k = 0; k < N; ++k) shifts[k] = a.shape()[k] == 0 ? 0 : shift(a.shape()[k]);
    for (std::int64_t flat = 0; flat < a.size(); ++flat) {
        std::int64_t target = 0;
        for (std::size_t k = 0; k < N; ++k) {
            const std::int64_t len = a.shape()[k];
            std::int64_t j = (index[k] + shifts[k]) % len;
            if (j < 0) j += len;
            target += j * out.strides()[k];
        }
        out.data()[target] = a.data()[flat];
        for (std::size_t k = N; k-- > 0;) {
            if (++index[k] < a.shape()[k]) break;
            index[k] = 0;
        }
    }
    return out;
}

}  // namespace detail

// np.fft.fftshift(x): the zero-frequency term moved to the middle (every axis rolled by n // 2).
template <class X>
    requires is_array_like_v<X>
auto fftshift(const X& x) {
    return detail::roll_all_axes(x, [](std::int64_t len) { return len / 2; });
}

// np.fft.ifftshift(x): fftshift's inverse (every axis rolled by -(n // 2)).
template <class X>
    requires is_array_like_v<X>
auto ifftshift(const X& x) {
    return detail::roll_all_axes(x, [](std::int64_t len) { return -(len / 2); });
}

}  // namespace py::np::fft
