// py2cpp runtime: `PROGRAM --check DIR` -- the compiled program checks itself against a reference
// saved by `py2cpp validate --save-reference DIR`, on a machine with no Python (a board with only
// the binary, the reference directory and this mode).
//
// DIR/check.txt is written by validate/py2cpp_harness/reference_store.py (_check_plan); the two
// change together. One directive per line, tokens separated by one space; the trailing free-text
// field of `call`, `arg`, `expect str` and `expect exception` runs to the end of the line with
// \\, \n, \r and \t escaped:
//
//   py2cpp-check 1                          first line: the format and its version
//   # ...                                   comments (and empty lines) are ignored
//   run INDEX FUNCTION                      opens a run; `end` closes it
//   call TEXT                               the call as written in validate.json (for messages)
//   arg TEXT | arg-npy objects/H.npy        the driver's arguments, in order (a file: relative to DIR)
//   expect exception TYPE MESSAGE           the call must raise TYPE (compared without its module) with MESSAGE
//   expect none PATH | expect bool PATH True|False | expect int PATH DECIMAL | expect str PATH TEXT
//   expect float PATH REPR TOLERANCE        TOLERANCE: `rtol R atol A ulp N|-`, or `allowed X` (absolute)
//   expect array PATH objects/H.npy TOLERANCE|exact    (`allowed objects/H.npy`: per element)
//
// PATH names an output as the validation report does: result, result[0], result[1][2].
//
// The comparison is the validation harness's (validate/py2cpp_harness/compare.py): the C++ output
// has the same structure, kinds, dtypes and shapes; ints, bools, strings and int/bool arrays are
// equal; floats that are NaN or infinite are so on both sides; other floats satisfy
// |c - p| <= atol + rtol * |p| (and ulp(c, p) <= N when given), or |c - p| <= allowed.
//
// Prints one PASS/FAIL line per run, then a summary; exit status 0 when every run matches, 1 when
// one does not, 2 when the plan cannot be read (a message naming DIR/check.txt:LINE).
// The content hashes of the object files are not verified here (`py2cpp validate --against DIR`
// does, with Python): an edited object file is compared as it is.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/npy_format.hpp"
#include "py2cpp/result_writer.hpp"
#include "py2cpp/str.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py::check {

// One output of a C++ call, flattened: a scalar (its text and, for floats, its value) or an array
// (its descr, shape and C-order bytes).
struct Leaf {
    std::string path;
    std::string kind;  // none, bool, int, float, str, array
    std::string text;  // bool: True/False, int: decimal, float: repr, str: the string
    double number = 0.0;
    npy::Blob array;  // arrays only, C order
};

namespace detail {

template <class T>
void copy_strided(const T* base, const std::vector<std::int64_t>& shape, const std::vector<std::int64_t>& strides,
                  std::size_t dim, T*& out) {
    if (dim == shape.size()) {
        *out++ = *base;
        return;
    }
    for (std::int64_t i = 0; i < shape[dim]; ++i) copy_strided(base + i * strides[dim], shape, strides, dim + 1, out);
}

// Flattens a result value into leaves, in the order and with the paths of the harness.
template <class V>
void flatten(const V& value, const std::string& path, std::vector<Leaf>& out) {
    Leaf leaf;
    leaf.path = path;
    if constexpr (std::is_same_v<V, bool>) {
        leaf.kind = "bool";
        leaf.text = value ? "True" : "False";
    } else if constexpr (std::is_integral_v<V>) {
        leaf.kind = "int";
        leaf.text = std::to_string(value);
    } else if constexpr (std::is_floating_point_v<V>) {
        leaf.kind = "float";
        leaf.number = static_cast<double>(value);
        leaf.text = py::repr(leaf.number);
    } else if constexpr (std::is_same_v<V, NoneType>) {
        leaf.kind = "none";
    } else if constexpr (std::is_convertible_v<const V&, std::string_view>) {
        leaf.kind = "str";
        leaf.text = std::string(std::string_view(value));
    } else if constexpr (py::detail::is_tuple_v<V>) {
        py::detail::apply_tuple(
            [&](const auto&... items) {
                std::size_t i = 0;
                ((flatten(items, path + "[" + std::to_string(i++) + "]", out)), ...);
            },
            value);
        return;
    } else if constexpr (npy::detail::is_array_like<V>::value) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(value.data())>>;
        leaf.kind = "array";
        leaf.array.descr = npy::descr_of<T>();
        std::vector<std::int64_t> strides;
        for (auto d : value.shape()) leaf.array.shape.push_back(static_cast<std::int64_t>(d));
        for (auto s : value.strides()) strides.push_back(static_cast<std::int64_t>(s));
        const std::size_t n = static_cast<std::size_t>(leaf.array.size());
        leaf.array.nbytes = n * sizeof(T);
        leaf.array.bytes = std::shared_ptr<unsigned char[]>(new unsigned char[leaf.array.nbytes == 0 ? 1 : leaf.array.nbytes]);
        T* cursor = reinterpret_cast<T*>(leaf.array.bytes.get());
        if (n > 0) copy_strided(value.data(), leaf.array.shape, strides, 0, cursor);
    } else {
        static_assert(py::detail::dependent_false_v<V>, "py::check: unsupported result type");
    }
    out.push_back(std::move(leaf));
}

inline std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char c = text[++i];
        out += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
    }
    return out;
}

// Where the element of C-order index `i` lies in a blob's data (its file may be in Fortran order).
inline std::int64_t data_index(const npy::Blob& b, std::int64_t i) {
    if (!b.fortran_order || b.rank() < 2) return i;
    std::int64_t offset = 0, stride = 1, rest = i;
    std::vector<std::int64_t> index(b.shape.size());
    for (std::size_t d = b.shape.size(); d-- > 0;) {
        index[d] = rest % b.shape[d];
        rest /= b.shape[d];
    }
    for (std::size_t d = 0; d < b.shape.size(); ++d) {
        offset += index[d] * stride;
        stride *= b.shape[d];
    }
    return offset;
}

template <class T>
T load(const npy::Blob& b, std::int64_t i) {
    T v;
    std::memcpy(&v, b.bytes.get() + data_index(b, i) * static_cast<std::int64_t>(sizeof v), sizeof v);
    return v;
}

// The element at C-order index `i` of a blob, as double (float, int and bool dtypes).
inline double element(const npy::Blob& b, std::int64_t i) {
    if (b.descr == "<f8") return load<double>(b, i);
    if (b.descr == "<f4") return load<float>(b, i);
    if (b.descr == "<i8") return static_cast<double>(load<std::int64_t>(b, i));
    if (b.descr == "<i4") return load<std::int32_t>(b, i);
    if (b.descr == "<u4") return load<std::uint32_t>(b, i);
    return load<bool>(b, i) ? 1.0 : 0.0;
}

// Exact comparison of int and bool elements of the same dtype (int64 beyond 2**53 too).
inline bool same_element(const npy::Blob& a, const npy::Blob& b, std::int64_t i) {
    if (a.descr == "<i8") return load<std::int64_t>(a, i) == load<std::int64_t>(b, i);
    return element(a, i) == element(b, i);
}

// Units in the last place between two finite floats of the same precision.
inline std::uint64_t ulp_distance(double a, double b, bool single) {
    auto ordered = [](std::int64_t bits) { return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits; };
    std::int64_t x, y;
    if (single) {
        const float fa = static_cast<float>(a), fb = static_cast<float>(b);
        std::int32_t ia, ib;
        std::memcpy(&ia, &fa, 4);
        std::memcpy(&ib, &fb, 4);
        x = ia < 0 ? std::numeric_limits<std::int32_t>::min() - static_cast<std::int64_t>(ia) : ia;
        y = ib < 0 ? std::numeric_limits<std::int32_t>::min() - static_cast<std::int64_t>(ib) : ib;
    } else {
        std::memcpy(&x, &a, 8);
        std::memcpy(&y, &b, 8);
        x = ordered(x);
        y = ordered(y);
    }
    return x > y ? static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(y)
                 : static_cast<std::uint64_t>(y) - static_cast<std::uint64_t>(x);
}

struct Tolerance {
    double rtol = 0.0, atol = 0.0;
    long long max_ulp = -1;       // -1: none
    bool per_element = false;      // `allowed`
    double allowed = 0.0;          // scalar `allowed X`
    npy::Blob allowed_array;       // `allowed objects/H.npy`
    bool exact = false;
};

// Whether C++ value c matches Python value p at element i under t.
inline bool close(double c, double p, const Tolerance& t, std::int64_t i, bool single) {
    if (std::isnan(c) || std::isnan(p)) return std::isnan(c) && std::isnan(p);
    if (std::isinf(c) || std::isinf(p)) return c == p;
    const double err = std::fabs(c - p);
    if (t.per_element) return err <= (t.allowed_array.nbytes ? element(t.allowed_array, i) : t.allowed);
    if (!(err <= t.atol + t.rtol * std::fabs(p))) return false;
    return t.max_ulp < 0 || ulp_distance(c, p, single) <= static_cast<std::uint64_t>(t.max_ulp);
}

struct Run {
    int line = 0;
    std::string index, function, call;
    std::vector<std::string> args;
    std::vector<std::vector<std::string>> expects;  // tokens; the free text of str/exception last
};

class PlanError : public std::exception {
public:
    explicit PlanError(std::string text) : text_(std::move(text)) {}
    const char* what() const noexcept override { return text_.c_str(); }

private:
    std::string text_;
};

// Splits `n` space-separated tokens off `line`; with `rest`, the remainder (unescaped) is one more.
inline std::vector<std::string> tokens(std::string_view line, std::size_t n, bool rest) {
    std::vector<std::string> out;
    while (out.size() < n) {
        const std::size_t space = line.find(' ');
        out.emplace_back(line.substr(0, space));
        if (space == std::string_view::npos) {
            line = {};
            if (out.size() < n || rest) return {};
            return out;
        }
        line.remove_prefix(space + 1);
    }
    if (rest) out.push_back(unescape(line));
    else if (!line.empty()) return {};
    return out;
}

inline std::vector<Run> read_plan(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw PlanError(file.string() + ": cannot read the check plan (is DIR a reference saved by --save-reference?)");
    std::vector<Run> runs;
    std::string line;
    int number = 0;
    bool open = false;
    auto fail = [&](const std::string& why) { return PlanError(file.string() + ":" + std::to_string(number) + ": " + why); };
    while (std::getline(in, line)) {
        ++number;
        if (number == 1) {
            if (line != "py2cpp-check 1") throw fail("not a py2cpp check plan of version 1 (first line '" + line + "')");
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        const std::string word = line.substr(0, line.find(' '));
        if (word == "run") {
            auto t = tokens(line, 3, false);
            if (open || t.empty()) throw fail(open ? "'run' inside a run (missing 'end')" : "expected 'run INDEX FUNCTION'");
            runs.push_back({number, t[1], t[2], "", {}, {}});
            open = true;
            continue;
        }
        if (!open) throw fail("'" + word + "' outside a run");
        Run& run = runs.back();
        if (word == "end") {
            open = false;
        } else if (word == "call") {
            run.call = unescape(std::string_view(line).substr(std::min(line.size(), std::size_t{5})));
        } else if (word == "arg") {
            run.args.push_back(unescape(std::string_view(line).substr(std::min(line.size(), std::size_t{4}))));
        } else if (word == "arg-npy") {
            auto t = tokens(line, 2, false);
            if (t.empty()) throw fail("expected 'arg-npy FILE'");
            const std::filesystem::path object = file.parent_path() / t[1];
            if (!std::filesystem::is_regular_file(object)) throw fail("missing object file " + t[1] + " (the reference is incomplete)");
            run.args.push_back(object.string());
        } else if (word == "expect") {
            auto kind = tokens(line, 2, true);
            if (kind.size() < 2) throw fail("expected 'expect KIND ...'");
            const std::string& k = kind[1];
            std::vector<std::string> t;
            if (k == "exception") t = tokens(line, 3, true);
            else if (k == "str") t = tokens(line, 3, true);
            else if (k == "none") t = tokens(line, 3, false);
            else if (k == "bool" || k == "int") t = tokens(line, 4, false);
            else if (k == "float" || k == "array") {
                t = tokens(line, 4, true);
                if (t.size() == 5) {  // split the tolerance words
                    auto more = tokens(t[4], t[4].rfind("rtol", 0) == 0 ? 6 : t[4] == "exact" ? 1 : 2, false);
                    if (more.empty()) throw fail("malformed tolerance '" + t[4] + "'");
                    t.pop_back();
                    t.insert(t.end(), more.begin(), more.end());
                }
            } else {
                throw fail("unknown expectation '" + k + "'");
            }
            if (t.empty()) throw fail("malformed 'expect " + k + "' line");
            run.expects.push_back(std::move(t));
        } else {
            throw fail("unknown directive '" + word + "'");
        }
    }
    if (number == 0) throw PlanError(file.string() + ": empty check plan");
    if (open) throw fail("the last run has no 'end'");
    return runs;
}

inline double parse_double(const std::string& text, const std::string& where) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') throw PlanError(where + ": not a number: '" + text + "'");
    return v;
}

inline Tolerance parse_tolerance(const std::vector<std::string>& t, std::size_t from, const std::filesystem::path& dir,
                                 const std::string& where) {
    Tolerance tol;
    if (t.size() > from && t[from] == "exact") {
        tol.exact = true;
    } else if (t.size() == from + 2 && t[from] == "allowed") {
        tol.per_element = true;
        if (t[from + 1].rfind("objects/", 0) == 0) tol.allowed_array = npy::read((dir / t[from + 1]).string());
        else tol.allowed = parse_double(t[from + 1], where);
    } else if (t.size() == from + 6 && t[from] == "rtol" && t[from + 2] == "atol" && t[from + 4] == "ulp") {
        tol.rtol = parse_double(t[from + 1], where);
        tol.atol = parse_double(t[from + 3], where);
        tol.max_ulp = t[from + 5] == "-" ? -1 : static_cast<long long>(parse_double(t[from + 5], where));
    } else {
        throw PlanError(where + ": malformed tolerance");
    }
    return tol;
}

inline std::string short_type(const std::string& name) { return name.substr(name.rfind('.') + 1); }

// Compares one expectation with the C++ output of the same path; empty when they match.
inline std::string compare(const std::vector<std::string>& e, const Leaf& leaf, const std::filesystem::path& dir,
                           const std::string& where) {
    const std::string& kind = e[1];
    if (leaf.kind != kind) return "Python returned " + kind + ", C++ returned " + leaf.kind;
    if (kind == "none") return {};
    if (kind == "bool" || kind == "int" || kind == "str")
        return leaf.text == e[3] ? std::string() : "Python " + py::repr(e[3]) + ", C++ " + py::repr(leaf.text);
    if (kind == "float") {
        const double p = parse_double(e[3], where);
        const Tolerance t = parse_tolerance(e, 4, dir, where);
        return close(leaf.number, p, t, 0, false) ? std::string() : "Python " + e[3] + ", C++ " + leaf.text;
    }
    const npy::Blob expected = npy::read((dir / e[3]).string());
    const Tolerance t = parse_tolerance(e, 4, dir, where);
    const npy::Blob& c = leaf.array;
    if (c.descr != expected.descr)
        return "dtype differs: Python " + npy::dtype_name(expected.descr) + ", C++ " + npy::dtype_name(c.descr);
    if (c.shape != expected.shape)
        return "shape differs: Python " + npy::detail::shape_repr(expected.shape) + ", C++ " + npy::detail::shape_repr(c.shape);
    if (t.per_element && t.allowed_array.nbytes && t.allowed_array.size() != expected.size())
        throw PlanError(where + ": the allowed array's size differs from the output's");
    const bool floating = c.descr == "<f8" || c.descr == "<f4";
    std::int64_t bad = 0, first = -1;
    for (std::int64_t i = 0; i < c.size(); ++i) {
        const bool ok = floating && !t.exact ? close(element(c, i), element(expected, i), t, i, c.descr == "<f4")
                                             : same_element(c, expected, i);
        if (!ok && bad++ == 0) first = i;
    }
    if (bad == 0) return {};
    return std::to_string(bad) + " of " + std::to_string(c.size()) + " elements differ; first at flat index " +
           std::to_string(first) + ": Python " + py::repr(element(expected, first)) + ", C++ " + py::repr(element(c, first));
}

}  // namespace detail

// Runs every run of DIR/check.txt through `call(function, args, leaves)`, which calls the
// exported specialization taking the arguments and flattens its result into `leaves` (false when
// none takes them); see the top of this file.
template <class Call>
int check_reference(const std::string& program, const std::string& dir_text, Call&& call) {
    const std::filesystem::path dir(dir_text);
    std::vector<detail::Run> runs;
    try {
        runs = detail::read_plan(dir / "check.txt");
    } catch (const detail::PlanError& e) {
        std::fprintf(stderr, "%s: error: %s\n", program.c_str(), e.what());
        return 2;
    }
    int failed = 0;
    for (const detail::Run& run : runs) {
        const std::string where = (dir / "check.txt").string() + ":" + std::to_string(run.line);
        std::vector<std::string> problems;
        try {
            std::vector<Leaf> leaves;
            bool raised = false;
            try {
                if (!call(run.function, run.args, leaves))
                    problems.push_back("no exported specialization of " + run.function + " takes these arguments");
            } catch (const py::Exception& e) {
                raised = true;
                const bool expected = !run.expects.empty() && run.expects[0][1] == "exception";
                if (!expected) problems.push_back(std::string("C++ raised ") + e.traceback_name() + ": " + e.message() +
                                                  "; Python returned normally");
                else if (detail::short_type(run.expects[0][2]) != detail::short_type(e.traceback_name()) ||
                         run.expects[0][3] != e.message())
                    problems.push_back("Python raised " + run.expects[0][2] + ": " + run.expects[0][3] + "; C++ raised " +
                                       e.traceback_name() + ": " + e.message());
            }
            if (!raised && problems.empty()) {
                if (!run.expects.empty() && run.expects[0][1] == "exception") {
                    problems.push_back("Python raised " + run.expects[0][2] + ": " + run.expects[0][3] + "; C++ returned normally");
                } else if (leaves.size() != run.expects.size()) {
                    problems.push_back("Python returned " + std::to_string(run.expects.size()) + " output(s), C++ " +
                                       std::to_string(leaves.size()));
                } else {
                    for (std::size_t i = 0; i < leaves.size(); ++i) {
                        if (leaves[i].path != run.expects[i][2]) {
                            problems.push_back("output " + run.expects[i][2] + ": C++ has " + leaves[i].path + " there");
                            continue;
                        }
                        std::string why = detail::compare(run.expects[i], leaves[i], dir, where);
                        if (!why.empty()) problems.push_back(leaves[i].path + ": " + why);
                    }
                }
            }
        } catch (const detail::PlanError& e) {
            std::fprintf(stderr, "%s: error: %s\n", program.c_str(), e.what());
            return 2;
        } catch (const py::Exception& e) {  // an unreadable object file of the reference
            std::fprintf(stderr, "%s: error: %s: %s\n", program.c_str(), where.c_str(), e.message().c_str());
            return 2;
        }
        const std::string label = "run " + run.index + ": " + (run.call.empty() ? run.function : run.call);
        if (problems.empty()) {
            std::printf("PASS %s\n", label.c_str());
        } else {
            ++failed;
            std::printf("FAIL %s\n", label.c_str());
            for (const auto& p : problems) std::printf("    %s\n", p.c_str());
        }
    }
    std::printf("%zu of %zu run(s) match the reference %s\n", runs.size() - static_cast<std::size_t>(failed), runs.size(),
                dir_text.c_str());
    std::fflush(stdout);
    return failed == 0 ? 0 : 1;
}

}  // namespace py::check
