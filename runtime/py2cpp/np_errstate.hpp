// py2cpp runtime: numpy.errstate as a context manager (`with np.errstate(divide="ignore"): ...`).
//
// Compiled array code never raises FloatingPointError nor prints NumPy's RuntimeWarnings (to
// stderr), so the settings the table admits ('ignore', 'warn', 'print', 'log': none of which
// changes a value or the program's stdout) need nothing at run time. 'raise' and 'call' are
// refused when transpiling.
#pragma once

#include <string>

namespace py::np {

class ErrState {
public:
    const ErrState& enter() const { return *this; }
    void exit() const {}
    void append_str_to(std::string& out) const { out += "<numpy.errstate>"; }
    void append_repr_to(std::string& out) const { append_str_to(out); }
};

}  // namespace py::np
