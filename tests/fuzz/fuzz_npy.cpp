// libFuzzer harness (e): the runtime's .npy reader (runtime/py2cpp/npy_format.hpp, npy.hpp) on
// arbitrary bytes.
//
// Properties checked, for every input:
//   - py::npy::read either returns a Blob or throws py::Exception (ValueError for a malformed or
//     unsupported file, OSError-named FileError); nothing else escapes, nothing crashes;
//   - a Blob's byte count is exactly size() * itemsize of its descr;
//   - read_header and matches agree with read;
//   - for ranks 1 and 2, from_blob<T, N> for the file's own dtype yields an array of the file's
//     shape whose elements survive save -> load unchanged (bit for bit, Fortran order included),
//     and from_blob with another dtype is rejected with py::ValueError.
// The inputs go through scratch files because the reader takes a path.
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_support.hpp"
#include "py2cpp/npy.hpp"

namespace {
py2cpp_fuzz::ScratchFile* in_file = nullptr;
py2cpp_fuzz::ScratchFile* out_file = nullptr;

template <class T>
bool same_bits(const T& a, const T& b) {
    return std::memcmp(&a, &b, sizeof(T)) == 0;
}

template <class T, std::size_t N>
void round_trip(const py::npy::Blob& blob, const std::string& path) {
    const py::ndarray<T, N> a = py::npy::from_blob<T, N>(blob, path);
    for (std::size_t k = 0; k < N; ++k)
        if (a.shape()[k] != blob.shape[k]) __builtin_trap();
    py::npy::save(out_file->path(), a);
    const py::ndarray<T, N> b = py::npy::load<T, N>(out_file->path());
    if (b.shape() != a.shape()) __builtin_trap();
    if constexpr (N == 1) {
        for (std::int64_t i = 0; i < a.shape()[0]; ++i)
            if (!same_bits(a.at(i), b.at(i))) __builtin_trap();
    } else {
        for (std::int64_t i = 0; i < a.shape()[0]; ++i)
            for (std::int64_t j = 0; j < a.shape()[1]; ++j)
                if (!same_bits(a.at(i, j), b.at(i, j))) __builtin_trap();
    }
    // Another dtype of the same rank must be refused, not reinterpreted.
    using Other = std::conditional_t<std::is_same_v<T, double>, std::int64_t, double>;
    try {
        (void)py::npy::from_blob<Other, N>(blob, path);
        __builtin_trap();
    } catch (const py::ValueError&) {
    }
}

template <class T>
void check_typed(const py::npy::Blob& blob, const std::string& path) {
    if (blob.descr != py::npy::descr_of<T>()) return;
    try {
        if (blob.rank() == 1) round_trip<T, 1>(blob, path);
        if (blob.rank() == 2) round_trip<T, 2>(blob, path);
    } catch (const py::ValueError&) {
        // Only bool files may be refused here (bytes other than 0/1).
        if constexpr (!std::is_same_v<T, bool>) throw;
    }
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static py2cpp_fuzz::ScratchFile in("-in.npy"), out("-out.npy");
    in_file = &in;
    out_file = &out;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string& path = in_file->write(data, size);
    py::npy::Blob blob;
    try {
        blob = py::npy::read(path);
    } catch (const py::Exception&) {
        if (py::npy::matches(path, "<f8", 1)) __builtin_trap();  // the probe must agree
        return 0;
    }
    const py::npy::Header header = py::npy::read_header(path);
    if (header.descr != blob.descr || header.shape != blob.shape) __builtin_trap();
    if (!py::npy::matches(path, blob.descr, blob.shape.size())) __builtin_trap();
    const std::size_t itemsize = py::npy::detail::find_dtype(blob.descr)->itemsize;
    if (blob.nbytes != static_cast<std::size_t>(blob.size()) * itemsize) __builtin_trap();
    check_typed<double>(blob, path);
    check_typed<float>(blob, path);
    check_typed<std::int64_t>(blob, path);
    check_typed<std::int32_t>(blob, path);
    check_typed<std::uint32_t>(blob, path);
    check_typed<bool>(blob, path);
    return 0;
}
