// py2cpp runtime: lazy element-wise expressions on arrays, broadcasting, and the evaluation engine
// (docs/ARRAYS.md, "Expressions").
//
// `a + b * 2.0` does not compute anything: it builds a node py::np::expr<add_op, A, expr<mul_op,
// B, scalar_leaf<double>>> holding the operand handles by value, and checks the broadcast shape
// at once (so a shape error is raised where NumPy raises it). The node is evaluated when it is
// assigned to an ndarray, in one pass and without temporaries:
//  * fast path: every array leaf has the result's shape and is C-contiguous (so is the
//    destination): each leaf becomes a flat Eigen::Map<const Array<T, Dynamic, 1>> and the whole
//    tree one Eigen expression, which Eigen vectorises;
//  * row path: otherwise the result is produced one row (last axis) at a time; each leaf is
//    mapped for that row with its own stride (0 on broadcast axes). When every leaf and the
//    destination are contiguous along the last axis the rows use unit-stride maps, so the common
//    "matrix op row vector" case still vectorises.
// Assignments into existing memory (assign, +=) check first whether a leaf reads memory the
// destination writes in a different layout; if so the right side goes to a temporary first, as
// NumPy's overlap detection does.
//
// Traits other runtime headers can use (all strip cv/ref):
//   py::np::is_array_like_v<X>  X is an ndarray or an expression node
//   py::np::value_type_t<X>     element type of an array/node, X itself for a scalar
//   py::np::rank_v<X>           rank of an array/node, 0 for a scalar
//   py::np::eval(x)             array/node -> ndarray (an ndarray is returned as is, not copied)
//   py::np::eval(x, shape)      array/node/scalar broadcast into a new C-contiguous array of shape
//   py::np::materialize(x)      array/node -> ndarray in new storage (always a copy)
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include <Eigen/Core>
#if defined(_OPENMP)
#include <omp.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/vector_math.hpp"

namespace py::np {

// ---- Traits ---------------------------------------------------------------------------------------

namespace detail {

template <class X>
struct is_ndarray : std::false_type {};
template <class T, std::size_t N>
struct is_ndarray<ndarray<T, N>> : std::true_type {};

// A scalar operand stored in a node, already converted to the node's element type.
template <class T>
struct scalar_leaf {
    T value;
};

template <class X>
struct scalar_leaf_traits : std::false_type {};
template <class T>
struct scalar_leaf_traits<scalar_leaf<T>> : std::true_type {};

template <class X, class = void>
struct value_type_of {
    using type = X;
};
template <class X>
struct value_type_of<X, std::enable_if_t<is_ndarray<X>::value || is_expression_v<X>>> {
    using type = typename X::value_type;
};
template <class T>
struct value_type_of<scalar_leaf<T>> {
    using type = T;
};

template <class X, class = void>
struct rank_of : std::integral_constant<std::size_t, 0> {};
template <class X>
struct rank_of<X, std::enable_if_t<is_ndarray<X>::value || is_expression_v<X>>>
    : std::integral_constant<std::size_t, X::rank> {};

}  // namespace detail

template <class X>
inline constexpr bool is_ndarray_v = detail::is_ndarray<std::remove_cvref_t<X>>::value;
template <class X>
inline constexpr bool is_expr_v = is_expression_v<X>;
template <class X>
inline constexpr bool is_array_like_v = is_ndarray_v<X> || is_expr_v<X>;
template <class X>
using value_type_t = typename detail::value_type_of<std::remove_cvref_t<X>>::type;
template <class X>
inline constexpr std::size_t rank_v = detail::rank_of<std::remove_cvref_t<X>>::value;

// An operand of an element-wise operation: an array, a node, or an arithmetic scalar.
template <class X>
inline constexpr bool is_operand_v = is_array_like_v<X> || std::is_arithmetic_v<std::remove_cvref_t<X>>;

namespace detail {

// NumPy's kinds in promotion order: bool < integer < float. A scalar may join arrays of its own or
// a higher kind without changing the result type (2 with an int32 array, 2.0 with a float32
// array); a float scalar with an int array would need a float result, which the emitter expresses
// with astype, so that combination is rejected at compile time instead of truncating.
template <class T>
inline constexpr int kind_v = std::is_same_v<T, bool> ? 0 : std::is_integral_v<T> ? 1 : 2;

template <class S, class T>
inline constexpr bool scalar_fits_v = kind_v<S> <= kind_v<T>;

// ---- Shapes ---------------------------------------------------------------------------------------

template <std::size_t N>
std::string format_shape(const std::array<std::int64_t, N>& shape) {
    std::string s = "(";
    for (std::size_t k = 0; k < N; ++k) {
        if (k > 0) s += ',';
        s += std::to_string(shape[k]);
    }
    if (N == 1) s += ',';
    s += ')';
    return s;
}

template <class X>
auto shape_of(const X& x) {
    if constexpr (is_array_like_v<X>) return x.shape();
    else return std::array<std::int64_t, 0>{};
}

// Broadcasting of the operand shapes of one node, right-aligned; NumPy's message lists every
// operand's shape (scalars as `()`), each followed by a space.
template <std::size_t R, class... S>
std::array<std::int64_t, R> broadcast_shapes(const S&... shapes) {
    std::array<std::int64_t, R> out{};
    out.fill(1);
    bool ok = true;
    auto merge = [&](const auto& shape) {
        constexpr std::size_t r = std::tuple_size_v<std::remove_cvref_t<decltype(shape)>>;
        for (std::size_t j = 0; j < r; ++j) {
            const std::int64_t d = shape[j];
            std::int64_t& o = out[R - r + j];
            if (d == 1 || d == o) continue;
            if (o == 1) o = d;
            else ok = false;
        }
    };
    (merge(shapes), ...);
    if (__builtin_expect(!ok, 0)) {
        std::string message = "operands could not be broadcast together with shapes ";
        ((message += format_shape(shapes) + ' '), ...);
        throw ValueError(message);
    }
    return out;
}

template <std::size_t A, std::size_t B>
bool same_shape(const std::array<std::int64_t, A>& a, const std::array<std::int64_t, B>& b) {
    if constexpr (A != B) return false;
    else return a == b;
}

// ---- Eigen views of leaves ------------------------------------------------------------------------

template <class T>
using eigen_column = Eigen::Array<T, Eigen::Dynamic, 1>;
template <class T>
using flat_map = Eigen::Map<const eigen_column<T>>;
template <class T>
using strided_map = Eigen::Map<const eigen_column<T>, Eigen::Unaligned, Eigen::InnerStride<>>;

// Every leaf is the whole operand, contiguous, starting at its data pointer.
struct flat_ctx {
    std::int64_t n;
};

// One row of a rank-R result: `index` holds the R - 1 outer indices; rows are n long. With
// Contiguous, every leaf has unit stride along the row.
template <std::size_t R, bool Contiguous>
struct row_ctx {
    const std::int64_t* index;
    std::int64_t n;
};

// Start of the current row in an array leaf right-aligned into the rank-R result (broadcast axes
// contribute nothing).
template <std::size_t R, class T, std::size_t N>
const T* row_start(const ndarray<T, N>& a, const std::int64_t* index) {
    static_assert(N <= R);
    std::int64_t offset = 0;
    for (std::size_t j = 0; j + 1 < N; ++j)
        if (a.shape()[j] != 1) offset += index[R - N + j] * a.strides()[j];
    return a.data() + offset;
}

template <class T, std::size_t N>
std::int64_t row_stride(const ndarray<T, N>& a) {
    return a.shape()[N - 1] == 1 ? 0 : a.strides()[N - 1];
}

template <class T, std::size_t N>
auto to_eigen(const ndarray<T, N>& a, const flat_ctx& ctx) {
    return flat_map<T>(a.data(), ctx.n);
}

template <class T, std::size_t N, std::size_t R>
auto to_eigen(const ndarray<T, N>& a, const row_ctx<R, true>& ctx) {
    return flat_map<T>(row_start<R>(a, ctx.index), ctx.n);
}

template <class T, std::size_t N, std::size_t R>
auto to_eigen(const ndarray<T, N>& a, const row_ctx<R, false>& ctx) {
    return strided_map<T>(row_start<R>(a, ctx.index), ctx.n, Eigen::InnerStride<>(row_stride(a)));
}

template <class T, class Ctx>
auto to_eigen(const scalar_leaf<T>& s, const Ctx& ctx) {
    return eigen_column<T>::Constant(ctx.n, s.value);
}

// Calls f(leaf) for every ndarray leaf of x.
template <class X, class F>
void for_each_array_leaf(const X& x, F&& f);

}  // namespace detail

// ---- The node -------------------------------------------------------------------------------------

// An element-wise operation Op applied to Args (ndarray handles, nested nodes, scalar_leaf). Op
// provides `scalar(args...)` (one element; it also defines the result type) and
// `eigen(eigen_args...)` (the same operation on Eigen array expressions).
template <class Op, class... Args>
class expr : public array_expression_tag {
public:
    using value_type = decltype(Op::scalar(std::declval<value_type_t<Args>>()...));
    static constexpr std::size_t rank = std::max({rank_v<Args>...});
    using shape_type = std::array<std::int64_t, rank>;
    static_assert(rank >= 1, "py::np::expr: at least one operand must be an array");

    explicit expr(Args... args)
        : args_(std::move(args)...),
          shape_(std::apply([](const auto&... a) { return detail::broadcast_shapes<rank>(detail::shape_of(a)...); },
                            args_)) {}

    const shape_type& shape() const noexcept { return shape_; }
    std::int64_t shape(std::int64_t axis) const {
        const std::int64_t k = axis < 0 ? axis + static_cast<std::int64_t>(rank) : axis;
        if (k < 0 || k >= static_cast<std::int64_t>(rank)) throw IndexError("tuple index out of range");
        return shape_[static_cast<std::size_t>(k)];
    }
    std::int64_t size() const noexcept { return py::detail::shape_product(shape_); }
    const std::tuple<Args...>& args() const noexcept { return args_; }

private:
    std::tuple<Args...> args_;
    shape_type shape_;
};

namespace detail {

template <class Op, class... Args, class Ctx>
auto to_eigen(const expr<Op, Args...>& e, const Ctx& ctx) {
    return std::apply([&](const auto&... a) { return Op::eigen(to_eigen(a, ctx)...); }, e.args());
}

template <class X, class F>
void for_each_array_leaf(const X& x, F&& f) {
    if constexpr (is_ndarray_v<X>) {
        f(x);
    } else if constexpr (is_expr_v<X>) {
        std::apply([&](const auto&... a) { (for_each_array_leaf(a, f), ...); }, x.args());
    }
}

// ---- Building nodes -------------------------------------------------------------------------------

// The element type shared by the array operands (a scalar-only call uses C++'s common type, which
// for the int64/double/bool scalars of generated code is Python's).
template <class... X>
struct common_element {
    using type = std::common_type_t<value_type_t<X>...>;
};

template <class... X>
constexpr bool arrays_agree() {
    using First = std::common_type_t<value_type_t<X>...>;
    return ((!is_array_like_v<X> || std::is_same_v<value_type_t<X>, First>) && ...);
}

template <class T, class... X>
struct array_element_impl;
template <class T>
struct array_element_impl<T> {
    using type = T;
};
template <class T, class X, class... Rest>
struct array_element_impl<T, X, Rest...> {
    using type = std::conditional_t<is_array_like_v<X> && std::is_void_v<T>, value_type_t<X>,
                                    typename array_element_impl<T, Rest...>::type>;
};

// Element type of the first array operand (void if there is none).
template <class... X>
using array_element_t = typename array_element_impl<void, std::remove_cvref_t<X>...>::type;

// An operand as stored in a node of element type T: arrays and nodes as they are, scalars as
// scalar_leaf<T>.
template <class T, class X>
auto as_leaf(const X& x) {
    if constexpr (is_array_like_v<X>) {
        return x;
    } else {
        static_assert(std::is_arithmetic_v<X>, "py::np: operands are arrays, expressions or arithmetic scalars");
        static_assert(scalar_fits_v<X, T>,
                      "py::np: a scalar of a higher kind (float with an int array, int with a bool array) needs "
                      "an explicit py::np::astype on the array");
        return scalar_leaf<T>{static_cast<T>(x)};
    }
}

// Element-wise Op on operands that all share one element type (scalars are converted to it).
// With scalars only, computes the value directly.
template <class Op, class... X>
auto apply(const X&... x) {
    if constexpr ((!is_array_like_v<X> && ...)) {
        using T = std::common_type_t<X...>;
        return Op::scalar(static_cast<T>(x)...);
    } else {
        using T = array_element_t<X...>;
        static_assert(((!is_array_like_v<X> || std::is_same_v<value_type_t<X>, T>) && ...),
                      "py::np: array operands of one operation must have the same element type (cast with "
                      "py::np::astype<U> first, as NumPy's promotion would)");
        return expr<Op, decltype(as_leaf<T>(x))...>(as_leaf<T>(x)...);
    }
}

// ---- Operators' element functions -----------------------------------------------------------------

// For the arithmetic operators the Eigen operator is the element operation; `scalar` casts back
// because C++ promotes small types (bool + bool is int, NumPy keeps bool: logical or).
#define PY2CPP_ARITHMETIC_OP(Name, OP)                                                   \
    struct Name {                                                                        \
        template <class T>                                                               \
        static T scalar(T a, T b) {                                                      \
            return static_cast<T>(a OP b);                                               \
        }                                                                                \
        template <class A, class B>                                                      \
        static auto eigen(const A& a, const B& b) {                                      \
            return a OP b;                                                               \
        }                                                                                \
        template <class V>                                                               \
        [[gnu::always_inline]] static V simd(const V& a, const V& b) {                   \
            return a OP b;                                                               \
        }                                                                                \
    }
PY2CPP_ARITHMETIC_OP(add_op, +);
PY2CPP_ARITHMETIC_OP(sub_op, -);
PY2CPP_ARITHMETIC_OP(mul_op, *);
#undef PY2CPP_ARITHMETIC_OP

// True division: floats only (NumPy's int / int is float64; the emitter casts first, and
// integer division by zero would be undefined behaviour here).
struct div_op {
    template <class T>
    static T scalar(T a, T b) {
        static_assert(std::is_floating_point_v<T>, "py::np: `/` needs float operands (astype<double> first)");
        return a / b;
    }
    template <class A, class B>
    static auto eigen(const A& a, const B& b) {
        return a / b;
    }
    template <class V>
    [[gnu::always_inline]] static V simd(const V& a, const V& b) {
        return a / b;
    }
};

#define PY2CPP_COMPARISON_OP(Name, OP)                                                   \
    struct Name {                                                                        \
        template <class T>                                                               \
        static bool scalar(T a, T b) {                                                   \
            return a OP b;                                                               \
        }                                                                                \
        template <class A, class B>                                                      \
        static auto eigen(const A& a, const B& b) {                                      \
            return a OP b;                                                               \
        }                                                                                \
    }
PY2CPP_COMPARISON_OP(less_op, <);
PY2CPP_COMPARISON_OP(less_equal_op, <=);
PY2CPP_COMPARISON_OP(greater_op, >);
PY2CPP_COMPARISON_OP(greater_equal_op, >=);
PY2CPP_COMPARISON_OP(equal_op, ==);
PY2CPP_COMPARISON_OP(not_equal_op, !=);
#undef PY2CPP_COMPARISON_OP

// Element-wise through a scalar functor F (Eigen's unaryExpr/binaryExpr): used for every
// operation Eigen has no vectorised kernel for; still one fused loop, no temporaries.
template <class F>
struct functor_op {
    template <class... T>
    static auto scalar(T... a) {
        return F{}(a...);
    }
    template <class A>
    static auto eigen(const A& a) {
        return a.unaryExpr(F{});
    }
    template <class A, class B>
    static auto eigen(const A& a, const B& b) {
        return a.binaryExpr(b, F{});
    }
    // SIMD form (array_expr.hpp, "SIMD kernels") when F has one.
    template <class... V>
        requires requires(const V&... a) { F::simd(a...); }
    [[gnu::always_inline]] static auto simd(const V&... a) {
        return F::simd(a...);
    }
    // ... and on a block of B vectors per operand, when F has that.
    template <int B, class V, class... A>
        requires requires(V (&out)[B], const A&... a) { F::template simd_block<B>(out, a...); }
    [[gnu::always_inline]] static void simd_block(V (&out)[B], const A&... a) {
        F::template simd_block<B>(out, a...);
    }
};

// & | ^ ~ on bool and integer elements (on bool they are the logical operations, as in NumPy).
template <class T>
constexpr void require_bitwise() {
    static_assert(std::is_integral_v<T>, "py::np: & | ^ ~ need bool or integer operands");
}

struct bit_and_fn {
    template <class T>
    T operator()(T a, T b) const {
        require_bitwise<T>();
        return static_cast<T>(a & b);
    }
};
struct bit_or_fn {
    template <class T>
    T operator()(T a, T b) const {
        require_bitwise<T>();
        return static_cast<T>(a | b);
    }
};
struct bit_xor_fn {
    template <class T>
    T operator()(T a, T b) const {
        require_bitwise<T>();
        return static_cast<T>(a ^ b);
    }
};
struct invert_fn {
    template <class T>
    T operator()(T a) const {
        require_bitwise<T>();
        if constexpr (std::is_same_v<T, bool>) return !a;
        else return static_cast<T>(~a);
    }
};

struct negate_op {
    template <class T>
    static T scalar(T a) {
        static_assert(!std::is_same_v<T, bool>, "py::np: unary - is not supported for bool arrays (NumPy raises)");
        return static_cast<T>(-a);
    }
    template <class A>
    static auto eigen(const A& a) {
        return -a;
    }
    template <class V>
    [[gnu::always_inline]] static V simd(const V& a) {
        return -a;
    }
};

// astype<U>: C++'s conversion, which is NumPy's C cast for in-range values (float -> int
// truncates; to bool is `!= 0`, so NaN is True).
template <class U>
struct cast_op {
    template <class T>
    static U scalar(T a) {
        return static_cast<U>(a);
    }
    template <class A>
    static auto eigen(const A& a) {
        return a.template cast<U>();
    }
};

}  // namespace detail

// x.astype(U): always a node (even for U == T), so `b = a.astype(float)` gets new storage as in
// NumPy; a scalar is converted directly.
template <class U, class X>
    requires is_operand_v<X>
auto astype(const X& x) {
    if constexpr (is_array_like_v<X>) return expr<detail::cast_op<U>, X>(x);
    else return static_cast<U>(x);
}

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
    return std::apply([&](const auto&... a) { return node<Op, decltype(prepare(a, where_))...>{{prepare(a, where_)...}}; },
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

template <class P>
void run(vmath::isa isa, double* out, const P& prepared, std::int64_t n) {
    if (isa == vmath::isa::avx2) run_avx2(out, prepared, n);
    else run_sse2(out, prepared, n);
}

}  // namespace simd

// The SIMD kernels' instruction set for this node (none: use Eigen).
template <class T, class Node>
vmath::isa simd_isa() {
    if constexpr (std::is_same_v<T, double> && simd::capable_v<Node>) return vmath::vector_isa();
    else return vmath::isa::none;
}
#endif

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
                         (std::is_arithmetic_v<std::remove_cvref_t<A>> && np::is_array_like_v<B>);

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

// len(expression): its length along axis 0.
template <class E>
    requires is_expression_v<E>
std::int64_t len(const E& e) {
    return e.shape()[0];
}

}  // namespace py
