// The pipeline, stage by stage. Each stage reports into one Diagnostics; the pipeline stops after
// the first stage that produced errors, so later stages only ever see well-formed input.
#include "driver/pipeline.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "emit/cpp_emitter.hpp"
#include "emit/python_module_writer.hpp"
#include "frontend/python_parser.hpp"
#include "infer/infer_module.hpp"
#include "ir/ir_json.hpp"
#include "ir/verify.hpp"
#include "mapping/mapping_table.hpp"
#include "sema/module_symbols.hpp"
#include "sema/signature_file.hpp"

namespace py2cpp {
namespace fs = std::filesystem;

namespace {

SourceFile read_source(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ToolError{fmt::format("cannot read '{}'", path)};
    std::stringstream bytes;
    bytes << in.rdbuf();
    return decode_python_source(path, bytes.str());  // as CPython reads a file: BOM, coding cookie, NUL
}

fs::path tool_home() {
    if (const char* home = std::getenv("PY2CPP_HOME")) return home;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    // The build tree keeps the tool in build/; an install keeps data in share/py2cpp.
    for (const fs::path& candidate : {exe.parent_path().parent_path(), exe.parent_path().parent_path() / "share" / "py2cpp"})
        if (fs::exists(candidate / "mappings") && fs::exists(candidate / "runtime")) return candidate;
    throw ToolError{"cannot find py2cpp's mappings/ and runtime/ directories; set PY2CPP_HOME"};
}

}  // namespace

std::string mappings_dir() { return (tool_home() / "mappings").string(); }
std::string runtime_dir() { return (tool_home() / "runtime").string(); }
std::string validate_script() { return (tool_home() / "validate" / "py2cpp_validate.py").string(); }

namespace {

fs::path toolchain_dir() { return tool_home() / "cmake"; }

// Cross targets are data: cmake/toolchain-<target>.cmake.
constexpr std::string_view kToolchainPrefix = "toolchain-";
constexpr std::string_view kToolchainSuffix = ".cmake";

bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    for (std::string d; std::getline(dirs, d, ':');)
        if (!d.empty() && ::access((fs::path(d) / program).c_str(), X_OK) == 0) return true;
    return false;
}

// The toolchain file of a cross target, after checking that its compiler is installed: the file
// names it in a line `set(PY2CPP_TRIPLE <triple>)` (see cmake/cross-linux-gnu.cmake).
std::string cross_toolchain(const std::string& target) {
    const fs::path file = toolchain_dir() / fmt::format("{}{}{}", kToolchainPrefix, target, kToolchainSuffix);
    if (target.empty() || target.find('/') != std::string::npos || !fs::exists(file))
        throw ToolError{fmt::format("unknown target '{}'; targets: {} (a cross target is a toolchain file {}/{}<target>{})", target,
                                    fmt::join(build_targets(), ", "), toolchain_dir().string(), kToolchainPrefix, kToolchainSuffix)};
    std::ifstream in(file);
    static const std::string key = "set(PY2CPP_TRIPLE ";
    std::string triple;
    for (std::string line; std::getline(in, line);)
        if (line.starts_with(key) && line.find(')') != std::string::npos)
            triple = line.substr(key.size(), line.find(')') - key.size());
    if (triple.empty())
        throw ToolError{fmt::format("{}: no line 'set(PY2CPP_TRIPLE <triple>)' naming the cross compiler", file.string())};
    if (!on_path(triple + "-g++"))
        throw ToolError{fmt::format("the cross compiler for --target {} ({}-g++) is not installed\n"
                                    "hint: run scripts/install-deps.sh, or apt-get install g++-{} qemu-user",
                                    target, triple, triple)};
    return file.string();
}

}  // namespace

TranspileResult transpile(const TranspileOptions& options) {
    TranspileResult result;
    const SourceFile file = read_source(options.input);
    Diagnostics diags(&file);

    MappingTables tables;
    tables.load_directory(mappings_dir());
    for (const auto& extra : options.extra_mappings) tables.load_file(extra);

    ast::Module module;
    parse_python(file, module, diags);
    if (!diags.has_errors()) {
        ModuleSymbols symbols = analyze_module(module, tables, options.signatures, diags);
        std::string recorded_diagnostics;  // FILE.py2cpp-sigs, written by `py2cpp trace`
        const bool recorded_ok = load_recorded_signatures(file.path, module, symbols, recorded_diagnostics);
        result.diagnostics += recorded_diagnostics;
        if (!diags.has_errors() && recorded_ok) {
            ir::Module ir = infer_module(module, symbols, tables, diags);
            if (!diags.has_errors()) ir::verify_module(ir, diags);
            if (!diags.has_errors()) {
                if (options.want_ir_json) result.ir_json = ir::to_json(ir).dump(2);
                EmittedModule emitted = emit_module(ir, file.path);
                result.project = make_project(ir, emitted, file.path);
                if (!options.python_module_for.empty())
                    add_python_module(*result.project, ir, emitted, file.raw, options.python_module_for);
            }
        }
    }
    result.diagnostics += diags.render();
    return result;
}

void check_python_module_prerequisites(const std::string& python) {
    // Prints the missing header, or nothing.
    const std::string check = fmt::format(
        "'{}' -c \"import os, sysconfig\n"
        "h = os.path.join(sysconfig.get_paths()['include'], 'Python.h')\n"
        "try:\n import numpy; n = os.path.join(numpy.get_include(), 'numpy', 'arrayobject.h')\n"
        "except ImportError: n = 'numpy (not importable)'\n"
        "print(' '.join(p for p in (h, n) if not os.path.exists(p)))\" 2>/dev/null",
        python);
    std::string missing;
    if (FILE* pipe = ::popen(check.c_str(), "r")) {
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, pipe)) missing += buffer;
        if (::pclose(pipe) != 0) missing = "a working " + python;
    } else {
        missing = "a working " + python;
    }
    while (!missing.empty() && (missing.back() == '\n' || missing.back() == ' ')) missing.pop_back();
    if (!missing.empty())
        throw ToolError{fmt::format("--python-module needs Python's headers and NumPy's C API for {}; missing: {}\n"
                                    "hint: on Debian, apt-get install python3-dev python3-numpy",
                                    python, missing)};
}

std::vector<std::string> build_targets() {
    std::vector<std::string> targets = {"host"};
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(toolchain_dir(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(kToolchainPrefix) && name.ends_with(kToolchainSuffix))
            targets.push_back(name.substr(kToolchainPrefix.size(), name.size() - kToolchainPrefix.size() - kToolchainSuffix.size()));
    }
    std::sort(targets.begin() + 1, targets.end());
    return targets;
}

std::string build_project(const std::string& out_dir, const std::string& cxx_flags, const std::string& target) {
    const fs::path dir = fs::absolute(out_dir);
    if (!fs::exists(dir / "CMakeLists.txt") || !fs::exists(dir / ".py2cpp-project"))
        throw ToolError{fmt::format("'{}' is not a project generated by py2cpp transpile", out_dir)};
    const std::string toolchain = target == "host" ? std::string() : cross_toolchain(target);
    // One build tree per target: a CMake build tree is tied to its compiler.
    const fs::path build = dir / (target == "host" ? std::string("build") : "build-" + target);
    fs::create_directories(build);
    const fs::path log = build / "build.log";
    auto quote = [](const std::string& s) {
        std::string q = "'";
        for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return q + "'";
    };
    // A toolchain file's CPU flags are CMAKE_CXX_FLAGS_INIT, which a -DCMAKE_CXX_FLAGS would replace:
    // there the extra flags go through $CXXFLAGS, which CMake puts before the _INIT flags when it
    // creates the (removed) cache entry again.
    const std::string flags = toolchain.empty() ? "-DCMAKE_CXX_FLAGS=" + quote(cxx_flags)
                                                : "-UCMAKE_CXX_FLAGS -DCMAKE_TOOLCHAIN_FILE=" + quote(toolchain);
    std::string configure = fmt::format("{}cmake -S {} -B {} -DCMAKE_BUILD_TYPE=Release {} > {} 2>&1",
                                        toolchain.empty() ? "" : "CXXFLAGS=" + quote(cxx_flags) + " ", quote(dir.string()),
                                        quote(build.string()), flags, quote(log.string()));
    std::string compile = fmt::format("cmake --build {} -j {} >> {} 2>&1", quote(build.string()),
                                      std::max(1L, sysconf(_SC_NPROCESSORS_ONLN)), quote(log.string()));
    if (std::system(configure.c_str()) != 0 || std::system(compile.c_str()) != 0) {
        std::ifstream in(log);
        std::stringstream text;
        text << in.rdbuf();
        throw ToolError{fmt::format("building the generated C++ failed (this is a py2cpp bug: generated code must always compile; "
                                    "please report it with the Python file).\n--- {} ---\n{}", log.string(), text.str())};
    }
    std::string module;
    std::ifstream marker(dir / "CMakeLists.txt");
    for (std::string line; std::getline(marker, line);)
        if (line.rfind("project(", 0) == 0) module = line.substr(8, line.find(' ') - 8);
    return (build / module).string();
}

}  // namespace py2cpp
