// py2cpp runtime: the evaluation engine of lazy array expressions (array_expr.hpp) -- the flat
// Eigen path, the row path, OpenMP threads, the SIMD kernels (simd_kernels.hpp), overlap checks of
// assignments, eval/materialize -- and the operators on arrays and nodes (namespace py), which
// build nodes and assign them. docs/ARRAYS.md, "Expressions", describes the paths.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <type_traits>
#include <utility>

#include <Eigen/Core>
#if defined(_OPENMP)
#include <omp.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/simd_kernels.hpp"

namespace py::np {

// ---- The evaluation engine ------------------------------------------------------------------------

namespace detail {

// Fast path condition: destination and every array leaf C-contiguous with exactly its shape.
template <class T, std::size_t N, class X>
bool all_flat(const ndarray<T, N>& dest, const X& x) {
    if (!dest.is_c_contiguous()) return false;
    bool flat = true;
    for_each_array_leaf(x, [&](const auto& a) {
        flat = flat && same_shape(a.shape(), dest.shape()) && a.is_c_contiguous();
    });
    return flat;
}

// Row path with unit-stride maps: the destination and every leaf step by one element along the
// last axis (no leaf broadcast along it).
template <class T, std::size_t N, class X>
bool rows_contiguous(const ndarray<T, N>& dest, const X& x) {
    const std::int64_t n = dest.shape()[N - 1];
    if (n <= 1) return true;
    bool contiguous = dest.strides()[N - 1] == 1;
    for_each_array_leaf(x, [&](const auto& a) {
        constexpr std::size_t r = rank_v<decltype(a)>;
        contiguous = contiguous && a.shape()[r - 1] == n && a.strides()[r - 1] == 1;
    });
    return contiguous;
}

// ---- Threads ----------------------------------------------------------------------------------------

// Element-wise loops of at least this many elements are split across OpenMP threads (when the
// program is built with OpenMP; OMP_NUM_THREADS sets the count). Below it, starting threads
// costs more than it saves.
inline constexpr std::int64_t kParallelMinElements = std::int64_t{1} << 16;

// body(begin, end) over [0, n): one contiguous block per OpenMP thread when n >= min_parallel
// (block boundaries are multiples of 8, so SIMD kernels see the same lane groups as a serial run),
// else one call. The first exception thrown in a block is rethrown here after all blocks ended.
template <class F>
void parallel_for(std::int64_t n, std::int64_t min_parallel, const F& body) {
#if defined(_OPENMP)
    if (n >= min_parallel && n > 1 && !omp_in_parallel() && omp_get_max_threads() > 1) {
        std::exception_ptr error;
#pragma omp parallel
        {
            const std::int64_t threads = omp_get_num_threads();
            const std::int64_t block = ((n + threads - 1) / threads + 7) / 8 * 8;
            const std::int64_t begin = std::min(n, omp_get_thread_num() * block);
            const std::int64_t end = std::min(n, begin + block);
            if (begin < end) {
                try {
                    body(begin, end);
                } catch (...) {
#pragma omp critical(py2cpp_parallel_for_error)
                    if (!error) error = std::current_exception();
                }
            }
        }
        if (error) std::rethrow_exception(error);
        return;
    }
#else
    (void)min_parallel;
#endif
    if (n > 0) body(std::int64_t{0}, n);
}

// ---- Eigen loops ----------------------------------------------------------------------------------

// out[begin, end) = e[begin, end) for a contiguous destination. This is Eigen's linear vectorised
// assignment loop written out with a local evaluator: Eigen's own loop (dense_assignment_loop::run)
// is an out-of-line function taking the evaluator by reference, and because SIMD stores may alias
// anything it reloads every operand pointer from the evaluator on each iteration, which made
// `c = a + b * 2.0 - a * b` 3x slower than a plain C loop at -O2. Here the evaluator's address
// never escapes, so its fields stay in registers. Expressions without packet access (functors,
// comparisons producing bool) take the scalar loop.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes"  // __m128d as a template argument
#endif
template <class T, class E>
void assign_linear(T* out, const E& e, std::int64_t begin, std::int64_t end) {
    using Eval = Eigen::internal::evaluator<E>;
    Eval ev(e);
    std::int64_t i = begin;
    if constexpr ((Eval::Flags & Eigen::PacketAccessBit) != 0 && Eigen::internal::packet_traits<T>::Vectorizable) {
        using Packet = typename Eigen::internal::packet_traits<T>::type;
        constexpr std::int64_t width = Eigen::internal::packet_traits<T>::size;
        for (; i + width <= end; i += width)
            Eigen::internal::pstoreu<T>(out + i, ev.template packet<Eigen::Unaligned, Packet>(i));
    }
    for (; i < end; ++i) out[i] = ev.coeff(i);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// Asks Linux for transparent huge pages on a large destination before it is written (as NumPy
// does for allocations of 4 MiB and more): a new 576 MB result then takes ~300 page faults
// instead of ~140000. Harmless on memory already in use; a no-op where THP is disabled.
inline void advise_huge_pages([[maybe_unused]] void* data, [[maybe_unused]] std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t kMinBytes = std::size_t{1} << 22;
    constexpr std::uintptr_t kPage = 4096;
    if (bytes < kMinBytes) return;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t aligned = (begin + kPage - 1) / kPage * kPage;
    ::madvise(reinterpret_cast<void*>(aligned), bytes - (aligned - begin), MADV_HUGEPAGE);
#endif
}

template <class Node, class T, std::size_t N>
void evaluate_flat(const ndarray<T, N>& dest, const Node& node) {
    const std::int64_t n = dest.size();
    T* const out = dest.data();
    advise_huge_pages(out, static_cast<std::size_t>(n) * sizeof(T));
#if PY2CPP_VECTOR_MATH
    if constexpr (simd::capable_v<Node> && std::is_same_v<T, double>) {
        if (const vmath::isa isa = vmath::vector_isa(); isa != vmath::isa::none) {
            parallel_for(n, kParallelMinElements, [&](std::int64_t begin, std::int64_t end) {
                const auto prepared = simd::prepare(node, [begin](const auto& a) { return simd::array_leaf{a.data() + begin, 1}; });
                simd::run(isa, out + begin, prepared, end - begin);
            });
            return;
        }
    }
#endif
    const auto e = to_eigen(node, flat_ctx{n});
    parallel_for(n, kParallelMinElements, [&](std::int64_t begin, std::int64_t end) { assign_linear(out, e, begin, end); });
}

// One row of a destination whose elements are contiguous: out[0, n) = node on the row `ctx`
// names, by the SIMD kernels (isa != 0: any operand strides) or Eigen (contiguous operands).
template <class Node, class T, std::size_t N, bool Contiguous>
void evaluate_row_simd(T* out, const Node& node, const row_ctx<N, Contiguous>& ctx, [[maybe_unused]] int isa) {
#if PY2CPP_VECTOR_MATH
    if constexpr (simd::capable_v<Node> && std::is_same_v<T, double>) {
        if (isa != 0) {
            const auto prepared = simd::prepare(node, [&](const auto& a) { return simd::array_leaf{row_start<N>(a, ctx.index), row_stride(a)}; });
            simd::run(static_cast<vmath::isa>(isa), out, prepared, ctx.n);
            return;
        }
    }
#endif
    if constexpr (Contiguous) assign_linear(out, to_eigen(node, ctx), 0, ctx.n);
}

template <bool Contiguous, class Node, class T, std::size_t N>
void evaluate_rows(const ndarray<T, N>& dest, const Node& node) {
    const std::int64_t n = dest.shape()[N - 1];
    const std::int64_t rows = dest.size() / n;
    const std::int64_t stride = dest.strides()[N - 1];
    // The SIMD kernels read broadcast and strided operands too; they need only the destination's
    // rows to be contiguous. Rows of a few elements (a (100, 2) result from a transpose) are left
    // to Eigen's strided loop, whose cost per row is lower.
    [[maybe_unused]] int isa = 0;
#if PY2CPP_VECTOR_MATH
    constexpr std::int64_t kMinStridedSimdRow = 16;
    if ((stride == 1 || n == 1) && (Contiguous || n >= kMinStridedSimdRow)) isa = static_cast<int>(simd_isa<T, Node>());
#endif
    parallel_for(rows, (kParallelMinElements + n - 1) / n, [&](std::int64_t row_begin, std::int64_t row_end) {
        std::array<std::int64_t, N> index{};  // outer indices of the current row (the last entry stays 0)
        for (std::int64_t k = static_cast<std::int64_t>(N) - 2, r = row_begin; k >= 0; --k) {
            const std::int64_t extent = dest.shape()[static_cast<std::size_t>(k)];
            index[static_cast<std::size_t>(k)] = r % extent;
            r /= extent;
        }
        for (std::int64_t r = row_begin; r < row_end; ++r) {
            std::int64_t offset = 0;
            for (std::size_t k = 0; k + 1 < N; ++k) offset += index[k] * dest.strides()[k];
            const row_ctx<N, Contiguous> ctx{index.data(), n};
            if (Contiguous || isa != 0) {
                evaluate_row_simd(dest.data() + offset, node, ctx, isa);
            } else {
                Eigen::Map<eigen_column<T>, Eigen::Unaligned, Eigen::InnerStride<>>(dest.data() + offset, n,
                                                                                    Eigen::InnerStride<>(stride)) =
                    to_eigen(node, ctx);
            }
            for (std::size_t k = N - 1; k-- > 0;) {  // odometer over the outer axes
                if (++index[k] < dest.shape()[k]) break;
                index[k] = 0;
            }
        }
    });
}

// x as something to_eigen accepts with element type T: a scalar becomes a leaf, another element
// type gets a cast node (NumPy casts on assignment: float_array[...] = int_array).
template <class T, class X>
auto as_source(const X& x) {
    if constexpr (!is_array_like_v<X>) return scalar_leaf<T>{static_cast<T>(x)};
    else if constexpr (!std::is_same_v<value_type_t<X>, T>) return astype<T>(x);
    else return x;
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_cannot_broadcast_input(const std::string& from,
                                                                               const std::string& into) {
    throw ValueError("could not broadcast input array from shape " + from + " into shape " + into);
}

// x's shape broadcasts to `shape` without changing it (NumPy's rule for a[...] = x).
// Extra leading axes of `from` must have length 1.
template <std::size_t R, std::size_t N>
void check_broadcast_into(const std::array<std::int64_t, R>& from, const std::array<std::int64_t, N>& into) {
    bool ok = true;
    for (std::size_t j = 0; j < R; ++j) {
        if (j + N < R) ok = ok && from[j] == 1;
        else ok = ok && (from[j] == 1 || from[j] == into[j + N - R]);
    }
    if (!ok) raise_cannot_broadcast_input(format_shape(from), format_shape(into));
}

// Address range [lo, hi) of an array's elements, in bytes.
template <class T, std::size_t N>
std::pair<const char*, const char*> byte_extent(const ndarray<T, N>& a) {
    if (a.size() == 0) return {nullptr, nullptr};
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    for (std::size_t k = 0; k < N; ++k) {
        const std::int64_t span = (a.shape()[k] - 1) * a.strides()[k];
        (span < 0 ? lo : hi) += span;
    }
    const char* base = reinterpret_cast<const char*>(a.data());
    return {base + lo * static_cast<std::int64_t>(sizeof(T)), base + (hi + 1) * static_cast<std::int64_t>(sizeof(T))};
}

// True when evaluating x straight into dest could read an element after it was overwritten: a
// leaf overlaps dest's memory in a different layout. A leaf that is exactly dest (same start,
// shape and strides: a += a) is read at each element before that element is written, so it is safe.
template <class T, std::size_t N, class X>
bool may_alias(const ndarray<T, N>& dest, const X& x) {
    const auto dest_extent = byte_extent(dest);  // not a structured binding: clang 14 cannot capture those
    const char* dlo = dest_extent.first;
    const char* dhi = dest_extent.second;
    if (dlo == nullptr) return false;
    bool alias = false;
    for_each_array_leaf(x, [&](const auto& a) {
        const auto [lo, hi] = byte_extent(a);
        if (lo == nullptr || hi <= dlo || dhi <= lo) return;
        using L = std::remove_cvref_t<decltype(a)>;
        if constexpr (std::is_same_v<L, ndarray<T, N>>) {
            if (a.data() == dest.data() && a.shape() == dest.shape() && a.strides() == dest.strides()) return;
        }
        alias = true;
    });
    return alias;
}

}  // namespace detail

// New C-contiguous storage holding x's values (a copy even when x is an ndarray).
template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> materialize(const X& x) {
    ndarray<value_type_t<X>, rank_v<X>> out(x.shape());
    detail::evaluate_into(out, x);
    return out;
}

// x as an ndarray: an ndarray is returned as it is (sharing), a node is evaluated.
template <class X>
    requires is_array_like_v<X>
ndarray<value_type_t<X>, rank_v<X>> eval(const X& x) {
    if constexpr (is_ndarray_v<X>) return x;
    else return materialize(x);
}

// x (array, node or scalar) broadcast into a new C-contiguous array of the given shape.
template <class T, std::size_t N, class X>
    requires is_operand_v<X>
ndarray<T, N> eval(const X& x, const std::array<std::int64_t, N>& shape) {
    ndarray<T, N> out(shape);
    detail::check_broadcast_into(detail::shape_of(x), shape);
    detail::evaluate_into(out, x);
    return out;
}

namespace detail {

template <class T, std::size_t N, class X>
void evaluate_into(const ndarray<T, N>& dest, const X& x) {
    static_assert(rank_v<X> <= N, "py::np: cannot write an operand of higher rank into an array");
    if (dest.size() == 0) return;
    const auto source = as_source<T>(x);
    if (all_flat(dest, source)) evaluate_flat(dest, source);
    else if (rows_contiguous(dest, source)) evaluate_rows<true>(dest, source);
    else evaluate_rows<false>(dest, source);
}

template <class T, std::size_t N, class X>
void assign_checked(const ndarray<T, N>& dest, const X& x) {
    if constexpr (rank_v<X> > N) {
        // NumPy accepts extra leading axes of length 1 (a[...] = b[None, :]); drop them.
        check_broadcast_into(x.shape(), dest.shape());  // raises unless they are all 1
        assign_checked(dest, materialize(x).view(0));
    } else if constexpr (is_array_like_v<X>) {
        check_broadcast_into(x.shape(), dest.shape());
        if (may_alias(dest, x)) evaluate_into(dest, materialize(x));
        else evaluate_into(dest, x);
    } else {
        evaluate_into(dest, x);  // a scalar fills
    }
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_non_broadcastable_output(const std::string& out,
                                                                                 const std::string& broadcast) {
    throw ValueError("non-broadcastable output operand with shape " + out + " doesn't match the broadcast shape " +
                     broadcast);
}

// dest op= x, as the node `dest op x` written back into dest.
template <class T, std::size_t N, class Node>
void compound_assign(const ndarray<T, N>& dest, const Node& node) {
    if (!same_shape(node.shape(), dest.shape()))
        raise_non_broadcastable_output(format_shape(dest.shape()), format_shape(node.shape()));
    if constexpr (rank_v<Node> == N) {  // a higher rank never matches: raised above
        if (may_alias(dest, node)) evaluate_into(dest, materialize(node));
        else evaluate_into(dest, node);
    }
}

// The right side of `a op= x` in a's element type: NumPy casts it when that is a same-kind cast.
template <class T, class X>
auto compound_rhs(const X& x) {
    if constexpr (is_array_like_v<X> && !std::is_same_v<value_type_t<X>, T>) {
        static_assert(scalar_fits_v<value_type_t<X>, T>,
                      "py::np: in-place operation would need a cast to a lower kind (NumPy raises "
                      "UFuncTypeError)");
        return astype<T>(x);
    } else {
        return x;
    }
}

}  // namespace detail

}  // namespace py::np

namespace py {

// ---- Operators (namespace py, so ADL finds them for ndarray and for nodes) ------------------------

template <class A, class B>
concept array_operands = (np::is_array_like_v<A> && np::is_operand_v<B>) ||
                         (is_number_v<A> && np::is_array_like_v<B>);

#define PY2CPP_BINARY_OPERATOR(OP, Op)                                                   \
    template <class A, class B>                                                          \
        requires array_operands<A, B>                                                    \
    auto operator OP(const A& a, const B& b) {                                           \
        return np::detail::apply<Op>(a, b);                                              \
    }
PY2CPP_BINARY_OPERATOR(+, np::detail::add_op)
PY2CPP_BINARY_OPERATOR(-, np::detail::sub_op)
PY2CPP_BINARY_OPERATOR(*, np::detail::mul_op)
PY2CPP_BINARY_OPERATOR(/, np::detail::div_op)
PY2CPP_BINARY_OPERATOR(<, np::detail::less_op)
PY2CPP_BINARY_OPERATOR(<=, np::detail::less_equal_op)
PY2CPP_BINARY_OPERATOR(>, np::detail::greater_op)
PY2CPP_BINARY_OPERATOR(>=, np::detail::greater_equal_op)
PY2CPP_BINARY_OPERATOR(==, np::detail::equal_op)
PY2CPP_BINARY_OPERATOR(!=, np::detail::not_equal_op)
PY2CPP_BINARY_OPERATOR(&, np::detail::functor_op<np::detail::bit_and_fn>)
PY2CPP_BINARY_OPERATOR(|, np::detail::functor_op<np::detail::bit_or_fn>)
PY2CPP_BINARY_OPERATOR(^, np::detail::functor_op<np::detail::bit_xor_fn>)
#undef PY2CPP_BINARY_OPERATOR

template <class A>
    requires np::is_array_like_v<A>
auto operator-(const A& a) {
    return np::detail::apply<np::detail::negate_op>(a);
}

template <class A>
    requires np::is_array_like_v<A>
auto operator~(const A& a) {
    return np::detail::apply<np::detail::functor_op<np::detail::invert_fn>>(a);
}

// a op= x: in place, x broadcast to a's shape. Free functions taking the handle by const
// reference, so views work too: a.view(py::all, 0) += 1.
#define PY2CPP_COMPOUND_OPERATOR(OP, Op)                                                 \
    template <class T, std::size_t N, class X>                                           \
        requires np::is_operand_v<X>                                                     \
    const ndarray<T, N>& operator OP(const ndarray<T, N>& a, const X& x) {               \
        np::detail::compound_assign(a, np::detail::apply<Op>(a, np::detail::compound_rhs<T>(x))); \
        return a;                                                                        \
    }
PY2CPP_COMPOUND_OPERATOR(+=, np::detail::add_op)
PY2CPP_COMPOUND_OPERATOR(-=, np::detail::sub_op)
PY2CPP_COMPOUND_OPERATOR(*=, np::detail::mul_op)
PY2CPP_COMPOUND_OPERATOR(/=, np::detail::div_op)
#undef PY2CPP_COMPOUND_OPERATOR

// bool(expression): evaluated, then as for an array.
template <class E>
    requires is_expression_v<E>
bool truthy(const E& e) {
    return truthy(np::materialize(e));
}

// Two arrays as items of tuples, lists or dicts being compared (Python's `==` of containers): the
// same array is equal (CPython tests identity first), else the truth value of the element-wise
// comparison, NumPy's ValueError for more than one element.
template <class T, std::size_t N, class U, std::size_t M>
bool item_equal(const ndarray<T, N>& a, const ndarray<U, M>& b) {
    if constexpr (std::is_same_v<T, U> && N == M)
        if (a.owner() == b.owner() && a.data() == b.data() && a.shape() == b.shape() && a.strides() == b.strides()) return true;
    return truthy(a == b);
}

// len(expression): its length along axis 0.
template <class E>
    requires is_expression_v<E>
std::int64_t len(const E& e) {
    return e.shape()[0];
}

}  // namespace py
