// py2cpp runtime: Python's None as a C++ value.
//
// Functions that return nothing useful, parameters defaulting to None and the `None` literal all
// map to py::NoneType / py::None, an empty type whose only value is None. Comparisons follow
// Python: None == None is True, and None never equals a value of another type.
#pragma once

#include <memory>
#include <type_traits>

namespace py {

struct NoneType {
    // None where an object of a module class may be None: the null reference.
    template <class T>
    constexpr operator std::shared_ptr<T>() const noexcept {  // NOLINT: implicit, as None is in Python
        return nullptr;
    }
    friend constexpr bool operator==(NoneType, NoneType) noexcept { return true; }
    friend constexpr bool operator!=(NoneType, NoneType) noexcept { return false; }

    // None compared with anything that is not None (x == None where x is a float, say).
    template <class T, std::enable_if_t<!std::is_same_v<T, NoneType>, int> = 0>
    friend constexpr bool operator==(NoneType, const T&) noexcept { return false; }
    template <class T, std::enable_if_t<!std::is_same_v<T, NoneType>, int> = 0>
    friend constexpr bool operator==(const T&, NoneType) noexcept { return false; }
    template <class T, std::enable_if_t<!std::is_same_v<T, NoneType>, int> = 0>
    friend constexpr bool operator!=(NoneType, const T&) noexcept { return true; }
    template <class T, std::enable_if_t<!std::is_same_v<T, NoneType>, int> = 0>
    friend constexpr bool operator!=(const T&, NoneType) noexcept { return true; }
};

inline constexpr NoneType None{};

}  // namespace py
