// py2cpp runtime: np.interp(x, xp, fp, left=None, right=None) as NumPy 1.24's compiled arr_interp
// (numpy/core/src/multiarray/compiled_base.c), in float64: the interval of each x found by NumPy's
// search from the previous interval (its guesses decide which of equal xp values is used), slope
// (fp[j+1] - fp[j]) / (xp[j+1] - xp[j]), slope * (x - xp[j]) + fp[j] and NumPy's retries when that
// is NaN; x == xp[j] gives fp[j], below/above the range left/right (fp[0]/fp[-1] by default), NaN x
// gives NaN. A single sample point compares x with it. period= is not supported.
// Also np.logspace (a power of np.linspace).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/creation.hpp"
#include "py2cpp/ufuncs.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/none.hpp"

namespace py::np {

namespace interpolation {

inline constexpr std::int64_t kLikelyInCache = 8;

// The j with xp[j] <= key < xp[j + 1] (-1 below the range, n above it, n - 1 at xp[n - 1]),
// searched as NumPy does: linear for n <= 4, else around `guess` first, then by bisection.
inline std::int64_t search(double key, const double* xp, std::int64_t n, std::int64_t guess) {
    if (key > xp[n - 1]) return n;
    if (key < xp[0]) return -1;
    if (n <= 4) {
        std::int64_t i = 1;
        while (i < n && key >= xp[i]) ++i;
        return i - 1;
    }
    guess = std::max<std::int64_t>(std::min(guess, n - 3), 1);
    std::int64_t lo = 0, hi = n;
    if (key < xp[guess]) {
        if (key >= xp[guess - 1]) return guess - 1;
        hi = guess - 1;
        if (guess > kLikelyInCache && key >= xp[guess - kLikelyInCache]) lo = guess - kLikelyInCache;
    } else {
        if (key < xp[guess + 1]) return guess;
        if (key < xp[guess + 2]) return guess + 1;
        lo = guess + 2;
        if (guess < n - kLikelyInCache - 1 && key < xp[guess + kLikelyInCache]) hi = guess + kLikelyInCache;
    }
    while (lo < hi) {
        const std::int64_t mid = lo + ((hi - lo) >> 1);
        if (key >= xp[mid]) lo = mid + 1;
        else hi = mid;
    }
    return lo - 1;
}

template <class V>
std::vector<double> as_doubles(const V& v) {
    const auto a = materialize(v);
    std::vector<double> out(static_cast<std::size_t>(a.size()));
    for (std::int64_t i = 0; i < a.size(); ++i) out[static_cast<std::size_t>(i)] = static_cast<double>(a.data()[i]);
    return out;
}

inline double fill(double given, double) { return given; }
inline double fill(NoneType, double fallback) { return fallback; }

}  // namespace interpolation

template <class X, class XP, class FP, class L = NoneType, class R = NoneType>
    requires(is_array_like_v<XP> && is_array_like_v<FP>)
auto interp(const X& x, const XP& xp_arg, const FP& fp_arg, const L& left = None, const R& right = None) {
    const auto fp = interpolation::as_doubles(fp_arg);
    const auto xp = interpolation::as_doubles(xp_arg);
    const auto n = static_cast<std::int64_t>(xp.size());
    if (n == 0) throw ValueError("array of sample points is empty");
    if (static_cast<std::int64_t>(fp.size()) != n) throw ValueError("fp and xp are not of the same length.");
    const double lval = interpolation::fill(left, fp[0]);
    const double rval = interpolation::fill(right, fp[static_cast<std::size_t>(n - 1)]);
    std::int64_t j = 0;
    auto one = [&](double v) -> double {
        if (n == 1) return v < xp[0] ? lval : (v > xp[0] ? rval : fp[0]);
        if (std::isnan(v)) return v;
        j = interpolation::search(v, xp.data(), n, j);
        if (j == -1) return lval;
        if (j == n) return rval;
        const auto k = static_cast<std::size_t>(j);
        if (j == n - 1 || xp[k] == v) return fp[k];
        const double slope = (fp[k + 1] - fp[k]) / (xp[k + 1] - xp[k]);
        double r = slope * (v - xp[k]) + fp[k];
        if (std::isnan(r)) {  // NaN one way: try from the other end
            r = slope * (v - xp[k + 1]) + fp[k + 1];
            if (std::isnan(r) && fp[k] == fp[k + 1]) r = fp[k];
        }
        return r;
    };
    if constexpr (is_array_like_v<X>) {
        const auto xs = materialize(x);
        ndarray<double, rank_v<X>> out(xs.shape());
        for (std::int64_t i = 0; i < xs.size(); ++i) out.data()[i] = one(static_cast<double>(xs.data()[i]));
        return out;
    } else {
        return one(static_cast<double>(x));
    }
}

// np.logspace(start, stop, num=50, endpoint=True, base=10.0): base ** np.linspace(start, stop, num,
// endpoint), each power computed by libm's pow as NumPy's float64 power loop does.
inline ndarray<double, 1> logspace(double start, double stop, std::int64_t num = 50, bool endpoint = true, double base = 10.0) {
    auto y = linspace(start, stop, num, endpoint);
    for (std::int64_t i = 0; i < y.size(); ++i) y.data()[i] = std::pow(detail::libm_arg(base), y.data()[i]);
    return y;
}

}  // namespace py::np

