// py2cpp runtime: Python's `random` module (namespace py::random; NumPy's generator is
// py::np::random in random.hpp), producing exactly the numbers CPython 3.11 produces for the same
// seed, with CPython's exceptions and messages.
//
// Like Python's module functions, everything draws from one hidden generator: a 32-bit Mersenne
// Twister (MT19937) as CPython's _random module runs it, plus the algorithms of Lib/random.py:
//   * seed(n) for an int n: abs(n) split into 32-bit words, least significant first ([0] for 0),
//     fed to init_by_array; seed(x) for a float: the same with hash(x) taken as an unsigned
//     64-bit number; seed() / seed(None): 624 words of OS entropy (only seeded programs are
//     reproducible, in both). Seeding drops the cached gauss() value.
//   * random(): (a * 2**26 + b) / 2**53 with a = word >> 5, b = word >> 6;
//   * getrandbits(k): one word >> (32 - k) for k <= 32, else 32-bit words least significant first,
//     the last one shifted; _randbelow(n): getrandbits(n.bit_length()) until it is below n;
//   * randrange/randint, choice, shuffle, sample (both algorithms: a pool list or a set of chosen
//     indices, picked by CPython's `setsize` rule), choices (floor(random() * n), or a bisection
//     of the cumulative weights), and the distributions, formula for formula as random.py has them.
// Compiled ints are 64-bit: getrandbits(k) above 63 bits raises OverflowError when the drawn value
// does not fit (after drawing every word Python draws); randint/randrange accept any int64 bounds.
// Not provided: seeds that are str/bytes (sha512), Random instances, getstate/setstate, randbytes.
#pragma once

#include <array>
#include <concepts>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "py2cpp/dict.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/hash.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/percent_format.hpp"
#include "py2cpp/pymath.hpp"
#include "py2cpp/range.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/set.hpp"
#include "py2cpp/str.hpp"
#include "py2cpp/str_methods.hpp"

namespace py::random {

// MT19937 exactly as CPython's Modules/_randommodule.c runs it (init_genrand, init_by_array,
// genrand_uint32).
class MersenneTwister {
public:
    static constexpr int kN = 624;
    static constexpr int kM = 397;

    void init_genrand(std::uint32_t s) {
        mt_[0] = s;
        for (int i = 1; i < kN; ++i) mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
        index_ = kN;
    }

    void init_by_array(const std::uint32_t* key, std::size_t key_length) {
        init_genrand(19650218u);
        std::size_t i = 1, j = 0;
        std::size_t k = static_cast<std::size_t>(kN) > key_length ? static_cast<std::size_t>(kN) : key_length;
        for (; k; --k) {
            mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<std::uint32_t>(j);
            ++i;
            ++j;
            if (i >= static_cast<std::size_t>(kN)) {
                mt_[0] = mt_[kN - 1];
                i = 1;
            }
            if (j >= key_length) j = 0;
        }
        for (k = kN - 1; k; --k) {
            mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - static_cast<std::uint32_t>(i);
            ++i;
            if (i >= static_cast<std::size_t>(kN)) {
                mt_[0] = mt_[kN - 1];
                i = 1;
            }
        }
        mt_[0] = 0x80000000u;  // MSB is 1, assuring a non-zero initial array
    }

    std::uint32_t next32() {
        if (index_ >= kN) regenerate();
        std::uint32_t y = mt_[static_cast<std::size_t>(index_++)];
        y ^= (y >> 11);
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= (y >> 18);
        return y;
    }

private:
    void regenerate() {
        constexpr std::uint32_t upper = 0x80000000u, lower = 0x7fffffffu, matrix = 0x9908b0dfu;
        auto twist = [&](int kk, int next, int from) {
            const std::uint32_t y = (mt_[kk] & upper) | (mt_[next] & lower);
            mt_[kk] = mt_[from] ^ (y >> 1) ^ ((y & 1u) ? matrix : 0u);
        };
        int kk = 0;
        for (; kk < kN - kM; ++kk) twist(kk, kk + 1, kk + kM);
        for (; kk < kN - 1; ++kk) twist(kk, kk + 1, kk + (kM - kN));
        twist(kN - 1, 0, kM - 1);
        index_ = 0;
    }

    std::array<std::uint32_t, kN> mt_{};
    int index_ = kN + 1;
};

// The module's hidden generator: Random's MT state and its gauss_next.
struct State {
    MersenneTwister mt;
    bool has_gauss_next = false;
    double gauss_next = 0.0;
};

namespace detail {

inline void seed_from_entropy(State& s) {
    std::random_device entropy;
    std::array<std::uint32_t, MersenneTwister::kN> key{};
    for (auto& word : key) word = entropy();
    s.mt.init_by_array(key.data(), key.size());
    s.has_gauss_next = false;
}

inline void seed_from_magnitude(State& s, std::uint64_t n) {
    std::uint32_t key[2] = {static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n >> 32)};
    s.mt.init_by_array(key, (n >> 32) ? 2 : 1);
    s.has_gauss_next = false;
}

}  // namespace detail

inline State& global_state() {
    static State state = [] {
        State s;
        detail::seed_from_entropy(s);
        return s;
    }();
    return state;
}

// ---- seeding and raw bits -----------------------------------------------------------------------

// random.seed(), random.seed(None): OS entropy.
inline void seed(NoneType = None) { detail::seed_from_entropy(global_state()); }
// random.seed(n): all the bits of abs(n).
template <std::integral I>
void seed(I value) {
    const auto a = static_cast<int_t>(value);
    detail::seed_from_magnitude(global_state(), a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a));
}
// random.seed(x) for a float: CPython seeds with hash(x) converted to size_t.
template <std::floating_point F>
void seed(F a) {
    detail::seed_from_magnitude(global_state(), static_cast<std::uint64_t>(py::hash(static_cast<double>(a))));
}

// random.random(): a float in [0, 1) with 53 random bits.
inline double random() {
    MersenneTwister& mt = global_state().mt;
    const std::uint32_t a = mt.next32() >> 5, b = mt.next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

namespace detail {

// getrandbits(k) for 1 <= k <= 64, as an unsigned number.
inline std::uint64_t bits64(int k) {
    MersenneTwister& mt = global_state().mt;
    if (k <= 32) return mt.next32() >> (32 - k);
    const std::uint64_t low = mt.next32();
    const std::uint64_t high = mt.next32() >> (64 - k);
    return low | (high << 32);
}

inline int bit_length(std::uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

// Random._randbelow_with_getrandbits(n) for 1 <= n < 2**64.
inline std::uint64_t randbelow(std::uint64_t n) {
    const int k = bit_length(n);
    std::uint64_t r = bits64(k);
    while (r >= n) r = bits64(k);
    return r;
}

// _randbelow(2**64): getrandbits(65), three words, the last shifted to one bit.
inline std::uint64_t randbelow_2_64() {
    MersenneTwister& mt = global_state().mt;
    while (true) {
        const std::uint64_t low = mt.next32();
        const std::uint64_t high = mt.next32();
        const std::uint32_t top = mt.next32() >> 31;
        if (top == 0) return low | (high << 32);
    }
}

// stop - start of two int64 as Python prints it (the exact difference may not fit in 64 bits).
inline std::string exact_difference_text(int_t stop, int_t start) {
    if (stop >= start) return std::to_string(static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start));
    return "-" + std::to_string(static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop));
}

// b - a of two int64 as Python's exact int converted to float.
inline double exact_difference(int_t b, int_t a) {
    if (b >= a) return static_cast<double>(static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a));
    return -static_cast<double>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}

// start + offset, where the exact sum is known to fit in int64.
inline int_t offset(int_t start, std::uint64_t by) { return static_cast<int_t>(static_cast<std::uint64_t>(start) + by); }

inline std::uint64_t ceil_div(std::uint64_t a, std::uint64_t b) { return a / b + (a % b != 0 ? 1 : 0); }

// randrange's arguments: ints as they are; a float must be integral (int(x) == x), as random.py
// accepts it (with a DeprecationWarning on stderr), else ValueError with `message`.
template <class T>
int_t index_arg(const T& x, const char* message) {
    if constexpr (std::is_floating_point_v<T>) {
        const int_t i = py::to_int(static_cast<double>(x));  // NaN: ValueError, inf: OverflowError
        if (py::compare(i, static_cast<double>(x)) != 0) throw ValueError(message);
        return i;
    } else {
        return static_cast<int_t>(x);
    }
}

}  // namespace detail

// random.getrandbits(k): a non-negative int of k random bits.
inline int_t getrandbits(int_t k) {
    if (k < 0) throw ValueError("number of bits must be non-negative");
    if (k == 0) return 0;
    MersenneTwister& mt = global_state().mt;
    if (k <= 32) return static_cast<int_t>(mt.next32() >> (32 - k));
    std::uint64_t value = 0;
    bool too_big = false;
    int_t bits = k;
    for (int_t word = 0; bits > 0; ++word, bits -= 32) {
        std::uint32_t r = mt.next32();
        if (bits < 32) r >>= (32 - bits);
        if (word < 2) value |= static_cast<std::uint64_t>(r) << (32 * word);
        else if (r != 0) too_big = true;
    }
    if (too_big || value > static_cast<std::uint64_t>(INT64_MAX)) py::detail::raise_int_overflow();
    return static_cast<int_t>(value);
}

// ---- integers ------------------------------------------------------------------------------------

// random.randrange(stop)
inline int_t randrange(int_t start) {
    if (start > 0) return static_cast<int_t>(detail::randbelow(static_cast<std::uint64_t>(start)));
    throw ValueError("empty range for randrange()");
}

// random.randrange(start, stop, step)
inline int_t randrange(int_t start, int_t stop, int_t step = 1) {
    if (step == 1) {
        if (stop > start) return detail::offset(start, detail::randbelow(static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start)));
        throw ValueError("empty range for randrange() (" + std::to_string(start) + ", " + std::to_string(stop) + ", " +
                         detail::exact_difference_text(stop, start) + ")");
    }
    std::uint64_t n = 0;
    if (step > 0) {
        if (stop > start) n = detail::ceil_div(static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start), static_cast<std::uint64_t>(step));
    } else if (step < 0) {
        if (stop < start) n = detail::ceil_div(static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop), 0 - static_cast<std::uint64_t>(step));
    } else {
        throw ValueError("zero step for randrange()");
    }
    if (n == 0) throw ValueError("empty range for randrange()");
    return detail::offset(start, static_cast<std::uint64_t>(step) * detail::randbelow(n));
}

// random.randrange(start, None, step): Python requires step to be the default 1.
inline int_t randrange(int_t start, NoneType, int_t step) {
    if (step != 1) throw TypeError("Missing a non-None stop argument");
    return randrange(start);
}

// randrange with float arguments (integral floats are accepted, as random.py still does).
template <class A>
int_t randrange_number(const A& start) {
    return randrange(detail::index_arg(start, "non-integer arg 1 for randrange()"));
}
template <class A, class B, class C = int_t>
int_t randrange_number(const A& start, const B& stop, const C& step = 1) {
    const int_t istart = detail::index_arg(start, "non-integer arg 1 for randrange()");
    const int_t istop = detail::index_arg(stop, "non-integer stop for randrange()");
    const int_t istep = detail::index_arg(step, "non-integer step for randrange()");
    return randrange(istart, istop, istep);
}
template <class A, class C>
int_t randrange_number(const A& start, NoneType, const C& step) {
    // random.py checks `step is not 1`: only the int 1 passes (not 1.0, not True).
    if constexpr (std::is_integral_v<C> && !std::is_same_v<C, bool>) {
        if (step != 1) throw TypeError("Missing a non-None stop argument");
    } else {
        throw TypeError("Missing a non-None stop argument");
    }
    return randrange_number(start);
}

// random.randint(a, b): randrange(a, b + 1), for any int64 bounds.
inline int_t randint(int_t a, int_t b) {
    if (b < a)
        throw ValueError("empty range for randrange() (" + std::to_string(a) + ", " + std::to_string(b + 1) + ", " +
                         detail::exact_difference_text(b + 1, a) + ")");
    const std::uint64_t span = static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a);  // width - 1
    if (span == UINT64_MAX) return detail::offset(a, detail::randbelow_2_64());
    return detail::offset(a, detail::randbelow(span + 1));
}
template <class A, class B>
int_t randint_number(const A& a, const B& b) {
    if constexpr (std::is_floating_point_v<B>) return randrange_number(a, static_cast<double>(b) + 1);
    else if constexpr (std::is_floating_point_v<A>) return randint(detail::index_arg(a, "non-integer arg 1 for randrange()"), static_cast<int_t>(b));
    else return randint(static_cast<int_t>(a), static_cast<int_t>(b));
}

// ---- sequences -----------------------------------------------------------------------------------

namespace detail {

template <class T>
struct is_py_list : std::false_type {};
template <class T>
struct is_py_list<list<T>> : std::true_type {};

// What random.py can index: a list, tuple, str or range; len() and seq[i] as Python does them
// (IndexError with the sequence's message). A set has a len() but is not subscriptable.
template <class S>
constexpr bool is_sequence_v = is_py_list<S>::value || py::detail::is_tuple_v<S> || std::is_convertible_v<const S&, std::string_view> ||
                               std::is_same_v<S, py::range>;

template <class S>
int_t seq_len(const S& s) {
    if constexpr (is_py_list<S>::value) return s.size();
    else if constexpr (py::detail::is_tuple_v<S>) return static_cast<int_t>(std::tuple_size_v<S>);
    else if constexpr (std::is_convertible_v<const S&, std::string_view>) return py::len(std::string_view(s));
    else if constexpr (std::is_same_v<S, py::range>) return s.size();
    else if constexpr (py::detail::is_set_v<S>) return py::len(s);
    // Anything else the table's `iterable` admits (a defaultdict, a Counter, zip(...)): refused at
    // run time as random.py's len()/indexing would refuse an iterator (generated code must compile).
    else throw TypeError("random: the population must be a sequence (a list, tuple, str or range)");
}

template <class S>
auto seq_item(const S& s, int_t i) {
    if constexpr (is_py_list<S>::value) {
        return typename S::value_type(s[i]);
    } else if constexpr (py::detail::is_tuple_v<S>) {
        const auto items = py::tuple_items(s);
        if (i < 0 || i >= static_cast<int_t>(items.size())) throw IndexError("tuple index out of range");
        return items[static_cast<std::size_t>(i)];
    } else if constexpr (std::is_convertible_v<const S&, std::string_view>) {
        return py::str_getitem(std::string_view(s), i);
    } else if constexpr (std::is_same_v<S, py::range>) {
        return s[i];
    } else if constexpr (py::detail::is_set_v<S>) {
        throw TypeError(S::frozen ? "'frozenset' object is not subscriptable" : "'set' object is not subscriptable");
        return typename S::value_type{};
    } else {
        throw TypeError("random: the population must be a sequence (a list, tuple, str or range)");
        return py::detail::item_t<S>{};
    }
}

// bisect.bisect_right(cum, x, 0, hi) over a vector of cumulative sums (ints or floats).
template <class T, class X>
std::size_t bisect_right(const std::vector<T>& cum, const X& x, std::size_t hi) {
    std::size_t lo = 0;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        bool less;
        if constexpr (std::is_same_v<T, int_t> && std::is_same_v<X, double>) less = py::compare(x, cum[mid]) < 0;
        else less = x < cum[mid];
        if (less) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// itertools.accumulate(weights) as a list: ints add exactly (OverflowError past int64), floats in order.
template <class W>
auto accumulate(const W& weights) {
    using Item = py::detail::item_t<W>;
    static_assert(std::is_arithmetic_v<Item> || std::is_same_v<Item, NoneType>, "random: weights and counts must be numbers");
    using Sum = std::conditional_t<std::is_floating_point_v<Item>, double, int_t>;
    std::vector<Sum> out;
    if constexpr (std::is_arithmetic_v<Item>) {  // (the items of an always-empty list are NoneType)
        for (auto&& w : py::as_iterable(weights)) {
            const Sum value = static_cast<Sum>(w);
            if (out.empty()) out.push_back(value);
            else if constexpr (std::is_same_v<Sum, int_t>) out.push_back(py::iadd(out.back(), value));
            else out.push_back(out.back() + value);
        }
    }
    return out;
}

}  // namespace detail

// random.choice(seq)
template <class S>
auto choice(const S& seq) {
    const int_t n = detail::seq_len(seq);
    if (n == 0) throw IndexError("Cannot choose from an empty sequence");
    return detail::seq_item(seq, static_cast<int_t>(detail::randbelow(static_cast<std::uint64_t>(n))));
}

// random.choice(d) of a dict: random.py reads d[i] for a random i < len(d), so it returns the value
// of an int key i (a float or bool key equal to i too), else raises KeyError(i).
template <class K, class V>
V choice(const dict<K, V>& d) {
    const int_t n = py::len(d);
    if (n == 0) throw IndexError("Cannot choose from an empty sequence");
    const auto i = static_cast<int_t>(detail::randbelow(static_cast<std::uint64_t>(n)));
    if constexpr (std::is_same_v<K, bool>) {
        if (i <= 1 && py::contains(d, i == 1)) return d[i == 1];
    } else if constexpr (std::is_arithmetic_v<K>) {
        if (py::contains(d, static_cast<K>(i))) return d[static_cast<K>(i)];
    }
    throw KeyError::of_repr(std::to_string(i));
}

// random.shuffle(x): Fisher-Yates from the end, in place. A tuple or str draws the first index
// and then fails to assign, as in Python.
template <class T>
void shuffle(const list<T>& x) {
    auto& items = x.items();
    for (std::size_t i = items.size(); i-- > 1;) {
        const std::size_t j = static_cast<std::size_t>(detail::randbelow(i + 1));
        std::swap(items[i], items[j]);
    }
}
template <class S>
void shuffle(const S& x) {
    if (detail::seq_len(x) < 2) return;
    (void)detail::randbelow(static_cast<std::uint64_t>(detail::seq_len(x)));
    throw TypeError(std::string("'") + (py::detail::is_tuple_v<S> ? "tuple" : "str") + "' object does not support item assignment");
}

namespace detail {
[[noreturn, gnu::cold]] inline void raise_population_not_sequence() {
    throw TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
}
}  // namespace detail

// random.sample(population, k): k distinct positions, in selection order.
template <class S>
auto sample(const S& population, int_t k) {
    using T = py::detail::item_t<S>;
    if constexpr (!detail::is_sequence_v<S>) {
        detail::raise_population_not_sequence();
        return list<T>{};
    } else {
        const int_t n = detail::seq_len(population);
        if (!(0 <= k && k <= n)) throw ValueError("Sample larger than population or is negative");
        list<T> result;
        auto& out = result.items();
        out.reserve(static_cast<std::size_t>(k));
        // setsize = 21 + (4 ** ceil(log(k * 3, 4)) when k > 5): a set of k entries outgrows a list of n.
        bool use_pool = true;
        if (k > 5) {
            const double three_k = k <= INT64_MAX / 3 ? static_cast<double>(k * 3) : static_cast<double>(k) * 3.0;
            const double exponent = std::ceil(py::math::log(three_k) / py::math::log(4.0));
            if (exponent <= 31) use_pool = n <= 21 + (int_t{1} << (2 * static_cast<int>(exponent)));
        } else {
            use_pool = n <= 21;
        }
        if (use_pool) {
            std::vector<T> pool;
            pool.reserve(static_cast<std::size_t>(n));
            for (auto&& item : py::as_iterable(population)) pool.push_back(static_cast<T>(item));
            for (int_t i = 0; i < k; ++i) {
                const auto j = static_cast<std::size_t>(detail::randbelow(static_cast<std::uint64_t>(n - i)));
                out.push_back(pool[j]);
                pool[j] = pool[static_cast<std::size_t>(n - i - 1)];
            }
        } else {
            std::unordered_set<std::uint64_t> selected;
            for (int_t i = 0; i < k; ++i) {
                std::uint64_t j = detail::randbelow(static_cast<std::uint64_t>(n));
                while (selected.count(j)) j = detail::randbelow(static_cast<std::uint64_t>(n));
                selected.insert(j);
                out.push_back(detail::seq_item(population, static_cast<int_t>(j)));
            }
        }
        return result;
    }
}

// random.sample(population, k, counts=counts): population[i] repeated counts[i] times.
template <class S, class C>
auto sample(const S& population, int_t k, const C& counts) {
    using T = py::detail::item_t<S>;
    if constexpr (!detail::is_sequence_v<S>) {
        detail::raise_population_not_sequence();
        return list<T>{};
    } else {
        const int_t n = detail::seq_len(population);
        auto cum = detail::accumulate(counts);
        if (static_cast<int_t>(cum.size()) != n) throw ValueError("The number of counts does not match the population");
        if (cum.empty()) throw IndexError("pop from empty list");
        const auto total = cum.back();
        cum.pop_back();
        if constexpr (std::is_floating_point_v<typename decltype(cum)::value_type>) {
            throw TypeError("Counts must be integers");
            return list<T>{};
        } else {
            if (total <= 0) throw ValueError("Total of counts must be greater than zero");
            const auto selections = sample(py::range(total), k);
            list<T> result;
            for (int_t s : selections) result.append(detail::seq_item(population, static_cast<int_t>(detail::bisect_right(cum, s, cum.size()))));
            return result;
        }
    }
}

// random.choices(population, k=k): k items with replacement, equally likely.
template <class S>
auto choices(const S& population, NoneType, NoneType, int_t k) {
    using T = py::detail::item_t<S>;
    const double n = static_cast<double>(detail::seq_len(population));
    list<T> result;
    for (int_t i = 0; i < k; ++i) result.append(detail::seq_item(population, py::math::floor(random() * n)));
    return result;
}

namespace detail {

// The bisection of random.choices over cumulative weights (ints or floats).
template <class S, class Cum>
auto choices_cumulative(const S& population, const std::vector<Cum>& cum, int_t k) {
    using T = py::detail::item_t<S>;
    const int_t n = seq_len(population);
    if (static_cast<int_t>(cum.size()) != n) throw ValueError("The number of weights does not match the population");
    if (cum.empty()) throw IndexError("list index out of range");
    const double total = static_cast<double>(cum.back()) + 0.0;
    if (total <= 0.0) throw ValueError("Total of weights must be greater than zero");
    if (!std::isfinite(total)) throw ValueError("Total of weights must be finite");
    const std::size_t hi = static_cast<std::size_t>(n - 1);
    list<T> result;
    for (int_t i = 0; i < k; ++i) result.append(seq_item(population, static_cast<int_t>(bisect_right(cum, random() * total, hi))));
    return result;
}

}  // namespace detail

// random.choices(population, cum_weights=cum_weights, k=k)
template <class S, class C>
    requires(!std::is_arithmetic_v<C>)
auto choices(const S& population, NoneType, const C& cum_weights, int_t k) {
    using Item = py::detail::item_t<C>;
    static_assert(std::is_arithmetic_v<Item> || std::is_same_v<Item, NoneType>, "random.choices: the weights must be numbers");
    using Cum = std::conditional_t<std::is_floating_point_v<Item>, double, int_t>;
    std::vector<Cum> cum;
    if constexpr (std::is_arithmetic_v<Item>)
        for (auto&& w : py::as_iterable(cum_weights)) cum.push_back(static_cast<Cum>(w));
    return detail::choices_cumulative(population, cum, k);
}

// random.choices(population, weights, k=k): the weights accumulated first.
template <class S, class W>
    requires(!std::is_arithmetic_v<W>)
auto choices(const S& population, const W& weights, NoneType, int_t k) {
    return detail::choices_cumulative(population, detail::accumulate(weights), k);
}

// random.choices(population, 3): Python's TypeError (k must be a keyword argument).
template <class S, class W>
    requires std::is_arithmetic_v<W>
list<py::detail::item_t<S>> choices(const S&, const W& weights, NoneType, int_t) {
    if constexpr (std::is_floating_point_v<W>) throw TypeError("'float' object is not iterable");
    else throw TypeError("The number of choices must be a keyword argument: k=" + py::repr(weights));
}

// random.choices(population, weights, cum_weights=...): both given.
template <class S, class W, class C>
list<py::detail::item_t<S>> choices(const S&, const W&, const C&, int_t) {
    throw TypeError("Cannot specify both weights and cumulative weights");
}

// ---- real-valued distributions ------------------------------------------------------------------

namespace detail {

// random.py's module constants, computed with libm at run time as Python computes them at import.
inline double nv_magicconst() {
    static const double value = 4 * py::math::exp(-0.5) / py::math::sqrt(2.0);
    return value;
}
inline double log4() {
    static const double value = py::math::log(4.0);
    return value;
}
inline double sg_magicconst() {
    static const double value = 1.0 + py::math::log(4.5);
    return value;
}

}  // namespace detail

// random.uniform(a, b): a + (b - a) * random(); two ints subtract exactly, as in Python.
template <std::floating_point F>
double uniform(F low, F high) {
    const double a = low, b = high;
    return a + (b - a) * random();
}
template <std::integral I>
double uniform(I low, I high) {
    const auto a = static_cast<int_t>(low), b = static_cast<int_t>(high);
    return static_cast<double>(a) + detail::exact_difference(b, a) * random();
}

// random.triangular(low=0.0, high=1.0, mode=None)
inline double triangular(double low, double high, NoneType = None) {
    double u = random(), c = 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * py::math::sqrt(u * c);
}
inline double triangular(double low, double high, double mode) {
    double u = random();
    if (high - low == 0.0) return low;  // (mode - low) / 0 is ZeroDivisionError, caught by random.py
    double c = (mode - low) / (high - low);
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * py::math::sqrt(u * c);
}

// random.normalvariate(mu=0.0, sigma=1.0): Kinderman and Monahan's ratio of uniforms.
inline double normalvariate(double mu = 0.0, double sigma = 1.0) {
    double z;
    while (true) {
        const double u1 = random();
        const double u2 = 1.0 - random();
        z = detail::nv_magicconst() * (u1 - 0.5) / u2;
        const double zz = z * z / 4.0;
        if (zz <= -py::math::log(u2)) break;
    }
    return mu + z * sigma;
}

// random.gauss(mu=0.0, sigma=1.0): Box-Muller, the second value kept for the next call.
inline double gauss(double mu = 0.0, double sigma = 1.0) {
    State& s = global_state();
    double z;
    if (s.has_gauss_next) {
        z = s.gauss_next;
        s.has_gauss_next = false;
    } else {
        const double x2pi = random() * py::math::tau;
        const double g2rad = py::math::sqrt(-2.0 * py::math::log(1.0 - random()));
        z = py::math::cos(x2pi) * g2rad;
        s.gauss_next = py::math::sin(x2pi) * g2rad;
        s.has_gauss_next = true;
    }
    return mu + z * sigma;
}

// random.lognormvariate(mu, sigma)
inline double lognormvariate(double mu, double sigma) { return py::math::exp(normalvariate(mu, sigma)); }

// random.expovariate(lambd)
inline double expovariate(double lambd) { return py::truediv(-py::math::log(1.0 - random()), lambd); }

// random.vonmisesvariate(mu, kappa)
inline double vonmisesvariate(double mu, double kappa) {
    if (kappa <= 1e-6) return py::math::tau * random();
    const double s = py::truediv(0.5, kappa);
    const double r = s + py::math::sqrt(1.0 + s * s);
    double z;
    while (true) {
        const double u1 = random();
        z = py::math::cos(py::math::pi * u1);
        const double d = py::truediv(z, r + z);
        const double u2 = random();
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * py::math::exp(d)) break;
    }
    const double q = py::truediv(1.0, r);
    const double f = py::truediv(q + z, 1.0 + q * z);
    const double u3 = random();
    if (u3 > 0.5) return py::mod(mu + py::math::acos(f), py::math::tau);
    return py::mod(mu - py::math::acos(f), py::math::tau);
}

// random.gammavariate(alpha, beta)
inline double gammavariate(double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0) throw ValueError("gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters".
        const double ainv = py::math::sqrt(2.0 * alpha - 1.0);
        const double bbb = alpha - detail::log4();
        const double ccc = alpha + ainv;
        while (true) {
            const double u1 = random();
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            const double u2 = 1.0 - random();
            const double v = py::truediv(py::math::log(py::truediv(u1, 1.0 - u1)), ainv);
            const double x = alpha * py::math::exp(v);
            const double z = u1 * u1 * u2;
            const double r = bbb + ccc * v - x;
            if (r + detail::sg_magicconst() - 4.5 * z >= 0.0 || r >= py::math::log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -py::math::log(1.0 - random()) * beta;
    // 0 < alpha < 1: algorithm GS of Statistical Computing (Kennedy & Gentle).
    double x;
    while (true) {
        const double u = random();
        const double b = (py::math::e + alpha) / py::math::e;
        const double p = b * u;
        if (p <= 1.0) x = py::pow(p, py::truediv(1.0, alpha));
        else x = -py::math::log(py::truediv(b - p, alpha));
        const double u1 = random();
        if (p > 1.0) {
            if (u1 <= py::pow(x, alpha - 1.0)) break;
        } else if (u1 <= py::math::exp(-x)) {
            break;
        }
    }
    return x * beta;
}

// random.betavariate(alpha, beta)
inline double betavariate(double alpha, double beta) {
    const double y = gammavariate(alpha, 1.0);
    if (y != 0.0) return py::truediv(y, y + gammavariate(beta, 1.0));
    return 0.0;
}

// random.paretovariate(alpha)
inline double paretovariate(double alpha) {
    const double u = 1.0 - random();
    return py::pow(u, py::truediv(-1.0, alpha));
}

// random.weibullvariate(alpha, beta)
inline double weibullvariate(double alpha, double beta) {
    const double u = 1.0 - random();
    return alpha * py::pow(-py::math::log(u), py::truediv(1.0, beta));
}

}  // namespace py::random
