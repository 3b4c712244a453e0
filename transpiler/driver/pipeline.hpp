// The whole compiler in one place: parse -> analyse -> infer -> emit, then build and run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "emit/project_writer.hpp"

namespace py2cpp {

struct TranspileOptions {
    std::string input;
    std::vector<std::string> signatures;  // --sig
    std::vector<std::string> extra_mappings;  // --mappings
    // --python-module: also a CPython extension module, built for this interpreter (empty: none).
    std::string python_module_for;
    bool want_ir_json = false;  // --emit ir: the IR as JSON (skipped otherwise: it costs time and memory)
};

struct TranspileResult {
    std::optional<GeneratedProject> project;  // absent when there were errors
    std::string ir_json;
    std::string diagnostics;  // rendered errors and warnings
};

TranspileResult transpile(const TranspileOptions& options);

// Runs CMake for a generated project directory; returns the built executable's path. `cxx_flags`
// are added to the compile flags (the test suite's sanitizer run uses them). `target` is "host"
// (build in OUT/build with the system compiler) or the name of a cross target, whose toolchain
// file is cmake/toolchain-<target>.cmake in py2cpp's home (build in OUT/build-<target>; a static
// executable). An unknown target or a missing cross compiler is a ToolError with a hint.
std::string build_project(const std::string& out_dir, const std::string& cxx_flags, const std::string& target = "host");

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
