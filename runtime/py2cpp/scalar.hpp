// py2cpp runtime: Python's arithmetic on int and float scalars.
//
// C++ operators disagree with Python on several scalar operations: `//` and `%` round toward
// negative infinity (the remainder takes the divisor's sign), `/` of two ints is a float, `**` on
// ints is exact, dividing by zero raises instead of giving inf or trapping, float `**` raises on
// overflow, int() truncates but rejects NaN/inf, round() rounds half to even. Generated code calls
// these functions wherever the plain C++ operator would compute something different. Python ints
// are unbounded; compiled ints are 64-bit (py::int_t), and a result that does not fit raises
// OverflowError instead of wrapping silently.
//
// Everything here sits in hot loops: the common path is inline and branch-light, and every raise
// goes through a cold, out-of-line helper. The primary overloads take (int_t, int_t) or
// (double, double); template overloads accept any other mix of arithmetic types (bool, C++ int
// literals, int/float mixes) and convert like Python: two ints (or bools) stay int, anything with a
// float becomes float.
#pragma once

#include <cmath>
#include <complex>
#include <compare>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include <fmt/format.h>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

using int_t = std::int64_t;

namespace detail {

inline constexpr const char* kIntOverflowMessage = "integer overflow: result does not fit in 64 bits";

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_zero_division(const char* message) {
    throw ZeroDivisionError(message);
}
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_overflow(const char* message) { throw OverflowError(message); }
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_value_error(const char* message) { throw ValueError(message); }
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_int_overflow() { throw OverflowError(kIntOverflowMessage); }

// The error int(x) raises for a float that is NaN, infinite or outside the int64 range.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_float_to_int(double x) {
    if (std::isnan(x)) throw ValueError("cannot convert float NaN to integer");
    if (std::isinf(x)) throw OverflowError("cannot convert float infinity to integer");
    throw OverflowError("int too large to convert to 64-bit integer");
}

// Returns x unchanged, but hidden from the optimizer's constant folding. CPython computes exp,
// log, pow, ... with the C library at run time; GCC folds such calls on constant arguments with
// MPFR (correctly rounded), and libm can differ from that in the last bit, so a compiled
// `math.expm1(1.0)` would print a different digit than Python. Passing one argument through
// opaque() keeps the call a run-time libm call. The asm is empty and not volatile: no instruction
// is emitted and the call can still be hoisted or merged.
inline double opaque(double x) noexcept {
#if defined(__x86_64__) || (defined(__i386__) && defined(__SSE2_MATH__))
    __asm__("" : "+x"(x));
#elif defined(__aarch64__) || (defined(__arm__) && defined(__ARM_FP))
    __asm__("" : "+w"(x));
#else
    __asm__("" : "+m"(x));
#endif
    return x;
}

template <class>
inline constexpr bool dependent_false_v = false;

template <class T>
struct is_tuple : std::false_type {};
template <class... Ts>
struct is_tuple<std::tuple<Ts...>> : std::true_type {};
template <class T>
inline constexpr bool is_tuple_v = is_tuple<T>::value;

// Argument pairs handled by the generic overloads: arithmetic, but not exactly (int_t, int_t)
// or (double, double), which have their own overloads.
template <class A, class B>
inline constexpr bool is_mixed_arithmetic_v =
    std::is_arithmetic_v<A> && std::is_arithmetic_v<B> &&
    !(std::is_same_v<A, int_t> && std::is_same_v<B, int_t>) && !(std::is_same_v<A, double> && std::is_same_v<B, double>);

// Python's numeric join for two operands: int (bools count as ints) unless a float is involved.
template <class A, class B>
using promoted_t = std::conditional_t<std::is_integral_v<A> && std::is_integral_v<B>, int_t, double>;

// Integral types other than int_t itself (bool, int, unsigned, ...): converted to int_t.
template <class T>
inline constexpr bool is_other_integral_v = std::is_integral_v<T> && !std::is_same_v<T, int_t>;

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Checked int64 arithmetic: OverflowError instead of wrapping.

constexpr int_t iadd(int_t a, int_t b) {
    int_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) detail::raise_int_overflow();
    return r;
}

constexpr int_t isub(int_t a, int_t b) {
    int_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) detail::raise_int_overflow();
    return r;
}

constexpr int_t imul(int_t a, int_t b) {
    int_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) detail::raise_int_overflow();
    return r;
}

// ---------------------------------------------------------------------------------------------
// Shifts. Python shifts by any non-negative count: a negative count is a ValueError, `x >> n`
// for n >= 64 is 0 or -1 (the sign), and `x << n` is exact, so a result outside int64 raises
// OverflowError here. C++ shifts by 64 or more (or by a negative count) are undefined.

namespace detail {
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_negative_shift() { throw ValueError("negative shift count"); }
}  // namespace detail

constexpr int_t lshift(int_t a, int_t n) {
    if (n < 0) detail::raise_negative_shift();
    if (a == 0) return 0;
    if (n >= 64 || a > (std::numeric_limits<int_t>::max() >> n) || a < (std::numeric_limits<int_t>::min() >> n))
        detail::raise_int_overflow();
    return static_cast<int_t>(static_cast<std::uint64_t>(a) << n);
}

constexpr int_t rshift(int_t a, int_t n) {
    if (n < 0) detail::raise_negative_shift();
    return n >= 63 ? (a < 0 ? -1 : 0) : a >> n;  // >> of a negative int is arithmetic (C++20)
}

// ---------------------------------------------------------------------------------------------
// Comparing an int with a float. Python compares the exact values (9007199254740993 ==
// 9007199254740992.0 is False, 2**63 - 1 < 2.0**63 is True); C++ would round the int to a double
// first. compare(i, x) returns the exact ordering
// (unordered for NaN, so every comparison but != is false), and generated code writes
// `py::compare(i, x) < 0` where Python has `i < x`.

inline std::partial_ordering compare(int_t i, double x) noexcept {
    constexpr int_t exact = int_t{1} << 53;  // every int of magnitude <= 2**53 is a double
    if (__builtin_expect(-exact <= i && i <= exact, 1)) return static_cast<double>(i) <=> x;
    if (x != x) return std::partial_ordering::unordered;
    constexpr double two63 = 9223372036854775808.0;
    if (x >= two63) return std::partial_ordering::less;  // also +inf
    if (x < -two63) return std::partial_ordering::greater;  // also -inf
    // x lies in [-2**63, 2**63): its floor converts to int_t exactly; compare the integer parts,
    // then a fractional part of x makes it the larger.
    const double floor_x = std::floor(x);
    const auto whole = static_cast<int_t>(floor_x);
    if (i != whole) return i <=> whole;
    return floor_x == x ? std::partial_ordering::equivalent : std::partial_ordering::less;
}

inline std::partial_ordering compare(double x, int_t i) noexcept { return 0 <=> compare(i, x); }

// ---------------------------------------------------------------------------------------------
// Floor division and modulo: the quotient rounds toward -inf, the remainder has the divisor's sign.

constexpr int_t floordiv(int_t a, int_t b) {
    if (b == 0) detail::raise_zero_division("integer division or modulo by zero");
    if (b == -1) {  // also avoids the INT64_MIN / -1 trap
        if (a == std::numeric_limits<int_t>::min()) detail::raise_int_overflow();
        return -a;
    }
    const int_t q = a / b;
    const int_t r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? q - 1 : q;
}

constexpr int_t mod(int_t a, int_t b) {
    if (b == 0) detail::raise_zero_division("integer modulo by zero");
    if (b == -1) return 0;  // INT64_MIN % -1 would trap
    const int_t r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

// CPython's float floor division: from fmod, with the quotient snapped to an integral value and
// a zero quotient carrying the sign of the true quotient.
inline double floordiv(double a, double b) {
    if (b == 0.0) detail::raise_zero_division("float floor division by zero");
    const double m = std::fmod(a, b);
    double div = (a - m) / b;
    if (m != 0.0 && ((b < 0.0) != (m < 0.0))) div -= 1.0;
    if (div == 0.0) return std::copysign(0.0, a / b);
    double q = std::floor(div);
    if (div - q > 0.5) q += 1.0;
    return q;
}

// CPython's float modulo: fmod, moved into the divisor's sign; a zero result takes the
// divisor's sign too (-0.0 % 5.0 == 0.0, 0.0 % -5.0 == -0.0).
inline double mod(double a, double b) {
    if (b == 0.0) detail::raise_zero_division("float modulo");
    double m = std::fmod(a, b);
    if (m != 0.0) {
        if ((b < 0.0) != (m < 0.0)) m += b;
    } else {
        m = std::copysign(0.0, b);
    }
    return m;
}

// ---------------------------------------------------------------------------------------------
// True division.

inline double truediv(double a, double b) {
    if (b == 0.0) detail::raise_zero_division("float division by zero");
    return a / b;
}

namespace detail {

// a / b correctly rounded when an operand is too large for the double conversion to be exact:
// long division produces at least 55 significant quotient bits plus a sticky bit for the
// remainder, so the single rounding of the uint64 -> double conversion is the correct one.
[[gnu::noinline]] inline double exact_int_division(int_t a, int_t b) {
    const bool negative = (a < 0) != (b < 0);
    const std::uint64_t ua = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    const std::uint64_t ub = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
    std::uint64_t q = ua / ub;
    std::uint64_t r = ua % ub;
    int shift = 0;
    if (q != 0 || r != 0) {
        while (q < (std::uint64_t{1} << 55)) {
            r <<= 1;  // r < ub <= 2^63, so this cannot overflow
            q <<= 1;
            if (r >= ub) {
                r -= ub;
                q |= 1;
            }
            ++shift;
        }
    }
    const double magnitude = std::ldexp(static_cast<double>(q | (r != 0 ? 1 : 0)), -shift);
    return negative ? -magnitude : magnitude;
}

}  // namespace detail

// int / int -> float, correctly rounded like Python (exact operands up to 2^53 take one division).
inline double truediv(int_t a, int_t b) {
    if (b == 0) detail::raise_zero_division("division by zero");
    constexpr int_t exact = int_t{1} << 53;
    if (a >= -exact && a <= exact && b >= -exact && b <= exact) return static_cast<double>(a) / static_cast<double>(b);
    return detail::exact_int_division(a, b);
}

// ---------------------------------------------------------------------------------------------
// Powers.

// int ** int for a non-negative exponent, exact by repeated squaring. Every square computed is a
// factor of the final result, so an intermediate overflows only when the result does.
constexpr int_t ipow(int_t base, int_t exp) {
    if (exp < 0)
        detail::raise_value_error(
            "negative exponent in integer power is not supported by compiled code; use a float base");
    int_t result = 1;
    while (true) {
        if (exp & 1) result = imul(result, base);
        exp >>= 1;
        if (exp == 0) break;
        base = imul(base, base);
    }
    return result;
}

namespace detail {

// The rare results of std::pow that Python turns into exceptions; r = std::pow(x, y) is not finite.
[[gnu::cold, gnu::noinline]] inline double pow_special(double x, double y, double r) {
    if (std::isnan(r)) {
        if (std::isnan(x) || std::isnan(y)) return r;
        raise_value_error(
            "negative number cannot be raised to a fractional power in compiled code (Python would return a "
            "complex number)");
    }
    if (x == 0.0 && y < 0.0 && std::isfinite(y)) raise_zero_division("0.0 cannot be raised to a negative power");
    if (std::isfinite(x) && std::isfinite(y)) raise_overflow("(34, 'Numerical result out of range')");
    return r;  // inf ** y, x ** inf: C99 and Python agree
}

}  // namespace detail

namespace detail {

// libm's pow(x, y), as CPython calls it. The base is hidden from constant folding (see opaque());
// so is the exponent, except 2.0: GCC turns pow(x, -1.0) into 1.0 / x, which differs from glibc's
// pow by an ulp (0.9999999999999999 ** -1 is 1.0 in Python), while x * x for pow(x, 2.0) is what
// glibc returns.
inline double libm_pow(double x, double y) { return std::pow(opaque(x), y == 2.0 ? y : opaque(y)); }

}  // namespace detail

// float ** float. The checks look at the result only.
inline double pow(double x, double y) {
    const double r = detail::libm_pow(x, y);
    if (__builtin_expect(std::isfinite(r), 1)) return r;
    return detail::pow_special(x, y, r);
}

// ---------------------------------------------------------------------------------------------
// Mixed operand types: convert like Python, then use the overloads above.

template <class A, class B, std::enable_if_t<detail::is_mixed_arithmetic_v<A, B>, int> = 0>
constexpr detail::promoted_t<A, B> floordiv(A a, B b) {
    using T = detail::promoted_t<A, B>;
    return floordiv(static_cast<T>(a), static_cast<T>(b));
}

template <class A, class B, std::enable_if_t<detail::is_mixed_arithmetic_v<A, B>, int> = 0>
constexpr detail::promoted_t<A, B> mod(A a, B b) {
    using T = detail::promoted_t<A, B>;
    return mod(static_cast<T>(a), static_cast<T>(b));
}

template <class A, class B, std::enable_if_t<detail::is_mixed_arithmetic_v<A, B>, int> = 0>
inline double truediv(A a, B b) {
    using T = detail::promoted_t<A, B>;
    return truediv(static_cast<T>(a), static_cast<T>(b));
}

template <class A, class B,
          std::enable_if_t<std::is_integral_v<A> && std::is_integral_v<B> &&
                               !(std::is_same_v<A, int_t> && std::is_same_v<B, int_t>),
                           int> = 0>
constexpr int_t ipow(A base, B exp) {
    return ipow(static_cast<int_t>(base), static_cast<int_t>(exp));
}

template <class A, class B, std::enable_if_t<detail::is_mixed_arithmetic_v<A, B>, int> = 0>
inline double pow(A x, B y) {
    return pow(static_cast<double>(x), static_cast<double>(y));
}

template <class A, class B,
          std::enable_if_t<std::is_integral_v<A> && std::is_integral_v<B> &&
                               !(std::is_same_v<A, int_t> && std::is_same_v<B, int_t>),
                           int> = 0>
constexpr int_t iadd(A a, B b) {
    return iadd(static_cast<int_t>(a), static_cast<int_t>(b));
}

template <class A, class B,
          std::enable_if_t<std::is_integral_v<A> && std::is_integral_v<B> &&
                               !(std::is_same_v<A, int_t> && std::is_same_v<B, int_t>),
                           int> = 0>
constexpr int_t isub(A a, B b) {
    return isub(static_cast<int_t>(a), static_cast<int_t>(b));
}

template <class A, class B,
          std::enable_if_t<std::is_integral_v<A> && std::is_integral_v<B> &&
                               !(std::is_same_v<A, int_t> && std::is_same_v<B, int_t>),
                           int> = 0>
constexpr int_t imul(A a, B b) {
    return imul(static_cast<int_t>(a), static_cast<int_t>(b));
}

// ---------------------------------------------------------------------------------------------
// Truth value (bool(x), `if x:`): zero numbers, empty strings, empty tuples and None are false.

template <class T>
constexpr bool truthy(const T& x) {
    if constexpr (std::is_same_v<T, NoneType>) {
        return false;
    } else if constexpr (std::is_arithmetic_v<T>) {
        return x != 0;  // NaN is true, -0.0 is false, as in Python
    } else if constexpr (std::is_same_v<T, std::complex<double>> || std::is_same_v<T, std::complex<float>>) {
        return x.real() != 0 || x.imag() != 0;
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        return !std::string_view(x).empty();
    } else if constexpr (detail::is_tuple_v<T>) {
        return std::tuple_size_v<T> != 0;
    } else {
        static_assert(detail::dependent_false_v<T>, "py::truthy: unsupported type");
    }
}

// ---------------------------------------------------------------------------------------------
// int() and float() conversions.

// int(float): truncates toward zero.
inline int_t to_int(double x) {
    if (__builtin_expect(x >= -0x1p63 && x < 0x1p63, 1)) return static_cast<int_t>(x);
    detail::raise_float_to_int(x);
}

// int(int), int(bool).
template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
constexpr int_t to_int(T x) {
    return static_cast<int_t>(x);
}

namespace detail {

// Python's repr of `text` cut to 200 code points, as in CPython's "%.200R" error messages.
inline std::string repr_prefix_200(std::string_view text) {
    std::string quoted;
    append_quoted(quoted, text);
    return quoted.substr(0, code_point_prefix(quoted, 200));
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_bad_int_literal(std::string_view text) {
    throw ValueError("invalid literal for int() with base 10: " + repr_prefix_200(text));
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_bad_float_literal(std::string_view text) {
    std::string message = "could not convert string to float: ";
    append_quoted(message, text);
    throw ValueError(message);
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

inline bool equals_ignoring_case(std::string_view a, std::string_view lower) noexcept {
    if (a.size() != lower.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

}  // namespace detail

// int(str) in base 10: surrounding whitespace, an optional sign, digits with single underscores
// between them. Only ASCII digits are accepted (Python also takes other Unicode decimal digits).
inline int_t to_int(std::string_view text) {
    const std::string_view s = detail::strip_python_space(text);
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    constexpr std::uint64_t limit = std::uint64_t{1} << 63;  // |INT64_MIN|
    std::uint64_t value = 0;
    bool too_large = false;
    bool need_digit = true;  // at the start and after an underscore
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (detail::is_digit(c)) {
            const auto d = static_cast<std::uint64_t>(c - '0');
            if (value > (limit - d) / 10) too_large = true;
            else value = value * 10 + d;
            need_digit = false;
        } else if (c == '_' && !need_digit) {
            need_digit = true;
        } else {
            detail::raise_bad_int_literal(text);
        }
    }
    if (need_digit) detail::raise_bad_int_literal(text);
    if (too_large || (!negative && value == limit)) detail::raise_overflow("int too large to convert to 64-bit integer");
    return negative ? static_cast<int_t>(0 - value) : static_cast<int_t>(value);
}

// int(str, base): base 2..36, or 0 (the literal's own prefix decides: 0x 0o 0b or decimal, where a
// decimal may not start with 0 unless it is all zeros); an optional 0x/0o/0b prefix matching the
// base; single underscores between digits (and after a prefix); ValueError with CPython's message.
inline int_t to_int(std::string_view text, int_t base) {
    if (base != 0 && (base < 2 || base > 36)) throw ValueError("int() base must be >= 2 and <= 36, or 0");
    const std::string_view s = detail::strip_python_space(text);
    auto bad = [&]() {
        throw ValueError("invalid literal for int() with base " + std::to_string(base) + ": " + detail::repr_prefix_200(text));
    };
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    auto prefix = [&](char p) { return i + 1 < s.size() && s[i] == '0' && (s[i + 1] == p || s[i + 1] == p - 'a' + 'A'); };
    int_t b = base;
    bool prefixed = false;
    if (b == 0) {
        prefixed = prefix('x') || prefix('o') || prefix('b');
        b = prefix('x') ? 16 : prefix('o') ? 8 : prefix('b') ? 2 : 10;
    } else {
        prefixed = (b == 16 && prefix('x')) || (b == 8 && prefix('o')) || (b == 2 && prefix('b'));
    }
    if (prefixed) i += 2;
    const std::size_t digits_start = i;
    constexpr std::uint64_t limit = std::uint64_t{1} << 63;  // |INT64_MIN|
    std::uint64_t value = 0;
    bool too_large = false, need_digit = !prefixed, any_digit = false, nonzero = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        int_t d = 99;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        if (d < b) {
            const auto ud = static_cast<std::uint64_t>(d);
            const auto ub = static_cast<std::uint64_t>(b);
            if (value > (limit - ud) / ub) too_large = true;
            else value = value * ub + ud;
            need_digit = false;
            any_digit = true;
            nonzero = nonzero || d != 0;
        } else if (c == '_' && !need_digit) {
            need_digit = true;
        } else {
            bad();
        }
    }
    if (need_digit || !any_digit) bad();
    if (base == 0 && !prefixed && nonzero && s[digits_start] == '0') bad();  // int("010", 0)
    if (too_large || (!negative && value == limit)) detail::raise_overflow("int too large to convert to 64-bit integer");
    return negative ? static_cast<int_t>(0 - value) : static_cast<int_t>(value);
}

// float(int), float(bool), float(float).
template <class T, std::enable_if_t<std::is_arithmetic_v<T>, int> = 0>
constexpr double to_float(T x) {
    return static_cast<double>(x);
}

// float(str): whitespace, sign, decimal digits with single underscores between digits, optional
// fraction and exponent; or inf / infinity / nan in any case.
inline double to_float(std::string_view text) {
    const std::string_view s = detail::strip_python_space(text);
    std::string clean;  // the number without underscores, for strtod
    clean.reserve(s.size());
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        clean += s[i++];
    }
    const std::string_view word = s.substr(i);
    if (detail::equals_ignoring_case(word, "inf") || detail::equals_ignoring_case(word, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (detail::equals_ignoring_case(word, "nan"))
        return negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
    auto digit_part = [&]() {  // digit (["_"] digit)*
        if (i >= s.size() || !detail::is_digit(s[i])) return false;
        clean += s[i++];
        while (i < s.size()) {
            if (detail::is_digit(s[i])) {
                clean += s[i++];
            } else if (s[i] == '_' && i + 1 < s.size() && detail::is_digit(s[i + 1])) {
                clean += s[i + 1];
                i += 2;
            } else {
                break;
            }
        }
        return true;
    };
    const bool has_int_digits = digit_part();
    bool has_frac_digits = false;
    if (i < s.size() && s[i] == '.') {
        clean += s[i++];
        has_frac_digits = digit_part();
    }
    if (!has_int_digits && !has_frac_digits) detail::raise_bad_float_literal(text);
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        clean += s[i++];
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean += s[i++];
        if (!digit_part()) detail::raise_bad_float_literal(text);
    }
    if (i != s.size()) detail::raise_bad_float_literal(text);
    return std::strtod(clean.c_str(), nullptr);  // correctly rounded; overflow gives +-inf like Python
}

// ---------------------------------------------------------------------------------------------
// round().

// round(float) -> int, halves to even.
inline int_t round(double x) {
    double r = std::round(x);  // halves away from zero
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x * 0.5);
    return to_int(r);
}

namespace detail {

// round(x, -k) for finite x and 1 <= k <= 308: exact decimal rounding, halves to even, of the
// binary value of x. The integer part is printed exactly; the fraction only matters as a sticky
// "more than a half" bit.
[[gnu::noinline]] inline double round_to_tens(double x, int k) {
    const double ax = std::fabs(x);
    const double whole = std::trunc(ax);
    const bool has_fraction = ax != whole;
    const std::string digits = fmt::format("{:.0f}", whole);
    const auto n = static_cast<int>(digits.size());
    std::string kept;
    if (n <= k) {
        // |x| < 10^k: the result is 0 or 10^k.
        bool up = false;
        if (n == k) {
            const bool rest_nonzero = has_fraction || digits.find_first_not_of('0', 1) != std::string::npos;
            up = digits[0] > '5' || (digits[0] == '5' && rest_nonzero);
        }
        kept = up ? "1" : "0";
    } else {
        kept = digits.substr(0, static_cast<std::size_t>(n - k));
        const char first_dropped = digits[static_cast<std::size_t>(n - k)];
        const bool rest_nonzero =
            has_fraction || digits.find_first_not_of('0', static_cast<std::size_t>(n - k + 1)) != std::string::npos;
        const bool odd = (kept.back() - '0') % 2 == 1;
        if (first_dropped > '5' || (first_dropped == '5' && (rest_nonzero || odd))) {
            std::size_t pos = kept.size();
            while (pos > 0 && kept[pos - 1] == '9') kept[--pos] = '0';
            if (pos == 0) kept.insert(kept.begin(), '1');
            else ++kept[pos - 1];
        }
    }
    const double r = std::strtod(fmt::format("{}e{}", kept, k).c_str(), nullptr);
    if (std::isinf(r)) raise_overflow("rounded value too large to represent");
    return std::copysign(r, x);
}

}  // namespace detail

// round(float, ndigits) -> float: the decimal value nearest to x with ndigits decimals (halves to
// even on the exact binary value), converted back to the nearest float, like CPython.
inline double round(double x, int_t ndigits) {
    if (!std::isfinite(x)) return x;
    if (ndigits > 323) return x;          // every float is already exact to this many digits
    if (ndigits < -308) return 0.0 * x;   // rounds to zero, keeping the sign
    if (ndigits >= 0) return std::strtod(fmt::format("{:.{}f}", x, ndigits).c_str(), nullptr);
    return detail::round_to_tens(x, static_cast<int>(-ndigits));
}

// round(int) is the int itself; round(bool) is 0 or 1.
template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
constexpr int_t round(T x) {
    return static_cast<int_t>(x);
}

// round(int, ndigits) -> int: negative ndigits rounds to tens, hundreds, ... halves to even.
template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
constexpr int_t round(T value, int_t ndigits) {
    const auto x = static_cast<int_t>(value);
    if (ndigits >= 0) return x;
    if (ndigits < -19) return 0;
    if (ndigits == -19) {  // 10^19 does not fit: the result is 0 or +-10^19 (which overflows)
        constexpr std::uint64_t half = 5'000'000'000'000'000'000ULL;
        const std::uint64_t magnitude = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
        if (magnitude > half) detail::raise_int_overflow();
        return 0;  // a tie goes to the even multiple, 0
    }
    int_t p = 1;
    for (int_t i = 0; i < -ndigits; ++i) p *= 10;
    int_t q = floordiv(x, p);
    const int_t r = mod(x, p);  // x == q * p + r with 0 <= r < p
    if (2 * r > p || (2 * r == p && (q & 1) != 0)) ++q;
    return imul(q, p);
}

// ---------------------------------------------------------------------------------------------
// abs(), min(), max().

template <class T, std::enable_if_t<std::is_arithmetic_v<T>, int> = 0>
constexpr auto abs(T x) {
    if constexpr (std::is_floating_point_v<T>) {
        return std::fabs(static_cast<double>(x));
    } else {
        const auto v = static_cast<int_t>(x);
        if (v >= 0) return v;
        if (v == std::numeric_limits<int_t>::min()) detail::raise_int_overflow();
        return -v;
    }
}

namespace detail {

template <class... Ts>
struct minmax_common {
    using first = std::decay_t<std::tuple_element_t<0, std::tuple<Ts...>>>;
    static constexpr bool all_same = (std::is_same_v<first, std::decay_t<Ts>> && ...);
    static constexpr bool all_arithmetic = (std::is_arithmetic_v<std::decay_t<Ts>> && ...);
    static constexpr bool all_integral = (std::is_integral_v<std::decay_t<Ts>> && ...);
    // Python ints are 64-bit here: min/max of C++ ints (literals) is py::int_t too, bools stay bool.
    static constexpr bool small_int = std::is_integral_v<first> && !std::is_same_v<first, bool>;
    using type = std::conditional_t<
        all_same && !std::is_pointer_v<first>, std::conditional_t<small_int, int_t, first>,
        std::conditional_t<all_arithmetic, std::conditional_t<all_integral, int_t, double>, std::string>>;
};

template <class... Ts>
using minmax_t = typename minmax_common<Ts...>::type;

}  // namespace detail

// max(a, b, ...): Python compares each argument with `>` against the best so far, left to right,
// so the first of equal maxima wins and a NaN is kept only when it comes first.
template <class T, class... Rest>
constexpr detail::minmax_t<T, Rest...> max(const T& first, const Rest&... rest) {
    static_assert(sizeof...(Rest) >= 1, "py::max needs at least two arguments");
    using R = detail::minmax_t<T, Rest...>;
    R best = static_cast<R>(first);
    auto consider = [&best](R candidate) {
        if (candidate > best) best = std::move(candidate);
    };
    (consider(static_cast<R>(rest)), ...);
    return best;
}

// min(a, b, ...): like max() with `<`.
template <class T, class... Rest>
constexpr detail::minmax_t<T, Rest...> min(const T& first, const Rest&... rest) {
    static_assert(sizeof...(Rest) >= 1, "py::min needs at least two arguments");
    using R = detail::minmax_t<T, Rest...>;
    R best = static_cast<R>(first);
    auto consider = [&best](R candidate) {
        if (candidate < best) best = std::move(candidate);
    };
    (consider(static_cast<R>(rest)), ...);
    return best;
}

}  // namespace py
