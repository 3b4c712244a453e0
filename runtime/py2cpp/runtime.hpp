// py2cpp runtime: the single header generated code includes.
//
// The runtime is header-only (C++17, namespace py) and depends only on the standard library and
// fmt. Each header covers one concept; this one pulls them all in so the emitter does not have to
// track which helpers a module uses.
#pragma once

#include "py2cpp/exceptions.hpp"  // py::Exception and Python's exception classes, report_uncaught()
#include "py2cpp/none.hpp"        // py::NoneType, py::None
#include "py2cpp/scalar.hpp"      // int/float arithmetic with Python semantics, int(), float(), round()...
#include "py2cpp/str.hpp"         // str(), repr(), len(), string concatenation
#include "py2cpp/optional.hpp"    // values that may be None (py::Optional<T>)
#include "py2cpp/slice.hpp"       // slice objects
#include "py2cpp/list.hpp"        // list (py::list<T>), sorted()
#include "py2cpp/dict.hpp"        // dict (py::dict<K, V>)
#include "py2cpp/set.hpp"         // set and frozenset (py::set<T>, py::frozenset<T>), hash()
#include "py2cpp/collections.hpp" // collections.defaultdict and Counter (py::defaultdict, py::counter)
#include "py2cpp/str_methods.hpp" // str indexing, slicing and methods
#include "py2cpp/iteration.hpp"   // enumerate, zip, reversed, sum, any, all, min/max of an iterable, `in`
#include "py2cpp/format.hpp"      // format-spec mini-language for f-strings
#include "py2cpp/percent_format.hpp"  // `format % values` (printf-style)
#include "py2cpp/str_format.hpp"  // str.format
#include "py2cpp/print.hpp"       // print()
#include "py2cpp/range.hpp"       // range() for counted loops
#include "py2cpp/pymath.hpp"      // the math module (py::math)
#include "py2cpp/complex.hpp"     // complex numbers (std::complex<double>) with CPython's arithmetic
#include "py2cpp/pycmath.hpp"     // the cmath module (py::cmath)
#include "py2cpp/sys.hpp"         // sys.argv, list indexing
#include "py2cpp/generator.hpp"   // generators (functions that yield): C++20 coroutines, py::generator<T>
#include "py2cpp/exception_args.hpp"  // e.args, exception objects of the module's classes
#include "py2cpp/recursion.hpp"   // RecursionGuard (recursive functions), sys.setrecursionlimit
