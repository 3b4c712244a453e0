// py2cpp runtime: values that may be None (Python's Optional[T]).
//
// A variable, parameter, field, return value or container item that holds None on some paths and
// a T on others is a py::Optional<T> (a std::optional<T> that prints, compares and tests its truth
// as Python does). An object of a module class needs no wrapper: py::ref<C> is a shared pointer,
// and the null pointer is None.
//
// Where Python uses the value as a T (arithmetic, a call, an attribute), generated code unwraps it
// with py::unwrap_none<E>(x, message): the T, or Python's exception E with Python's message when it
// is None (`unsupported operand type(s) for +: 'NoneType' and 'int'`), raised at the same point
// Python raises it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"

namespace py {

template <class T>
class Optional;

namespace detail {
template <class U>
inline constexpr bool is_optional_v = false;
template <class U>
inline constexpr bool is_optional_v<Optional<U>> = true;
}  // namespace detail

template <class T>
class Optional : public std::optional<T> {
public:
    Optional() noexcept = default;
    Optional(NoneType) noexcept {}  // NOLINT: None converts implicitly, as in Python
    Optional(const T& value) : std::optional<T>(value) {}  // NOLINT
    Optional(T&& value) : std::optional<T>(std::move(value)) {}  // NOLINT
    // Optional[int] where Optional[float] is expected: the number is promoted, None stays None.
    template <class U, std::enable_if_t<!std::is_same_v<U, T> && std::is_constructible_v<T, const U&>, int> = 0>
    Optional(const Optional<U>& other) {  // NOLINT
        if (other.has_value()) this->emplace(static_cast<T>(*other));
    }

    // str(x) / repr(x): None, or the value's own.
    void append_str_to(std::string& out) const {
        if (this->has_value()) detail::append_str(out, **this);
        else out += "None";
    }
    void append_repr_to(std::string& out) const {
        if (this->has_value()) detail::append_repr(out, **this);
        else out += "None";
    }

    // x == None, x == y: None equals only None (Python's None.__eq__), values compare as values.
    friend bool operator==(const Optional& a, NoneType) noexcept { return !a.has_value(); }
    friend bool operator==(NoneType, const Optional& a) noexcept { return !a.has_value(); }
    friend bool operator!=(const Optional& a, NoneType) noexcept { return a.has_value(); }
    friend bool operator!=(NoneType, const Optional& a) noexcept { return a.has_value(); }
    template <class U>
    friend bool operator==(const Optional& a, const Optional<U>& b) {
        if (!a.has_value() || !b.has_value()) return a.has_value() == b.has_value();
        return *a == *b;
    }
    template <class U>
    friend bool operator!=(const Optional& a, const Optional<U>& b) { return !(a == b); }
    template <class U, std::enable_if_t<!std::is_same_v<U, NoneType> && !detail::is_optional_v<U>, int> = 0>
    friend bool operator==(const Optional& a, const U& b) { return a.has_value() && *a == b; }
    template <class U, std::enable_if_t<!std::is_same_v<U, NoneType> && !detail::is_optional_v<U>, int> = 0>
    friend bool operator==(const U& b, const Optional& a) { return a.has_value() && *a == b; }
    template <class U, std::enable_if_t<!std::is_same_v<U, NoneType> && !detail::is_optional_v<U>, int> = 0>
    friend bool operator!=(const Optional& a, const U& b) { return !(a == b); }
    template <class U, std::enable_if_t<!std::is_same_v<U, NoneType> && !detail::is_optional_v<U>, int> = 0>
    friend bool operator!=(const U& b, const Optional& a) { return !(a == b); }
};

// The C++ type of a T that may be None: py::Optional<T>, or for an object its own reference.
template <class T>
struct optional_of {
    using type = Optional<T>;
};
template <class U>
struct optional_of<std::shared_ptr<U>> {
    using type = std::shared_ptr<U>;
};
template <class T>
using optional_t = typename optional_of<T>::type;

// `x is None`.
template <class T>
bool is_none(const Optional<T>& x) noexcept {
    return !x.has_value();
}
template <class T>
bool is_none(const std::shared_ptr<T>& x) noexcept {
    return !x;
}

// bool(x): None is false, a value tests as itself.
template <class T>
bool truthy(const Optional<T>& x) {
    return x.has_value() && truthy(*x);
}

// The value of x where Python uses it as a T: Error(message) when it is None.
template <class Error, class T>
const T& unwrap_none(const Optional<T>& x, const char* message) {
    if (!x.has_value()) throw Error(message);
    return *x;
}
template <class Error, class T>
T unwrap_none(Optional<T>&& x, const char* message) {
    if (!x.has_value()) throw Error(message);
    return std::move(*x);
}
template <class Error, class T>
const std::shared_ptr<T>& unwrap_none(const std::shared_ptr<T>& x, const char* message) {
    if (!x) throw Error(message);
    return x;
}
template <class Error, class T>
std::shared_ptr<T> unwrap_none(std::shared_ptr<T>&& x, const char* message) {
    if (!x) throw Error(message);
    return std::move(x);
}

}  // namespace py
