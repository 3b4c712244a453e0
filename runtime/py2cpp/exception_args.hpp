// py2cpp runtime: the arguments of exceptions (Python's e.args) as compiled code sets and reads
// them, and exception objects of the module's classes.
//
// BaseException.__new__ stores the arguments of the constructor call as e.args, and
// BaseException.__init__ (super().__init__(msg) in a class's own __init__) replaces them:
// set_exception_args records each argument's str and repr (str(e), repr(e) and print(e.args)
// are exact whatever their types) and the value itself, read back with the type inference gave
// it (`e.args[0]`, `code, = e.args`).
#pragma once

#include <any>
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/optional.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"

namespace py {

namespace detail {
// The C++ type an argument is stored as: the type compiled code gives the Python value (a string
// literal is a str, an int literal an int).
template <class T>
using stored_arg_t = std::conditional_t<
    std::is_same_v<std::decay_t<T>, bool>, bool,
    std::conditional_t<std::is_integral_v<std::decay_t<T>>, int_t,
                       std::conditional_t<std::is_floating_point_v<std::decay_t<T>>, double,
                                          std::conditional_t<std::is_convertible_v<const T&, std::string_view>, std::string, std::decay_t<T>>>>>;
}  // namespace detail

namespace detail {
// The exit status of SystemExit(code): an int (a bool counts as one), 0 for None, and for an
// Optional the status of what it holds; empty for a code that is printed instead.
template <class T>
std::optional<int> exit_status_of(const T& code) {
    if constexpr (std::is_same_v<T, NoneType>) return 0;
    else if constexpr (std::is_same_v<T, bool>) return code ? 1 : 0;
    else if constexpr (std::is_integral_v<T>) return static_cast<int>(code);
    else if constexpr (is_optional_v<T>) return code.has_value() ? exit_status_of(*code) : std::optional<int>(0);
    else return std::nullopt;
}
}  // namespace detail

// e.args = (args...), each stored as the C++ type of its Python value.
template <class... Ts>
void set_exception_args(BaseException& e, const Ts&... args) {
    BaseException::Args a;
    (a.strs.push_back(py::str(args)), ...);
    (a.reprs.push_back(py::repr(args)), ...);
    (a.values.emplace_back(std::in_place_type<detail::stored_arg_t<Ts>>, args), ...);
    e.set_args_(std::move(a));
    if (auto* exit = dynamic_cast<SystemExit*>(&e)) {  // its code: one argument (several are a tuple, printed)
        if constexpr (sizeof...(Ts) == 1) exit->set_status_(detail::exit_status_of(args...));
        else exit->set_status_(std::nullopt);
    }
}

// An object of an exception class of the module without an __init__ of its own: E(args...).
template <class E, class... Ts>
std::shared_ptr<E> new_exception(const Ts&... args) {
    auto e = std::make_shared<E>();
    set_exception_args(*e, args...);
    return e;
}

// `raise ValueError("a", 2)`: a built-in exception made with arguments, raised by .raise().
template <class E, class... Ts>
CaughtException exception_with_args(const Ts&... args) {
    E e;
    set_exception_args(e, args...);
    return CaughtException::made(e);
}

// `raise obj` of an exception object of the module's classes: raised as its own class.
template <class T>
[[noreturn]] void raise_object(const std::shared_ptr<T>& e) {
    if (!e) throw TypeError("exceptions must derive from BaseException");
    e->raise_();
    std::terminate();  // raise_ throws (its [[noreturn]] is not seen through the virtual call)
}

// The exception an expression of compiled code holds: a caught one, or an object of a class.
inline const BaseException& exception_of(const CaughtException& e) { return e.exception(); }
template <class T>
const BaseException& exception_of(const std::shared_ptr<T>& e) {
    return *e;
}

// A reference to an exception object that does not own it (its own virtual str/repr calling the
// class's __str__/__repr__ methods, which take the object by reference).
template <class T>
std::shared_ptr<T> unowned_ref(const T* object) {
    return std::shared_ptr<T>(std::shared_ptr<T>(), const_cast<T*>(object));
}

namespace detail {
[[noreturn]] inline void exception_arg_type_mismatch(const BaseException& e) {
    throw TypeError(std::string("py2cpp: the arguments of this ") + e.type_name() + " are " + e.args_repr() +
                    ", of other types than the program's raise statements give it");
}
}  // namespace detail

// len(e.args)
template <class E>
int_t exception_args_len(const E& x) {
    return static_cast<int_t>(exception_of(x).args_size());
}

// e.args[i], of type T.
template <class T, class E>
T exception_arg(const E& x, int_t i) {
    const BaseException& e = exception_of(x);
    const auto n = static_cast<int_t>(e.args_size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw IndexError("tuple index out of range");
    const T* v = e.template arg_value<T>(static_cast<std::size_t>(i));
    if (!v) detail::exception_arg_type_mismatch(e);
    return *v;
}

// e.args as the tuple type inference gave it.
template <class Tuple, class E>
Tuple exception_args(const E& x) {
    const BaseException& e = exception_of(x);
    if (e.args_size() != std::tuple_size_v<Tuple>) detail::exception_arg_type_mismatch(e);
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        const std::tuple<const std::tuple_element_t<I, Tuple>*...> values{e.template arg_value<std::tuple_element_t<I, Tuple>>(I)...};
        if (((std::get<I>(values) == nullptr) || ...)) detail::exception_arg_type_mismatch(e);
        return Tuple{*std::get<I>(values)...};
    }(std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

// print(e.args) when the arguments' types differ between the exceptions that may be caught: the
// tuple as Python prints it, from the arguments' reprs.
struct ExceptionArgsText {
    std::string text;
    void append_str_to(std::string& out) const { out += text; }
    void append_repr_to(std::string& out) const { out += text; }
};
template <class E>
ExceptionArgsText exception_args_text(const E& x) {
    return {exception_of(x).args_repr()};
}

}  // namespace py
