// py2cpp runtime: Python's itertools, as generators (py::generator, generator.hpp).
//
// Each function follows CPython 3.11's itertools module: what it consumes and when (product,
// combinations and permutations read their whole input when called, as CPython builds its pools;
// the others are lazy), the order of the tuples, and the errors of islice's arguments. G, the first
// template argument, is the generator type the call gives (py::generator<T>); for the functions
// whose tuples have a length fixed by a constant argument (combinations(xs, 2), product(a, repeat=2))
// the length is that of G's tuple type. Iterables are taken by value: a coroutine's frame keeps
// what it reads (a py::list or a generator by handle, so later appends are seen as in CPython).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/generator.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"

namespace py::itertools {

namespace detail {

template <class T, class Iterable>
std::vector<T> pool_of(const Iterable& iterable) {
    std::vector<T> pool;
    for (auto&& item : as_iterable(iterable)) pool.push_back(static_cast<T>(item));
    return pool;
}

// The tuple of pool items at `indices` (element I from pool I % K of the K pools).
template <class Tuple, class Pools, std::size_t N, std::size_t... I>
Tuple pick(const Pools& pools, const std::array<std::size_t, N>& indices, std::index_sequence<I...>) {
    constexpr std::size_t k = std::tuple_size_v<Pools>;
    return Tuple(std::get<I % k>(pools)[indices[I]]...);
}

template <class G, class Pools>
G product_of_pools(Pools pools) {
    using Tuple = typename G::value_type;
    constexpr std::size_t n = std::tuple_size_v<Tuple>;
    constexpr std::size_t k = std::tuple_size_v<Pools>;
    const auto pool_sizes = py::detail::apply_tuple([](const auto&... p) { return std::array<std::size_t, k>{p.size()...}; }, pools);
    std::array<std::size_t, n> sizes{};
    for (std::size_t i = 0; i < n; ++i) sizes[i] = pool_sizes[i % k];
    for (std::size_t s : sizes)
        if (s == 0) co_return;  // an empty pool: no tuples
    std::array<std::size_t, n> indices{};
    while (true) {
        co_yield pick<Tuple>(pools, indices, std::make_index_sequence<n>{});
        // The rightmost index advances first (an odometer), as CPython's product.
        std::size_t i = n;
        while (i > 0) {
            --i;
            if (++indices[i] < sizes[i]) break;
            indices[i] = 0;
            if (i == 0) co_return;
        }
        if (n == 0) co_return;
    }
}

template <class G, class T>
G combinations_of_pool(std::vector<T> pool, bool replacement) {
    using Tuple = typename G::value_type;
    constexpr std::size_t r = std::tuple_size_v<Tuple>;
    const std::size_t n = pool.size();
    if (!replacement && r > n) co_return;
    if (replacement && n == 0 && r > 0) co_return;
    std::array<std::size_t, r> indices{};
    for (std::size_t i = 0; i < r; ++i) indices[i] = replacement ? 0 : i;
    const auto pools = std::tuple<std::vector<T>>(std::move(pool));
    while (true) {
        co_yield pick<Tuple>(pools, indices, std::make_index_sequence<r>{});
        // The rightmost index that can still grow grows; those after it restart from it.
        std::size_t i = r;
        bool found = false;
        while (i > 0) {
            --i;
            if (indices[i] != (replacement ? n - 1 : i + n - r)) {
                found = true;
                break;
            }
        }
        if (!found) co_return;
        ++indices[i];
        for (std::size_t j = i + 1; j < r; ++j) indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
    }
}

template <class G, class T>
G permutations_of_pool(std::vector<T> pool) {
    using Tuple = typename G::value_type;
    constexpr std::size_t r = std::tuple_size_v<Tuple>;
    const std::size_t n = pool.size();
    if (r > n) co_return;
    // CPython's algorithm: indices and cycles (lexicographic order of positions).
    std::vector<std::size_t> indices(n), cycles(r);
    for (std::size_t i = 0; i < n; ++i) indices[i] = i;
    for (std::size_t i = 0; i < r; ++i) cycles[i] = n - i;
    const auto pools = std::tuple<std::vector<T>>(std::move(pool));
    auto current = [&] {
        std::array<std::size_t, r> at{};
        for (std::size_t i = 0; i < r; ++i) at[i] = indices[i];
        return pick<Tuple>(pools, at, std::make_index_sequence<r>{});
    };
    co_yield current();
    while (n > 0) {
        std::size_t i = r;
        bool advanced = false;
        while (i > 0) {
            --i;
            if (--cycles[i] == 0) {
                std::rotate(indices.begin() + static_cast<std::ptrdiff_t>(i), indices.begin() + static_cast<std::ptrdiff_t>(i) + 1, indices.end());
                cycles[i] = n - i;
            } else {
                std::swap(indices[i], indices[n - cycles[i]]);
                co_yield current();
                advanced = true;
                break;
            }
        }
        if (!advanced) co_return;
    }
}

// a + b of two items: ints checked for overflow (OverflowError, as py2cpp's int arithmetic).
template <class T>
T plus(const T& a, const T& b) {
    if constexpr (std::is_same_v<T, int_t>) return iadd(a, b);
    else return a + b;
}

}  // namespace detail

// count(start=0, step=1): start, start + step, start + 2*step ... (added up, as CPython does).
template <class G, class A, class B>
G count(A start, B step) {
    typename G::value_type value = start;
    while (true) {
        co_yield value;
        value = detail::plus<typename G::value_type>(value, step);
    }
}

// cycle(iterable): its items, then the saved copies of them, forever (nothing if it is empty).
template <class G, class Iterable>
G cycle(Iterable iterable) {
    std::vector<typename G::value_type> saved;
    for (auto&& item : as_iterable(iterable)) {
        saved.push_back(item);
        co_yield item;
    }
    if (saved.empty()) co_return;
    while (true)
        for (const auto& item : saved) co_yield item;
}

// repeat(obj) forever, or repeat(obj, times) (a negative count gives nothing).
template <class G, class T>
G repeat(T value) {
    while (true) co_yield value;
}
template <class G, class T>
G repeat(T value, int_t times) {
    for (int_t i = 0; i < times; ++i) co_yield value;
}

// accumulate(iterable): the running totals, first item first.
template <class G, class Iterable>
G accumulate(Iterable iterable) {
    std::optional<typename G::value_type> total;
    for (auto&& item : as_iterable(iterable)) {
        total = total ? detail::plus<typename G::value_type>(*total, item) : item;
        co_yield *total;
    }
}

// chain(*iterables): the items of each in turn (each read when reached).
template <class G, class... Iterables>
G chain(Iterables... iterables) {
    std::array<G, sizeof...(Iterables)> parts{py::iter(iterables)...};
    for (const auto& part : parts)
        for (auto&& item : part) co_yield item;
}

// chain.from_iterable(iterable): the items of each of its items.
template <class G, class Iterable>
G chain_from_iterable(Iterable iterable) {
    for (auto&& inner : as_iterable(iterable))
        for (auto&& item : as_iterable(inner)) co_yield item;
}

// pairwise(iterable): (a, b), (b, c), ... of consecutive items.
template <class G, class Iterable>
G pairwise(Iterable iterable) {
    using T = std::tuple_element_t<0, typename G::value_type>;
    std::optional<T> previous;
    for (auto&& item : as_iterable(iterable)) {
        if (previous) co_yield typename G::value_type(*previous, item);
        previous = item;
    }
}

namespace detail {

// islice's arguments: None or an int 0 <= x <= sys.maxsize, with CPython's messages.
inline int_t slice_bound(std::optional<int_t> value, int_t fallback, const char* message) {
    if (!value) return fallback;
    if (*value < 0) throw ValueError(message);
    return *value;
}
inline std::optional<int_t> optional_int(NoneType) { return std::nullopt; }
inline std::optional<int_t> optional_int(int_t value) { return value; }
inline std::optional<int_t> optional_int(const std::optional<int_t>& value) { return value; }

template <class G, class Iterable>
G islice_of(Iterable iterable, int_t start, int_t stop, int_t step) {
    // CPython's islice_next: skip up to the next index, stop at `stop` (-1: none), consuming no
    // item beyond the ones it must read.
    auto it = py::iter(iterable);
    int_t count = 0, next = start;
    while (true) {
        while (count < next) {
            if (!it.has_next()) co_return;
            it.next();
            ++count;
        }
        if (stop != -1 && count >= stop) co_return;
        if (!it.has_next()) co_return;
        auto item = it.next();
        ++count;
        const int_t previous = next;
        next += step;
        if (next < previous || (stop != -1 && next > stop)) next = stop;
        co_yield item;
    }
}

}  // namespace detail

// islice(iterable, stop) and islice(iterable, start, stop[, step]); the checks run at the call.
template <class G, class Iterable, class Stop>
G islice(const Iterable& iterable, const Stop& stop) {
    const int_t s = detail::slice_bound(detail::optional_int(stop), -1,
                                        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    return detail::islice_of<G>(iterable, 0, s, 1);
}
template <class G, class Iterable, class Start, class Stop, class Step = NoneType>
G islice(const Iterable& iterable, const Start& start, const Stop& stop, const Step& step = Step{}) {
    const char* indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const int_t a = detail::slice_bound(detail::optional_int(start), 0, indices);
    const int_t b = detail::slice_bound(detail::optional_int(stop), -1, indices);
    const std::optional<int_t> c = detail::optional_int(step);
    if (c && *c <= 0) throw ValueError("Step for islice() must be a positive integer or None.");
    return detail::islice_of<G>(iterable, a, b, c.value_or(1));
}

// product(*iterables, repeat=n): the pools are read at the call, as CPython does.
template <class G, class... Iterables>
G product(const Iterables&... iterables) {
    return detail::product_of_pools<G>(std::make_tuple(detail::pool_of<py::detail::item_t<Iterables>>(iterables)...));
}

// combinations(iterable, r), combinations_with_replacement(iterable, r), permutations(iterable, r):
// r is the length of G's tuples.
template <class G, class Iterable>
G combinations(const Iterable& iterable) {
    using T = py::detail::item_t<Iterable>;
    return detail::combinations_of_pool<G>(detail::pool_of<T>(iterable), false);
}
template <class G, class Iterable>
G combinations_with_replacement(const Iterable& iterable) {
    using T = py::detail::item_t<Iterable>;
    return detail::combinations_of_pool<G>(detail::pool_of<T>(iterable), true);
}
template <class G, class Iterable>
G permutations(const Iterable& iterable) {
    using T = py::detail::item_t<Iterable>;
    return detail::permutations_of_pool<G>(detail::pool_of<T>(iterable));
}

// zip_longest(*iterables, fillvalue=F): a tuple of one item of each per step, F for those already
// finished, until all are. G's tuple elements are the items' types (Optional of them for None).
template <class G, class Fill, class... Iterables>
G zip_longest(Fill fill, Iterables... iterables) {
    using Tuple = typename G::value_type;
    auto its = std::make_tuple(py::iter(iterables)...);
    constexpr std::size_t n = sizeof...(Iterables);
    while (true) {
        std::array<bool, n> has{};
        bool any = false;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            ((has[I] = std::get<I>(its).has_next(), any = any || has[I]), ...);
        }(std::make_index_sequence<n>{});
        if (!any) co_return;
        co_yield [&]<std::size_t... I>(std::index_sequence<I...>) {
            return Tuple((has[I] ? std::tuple_element_t<I, Tuple>(std::get<I>(its).next()) : std::tuple_element_t<I, Tuple>(fill))...);
        }(std::make_index_sequence<n>{});
    }
}

// compress(data, selectors): the items of data whose selector is true (stops at the shorter).
template <class G, class Data, class Selectors>
G compress(Data data, Selectors selectors) {
    auto items = py::iter(data);
    auto flags = py::iter(selectors);
    while (items.has_next() && flags.has_next()) {
        auto item = items.next();
        if (truthy(flags.next())) co_yield item;
    }
}

namespace detail {
// The groups of consecutive items with equal keys, from a list of (key, item) pairs: (key, [items]).
template <class G, class Pairs>
G groups_of_pairs(Pairs pairs) {
    using Group = typename G::value_type;
    using Key = std::tuple_element_t<0, Group>;
    using Items = std::tuple_element_t<1, Group>;
    std::optional<Key> key;
    Items items;
    for (auto&& pair : as_iterable(pairs)) {
        if (key && !(std::get<0>(pair) == *key)) {
            co_yield Group(*key, std::move(items));
            items = Items();
        }
        if (!key || !(*key == std::get<0>(pair))) key.emplace(std::get<0>(pair));
        items.append(std::get<1>(pair));
    }
    if (key) co_yield Group(*key, std::move(items));
}
}  // namespace detail

// groupby(iterable): (item, [the run of items equal to it]) for each run of equal items. Each
// group is a list made when the group is reached (Python's groups are lazy views that the next
// step invalidates; reading one before the next step, as programs do, gives the same items).
template <class G, class Iterable>
G groupby(Iterable iterable) {
    using Group = typename G::value_type;
    using Key = std::tuple_element_t<0, Group>;
    using Items = std::tuple_element_t<1, Group>;
    std::optional<Key> key;
    Items items;
    for (auto&& item : as_iterable(iterable)) {
        if (key && !(item == *key)) {
            co_yield Group(*key, std::move(items));
            items = Items();
            key.reset();
        }
        if (!key) key.emplace(item);
        items.append(item);
    }
    if (key) co_yield Group(*key, std::move(items));
}
// groupby(iterable, key=K): of the (K(item), item) pairs computed in order (infer/lower_callables.cpp).
template <class G, class Pairs>
G groupby_decorated(Pairs pairs) {
    return detail::groups_of_pairs<G>(std::move(pairs));
}

// dropwhile(predicate, iterable) of the (predicate(item), item) pairs: the items from the first
// one whose predicate is false on, as a list (computed eagerly, as map and filter are).
template <class L, class Pairs>
L dropwhile_decorated(const Pairs& pairs) {
    L out;
    bool dropping = true;
    for (auto&& pair : as_iterable(pairs)) {
        if (dropping && truthy(std::get<0>(pair))) continue;
        dropping = false;
        out.append(std::get<1>(pair));
    }
    return out;
}

}  // namespace py::itertools
