// py2cpp runtime: Python's slice objects, both the `a[1:n]` syntax (a.view(py::slice{.start = 1,
// .stop = n})) and slice() values, with their str()/repr().
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "py2cpp/none.hpp"

namespace py {

// Python's slice object for basic indexing: a[1:] -> a.view(py::slice{.start = 1}).
// The default member initializers keep GCC's -Wmissing-field-initializers quiet for the
// designated initializers the emitter writes (slice{.start = 1} omits stop and step).
struct slice {
    std::optional<std::int64_t> start = std::nullopt;
    std::optional<std::int64_t> stop = std::nullopt;
    std::optional<std::int64_t> step = std::nullopt;
};

// Python's slice(stop) and slice(start, stop, step) as values (`block = slice(i, i + n)`, then
// a[block]); None leaves a bound open. Integer bounds only: NumPy rejects others when indexing.
inline std::optional<std::int64_t> slice_bound(std::int64_t bound) { return bound; }
inline std::optional<std::int64_t> slice_bound(NoneType) { return std::nullopt; }
template <class Stop>
slice make_slice(Stop stop) {
    return slice{.stop = slice_bound(stop)};
}
template <class Start, class Stop, class Step>
slice make_slice(Start start, Stop stop, Step step) {
    return slice{.start = slice_bound(start), .stop = slice_bound(stop), .step = slice_bound(step)};
}

// str(s) and repr(s) as Python writes them: slice(1, None, None). Found by argument-dependent
// lookup from print() and from tuple repr.
inline void append_str(std::string& out, const slice& s) {
    const auto bound = [&out](const std::optional<std::int64_t>& b) { out += b ? std::to_string(*b) : "None"; };
    out += "slice(";
    bound(s.start);
    out += ", ";
    bound(s.stop);
    out += ", ";
    bound(s.step);
    out += ')';
}
inline void append_repr(std::string& out, const slice& s) { append_str(out, s); }
inline std::string str(const slice& s) {
    std::string out;
    append_str(out, s);
    return out;
}
inline std::string repr(const slice& s) { return str(s); }

}  // namespace py
