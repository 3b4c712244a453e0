// py2cpp runtime: the bridge of a generated CPython extension module (`py2cpp transpile
// --python-module`, emit/python_module_writer.cpp) between Python objects and the C++ values of
// the compiled specializations. Only the extension's own source includes it (it needs Python.h
// and NumPy's C API, which the standalone program and cross builds never see).
//
// - from_python(obj, out) accepts an object only when the compiled code computes exactly what
//   the Python function would: exact float / int (fits in 64 bits) / bool / None, and NumPy
//   arrays of the specialization's dtype (native byte order), rank, element-aligned data and
//   element-multiple strides (any sign: C, F or strided views), writeable (the C++ may write
//   through). Arrays are viewed in place: the ndarray's owner holds a reference to the NumPy
//   array, released with the GIL held. Anything else returns false: the caller falls back to
//   the original Python function.
// - to_python(value) converts a result; arrays become NumPy arrays over the C++ storage, kept
//   alive by a capsule as their base (no copy).
// - call_releasing_gil(fn) runs the compiled call without the GIL and turns a py::Exception
//   into the Python exception of the same type and message.
#pragma once

#ifndef PY_SSIZE_T_CLEAN
#define PY_SSIZE_T_CLEAN
#endif
#include <Python.h>
#ifndef NPY_NO_DEPRECATED_API
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#endif
#include <numpy/arrayobject.h>

#include <complex>
#include <cstdint>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
// Modules with array parameters or results define PY2CPP_PYTHON_MODULE_ARRAYS (arrays need Eigen;
// scalar-only modules build without it).
#if PY2CPP_PYTHON_MODULE_ARRAYS
#include "py2cpp/ndarray.hpp"
#endif

namespace py::ext {

// ---- scalars --------------------------------------------------------------------------------

inline bool from_python(PyObject* o, double& out) {
    if (!PyFloat_CheckExact(o)) return false;
    out = PyFloat_AS_DOUBLE(o);
    return true;
}

inline bool from_python(PyObject* o, std::complex<double>& out) {
    if (!PyComplex_CheckExact(o)) return false;
    out = {PyComplex_RealAsDouble(o), PyComplex_ImagAsDouble(o)};
    return true;
}

inline bool from_python(PyObject* o, py::int_t& out) {
    if (!PyLong_CheckExact(o)) return false;  // bool is a subclass: not an exact int
    int overflow = 0;
    const long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow != 0 || (v == -1 && PyErr_Occurred())) {
        PyErr_Clear();
        return false;
    }
    out = static_cast<py::int_t>(v);
    return true;
}

inline bool from_python(PyObject* o, bool& out) {
    if (!PyBool_Check(o)) return false;
    out = o == Py_True;
    return true;
}

inline bool from_python(PyObject* o, py::NoneType&) { return o == Py_None; }

inline bool from_python(PyObject* o, std::string& out) {
    if (!PyUnicode_CheckExact(o)) return false;
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(o, &size);
    if (text == nullptr) {
        PyErr_Clear();
        return false;
    }
    out.assign(text, static_cast<std::size_t>(size));
    return true;
}

#if PY2CPP_PYTHON_MODULE_ARRAYS
// ---- arrays ---------------------------------------------------------------------------------

template <class T>
constexpr char dtype_kind() {
    if constexpr (std::is_same_v<T, bool>) return 'b';
    else if constexpr (std::is_floating_point_v<T>) return 'f';
    else if constexpr (std::is_signed_v<T>) return 'i';
    else return 'u';
}

// Keeps a NumPy array alive while C++ handles view its memory; the last handle may go away on
// a thread without the GIL (the compiled call runs without it), so the release takes the GIL.
struct ArrayReference {
    void operator()(PyObject* array) const noexcept {
        const PyGILState_STATE state = PyGILState_Ensure();
        Py_DECREF(array);
        PyGILState_Release(state);
    }
};

template <class T, std::size_t N>
bool from_python(PyObject* o, py::ndarray<T, N>& out) {
    if (!PyArray_CheckExact(o)) return false;  // subclasses (matrix, masked arrays) behave differently
    auto* a = reinterpret_cast<PyArrayObject*>(o);
    PyArray_Descr* d = PyArray_DESCR(a);
    if (PyArray_NDIM(a) != static_cast<int>(N) || d->kind != dtype_kind<T>() || d->elsize != static_cast<int>(sizeof(T)) ||
        !PyArray_ISNOTSWAPPED(a) || !PyArray_ISALIGNED(a) || !PyArray_ISWRITEABLE(a) || PyDataType_HASFIELDS(d))
        return false;
    typename py::ndarray<T, N>::shape_type shape{}, strides{};
    for (std::size_t k = 0; k < N; ++k) {
        const npy_intp stride = PyArray_STRIDES(a)[k];
        if (stride % static_cast<npy_intp>(sizeof(T)) != 0) return false;
        shape[k] = PyArray_DIMS(a)[k];
        strides[k] = stride / static_cast<npy_intp>(sizeof(T));
    }
    Py_INCREF(o);
    std::shared_ptr<void> owner(o, ArrayReference{});
    out = py::ndarray<T, N>::view_of(std::move(owner), static_cast<T*>(PyArray_DATA(a)), shape, strides);
    return true;
}

#endif  // PY2CPP_PYTHON_MODULE_ARRAYS

// ---- results --------------------------------------------------------------------------------

inline PyObject* to_python(double v) { return PyFloat_FromDouble(v); }
inline PyObject* to_python(py::int_t v) { return PyLong_FromLongLong(v); }
inline PyObject* to_python(const std::complex<double>& v) { return PyComplex_FromDoubles(v.real(), v.imag()); }
inline PyObject* to_python(bool v) { return PyBool_FromLong(v ? 1 : 0); }
inline PyObject* to_python(py::NoneType) { Py_RETURN_NONE; }
inline PyObject* to_python(const std::string& v) {
    return PyUnicode_DecodeUTF8(v.data(), static_cast<Py_ssize_t>(v.size()), "surrogateescape");
}

#if PY2CPP_PYTHON_MODULE_ARRAYS
template <class T, std::size_t N>
PyObject* to_python(const py::ndarray<T, N>& a);
#endif
template <class... Ts>
PyObject* to_python(const std::tuple<Ts...>& t);
template <class T>
PyObject* to_python(const std::vector<T>& v);

#if PY2CPP_PYTHON_MODULE_ARRAYS
template <class T>
constexpr int npy_type() {
    if constexpr (std::is_same_v<T, bool>) return NPY_BOOL;
    else if constexpr (std::is_same_v<T, double>) return NPY_FLOAT64;
    else if constexpr (std::is_same_v<T, float>) return NPY_FLOAT32;
    else if constexpr (std::is_same_v<T, std::int64_t>) return NPY_INT64;
    else if constexpr (std::is_same_v<T, std::int32_t>) return NPY_INT32;
    else if constexpr (std::is_same_v<T, std::uint32_t>) return NPY_UINT32;
    else static_assert(sizeof(T) == 0, "no NumPy dtype for this element type");
}

inline void release_owner(PyObject* capsule) {
    delete static_cast<std::shared_ptr<void>*>(PyCapsule_GetPointer(capsule, "py2cpp.storage"));
}

// A NumPy array over the result's storage: the capsule base holds the C++ owner, so NumPy frees
// nothing itself and nothing is copied.
template <class T, std::size_t N>
PyObject* to_python(const py::ndarray<T, N>& a) {
    npy_intp dims[N], strides[N];
    for (std::size_t k = 0; k < N; ++k) {
        dims[k] = a.shape()[k];
        strides[k] = a.strides()[k] * static_cast<npy_intp>(sizeof(T));
    }
    static T empty_storage{};
    void* data = a.data() != nullptr ? static_cast<void*>(a.data()) : static_cast<void*>(&empty_storage);
    PyObject* result = PyArray_New(&PyArray_Type, static_cast<int>(N), dims, npy_type<T>(), strides, data, 0,
                                   NPY_ARRAY_WRITEABLE | NPY_ARRAY_ALIGNED, nullptr);
    if (result == nullptr || a.owner() == nullptr) return result;
    auto* keep = new std::shared_ptr<void>(a.owner());
    PyObject* capsule = PyCapsule_New(keep, "py2cpp.storage", release_owner);
    if (capsule == nullptr) {
        delete keep;
        Py_DECREF(result);
        return nullptr;
    }
    if (PyArray_SetBaseObject(reinterpret_cast<PyArrayObject*>(result), capsule) != 0) {  // steals capsule
        Py_DECREF(result);
        return nullptr;
    }
    return result;
}

#endif  // PY2CPP_PYTHON_MODULE_ARRAYS

template <class Tuple, std::size_t... I>
PyObject* tuple_to_python(const Tuple& t, std::index_sequence<I...>) {
    PyObject* items[] = {to_python(std::get<I>(t))...};
    PyObject* tuple = PyTuple_New(static_cast<Py_ssize_t>(sizeof...(I)));
    bool ok = tuple != nullptr;
    for (PyObject* item : items) ok = ok && item != nullptr;
    if (!ok) {
        for (PyObject* item : items) Py_XDECREF(item);
        Py_XDECREF(tuple);
        return nullptr;
    }
    for (std::size_t k = 0; k < sizeof...(I); ++k) PyTuple_SET_ITEM(tuple, static_cast<Py_ssize_t>(k), items[k]);
    return tuple;
}

template <class... Ts>
PyObject* to_python(const std::tuple<Ts...>& t) {
    return tuple_to_python(t, std::index_sequence_for<Ts...>{});
}

template <class T>
PyObject* to_python(const std::vector<T>& v) {
    PyObject* list = PyList_New(static_cast<Py_ssize_t>(v.size()));
    if (list == nullptr) return nullptr;
    for (std::size_t k = 0; k < v.size(); ++k) {
        PyObject* item = to_python(v[k]);
        if (item == nullptr) {
            Py_DECREF(list);
            return nullptr;
        }
        PyList_SET_ITEM(list, static_cast<Py_ssize_t>(k), item);
    }
    return list;
}

// ---- exceptions -----------------------------------------------------------------------------

// The Python class of a runtime exception: a builtin by name, or a dotted path
// ("numpy.linalg.LinAlgError"); RuntimeError if neither exists.
inline PyObject* exception_class(const std::string& name) {
    PyObject* cls = nullptr;
    const auto dot = name.rfind('.');
    if (dot == std::string::npos) {
        cls = PyDict_GetItemString(PyEval_GetBuiltins(), name.c_str());  // borrowed
        Py_XINCREF(cls);
    } else if (PyObject* module = PyImport_ImportModule(name.substr(0, dot).c_str())) {
        cls = PyObject_GetAttrString(module, name.substr(dot + 1).c_str());
        Py_DECREF(module);
    }
    if (cls == nullptr || !PyExceptionClass_Check(cls)) {
        PyErr_Clear();
        Py_XDECREF(cls);
        cls = PyExc_RuntimeError;
        Py_INCREF(cls);
    }
    return cls;
}

// What the compiled call ended with, when it did not return.
struct Failure {
    enum Kind { None, Python, Memory, Other } kind = None;
    std::string type, message;
};

inline void raise(const Failure& f) {
    if (f.kind == Failure::Memory) {
        PyErr_NoMemory();
        return;
    }
    if (f.kind == Failure::Other) {
        PyErr_SetString(PyExc_RuntimeError, f.message.c_str());
        return;
    }
    PyObject* cls = exception_class(f.type);
    PyObject* message = PyUnicode_DecodeUTF8(f.message.data(), static_cast<Py_ssize_t>(f.message.size()), "replace");
    if (message != nullptr) {
        PyErr_SetObject(cls, message);
        Py_DECREF(message);
    }
    Py_DECREF(cls);
}

// Runs `fn` (the compiled call) without the GIL and converts its result with the GIL held.
// KeyError keeps its key as the argument (Python shows repr(key)); other exceptions their message.
template <class F>
PyObject* call_releasing_gil(F&& fn) {
    using R = std::invoke_result_t<F&>;
    Failure failure;
    std::optional<std::conditional_t<std::is_void_v<R>, py::NoneType, R>> result;
    Py_BEGIN_ALLOW_THREADS
    try {
        if constexpr (std::is_void_v<R>) {
            fn();
            result.emplace();
        } else {
            result.emplace(fn());
        }
    } catch (const py::KeyError& e) {
        failure = {Failure::Python, e.type_name(), e.what()};
    } catch (const py::BaseException& e) {
        failure = {Failure::Python, e.type_name(), e.message()};
    } catch (const std::bad_alloc&) {
        failure = {Failure::Memory, {}, {}};
    } catch (const std::exception& e) {
        failure = {Failure::Other, {}, e.what()};
    }
    Py_END_ALLOW_THREADS
    if (!result) {
        raise(failure);
        return nullptr;
    }
    return to_python(*result);
}

// ---- binding Python's arguments ---------------------------------------------------------------

// What binding needs to know of the original function: `binder(args, kwargs)` (inspect's
// Signature.bind + apply_defaults, any signature) and, when every parameter is
// positional-or-keyword, their names and defaults (a tuple; `no_default` where there is none).
struct Parameters {
    PyObject* binder = nullptr;
    PyObject* names = nullptr;
    PyObject* defaults = nullptr;
    PyObject* no_default = nullptr;
};

// The positional arguments of one call, bound like Python binds them (keywords, defaults). The
// common call — every parameter given positionally — is used in place; keywords and defaults of
// a plain signature are bound here; anything else by the binder. A call Python would reject
// leaves `ok` false (the fallback then raises Python's own TypeError).
class BoundArguments {
public:
    static constexpr Py_ssize_t kMaxFast = 16;

    BoundArguments(const Parameters& parameters, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames, Py_ssize_t nparams) {
        if (kwnames == nullptr && nargs == nparams) {
            items_ = args;
            ok_ = true;
            return;
        }
        if (!bind_plain(parameters, args, nargs, kwnames, nparams)) bind(parameters.binder, args, nargs, kwnames, nparams);
    }
    ~BoundArguments() { Py_XDECREF(bound_); }
    BoundArguments(const BoundArguments&) = delete;
    BoundArguments& operator=(const BoundArguments&) = delete;

    bool ok() const noexcept { return ok_; }
    PyObject* operator[](std::size_t i) const noexcept { return items_[i]; }

private:
    // Keywords by name, then defaults; false (nothing bound) for anything unusual, which the
    // binder then handles or rejects with Python's error.
    bool bind_plain(const Parameters& p, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames, Py_ssize_t nparams) {
        if (p.names == nullptr || nparams > kMaxFast || nargs > nparams || PyTuple_GET_SIZE(p.names) != nparams) return false;
        for (Py_ssize_t i = 0; i < nparams; ++i) slots_[i] = i < nargs ? args[i] : nullptr;
        const Py_ssize_t nkw = kwnames == nullptr ? 0 : PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t k = 0; k < nkw; ++k) {
            PyObject* key = PyTuple_GET_ITEM(kwnames, k);
            Py_ssize_t at = -1;
            for (Py_ssize_t i = 0; i < nparams && at < 0; ++i)
                if (PyTuple_GET_ITEM(p.names, i) == key) at = i;  // interned: the usual case
            for (Py_ssize_t i = 0; i < nparams && at < 0; ++i)
                if (PyUnicode_Compare(PyTuple_GET_ITEM(p.names, i), key) == 0) at = i;
            if (PyErr_Occurred()) PyErr_Clear();
            if (at < 0 || slots_[at] != nullptr) return false;
            slots_[at] = args[nargs + k];
        }
        for (Py_ssize_t i = 0; i < nparams; ++i) {
            if (slots_[i] != nullptr) continue;
            PyObject* fallback = PyTuple_GET_ITEM(p.defaults, i);
            if (fallback == p.no_default) return false;
            slots_[i] = fallback;
        }
        items_ = slots_;
        ok_ = true;
        return true;
    }

private:
    void bind(PyObject* signature, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames, Py_ssize_t nparams) {
        // signature(args_tuple, kwargs_dict) -> tuple of every parameter's value (a helper
        // defined in the module's init, on inspect.Signature.bind + apply_defaults).
        PyObject* positional = PyTuple_New(nargs);
        PyObject* keywords = PyDict_New();
        if (positional == nullptr || keywords == nullptr) return fail(positional, keywords);
        for (Py_ssize_t i = 0; i < nargs; ++i) {
            Py_INCREF(args[i]);
            PyTuple_SET_ITEM(positional, i, args[i]);
        }
        const Py_ssize_t nkw = kwnames == nullptr ? 0 : PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t i = 0; i < nkw; ++i)
            if (PyDict_SetItem(keywords, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) != 0) return fail(positional, keywords);
        bound_ = PyObject_CallFunctionObjArgs(signature, positional, keywords, nullptr);
        Py_DECREF(positional);
        Py_DECREF(keywords);
        if (bound_ == nullptr || !PyTuple_Check(bound_) || PyTuple_GET_SIZE(bound_) != nparams) {
            PyErr_Clear();
            return;
        }
        items_ = &PyTuple_GET_ITEM(bound_, 0);
        ok_ = true;
    }
    void fail(PyObject* positional, PyObject* keywords) {
        Py_XDECREF(positional);
        Py_XDECREF(keywords);
        PyErr_Clear();
    }

    PyObject* bound_ = nullptr;
    PyObject* slots_[kMaxFast] = {};  // borrowed: the call's arguments and the defaults
    PyObject* const* items_ = nullptr;
    bool ok_ = false;
};

}  // namespace py::ext
