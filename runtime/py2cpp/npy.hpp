// py2cpp runtime: np.load / np.save of .npy files as py::ndarray (docs/ARRAYS.md, "I/O").
//
//   py::npy::load<T, N>(path)   the file's dtype and rank must be exactly T and N, otherwise a
//                               py::ValueError says what was expected and what was found. C-order
//                               data is used in place (zero-copy), Fortran-order data too, as a
//                               view with Fortran strides; data not aligned for T is copied.
//   py::npy::save(path, a)      version 1.0, C order (strided arrays are walked in C order), the
//                               bytes np.save writes for the same array.
//   py::npy::matches(path, descr, rank) / matches<T, N>(path)
//                               non-throwing probe: a readable, well-formed .npy file of that dtype
//                               and rank (used to choose an overload).
//
// The byte-level reader/writer (Blob, read, write, Header, read_header) is npy_format.hpp; this
// header adds the py::ndarray layer and so needs Eigen (through ndarray.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "py2cpp/ndarray.hpp"
#include "py2cpp/npy_format.hpp"

namespace py::npy {

namespace detail {

// "a float64 ('<f8') array of rank 2" for messages.
inline std::string array_words(const std::string& descr, std::size_t rank) {
    const std::string name = dtype_name(descr);
    return (name[0] == 'i' ? "an " : "a ") + name + " ('" + descr + "') array of rank " + std::to_string(rank);
}

template <class T, std::size_t N>
void check_dtype_and_rank(const std::string& path, const std::string& descr, const std::vector<std::int64_t>& shape) {
    if (descr == descr_of<T>() && shape.size() == N) return;
    fail(path, "expected " + array_words(descr_of<T>(), N) + ", found " + array_words(descr, shape.size()) +
                   " with shape " + shape_repr(shape));
}

// NumPy stores bool as one byte 0 or 1; any other byte would be an invalid C++ bool.
inline void check_bool_bytes(const std::string& path, const unsigned char* bytes, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (bytes[i] > 1)
            fail(path, "invalid bool value " + std::to_string(bytes[i]) + " at element " + std::to_string(i));
}

template <std::size_t N>
std::array<std::int64_t, N> layout_strides(const std::array<std::int64_t, N>& shape, bool fortran_order) {
    std::array<std::int64_t, N> strides{};
    std::int64_t step = 1;
    for (std::size_t i = 0; i < N; ++i) {
        const std::size_t k = fortran_order ? i : N - 1 - i;
        strides[k] = step;
        step *= shape[k] > 0 ? shape[k] : 1;
    }
    return strides;
}

}  // namespace detail

// The array held by a Blob already read from `path` (dtype and rank checked, zero-copy when the
// data is aligned for T). Exposed for tests and for callers that read the Blob themselves.
template <class T, std::size_t N>
ndarray<T, N> from_blob(const Blob& blob, const std::string& path) {
    static_assert(sizeof(bool) == 1, "py::npy: bool must be one byte");
    detail::check_dtype_and_rank<T, N>(path, blob.descr, blob.shape);
    if constexpr (std::is_same_v<T, bool>) detail::check_bool_bytes(path, blob.bytes.get(), blob.nbytes);
    typename ndarray<T, N>::shape_type shape{};
    for (std::size_t k = 0; k < N; ++k) shape[k] = blob.shape[k];
    const auto strides = detail::layout_strides(shape, blob.fortran_order);
    if (reinterpret_cast<std::uintptr_t>(blob.bytes.get()) % alignof(T) == 0) {
        std::shared_ptr<void> owner(blob.bytes, blob.bytes.get());
        return ndarray<T, N>::view_of(std::move(owner), reinterpret_cast<T*>(blob.bytes.get()), shape, strides);
    }
    // Misaligned (a foreign buffer): copy into storage of T, keeping the file's layout.
    const std::size_t n = blob.nbytes / sizeof(T);
    std::shared_ptr<T[]> storage(new T[n == 0 ? 1 : n]);
    std::memcpy(storage.get(), blob.bytes.get(), blob.nbytes);
    T* data = storage.get();
    return ndarray<T, N>::view_of(std::shared_ptr<void>(std::move(storage), data), data, shape, strides);
}

// np.load(path) as an ndarray<T, N>; see the top of this file.
template <class T, std::size_t N>
ndarray<T, N> load(const std::string& path) {
    return from_blob<T, N>(read(path), path);
}

// np.save(path, a): version 1.0, C order.
template <class T, std::size_t N>
void save(const std::string& path, const ndarray<T, N>& a) {
    std::vector<std::int64_t> shape(a.shape().begin(), a.shape().end());
    std::vector<std::int64_t> strides;
    for (std::int64_t s : a.strides()) strides.push_back(s * static_cast<std::int64_t>(sizeof(T)));
    write(path, descr_of<T>(), shape, a.data(), strides);
}

// True when `path` is a well-formed .npy file of this descr and rank; never throws.
inline bool matches(const std::string& path, const std::string& descr, std::size_t rank) noexcept {
    try {
        const Header h = read_header(path);
        return h.descr == descr && h.shape.size() == rank;
    } catch (...) {
        return false;
    }
}

template <class T, std::size_t N>
bool matches(const std::string& path) noexcept {
    return matches(path, descr_of<T>(), N);
}

}  // namespace py::npy
