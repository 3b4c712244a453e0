// The whole compiler in one place: parse -> analyse -> infer -> IR passes -> emit, then build and run.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "emit/project_writer.hpp"

namespace py2cpp {

struct TranspileOptions {
    std::string input;
    std::vector<std::string> signatures;  // --sig
    std::vector<std::string> extra_mappings;  // --mappings
    // --python-module: also a CPython extension module, built for this interpreter (empty: none).
    std::string python_module_for;
    std::string dump_ir_after;  // --after: the IR pass after which ir_json is taken (empty: the last)
    bool verify_each = false;  // verify the IR after every pass (PY2CPP_VERIFY_EACH, the tests)
    // --emit ir: fill TranspileResult::ir_json (skipped otherwise: on large inputs the JSON costs
    // a quarter of the time and most of the memory).
    bool want_ir_json = false;
    // --line-directives: `#line N "FILE.py"` before each statement's C++, so compiler messages,
    // debuggers and profilers (and `py2cpp annotate`) point at the Python source.
    bool line_directives = false;
};

struct TranspileResult {
    std::optional<GeneratedProject> project;  // absent when there were errors
    std::string ir_json;
    std::string diagnostics;  // rendered errors and warnings
};

TranspileResult transpile(const TranspileOptions& options);

namespace ir { struct Module; }

// One IR pass: a named function over the module. `run` is null for "infer", the stage that
// creates the IR (listed so its output can be printed like any pass's).
struct IrPass {
    std::string_view name;
    std::string_view purpose;
    void (*run)(ir::Module&);
};

// Every IR pass in the order transpile() runs them (`py2cpp transpile --list-passes`).
const std::vector<IrPass>& ir_passes();

// Runs CMake for a generated project directory; returns the built executable's path. `cxx_flags`
// are added to the compile flags (the test suite's sanitizer run uses them). `target` is "host"
// (build in OUT/build with the system compiler) or the name of a cross target, whose toolchain
// file is cmake/toolchain-<target>.cmake in py2cpp's home (build in OUT/build-<target>; a static
// executable). An unknown target or a missing cross compiler is a ToolError with a hint.
// Builds are serialised per build tree (flock), and a build that did not finish is redone from a
// fresh configure: OUT/build/.py2cpp-build-complete is written only after success, with the
// program's size and hash.
std::string build_project(const std::string& out_dir, const std::string& cxx_flags, const std::string& target = "host");

// The program of a finished build whose stamp matches the program on disk, or "" (not built,
// interrupted, or the program changed since).
std::string built_program(const std::string& out_dir, const std::string& target = "host");

// "host" and the cross targets that have a toolchain file, sorted.
std::vector<std::string> build_targets();

// Where the tool finds its mapping tables and runtime (PY2CPP_HOME, or beside the executable).
std::string mappings_dir();
std::string runtime_dir();
std::string validate_script();  // the validation harness (Python, needs NumPy)

// Throws a ToolError with a hint when `python` lacks what an extension module is built with:
// Python's headers (Python.h) or NumPy's C API headers.
void check_python_module_prerequisites(const std::string& python);

}  // namespace py2cpp
