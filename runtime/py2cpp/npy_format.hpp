// py2cpp runtime: the .npy file format, byte level (no arrays, no Eigen).
//
// A strict reader and a writer of NumPy's .npy format (numpy/lib/format.py), versions 1.0, 2.0 and
// 3.0. The reader accepts exactly what NumPy writes for the dtypes the runtime supports and rejects
// everything else with a py::ValueError naming the file and the problem -- it never guesses:
//
//   magic "\x93NUMPY", version byte pair (1,0) (2,0) or (3,0), header length (uint16 LE for 1.0,
//   uint32 LE otherwise), header = a Python dict literal with exactly the keys 'descr' (str),
//   'fortran_order' (True/False) and 'shape' (tuple of non-negative ints), padded with spaces and
//   ending with '\n'; then exactly prod(shape) * itemsize bytes of little-endian data.
//
// Supported descrs: '<f8' '<f4' '<i8' '<i4' '<u4' '|b1'. Files that cannot be opened or read raise
// py::npy::FileError, whose Python name is OSError.
//
// The writer produces version 1.0 in C order, byte-identical to np.save (same header text, same
// growth padding, header padded to a multiple of 64 bytes), from any strided source.
//
// The typed layer (py::ndarray load/save) is in npy.hpp; this header stays free of Eigen so the
// scalar-only parts of generated drivers (result_writer.hpp) can use it.
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "py2cpp/exceptions.hpp"

// Data is read and written as the host's bytes; .npy files here are little-endian.
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "py2cpp's .npy support assumes a little-endian target"
#endif

namespace py::npy {

// A file that cannot be opened, read or written; Python reports these as OSError.
class FileError : public Exception {
public:
    explicit FileError(const std::string& message) : Exception(message) {}
    const char* type_name() const noexcept override { return "OSError"; }
};

// The parsed header of a .npy file.
struct Header {
    std::string descr;                // e.g. "<f8"
    bool fortran_order = false;
    std::vector<std::int64_t> shape;  // empty for a 0-d array
    std::size_t data_offset = 0;      // where the data starts in the file
};

// A whole .npy file: its header and its data bytes (exactly prod(shape) * itemsize of them, in the
// file's order). `bytes` comes from operator new[] so it is aligned for every supported dtype.
struct Blob {
    std::string descr;
    bool fortran_order = false;
    std::vector<std::int64_t> shape;
    std::shared_ptr<unsigned char[]> bytes;
    std::size_t nbytes = 0;

    std::int64_t size() const {  // number of elements
        std::int64_t n = 1;
        for (std::int64_t d : shape) n *= d;
        return n;
    }
    int rank() const { return static_cast<int>(shape.size()); }
};

namespace detail {

// One supported element type: its descr, NumPy name and size in bytes.
struct DtypeInfo {
    const char* descr;
    const char* name;
    std::size_t itemsize;
};

inline constexpr DtypeInfo kSupportedDtypes[] = {
    {"<f8", "float64", 8}, {"<f4", "float32", 4}, {"<i8", "int64", 8},
    {"<i4", "int32", 4},   {"<u4", "uint32", 4},  {"|b1", "bool", 1},
};

inline const DtypeInfo* find_dtype(std::string_view descr) {
    for (const DtypeInfo& d : kSupportedDtypes)
        if (descr == d.descr) return &d;
    return nullptr;
}

inline std::string supported_list() {
    std::string out;
    for (const DtypeInfo& d : kSupportedDtypes) {
        if (!out.empty()) out += ", ";
        out += std::string(d.name) + " '" + d.descr + "'";
    }
    return out;
}

[[noreturn]] inline void fail(const std::string& path, const std::string& problem) {
    throw ValueError(path + ": " + problem);
}

// Why `descr` is not supported, in words (empty when it is supported).
inline std::string descr_problem(std::string_view descr) {
    if (find_dtype(descr)) return {};
    const std::string quoted = "'" + std::string(descr) + "'";
    if (descr == "|u1") return "dtype uint8 ('|u1') is not supported (supported: " + supported_list() + ")";
    if (!descr.empty() && descr[0] == '>')
        return "big-endian data (" + quoted + ") is not supported; save it little-endian, e.g. a.astype('<" +
               std::string(descr.substr(1)) + "')";
    if (descr.find('O') != std::string_view::npos) return "object arrays (" + quoted + ") cannot be loaded";
    return "unsupported dtype " + quoted + " (supported: " + supported_list() + ")";
}

// Python's repr of a shape tuple: (), (3,), (2, 3).
inline std::string shape_repr(const std::vector<std::int64_t>& shape) {
    std::string out = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(shape[i]);
    }
    if (shape.size() == 1) out += ",";
    return out + ")";
}

// ---- header dict parser ------------------------------------------------------------------------
// A recursive-descent parser for the one dict literal NumPy writes. Python syntax: single- or
// double-quoted strings without escapes, True/False, tuples of decimal ints ((), (3,), (2, 3)),
// optional trailing commas, spaces between tokens.
class HeaderParser {
public:
    HeaderParser(std::string_view text, const std::string& path) : text_(text), path_(path) {}

    Header parse() {
        Header h;
        bool seen_descr = false, seen_order = false, seen_shape = false;
        expect('{');
        while (true) {
            skip_space();
            if (peek() == '}') break;
            const std::string key = parse_string("a dict key");
            skip_space();
            expect(':');
            skip_space();
            if (key == "descr") {
                mark_seen(seen_descr, key);
                if (peek() == '[') bad("structured dtypes (a list as 'descr') are not supported");
                h.descr = parse_string("the 'descr' string");
            } else if (key == "fortran_order") {
                mark_seen(seen_order, key);
                h.fortran_order = parse_bool();
            } else if (key == "shape") {
                mark_seen(seen_shape, key);
                h.shape = parse_shape();
            } else {
                bad("unexpected key '" + key + "' in the header (only 'descr', 'fortran_order', 'shape' are allowed)");
            }
            skip_space();
            if (peek() == ',') { ++pos_; continue; }
            if (peek() != '}') bad_token("',' or '}'");
        }
        ++pos_;  // '}'
        require_key(seen_descr, "descr");
        require_key(seen_order, "fortran_order");
        require_key(seen_shape, "shape");
        skip_space();
        if (pos_ != text_.size()) bad("unexpected text after the header dict");
        return h;
    }

private:
    std::string_view text_;
    const std::string& path_;
    std::size_t pos_ = 0;

    [[noreturn]] void bad(const std::string& problem) const { fail(path_, "malformed header: " + problem); }
    [[noreturn]] void bad_token(const std::string& expected) const {
        if (pos_ >= text_.size()) bad("expected " + expected + ", found the end of the header");
        bad("expected " + expected + " at header offset " + std::to_string(pos_) + ", found '" + text_[pos_] + "'");
    }
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\t' || text_[pos_] == '\r'))
            ++pos_;
    }
    void expect(char c) {
        if (peek() != c) bad_token(std::string("'") + c + "'");
        ++pos_;
    }
    void mark_seen(bool& seen, const std::string& key) const {
        if (seen) bad("duplicate key '" + key + "'");
        seen = true;
    }
    void require_key(bool seen, const char* key) const {
        if (!seen) bad(std::string("the header has no '") + key + "' key");
    }

    std::string parse_string(const char* what) {
        const char quote = peek();
        if (quote != '\'' && quote != '"') bad_token(what);
        const std::size_t start = ++pos_;
        while (pos_ < text_.size() && text_[pos_] != quote) {
            if (text_[pos_] == '\\') bad("escape sequences in strings are not supported");
            ++pos_;
        }
        if (pos_ >= text_.size()) bad("unterminated string");
        return std::string(text_.substr(start, pos_++ - start));
    }

    bool parse_bool() {
        if (text_.substr(pos_, 4) == "True") { pos_ += 4; return true; }
        if (text_.substr(pos_, 5) == "False") { pos_ += 5; return false; }
        bad_token("True or False for 'fortran_order'");
    }

    std::int64_t parse_int() {
        if (peek() < '0' || peek() > '9') bad_token("a non-negative integer in 'shape'");
        if (peek() == '0' && pos_ + 1 < text_.size() && text_[pos_ + 1] >= '0' && text_[pos_ + 1] <= '9')
            bad("integers with leading zeros are not valid Python");
        std::int64_t value = 0;
        while (peek() >= '0' && peek() <= '9') {
            const int digit = text_[pos_++] - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) bad("a dimension in 'shape' is too large");
            value = value * 10 + digit;
        }
        return value;
    }

    // (), (n,), (n, m), (n, m,) -- a parenthesised int without a comma is not a tuple.
    std::vector<std::int64_t> parse_shape() {
        std::vector<std::int64_t> shape;
        expect('(');
        skip_space();
        bool trailing_comma = false;
        while (peek() != ')') {
            shape.push_back(parse_int());
            skip_space();
            trailing_comma = peek() == ',';
            if (trailing_comma) {
                ++pos_;
                skip_space();
            } else if (peek() != ')') {
                bad_token("',' or ')' in 'shape'");
            }
        }
        ++pos_;
        if (shape.size() == 1 && !trailing_comma) bad("'shape' must be a tuple: write (n,), not (n)");
        return shape;
    }
};

inline std::uint32_t read_le(const unsigned char* p, int nbytes) {
    std::uint32_t v = 0;
    for (int i = nbytes - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

// Bytes of data the header announces, or an error when the count overflows.
inline std::size_t data_bytes(const Header& h, const std::string& path) {
    const std::size_t itemsize = find_dtype(h.descr)->itemsize;
    std::size_t total = itemsize;
    for (std::int64_t d : h.shape) {
        const auto n = static_cast<std::size_t>(d);
        if (n != 0 && total > std::numeric_limits<std::size_t>::max() / n)
            fail(path, "shape " + shape_repr(h.shape) + " is too large");
        total *= n;
    }
    return total;
}

inline std::ifstream open_for_reading(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path + ": cannot open file: " + std::strerror(errno));
    return in;
}

inline std::uint64_t file_size(std::ifstream& in, const std::string& path) {
    in.seekg(0, std::ios::end);
    const std::streamoff end = in.tellg();
    if (end < 0) throw FileError(path + ": cannot determine the file size");
    in.seekg(0, std::ios::beg);
    return static_cast<std::uint64_t>(end);
}

// Reads exactly n bytes or reports the file as truncated.
inline void read_exact(std::ifstream& in, void* out, std::size_t n, const std::string& path, const char* what) {
    in.read(static_cast<char*>(out), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in.gcount()) != n) fail(path, std::string("truncated file (in the ") + what + ")");
}

// Parses the preamble and header of an open file, checks the descr and that the data that follows
// has exactly the announced size.
inline Header read_header_from(std::ifstream& in, const std::string& path) {
    const std::uint64_t size = file_size(in, path);
    unsigned char preamble[12];
    in.read(reinterpret_cast<char*>(preamble), 8);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (std::memcmp(preamble, "\x93NUMPY", got < 6 ? got : 6) != 0) fail(path, "not a .npy file (bad magic string)");
    if (got < 8) fail(path, "truncated file (in the magic string and version)");
    const int major = preamble[6], minor = preamble[7];
    if (!((major == 1 || major == 2 || major == 3) && minor == 0))
        fail(path, "unsupported .npy format version " + std::to_string(major) + "." + std::to_string(minor) +
                       " (supported: 1.0, 2.0, 3.0)");
    const int length_bytes = major == 1 ? 2 : 4;
    read_exact(in, preamble + 8, static_cast<std::size_t>(length_bytes), path, "header length");
    const std::uint32_t header_length = read_le(preamble + 8, length_bytes);
    const std::size_t offset = 8 + static_cast<std::size_t>(length_bytes) + header_length;
    if (offset > size) fail(path, "truncated file (the header is cut short)");
    std::string text(header_length, '\0');
    read_exact(in, text.data(), header_length, path, "header");
    for (unsigned char c : text)
        if (c >= 0x80) fail(path, "malformed header: non-ASCII character");
    if (text.empty() || text.back() != '\n') fail(path, "malformed header: it does not end with a newline");

    Header h = HeaderParser(text, path).parse();
    h.data_offset = offset;
    if (const std::string problem = descr_problem(h.descr); !problem.empty()) fail(path, problem);
    const std::size_t expected = data_bytes(h, path);
    const std::uint64_t found = size - offset;
    if (found < expected)
        fail(path, "truncated file: shape " + shape_repr(h.shape) + " needs " + std::to_string(expected) +
                       " data bytes, the file has " + std::to_string(found));
    if (found > expected)
        fail(path, std::to_string(found - expected) + " unexpected bytes after the data of shape " + shape_repr(h.shape));
    return h;
}

// The .npy header text np.save writes (version 1.0), '\n' and padding included.
inline std::string header_text(const std::string& descr, bool fortran_order, const std::vector<std::int64_t>& shape) {
    std::string text = "{'descr': '" + descr + "', 'fortran_order': " + (fortran_order ? "True" : "False") +
                       ", 'shape': " + shape_repr(shape) + ", }";
    // NumPy leaves room for the growth axis to be rewritten in place (GROWTH_AXIS_MAX_DIGITS = 21).
    if (!shape.empty()) {
        const std::size_t digits = std::to_string(fortran_order ? shape.back() : shape.front()).size();
        text.append(21 - digits, ' ');
    }
    const std::size_t unpadded = 6 + 2 + 2 + text.size() + 1;  // magic, version, length, text, '\n'
    text.append((64 - unpadded % 64) % 64, ' ');
    text += '\n';
    return text;
}

// Writes `shape` elements of `itemsize` bytes from a strided source in C order, through a buffer.
class StridedWriter {
public:
    StridedWriter(std::ofstream& out, std::size_t itemsize) : out_(out), itemsize_(itemsize) { buffer_.reserve(kChunk); }

    void write(const unsigned char* data, const std::vector<std::int64_t>& shape, const std::vector<std::int64_t>& strides,
               std::size_t axis) {
        if (axis == shape.size()) {
            buffer_.insert(buffer_.end(), data, data + itemsize_);
            if (buffer_.size() >= kChunk) flush();
            return;
        }
        for (std::int64_t i = 0; i < shape[axis]; ++i) write(data + i * strides[axis], shape, strides, axis + 1);
    }
    void flush() {
        out_.write(reinterpret_cast<const char*>(buffer_.data()), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t kChunk = 1 << 16;
    std::ofstream& out_;
    std::size_t itemsize_;
    std::vector<unsigned char> buffer_;
};

inline bool is_c_contiguous(const std::vector<std::int64_t>& shape, const std::vector<std::int64_t>& strides,
                            std::size_t itemsize) {
    auto expected = static_cast<std::int64_t>(itemsize);
    for (std::size_t k = shape.size(); k-- > 0;) {
        if (shape[k] == 0) return true;
        if (shape[k] != 1 && strides[k] != expected) return false;
        expected *= shape[k];
    }
    return true;
}

}  // namespace detail

// The descr of a C++ element type: descr_of<double>() == "<f8" (compile error for other types).
template <class T>
constexpr const char* descr_of() {
    if constexpr (std::is_same_v<T, double>) return "<f8";
    else if constexpr (std::is_same_v<T, float>) return "<f4";
    else if constexpr (std::is_same_v<T, std::int64_t>) return "<i8";
    else if constexpr (std::is_same_v<T, std::int32_t>) return "<i4";
    else if constexpr (std::is_same_v<T, std::uint32_t>) return "<u4";
    else if constexpr (std::is_same_v<T, bool>) return "|b1";
    else static_assert(sizeof(T) == 0, "py::npy: unsupported element type");
}

// The NumPy dtype name of a supported descr ("<f8" -> "float64"), or the descr itself.
inline std::string dtype_name(const std::string& descr) {
    const detail::DtypeInfo* d = detail::find_dtype(descr);
    return d ? d->name : descr;
}

// Reads and validates the header of a .npy file (including that the data size matches), without
// reading the data. Throws py::ValueError / FileError on any problem.
inline Header read_header(const std::string& path) {
    std::ifstream in = detail::open_for_reading(path);
    return detail::read_header_from(in, path);
}

// Reads a whole .npy file. Throws py::ValueError / FileError on any problem.
inline Blob read(const std::string& path) {
    std::ifstream in = detail::open_for_reading(path);
    Header h = detail::read_header_from(in, path);
    Blob blob;
    blob.nbytes = detail::data_bytes(h, path);
    blob.bytes = std::shared_ptr<unsigned char[]>(new unsigned char[blob.nbytes == 0 ? 1 : blob.nbytes]);
    detail::read_exact(in, blob.bytes.get(), blob.nbytes, path, "data");
    blob.descr = std::move(h.descr);
    blob.fortran_order = h.fortran_order;
    blob.shape = std::move(h.shape);
    return blob;
}

// Writes a version 1.0 .npy file in C order. `strides_in_bytes` gives the source layout (any sign);
// an empty vector means C-contiguous. Throws py::ValueError for an unsupported descr or a bad
// stride count, FileError when the file cannot be written.
inline void write(const std::string& path, const std::string& descr, const std::vector<std::int64_t>& shape,
                  const void* data, const std::vector<std::int64_t>& strides_in_bytes = {}) {
    const detail::DtypeInfo* dtype = detail::find_dtype(descr);
    if (!dtype) detail::fail(path, detail::descr_problem(descr));
    if (!strides_in_bytes.empty() && strides_in_bytes.size() != shape.size())
        detail::fail(path, "cannot write: " + std::to_string(strides_in_bytes.size()) + " strides for " +
                               std::to_string(shape.size()) + " dimensions");
    for (std::int64_t d : shape)
        if (d < 0) detail::fail(path, "cannot write: negative dimension in shape " + detail::shape_repr(shape));

    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw FileError(path + ": cannot open file for writing: " + std::strerror(errno));
    const std::string text = detail::header_text(descr, false, shape);
    if (text.size() > 0xffff) detail::fail(path, "cannot write: the header does not fit in format version 1.0");
    out.write("\x93NUMPY\x01\x00", 8);
    const char length[2] = {static_cast<char>(text.size() & 0xff), static_cast<char>(text.size() >> 8)};
    out.write(length, 2);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));

    Header h{descr, false, shape, 0};
    const std::size_t nbytes = detail::data_bytes(h, path);
    const auto* bytes = static_cast<const unsigned char*>(data);
    if (strides_in_bytes.empty() || detail::is_c_contiguous(shape, strides_in_bytes, dtype->itemsize)) {
        out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(nbytes));
    } else if (nbytes > 0) {
        detail::StridedWriter writer(out, dtype->itemsize);
        writer.write(bytes, shape, strides_in_bytes, 0);
        writer.flush();
    }
    out.close();
    if (!out) throw FileError(path + ": error while writing the file");
}

}  // namespace py::npy
