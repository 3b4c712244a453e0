// py2cpp runtime: Python's built-in exception classes, and the report of an uncaught one.
//
// Generated code raises these where Python would raise (division by zero, math domain errors,
// bad int() literals, `raise ValueError(...)`, failed asserts). The classes mirror the part of
// Python's hierarchy that compiled code can meet, so `except ArithmeticError:` can become
// `catch (const py::ArithmeticError&)` and still catch a ZeroDivisionError. The generated
// main() catches py::Exception and calls report_uncaught(), which prints the same last line
// Python prints (`ValueError: message`) so outputs can be compared with the interpreter's; a
// std::bad_alloc from any allocation is reported as Python's MemoryError (report_out_of_memory).
#pragma once

#include <cstdio>
#include <exception>
#include <optional>  // the returned value kept while a finally block runs (generated code)
#include <stdexcept>
#include <string>

#include "py2cpp/stdout_buffer.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

// Base of all Python exceptions; what() is the message given to the constructor.
class Exception : public std::runtime_error {
public:
    Exception() : std::runtime_error("") {}
    explicit Exception(const std::string& message) : std::runtime_error(message) {}
    explicit Exception(const char* message) : std::runtime_error(message) {}

    // The Python class name, e.g. "ZeroDivisionError".
    virtual const char* type_name() const noexcept { return "Exception"; }
    // What Python's str(exception) gives: the message (KeyError shows the repr of its key).
    virtual std::string message() const { return what(); }
    // The class as a traceback names it; differs from type_name() only for a private subclass
    // (NumPy's _ArrayMemoryError), which an extension module raises as its public base.
    virtual const char* traceback_name() const noexcept { return type_name(); }
};

#define PY2CPP_DEFINE_EXCEPTION(Name, Base)                                      \
    class Name : public Base {                                                   \
    public:                                                                      \
        Name() = default;                                                        \
        explicit Name(const std::string& message) : Base(message) {}             \
        explicit Name(const char* message) : Base(message) {}                    \
        const char* type_name() const noexcept override { return #Name; }        \
    }

PY2CPP_DEFINE_EXCEPTION(ArithmeticError, Exception);
PY2CPP_DEFINE_EXCEPTION(ZeroDivisionError, ArithmeticError);
PY2CPP_DEFINE_EXCEPTION(OverflowError, ArithmeticError);
PY2CPP_DEFINE_EXCEPTION(ValueError, Exception);
PY2CPP_DEFINE_EXCEPTION(TypeError, Exception);
PY2CPP_DEFINE_EXCEPTION(LookupError, Exception);
PY2CPP_DEFINE_EXCEPTION(IndexError, LookupError);
PY2CPP_DEFINE_EXCEPTION(AssertionError, Exception);
PY2CPP_DEFINE_EXCEPTION(RuntimeError, Exception);
PY2CPP_DEFINE_EXCEPTION(NotImplementedError, RuntimeError);
PY2CPP_DEFINE_EXCEPTION(RecursionError, RuntimeError);
PY2CPP_DEFINE_EXCEPTION(MemoryError, Exception);
PY2CPP_DEFINE_EXCEPTION(AttributeError, Exception);  // an attribute of None (a value that may be None)
PY2CPP_DEFINE_EXCEPTION(StopIteration, Exception);  // next() of a finished generator or iterator

#undef PY2CPP_DEFINE_EXCEPTION

// numpy.linalg.LinAlgError (derives from Exception in NumPy); named as Python's traceback names it.
class LinAlgError : public Exception {
public:
    LinAlgError() = default;
    explicit LinAlgError(const std::string& message) : Exception(message) {}
    explicit LinAlgError(const char* message) : Exception(message) {}
    const char* type_name() const noexcept override { return "numpy.linalg.LinAlgError"; }
};

// NumPy's MemoryError for an array whose storage cannot be allocated. Python's traceback names
// NumPy's private subclass; its constructor takes (shape, dtype), not a message, so everything
// else (an extension module re-raising it) uses the builtin MemoryError, which catches it too.
class ArrayMemoryError : public MemoryError {
public:
    explicit ArrayMemoryError(const std::string& message) : MemoryError(message) {}
    const char* traceback_name() const noexcept override { return "numpy.core._exceptions._ArrayMemoryError"; }
};

// KeyError's message is the missing key; Python shows it as repr(key): KeyError: 'name'.
// An empty message stands for KeyError() without arguments.
class KeyError : public LookupError {
public:
    KeyError() = default;
    explicit KeyError(const std::string& key) : LookupError(key) {}
    explicit KeyError(const char* key) : LookupError(key) {}
    // KeyError(key) for any key: its repr already made (KeyError: 42, KeyError: (1, 'a')).
    static KeyError of_repr(const std::string& key_repr) {
        KeyError e(key_repr);
        e.is_repr_ = true;
        return e;
    }
    const char* type_name() const noexcept override { return "KeyError"; }
    std::string message() const override {
        if (is_repr_) return what();
        std::string text;
        if (*what() != '\0') detail::append_quoted(text, what());
        return text;
    }

private:
    bool is_repr_ = false;  // what() is the key's repr, not a str key to quote
};

// ---- try/except ------------------------------------------------------------------------------------
// `except (A, B):` in generated code: whether the exception being handled is one of the classes.
template <class... Classes>
bool is_instance_of(const Exception& e) noexcept {
    return ((dynamic_cast<const Classes*>(&e) != nullptr) || ...);
}

// The value of `e` in `except ValueError as e:`: str(e) is the message (KeyError: the repr of its
// key), repr(e) is `ValueError('message')`, and `raise e` raises the same exception object again.
class CaughtException {
public:
    CaughtException() = default;  // a variable declared before the handler that assigns it
    explicit CaughtException(const Exception& e)
        : exception_(std::current_exception()), type_(e.type_name()), text_(e.what()), message_(e.message()) {}

    const std::string& type_name() const noexcept { return type_; }
    [[noreturn]] void raise() const { std::rethrow_exception(exception_); }

    void append_str_to(std::string& out) const { out += message_; }
    void append_repr_to(std::string& out) const {
        out += type_.substr(type_.rfind('.') + 1);  // numpy.linalg.LinAlgError -> LinAlgError(...)
        out += '(';
        // A KeyError's argument is its key, whose repr str(e) already is: KeyError(1), KeyError('a').
        if (type_ == "KeyError") out += message_;
        else if (!text_.empty()) detail::append_quoted(out, text_);
        out += ')';
    }

private:
    std::exception_ptr exception_;
    std::string type_, text_, message_;
};

// Prints what Python prints for an exception that ends the program, to stderr:
//   Traceback (most recent call last):
//     File "<compiled>", in <module>
//   ValueError: the message
// (just `ValueError` when the message is empty). Standard output (print's buffer) is flushed
// first so the two streams interleave as they would in Python.
inline void report_uncaught(const Exception& e) {
    std::string text = "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\n";
    text += e.traceback_name();
    const std::string message = e.message();
    if (!message.empty()) {
        text += ": ";
        text += message;
    }
    text += '\n';
    flush_stdout();
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

// What Python prints when an allocation fails outside NumPy (a bare `MemoryError`): the generated
// main() calls this for a std::bad_alloc, wherever it was thrown.
inline void report_out_of_memory() { report_uncaught(MemoryError()); }

}  // namespace py
