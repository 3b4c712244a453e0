// The typed IR as JSON (`py2cpp transpile --emit ir`), for debugging and golden tests.
#pragma once

#include <nlohmann/json.hpp>

#include "ir/ir.hpp"

namespace py2cpp::ir {

nlohmann::json to_json(const Module& module);

}  // namespace py2cpp::ir
