// py2cpp runtime: py::ndarray<T, N>, a NumPy array of element type T and rank N (docs/ARRAYS.md).
//
// An ndarray is a handle, as a Python name bound to an array is: copying it shares the elements,
// and views (a[1:], a[:, 0], a.T) share them too and write through. The elements live in
// reference-counted storage (std::shared_ptr<void> owner), so a view keeps its base alive however
// the handles are copied around. Strides are counted in elements and may be negative (a[::-1]) or
// zero (broadcasting inside the evaluation engine; such views never reach user code).
//
// Constness is the handle's, not the elements' (like std::shared_ptr<T>): a `const ndarray&`
// parameter still lets the callee write elements, because Python has no const arrays either and
// the emitter passes arrays as `const&` or by value freely.
//
// Everything element-wise (operators, assign(), compound assignment, construction from an
// expression) is implemented by the evaluation engine in array_eval.hpp (through array_expr.hpp), which this header pulls
// in at its end, so including ndarray.hpp alone gives a complete type.
#pragma once

#include <array>
#include <complex>
#include <cstddef>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/slice.hpp"

namespace py {

// A new axis of length 1, np.newaxis / None in x[:, None] -> x.view(py::all, py::newaxis).
struct newaxis_t {};
inline constexpr newaxis_t newaxis{};

// A whole axis, `:` in a[:, 0] -> a.view(py::all, 0).
struct all_t {};
inline constexpr all_t all{};

// Base class of all lazy expression nodes (py::np::expr). It lives in namespace py so that
// argument-dependent lookup finds the array operators (declared in py) for nodes too.
struct array_expression_tag {};

template <class T, std::size_t N>
class ndarray;

// std::complex<float> / std::complex<double>: the elements of complex64 / complex128 arrays.
template <class T>
struct is_complex_number : std::false_type {};
template <class R>
struct is_complex_number<std::complex<R>> : std::true_type {};
template <class T>
inline constexpr bool is_complex_v = is_complex_number<std::remove_cvref_t<T>>::value;
// What an array holds and combines with: bool, an integer, a float or a complex number.
template <class T>
inline constexpr bool is_number_v = std::is_arithmetic_v<std::remove_cvref_t<T>> || is_complex_v<T>;

template <class X>
inline constexpr bool is_expression_v = std::is_base_of_v<array_expression_tag, std::remove_cvref_t<X>>;

namespace np::detail {

// Defined in array_eval.hpp. evaluate_into writes x (an expression, array or scalar whose shape
// broadcasts to dest's) into dest's elements without any aliasing check; assign_checked checks
// the shapes and evaluates into a temporary first when x reads memory dest writes.
template <class T, std::size_t N, class X>
void evaluate_into(const ndarray<T, N>& dest, const X& x);
template <class T, std::size_t N, class X>
void assign_checked(const ndarray<T, N>& dest, const X& x);

}  // namespace np::detail

namespace detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_index_out_of_bounds(std::int64_t index, std::size_t axis,
                                                                            std::int64_t size) {
    throw IndexError("index " + std::to_string(index) + " is out of bounds for axis " + std::to_string(axis) +
                     " with size " + std::to_string(size));
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_negative_dimensions() {
    throw ValueError("negative dimensions are not allowed");
}

// A possibly negative index into an axis of length `size`, checked like NumPy.
inline std::int64_t normalize_index(std::int64_t index, std::size_t axis, std::int64_t size) {
    const std::int64_t i = index < 0 ? index + size : index;
    if (__builtin_expect(i < 0 || i >= size, 0)) raise_index_out_of_bounds(index, axis, size);
    return i;
}

// What slice.indices(length) gives, plus the number of selected elements.
struct slice_range {
    std::int64_t start;
    std::int64_t step;
    std::int64_t count;
};

// CPython's PySlice_Unpack + PySlice_AdjustIndices: clamps start/stop into the axis, so a slice
// never fails for being out of range; only a zero step is an error.
inline slice_range resolve_slice(const slice& s, std::int64_t length) {
    const std::int64_t step = s.step.value_or(1);
    if (step == 0) throw ValueError("slice step cannot be zero");
    const std::int64_t lower = step > 0 ? 0 : -1;
    const std::int64_t upper = step > 0 ? length : length - 1;
    auto clamp = [&](std::optional<std::int64_t> v, std::int64_t fallback) {
        if (!v) return fallback;
        std::int64_t x = *v;
        if (x < 0) {
            x += length;
            if (x < lower) x = lower;
        } else if (x > upper) {
            x = upper;
        }
        return x;
    };
    const std::int64_t start = clamp(s.start, step > 0 ? lower : upper);
    const std::int64_t stop = clamp(s.stop, step > 0 ? upper : lower);
    std::int64_t count = 0;
    if (step > 0 && stop > start) count = (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) count = (start - stop - 1) / -step + 1;
    return {start, step, count};
}

template <class I>
inline constexpr bool is_index_item_v = std::is_integral_v<I> && !std::is_same_v<I, bool>;

template <std::size_t N>
std::int64_t shape_product(const std::array<std::int64_t, N>& shape) {
    std::int64_t n = 1;
    for (const std::int64_t d : shape) n *= d;
    return n;
}

// NumPy's name of the dtype of elements T (in error messages and repr).
template <class T>
const char* dtype_name() {
    if constexpr (std::is_same_v<T, bool>) return "bool";
    else if constexpr (std::is_same_v<T, double>) return "float64";
    else if constexpr (std::is_same_v<T, float>) return "float32";
    else if constexpr (std::is_floating_point_v<T>) return "float128";
    else if constexpr (std::is_same_v<T, std::complex<double>>) return "complex128";
    else if constexpr (std::is_same_v<T, std::complex<float>>) return "complex64";
    else return std::is_signed_v<T> ? (sizeof(T) == 8 ? "int64" : sizeof(T) == 4 ? "int32" : sizeof(T) == 2 ? "int16" : "int8")
                                    : (sizeof(T) == 8 ? "uint64" : sizeof(T) == 4 ? "uint32" : sizeof(T) == 2 ? "uint16" : "uint8");
}

// A byte count as NumPy's MemoryError shows it: binary units, 3 significant digits
// ("7.28 TiB", "512 bytes"), the unit chosen after rounding (1023.9 KiB is "1.00 MiB").
inline std::string binary_size_string(std::int64_t bytes) {
    static constexpr const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    const int bit_length = 64 - __builtin_clzll(static_cast<unsigned long long>(bytes) | 1);
    int unit = (bit_length - 1 > 1 ? bit_length - 1 : 1) / 10;
    double amount = static_cast<double>(bytes) / static_cast<double>(std::int64_t{1} << (unit * 10));
    if (std::nearbyint(amount) == 1024.0) {  // Python's round: ties to even, as nearbyint by default
        ++unit;
        amount /= 1024.0;
    }
    if (unit == 0) return fmt::format("{:.0f} {}", amount, units[unit]);
    if (std::nearbyint(amount) < 1000.0) return fmt::format("{:#.3g} {}", amount, units[unit]);
    return fmt::format("{:#.0f} {}", amount, units[unit]);
}

// NumPy's MemoryError (_ArrayMemoryError) when the storage of a new array cannot be allocated:
// "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64".
template <class T, std::size_t N>
[[noreturn, gnu::cold, gnu::noinline]] void raise_array_memory_error(const std::array<std::int64_t, N>& shape) {
    std::string text = "(";
    for (std::size_t k = 0; k < N; ++k) text += (k ? ", " : "") + std::to_string(shape[k]);
    text += N == 1 ? ",)" : ")";
    throw ArrayMemoryError("Unable to allocate " + binary_size_string(shape_product(shape) * static_cast<std::int64_t>(sizeof(T))) +
                      " for an array with shape " + text + " and data type " + dtype_name<T>());
}

// Number of elements of a new array; NumPy's ValueError when the byte size overflows.
template <std::size_t N>
std::int64_t checked_size(const std::array<std::int64_t, N>& shape, std::size_t item_size) {
    std::int64_t n = 1;
    bool overflow = false;
    for (const std::int64_t d : shape) {
        if (d < 0) raise_negative_dimensions();
        overflow = overflow || __builtin_mul_overflow(n, d, &n);
    }
    std::int64_t bytes = 0;
    if (overflow || __builtin_mul_overflow(n, static_cast<std::int64_t>(item_size), &bytes))
        throw ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    return n;
}

template <std::size_t N>
std::array<std::int64_t, N> c_strides(const std::array<std::int64_t, N>& shape) {
    std::array<std::int64_t, N> strides{};
    std::int64_t stride = 1;
    for (std::size_t k = N; k-- > 0;) {
        strides[k] = stride;
        stride *= shape[k];
    }
    return strides;
}

// Iterates over axis 0 of an array: element references for rank 1, row views otherwise.
template <class T, std::size_t N>
class axis0_iterator {
public:
    using iterator_category = std::input_iterator_tag;
    using difference_type = std::ptrdiff_t;
    using value_type = std::conditional_t<N == 1, T, ndarray<T, N - 1>>;
    using reference = std::conditional_t<N == 1, T&, ndarray<T, N - 1>>;
    using pointer = void;

    axis0_iterator() = default;
    axis0_iterator(const ndarray<T, N>* array, std::int64_t index) : array_(array), index_(index) {}

    reference operator*() const {
        if constexpr (N == 1) return array_->data()[index_ * array_->strides()[0]];
        else return array_->view(index_);
    }
    axis0_iterator& operator++() {
        ++index_;
        return *this;
    }
    axis0_iterator operator++(int) {
        axis0_iterator old = *this;
        ++index_;
        return old;
    }
    friend bool operator==(const axis0_iterator& a, const axis0_iterator& b) { return a.index_ == b.index_; }
    friend bool operator!=(const axis0_iterator& a, const axis0_iterator& b) { return a.index_ != b.index_; }

private:
    const ndarray<T, N>* array_ = nullptr;
    std::int64_t index_ = 0;
};

}  // namespace detail

template <class T, std::size_t N>
class ndarray {
    static_assert(N >= 1, "py::ndarray: rank 0 arrays are plain scalars in generated code");
    static_assert(is_number_v<T>, "py::ndarray: element type must be bool, an integer, a float or a complex number");

public:
    using value_type = T;
    using shape_type = std::array<std::int64_t, N>;
    using iterator = detail::axis0_iterator<T, N>;
    static constexpr std::size_t rank = N;

    // An empty array: every dimension 0.
    ndarray() = default;

    // A new C-contiguous array with uninitialised elements (np.empty).
    explicit ndarray(shape_type shape) : shape_(shape), strides_(detail::c_strides(shape)) {
        const std::int64_t n = detail::checked_size(shape, sizeof(T));
        if (n == 0) return;
        std::shared_ptr<T[]> storage;
        try {
#if defined(__cpp_lib_smart_ptr_for_overwrite)
            storage = std::make_shared_for_overwrite<T[]>(static_cast<std::size_t>(n));
#else
            storage.reset(new T[static_cast<std::size_t>(n)]);
#endif
        } catch (const std::bad_alloc&) {
            detail::raise_array_memory_error<T>(shape);
        }
        data_ = storage.get();
        owner_ = std::move(storage);
    }

    // An expression is evaluated into new storage (b = a + 1 never aliases a).
    template <class E>
        requires(is_expression_v<E> && std::is_same_v<typename E::value_type, T> && E::rank == N)
    ndarray(const E& e) : ndarray(e.shape()) {  // NOLINT(google-explicit-constructor): b = a + 1
        np::detail::evaluate_into(*this, e);
    }

    // Rebinds this handle to the value of an expression; never writes into the old elements,
    // which other handles may share.
    template <class E>
        requires(is_expression_v<E> && std::is_same_v<typename E::value_type, T> && E::rank == N)
    ndarray& operator=(const E& e) {
        return *this = ndarray(e);
    }

    // Wraps memory owned by `owner` (.npy loading, foreign buffers).
    static ndarray view_of(std::shared_ptr<void> owner, T* data, shape_type shape, shape_type strides) {
        ndarray a;
        a.owner_ = std::move(owner);
        a.data_ = data;
        a.shape_ = shape;
        a.strides_ = strides;
        return a;
    }

    const shape_type& shape() const noexcept { return shape_; }
    // a.shape[k]; a negative axis counts from the end.
    std::int64_t shape(std::int64_t axis) const {
        const std::int64_t k = axis < 0 ? axis + static_cast<std::int64_t>(N) : axis;
        if (k < 0 || k >= static_cast<std::int64_t>(N)) throw IndexError("tuple index out of range");
        return shape_[static_cast<std::size_t>(k)];
    }
    std::int64_t size() const noexcept { return detail::shape_product(shape_); }
    const shape_type& strides() const noexcept { return strides_; }
    T* data() const noexcept { return data_; }
    const std::shared_ptr<void>& owner() const noexcept { return owner_; }

    // NumPy's flag: axes of length 1 may have any stride, and an empty array is contiguous.
    bool is_c_contiguous() const noexcept {
        std::int64_t expected = 1;
        for (std::size_t k = N; k-- > 0;) {
            if (shape_[k] == 0) return true;
            if (shape_[k] != 1 && strides_[k] != expected) return false;
            expected *= shape_[k];
        }
        return true;
    }

    // a[i, j]: one integer per axis, negative from the end, IndexError when out of bounds.
    template <class... I>
        requires(sizeof...(I) == N && (detail::is_index_item_v<I> && ...))
    T& at(I... index) const {
        std::int64_t offset = 0;
        std::size_t axis = 0;
        ((offset += detail::normalize_index(static_cast<std::int64_t>(index), axis, shape_[axis]) * strides_[axis],
          ++axis),
         ...);
        return data_[offset];
    }

    // Basic indexing with integers (drop the axis), py::slice and py::all (keep it) and
    // py::newaxis (insert an axis of length 1); missing trailing items mean `:`. The result shares
    // the elements.
    template <class... Items>
    auto view(const Items&... items) const {
        constexpr std::size_t removed = (std::size_t{detail::is_index_item_v<Items>} + ... + 0);
        constexpr std::size_t added = (std::size_t{std::is_same_v<Items, newaxis_t>} + ... + 0);
        static_assert(sizeof...(Items) - added <= N, "py::ndarray::view: too many indices for array");
        static_assert(N - removed + added >= 1, "py::ndarray::view: use at() when every axis gets an integer");
        ndarray<T, N - removed + added> out;
        out.owner_ = owner_;
        std::ptrdiff_t offset = 0;
        std::size_t in = 0;
        std::size_t kept = 0;
        (apply_view_item(items, offset, in, kept, out), ...);
        for (; in < N; ++in, ++kept) {
            out.shape_[kept] = shape_[in];
            out.strides_[kept] = strides_[in];
        }
        out.data_ = data_ == nullptr ? nullptr : data_ + offset;
        return out;
    }

    // a[...] = x: writes x (expression, array or scalar, broadcast to this shape) into the
    // elements; safe when x reads this array's memory.
    template <class X>
    const ndarray& assign(const X& x) const {
        np::detail::assign_checked(*this, x);
        return *this;
    }

    // A new C-contiguous array with the same values.
    ndarray copy() const {
        ndarray out(shape_);
        np::detail::evaluate_into(out, *this);
        return out;
    }

    // a.T: shape and strides reversed, sharing the elements.
    ndarray transposed() const {
        ndarray out = *this;
        for (std::size_t k = 0; k < N; ++k) {
            out.shape_[k] = shape_[N - 1 - k];
            out.strides_[k] = strides_[N - 1 - k];
        }
        return out;
    }

    iterator begin() const { return iterator(this, 0); }
    iterator end() const { return iterator(this, shape_[0]); }

private:
    template <class, std::size_t>
    friend class ndarray;

    template <class Item, std::size_t M>
    void apply_view_item(const Item& item, std::ptrdiff_t& offset, std::size_t& in, std::size_t& kept,
                         ndarray<T, M>& out) const {
        if constexpr (detail::is_index_item_v<Item>) {
            offset += detail::normalize_index(static_cast<std::int64_t>(item), in, shape_[in]) * strides_[in];
            ++in;
        } else if constexpr (std::is_same_v<Item, slice>) {
            const detail::slice_range r = detail::resolve_slice(item, shape_[in]);
            if (r.count > 0) offset += r.start * strides_[in];
            out.shape_[kept] = r.count;
            out.strides_[kept] = strides_[in] * r.step;
            ++in;
            ++kept;
        } else if constexpr (std::is_same_v<Item, all_t>) {
            out.shape_[kept] = shape_[in];
            out.strides_[kept] = strides_[in];
            ++in;
            ++kept;
        } else if constexpr (std::is_same_v<Item, newaxis_t>) {
            out.shape_[kept] = 1;
            out.strides_[kept] = 0;
            ++kept;
        } else {
            static_assert(detail::dependent_false_v<Item>, "py::ndarray::view: items are integers, py::slice, py::all or py::newaxis");
        }
    }

    std::shared_ptr<void> owner_;
    T* data_ = nullptr;
    shape_type shape_{};
    shape_type strides_{};
};

// len(a): the length of axis 0.
template <class T, std::size_t N>
std::int64_t len(const ndarray<T, N>& a) noexcept {
    return a.shape()[0];
}

// bool(a) / `if a:`: the element of a one-element array; False for an empty array (NumPy 1.24
// still allows that, with a DeprecationWarning); ambiguous otherwise.
template <class T, std::size_t N>
bool truthy(const ndarray<T, N>& a) {
    const std::int64_t n = a.size();
    if (n == 1) return *a.data() != T(0);
    if (n == 0) return false;
    throw ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
}

namespace np::detail {

// Calls f(element&) for every element of `a` in C order (any strides): the loop of the runtime's
// functions that map an array element by element into a new C-ordered one.
template <class T, std::size_t N, class F>
void for_each_element(const ndarray<T, N>& a, F&& f) {
    std::array<std::int64_t, N> index{};
    const std::int64_t total = a.size();
    for (std::int64_t flat = 0; flat < total; ++flat) {
        std::int64_t offset = 0;
        for (std::size_t k = 0; k < N; ++k) offset += index[k] * a.strides()[k];
        f(a.data()[offset]);
        for (std::size_t k = N; k-- > 0;) {
            if (++index[k] < a.shape()[k]) break;
            index[k] = 0;
        }
    }
}

}  // namespace np::detail

}  // namespace py

#include "py2cpp/array_expr.hpp"
