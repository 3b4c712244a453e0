#include "emit/project_writer.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <fmt/format.h>

#include "diag/diagnostics.hpp"

namespace py2cpp {
namespace fs = std::filesystem;
namespace {

std::string args_parse_chain(const ir::Function& f) {
    std::vector<std::string> checks;
    for (size_t i = 0; i < f.params.size(); ++i)
        checks.push_back(fmt::format("py::cli::parse(args[{}], a{})", i + 1, i));
    return checks.empty() ? "true" : fmt::format("{}", fmt::join(checks, " && "));
}

// One `if` of the dispatcher: the call of one exported specialization when the name, the number
// of arguments and their parsing (numbers, strings, .npy files for arrays) all fit.
std::string dispatch_case(const ir::Function& f, const std::string& ns) {
    std::string decls, call_args;
    for (size_t i = 0; i < f.params.size(); ++i) {
        decls += fmt::format("        {} a{}{{}};\n", cpp_type(f.params[i].type), i);
        call_args += (i ? ", " : "") + fmt::format("a{}", i);
    }
    const std::string call = fmt::format("{}::{}({})", ns, f.cpp_name, call_args);
    const bool returns = !f.return_type.is(TypeKind::None);
    std::string run = returns ? fmt::format("const auto result = {};", call) : fmt::format("{};", call);
    std::string report = returns ? "result" : "py::None";
    return fmt::format(R"(    if (name == "{0}" && args.size() == {1}) {{
{2}        if ({3}) {{
            const auto start = std::chrono::steady_clock::now();
            {4}
            report_call_time(options, start);
            if (options.npy_out.empty()) {5};
            else py::npy::write_result(options.npy_out, {6});
            return 0;
        }}
    }}
)", f.py_name, f.params.size() + 1, decls, args_parse_chain(f), run,
                       returns ? "py::print(result)" : "(void)0", report);
}

// A driver for modules without a main block: `prog [--npy-out DIR] [--time] FUNCTION ARG...`
// calls the first exported specialization whose parameter types accept the arguments; array
// arguments are .npy files. It prints the result like print(), or with --npy-out writes it as
// .npy files and a manifest (the validation harness reads them, see runtime/py2cpp/result_writer.hpp).
std::string function_driver(const ir::Module& m, const std::string& ns) {
    std::string body;
    std::vector<std::string> usage;
    for (const auto& f : m.functions) {
        if (!f.exported) continue;
        std::vector<std::string> types;
        for (const auto& p : f.params) types.push_back(p.type.to_string());
        usage.push_back(fmt::format("{}({})", f.py_name, fmt::join(types, ", ")));
        body += dispatch_case(f, ns);
    }
    return fmt::format(R"(#include <chrono>
#include <cstdio>
#include <new>
#include <string>
#include <vector>

#include "{0}.hpp"
#include "py2cpp/cli.hpp"{3}
#include "py2cpp/result_writer.hpp"

struct Options {{
    std::string npy_out;  // write the result here as .npy files + result.json instead of printing it
    bool time = false;    // print the call's wall time on stderr
}};

// The call's own time, without reading the inputs and writing the result.
static void report_call_time(const Options& options, std::chrono::steady_clock::time_point start) {{
    if (!options.time && options.npy_out.empty()) return;
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::fprintf(stderr, "py2cpp-call-seconds: %.9f\n", elapsed.count());
}}

// The process's peak resident set (Linux: VmHWM in /proc/self/status, this program's own
// high-water mark; under qemu-user, the emulator's), printed last.
static int report_peak_memory(const Options& options, int status) {{
    if (!options.time && options.npy_out.empty()) return status;
    if (std::FILE* file = std::fopen("/proc/self/status", "r")) {{
        char line[256];
        long kib = 0;
        while (std::fgets(line, sizeof line, file))
            if (std::sscanf(line, "VmHWM: %ld", &kib) == 1) std::fprintf(stderr, "py2cpp-peak-rss-kib: %ld\n", kib);
        std::fclose(file);
    }}
    return status;
}}

// Calls one exported function with arguments from the command line.
static int dispatch(const std::vector<std::string>& args, const Options& options) {{
    const std::string name = args.empty() ? std::string() : args[0];
{1}    std::fputs("usage: {0} [--npy-out DIR] [--time] FUNCTION ARG...\n"
               "  array arguments are .npy files\n"
               "  functions: {2}\n", stderr);
    return 2;
}}

int main(int argc, char** argv) {{
    std::vector<std::string> args(argv + 1, argv + argc);
    Options options;
    while (!args.empty() && (args[0] == "--npy-out" || args[0] == "--time")) {{
        if (args[0] == "--time") {{
            options.time = true;
            args.erase(args.begin());
            continue;
        }}
        if (args.size() < 2) {{
            std::fputs("{0}: --npy-out needs a directory\n", stderr);
            return 2;
        }}
        options.npy_out = args[1];
        args.erase(args.begin(), args.begin() + 2);
    }}
    try {{
        return report_peak_memory(options, dispatch(args, options));
    }} catch (const py::Exception& e) {{
        report_peak_memory(options, 1);
        py::report_uncaught(e);
        return 1;
    }} catch (const std::bad_alloc&) {{
        report_peak_memory(options, 1);
        py::report_out_of_memory();
        return 1;
    }}
}}
)", m.name, body, fmt::join(usage, ", "), module_uses_arrays(m) ? "\n#include \"py2cpp/cli_arrays.hpp\"" : "");
}

std::string main_driver(const ir::Module& m, const std::string& ns) {
    return fmt::format(R"(#include <new>

#include "{0}.hpp"

// Runs the module's top-level code; an uncaught Python exception ends the program as in Python.
int main(int argc, char** argv) {{
    py::sys::set_argv(argc, argv);
    try {{
        {1}::run_main();
    }} catch (const py::Exception& e) {{
        py::report_uncaught(e);
        return 1;
    }} catch (const std::bad_alloc&) {{  // any allocation that failed: Python's MemoryError
        py::report_out_of_memory();
        return 1;
    }}
    return 0;
}}
)", m.name, ns);
}

// Eigen is header-only; arrays need it, scalar-only modules build without it.
std::string cmake_lists(const std::string& module, bool uses_arrays) {
    const std::string eigen = uses_arrays ? R"cmake(
# NumPy arrays are Eigen arrays (header-only; a cross build uses the build machine's headers).
find_package(Eigen3 3.3 REQUIRED NO_MODULE NO_CMAKE_FIND_ROOT_PATH)
target_link_libraries({0}_module PUBLIC Eigen3::Eigen)
# Shapes and indices are 64-bit on every target (Python ints); on 32-bit targets (armhf) Eigen
# gets the same index type instead of its 32-bit default.
if(CMAKE_SIZEOF_VOID_P EQUAL 4)
  target_compile_definitions({0}_module PUBLIC EIGEN_DEFAULT_DENSE_INDEX_TYPE=std::int64_t)
endif()
# Element-wise array expressions of at least 64K elements are split across threads with OpenMP
# when it is available (OMP_NUM_THREADS sets the count; results do not depend on it). Without
# OpenMP, or with -DPY2CPP_OPENMP=OFF, everything runs on one thread.
# Float64 expressions run in SIMD kernels (AVX2 or SSE2, chosen at run time) with glibc's exact
# exp and log results. -DPY2CPP_LIBMVEC=ON computes np.exp/np.log with glibc's vector libmvec
# instead: faster, up to ~3 ulps off rather than bit for bit (SciPy's erf/erfc/ndtr stay exact).
option(PY2CPP_LIBMVEC "np.exp and np.log through glibc's libmvec (a few ulps off)" OFF)
if(PY2CPP_LIBMVEC)
  target_compile_definitions({0}_module PUBLIC PY2CPP_LIBMVEC)
endif()
# Matrix products (np.dot, @, solve) run on Eigen's own kernels; -DPY2CPP_BLAS=ON hands the large
# ones to a BLAS found by CMake (OpenBLAS on Debian) through Eigen's EIGEN_USE_BLAS.
option(PY2CPP_BLAS "Matrix products on a linked BLAS (e.g. OpenBLAS)" OFF)
if(PY2CPP_BLAS)
  find_package(BLAS REQUIRED)
  target_compile_definitions({0}_module PUBLIC EIGEN_USE_BLAS)
  target_link_libraries({0}_module PUBLIC BLAS::BLAS)
endif()
option(PY2CPP_OPENMP "Use OpenMP threads for large element-wise array expressions" ON)
if(PY2CPP_OPENMP)
  find_package(OpenMP COMPONENTS CXX)
  if(OpenMP_CXX_FOUND)
    target_link_libraries({0}_module PUBLIC OpenMP::OpenMP_CXX)
  endif()
endif()
)cmake" : "";
    return fmt::format(R"cmake(# Generated by py2cpp. Builds the module as a library and its standalone program.
cmake_minimum_required(VERSION 3.16)
project({0} CXX)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE Release)
endif()

if(CMAKE_CROSSCOMPILING)
  # Cross builds (py2cpp build --target ..., toolchain files in py2cpp's cmake/) use fmt
  # header-only, from the build machine's headers, seen through a directory that holds nothing
  # else: the build machine's /usr/include also holds its C library's headers, which must not
  # shadow the target's.
  find_path(PY2CPP_FMT_INCLUDE fmt/format.h PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH)
  if(NOT PY2CPP_FMT_INCLUDE)
    message(FATAL_ERROR "fmt's headers (fmt/format.h) not found; on Debian: apt-get install libfmt-dev")
  endif()
  file(MAKE_DIRECTORY ${{CMAKE_BINARY_DIR}}/fmt-include)
  file(CREATE_LINK ${{PY2CPP_FMT_INCLUDE}}/fmt ${{CMAKE_BINARY_DIR}}/fmt-include/fmt SYMBOLIC)
  add_library(py2cpp_fmt_header_only INTERFACE)
  target_include_directories(py2cpp_fmt_header_only SYSTEM INTERFACE ${{CMAKE_BINARY_DIR}}/fmt-include)
  target_compile_definitions(py2cpp_fmt_header_only INTERFACE FMT_HEADER_ONLY)
  add_library(fmt::fmt ALIAS py2cpp_fmt_header_only)
else()
  find_package(fmt REQUIRED)
endif()

add_library({0}_module STATIC {0}.cpp)
target_include_directories({0}_module PUBLIC ${{CMAKE_CURRENT_SOURCE_DIR}} ${{CMAKE_CURRENT_SOURCE_DIR}}/runtime)
target_link_libraries({0}_module PUBLIC fmt::fmt)
# Python ints are 64-bit here; -fwrapv makes overflow wrap instead of being undefined behaviour.
# -ffp-contract=off keeps a*b+c two IEEE operations (no FMA), so results match Python bit for bit.
target_compile_options({0}_module PUBLIC -Wall -Wextra -Werror -fwrapv -ffp-contract=off)
# The binary runs on any CPU of the target architecture: the runtime picks SIMD kernels (AVX2 or
# SSE2 on x86-64) when it starts. -DPY2CPP_NATIVE=ON adds -march=native for this machine only
# (not for cross or distributed builds).
option(PY2CPP_NATIVE "Optimise for the CPU of the build machine (-march=native)" OFF)
# With AVX-512, GCC 12 reports Eigen's own _mm512_undefined_pd() in its packet transposes (matrix
# products) as maybe-uninitialized; that false positive would stop -Werror builds.
if(PY2CPP_NATIVE)
  target_compile_options({0}_module PUBLIC -march=native -Wno-maybe-uninitialized)
endif()
{1}
add_executable({0} main.cpp)
target_link_libraries({0} PRIVATE {0}_module)
)cmake", module, fmt::format(fmt::runtime(eigen), module));
}

void write_file(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw ToolError{fmt::format("cannot write '{}'", path.string())};
}

}  // namespace

GeneratedProject make_project(const ir::Module& m, const EmittedModule& emitted, const std::string& source_path) {
    GeneratedProject p;
    p.module_name = m.name;
    p.files[m.name + ".hpp"] = emitted.header;
    p.files[m.name + ".cpp"] = emitted.source;
    p.files["main.cpp"] = m.has_main ? main_driver(m, emitted.namespace_name) : function_driver(m, emitted.namespace_name);
    p.files["CMakeLists.txt"] = cmake_lists(m.name, module_uses_arrays(m));
    p.files[".py2cpp-project"] = "generated by py2cpp from " + source_path + "\n";
    return p;
}

void write_project(const GeneratedProject& project, const std::string& out_dir, const std::string& runtime_dir) {
    const fs::path target = fs::absolute(out_dir).lexically_normal();
    // Never replace a directory py2cpp did not create: it may hold the user's files.
    if (fs::exists(target) && !fs::is_empty(target) && !fs::exists(target / ".py2cpp-project"))
        throw ToolError{fmt::format("output directory '{}' exists and was not generated by py2cpp; choose another -o", out_dir)};
    const fs::path staging = target.parent_path() / fmt::format(".{}.py2cpp-tmp-{}", target.filename().string(), ::getpid());
    std::error_code ec;
    fs::remove_all(staging, ec);
    try {
        for (const auto& [name, content] : project.files) write_file(staging / name, content);
        fs::create_directories(staging / "runtime");
        fs::copy(runtime_dir, staging / "runtime", fs::copy_options::recursive);
        // Keep an earlier build tree so `py2cpp build` can reuse it incrementally.
        if (fs::exists(target / "build")) fs::rename(target / "build", staging / "build");
        const fs::path old = target.parent_path() / fmt::format(".{}.py2cpp-old-{}", target.filename().string(), ::getpid());
        if (fs::exists(target)) fs::rename(target, old);
        fs::rename(staging, target);
        fs::remove_all(old, ec);
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(staging, ec);
        throw ToolError{fmt::format("cannot write the output directory '{}': {}", out_dir, e.what())};
    }
}

}  // namespace py2cpp
