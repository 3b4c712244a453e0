// py2cpp runtime: py::detail::apply_tuple(f, tuple), f called with the tuple's elements -- std::apply
// without its noexcept specification. libstdc++ computes std::apply's noexcept through
// std::is_nothrow_invocable for every (function, tuple) pair, and the array expressions apply
// lambdas to their operand tuples thousands of times per program: measured with clang's
// -ftime-trace on a batch of 12 NumPy programs, those traits were the largest single item of
// template instantiation. (In py::detail, not py: argument-dependent lookup from generated code
// must never find it.)
#pragma once

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace py::detail {

template <class F, class Tuple, std::size_t... I>
constexpr decltype(auto) apply_indexed(F&& f, Tuple&& t, std::index_sequence<I...>) {
    return std::forward<F>(f)(std::get<I>(std::forward<Tuple>(t))...);
}

template <class F, class Tuple>
constexpr decltype(auto) apply_tuple(F&& f, Tuple&& t) {
    return apply_indexed(std::forward<F>(f), std::forward<Tuple>(t), std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<Tuple>>>{});
}

}  // namespace py::detail
