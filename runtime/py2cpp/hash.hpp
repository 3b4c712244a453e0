// py2cpp runtime: hash(x) as CPython 3.11 computes it (64-bit build), for the runtime's hash
// tables (py::set's layout, which Python programs see as iteration order; py::dict's index) and
// for the hash() built-in. Strings hash with std::hash: CPython randomises their hashes per
// process, so no value is the "right" one.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py {

using hash_t = std::int64_t;

template <class T, bool Frozen>
class basic_set;  // set.hpp

namespace detail {

inline constexpr int hash_bits = 61;
inline constexpr std::uint64_t hash_modulus = (std::uint64_t{1} << hash_bits) - 1;  // a Mersenne prime
inline constexpr hash_t hash_inf = 314159;

// -1 is CPython's error marker: no object hashes to it.
constexpr hash_t no_minus_one(hash_t h) { return h == -1 ? -2 : h; }

}  // namespace detail

// hash(x) as CPython 3.11 computes it on a 64-bit build: an int is reduced modulo 2**61 - 1 (with
// its sign), a float hashes like the rational number it is (so hash(2.0) == hash(2)), a tuple mixes
// its items' hashes with xxHash's primes. A NaN hashes by identity in CPython; here every NaN
// hashes alike (each is still its own member: NaN != NaN).
inline hash_t hash(bool v) noexcept { return v ? 1 : 0; }
template <class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, bool>)
hash_t hash(I value) noexcept {
    const auto v = static_cast<int_t>(value);
    const bool negative = v < 0;
    const std::uint64_t magnitude = negative ? ~static_cast<std::uint64_t>(v) + 1 : static_cast<std::uint64_t>(v);
    const auto h = static_cast<hash_t>(magnitude % detail::hash_modulus);
    return detail::no_minus_one(negative ? -h : h);
}
inline hash_t hash(double v) noexcept {
    if (!std::isfinite(v)) return std::isinf(v) ? (v > 0 ? detail::hash_inf : -detail::hash_inf) : 0;
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // 28 bits of the mantissa at a time, accumulated modulo 2**61 - 1.
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & detail::hash_modulus) | x >> (detail::hash_bits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        const auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= detail::hash_modulus) x -= detail::hash_modulus;
    }
    // Multiply by 2**e modulo 2**61 - 1: a rotation by e mod 61 bits.
    e = e >= 0 ? e % detail::hash_bits : detail::hash_bits - 1 - ((-1 - e) % detail::hash_bits);
    x = ((x << e) & detail::hash_modulus) | x >> (detail::hash_bits - e);
    x = x * static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
    return detail::no_minus_one(static_cast<hash_t>(x));
}
inline hash_t hash(float v) noexcept { return hash(static_cast<double>(v)); }
// A complex number: hash(real) + 1000003 * hash(imag) in wrapping arithmetic (so hash(2+0j) == hash(2)).
inline hash_t hash(const std::complex<double>& z) noexcept {
    const auto combined = static_cast<std::uint64_t>(hash(z.real())) + 1000003u * static_cast<std::uint64_t>(hash(z.imag()));
    return detail::no_minus_one(static_cast<hash_t>(combined));
}
inline hash_t hash(std::string_view s) noexcept { return detail::no_minus_one(static_cast<hash_t>(std::hash<std::string_view>{}(s))); }
inline hash_t hash(const std::string& s) noexcept { return hash(std::string_view(s)); }
inline hash_t hash(NoneType) noexcept { return 0x5f3759df; }  // CPython hashes None by identity

// An object of the module's classes: __hash__ (`T::hash_`); else, when the class defines __eq__,
// Python's TypeError (such objects are unhashable); else its identity, as CPython (the address
// rotated by 4 bits).
template <class T>
hash_t hash(const std::shared_ptr<T>& x) {
    if constexpr (requires { T::hash_(x); }) {
        return detail::no_minus_one(static_cast<hash_t>(T::hash_(x)));
    } else if constexpr (requires { T::eq_(x, x); }) {
        throw TypeError(std::string("unhashable type: '") + T::py_name_ + "'");
    } else {
        const auto p = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(x.get()));
        return detail::no_minus_one(static_cast<hash_t>((p >> 4) | (p << 60)));
    }
}
// A frozenset's (set.hpp); a set is unhashable.
template <class T, bool Frozen>
hash_t hash(const basic_set<T, Frozen>& s) {
    static_assert(Frozen, "unhashable type: 'set'");
    return s.hash();
}
template <class... Ts>
hash_t hash(const std::tuple<Ts...>& t) {
    constexpr std::uint64_t prime1 = 11400714785074694791ULL, prime2 = 14029467366897019727ULL, prime5 = 2870177450012600261ULL;
    std::uint64_t acc = prime5;
    py::detail::apply_tuple(
        [&](const auto&... item) {
            ((acc += static_cast<std::uint64_t>(py::hash(item)) * prime2, acc = (acc << 31) | (acc >> 33), acc *= prime1), ...);
        },
        t);
    acc += sizeof...(Ts) ^ (prime5 ^ 3527539UL);
    return acc == ~std::uint64_t{0} ? 1546275796 : static_cast<hash_t>(acc);
}

// `x in container` where x is another number type than the keys (1.5 in a set of ints): the key x
// equals, if one can (2.0 is the int key 2; 1.5 equals no int, 2 no bool). Equal numbers hash
// alike in Python, so this is the key a lookup must find.
template <class T, class Key>
std::optional<T> exact_key(const Key& key) {
    if constexpr (!std::is_arithmetic_v<Key> || !std::is_arithmetic_v<T> || std::is_same_v<T, Key> || std::is_floating_point_v<T>) {
        return static_cast<T>(key);
    } else if constexpr (std::is_floating_point_v<Key>) {
        if (!std::isfinite(key) || key != std::floor(key) || key < -9223372036854775808.0 || key >= 9223372036854775808.0)
            return std::nullopt;
        return exact_key<T>(static_cast<int_t>(key));
    } else if constexpr (std::is_same_v<T, bool>) {
        if (key != 0 && key != 1) return std::nullopt;
        return key == 1;
    } else {
        return static_cast<T>(key);
    }
}

}  // namespace py
