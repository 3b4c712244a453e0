// py2cpp runtime: numpy.random's legacy global generator (np.random.seed, rand, randn, randint,
// uniform, normal, choice, shuffle, permutation, exponential, ...), producing exactly the numbers
// NumPy 1.24 produces for the same seed.
//
// NumPy's module-level functions draw from one hidden RandomState: a 32-bit Mersenne Twister
// (MT19937) plus NumPy's legacy derivations, which are fixed for backward compatibility:
//   * seed(s): Matsumoto-Nishimura's init_genrand on s (0 <= s < 2**32), position at the end of
//     the state (the first draw regenerates it), the cached Gaussian dropped;
//   * a double in [0, 1): two 32-bit words, (a >> 5) * 2**26 + (b >> 6), over 2**53;
//   * a Gaussian: Marsaglia's polar method, which makes two values and caches the second;
//   * an integer in [low, high): masked rejection on 32-bit words when high - low - 1 fits in 32
//     bits, else on 64-bit words (high word first);
//   * shuffle: Fisher-Yates from the end, each index drawn by masked rejection (random_interval);
//   * exponential: -log(1 - u); uniform: low + (high - low) * u.
// Arrays are filled in C order, one draw per element, as NumPy fills them. Without np.random.seed
// the generator is seeded from the operating system's entropy (as NumPy does), so only seeded
// programs are reproducible — in both.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/creation.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"

namespace py::np::random {

// The 32-bit Mersenne Twister with NumPy's seeding and output.
class MT19937 {
public:
    static constexpr int kStateSize = 624;

    explicit MT19937(std::uint32_t seed = 5489u) { seed_with(seed); }

    // init_genrand: mt[0] = s; mt[i] = 1812433253 * (mt[i-1] ^ (mt[i-1] >> 30)) + i.
    void seed_with(std::uint32_t seed) {
        key_[0] = seed;
        for (int i = 1; i < kStateSize; ++i)
            key_[i] = 1812433253u * (key_[i - 1] ^ (key_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
        pos_ = kStateSize;
    }

    std::uint32_t next32() {
        if (pos_ == kStateSize) regenerate();
        std::uint32_t y = key_[pos_++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    std::uint64_t next64() {
        const std::uint64_t high = next32();
        return (high << 32) | next32();
    }

    // 53 random bits as a double in [0, 1).
    double next_double() {
        const std::int32_t a = static_cast<std::int32_t>(next32() >> 5);
        const std::int32_t b = static_cast<std::int32_t>(next32() >> 6);
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    const std::array<std::uint32_t, kStateSize>& key() const { return key_; }
    int position() const { return pos_; }

private:
    void regenerate() {
        constexpr int m = 397;
        constexpr std::uint32_t upper = 0x80000000u, lower = 0x7fffffffu, matrix = 0x9908b0dfu;
        for (int i = 0; i < kStateSize; ++i) {
            const std::uint32_t y = (key_[i] & upper) | (key_[(i + 1) % kStateSize] & lower);
            key_[i] = key_[(i + m) % kStateSize] ^ (y >> 1) ^ ((y & 1u) ? matrix : 0u);
        }
        pos_ = 0;
    }

    std::array<std::uint32_t, kStateSize> key_{};
    int pos_ = kStateSize;
};

// NumPy's legacy RandomState: the bit generator and the cached second Gaussian of the polar method.
struct LegacyState {
    MT19937 mt;
    bool has_gauss = false;
    double gauss = 0.0;
};

inline LegacyState& global_state() {
    static LegacyState state = [] {
        LegacyState s;
        std::random_device entropy;
        s.mt.seed_with(entropy());
        return s;
    }();
    return state;
}

// A `size=` argument that is a shape (an int or a tuple of ints), not None.
template <class S>
concept shape_like = !std::is_same_v<std::remove_cvref_t<S>, NoneType>;

namespace detail {

// The smallest all-ones mask covering `max`.
inline std::uint64_t mask_for(std::uint64_t max) {
    std::uint64_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    return mask;
}

// An integer in [0, max] by masked rejection (NumPy's random_interval and bounded_masked_*).
inline std::uint64_t bounded(LegacyState& s, std::uint64_t max) {
    if (max == 0) return 0;
    const std::uint64_t mask = mask_for(max);
    std::uint64_t value;
    if (max <= 0xffffffffULL) {
        if (max == 0xffffffffULL) return s.mt.next32();
        while ((value = (s.mt.next32() & mask)) > max) {
        }
    } else {
        if (max == 0xffffffffffffffffULL) return s.mt.next64();
        while ((value = (s.mt.next64() & mask)) > max) {
        }
    }
    return value;
}

inline double gauss(LegacyState& s) {
    if (s.has_gauss) {
        s.has_gauss = false;
        return s.gauss;
    }
    double x1, x2, r2;
    do {
        x1 = 2.0 * s.mt.next_double() - 1.0;
        x2 = 2.0 * s.mt.next_double() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    s.gauss = f * x1;
    s.has_gauss = true;
    return f * x2;
}

// An array of `shape` (an int or a tuple of ints, as `size=` takes it), filled in C order.
template <class T, class S, class Draw>
auto fill(const S& shape, Draw draw) {
    auto out = py::np::empty<T>(shape);
    for (std::int64_t i = 0, n = out.size(); i < n; ++i) out.data()[i] = draw();
    return out;
}

template <class S>
void check_size(const S& shape) {
    for (std::int64_t d : py::np::detail::to_shape(shape))
        if (d < 0) throw ValueError("negative dimensions are not allowed");
}

// NumPy's CONS_NON_NEGATIVE: the sign bit decides, so -0.0 is refused and NaN is not.
inline void check_scale(double scale) {
    if (std::signbit(scale)) throw ValueError("scale < 0");
}

// randint's bounds: [low, high) as NumPy checks them (an int64 result).
inline std::pair<std::int64_t, std::uint64_t> int_bounds(std::int64_t low, std::int64_t high) {
    if (low >= high) throw ValueError(low == 0 ? "high <= 0" : "low >= high");
    return {low, static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) - 1u};
}

}  // namespace detail

// ---- seeding -------------------------------------------------------------------------------------

inline void seed(std::int64_t value) {
    if (value < 0 || value > 0xffffffffLL) throw ValueError("Seed must be between 0 and 2**32 - 1");
    LegacyState& s = global_state();
    s.mt.seed_with(static_cast<std::uint32_t>(value));
    s.has_gauss = false;
    s.gauss = 0.0;
}

inline void seed(NoneType) {
    LegacyState& s = global_state();
    std::random_device entropy;
    s.mt.seed_with(entropy());
    s.has_gauss = false;
}

// ---- uniform doubles -----------------------------------------------------------------------------

inline double random_sample(NoneType = None) { return global_state().mt.next_double(); }

template <shape_like S>
auto random_sample(const S& size) {
    detail::check_size(size);
    LegacyState& s = global_state();
    return detail::fill<double>(size, [&] { return s.mt.next_double(); });
}

// np.random.rand(d0, d1, ...): random_sample of that shape; rand() is one float.
inline double rand() { return random_sample(); }
template <class... D>
    requires(sizeof...(D) > 0)
auto rand(D... dims) {
    return random_sample(std::make_tuple(static_cast<std::int64_t>(dims)...));
}

inline double uniform(double low = 0.0, double high = 1.0, NoneType = None) {
    const double range = high - low;
    if (!std::isfinite(range)) throw OverflowError("Range exceeds valid bounds");
    return low + range * global_state().mt.next_double();
}

template <shape_like S>
auto uniform(double low, double high, const S& size) {
    const double range = high - low;
    if (!std::isfinite(range)) throw OverflowError("Range exceeds valid bounds");
    detail::check_size(size);
    LegacyState& s = global_state();
    return detail::fill<double>(size, [&] { return low + range * s.mt.next_double(); });
}

// ---- Gaussians -----------------------------------------------------------------------------------

inline double standard_normal(NoneType = None) { return detail::gauss(global_state()); }

template <shape_like S>
auto standard_normal(const S& size) {
    detail::check_size(size);
    LegacyState& s = global_state();
    return detail::fill<double>(size, [&] { return detail::gauss(s); });
}

inline double randn() { return standard_normal(); }
template <class... D>
    requires(sizeof...(D) > 0)
auto randn(D... dims) {
    return standard_normal(std::make_tuple(static_cast<std::int64_t>(dims)...));
}

inline double normal(double loc = 0.0, double scale = 1.0, NoneType = None) {
    detail::check_scale(scale);
    return loc + scale * detail::gauss(global_state());
}

template <shape_like S>
auto normal(double loc, double scale, const S& size) {
    detail::check_scale(scale);
    detail::check_size(size);
    LegacyState& s = global_state();
    return detail::fill<double>(size, [&] { return loc + scale * detail::gauss(s); });
}

// ---- exponential -----------------------------------------------------------------------------

inline double exponential(double scale = 1.0, NoneType = None) {
    detail::check_scale(scale);
    return scale * -std::log(1.0 - global_state().mt.next_double());
}

template <shape_like S>
auto exponential(double scale, const S& size) {
    detail::check_scale(scale);
    detail::check_size(size);
    LegacyState& s = global_state();
    return detail::fill<double>(size, [&] { return scale * -std::log(1.0 - s.mt.next_double()); });
}

// ---- Poisson -------------------------------------------------------------------------------------

namespace detail {

// log(Gamma(x)) as NumPy's random_loggam computes it (Stirling's series from x0 = max(x, 7)).
inline double loggam(double x) {
    static constexpr double a[10] = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
                                     -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
                                     6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
                                     -1.39243221690590e+00};
    if (x == 1.0 || x == 2.0) return 0.0;
    const std::int64_t n = x < 7.0 ? static_cast<std::int64_t>(7 - x) : 0;
    double x0 = x + static_cast<double>(n);
    const double x2 = (1.0 / x0) * (1.0 / x0);
    const double lg2pi = 1.8378770664093453e+00;
    double gl0 = a[9];
    for (int k = 8; k >= 0; --k) {
        gl0 *= x2;
        gl0 += a[k];
    }
    double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * std::log(x0) - x0;
    if (x < 7.0) {
        for (std::int64_t k = 1; k <= n; ++k) {
            gl -= std::log(x0 - 1.0);
            x0 -= 1.0;
        }
    }
    return gl;
}

// lam < 10: multiply uniforms until the product falls below exp(-lam).
inline std::int64_t poisson_mult(LegacyState& s, double lam) {
    const double enlam = std::exp(-lam);
    std::int64_t x = 0;
    double prod = 1.0;
    while (true) {
        prod *= s.mt.next_double();
        if (prod > enlam) {
            x += 1;
        } else {
            return x;
        }
    }
}

// lam >= 10: Hormann's transformed rejection with squeeze (PTRS), NumPy's constants.
inline std::int64_t poisson_ptrs(LegacyState& s, double lam) {
    const double slam = std::sqrt(lam);
    const double loglam = std::log(lam);
    const double b = 0.931 + 2.53 * slam;
    const double a = -0.059 + 0.02483 * b;
    const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
        const double u = s.mt.next_double() - 0.5;
        const double v = s.mt.next_double();
        const double us = 0.5 - std::fabs(u);
        const auto k = static_cast<std::int64_t>(std::floor((2 * a / us + b) * u + lam + 0.43));
        if (us >= 0.07 && v <= vr) return k;
        if (k < 0 || (us < 0.013 && v > us)) continue;
        if (std::log(v) + std::log(invalpha) - std::log(a / (us * us) + b) <=
            -lam + static_cast<double>(k) * loglam - loggam(static_cast<double>(k + 1)))
            return k;
    }
}

inline std::int64_t poisson_draw(LegacyState& s, double lam) {
    if (lam >= 10) return poisson_ptrs(s, lam);
    if (lam == 0) return 0;
    return poisson_mult(s, lam);
}

inline void check_lam(double lam) {
    if (!(lam >= 0)) throw ValueError("lam < 0 or lam is NaN");
    if (lam > 9.2233720064847708e+18) throw ValueError("lam value too large");
}

// Exchanges x[i] and x[j] along the first axis (an element, or rows/sub-arrays): one step of the
// shuffles.
template <class T, std::size_t N>
void swap_leading(const ndarray<T, N>& x, std::int64_t i, std::int64_t j) {
    if constexpr (N == 1) {
        std::swap(x.at(i), x.at(j));
    } else {
        auto row_i = x.view(i);
        auto row_j = x.view(j);
        const auto saved = row_i.copy();
        row_i.assign(row_j);
        row_j.assign(saved);
    }
}

}  // namespace detail

inline std::int64_t poisson(double lam = 1.0, NoneType = None) {
    detail::check_lam(lam);
    return detail::poisson_draw(global_state(), lam);
}

template <shape_like S>
auto poisson(double lam, const S& size) {
    detail::check_lam(lam);
    detail::check_size(size);
    LegacyState& s = global_state();
    auto out = py::np::empty<std::int64_t>(size);
    for (std::int64_t i = 0, n = out.size(); i < n; ++i) out.data()[i] = detail::poisson_draw(s, lam);
    return out;
}

// ---- integers ------------------------------------------------------------------------------------

// randint(low, high): one int in [low, high); randint(high) is randint(0, high).
inline std::int64_t randint(std::int64_t low, NoneType = None, NoneType = None) {
    const auto [off, max] = detail::int_bounds(0, low);
    return off + static_cast<std::int64_t>(detail::bounded(global_state(), max));
}

inline std::int64_t randint(std::int64_t low, std::int64_t high, NoneType = None) {
    const auto [off, max] = detail::int_bounds(low, high);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(off) + detail::bounded(global_state(), max));
}

template <shape_like S>
auto randint(std::int64_t low, std::int64_t high, const S& size) {
    detail::check_size(size);
    auto out = py::np::empty<std::int64_t>(size);
    if (out.size() == 0) return out;  // NumPy checks no bounds for an empty result
    const auto [off, max] = detail::int_bounds(low, high);
    LegacyState& s = global_state();
    for (std::int64_t i = 0, n = out.size(); i < n; ++i)
        out.data()[i] = static_cast<std::int64_t>(static_cast<std::uint64_t>(off) + detail::bounded(s, max));
    return out;
}

template <shape_like S>
auto randint(std::int64_t high, NoneType, const S& size) {
    return randint(0, high, size);
}

// ---- permutations --------------------------------------------------------------------------------

// Shuffles the first axis in place (Fisher-Yates from the end, as NumPy's legacy shuffle).
template <class T, std::size_t N>
void shuffle(ndarray<T, N> x) {
    const std::int64_t n = x.shape()[0];
    LegacyState& s = global_state();
    for (std::int64_t i = n - 1; i > 0; --i) {
        const auto j = static_cast<std::int64_t>(detail::bounded(s, static_cast<std::uint64_t>(i)));
        if (i != j) detail::swap_leading(x, i, j);
    }
}

inline ndarray<std::int64_t, 1> permutation(std::int64_t n) {
    if (n < 0) throw ValueError("negative dimensions are not allowed");
    ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{n});
    for (std::int64_t i = 0; i < n; ++i) out.data()[i] = i;
    shuffle(out);
    return out;
}

template <class T, std::size_t N>
ndarray<T, N> permutation(const ndarray<T, N>& x) {
    ndarray<T, N> out = x.copy();
    shuffle(out);
    return out;
}

// choice(a) for an int population: indices drawn with replacement (randint), or the first
// `size` of a permutation without.
inline std::int64_t choice(std::int64_t a, NoneType = None, bool replace = true) {
    if (a <= 0) throw ValueError("a must be greater than 0 unless no samples are taken");
    if (replace) return randint(0, a);
    return permutation(a).at(0);
}

// (auto results: clang 14 forms the return type before checking shape_like, CWG 2369.)
template <shape_like S>
auto choice(std::int64_t a, const S& size, bool replace = true) {
    const auto shape = py::np::detail::to_shape(size);
    std::int64_t count = 1;
    for (std::int64_t d : shape) count *= d;
    if (a <= 0 && count != 0) throw ValueError("a must be greater than 0 unless no samples are taken");
    auto out = py::np::empty<std::int64_t>(size);
    if (replace) return out = randint(0, a, size);
    if (count > a) throw ValueError("Cannot take a larger sample than population when 'replace=False'");
    const auto order = permutation(a);
    for (std::int64_t i = 0; i < count; ++i) out.data()[i] = order.data()[i];
    return out;
}

// choice of the elements of a 1-D array.
template <class T>
T choice(const ndarray<T, 1>& a, NoneType = None, bool replace = true) {
    if (a.shape()[0] == 0) throw ValueError("'a' cannot be empty unless no samples are taken");
    return a.at(choice(a.shape()[0], None, replace));
}

template <class T, shape_like S>
auto choice(const ndarray<T, 1>& a, const S& size, bool replace = true) {
    const auto index = [&] {
        if (a.shape()[0] == 0) {
            const auto shape = py::np::detail::to_shape(size);
            std::int64_t count = 1;
            for (std::int64_t d : shape) count *= d;
            if (count != 0) throw ValueError("'a' cannot be empty unless no samples are taken");
        }
        return choice(a.shape()[0], size, replace);
    }();
    auto out = py::np::empty<T>(size);
    for (std::int64_t i = 0, n = out.size(); i < n; ++i) out.data()[i] = a.at(index.data()[i]);
    return out;
}

}  // namespace py::np::random
