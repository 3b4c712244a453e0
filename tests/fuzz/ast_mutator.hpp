// The grammar-aware mutator of harnesses (b) and (c): libFuzzer's custom mutator and crossover
// hooks, forwarded to tests/fuzz/ast_mutator.py inside the embedded CPython the front end runs.
//
// Assumes: the interpreter was started (by a first parse_python call) before the first mutation,
// and PY2CPP_FUZZ_DIR names the directory of ast_mutator.py (a compile definition).
// Guarantees: a mutation always produces something: when the Python side has nothing to offer
// (the input does not parse, or the result would exceed max_size) libFuzzer's byte-level
// mutator runs instead, so inputs that are not valid Python are still explored. A Python error in
// the mutator itself is a bug of the harness and aborts with its traceback.
#pragma once

#define PY_SSIZE_T_CLEAN  // the y# formats below pass Py_ssize_t lengths
#include <Python.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace py2cpp_fuzz {

class AstMutator {
public:
    // Imports ast_mutator.py; call after the embedded interpreter runs.
    void load() {
        PyObject* sys_path = PySys_GetObject("path");  // borrowed
        PyObject* dir = PyUnicode_FromString(PY2CPP_FUZZ_DIR);
        if (!sys_path || !dir || PyList_Insert(sys_path, 0, dir) != 0) fatal("cannot extend sys.path");
        Py_DECREF(dir);
        module_ = PyImport_ImportModule("ast_mutator");
        if (!module_) fatal("cannot import ast_mutator.py");
        mutate_ = PyObject_GetAttrString(module_, "mutate");
        crossover_ = PyObject_GetAttrString(module_, "crossover");
        if (!mutate_ || !crossover_) fatal("ast_mutator.py lacks mutate/crossover");
    }

    size_t mutate(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
        PyObject* result = PyObject_CallFunction(mutate_, "y#In", reinterpret_cast<const char*>(data),
                                                 static_cast<Py_ssize_t>(size), seed, static_cast<Py_ssize_t>(max_size));
        const size_t n = take(result, data, max_size);
        return n != kNothing ? n : LLVMFuzzerMutate(data, size, max_size);
    }

    size_t crossover(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size, uint8_t* out, size_t max_size,
                     unsigned int seed) {
        PyObject* result = PyObject_CallFunction(crossover_, "y#y#In", reinterpret_cast<const char*>(a),
                                                 static_cast<Py_ssize_t>(a_size), reinterpret_cast<const char*>(b),
                                                 static_cast<Py_ssize_t>(b_size), seed, static_cast<Py_ssize_t>(max_size));
        const size_t n = take(result, out, max_size);
        if (n != kNothing) return n;
        // Nothing to splice: a plain copy of the first input, mutated byte-wise.
        const size_t copied = a_size < max_size ? a_size : max_size;
        std::memcpy(out, a, copied);
        return LLVMFuzzerMutate(out, copied, max_size);
    }

private:
    static constexpr size_t kNothing = static_cast<size_t>(-1);

    [[noreturn]] static void fatal(const char* what) {
        PyErr_Print();
        std::fprintf(stderr, "ast_mutator: %s\n", what);
        std::abort();
    }

    // Copies a bytes result into `out`; kNothing for None.
    static size_t take(PyObject* result, uint8_t* out, size_t max_size) {
        if (!result) fatal("mutator raised");
        size_t n = kNothing;
        if (result != Py_None) {
            char* bytes = nullptr;
            Py_ssize_t length = 0;
            if (PyBytes_AsStringAndSize(result, &bytes, &length) != 0) fatal("mutator returned no bytes");
            if (static_cast<size_t>(length) <= max_size) {
                std::memcpy(out, bytes, static_cast<size_t>(length));
                n = static_cast<size_t>(length);
            }
        }
        Py_DECREF(result);
        return n;
    }

    PyObject* module_ = nullptr;
    PyObject* mutate_ = nullptr;
    PyObject* crossover_ = nullptr;
};

}  // namespace py2cpp_fuzz
