// py2cpp runtime: np.isin(element, test_elements, assume_unique=False, invert=False): for each
// element whether it equals one of test_elements (a bool array of element's shape; a bool for a
// number). Values compare as NumPy's common type does (float64 when either side is a float, else
// int64); NaN equals nothing, -0.0 equals 0.0. The test elements are sorted once and searched.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace isin_detail {

template <class X>
struct item_of {
    using type = value_type_t<X>;
};
template <class X>
    requires requires(const X& x) { x.begin(); } && (!is_array_like_v<X>)
struct item_of<X> {
    using type = std::remove_cvref_t<decltype(*std::declval<const X&>().begin())>;
};

template <class C, class X>
std::vector<C> sorted_values(const X& x) {
    std::vector<C> out;
    auto add = [&](auto v) {
        const auto c = static_cast<C>(v);
        if constexpr (std::is_floating_point_v<C>)
            if (std::isnan(c)) return;
        out.push_back(c);
    };
    if constexpr (is_array_like_v<X>) {
        const auto a = ::py::np::eval(x);
        detail::for_each_element(a, [&](const auto& v) { add(v); });
    } else {
        for (const auto& v : x) add(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace isin_detail

template <class X, class Y>
auto isin(const X& element, const Y& test_elements, bool /*assume_unique*/ = false, bool invert = false) {
    using A = value_type_t<X>;
    using B = typename isin_detail::item_of<Y>::type;
    using C = std::conditional_t<std::is_floating_point_v<A> || std::is_floating_point_v<B>, double, std::int64_t>;
    const auto tests = isin_detail::sorted_values<C>(test_elements);
    auto found = [&](A value) {
        const auto v = static_cast<C>(value);
        if constexpr (std::is_floating_point_v<C>)
            if (std::isnan(v)) return invert;  // NaN equals nothing
        const auto at = std::lower_bound(tests.begin(), tests.end(), v);
        return (at != tests.end() && !(v < *at)) != invert;
    };
    if constexpr (is_array_like_v<X>) {
        const auto a = ::py::np::eval(element);
        constexpr std::size_t N = rank_v<X>;
        ndarray<bool, N> out(a.shape());
        bool* target = out.data();
        detail::for_each_element(a, [&](const auto& v) { *target++ = found(v); });
        return out;
    } else {
        return found(element);
    }
}

}  // namespace py::np
