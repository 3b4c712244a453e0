// py2cpp runtime: @functools.lru_cache / @functools.cache of a module function.
//
// The generated function keeps one static LruCache and runs its body only for an argument tuple
// the cache does not hold, as CPython's functools does: a hit makes the entry the most recently
// used; past maxsize the least recently used entry is dropped (maxsize -1: never; 0: nothing is
// kept, every call computes). Keys hash and compare as dict keys do (py::hash, ==), so
// f(2) and f(2.0) of one specialization share an entry as in Python. A call that raises stores
// nothing. The body may call the function again (recursion): the entry is inserted after the body
// returns, and a recursive call that filled it meanwhile is kept, as CPython keeps the first.
#pragma once

#include <cstddef>
#include <list>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "py2cpp/dict.hpp"
#include "py2cpp/hash.hpp"

namespace py {

template <class R, class... Args>
class LruCache {
public:
    using Key = std::tuple<Args...>;
    explicit LruCache(long long maxsize) : maxsize_(maxsize) {}

    template <class Body>
    R get_or_compute(Key key, Body&& body) {
        if (auto hit = index_.find(key); hit != index_.end()) {
            order_.splice(order_.end(), order_, hit->second);  // now the most recently used
            if constexpr (!std::is_void_v<R>) return hit->second->second;
            else return;
        }
        if constexpr (std::is_void_v<R>) {
            body();
            store(std::move(key), Empty{});
        } else {
            R result = body();
            store(std::move(key), result);
            return result;
        }
    }

private:
    struct Empty {};
    using Value = std::conditional_t<std::is_void_v<R>, Empty, R>;
    using Entry = std::pair<Key, Value>;

    void store(Key&& key, const Value& value) {
        if (maxsize_ == 0 || index_.count(key)) return;
        order_.emplace_back(key, value);
        index_.emplace(std::move(key), std::prev(order_.end()));
        if (maxsize_ > 0 && static_cast<long long>(order_.size()) > maxsize_) {
            index_.erase(order_.front().first);
            order_.pop_front();
        }
    }

    long long maxsize_;
    std::list<Entry> order_;  // least recently used first
    std::unordered_map<Key, typename std::list<Entry>::iterator, detail::key_hash<Key>> index_;
};

}  // namespace py
