// py2cpp runtime: ndarray attributes whose Python form differs from the C++ member: `a.shape` is
// a tuple of ints (std::array in C++), `a.ndim` a Python int.
#pragma once

#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>

#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace detail {

template <class Shape, std::size_t... I>
auto shape_as_tuple(const Shape& shape, std::index_sequence<I...>) {
    return std::make_tuple(static_cast<std::int64_t>(shape[I])...);
}

}  // namespace detail

// a.shape -> (rows, cols): a std::tuple of int64, so it unpacks like Python's tuple.
template <class T, std::size_t N>
auto shape_tuple(const ndarray<T, N>& a) {
    return detail::shape_as_tuple(a.shape(), std::make_index_sequence<N>{});
}

// a.ndim
template <class T, std::size_t N>
constexpr std::int64_t ndim(const ndarray<T, N>&) {
    return static_cast<std::int64_t>(N);
}

}  // namespace py::np
