// Small RAII and accessor helpers over the Python C API, used only by the front end.
#pragma once

#include <Python.h>

#include <string>

namespace py2cpp {

// Owns one strong reference.
class PyRef {
public:
    PyRef() = default;
    explicit PyRef(PyObject* owned) : obj_(owned) {}
    PyRef(const PyRef&) = delete;
    PyRef& operator=(const PyRef&) = delete;
    PyRef(PyRef&& other) noexcept : obj_(other.obj_) { other.obj_ = nullptr; }
    ~PyRef() { Py_XDECREF(obj_); }
    PyObject* get() const { return obj_; }
    explicit operator bool() const { return obj_ != nullptr; }

private:
    PyObject* obj_ = nullptr;
};

inline std::string type_name(PyObject* obj) { return Py_TYPE(obj)->tp_name; }

// Attribute as a new reference (null, with the Python error cleared, when absent).
inline PyRef attr(PyObject* obj, const char* name) {
    PyObject* value = PyObject_GetAttrString(obj, name);
    if (!value) PyErr_Clear();
    return PyRef(value);
}

inline bool attr_is_none(PyObject* obj, const char* name) {
    PyRef value = attr(obj, name);
    return !value || value.get() == Py_None;
}

inline int attr_int(PyObject* obj, const char* name) {
    PyRef value = attr(obj, name);
    if (!value || !PyLong_Check(value.get())) return 0;
    return static_cast<int>(PyLong_AsLong(value.get()));
}

inline std::string attr_string(PyObject* obj, const char* name) {
    PyRef value = attr(obj, name);
    if (!value || !PyUnicode_Check(value.get())) return {};
    const char* utf8 = PyUnicode_AsUTF8(value.get());
    if (!utf8) { PyErr_Clear(); return {}; }
    return utf8;
}

}  // namespace py2cpp
