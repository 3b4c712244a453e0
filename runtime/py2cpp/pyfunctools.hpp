// py2cpp runtime: the parts of Python's functools that need the runtime. functools.reduce itself
// is a loop the compiler writes (infer/lower_callables.cpp: the function is applied inline, as
// map's is); this header gives it its first item.
#pragma once

#include "py2cpp/exceptions.hpp"
#include "py2cpp/generator.hpp"

namespace py::functools {

// reduce(f, items) without an initial value: the first item, or CPython's TypeError when there is none.
template <class T>
T reduce_first(const generator<T>& items) {
    if (!items.has_next()) throw TypeError("reduce() of empty iterable with no initial value");
    return items.next();
}

}  // namespace py::functools
