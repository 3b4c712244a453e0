// Binding a call of a library callable to one case of its mapping-table entry.
//
// Assumes: the arguments are typed IR expressions. Guarantees: a LibraryCall whose arguments are
// converted to what the chosen case expects and whose type follows the case's result rule, or a
// diagnostic (wrong arguments, or no case accepting these argument types) and null.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "ir/ir.hpp"
#include "mapping/mapping_table.hpp"

namespace py2cpp {

struct TypedCallArgs {
    std::vector<ir::ExprPtr> positional;
    std::vector<std::string> keyword_names;
    std::vector<SourceLoc> keyword_locs;
    std::vector<ir::ExprPtr> keyword_values;
};

ir::ExprPtr bind_library_call(const FunctionSpec& spec, TypedCallArgs args, SourceLoc call_loc, Diagnostics& diags);

}  // namespace py2cpp
