// py2cpp command-line interface: transpile, build and run Python files as C++.
// Exit status: 0 success, 1 diagnostics or tool errors, 2 usage errors.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/diagnostics.hpp"
#include "driver/pipeline.hpp"

#ifndef PY2CPP_VERSION
#define PY2CPP_VERSION "0.0.0"
#endif

namespace fs = std::filesystem;
using namespace py2cpp;

namespace {

struct CommonOptions {
    std::vector<std::string> signatures;
    std::vector<std::string> mappings;
    bool python_module = false;  // transpile --python-module
    std::string after;  // transpile --after PASS (with --emit ir)
    bool line_directives = false;  // transpile --line-directives
};

void add_common_options(CLI::App* cmd, CommonOptions& common) {
    cmd->add_option("--sig", common.signatures, "Entry-point signature, e.g. \"f(float, int)\" (repeatable)");
    cmd->add_option("--mappings", common.mappings, "Extra mapping table (JSON) to load (repeatable)")->check(CLI::ExistingFile);
}

std::string cxx_flags_from_env() {
    const char* flags = std::getenv("PY2CPP_CXXFLAGS");
    return flags ? flags : "";
}

// PY2CPP_VERIFY_EACH=1 verifies the IR after every pass (the test suite sets it).
bool verify_each_from_env() {
    const char* value = std::getenv("PY2CPP_VERIFY_EACH");
    return value && *value && std::string(value) != "0";
}

int cmd_list_passes() {
    for (const IrPass& pass : ir_passes()) std::cout << fmt::format("{:<24}{}\n", pass.name, pass.purpose);
    return 0;
}

// Transpiles; prints diagnostics; returns the project, or nullopt after errors.
std::optional<TranspileResult> transpile_reporting(const std::string& file, const CommonOptions& common, bool want_ir_json = false) {
    if (common.python_module) check_python_module_prerequisites(PY2CPP_PYTHON);
    TranspileOptions options{file, common.signatures, common.mappings, common.python_module ? PY2CPP_PYTHON : "", common.after,
                             verify_each_from_env(), want_ir_json, common.line_directives};
    TranspileResult result = transpile(options);
    std::cerr << result.diagnostics;
    if (!result.project) return std::nullopt;
    return result;
}

// Files the user keeps in a generated directory are left alone; say so, so nobody is surprised
// that they are not part of the project.
void report_kept_files(const WriteReport& report, const std::string& out_dir) {
    if (report.kept.empty()) return;
    std::cerr << fmt::format("py2cpp: note: kept {} file(s) in '{}' that py2cpp did not write: {}\n", report.kept.size(), out_dir,
                             fmt::join(report.kept, ", "));
}

int cmd_transpile(const std::string& file, const std::string& out_dir, const std::string& emit, const CommonOptions& common) {
    if (!out_dir.empty()) check_output_dir(file, out_dir);
    auto result = transpile_reporting(file, common, emit == "ir");
    if (!result) return 1;
    const auto& project = *result->project;
    if (emit == "ir") std::cout << result->ir_json << "\n";
    else if (emit == "cpp") std::cout << project.files.at(project.module_name + ".cpp");
    else if (emit == "hpp") std::cout << project.files.at(project.module_name + ".hpp");
    else if (emit == "driver") std::cout << project.files.at("main.cpp");
    else if (emit == "python") {
        const auto source = project.files.find(project.module_name + "_python.cpp");
        if (source == project.files.end()) throw ToolError{"--emit python needs --python-module"};
        std::cout << source->second;
    }
    if (!out_dir.empty()) report_kept_files(write_project(project, out_dir, runtime_dir()), out_dir);
    return 0;
}

// What a directory holds, as relative path, size and modification time of every file: a change to
// the runtime headers or the mapping tables (a developer's edit, an upgrade) changes it.
std::string tree_stamp(const std::string& dir) {
    std::vector<std::string> lines;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        struct stat st {};
        if (!it->is_regular_file(ec) || ::stat(it->path().c_str(), &st) != 0) continue;
        lines.push_back(fmt::format("{}:{}:{}", fs::relative(it->path(), dir, ec).string(), st.st_size, st.st_mtime));
    }
    std::sort(lines.begin(), lines.end());
    return fmt::format("{}", fmt::join(lines, "\n"));
}

// A stable key for a cached build: the source, options, flags, the tool binary itself, and the
// runtime and mapping tables it uses.
std::string cache_key(const std::string& file, const CommonOptions& common, const std::string& flags) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string material = text.str() + "\n" + flags + "\n" + PY2CPP_VERSION;
    for (const auto& s : common.signatures) material += "\nsig:" + s;
    for (const auto& m : common.mappings) {
        std::ifstream t(m);
        std::stringstream mt;
        mt << t.rdbuf();
        material += "\nmap:" + mt.str();
    }
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0) material += fmt::format("\nexe:{}:{}", st.st_size, st.st_mtime);
    material += "\nruntime:" + tree_stamp(runtime_dir()) + "\nmappings:" + tree_stamp(mappings_dir());
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : material) hash = (hash ^ c) * 1099511628211ull;
    return fmt::format("{:016x}", hash);
}

fs::path cache_root() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME")) return fs::path(xdg) / "py2cpp";
    if (const char* home = std::getenv("HOME")) return fs::path(home) / ".cache" / "py2cpp";
    return fs::temp_directory_path() / fmt::format("py2cpp-cache-{}", ::getuid());
}

// Hidden temporaries that an older py2cpp, killed while writing a cache entry, left beside it
// (`.<entry>.py2cpp-tmp-<pid>`, `.<entry>.py2cpp-old-<pid>`): removed once their process is gone.
void remove_stale_cache_temporaries(const fs::path& root) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        for (const std::string mark : {".py2cpp-tmp-", ".py2cpp-old-"}) {
            const auto at = name.rfind(mark);
            if (name[0] != '.' || at == std::string::npos) continue;
            const long pid = std::strtol(name.c_str() + at + mark.size(), nullptr, 10);
            if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
        }
    }
}

// The build cache: one entry per source, options, flags and py2cpp binary. A finished entry is
// used without a lock (its stamp names the program's size and hash, so a truncated program is
// rebuilt); building one holds the entry's lock, so concurrent runs of one file wait for the
// first build instead of racing in one CMake tree.
int cmd_run(const std::string& file, const std::vector<std::string>& args, const CommonOptions& common) {
    const std::string flags = cxx_flags_from_env();
    const fs::path root = cache_root();
    const std::string entry = fs::path(file).stem().string() + "-" + cache_key(file, common, flags);
    const fs::path dir = root / entry;
    std::string exe = built_program(dir.string());
    if (exe.empty()) {
        fs::create_directories(root);
        FileLock lock((root / (entry + ".lock")).string());
        exe = built_program(dir.string());  // another run may have built it meanwhile
        if (exe.empty()) {
            remove_stale_cache_temporaries(root);
            auto result = transpile_reporting(file, common);
            if (!result) return 1;
            try {
                write_project(*result->project, dir.string(), runtime_dir());
            } catch (const ToolError&) {
                // The entry is py2cpp's own (nobody keeps files in the cache), but not as py2cpp
                // left it: start it again rather than fail on every run.
                fs::remove_all(dir);
                write_project(*result->project, dir.string(), runtime_dir());
            }
            exe = build_project(dir.string(), flags);
        }
    }
    std::vector<char*> argv;
    argv.push_back(exe.data());
    std::vector<std::string> copies = args;
    for (auto& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::cout.flush();
    ::execv(exe.c_str(), argv.data());
    throw ToolError{fmt::format("cannot run '{}'", exe)};
}

// The Python tools beside the harness (validate/) run with the Python that has NumPy and SciPy
// (Debian's, found when py2cpp was configured), in place of this process. `with_py2cpp` passes
// this executable as --py2cpp, for tools that call it back.
int exec_python_tool(const std::string& script, const std::vector<std::string>& args, bool with_py2cpp, const char* what) {
    std::vector<std::string> command = {PY2CPP_PYTHON, script};
    if (with_py2cpp) command.insert(command.end(), {"--py2cpp", fs::read_symlink("/proc/self/exe").string()});
    command.insert(command.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : command) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::cout.flush();
    ::execv(command[0].c_str(), argv.data());
    throw ToolError{fmt::format("cannot run the {} with '{}'", what, command[0])};
}

std::string python_tool(const char* name) { return (fs::path(validate_script()).parent_path() / name).string(); }

// `py2cpp validate`: the harness (validate/py2cpp_validate.py) runs the reference and compares arrays.
int cmd_validate(const std::vector<std::string>& args) { return exec_python_tool(validate_script(), args, true, "validation harness"); }

// `py2cpp annotate FILE.py`: the Python beside its C++ as an HTML page (validate/py2cpp_annotate.py,
// which calls this py2cpp's transpile --line-directives).
int cmd_annotate(const std::vector<std::string>& args) {
    return exec_python_tool(python_tool("py2cpp_annotate.py"), args, true, "annotator");
}

// `py2cpp trace -- COMMAND...`: records the argument types of a Python run into FILE.py2cpp-sigs
// (validate/py2cpp_trace.py).
int cmd_trace(const std::vector<std::string>& args) { return exec_python_tool(python_tool("py2cpp_trace.py"), args, false, "tracer"); }

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"py2cpp: transpile numerical Python (NumPy, math) into readable, fast C++"};
    app.set_version_flag("--version", std::string("py2cpp ") + PY2CPP_VERSION);
    app.require_subcommand(1);

    CommonOptions common;
    std::string file, out_dir, emit, target = "host";
    std::vector<std::string> run_args;

    auto* transpile_cmd = app.add_subcommand("transpile", "Translate FILE.py into a C++ project (or print one stage with --emit)");
    bool list_passes = false;
    transpile_cmd->add_option("file", file, "Python source file")->check(CLI::ExistingFile);
    transpile_cmd->add_option("-o,--output", out_dir, "Output directory for the generated project");
    transpile_cmd->add_option("--emit", emit, "Print a stage instead of (or besides) writing: ir, cpp, hpp, driver, python (with --python-module)")
        ->check(CLI::IsMember({"ir", "cpp", "hpp", "driver", "python"}));
    transpile_cmd->add_option("--after", common.after, "With --emit ir: print the IR after this pass (see --list-passes)");
    transpile_cmd->add_flag("--list-passes", list_passes, "Print the IR passes in the order they run, and exit");
    transpile_cmd->add_flag("--line-directives", common.line_directives,
                            "Emit #line directives, so C++ compiler messages, debuggers and profilers point at the Python lines");
    transpile_cmd->add_flag("--python-module", common.python_module,
                            "Also generate a CPython extension module (build/python/MODULE.so) that falls back to the original Python");
    add_common_options(transpile_cmd, common);

    auto* build_cmd = app.add_subcommand("build", "Build a generated project with CMake; prints the executable's path");
    build_cmd->add_option("dir", out_dir, "Project directory written by 'py2cpp transpile -o'")->required();
    build_cmd->add_option("--target", target,
                          "host (default), or a cross target: aarch64, armhf, ... (a toolchain file cmake/toolchain-<target>.cmake); "
                          "the executable is static and is built in DIR/build-<target>");

    auto* run_cmd = app.add_subcommand("run", "Transpile, build (cached) and run FILE.py; everything after FILE.py is passed to the program");
    run_cmd->add_option("file", file, "Python source file")->required()->check(CLI::ExistingFile);
    add_common_options(run_cmd, common);
    run_cmd->prefix_command();

    auto* validate_cmd = app.add_subcommand(
        "validate", "Check the C++ against Python on the #setup/#run inputs of FILE.py (or DIR/validate.json); "
                    "all further options go to the harness (see validate/README.md, or 'py2cpp validate --help')");
    validate_cmd->prefix_command();
    validate_cmd->set_help_flag();

    auto* trace_cmd = app.add_subcommand(
        "trace", "Run a Python command (after --) and record the argument types of every call into FILE.py2cpp-sigs beside "
                 "each traced source, which transpile/build/validate then use ('py2cpp trace --help' for its options)");
    trace_cmd->prefix_command();
    trace_cmd->set_help_flag();
    app.add_subcommand("annotate", "Write FILE.html: the Python beside the C++ of each line, lines that allocate arrays or "
                                   "use checked or Python-semantics paths marked ('py2cpp annotate --help')");

    // CLI11 would take the `--` that separates the traced command as its own: the tracer parses
    // its arguments itself.
    if (argc >= 2 && (std::string_view(argv[1]) == "trace" || std::string_view(argv[1]) == "annotate")) {
        try {
            const std::vector<std::string> rest(argv + 2, argv + argc);
            return std::string_view(argv[1]) == "trace" ? cmd_trace(rest) : cmd_annotate(rest);
        } catch (const ToolError& e) {
            std::cerr << "py2cpp: error: " << e.message << "\n";
            return 1;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try {
        if (*transpile_cmd) {
            if (list_passes) return cmd_list_passes();
            if (file.empty()) {
                std::cerr << "py2cpp transpile: give the Python file to translate\n";
                return 2;
            }
            if (!common.after.empty() && emit != "ir") {
                std::cerr << "py2cpp transpile: --after PASS prints the IR: use it with --emit ir\n";
                return 2;
            }
            if (out_dir.empty() && emit.empty()) {
                std::cerr << "py2cpp transpile: give an output directory with -o DIR, or a stage to print with --emit\n";
                return 2;
            }
            return cmd_transpile(file, out_dir, emit, common);
        }
        if (*build_cmd) {
            std::cout << build_project(out_dir, cxx_flags_from_env(), target) << "\n";
            return 0;
        }
        if (*validate_cmd) return cmd_validate(validate_cmd->remaining());
        if (*trace_cmd) return cmd_trace(trace_cmd->remaining());
        if (*run_cmd) {
            run_args = run_cmd->remaining();
            return cmd_run(file, run_args, common);
        }
    } catch (const ToolError& e) {
        std::cerr << "py2cpp: error: " << e.message << "\n";
        return 1;
    }
    return 2;
}
