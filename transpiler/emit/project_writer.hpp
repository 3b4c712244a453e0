// The generated project: module sources, the standalone driver, a CMakeLists.txt and a copy of
// the runtime headers, so the directory builds on its own (also on a board, for cross builds).
//
// Guarantees: the output directory is replaced atomically. Files are written to a temporary
// sibling directory that is renamed into place only when complete, so a failed run never leaves a
// partial project behind.
#pragma once

#include <map>
#include <string>

#include "emit/cpp_emitter.hpp"
#include "ir/ir.hpp"

namespace py2cpp {

struct GeneratedProject {
    std::string module_name;
    std::map<std::string, std::string> files;  // relative path -> content
};

GeneratedProject make_project(const ir::Module& module, const EmittedModule& emitted, const std::string& source_path);
void write_project(const GeneratedProject& project, const std::string& out_dir, const std::string& runtime_dir);

}  // namespace py2cpp
