// Type inference for a whole module: module constants, entry-point specializations (and, through
// them, every function they reach), and the program's main.
#pragma once

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"
#include "ir/ir.hpp"
#include "mapping/mapping_table.hpp"
#include "sema/module_symbols.hpp"

namespace py2cpp {

ir::Module infer_module(const ast::Module& module, const ModuleSymbols& symbols, const MappingTables& tables,
                        Diagnostics& diags);

}  // namespace py2cpp
