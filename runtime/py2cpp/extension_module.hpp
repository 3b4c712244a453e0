// py2cpp runtime: the module object of a generated CPython extension (`py2cpp transpile
// --python-module`). The generated MODULE_python.cpp holds only what varies per module — one C
// function per Python function, which tries the compiled specializations (python_module.hpp
// converts the arguments) and otherwise calls `state.fallback` — plus its method table and
// `PyInit_<name>`, which calls `py::ext::create_module`. Everything else is here:
//
// - ModuleState: the original Python functions (from `<name>_py`, shipped beside the .so), how
//   their arguments bind, and the record of which path each call took (`record`): what
//   `py2cpp_last_path()` and `py2cpp_path_counts()` report, and what PY2CPP_TRACE=1 prints.
// - create_module: imports the original module, takes each function, its binder and its
//   docstring prefixed with the Python signature (builtins read it back as __text_signature__,
//   so inspect.signature works), then copies the original's other public names; `MODULE.python`
//   is the original module.
//
// The state lives in the generated file (an object with internal linkage, passed by address):
// no inline variable here, since two extension modules loaded into one interpreter would share
// it (GCC makes such variables process-wide unique symbols).
#pragma once

#include "py2cpp/python_module.hpp"

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

namespace py::ext {

class ModuleState {
public:
    ModuleState(const char* name, std::initializer_list<const char*> functions)
        : name_(name), names_(functions), functions_(functions.size()), parameters_(functions.size()), docs_(functions.size()) {}

    const Parameters& parameters(Py_ssize_t function) const { return parameters_[static_cast<std::size_t>(function)]; }

    // A call of `function` takes the compiled `signature` (nullptr: the Python function).
    void record(Py_ssize_t function, const char* signature) {
        last_function_ = function;
        last_path_ = signature;
        ++(signature ? compiled_calls_ : python_calls_);
        if (trace_) std::fprintf(stderr, "py2cpp: %s -> %s\n", names_[static_cast<std::size_t>(function)], signature ? signature : "Python");
    }

    // Calls the original Python function with the original arguments.
    PyObject* fallback(Py_ssize_t function, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
        record(function, nullptr);
        return PyObject_Vectorcall(functions_[static_cast<std::size_t>(function)], args, static_cast<size_t>(nargs), kwnames);
    }

    PyObject* last_path() const {
        if (last_function_ < 0) Py_RETURN_NONE;
        return Py_BuildValue("(sss)", names_[static_cast<std::size_t>(last_function_)], last_path_ ? "cpp" : "python",
                             last_path_ ? last_path_ : "");
    }

    PyObject* path_counts() const { return Py_BuildValue("{s:K,s:K}", "cpp", compiled_calls_, "python", python_calls_); }

    // Fills `module` from the original Python module; `methods` starts with one entry per function.
    bool initialize(PyObject* module, PyMethodDef* methods);

private:
    const char* name_;
    std::vector<const char*> names_;
    std::vector<PyObject*> functions_;  // the original Python functions
    std::vector<Parameters> parameters_;  // how their arguments bind
    std::vector<std::string> docs_;
    Py_ssize_t last_function_ = -1;
    const char* last_path_ = nullptr;  // a compiled signature, or nullptr for Python
    unsigned long long compiled_calls_ = 0, python_calls_ = 0;
    bool trace_ = false;
};

// Python run by the module's init: the binders (inspect.Signature.bind + apply_defaults) and the
// docstrings with Python's signature.
inline constexpr const char* kInitHelpers = R"py(
import inspect

def binder(function):
    signature = inspect.signature(function)
    def bind(args, kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return tuple(bound.arguments.values())
    return bind

def plain(function):
    """(names, defaults) when every parameter is positional-or-keyword, else None."""
    parameters = inspect.signature(function).parameters.values()
    if any(p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters):
        return None
    return tuple(p.name for p in parameters), tuple(p.default for p in parameters)

no_default = inspect.Parameter.empty

def doc(function):
    signature = inspect.signature(function)
    plain = signature.replace(parameters=[p.replace(annotation=inspect.Parameter.empty) for p in signature.parameters.values()],
                              return_annotation=inspect.Signature.empty)
    return f"{function.__name__}{plain}\n--\n\n{inspect.getdoc(function) or ''}"
)py";

inline bool ModuleState::initialize(PyObject* module, PyMethodDef* methods) {
    const char* trace = std::getenv("PY2CPP_TRACE");
    trace_ = trace != nullptr && *trace != '\0' && std::string(trace) != "0";
    PyObject* original = PyImport_ImportModule((std::string(name_) + "_py").c_str());
    if (original == nullptr) return false;
    bool ok = PyModule_AddObjectRef(module, "python", original) == 0;
    PyObject* helpers = ok ? PyDict_New() : nullptr;
    ok = helpers != nullptr && PyDict_SetItemString(helpers, "__builtins__", PyEval_GetBuiltins()) == 0;
    if (ok) {
        PyObject* done = PyRun_String(kInitHelpers, Py_file_input, helpers, helpers);
        ok = done != nullptr;
        Py_XDECREF(done);
    }
    PyObject* binder = ok ? PyDict_GetItemString(helpers, "binder") : nullptr;
    PyObject* plain = ok ? PyDict_GetItemString(helpers, "plain") : nullptr;
    PyObject* doc = ok ? PyDict_GetItemString(helpers, "doc") : nullptr;
    PyObject* no_default = ok ? PyDict_GetItemString(helpers, "no_default") : nullptr;
    for (std::size_t i = 0; ok && i < names_.size(); ++i) {
        Parameters& parameters = parameters_[i];
        functions_[i] = PyObject_GetAttrString(original, names_[i]);
        parameters.binder = functions_[i] ? PyObject_CallOneArg(binder, functions_[i]) : nullptr;
        PyObject* names_defaults = parameters.binder ? PyObject_CallOneArg(plain, functions_[i]) : nullptr;
        if (names_defaults != nullptr && names_defaults != Py_None) {
            parameters.names = PyTuple_GetItem(names_defaults, 0);
            parameters.defaults = PyTuple_GetItem(names_defaults, 1);
            Py_XINCREF(parameters.names);
            Py_XINCREF(parameters.defaults);
            parameters.no_default = no_default;
            Py_XINCREF(no_default);
        }
        Py_XDECREF(names_defaults);
        PyObject* text = parameters.binder ? PyObject_CallOneArg(doc, functions_[i]) : nullptr;
        const char* utf8 = text ? PyUnicode_AsUTF8(text) : nullptr;
        ok = utf8 != nullptr;
        if (ok) docs_[i] = utf8;
        Py_XDECREF(text);
        if (ok) methods[i].ml_doc = docs_[i].c_str();
    }
    Py_XDECREF(helpers);
    ok = ok && PyModule_AddFunctions(module, methods) == 0;
    PyObject* names = ok ? PyObject_Dir(original) : nullptr;
    for (Py_ssize_t i = 0; names != nullptr && ok && i < PyList_GET_SIZE(names); ++i) {
        PyObject* name = PyList_GET_ITEM(names, i);
        const char* text = PyUnicode_AsUTF8(name);
        if (text == nullptr || (text[0] == '_' && text[1] == '_') || PyObject_HasAttr(module, name)) continue;
        PyObject* value = PyObject_GetAttr(original, name);
        ok = value != nullptr && PyObject_SetAttr(module, name, value) == 0;
        Py_XDECREF(value);
    }
    Py_XDECREF(names);
    PyObject* module_doc = ok ? PyObject_GetAttrString(original, "__doc__") : nullptr;
    ok = module_doc != nullptr && PyObject_SetAttrString(module, "__doc__", module_doc) == 0;
    Py_XDECREF(module_doc);
    Py_DECREF(original);
    return ok;
}

// The two reporting functions of every generated module, bound to its state.
template <ModuleState* State>
PyObject* last_path(PyObject*, PyObject*) {
    return State->last_path();
}
template <ModuleState* State>
PyObject* path_counts(PyObject*, PyObject*) {
    return State->path_counts();
}
template <ModuleState* State>
constexpr PyMethodDef last_path_method() {
    return {"py2cpp_last_path", last_path<State>, METH_NOARGS,
            "py2cpp_last_path()\n--\n\n(function, 'cpp' or 'python', compiled signature) of the last call, or None."};
}
template <ModuleState* State>
constexpr PyMethodDef path_counts_method() {
    return {"py2cpp_path_counts", path_counts<State>, METH_NOARGS,
            "py2cpp_path_counts()\n--\n\nHow many calls went to C++ and to Python: {'cpp': n, 'python': m}."};
}

// A METH_FASTCALL | METH_KEYWORDS function as PyMethodDef stores it.
inline PyCFunction fastcall(PyObject* (*function)(PyObject*, PyObject* const*, Py_ssize_t, PyObject*)) {
    return reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(function));
}

// The body of PyInit_<name> after NumPy's import_array().
inline PyObject* create_module(ModuleState& state, PyModuleDef& definition, PyMethodDef* methods) {
    PyObject* module = PyModule_Create(&definition);
    if (module != nullptr && !state.initialize(module, methods)) Py_CLEAR(module);
    return module;
}

}  // namespace py::ext
