#include "ir/verify.hpp"

#include <fmt/format.h>

#include "ir/walker.hpp"

namespace py2cpp::ir {
namespace {

// Every expression must have a known type; the first gap is reported (the rest are consequences).
class Verifier : public IRVisitor {
public:
    explicit Verifier(Diagnostics& diags) : diags_(diags) {}

    void expr(const Expr& e) override {
        if (!e.type.is_known() && !reported_) {
            diags_.error(e.loc, "internal error: the type of this expression could not be inferred",
                         "please report this file; annotating the function's return type may work around it");
            reported_ = true;
        }
        IRVisitor::expr(e);
    }

private:
    Diagnostics& diags_;
    bool reported_ = false;
};

}  // namespace

void verify_module(const Module& module, Diagnostics& diags) {
    Verifier verifier(diags);
    for (const auto& f : module.functions) {
        if (!f.return_type.is_known())
            diags.error(f.loc, fmt::format("internal error: the return type of '{}' could not be inferred", f.py_name),
                        fmt::format("annotate it, e.g. 'def {}(...) -> float:'", f.py_name));
        verifier.block(f.body);
    }
    verifier.block(module.main_body);
}

}  // namespace py2cpp::ir
