// Python's rules for matching call arguments to parameters (positional, keyword, defaults,
// one variadic parameter), shared by user-function calls and library calls.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

namespace py2cpp {

struct ParamShape {
    std::string name;
    bool has_default = false;
    bool keyword_only = false;
    bool variadic = false;  // collects the remaining positional arguments
};

// For each parameter, the indices of the call's arguments bound to it: positional arguments are
// 0..n_positional-1, keyword arguments follow in call order. Empty for a parameter left to its default.
using ArgumentSlots = std::vector<std::vector<size_t>>;

// Reports Python-style TypeError messages ("f() missing 1 required positional argument: 'x'")
// as diagnostics at the call and returns nullopt when the call does not fit.
std::optional<ArgumentSlots> bind_arguments(const std::string& callee, const std::vector<ParamShape>& params,
                                            size_t n_positional, const std::vector<std::string>& keyword_names,
                                            const std::vector<SourceLoc>& keyword_locs, SourceLoc call_loc,
                                            Diagnostics& diags);

}  // namespace py2cpp
