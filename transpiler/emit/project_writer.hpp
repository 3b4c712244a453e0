// The generated project: module sources, the standalone driver, a CMakeLists.txt and a copy of
// the runtime headers (with runtime/cmake/py2cpp_project.cmake, which holds the build), so the
// directory builds on its own (also on a board, for cross builds). Only what varies per module is
// generated: the driver's table of functions and the CMakeLists.txt's few calls.
//
// Writing never loses a user's file. The output directory holds a manifest, `.py2cpp-project`,
// naming every file py2cpp wrote there with a hash of its content. py2cpp replaces or deletes a
// file only when the manifest names it and its content is still what py2cpp wrote; a file of the
// user's at a path py2cpp would write, a generated file the user changed, or a directory with
// files but no manifest stops the write with an error naming them, before anything is touched.
// Other files of the user's are kept (and listed), build trees (build/, build-<target>/) are left
// alone. Each file is written to a temporary beside it and renamed into place; the manifest
// names both the old and the new content while files are replaced, so an interrupted write
// leaves a directory the next transpile completes. Unchanged files are not rewritten (their
// mtimes stay, so a rebuild compiles only what changed). The directory is locked (flock) while
// it is written.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "emit/cpp_emitter.hpp"
#include "ir/ir.hpp"

namespace py2cpp {

struct GeneratedProject {
    std::string module_name;  // the files' stem (module_file_stem): MODULE.hpp, MODULE.cpp, the program
    std::string source_path;  // the Python file it came from
    std::map<std::string, std::string> files;  // relative path -> content
};

// What a write did that the user should hear about.
struct WriteReport {
    std::vector<std::string> kept;  // files in the directory that py2cpp did not write, left as they were
};

// The manifest's file name, in the project directory.
inline constexpr const char* kManifestName = ".py2cpp-project";

GeneratedProject make_project(const ir::Module& module, const EmittedModule& emitted, const std::string& source_path);

// Throws a ToolError when writing a project for `source_path` into `out_dir` could touch the
// source: `out_dir` is the source file, or contains it.
void check_output_dir(const std::string& source_path, const std::string& out_dir);

WriteReport write_project(const GeneratedProject& project, const std::string& out_dir, const std::string& runtime_dir);

// The program's name recorded in a project's manifest (empty when the directory has none).
std::string project_program_name(const std::string& out_dir);

// An exclusive advisory lock (flock) on a file, created when missing, held until destruction.
// The descriptor is close-on-exec, so a program exec'd while it is held does not keep it.
class FileLock {
public:
    explicit FileLock(const std::string& path);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_ = -1;
};

// A CMake quoted argument holding exactly `text` (backslashes, quotes, `$` and `;` escaped).
std::string cmake_quote(const std::string& text);

// FNV-1a (64-bit) of a text, as 16 hex digits: the manifest's content hash (it detects a changed
// file; it is not meant to resist someone forging one).
std::string content_hash(const std::string& text);

// Writes `content` to `path` through a temporary beside it and a rename.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace py2cpp
