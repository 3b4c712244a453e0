// The pipeline, stage by stage: parse -> analyse -> infer -> the IR passes (ir_passes(), in order)
// -> verify -> emit; then build and run. Each stage reports into one Diagnostics and runs only on
// what the stages before it accepted; front-end errors inside functions skip only those functions,
// so one run reports the errors of several stages.
#include "driver/pipeline.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "emit/cpp_emitter.hpp"
#include "emit/python_module_writer.hpp"
#include "frontend/python_parser.hpp"
#include "infer/infer_module.hpp"
#include "infer/variables.hpp"
#include "ir/evaluation_order.hpp"
#include "ir/fuse_elementwise.hpp"
#include "ir/hoist_declarations.hpp"
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

// The IR passes, in the order they run after inference. Each is a named function over the module;
// `--emit ir --after NAME` prints the IR after it, PY2CPP_VERIFY_EACH=1 verifies the IR after each.
const std::vector<IrPass>& ir_passes() {
    static const std::vector<IrPass> passes = {
        {"infer", "types every expression and binds every call: the IR as lowered (infer/)", nullptr},
        {"name_variables", "C++ names of the variable versions, which assignment declares each, which are hoisted (infer/variables.hpp)",
         name_variables},
        {"sequence_side_effects", "operands with side effects run left to right, through Let nodes (ir/evaluation_order.hpp)",
         [](ir::Module& m) { ir::sequence_side_effects(m); }},
        {"fuse_elementwise", "single-use array temporaries stay lazy expressions (ir/fuse_elementwise.hpp)",
         [](ir::Module& m) { ir::fuse_elementwise_temporaries(m); }},
        {"hoist_declarations", "variables used outside their block are declared at the top (ir/hoist_declarations.hpp)",
         ir::hoist_declarations},
    };
    return passes;
}

namespace {

void check_pass_name(const std::string& name) {
    if (name.empty()) return;
    std::vector<std::string_view> names;
    for (const IrPass& pass : ir_passes()) {
        if (pass.name == name) return;
        names.push_back(pass.name);
    }
    throw ToolError{fmt::format("unknown pass '{}' for --after; passes: {}", name, fmt::join(names, ", "))};
}

// Front-end errors that lie inside functions leave the rest of the module analysable: those
// functions are skipped (a call of one fails silently, as a call of a function whose inference
// failed does), so one run also reports the other stages' errors. nullopt when an error lies
// outside every function (an import, the main program, a construct the front end dropped whole).
std::optional<std::set<std::string>> functions_with_errors(const ast::Module& module, const Diagnostics& diags) {
    std::set<std::string> broken;
    for (const Diagnostic& d : diags.all()) {
        if (d.severity != Severity::Error) continue;
        std::string owner;  // a function's name, or a method's "Class.method" (ModuleSymbols::functions)
        auto inside = [&](const ast::FunctionDef& fn) { return d.loc.line >= fn.loc.line && d.loc.line <= fn.end_line; };
        for (const auto& s : module.body) {
            if (s->kind == ast::StmtKind::FunctionDef && inside(s->as<ast::FunctionDef>())) owner = s->as<ast::FunctionDef>().name;
            if (s->kind == ast::StmtKind::ClassDef)
                for (const auto& m : s->as<ast::ClassDef>().methods)
                    if (inside(*m)) owner = s->as<ast::ClassDef>().name + "." + m->name;
        }
        if (owner.empty()) return std::nullopt;
        broken.insert(owner);
    }
    return broken;
}

// Runs the IR passes in order; returns the IR printed for `--emit ir` (after `after`, or after the last).
std::string run_ir_passes(ir::Module& ir, const TranspileOptions& options, Diagnostics& diags) {
    std::string ir_json;
    for (const IrPass& pass : ir_passes()) {
        if (pass.run) pass.run(ir);
        if (options.verify_each) {
            const int before = diags.error_count();
            ir::verify_module(ir, diags);
            if (diags.error_count() > before)
                diags.error(SourceLoc{}, fmt::format("internal error: the IR does not verify after pass '{}'", pass.name));
        }
        if (options.want_ir_json && pass.name == options.dump_ir_after) ir_json = ir::to_json(ir).dump(2);
    }
    // The JSON only when asked for (--emit ir): it is costly on large inputs.
    if (options.want_ir_json && options.dump_ir_after.empty()) ir_json = ir::to_json(ir).dump(2);
    return ir_json;
}

}  // namespace

// The whole compiler, in order: each stage reports into one Diagnostics, and a stage runs only on
// input the stages before it accepted (see functions_with_errors for the one exception).
TranspileResult transpile(const TranspileOptions& options) {
    check_pass_name(options.dump_ir_after);
    TranspileResult result;
    const SourceFile file = read_source(options.input);
    Diagnostics diags(&file);

    MappingTables tables;
    tables.load_directory(mappings_dir());
    for (const auto& extra : options.extra_mappings) tables.load_file(extra);

    ast::Module module;
    parse_python(file, module, diags);
    const auto broken = functions_with_errors(module, diags);
    if (broken) {
        const int front_end_errors = diags.error_count();
        ModuleSymbols symbols = analyze_module(module, tables, options.signatures, diags);
        std::string recorded_diagnostics;  // FILE.py2cpp-sigs, written by `py2cpp trace`
        const bool recorded_ok = load_recorded_signatures(file.path, module, symbols, recorded_diagnostics);
        result.diagnostics += recorded_diagnostics;
        symbols.broken_functions = *broken;
        if (diags.error_count() == front_end_errors && recorded_ok) {
            ir::Module ir = infer_module(module, symbols, tables, diags);
            if (!diags.has_errors()) result.ir_json = run_ir_passes(ir, options, diags);
            if (!diags.has_errors()) ir::verify_module(ir, diags);
            if (!diags.has_errors()) {
                EmittedModule emitted = emit_module(ir, file.path, options.line_directives);
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

namespace {

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

constexpr const char* kBuildStamp = ".py2cpp-build-complete";

// What the stamp of a finished build records: the program's size and content hash, so a program
// truncated later (a killed copy, a full disk) is never taken for a built one.
std::string program_fingerprint(const fs::path& program) {
    std::ifstream in(program, std::ios::binary);
    if (!in) return "";
    std::stringstream text;
    text << in.rdbuf();
    return fmt::format("program {} size {} hash {}\n", program.filename().string(), text.str().size(), content_hash(text.str()));
}

}  // namespace

std::string built_program(const std::string& out_dir, const std::string& target) {
    const fs::path dir = fs::absolute(out_dir);
    const fs::path build = dir / (target == "host" ? std::string("build") : "build-" + target);
    const std::string program = project_program_name(dir.string());
    if (program.empty()) return "";
    std::ifstream in(build / kBuildStamp, std::ios::binary);
    std::stringstream stamp;
    stamp << in.rdbuf();
    const std::string fingerprint = program_fingerprint(build / program);
    return in && !fingerprint.empty() && stamp.str() == fingerprint ? (build / program).string() : "";
}

namespace {
bool names_optimisation_level(const std::string& cxx_flags) {
    std::istringstream words(cxx_flags);
    std::string word;
    while (words >> word)
        if (word.size() >= 2 && word.compare(0, 2, "-O") == 0) return true;
    return false;
}
}  // namespace

std::string build_project(const std::string& out_dir, const std::string& cxx_flags, const std::string& target) {
    const fs::path dir = fs::absolute(out_dir);
    const std::string program = project_program_name(dir.string());
    if (!fs::exists(dir / "CMakeLists.txt") || program.empty())
        throw ToolError{fmt::format("'{}' is not a project generated by py2cpp transpile", out_dir)};
    const std::string toolchain = target == "host" ? std::string() : cross_toolchain(target);
    // One build tree per target: a CMake build tree is tied to its compiler.
    const fs::path build = dir / (target == "host" ? std::string("build") : "build-" + target);
    fs::create_directories(build);
    // One build at a time in a build tree: two CMake runs in one tree corrupt its cache.
    FileLock lock((build / ".py2cpp-build.lock").string());
    // A build that did not finish (killed, or failed) may have left a truncated object file or
    // program with a fresh mtime, or a CMake cache with a NOTFOUND package: configure afresh and
    // rebuild everything. The stamp is written only after a build succeeded.
    const fs::path stamp = build / kBuildStamp;
    const bool finished_before = !built_program(out_dir, target).empty();
    fs::remove(stamp);
    const bool redo = !finished_before && fs::exists(build / "CMakeCache.txt");
    if (redo) {
        fs::remove(build / "CMakeCache.txt");
        fs::remove(build / program);
    }
    const fs::path log = build / "build.log";
    // A toolchain file's CPU flags are CMAKE_CXX_FLAGS_INIT, which a -DCMAKE_CXX_FLAGS would replace:
    // there the extra flags go through $CXXFLAGS, which CMake puts before the _INIT flags when it
    // creates the (removed) cache entry again.
    std::string flags = toolchain.empty() ? "-DCMAKE_CXX_FLAGS=" + shell_quote(cxx_flags)
                                          : "-UCMAKE_CXX_FLAGS -DCMAKE_TOOLCHAIN_FILE=" + shell_quote(toolchain);
    // CMake puts the Release flags (-O3 -DNDEBUG) after CMAKE_CXX_FLAGS: an optimisation level among
    // the extra flags (e.g. -O1 for a sanitizer build) would be overridden without this.
    if (toolchain.empty() && names_optimisation_level(cxx_flags)) flags += " -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG";
    // Ninja, when installed, for a new build tree: it rebuilds an output whose command did not
    // finish (make trusts any file newer than its inputs). An existing tree keeps its generator.
    const bool new_tree = !fs::exists(build / "CMakeCache.txt");
    const std::string generator = new_tree && on_path("ninja") ? "-G Ninja " : "";
    std::string configure = fmt::format("{}cmake -S {} -B {} {}-DCMAKE_BUILD_TYPE=Release {} > {} 2>&1",
                                        toolchain.empty() ? "" : "CXXFLAGS=" + shell_quote(cxx_flags) + " ", shell_quote(dir.string()),
                                        shell_quote(build.string()), generator, flags, shell_quote(log.string()));
    std::string compile = fmt::format("cmake --build {} -j {}{} >> {} 2>&1", shell_quote(build.string()),
                                      std::max(1L, sysconf(_SC_NPROCESSORS_ONLN)), redo ? " --clean-first" : "",
                                      shell_quote(log.string()));
    if (std::system(configure.c_str()) != 0 || std::system(compile.c_str()) != 0) {
        std::ifstream in(log);
        std::stringstream text;
        text << in.rdbuf();
        throw ToolError{fmt::format("building the generated C++ failed (this is a py2cpp bug: generated code must always compile; "
                                    "please report it with the Python file).\n--- {} ---\n{}", log.string(), text.str())};
    }
    const fs::path executable = build / program;
    const std::string fingerprint = program_fingerprint(executable);
    if (fingerprint.empty()) throw ToolError{fmt::format("the build did not produce '{}'", executable.string())};
    write_file_atomically(stamp.string(), fingerprint);
    return executable.string();
}

}  // namespace py2cpp
