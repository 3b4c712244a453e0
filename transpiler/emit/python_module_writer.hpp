// `py2cpp transpile --python-module`: a CPython extension module as one more target of the
// generated project, importable under the Python module's own name, with the original Python
// source shipped beside it as the fallback.
//
// Files added to the project: `MODULE_python.cpp` (the extension, on the Python C API and
// NumPy's C API; runtime/py2cpp/python_module.hpp converts values), `python/MODULE_py.py` (a
// copy of the original source) and a CMake section building `build/python/MODULE.<soabi>.so`
// beside a copy of `MODULE_py.py`. The section is left out of cross builds and can be turned
// off with -DPY2CPP_PYTHON_MODULE=OFF.
#pragma once

#include <string>

#include "emit/cpp_emitter.hpp"
#include "emit/project_writer.hpp"
#include "ir/ir.hpp"

namespace py2cpp {

// `python` is the interpreter whose headers and NumPy the extension is built for (the generated
// CMakeLists uses it unless -DPython3_EXECUTABLE says otherwise).
void add_python_module(GeneratedProject& project, const ir::Module& module, const EmittedModule& emitted,
                       const std::string& python_source, const std::string& python);

// The C++ type a Python argument can be converted to by the extension (false: a specialization
// with such a parameter is never called from Python; its calls fall back).
bool python_module_accepts(const Type& t);

}  // namespace py2cpp
