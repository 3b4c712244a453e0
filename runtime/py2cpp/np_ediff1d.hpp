// py2cpp runtime: np.ediff1d(ary, to_end=None, to_begin=None): the differences of consecutive
// elements of the flattened array (C order), with to_begin's values before and to_end's after
// (each None, a number or an array, flattened, converted to ary's dtype; the transpiler accepts
// only NumPy's same-kind conversions). The result has ary's dtype; integers wrap like NumPy's.
#pragma once

#include <array>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/shape_ops.hpp"

namespace py::np {

namespace ediff {

template <class T, class E>
void append(std::vector<T>& out, const E& extra) {
    if constexpr (std::is_same_v<E, NoneType>) {
        return;
    } else if constexpr (is_array_like_v<E>) {
        const auto flat = ::py::np::ravel(::py::np::eval(extra));
        for (std::int64_t k = 0; k < flat.shape()[0]; ++k) out.push_back(static_cast<T>(flat.data()[k * flat.strides()[0]]));
    } else {
        out.push_back(static_cast<T>(extra));
    }
}

}  // namespace ediff

template <class X, class End, class Begin>
    requires is_array_like_v<X>
auto ediff1d(const X& x, const End& to_end, const Begin& to_begin) {
    using T = value_type_t<X>;
    const auto flat = ::py::np::ravel(::py::np::eval(x));
    std::vector<T> values;
    ediff::append(values, to_begin);
    const std::int64_t n = flat.shape()[0], s = flat.strides()[0];
    for (std::int64_t k = 1; k < n; ++k) values.push_back(static_cast<T>(flat.data()[k * s] - flat.data()[(k - 1) * s]));
    ediff::append(values, to_end);
    ndarray<T, 1> out(std::array<std::int64_t, 1>{static_cast<std::int64_t>(values.size())});
    for (std::size_t k = 0; k < values.size(); ++k) out.data()[k] = values[k];
    return out;
}

}  // namespace py::np
