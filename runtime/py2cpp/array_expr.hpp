// py2cpp runtime: lazy element-wise expressions on arrays and broadcasting (docs/ARRAYS.md,
// "Expressions"). The expression nodes and their element functions are here; the evaluation
// engine and the operators are in array_eval.hpp (included at the end), its SIMD kernels in
// simd_kernels.hpp.
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

#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/tuple_apply.hpp"
#include "py2cpp/vector_math.hpp"  // the element functions' vector forms

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

// An operand of an element-wise operation: an array, a node, or a scalar (arithmetic or complex).
template <class X>
inline constexpr bool is_operand_v = is_array_like_v<X> || is_number_v<X>;

namespace detail {

// NumPy's kinds in promotion order: bool < integer < float < complex. A scalar may join arrays of its own or
// a higher kind without changing the result type (2 with an int32 array, 2.0 with a float32
// array); a float scalar with an int array would need a float result, which the emitter expresses
// with astype, so that combination is rejected at compile time instead of truncating.
template <class T>
inline constexpr int kind_v = std::is_same_v<T, bool> ? 0 : std::is_integral_v<T> ? 1 : is_complex_v<T> ? 3 : 2;

// NumPy's conversion of one element to U (astype, mixed operands): C++'s for real types; a
// complex number to a real type keeps the real part (NumPy's ComplexWarning), to bool it is
// "either part non-zero"; a real number becomes (x, 0).
template <class U, class T>
U convert_element(const T& a) {
    if constexpr (is_complex_v<T> && std::is_same_v<U, bool>) return a.real() != 0 || a.imag() != 0;
    else if constexpr (is_complex_v<T> && !is_complex_v<U>) return static_cast<U>(a.real());
    else if constexpr (is_complex_v<U> && !is_complex_v<T>) return U(static_cast<typename U::value_type>(a), 0);
    else return static_cast<U>(a);
}

// NumPy's complex product and quotient (its ufunc loops): the schoolbook product, and Smith's
// division with NumPy's branches (a zero divisor divides the parts by zeros: inf or nan). C++'s
// operators may take C99's infinity-recovery path, or (GCC's __divdc3) rescale.
template <class C>
C numpy_complex_multiply(const C& a, const C& b) {
    return C(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
}

template <class C>
C numpy_complex_divide(const C& a, const C& b) {
    using R = typename C::value_type;
    const R in1r = a.real(), in1i = a.imag(), in2r = b.real(), in2i = b.imag();
    const R in2r_abs = std::fabs(in2r), in2i_abs = std::fabs(in2i);
    if (in2r_abs >= in2i_abs) {
        if (in2r_abs == 0 && in2i_abs == 0) return C(in1r / in2r_abs, in1i / in2i_abs);
        const R rat = in2i / in2r;
        const R scl = R(1) / (in2r + in2i * rat);
        return C((in1r + in1i * rat) * scl, (in1i - in1r * rat) * scl);
    }
    const R rat = in2r / in2i;
    const R scl = R(1) / (in2i + in2r * rat);
    return C((in1r * rat + in1i) * scl, (in1i * rat - in1r) * scl);
}

struct complex_multiply_fn {
    template <class C>
    C operator()(const C& a, const C& b) const {
        return numpy_complex_multiply(a, b);
    }
};
struct complex_divide_fn {
    template <class C>
    C operator()(const C& a, const C& b) const {
        return numpy_complex_divide(a, b);
    }
};

template <class S, class T>
inline constexpr bool scalar_fits_v = kind_v<S> <= kind_v<T>;

// ---- Shapes ---------------------------------------------------------------------------------------

// NumPy's text for a shape in messages, (2,3) or (4,): of a std::array or a std::vector.
template <class Shape>
std::string format_shape(const Shape& shape) {
    std::string s = "(";
    for (std::size_t k = 0; k < shape.size(); ++k) {
        if (k > 0) s += ',';
        s += std::to_string(shape[k]);
    }
    if (shape.size() == 1) s += ',';
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
          shape_(py::detail::apply_tuple([](const auto&... a) { return detail::broadcast_shapes<rank>(detail::shape_of(a)...); },
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
    return py::detail::apply_tuple([&](const auto&... a) { return Op::eigen(to_eigen(a, ctx)...); }, e.args());
}

template <class X, class F>
void for_each_array_leaf(const X& x, F&& f) {
    if constexpr (is_ndarray_v<X>) {
        f(x);
    } else if constexpr (is_expr_v<X>) {
        py::detail::apply_tuple([&](const auto&... a) { (for_each_array_leaf(a, f), ...); }, x.args());
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
        static_assert(is_number_v<X>, "py::np: operands are arrays, expressions or numbers");
        static_assert(scalar_fits_v<X, T>,
                      "py::np: a scalar of a higher kind (float with an int array, int with a bool array) needs "
                      "an explicit py::np::astype on the array");
        return scalar_leaf<T>{convert_element<T>(x)};
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
#undef PY2CPP_ARITHMETIC_OP

// `*`: Eigen's product for real elements, NumPy's schoolbook formula for complex ones.
struct mul_op {
    template <class T>
    static T scalar(T a, T b) {
        if constexpr (is_complex_v<T>) return numpy_complex_multiply(a, b);
        else return static_cast<T>(a * b);
    }
    template <class A, class B>
    static auto eigen(const A& a, const B& b) {
        if constexpr (is_complex_v<typename A::Scalar>) return a.binaryExpr(b, complex_multiply_fn{});
        else return a * b;
    }
    template <class V>
    [[gnu::always_inline]] static V simd(const V& a, const V& b) {
        return a * b;
    }
};

// True division: floats only (NumPy's int / int is float64; the emitter casts first, and
// integer division by zero would be undefined behaviour here).
struct div_op {
    template <class T>
    static T scalar(T a, T b) {
        static_assert(std::is_floating_point_v<T> || is_complex_v<T>, "py::np: `/` needs float operands (astype<double> first)");
        if constexpr (is_complex_v<T>) return numpy_complex_divide(a, b);
        else return a / b;
    }
    template <class A, class B>
    static auto eigen(const A& a, const B& b) {
        if constexpr (is_complex_v<typename A::Scalar>) return a.binaryExpr(b, complex_divide_fn{});
        else return a / b;
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
    // SIMD form (simd_kernels.hpp) when F has one.
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
        return convert_element<U>(a);
    }
    template <class A>
    static auto eigen(const A& a) {
        using T = typename A::Scalar;
        if constexpr (is_complex_v<T> || is_complex_v<U>) return a.unaryExpr([](const T& x) { return convert_element<U>(x); });
        else return a.template cast<U>();
    }
};

}  // namespace detail

// x.astype(U): always a node (even for U == T), so `b = a.astype(float)` gets new storage as in
// NumPy; a scalar is converted directly.
template <class U, class X>
    requires is_operand_v<X>
auto astype(const X& x) {
    if constexpr (is_array_like_v<X>) return expr<detail::cast_op<U>, X>(x);
    else return detail::convert_element<U>(x);
}
}  // namespace py::np

// The evaluation engine and the operators, which need the nodes above.
#include "py2cpp/array_eval.hpp"
