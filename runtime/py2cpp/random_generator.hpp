// py2cpp runtime: numpy.random.default_rng(seed) and the methods of the Generator it returns,
// producing exactly the numbers NumPy 1.24 produces for the same seed.
//
// NumPy's Generator draws from a bit generator, PCG64 by default, through its own derivations
// (which differ from the legacy RandomState's of random.hpp):
//   * seeding: SeedSequence hashes the seed's 32-bit words into a pool of four words (hashmix,
//     mix), then generate_state(4, uint64) gives PCG64's 128-bit state and increment;
//   * PCG64: a 128-bit LCG, output XSL-RR (xor of the halves rotated by the top 6 bits); a 32-bit
//     draw takes the low half of a 64-bit output and keeps the high half for the next 32-bit draw
//     (the buffer belongs to the bit generator, so it survives between calls);
//   * random(): (next64 >> 11) * 2**-53;
//   * integers(low, high): Lemire's multiply-and-reject on a 32-bit draw when high - low - 1 fits
//     in 32 bits, else on 64-bit draws (int64, the default dtype, takes these paths);
//   * standard_normal / normal: the 256-layer ziggurat on one 64-bit draw (8 bits of layer, a sign
//     bit, 52 bits of value), with the tail and wedge fallbacks; exponential likewise;
//   * shuffle / permutation: Fisher-Yates from the end, each index by masked rejection
//     (random_interval); choice without replacement: Floyd's algorithm with a hash set (or a tail
//     shuffle for large samples), then a Fisher-Yates of the sample with Lemire-bounded indices.
// A Generator is a handle to its state, as a Python object is: copies (assignment, a parameter)
// draw from the same stream. Arrays are filled in C order, one draw per element.
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "py2cpp/creation.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/random.hpp"
#include "py2cpp/random_ziggurat_tables.hpp"

namespace py::np::random {

// ---- SeedSequence ------------------------------------------------------------------------------

// NumPy's SeedSequence for an entropy of a few 32-bit words (no spawn key, pool size 4).
class SeedSequence {
public:
    explicit SeedSequence(const std::vector<std::uint32_t>& entropy) {
        std::uint32_t hash_const = kInitA;
        for (std::size_t i = 0; i < pool_.size(); ++i)
            pool_[i] = hashmix(i < entropy.size() ? entropy[i] : 0u, hash_const);
        for (std::size_t src = 0; src < pool_.size(); ++src)
            for (std::size_t dst = 0; dst < pool_.size(); ++dst)
                if (src != dst) pool_[dst] = mix(pool_[dst], hashmix(pool_[src], hash_const));
        for (std::size_t src = pool_.size(); src < entropy.size(); ++src)
            for (std::size_t dst = 0; dst < pool_.size(); ++dst)
                pool_[dst] = mix(pool_[dst], hashmix(entropy[src], hash_const));
    }

    // generate_state(n, np.uint64): 2n words cycled from the pool, hashed, paired little-endian.
    std::vector<std::uint64_t> generate_state64(std::size_t n) const {
        std::uint32_t hash_const = kInitB;
        std::vector<std::uint32_t> words(2 * n);
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::uint32_t value = pool_[i % pool_.size()];
            value ^= hash_const;
            hash_const *= kMultB;
            value *= hash_const;
            value ^= value >> kXShift;
            words[i] = value;
        }
        std::vector<std::uint64_t> out(n);
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint64_t>(words[2 * i]) | (static_cast<std::uint64_t>(words[2 * i + 1]) << 32);
        return out;
    }

    // The 32-bit words of a non-negative int, least significant first ([0] for 0).
    static std::vector<std::uint32_t> words_of(std::int64_t seed) {
        if (seed < 0) throw ValueError("expected non-negative integer");
        std::vector<std::uint32_t> words;
        auto n = static_cast<std::uint64_t>(seed);
        do {
            words.push_back(static_cast<std::uint32_t>(n & 0xffffffffu));
            n >>= 32;
        } while (n != 0);
        return words;
    }

private:
    static constexpr std::uint32_t kInitA = 0x43b0d7e5u, kMultA = 0x931e8875u;
    static constexpr std::uint32_t kInitB = 0x8b51f9ddu, kMultB = 0x58f38dedu;
    static constexpr std::uint32_t kMixMultL = 0xca01f9ddu, kMixMultR = 0x4973f715u;
    static constexpr int kXShift = 16;

    static std::uint32_t hashmix(std::uint32_t value, std::uint32_t& hash_const) {
        value ^= hash_const;
        hash_const *= kMultA;
        value *= hash_const;
        value ^= value >> kXShift;
        return value;
    }
    static std::uint32_t mix(std::uint32_t x, std::uint32_t y) {
        std::uint32_t result = kMixMultL * x - kMixMultR * y;
        result ^= result >> kXShift;
        return result;
    }

    std::array<std::uint32_t, 4> pool_{};
};

// ---- PCG64 -------------------------------------------------------------------------------------

class PCG64 {
public:
    using u128 = unsigned __int128;

    explicit PCG64(const SeedSequence& seq) {
        const auto words = seq.generate_state64(4);
        const u128 initstate = (static_cast<u128>(words[0]) << 64) | words[1];
        const u128 initseq = (static_cast<u128>(words[2]) << 64) | words[3];
        state_ = 0;
        inc_ = (initseq << 1) | 1u;
        step();
        state_ += initstate;
        step();
    }

    std::uint64_t next64() {
        step();
        const auto high = static_cast<std::uint64_t>(state_ >> 64);
        const auto low = static_cast<std::uint64_t>(state_);
        const unsigned rot = static_cast<unsigned>(state_ >> 122);
        const std::uint64_t x = high ^ low;
        return (x >> rot) | (x << ((64u - rot) & 63u));
    }

    std::uint32_t next32() {
        if (has_uint32_) {
            has_uint32_ = false;
            return uinteger_;
        }
        const std::uint64_t next = next64();
        has_uint32_ = true;
        uinteger_ = static_cast<std::uint32_t>(next >> 32);
        return static_cast<std::uint32_t>(next & 0xffffffffu);
    }

    double next_double() { return static_cast<double>(next64() >> 11) * (1.0 / 9007199254740992.0); }

private:
    void step() {
        constexpr u128 multiplier = (static_cast<u128>(2549297995355413924ULL) << 64) | 4865540595714422341ULL;
        state_ = state_ * multiplier + inc_;
    }

    u128 state_ = 0, inc_ = 0;
    bool has_uint32_ = false;
    std::uint32_t uinteger_ = 0;
};

// ---- the derivations of NumPy's distributions.c --------------------------------------------------

namespace generator_detail {

// Lemire's bounded integer in [0, rng] on a 32-bit draw (rng < 2**32 - 1).
inline std::uint32_t lemire32(PCG64& bits, std::uint32_t rng) {
    const std::uint32_t rng_excl = rng + 1u;
    std::uint64_t m = static_cast<std::uint64_t>(bits.next32()) * rng_excl;
    auto leftover = static_cast<std::uint32_t>(m & 0xffffffffu);
    if (leftover < rng_excl) {
        const std::uint32_t threshold = (0xffffffffu - rng) % rng_excl;
        while (leftover < threshold) {
            m = static_cast<std::uint64_t>(bits.next32()) * rng_excl;
            leftover = static_cast<std::uint32_t>(m & 0xffffffffu);
        }
    }
    return static_cast<std::uint32_t>(m >> 32);
}

// The same on 64-bit draws (rng < 2**64 - 1).
inline std::uint64_t lemire64(PCG64& bits, std::uint64_t rng) {
    using u128 = unsigned __int128;
    const std::uint64_t rng_excl = rng + 1u;
    u128 m = static_cast<u128>(bits.next64()) * rng_excl;
    auto leftover = static_cast<std::uint64_t>(m);
    if (leftover < rng_excl) {
        const std::uint64_t threshold = (~std::uint64_t{0} - rng) % rng_excl;
        while (leftover < threshold) {
            m = static_cast<u128>(bits.next64()) * rng_excl;
            leftover = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

// random_bounded_uint64(off=0, rng, use_masked=false): an integer in [0, rng].
inline std::uint64_t bounded(PCG64& bits, std::uint64_t rng) {
    if (rng == 0) return 0;
    if (rng <= 0xffffffffULL) {
        if (rng == 0xffffffffULL) return bits.next32();
        return lemire32(bits, static_cast<std::uint32_t>(rng));
    }
    if (rng == ~std::uint64_t{0}) return bits.next64();
    return lemire64(bits, rng);
}

// random_interval: an integer in [0, max] by masked rejection (shuffle's indices).
inline std::uint64_t interval(PCG64& bits, std::uint64_t max) {
    if (max == 0) return 0;
    const std::uint64_t mask = detail::mask_for(max);
    std::uint64_t value;
    if (max <= 0xffffffffULL) {
        while ((value = (bits.next32() & mask)) > max) {
        }
    } else {
        while ((value = (bits.next64() & mask)) > max) {
        }
    }
    return value;
}

inline double standard_normal(PCG64& bits) {
    using namespace ziggurat;
    while (true) {
        std::uint64_t r = bits.next64();
        const int idx = static_cast<int>(r & 0xff);
        r >>= 8;
        const bool negative = (r & 0x1) != 0;
        const std::uint64_t rabs = (r >> 1) & 0x000fffffffffffffULL;
        double x = static_cast<double>(rabs) * wi[idx];
        if (negative) x = -x;
        if (rabs < ki[idx]) return x;
        if (idx == 0) {
            while (true) {
                const double xx = -kNormalInvR * std::log1p(-bits.next_double());
                const double yy = -std::log1p(-bits.next_double());
                if (yy + yy > xx * xx) return ((rabs >> 8) & 0x1) ? -(kNormalR + xx) : kNormalR + xx;
            }
        }
        if ((fi[idx - 1] - fi[idx]) * bits.next_double() + fi[idx] < std::exp(-0.5 * x * x)) return x;
    }
}

inline double standard_exponential(PCG64& bits) {
    using namespace ziggurat;
    while (true) {
        std::uint64_t ri = bits.next64();
        ri >>= 3;
        const int idx = static_cast<int>(ri & 0xff);
        ri >>= 8;
        const double x = static_cast<double>(ri) * we[idx];
        if (ri < ke[idx]) return x;
        if (idx == 0) return kExponentialR - std::log1p(-bits.next_double());
        if ((fe[idx - 1] - fe[idx]) * bits.next_double() + fe[idx] < std::exp(-x)) return x;
    }
}

// NumPy's CONS_NON_NEGATIVE (check_constraint): NaN passes, a set sign bit (-0.0 too) does not.
inline void check_non_negative(double value, const char* name) {
    if (!std::isnan(value) && std::signbit(value)) throw ValueError(std::string(name) + " < 0");
}

template <class S>
std::int64_t element_count(const S& size) {
    std::int64_t count = 1;
    for (std::int64_t d : py::np::detail::to_shape(size)) count *= d;
    return count;
}

// integers' bounds as _bounded_integers.pyx checks them: the closed interval [low, high'] as an
// offset and a range.
inline std::pair<std::uint64_t, std::uint64_t> int_bounds(std::int64_t low, std::int64_t high, bool endpoint) {
    const __int128 closed_high = endpoint ? static_cast<__int128>(high) : static_cast<__int128>(high) - 1;
    if (low > closed_high) {
        if (low == 0) throw ValueError(endpoint ? "high < 0" : "high <= 0");
        throw ValueError(endpoint ? "low > high" : "low >= high");
    }
    return {static_cast<std::uint64_t>(low), static_cast<std::uint64_t>(closed_high - low)};
}

}  // namespace generator_detail

// ---- Generator ----------------------------------------------------------------------------------

class Generator {
public:
    explicit Generator(const SeedSequence& seq) : bits_(std::make_shared<PCG64>(seq)) {}
    // No bit generator yet: an object's field before __init__ assigns it (every table type is
    // default constructible, mappings/README.md).
    Generator() = default;

    // random(size=None): floats in [0, 1).
    double random(NoneType = None) const { return bits_->next_double(); }
    template <shape_like S>
    auto random(const S& size) const {
        detail::check_size(size);
        return detail::fill<double>(size, [&] { return bits_->next_double(); });
    }

    // integers(low, high=None, size=None, endpoint=False), int64.
    std::int64_t integers(std::int64_t low, NoneType, NoneType, bool endpoint = false) const {
        return integers(0, low, None, endpoint);
    }
    std::int64_t integers(std::int64_t low, std::int64_t high, NoneType = None, bool endpoint = false) const {
        const auto [off, rng] = generator_detail::int_bounds(low, high, endpoint);
        return static_cast<std::int64_t>(off + generator_detail::bounded(*bits_, rng));
    }
    template <shape_like S>
    auto integers(std::int64_t low, std::int64_t high, const S& size, bool endpoint = false) const {
        if (generator_detail::element_count(size) == 0) {  // NumPy returns np.empty(size) before any check
            detail::check_size(size);
            return py::np::empty<std::int64_t>(size);
        }
        const auto [off, rng] = generator_detail::int_bounds(low, high, endpoint);
        detail::check_size(size);
        auto out = py::np::empty<std::int64_t>(size);
        for (std::int64_t i = 0, n = out.size(); i < n; ++i)
            out.data()[i] = static_cast<std::int64_t>(off + generator_detail::bounded(*bits_, rng));
        return out;
    }
    template <shape_like S>
    auto integers(std::int64_t high, NoneType, const S& size, bool endpoint = false) const {
        return integers(0, high, size, endpoint);
    }

    // uniform(low=0.0, high=1.0, size=None): low + (high - low) * random().
    double uniform(double low = 0.0, double high = 1.0, NoneType = None) const {
        const double range = uniform_range(low, high);
        return low + range * bits_->next_double();
    }
    template <shape_like S>
    auto uniform(double low, double high, const S& size) const {
        const double range = uniform_range(low, high);
        detail::check_size(size);
        return detail::fill<double>(size, [&] { return low + range * bits_->next_double(); });
    }

    double standard_normal(NoneType = None) const { return generator_detail::standard_normal(*bits_); }
    template <shape_like S>
    auto standard_normal(const S& size) const {
        detail::check_size(size);
        return detail::fill<double>(size, [&] { return generator_detail::standard_normal(*bits_); });
    }

    double normal(double loc = 0.0, double scale = 1.0, NoneType = None) const {
        generator_detail::check_non_negative(scale, "scale");
        return loc + scale * generator_detail::standard_normal(*bits_);
    }
    template <shape_like S>
    auto normal(double loc, double scale, const S& size) const {
        generator_detail::check_non_negative(scale, "scale");
        detail::check_size(size);
        return detail::fill<double>(size, [&] { return loc + scale * generator_detail::standard_normal(*bits_); });
    }

    double standard_exponential(NoneType = None) const { return generator_detail::standard_exponential(*bits_); }
    template <shape_like S>
    auto standard_exponential(const S& size) const {
        detail::check_size(size);
        return detail::fill<double>(size, [&] { return generator_detail::standard_exponential(*bits_); });
    }

    double exponential(double scale = 1.0, NoneType = None) const {
        generator_detail::check_non_negative(scale, "scale");
        return scale * generator_detail::standard_exponential(*bits_);
    }
    template <shape_like S>
    auto exponential(double scale, const S& size) const {
        generator_detail::check_non_negative(scale, "scale");
        detail::check_size(size);
        return detail::fill<double>(size, [&] { return scale * generator_detail::standard_exponential(*bits_); });
    }

    // shuffle(x): the first axis in place; an empty array draws nothing.
    template <class T, std::size_t N>
    void shuffle(ndarray<T, N> x) const {
        if (x.size() == 0) return;
        for (std::int64_t i = x.shape()[0] - 1; i > 0; --i) {
            const auto j = static_cast<std::int64_t>(generator_detail::interval(*bits_, static_cast<std::uint64_t>(i)));
            if (i != j) detail::swap_leading(x, i, j);
        }
    }

    // permutation(n): a shuffled arange(n) (empty for n <= 0); permutation(a): a shuffled copy.
    ndarray<std::int64_t, 1> permutation(std::int64_t n) const {
        ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{n > 0 ? n : 0});
        for (std::int64_t i = 0; i < out.size(); ++i) out.data()[i] = i;
        shuffle(out);
        return out;
    }
    template <class T, std::size_t N>
    ndarray<T, N> permutation(const ndarray<T, N>& x) const {
        ndarray<T, N> out = x.copy();
        // NumPy permutes the rows of a matrix by shuffling arange(rows): it draws even when the rows
        // are empty (the same swaps applied to the rows give the same result otherwise).
        if constexpr (N > 1)
            if (x.size() == 0) {
                (void)permutation(x.shape()[0]);
                return out;
            }
        shuffle(out);
        return out;
    }

    // choice(a, size=None, replace=True, shuffle=True) of an int population (p= is not supported).
    std::int64_t choice(std::int64_t a, NoneType = None, bool replace = true, bool shuffle = true) const {
        if (a <= 0) throw ValueError("a must be a positive integer unless no samples are taken");
        return choice_indices(a, std::vector<std::int64_t>{}, true, replace, shuffle).data()[0];
    }
    template <shape_like S>
    auto choice(std::int64_t a, const S& size, bool replace = true, bool shuffle = true) const {
        const auto shape = py::np::detail::to_shape(size);
        if (a <= 0 && generator_detail::element_count(size) != 0)
            throw ValueError("a must be a positive integer unless no samples are taken");
        auto flat = choice_indices(a, std::vector<std::int64_t>(shape.begin(), shape.end()), false, replace, shuffle);
        auto out = py::np::empty<std::int64_t>(size);
        for (std::int64_t i = 0, n = out.size(); i < n; ++i) out.data()[i] = flat.data()[i];
        return out;
    }
    // choice of the elements of a 1-D array.
    template <class T>
    T choice(const ndarray<T, 1>& a, NoneType = None, bool replace = true, bool shuffle = true) const {
        if (a.shape()[0] == 0) throw ValueError("a cannot be empty unless no samples are taken");
        return a.at(choice_indices(a.shape()[0], std::vector<std::int64_t>{}, true, replace, shuffle).data()[0]);
    }
    template <class T, shape_like S>
    auto choice(const ndarray<T, 1>& a, const S& size, bool replace = true, bool shuffle = true) const {
        const auto shape = py::np::detail::to_shape(size);
        if (a.shape()[0] == 0 && generator_detail::element_count(size) != 0)
            throw ValueError("a cannot be empty unless no samples are taken");
        auto flat = choice_indices(a.shape()[0], std::vector<std::int64_t>(shape.begin(), shape.end()), false, replace, shuffle);
        auto out = py::np::empty<T>(size);
        for (std::int64_t i = 0, n = out.size(); i < n; ++i) out.data()[i] = a.at(flat.data()[i]);
        return out;
    }

    // str(rng) is NumPy's; repr(rng) shows this handle's address where Python shows the object's.
    void append_str_to(std::string& out) const { out += "Generator(PCG64)"; }
    void append_repr_to(std::string& out) const {
        char buffer[2 * sizeof(std::uintptr_t) + 1];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, reinterpret_cast<std::uintptr_t>(bits_.get()), 16);
        out += "Generator(PCG64) at 0x";
        for (const char* c = buffer; c != result.ptr; ++c) out += static_cast<char>(*c >= 'a' && *c <= 'f' ? *c - 'a' + 'A' : *c);
    }

private:
    static double uniform_range(double low, double high) {
        const double range = high - low;
        if (!std::isfinite(range)) throw OverflowError("high - low range exceeds valid bounds");
        generator_detail::check_non_negative(range, "high - low");
        return range;
    }

    // The flat indices Generator.choice draws for a population of pop_size (shape empty and
    // scalar true for size=None).
    ndarray<std::int64_t, 1> choice_indices(std::int64_t pop_size, const std::vector<std::int64_t>& shape, bool scalar, bool replace,
                                            bool shuffle) const {
        std::int64_t size = 1;
        for (std::int64_t d : shape) size *= d;
        if (replace) {
            if (scalar) {
                ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{1});
                out.data()[0] = integers(0, pop_size);
                return out;
            }
            for (std::int64_t d : shape)
                if (d < 0 && size != 0) {
                    generator_detail::int_bounds(0, pop_size, false);  // NumPy checks the bounds first
                    throw ValueError("negative dimensions are not allowed");
                }
            ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{size < 0 ? 0 : size});
            if (size <= 0) {
                for (std::int64_t d : shape)
                    if (d < 0) throw ValueError("negative dimensions are not allowed");
                return out;
            }
            const auto [off, rng] = generator_detail::int_bounds(0, pop_size, false);
            for (std::int64_t i = 0; i < size; ++i) out.data()[i] = static_cast<std::int64_t>(off + generator_detail::bounded(*bits_, rng));
            return out;
        }
        if (size > pop_size) throw ValueError("Cannot take a larger sample than population when replace is False");
        if (size < 0) throw ValueError("negative dimensions are not allowed");
        for (std::int64_t d : shape)
            if (d < 0) throw ValueError("negative dimensions are not allowed");
        const std::int64_t cutoff = shuffle ? 50 : 20;
        if (pop_size > 10000 && size > pop_size / cutoff) {  // tail shuffle of arange(pop_size)
            std::vector<std::int64_t> idx(static_cast<std::size_t>(pop_size));
            for (std::int64_t i = 0; i < pop_size; ++i) idx[static_cast<std::size_t>(i)] = i;
            shuffle_int(idx.data(), pop_size, std::max<std::int64_t>(pop_size - size, 1));
            ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{size});
            for (std::int64_t i = 0; i < size; ++i) out.data()[i] = idx[static_cast<std::size_t>(pop_size - size + i)];
            return out;
        }
        // Floyd's algorithm with an open-addressing hash set of 2**k >= 1.2 * size slots.
        ndarray<std::int64_t, 1> out(std::array<std::int64_t, 1>{size});
        const auto set_size = static_cast<std::uint64_t>(1.2 * static_cast<double>(size));
        const std::uint64_t mask = detail::mask_for(set_size);
        constexpr std::uint64_t empty = ~std::uint64_t{0};
        std::vector<std::uint64_t> hash_set(static_cast<std::size_t>(mask + 1), empty);
        for (std::int64_t j = pop_size - size; j < pop_size; ++j) {
            const std::uint64_t val = generator_detail::bounded(*bits_, static_cast<std::uint64_t>(j));
            std::uint64_t loc = val & mask;
            while (hash_set[loc] != empty && hash_set[loc] != val) loc = (loc + 1) & mask;
            if (hash_set[loc] == empty) {
                hash_set[loc] = val;
                out.data()[j - pop_size + size] = static_cast<std::int64_t>(val);
            } else {
                loc = static_cast<std::uint64_t>(j) & mask;
                while (hash_set[loc] != empty) loc = (loc + 1) & mask;
                hash_set[loc] = static_cast<std::uint64_t>(j);
                out.data()[j - pop_size + size] = j;
            }
        }
        if (shuffle) shuffle_int(out.data(), size, 1);
        return out;
    }

    // _shuffle_int: Fisher-Yates of data[first..n) from the end, Lemire-bounded indices.
    void shuffle_int(std::int64_t* data, std::int64_t n, std::int64_t first) const {
        for (std::int64_t i = n - 1; i >= first; --i) {
            const auto j = static_cast<std::int64_t>(generator_detail::bounded(*bits_, static_cast<std::uint64_t>(i)));
            std::swap(data[j], data[i]);
        }
    }

    std::shared_ptr<PCG64> bits_;
};

// default_rng(seed): a Generator on PCG64 seeded through SeedSequence; default_rng() (or None)
// takes 128 bits of the operating system's entropy, as NumPy does.
inline Generator default_rng(std::int64_t seed) { return Generator(SeedSequence(SeedSequence::words_of(seed))); }

inline Generator default_rng(NoneType = None) {
    std::random_device entropy;
    std::vector<std::uint32_t> words(4);
    for (auto& w : words) w = entropy();
    return Generator(SeedSequence(words));
}

}  // namespace py::np::random
