// Command-line arguments of array type for the generated standalone drivers: an argument that
// names a .npy file is loaded as a py::ndarray. Kept apart from cli.hpp so drivers of scalar-only
// modules do not need Eigen; include it (after cli.hpp) in drivers of modules that use arrays.
//
// Overload selection: parse() returns false -- try the next overload -- when the text does not
// end in ".npy" or the file's dtype or rank differ from T, N. A file that is missing, unreadable
// or malformed throws (py::npy::FileError / py::ValueError naming the file): no overload could
// take it, and the message says why. mismatch() describes a refused argument:
// "expected a float64 array of rank 1, got int64 rank 2 from 'x.npy'".
#pragma once

#include <cstddef>
#include <string>

#include "py2cpp/cli.hpp"
#include "py2cpp/npy.hpp"

namespace py::cli {

template <class T, std::size_t N>
bool parse(const std::string& text, py::ndarray<T, N>& out) {
    if (text.size() < 4 || text.compare(text.size() - 4, 4, ".npy") != 0) return false;
    const npy::Header header = npy::read_header(text);
    if (header.descr != npy::descr_of<T>() || header.shape.size() != N) return false;
    out = npy::load<T, N>(text);
    return true;
}

template <class T, std::size_t N>
std::string mismatch(const std::string& text, const py::ndarray<T, N>&) {
    const std::string expected = "expected a " + npy::dtype_name(npy::descr_of<T>()) + " array of rank " + std::to_string(N);
    if (text.size() < 4 || text.compare(text.size() - 4, 4, ".npy") != 0)
        return expected + " (a .npy file), got " + quoted_argument(text);
    const npy::Header header = npy::read_header(text);
    return expected + ", got " + npy::dtype_name(header.descr) + " rank " + std::to_string(header.shape.size()) + " from " +
           quoted_argument(text);
}

}  // namespace py::cli
