// Declarations hoisted to the top of a body (see hoist_declarations.hpp).
#include "ir/hoist_declarations.hpp"

#include <algorithm>
#include <iterator>

namespace py2cpp::ir {
namespace {

void declare_at(Block& body, std::ptrdiff_t position, std::vector<HoistedVariable>& hoisted) {
    Block decls;
    for (const HoistedVariable& v : hoisted) {
        auto decl = std::make_unique<Declare>(SourceLoc{}, v.cpp_name, v.type);
        decl->maybe_unused = v.unused;
        decls.push_back(std::move(decl));
    }
    hoisted.clear();
    body.insert(body.begin() + position, std::make_move_iterator(decls.begin()), std::make_move_iterator(decls.end()));
}

}  // namespace

void hoist_declarations(Module& module) {
    for (Function& f : module.functions) {
        // Function lowering puts one widening copy per reassigned parameter at the top of the body.
        const auto copies = std::count_if(f.params.begin(), f.params.end(), [](const Param& p) { return p.reassigned_with_other_type; });
        declare_at(f.body, copies, f.hoisted);
    }
    declare_at(module.main_body, 0, module.main_hoisted);
}

}  // namespace py2cpp::ir
