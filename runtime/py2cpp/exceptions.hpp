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
#include <any>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>  // the returned value kept while a finally block runs (generated code)
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "py2cpp/none.hpp"
#include "py2cpp/stdout_buffer.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

// Base of all Python exceptions (Python's BaseException); what() is the message given to the
// constructor. `Exception` derives from it, and so does SystemExit, which `except Exception:`
// does not catch (a bare `except:` and `except BaseException:` do), as in Python.
//
// Python's `e.args` is the tuple the exception was made with (BaseException.__new__ stores the
// constructor call's arguments, BaseException.__init__ stores its own): compiled code sets it with
// set_args_ (py::set_exception_args, exception_args.hpp); an exception the runtime raises with a
// message has that message as its one argument (none when the message is empty).
class BaseException : public std::runtime_error {
public:
    BaseException() : std::runtime_error("") {}  // no arguments
    explicit BaseException(const std::string& message) : std::runtime_error(message), has_message_(true) {}
    explicit BaseException(const char* message) : std::runtime_error(message), has_message_(true) {}

    // The Python class name, e.g. "ZeroDivisionError".
    virtual const char* type_name() const noexcept { return "BaseException"; }
    // What Python's str(exception) gives: the message (KeyError shows the repr of its key), or
    // from explicit args: '' for none, str(arg) for one, the tuple's repr for several.
    virtual std::string message() const { return args_ ? args_text(false) : std::string(what()); }
    // What Python's repr(exception) gives: `ValueError('x')`, `SolverError('a', 2)`, `E()`.
    virtual std::string repr() const {
        std::string out = short_name();
        out += '(';
        if (args_) out += joined_reprs();
        else if (has_message_) detail::append_quoted(out, what());
        out += ')';
        return out;
    }
    // The class as a traceback names it; differs from type_name() only for a private subclass
    // (NumPy's _ArrayMemoryError), which an extension module raises as its public base.
    virtual const char* traceback_name() const noexcept { return type_name(); }
    // `raise obj` of an exception object held by reference: throws it as its own class.
    [[noreturn]] virtual void raise_() const { throw *this; }

    // e.args: each argument's str and repr (for printing) and the value itself (typed reads).
    struct Args {
        std::vector<std::string> strs, reprs;
        std::vector<std::any> values;
    };
    void set_args_(Args args) { args_ = std::make_shared<const Args>(std::move(args)); }
    std::size_t args_size() const { return args_ ? args_->reprs.size() : (has_message_ ? 1 : 0); }
    // The repr of e.args: (), ('x',), ('a', 2).
    virtual std::string args_repr() const {
        const std::size_t n = args_size();
        std::string out = "(";
        if (args_) out += joined_reprs();
        else if (n == 1) detail::append_quoted(out, what());
        if (n == 1) out += ',';
        out += ')';
        return out;
    }
    // The value of e.args[i] (i already in range), when it has C++ type T; nullptr otherwise.
    template <class T>
    const T* arg_value(std::size_t i) const {
        if (args_) return std::any_cast<T>(&args_->values[i]);
        if constexpr (std::is_same_v<T, std::string>) {
            if (!arg_is_key_repr()) {
                message_arg_ = what();
                return &message_arg_;
            }
        }
        return nullptr;
    }

protected:
    virtual bool arg_is_key_repr() const noexcept { return false; }
    std::string short_name() const {
        const std::string name = type_name();
        return name.substr(name.rfind('.') + 1);  // numpy.linalg.LinAlgError -> LinAlgError(...)
    }
    std::string joined_reprs() const {
        std::string out;
        for (std::size_t i = 0; i < args_->reprs.size(); ++i) out += (i ? ", " : "") + args_->reprs[i];
        return out;
    }
    // str(e) from explicit args; `single_repr`: KeyError's str of one argument is its repr.
    std::string args_text(bool single_repr) const {
        if (args_->reprs.empty()) return "";
        if (args_->reprs.size() == 1) return single_repr ? args_->reprs[0] : args_->strs[0];
        return "(" + joined_reprs() + ")";
    }
    std::shared_ptr<const Args> args_;
    bool has_message_ = false;  // made with a message: its one argument

private:
    mutable std::string message_arg_;  // args[0] of a message-only exception, for arg_value
};

// Python's Exception: the base of every exception but SystemExit (and KeyboardInterrupt,
// GeneratorExit, which compiled code never meets).
class Exception : public BaseException {
public:
    Exception() = default;
    explicit Exception(const std::string& message) : BaseException(message) {}
    explicit Exception(const char* message) : BaseException(message) {}
    const char* type_name() const noexcept override { return "Exception"; }
    [[noreturn]] void raise_() const override { throw *this; }
};

// SystemExit (sys.exit(code), `raise SystemExit(code)`): ends the program unless caught. Its code
// is its one argument (None without arguments; the tuple of them for several); the generated
// main() ends the process with exit_status().
class SystemExit : public BaseException {
public:
    SystemExit() = default;
    explicit SystemExit(const std::string& message) : BaseException(message) {}
    explicit SystemExit(const char* message) : BaseException(message) {}
    const char* type_name() const noexcept override { return "SystemExit"; }
    [[noreturn]] void raise_() const override { throw *this; }
    // The exit status when the code is an int, a bool or None (set with the arguments,
    // exception_args.hpp); empty for a code that is printed (a str, a tuple of several).
    std::optional<int> status() const noexcept { return args_size() == 0 ? std::optional<int>(0) : status_; }
    void set_status_(std::optional<int> status) noexcept { status_ = status; }

private:
    std::optional<int> status_;
};

#define PY2CPP_DEFINE_EXCEPTION(Name, Base)                                      \
    class Name : public Base {                                                   \
    public:                                                                      \
        Name() = default;                                                        \
        explicit Name(const std::string& message) : Base(message) {}             \
        explicit Name(const char* message) : Base(message) {}                    \
        const char* type_name() const noexcept override { return #Name; }        \
        [[noreturn]] void raise_() const override { throw *this; }               \
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
PY2CPP_DEFINE_EXCEPTION(OSError, Exception);  // files (pyio.hpp) and the os module (pyos.hpp): "[Errno 2] No such file or directory: 'x'"
PY2CPP_DEFINE_EXCEPTION(FileNotFoundError, OSError);
PY2CPP_DEFINE_EXCEPTION(FileExistsError, OSError);
PY2CPP_DEFINE_EXCEPTION(PermissionError, OSError);
PY2CPP_DEFINE_EXCEPTION(IsADirectoryError, OSError);
PY2CPP_DEFINE_EXCEPTION(NotADirectoryError, OSError);

#undef PY2CPP_DEFINE_EXCEPTION

// numpy.linalg.LinAlgError (derives from Exception in NumPy); named as Python's traceback names it.
class LinAlgError : public Exception {
public:
    LinAlgError() = default;
    explicit LinAlgError(const std::string& message) : Exception(message) {}
    explicit LinAlgError(const char* message) : Exception(message) {}
    const char* type_name() const noexcept override { return "numpy.linalg.LinAlgError"; }
    [[noreturn]] void raise_() const override { throw *this; }
};

// NumPy's MemoryError for an array whose storage cannot be allocated. Python's traceback names
// NumPy's private subclass; its constructor takes (shape, dtype), not a message, so everything
// else (an extension module re-raising it) uses the builtin MemoryError, which catches it too.
class ArrayMemoryError : public MemoryError {
public:
    explicit ArrayMemoryError(const std::string& message) : MemoryError(message) {}
    const char* traceback_name() const noexcept override { return "numpy.core._exceptions._ArrayMemoryError"; }
    [[noreturn]] void raise_() const override { throw *this; }
};

// KeyError's message is the missing key; Python shows it as repr(key): KeyError: 'name'.
// KeyError() has no arguments.
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
    [[noreturn]] void raise_() const override { throw *this; }
    std::string message() const override {
        if (args_) return args_text(true);  // KeyError's str of one argument is its repr
        if (is_repr_) return what();
        std::string text;
        if (has_message_) detail::append_quoted(text, what());
        return text;
    }
    std::string repr() const override {
        if (args_ || !is_repr_) return LookupError::repr();
        return "KeyError(" + std::string(what()) + ")";
    }
    std::string args_repr() const override {
        if (args_ || !is_repr_) return LookupError::args_repr();
        return "(" + std::string(what()) + ",)";
    }

protected:
    bool arg_is_key_repr() const noexcept override { return is_repr_; }

private:
    bool is_repr_ = false;  // what() is the key's repr, not a str key to quote
};

// ---- try/except ------------------------------------------------------------------------------------
// `except (A, B):` in generated code: whether the exception being handled is one of the classes.
template <class... Classes>
bool is_instance_of(const BaseException& e) noexcept {
    return ((dynamic_cast<const Classes*>(&e) != nullptr) || ...);
}

// The value of `e` in `except ValueError as e:` (or an exception made by `raise ValueError("a", 2)`):
// the exception object itself, kept alive by its std::exception_ptr. str(e), repr(e) and e.args
// are the object's; `raise e` raises the same exception object again.
class CaughtException {
public:
    CaughtException() = default;  // a variable declared before the handler that assigns it
    explicit CaughtException(const BaseException& e)
        : holder_(std::make_shared<const std::exception_ptr>(std::current_exception())), object_(&e) {}
    // An exception made but not thrown yet (`raise ValueError("a", 2)`).
    template <class E>
    static CaughtException made(const E& e) {
        CaughtException c;
        c.holder_ = std::make_shared<const std::exception_ptr>(std::make_exception_ptr(e));
        try {
            std::rethrow_exception(*c.holder_);
        } catch (const BaseException& thrown) {
            c.object_ = &thrown;  // the object the exception_ptr holds
        }
        return c;
    }

    const BaseException& exception() const noexcept { return *object_; }
    // What keeps the exception object alive (references to it share it).
    const std::shared_ptr<const std::exception_ptr>& holder() const noexcept { return holder_; }
    std::string type_name() const { return object_->type_name(); }
    [[noreturn]] void raise() const { std::rethrow_exception(*holder_); }

    void append_str_to(std::string& out) const { out += object_->message(); }
    void append_repr_to(std::string& out) const { out += object_->repr(); }

private:
    std::shared_ptr<const std::exception_ptr> holder_;
    const BaseException* object_ = nullptr;
};

// e.field or e.method() of `except RuntimeError as e` where a class of the module defines it: the
// exception as an object of class T, or Python's AttributeError when it is of another class.
template <class T>
std::shared_ptr<T> caught_as(const CaughtException& e, const char* attribute) {
    const T* object = dynamic_cast<const T*>(&e.exception());
    if (!object) {
        const std::string name = e.type_name();
        throw AttributeError("'" + name.substr(name.rfind('.') + 1) + "' object has no attribute '" + attribute + "'");
    }
    return std::shared_ptr<T>(e.holder(), const_cast<T*>(object));
}

// The exception caught by `except SolverError as e:` as an object of its class (a class of the
// module): a reference that keeps the exception alive.
template <class T>
std::shared_ptr<T> caught_object(const BaseException& e) {
    auto holder = std::make_shared<std::exception_ptr>(std::current_exception());
    return std::shared_ptr<T>(holder, const_cast<T*>(&dynamic_cast<const T&>(e)));
}

// Prints what Python prints for an exception that ends the program, to stderr:
//   Traceback (most recent call last):
//     File "<compiled>", in <module>
//   ValueError: the message
// (just `ValueError` when the message is empty). Standard output (print's buffer) is flushed
// first so the two streams interleave as they would in Python.
inline void report_uncaught(const BaseException& e) {
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

// What Python does with a SystemExit that ends the program: standard output is flushed; the exit
// status is the code when it is an int (a bool counts as one) or None (0); any other code is
// printed to stderr (str(code): the message of sys.exit("message")) and the status is 1.
inline int report_system_exit(const SystemExit& e) {
    flush_stdout();
    if (const std::optional<int> status = e.status()) return *status;
    const std::string text = e.message() + '\n';
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
    return 1;
}

// What Python prints when an allocation fails outside NumPy (a bare `MemoryError`): the generated
// main() calls this for a std::bad_alloc, wherever it was thrown.
inline void report_out_of_memory() { report_uncaught(MemoryError()); }

}  // namespace py
