// py2cpp runtime: the SIMD kernels of the evaluation engine (array_eval.hpp) -- float64 expression
// trees evaluated 4 (AVX2) or, with -DPY2CPP_SSE2_KERNELS, 2 (SSE2) elements at a time with the vector math of
// vector_math.hpp, bit for bit the scalar code's values. Part of py::np::detail.
#pragma once

#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/vector_math.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py::np::detail {

// ---- SIMD kernels (float64) ---------------------------------------------------------------------
//
// A float64 node whose every operation has a `simd` form (arithmetic, sqrt, abs, exp, log, SciPy's
// erf/erfc/ndtr/norm.cdf/norm.pdf, ...) and whose leaves are float64 arrays or scalars is
// evaluated by these kernels instead of Eigen: the tree is "prepared" into plain pointers and
// scalars, then one loop computes 4 elements at a time with AVX2 + FMA (2 with SSE2 on CPUs
// without them; chosen once at run time, see vmath::vector_isa). Values are those of the scalar
// code bit for bit (vector_math.hpp: exp is glibc's algorithm on vectors, log is glibc's scalar
// log per lane, Cephes as in SciPy), except np.exp/np.log with -DPY2CPP_LIBMVEC (a few ulps). The
// last, partial group is computed the same way (missing lanes padded), so every element's value
// is independent of its position and of the thread split.

#if PY2CPP_VECTOR_MATH
namespace simd {

// An array operand: its first element for this loop and the distance between its elements,
// 1 (contiguous), 0 (broadcast along the row: one value for all) or any other stride (a column,
// a transpose, a[::2]: gathered lane by lane).
struct array_leaf {
    const double* p;
    std::int64_t stride;
};
struct scalar_value {
    double v;
};
template <class Op, class... K>
struct node {
    std::tuple<K...> k;
};

template <class>
using as_v2d = vmath::v2d;

template <class Op, class... Args>
concept has_simd = requires(const as_v2d<Args>&... v) {
    { Op::simd(v...) } -> std::same_as<vmath::v2d>;
};

template <class X>
struct capable : std::false_type {};
template <std::size_t N>
struct capable<ndarray<double, N>> : std::true_type {};
template <>
struct capable<scalar_leaf<double>> : std::true_type {};
template <class Op, class... Args>
struct capable<expr<Op, Args...>>
    : std::bool_constant<std::is_same_v<typename expr<Op, Args...>::value_type, double> && (capable<Args>::value && ...) &&
                         has_simd<Op, Args...>> {};

template <class X>
inline constexpr bool capable_v = capable<std::remove_cvref_t<X>>::value;

// The tree with each array leaf replaced by where_(array) (an array_leaf for this loop).
template <std::size_t N, class Where>
array_leaf prepare(const ndarray<double, N>& a, const Where& where_) {
    return where_(a);
}
template <class Where>
scalar_value prepare(const scalar_leaf<double>& s, const Where&) {
    return scalar_value{s.value};
}
template <class Op, class... Args, class Where>
auto prepare(const expr<Op, Args...>& e, const Where& where_) {
    return py::detail::apply_tuple([&](const auto&... a) { return node<Op, decltype(prepare(a, where_))...>{{prepare(a, where_)...}}; },
                      e.args());
}

// Evaluation in blocks: a fully fused tree is one long chain of dependent operations per vector
// (load, divide, log, ..., exp, polynomials, divide, store), too long for the CPU to overlap the
// next vector's chain with it. So the "heavy" nodes (library functions: exp, log, ndtr, ...) are
// computed for a block of B vectors at a time into small buffers on the stack (phase 1, children
// first), while the cheap arithmetic around them stays fused per vector (phase 2, and inside
// phase 1 for the heavy nodes' operands). Each heavy node's loop has independent iterations.
template <class Op>
inline constexpr bool heavy_v = false;
template <class F>
inline constexpr bool heavy_v<functor_op<F>> = true;

struct no_buffer {};

template <class V, class>
using same_as_first = V;
// Op::simd_block<B>(out, in...) exists: the heavy node's operation on B vectors at once.
template <class Op, int B, class V, class... K>
concept has_simd_block = requires(V (&out)[B], const same_as_first<V, K> (&... in)[B]) { Op::template simd_block<B>(out, in...); };

template <class V, int B, class P>
struct state {};  // leaves
template <class V, int B, class Op, class... K>
struct state<V, B, node<Op, K...>> {
    std::tuple<state<V, B, K>...> children;
    std::conditional_t<heavy_v<Op>, V[B], no_buffer> buf;
};

// Phase 2: the value of a prepared node on the vector starting at element i, block slot b.
template <class V, bool Partial, int B>
[[gnu::always_inline]] inline V value(const array_leaf& l, const state<V, B, array_leaf>&, std::int64_t i, int count, int) {
    if (l.stride == 1) {
        if constexpr (Partial) return vmath::load_partial<V>(l.p + i, count);
        else return vmath::load<V>(l.p + i);
    }
    if (l.stride == 0) return vmath::splat<V>(*l.p);
    double lane[vmath::lanes<V>];
    for (int k = 0; k < vmath::lanes<V>; ++k) lane[k] = !Partial || k < count ? l.p[(i + k) * l.stride] : 1.0;
    return vmath::load<V>(lane);
}
template <class V, bool Partial, int B>
[[gnu::always_inline]] inline V value(const scalar_value& s, const state<V, B, scalar_value>&, std::int64_t, int, int) {
    return vmath::splat<V>(s.v);
}
template <class V, bool Partial, int B, class Op, class... K, std::size_t... I>
[[gnu::always_inline]] inline V apply_node(const node<Op, K...>& n, const state<V, B, node<Op, K...>>& st, std::int64_t i,
                                           int count, int b, std::index_sequence<I...>) {
    return Op::simd(value<V, Partial, B>(std::get<I>(n.k), std::get<I>(st.children), i, count, b)...);
}
template <class V, bool Partial, int B, class Op, class... K>
[[gnu::always_inline]] inline V value(const node<Op, K...>& n, const state<V, B, node<Op, K...>>& st, std::int64_t i,
                                      int count, int b) {
    if constexpr (heavy_v<Op>) return st.buf[b];
    else return apply_node<V, Partial, B>(n, st, i, count, b, std::index_sequence_for<K...>{});
}

// A heavy node's operation on B vectors, out of line: compiled once per operation, vector width
// and B for the whole translation unit, instead of inlined into every expression's kernel (the
// library functions are long: inlined, Black-Scholes's module compiled for 40 s into 850 KB of
// code). Operands and results are passed in memory (arrays by reference), so no vector crosses
// the call in registers and the AVX2 form needs no ABI of its own. Over B = 8 vectors the call
// costs nothing measurable.
template <class Op, int B, class V, class... In>
[[gnu::always_inline]] inline void heavy_body(V (&out)[B], const In&... in) {
    if constexpr (has_simd_block<Op, B, V, In...>) {
        Op::template simd_block<B>(out, in...);
    } else {
        for (int b = 0; b < B; ++b) out[b] = Op::simd(in[b]...);
    }
}
template <class Op, int B, class... In>
[[gnu::noinline, gnu::target("avx2")]] void heavy_avx2(vmath::v4d (&out)[B], const In&... in) {
    heavy_body<Op, B>(out, in...);
}
template <class Op, int B, class... In>
[[gnu::noinline]] void heavy_sse2(vmath::v2d (&out)[B], const In&... in) {
    heavy_body<Op, B>(out, in...);
}

// Phase 1: fill the buffers of the heavy nodes for the B vectors starting at element i.
template <class V, bool Partial, int B, class L>
[[gnu::always_inline]] inline void fill(const L&, state<V, B, L>&, std::int64_t, int) {}
template <class V, bool Partial, int B, class Op, class... K, std::size_t... I>
[[gnu::always_inline]] inline void fill_node(const node<Op, K...>& n, state<V, B, node<Op, K...>>& st, std::int64_t i,
                                             int count, std::index_sequence<I...>) {
    (fill<V, Partial, B>(std::get<I>(n.k), std::get<I>(st.children), i, count), ...);
    if constexpr (heavy_v<Op>) {
        constexpr int width = vmath::lanes<V>;
        V args[sizeof...(K)][B];
        for (int b = 0; b < B; ++b)
            ((args[I][b] = value<V, Partial, B>(std::get<I>(n.k), std::get<I>(st.children), i + b * width, count, b)), ...);
        if constexpr (std::is_same_v<V, vmath::v4d>) heavy_avx2<Op, B>(st.buf, args[I]...);
        else heavy_sse2<Op, B>(st.buf, args[I]...);
    }
}
template <class V, bool Partial, int B, class Op, class... K>
[[gnu::always_inline]] inline void fill(const node<Op, K...>& n, state<V, B, node<Op, K...>>& st, std::int64_t i, int count) {
    fill_node<V, Partial, B>(n, st, i, count, std::index_sequence_for<K...>{});
}

// out[0, n) = the prepared tree on elements [0, n): blocks of B vectors, then the rest (fewer than
// B vectors) one vector at a time through the partial-vector code, full vectors included: one
// instantiation of the tree fewer (compile time) for at most B - 1 slower vectors per call.
template <class V, class P>
[[gnu::always_inline]] inline void run(double* out, const P& prepared, std::int64_t n) {
    constexpr int B = 8;
    constexpr int width = vmath::lanes<V>;
    const P k = prepared;  // a local copy whose address never escapes: its pointers stay in registers
    std::int64_t i = 0;
    state<V, B, P> block;
    for (; i + B * width <= n; i += B * width) {
        fill<V, false, B>(k, block, i, width);
        for (int b = 0; b < B; ++b) vmath::store(out + i + b * width, value<V, false, B>(k, block, i + b * width, width, b));
    }
    state<V, 1, P> one;
    for (; i < n; i += width) {
        const int count = n - i < width ? static_cast<int>(n - i) : width;
        fill<V, true, 1>(k, one, i, count);
        vmath::store_partial(out + i, value<V, true, 1>(k, one, i, count, 0), count);
    }
}

template <class P>
[[gnu::noinline, gnu::target("avx2")]] void run_avx2(double* out, const P& prepared, std::int64_t n) {
    run<vmath::v4d>(out, prepared, n);
}

template <class P>
[[gnu::noinline]] void run_sse2(double* out, const P& prepared, std::int64_t n) {
    run<vmath::v2d>(out, prepared, n);
}

// The SSE2 kernels are compiled only with -DPY2CPP_SSE2_KERNELS (vector_math.hpp): each kernel is
// instantiated per expression and per instruction set, and the second set cost 40% of the
// compile time of Black-Scholes's module (60 s -> 37 s of CPU without it) for CPUs older than
// AVX2 (2013), which then take the scalar path (the same values, bit for bit).
template <class P>
void run(vmath::isa isa, double* out, const P& prepared, std::int64_t n) {
#if PY2CPP_SSE2_KERNELS
    if (isa == vmath::isa::avx2) run_avx2(out, prepared, n);
    else run_sse2(out, prepared, n);
#else
    (void)isa;  // vector_isa() is avx2 here: on other CPUs, it is none and no kernel runs
    run_avx2(out, prepared, n);
#endif
}

}  // namespace simd

// The SIMD kernels' instruction set for this node (none: use Eigen).
template <class T, class Node>
vmath::isa simd_isa() {
    if constexpr (std::is_same_v<T, double> && simd::capable_v<Node>) return vmath::vector_isa();
    else return vmath::isa::none;
}
#endif

}  // namespace py::np::detail
