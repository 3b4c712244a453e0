// py2cpp runtime: NumPy's element-wise functions (ufuncs) and SciPy's erf, erfc, ndtr, norm.cdf
// and norm.pdf (docs/ARRAYS.md, "Element-wise functions").
//
// Every function takes arrays, expression nodes or scalars. With an array or node among the
// arguments it returns a lazy node (evaluated when assigned, see array_expr.hpp); with scalars
// only it returns a scalar computed by the same element function, so np.log(-1.0) is nan and
// np.floor_divide(1, 0) is 0 exactly as NumPy computes them, never a Python exception.
//
// Element types: float functions (exp, sin, floor, ...) turn integer and bool operands into
// float64, as NumPy's type resolution does; the others keep the element type.
//
// Kernels: float64 expressions made of the operators, sqrt, abs, 1/x, x*x, exp, log and SciPy's
// erf/erfc/ndtr/norm.cdf/norm.pdf run in the SIMD kernels (simd_kernels.hpp) (vector_math.hpp:
// AVX2 or SSE2 chosen at run time, values bit for bit those of the scalar code below; with
// -DPY2CPP_LIBMVEC np.exp/np.log use glibc's libmvec, a few ulps off). Other expressions use
// Eigen's vectorised kernels for sqrt, abs, 1/x, x*x and the operators (all exact) and call the
// C library per element through Eigen's unaryExpr/binaryExpr for everything else, still fused
// into one loop without temporaries, so values are glibc's bit for bit. Eigen 3.4's
// own exp/log/floor/ceil/rint kernels are NOT used on purpose: on SSE2 its floor/ceil/rint lose
// the sign of -0.0 (NumPy prints -0.), its double exp returns 5.6e-309 instead of 0 for
// arguments below -709.4 (including -inf), and its log clamps subnormal inputs (log(5e-324) off
// by 2e14 ulp). NumPy itself uses SVML exp/log/sin/cos/... on AVX-512 machines, which differ from
// glibc by 1-2 ulp for some arguments: such differences are invisible in NumPy's 8-digit array
// printing but can show in a repr() of a single element.
//
// maximum/minimum/fmax/fmin/clip reproduce NumPy 1.24's choice on ties (the second operand wins:
// maximum(0.0, -0.0) is -0.0) and its NaN rules, checked against NumPy's contiguous loops.
// erf, erfc and ndtr are SciPy's Cephes implementations (scipy/special/cephes/ndtr.c), so the
// values are SciPy's bit for bit, not glibc's erf (which differs in the last bit for ~9% of
// arguments).
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/vector_math.hpp"

namespace py::np {

namespace cephes {

// Horner evaluation as Cephes' polevl (coef[0] is the highest power) and p1evl (implicit leading 1).
template <int Degree>
inline double polevl(double x, const double (&coef)[Degree + 1]) {
    double ans = coef[0];
    for (int i = 1; i <= Degree; ++i) ans = ans * x + coef[i];
    return ans;
}

template <int Degree>
inline double p1evl(double x, const double (&coef)[Degree]) {
    double ans = x + coef[0];
    for (int i = 1; i < Degree; ++i) ans = ans * x + coef[i];
    return ans;
}

// Coefficients (kErfcP ... kErfU, kMaxLog) are in vector_math.hpp, shared with the SIMD versions.

inline double erf(double x);

// 1 - erf(a) without cancellation (Cephes: rational approximations in |a| on [1, 8) and [8, inf)).
inline double erfc(double a) {
    const auto& P = kErfcP;
    const auto& Q = kErfcQ;
    const auto& R = kErfcR;
    const auto& S = kErfcS;
    if (std::isnan(a)) return a;
    const double x = a < 0.0 ? -a : a;
    if (x < 1.0) return 1.0 - erf(a);
    const double z = -a * a;
    double y = 0.0;
    if (z >= -kMaxLog) {
        const double e = std::exp(py::detail::opaque(z));
        const double p = x < 8.0 ? polevl<8>(x, P) : polevl<5>(x, R);
        const double q = x < 8.0 ? p1evl<8>(x, Q) : p1evl<6>(x, S);
        y = (e * p) / q;
        if (a < 0) y = 2.0 - y;
    }
    if (y != 0.0) return y;
    return a < 0 ? 2.0 : 0.0;  // underflow
}

// erf(x) = x * T(x^2) / U(x^2) on [0, 1], 1 - erfc(x) beyond; odd.
inline double erf(double x) {
    const auto& T = kErfT;
    const auto& U = kErfU;
    if (std::isnan(x)) return x;
    if (x < 0.0) return -erf(-x);
    if (std::fabs(x) > 1.0) return 1.0 - erfc(x);
    const double z = x * x;
    return x * polevl<4>(z, T) / p1evl<5>(z, U);
}

// The standard normal CDF, SciPy's formula: through erf near 0, erfc in the tails.
inline double ndtr(double a) {
    if (std::isnan(a)) return a;
    constexpr double sqrt1_2 = 0.70710678118654752440;  // M_SQRT1_2
    const double x = a * sqrt1_2;
    const double z = std::fabs(x);
    if (z < sqrt1_2) return 0.5 + 0.5 * erf(x);
    const double y = 0.5 * erfc(z);
    return x > 0 ? 1.0 - y : y;
}

}  // namespace cephes

namespace detail {

// An argument for a libm call, hidden from constant folding for double (see py::detail::opaque:
// GCC would fold np.exp(1.0) with MPFR and could differ from glibc in the last bit).
template <class T>
inline T libm_arg(T x) {
    if constexpr (std::is_same_v<T, double>) return py::detail::opaque(x);
    else return x;
}

// Integers and bools as float64 for the float functions (NumPy's type resolution); floats and
// complex numbers as they are (the functions the tables allow on complex arrays are exp, log,
// sqrt, sin, cos, tan, sinh, cosh, tanh: std::'s complex overloads, which are glibc's cexp, clog,
// csqrt... as NumPy's loops call them).
template <class X>
auto as_float(const X& x) {
    if constexpr (is_array_like_v<X>) {
        if constexpr (std::is_floating_point_v<value_type_t<X>> || is_complex_v<value_type_t<X>>) return x;
        else return astype<double>(x);
    } else {
        if constexpr (std::is_floating_point_v<X> || is_complex_v<X>) return x;
        else return static_cast<double>(x);
    }
}

// PY2CPP_SIMD_UNARY(expr): a static member simd(x) computing expr on a float64 vector (for the
// SIMD kernels of simd_kernels.hpp), where vector math is available.
#if PY2CPP_VECTOR_MATH
#define PY2CPP_SIMD_UNARY(simd_expr)                                                     \
    template <class V>                                                                   \
    [[gnu::always_inline]] static V simd(const V& x) {                                   \
        return simd_expr;                                                                \
    }
#else
#define PY2CPP_SIMD_UNARY(simd_expr)
#endif

// ---- Functions with an Eigen kernel ---------------------------------------------------------------

#define PY2CPP_EIGEN_UNARY(Name, method, scalar_expr, simd_expr)                         \
    struct Name {                                                                        \
        template <class T>                                                               \
        static T scalar(T x) {                                                           \
            return scalar_expr;                                                          \
        }                                                                                \
        template <class A>                                                               \
        static auto eigen(const A& a) {                                                  \
            return a.method();                                                           \
        }                                                                                \
        PY2CPP_SIMD_UNARY(simd_expr)                                                     \
    }
PY2CPP_EIGEN_UNARY(real_sqrt_op, sqrt, std::sqrt(x), vmath::sqrt(x));  // IEEE sqrt: exact, vectorised
PY2CPP_EIGEN_UNARY(fabs_op, abs, std::fabs(x), vmath::abs(x));
PY2CPP_EIGEN_UNARY(inverse_op, inverse, T(1) / x, 1.0 / x);
#undef PY2CPP_EIGEN_UNARY

// sqrt: Eigen's vectorised IEEE sqrt for real elements; glibc's csqrt (std::sqrt) for complex ones,
// as NumPy (Eigen's own complex sqrt rounds differently).
struct sqrt_op : real_sqrt_op {
    template <class T>
    static T scalar(T x) {
        return std::sqrt(x);
    }
    template <class A>
    static auto eigen(const A& a) {
        using T = typename A::Scalar;
        if constexpr (is_complex_v<T>) return a.unaryExpr([](const T& x) { return std::sqrt(x); });
        else return a.sqrt();
    }
};

// x * x, in the element type (wraps for integers, as NumPy).
struct square_op {
    template <class T>
    static T scalar(T x) {
        return static_cast<T>(x * x);
    }
    template <class A>
    static auto eigen(const A& a) {
        return a * a;
    }
    PY2CPP_SIMD_UNARY(x * x)
};

// ---- Functions through the C library, one element at a time --------------------------------------

// exp and log also have SIMD forms (vector_math.hpp: glibc's values, or libmvec's with -DPY2CPP_LIBMVEC).
struct exp_fn {
    template <class T>
    T operator()(T x) const {
        return std::exp(libm_arg(x));
    }
    PY2CPP_SIMD_UNARY(vmath::exp(x))
};
struct log_fn {
    template <class T>
    T operator()(T x) const {
        return std::log(libm_arg(x));
    }
    PY2CPP_SIMD_UNARY(vmath::log(x))
};

#define PY2CPP_LIBM_UNARY(Name, fn)                                                      \
    struct Name {                                                                        \
        template <class T>                                                               \
        T operator()(T x) const {                                                        \
            return std::fn(libm_arg(x));                                                 \
        }                                                                                \
    }
PY2CPP_LIBM_UNARY(floor_fn, floor);
PY2CPP_LIBM_UNARY(ceil_fn, ceil);
PY2CPP_LIBM_UNARY(rint_fn, nearbyint);  // half to even (default rounding mode), no inexact trap
PY2CPP_LIBM_UNARY(log1p_fn, log1p);
PY2CPP_LIBM_UNARY(log2_fn, log2);
PY2CPP_LIBM_UNARY(log10_fn, log10);
PY2CPP_LIBM_UNARY(expm1_fn, expm1);
PY2CPP_LIBM_UNARY(arcsin_fn, asin);
PY2CPP_LIBM_UNARY(arccos_fn, acos);
PY2CPP_LIBM_UNARY(sinh_fn, sinh);
PY2CPP_LIBM_UNARY(cosh_fn, cosh);
PY2CPP_LIBM_UNARY(tanh_fn, tanh);
PY2CPP_LIBM_UNARY(trunc_fn, trunc);
#undef PY2CPP_LIBM_UNARY

// These also have SIMD forms: glibc's values lane by lane, or libmvec's with -DPY2CPP_LIBMVEC.
#define PY2CPP_LIBM_SIMD_UNARY(Name, fn, vector_fn)                                     \
    struct Name {                                                                        \
        template <class T>                                                               \
        T operator()(T x) const {                                                        \
            return std::fn(libm_arg(x));                                                 \
        }                                                                                \
        PY2CPP_SIMD_UNARY(vmath::vector_fn(x))                                           \
    }
PY2CPP_LIBM_SIMD_UNARY(sin_fn, sin, sin);
PY2CPP_LIBM_SIMD_UNARY(cos_fn, cos, cos);
PY2CPP_LIBM_SIMD_UNARY(tan_fn, tan, tan);
PY2CPP_LIBM_SIMD_UNARY(arctan_fn, atan, arctan);
#undef PY2CPP_LIBM_SIMD_UNARY

// PY2CPP_SIMD_BINARY(expr): as PY2CPP_SIMD_UNARY, for functions of two vectors a and b.
#if PY2CPP_VECTOR_MATH
#define PY2CPP_SIMD_BINARY(simd_expr)                                                    \
    template <class V>                                                                   \
    [[gnu::always_inline]] static V simd(const V& a, const V& b) {                       \
        return simd_expr;                                                                \
    }
#else
#define PY2CPP_SIMD_BINARY(simd_expr)
#endif

struct arctan2_fn {
    template <class T>
    T operator()(T y, T x) const {
        return std::atan2(libm_arg(y), x);
    }
    PY2CPP_SIMD_BINARY(vmath::arctan2(a, b))
};
struct hypot_fn {
    template <class T>
    T operator()(T x, T y) const {
        return std::hypot(libm_arg(x), y);
    }
    PY2CPP_SIMD_BINARY(vmath::hypot(a, b))
};

// SciPy's functions exist for float64 only; float32 input is computed in double and rounded.
// The SIMD forms are the same Cephes code on vectors (vector_math.hpp).
#define PY2CPP_CEPHES_UNARY(Name, fn)                                                    \
    struct Name {                                                                        \
        template <class T>                                                               \
        T operator()(T x) const {                                                        \
            return static_cast<T>(cephes::fn(static_cast<double>(x)));                   \
        }                                                                                \
        PY2CPP_SIMD_UNARY(vmath::fn(x))                                                  \
    }
PY2CPP_CEPHES_UNARY(erf_fn, erf);
PY2CPP_CEPHES_UNARY(erfc_fn, erfc);
#undef PY2CPP_CEPHES_UNARY

struct ndtr_fn {
    template <class T>
    T operator()(T x) const {
        return static_cast<T>(cephes::ndtr(static_cast<double>(x)));
    }
#if PY2CPP_VECTOR_MATH
    template <class V>
    [[gnu::always_inline]] static V simd(const V& x) {
        return vmath::ndtr(x);
    }
    template <int B, class V>
    [[gnu::always_inline]] static void simd_block(V (&out)[B], const V (&x)[B]) {
        vmath::ndtr_block<B>(out, x);
    }
#endif
};

// scipy.stats.norm.cdf of z = (x - loc) / scale: NaN unless scale > 0.
struct norm_cdf_fn {
    template <class T>
    T operator()(T z, T scale) const {
        if (!(scale > 0)) return std::numeric_limits<T>::quiet_NaN();
        return static_cast<T>(cephes::ndtr(static_cast<double>(z)));
    }
#if PY2CPP_VECTOR_MATH
    template <class V>
    [[gnu::always_inline]] static V simd(const V& z, const V& scale) {
        return vmath::select<V>(scale > 0.0, vmath::ndtr(z), vmath::splat<V>(std::numeric_limits<double>::quiet_NaN()));
    }
    template <int B, class V>
    [[gnu::always_inline]] static void simd_block(V (&out)[B], const V (&z)[B], const V (&scale)[B]) {
        vmath::ndtr_block<B>(out, z);
        for (int b = 0; b < B; ++b)
            out[b] = vmath::select<V>(scale[b] > 0.0, out[b], vmath::splat<V>(std::numeric_limits<double>::quiet_NaN()));
    }
#endif
};

// scipy.stats.norm.pdf: exp(-z**2/2) / sqrt(2*pi) / scale, operation by operation as SciPy
// (_norm_pdf, then rv_continuous.pdf's division by scale); NaN unless scale > 0.
struct norm_pdf_fn {
    static constexpr double sqrt_2pi = 2.5066282746310002;  // np.sqrt(2 * np.pi)
    template <class T>
    T operator()(T z, T scale) const {
        if (!(scale > 0)) return std::numeric_limits<T>::quiet_NaN();
        return std::exp(libm_arg(-(z * z) / T(2))) / static_cast<T>(sqrt_2pi) / scale;
    }
#if PY2CPP_VECTOR_MATH
    template <class V>
    [[gnu::always_inline]] static V simd(const V& z, const V& scale) {
        const V pdf = vmath::exp_exact(V(-(z * z) / 2.0)) / sqrt_2pi / scale;
        return vmath::select<V>(scale > 0.0, pdf, vmath::splat<V>(std::numeric_limits<double>::quiet_NaN()));
    }
#endif
};

// ---- Integer-aware arithmetic ---------------------------------------------------------------------

template <class T>
constexpr void require_number() {
    static_assert(!std::is_same_v<T, bool>, "py::np: this function is not supported for bool arrays");
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_negative_integer_power() {
    throw ValueError("Integers to negative integer powers are not allowed.");
}

// Integer power by squaring in unsigned arithmetic: wraps on overflow like NumPy's loop.
template <class T>
T integer_power(T base, T exponent) {
    if constexpr (std::is_signed_v<T>)
        if (exponent < 0) raise_negative_integer_power();
    using U = std::make_unsigned_t<T>;
    U result = 1;
    U b = static_cast<U>(base);
    for (U e = static_cast<U>(exponent); e != 0; e >>= 1) {
        if (e & 1U) result = static_cast<U>(result * b);
        b = static_cast<U>(b * b);
    }
    return static_cast<T>(result);
}

// NumPy's complex power (nc_pow of its umath loops): 1 for a zero exponent, 0 or nan for a zero
// base, repeated squaring for integral exponents of magnitude below 100 (a negative one inverts at
// the end, with NumPy's complex division), libm's cpow otherwise.
template <class C>
C numpy_complex_power(const C& a, const C& b) {
    using R = typename C::value_type;
    const R ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
    if (br == 0 && bi == 0) return C(1, 0);
    if (ar == 0 && ai == 0) {
        if (br > 0 && bi == 0) return C(0, 0);
        return C(std::numeric_limits<R>::quiet_NaN(), std::numeric_limits<R>::quiet_NaN());
    }
    if (bi == 0 && br > -100 && br < 100 && static_cast<R>(static_cast<std::int64_t>(br)) == br) {
        std::int64_t n = static_cast<std::int64_t>(br);
        if (n == 1) return a;
        if (n == 2) return numpy_complex_multiply(a, a);
        if (n == 3) return numpy_complex_multiply(a, numpy_complex_multiply(a, a));
        if (n < 0) n = -n;
        C result(1, 0), p = a;
        for (std::int64_t mask = 1;; mask <<= 1) {
            if (n & mask) result = numpy_complex_multiply(result, p);
            if (n < (mask << 1)) break;
            p = numpy_complex_multiply(p, p);
        }
        return br < 0 ? numpy_complex_divide(C(1, 0), result) : result;
    }
    return std::pow(a, b);
}

struct power_fn {
    template <class T>
    T operator()(T a, T b) const {
        if constexpr (is_complex_v<T>) {
            return numpy_complex_power(a, b);
        } else {
            require_number<T>();
            if constexpr (std::is_floating_point_v<T>) return std::pow(libm_arg(a), b);
            else return integer_power(a, b);
        }
    }
};

// NumPy's npy_divmod (numpy/core/src/npymath/npy_math_internal.h.src): floor quotient and
// remainder with the divisor's sign, the quotient snapped to the nearest integer of (a - mod) / b.
template <class T>
T float_floor_divide(T a, T b) {
    if (b == 0) return a / b;
    T mod = std::fmod(a, b);
    T div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) div -= T(1);
    }
    if (div != 0) {
        T floordiv = std::floor(div);
        if (div - floordiv > T(0.5)) floordiv += T(1);
        return floordiv;
    }
    return std::copysign(T(0), a / b);
}

template <class T>
T float_remainder(T a, T b) {
    T mod = std::fmod(a, b);
    if (b == 0) return mod;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
        return mod;
    }
    return std::copysign(T(0), b);
}

// Integer // and %: Python's floor semantics; division by zero gives 0 (NumPy warns only), and
// MIN // -1 wraps to MIN.
template <class T>
T integer_floor_divide(T a, T b) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
        if (b == -1) return static_cast<T>(T(0) - static_cast<std::make_unsigned_t<T>>(a));
        const T q = static_cast<T>(a / b);
        return (a % b != 0 && ((a < 0) != (b < 0))) ? static_cast<T>(q - 1) : q;
    } else {
        return static_cast<T>(a / b);
    }
}

template <class T>
T integer_remainder(T a, T b) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
        if (b == -1) return 0;
        const T r = static_cast<T>(a % b);
        return (r != 0 && ((r < 0) != (b < 0))) ? static_cast<T>(r + b) : r;
    } else {
        return static_cast<T>(a % b);
    }
}

struct floor_divide_fn {
    template <class T>
    T operator()(T a, T b) const {
        require_number<T>();
        if constexpr (std::is_floating_point_v<T>) return float_floor_divide(a, b);
        else return integer_floor_divide(a, b);
    }
};

struct remainder_fn {
    template <class T>
    T operator()(T a, T b) const {
        require_number<T>();
        if constexpr (std::is_floating_point_v<T>) return float_remainder(a, b);
        else return integer_remainder(a, b);
    }
};

template <class T>
bool is_nan(T x) {
    if constexpr (std::is_floating_point_v<T>) return std::isnan(x);
    else return false;
}

// NaN-propagating maximum/minimum; on ties the second operand wins (NumPy's loops).
// The SIMD forms make the same choice per lane.
struct maximum_fn {
    template <class T>
    T operator()(T a, T b) const {
        return (a > b || is_nan(a)) ? a : b;
    }
    PY2CPP_SIMD_BINARY(vmath::select<V>((a > b) | vmath::isnan(a), a, b))
};
struct minimum_fn {
    template <class T>
    T operator()(T a, T b) const {
        return (a < b || is_nan(a)) ? a : b;
    }
    PY2CPP_SIMD_BINARY(vmath::select<V>((a < b) | vmath::isnan(a), a, b))
};
// NaN-ignoring versions: a NaN operand loses unless both are NaN.
struct fmax_fn {
    template <class T>
    T operator()(T a, T b) const {
        return (a > b || is_nan(b)) ? a : b;
    }
    PY2CPP_SIMD_BINARY(vmath::select<V>((a > b) | vmath::isnan(b), a, b))
};
struct fmin_fn {
    template <class T>
    T operator()(T a, T b) const {
        return (a < b || is_nan(b)) ? a : b;
    }
    PY2CPP_SIMD_BINARY(vmath::select<V>((a < b) | vmath::isnan(b), a, b))
};
// np.clip(x, lo, hi) = upper(lower(x, lo), hi): a NaN x stays NaN, a NaN bound is ignored.
struct clip_lower_fn {
    template <class T>
    T operator()(T x, T lo) const {
        return (is_nan(x) || x > lo || is_nan(lo)) ? x : lo;
    }
    PY2CPP_SIMD_BINARY(vmath::select<V>(vmath::isnan(a) | (a > b) | vmath::isnan(b), a, b))
};
struct clip_upper_fn {
    template <class T>
    T operator()(T x, T hi) const {
        return (is_nan(x) || x < hi || is_nan(hi)) ? x : hi;
    }
    PY2CPP_SIMD_BINARY(vmath::select<V>(vmath::isnan(a) | (a < b) | vmath::isnan(b), a, b))
};

struct absolute_fn {
    template <class T>
    T operator()(T x) const {
        if constexpr (std::is_floating_point_v<T>) return std::fabs(x);
        else if constexpr (std::is_signed_v<T>) return x < 0 ? static_cast<T>(T(0) - static_cast<std::make_unsigned_t<T>>(x)) : x;
        else return x;
    }
};

// |z| of a complex number: hypot of the parts (glibc's cabs, NumPy's npy_cabs), a real number.
struct complex_abs_fn {
    template <class C>
    typename C::value_type operator()(const C& z) const {
        return std::hypot(z.real(), z.imag());
    }
};

// -1, 0 or 1 (NaN stays NaN; -0.0 gives 0.0).
struct sign_fn {
    template <class T>
    T operator()(T x) const {
        require_number<T>();
        if (x > 0) return T(1);
        if constexpr (std::is_signed_v<T>)
            if (x < 0) return T(-1);
        if (x == 0) return T(0);
        return x;
    }
};

// Integer 1/x as NumPy computes it (through double, then a C cast): 1 and -1 are themselves,
// 0 gives the type's minimum, everything else 0.
struct integer_reciprocal_fn {
    template <class T>
    T operator()(T x) const {
        require_number<T>();
        if (x == 0) return std::is_signed_v<T> ? std::numeric_limits<T>::min() : T(0);
        if (x == 1) return T(1);
        if constexpr (std::is_signed_v<T>)
            if (x == -1) return T(-1);
        return T(0);
    }
};

struct isnan_fn {
    template <class T>
    bool operator()(T x) const {
        return is_nan(x);
    }
};
struct isinf_fn {
    template <class T>
    bool operator()(T x) const {
        if constexpr (std::is_floating_point_v<T>) return std::isinf(x);
        else return false;
    }
};
struct isfinite_fn {
    template <class T>
    bool operator()(T x) const {
        if constexpr (std::is_floating_point_v<T>) return std::isfinite(x);
        else return true;
    }
};
struct logical_not_fn {
    template <class T>
    bool operator()(T x) const {
        return x == T(0);
    }
};
struct logical_and_fn {
    template <class T>
    bool operator()(T a, T b) const {
        return a != T(0) && b != T(0);
    }
};
struct logical_or_fn {
    template <class T>
    bool operator()(T a, T b) const {
        return a != T(0) || b != T(0);
    }
};

struct where_op {
    template <class T>
    static T scalar(bool c, T a, T b) {
        return c ? a : b;
    }
    template <class C, class A, class B>
    static auto eigen(const C& c, const A& a, const B& b) {
        return c.select(a, b);
    }
};

template <class F, class... X>
auto map(const X&... x) {
    return apply<functor_op<F>>(x...);
}

#undef PY2CPP_SIMD_UNARY
#undef PY2CPP_SIMD_BINARY

}  // namespace detail

// ---- Public functions -----------------------------------------------------------------------------

#define PY2CPP_FLOAT_UNARY(name, Op)                                                     \
    template <class X>                                                                   \
        requires is_operand_v<X>                                                         \
    auto name(const X& x) {                                                              \
        return detail::apply<Op>(detail::as_float(x));                                   \
    }
PY2CPP_FLOAT_UNARY(exp, detail::functor_op<detail::exp_fn>)
PY2CPP_FLOAT_UNARY(log, detail::functor_op<detail::log_fn>)
PY2CPP_FLOAT_UNARY(sqrt, detail::sqrt_op)
PY2CPP_FLOAT_UNARY(floor, detail::functor_op<detail::floor_fn>)
PY2CPP_FLOAT_UNARY(ceil, detail::functor_op<detail::ceil_fn>)
PY2CPP_FLOAT_UNARY(rint, detail::functor_op<detail::rint_fn>)
PY2CPP_FLOAT_UNARY(log1p, detail::functor_op<detail::log1p_fn>)
PY2CPP_FLOAT_UNARY(log2, detail::functor_op<detail::log2_fn>)
PY2CPP_FLOAT_UNARY(log10, detail::functor_op<detail::log10_fn>)
PY2CPP_FLOAT_UNARY(expm1, detail::functor_op<detail::expm1_fn>)
PY2CPP_FLOAT_UNARY(sin, detail::functor_op<detail::sin_fn>)
PY2CPP_FLOAT_UNARY(cos, detail::functor_op<detail::cos_fn>)
PY2CPP_FLOAT_UNARY(tan, detail::functor_op<detail::tan_fn>)
PY2CPP_FLOAT_UNARY(arcsin, detail::functor_op<detail::arcsin_fn>)
PY2CPP_FLOAT_UNARY(arccos, detail::functor_op<detail::arccos_fn>)
PY2CPP_FLOAT_UNARY(arctan, detail::functor_op<detail::arctan_fn>)
PY2CPP_FLOAT_UNARY(sinh, detail::functor_op<detail::sinh_fn>)
PY2CPP_FLOAT_UNARY(cosh, detail::functor_op<detail::cosh_fn>)
PY2CPP_FLOAT_UNARY(tanh, detail::functor_op<detail::tanh_fn>)
PY2CPP_FLOAT_UNARY(trunc, detail::functor_op<detail::trunc_fn>)
PY2CPP_FLOAT_UNARY(erf, detail::functor_op<detail::erf_fn>)
PY2CPP_FLOAT_UNARY(erfc, detail::functor_op<detail::erfc_fn>)
PY2CPP_FLOAT_UNARY(ndtr, detail::functor_op<detail::ndtr_fn>)
#undef PY2CPP_FLOAT_UNARY

#define PY2CPP_FLOAT_BINARY(name, Fn)                                                    \
    template <class A, class B>                                                          \
        requires(is_operand_v<A> && is_operand_v<B>)                                     \
    auto name(const A& a, const B& b) {                                                  \
        return detail::map<Fn>(detail::as_float(a), detail::as_float(b));                \
    }
PY2CPP_FLOAT_BINARY(arctan2, detail::arctan2_fn)
PY2CPP_FLOAT_BINARY(hypot, detail::hypot_fn)
#undef PY2CPP_FLOAT_BINARY

// Same element type in and out (bool out for the predicates).
#define PY2CPP_BINARY(name, Fn)                                                          \
    template <class A, class B>                                                          \
        requires(is_operand_v<A> && is_operand_v<B>)                                     \
    auto name(const A& a, const B& b) {                                                  \
        return detail::map<Fn>(a, b);                                                    \
    }
PY2CPP_BINARY(power, detail::power_fn)
PY2CPP_BINARY(floor_divide, detail::floor_divide_fn)
PY2CPP_BINARY(remainder, detail::remainder_fn)
PY2CPP_BINARY(mod, detail::remainder_fn)
PY2CPP_BINARY(maximum, detail::maximum_fn)
PY2CPP_BINARY(minimum, detail::minimum_fn)
PY2CPP_BINARY(fmax, detail::fmax_fn)
PY2CPP_BINARY(fmin, detail::fmin_fn)
PY2CPP_BINARY(logical_and, detail::logical_and_fn)
PY2CPP_BINARY(logical_or, detail::logical_or_fn)
#undef PY2CPP_BINARY

// np.add, np.subtract, np.multiply, np.divide / np.true_divide: the nodes `a + b`, `a - b`,
// `a * b`, `a / b` build (operands already promoted to one type by the mapping table).
#define PY2CPP_OPERATOR_FUNCTION(name, Op, Convert)                                      \
    template <class A, class B>                                                          \
        requires(is_operand_v<A> && is_operand_v<B>)                                     \
    auto name(const A& a, const B& b) {                                                  \
        return detail::apply<Op>(Convert(a), Convert(b));                                \
    }
PY2CPP_OPERATOR_FUNCTION(add, detail::add_op, )
PY2CPP_OPERATOR_FUNCTION(subtract, detail::sub_op, )
PY2CPP_OPERATOR_FUNCTION(multiply, detail::mul_op, )
PY2CPP_OPERATOR_FUNCTION(true_divide, detail::div_op, detail::as_float)
#undef PY2CPP_OPERATOR_FUNCTION

#define PY2CPP_UNARY(name, Fn)                                                           \
    template <class X>                                                                   \
        requires is_operand_v<X>                                                         \
    auto name(const X& x) {                                                              \
        return detail::map<Fn>(x);                                                       \
    }
PY2CPP_UNARY(sign, detail::sign_fn)
PY2CPP_UNARY(isnan, detail::isnan_fn)
PY2CPP_UNARY(isinf, detail::isinf_fn)
PY2CPP_UNARY(isfinite, detail::isfinite_fn)
PY2CPP_UNARY(logical_not, detail::logical_not_fn)
#undef PY2CPP_UNARY

template <class X>
    requires is_operand_v<X>
auto absolute(const X& x) {
    if constexpr (is_complex_v<value_type_t<X>>) return detail::map<detail::complex_abs_fn>(x);
    else if constexpr (std::is_floating_point_v<value_type_t<X>>) return detail::apply<detail::fabs_op>(x);
    else return detail::map<detail::absolute_fn>(x);
}

template <class X>
    requires is_operand_v<X>
auto abs(const X& x) {
    return absolute(x);
}

template <class X>
    requires is_operand_v<X>
auto square(const X& x) {
    return detail::apply<detail::square_op>(x);
}

template <class X>
    requires is_operand_v<X>
auto negative(const X& x) {
    return detail::apply<detail::negate_op>(x);
}

template <class X>
    requires is_operand_v<X>
auto reciprocal(const X& x) {
    if constexpr (std::is_floating_point_v<value_type_t<X>>) return detail::apply<detail::inverse_op>(x);
    else return detail::map<detail::integer_reciprocal_fn>(x);
}

// np.clip(a, a_min, a_max).
template <class X, class L, class H>
    requires(is_operand_v<X> && is_operand_v<L> && is_operand_v<H>)
auto clip(const X& x, const L& lo, const H& hi) {
    return detail::map<detail::clip_upper_fn>(detail::map<detail::clip_lower_fn>(x, lo), hi);
}

namespace detail {

// The NumPy dtype of a Python scalar written in C++: a literal `1` is an `int`, but np.where(c, 1, 0)
// is an int64 array.
template <class S>
using python_scalar_t = std::conditional_t<std::is_integral_v<S> && !std::is_same_v<S, bool>, std::int64_t, S>;

}  // namespace detail

// np.where(cond, a, b): a non-bool condition is tested for != 0. a and b share the element type
// (scalars are converted to the array operand's; two scalars give their Python type's dtype).
template <class C, class A, class B>
    requires(is_operand_v<C> && is_operand_v<A> && is_operand_v<B>)
auto where(const C& c, const A& a, const B& b) {
    if constexpr (!is_array_like_v<C> && !is_array_like_v<A> && !is_array_like_v<B>) {
        using T = std::common_type_t<A, B>;
        return c != C(0) ? static_cast<T>(a) : static_cast<T>(b);
    } else {
        using T = std::conditional_t<is_array_like_v<A> || is_array_like_v<B>, detail::array_element_t<A, B>,
                                     detail::python_scalar_t<std::common_type_t<value_type_t<A>, value_type_t<B>>>>;
        static_assert(!(is_array_like_v<A> && is_array_like_v<B>) || std::is_same_v<value_type_t<A>, value_type_t<B>>,
                      "py::np::where: both branches must have the same element type (astype first)");
        auto cond = [&] {
            if constexpr (!is_array_like_v<C>) return detail::scalar_leaf<bool>{c != C(0)};
            else if constexpr (std::is_same_v<value_type_t<C>, bool>) return c;
            else return astype<bool>(c);
        }();
        return expr<detail::where_op, decltype(cond), decltype(detail::as_leaf<T>(a)), decltype(detail::as_leaf<T>(b))>(
            cond, detail::as_leaf<T>(a), detail::as_leaf<T>(b));
    }
}

// scipy.stats.norm.cdf(x, loc, scale) = ndtr((x - loc) / scale).
template <class X, class L = double, class S = double>
    requires(is_operand_v<X> && is_operand_v<L> && is_operand_v<S>)
auto norm_cdf(const X& x, const L& loc = 0.0, const S& scale = 1.0) {
    const auto s = detail::as_float(scale);
    const auto z = detail::apply<detail::div_op>(detail::apply<detail::sub_op>(detail::as_float(x), detail::as_float(loc)), s);
    return detail::map<detail::norm_cdf_fn>(z, s);
}

// scipy.stats.norm.pdf(x, loc, scale) = exp(-z**2/2) / sqrt(2*pi) / scale with z = (x - loc) / scale.
template <class X, class L = double, class S = double>
    requires(is_operand_v<X> && is_operand_v<L> && is_operand_v<S>)
auto norm_pdf(const X& x, const L& loc = 0.0, const S& scale = 1.0) {
    const auto s = detail::as_float(scale);
    const auto z = detail::apply<detail::div_op>(detail::apply<detail::sub_op>(detail::as_float(x), detail::as_float(loc)), s);
    return detail::map<detail::norm_pdf_fn>(z, s);
}

}  // namespace py::np
