#include "infer/specializer.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace py2cpp {

namespace {
constexpr int kMaxRecursionRounds = 8;  // each round changes the assumed return type
}  // namespace

Specializer::Specializer(const ModuleSymbols& symbols, const MappingTables& tables, const GlobalScope& globals,
                         std::set<std::string>& includes, ClassLayouts& classes, Diagnostics& diags)
    : symbols_(symbols), tables_(tables), globals_(globals), includes_(includes), classes_(classes), diags_(diags) {}

namespace {
// An exact specialization's key: the method's, with a suffix no Python name has.
constexpr const char* kExactSuffix = "#exact";
std::string function_of(const std::string& key) {
    const size_t cut = key.find('#');
    return cut == std::string::npos ? key : key.substr(0, cut);
}
}  // namespace

std::optional<ir::Function> Specializer::lower_once(const ast::FunctionDef& fn, const std::vector<Type>& arg_types, bool exact,
                                                    std::optional<Type> declared_return, Diagnostics& diags,
                                                    Type& inferred_return) {
    LoweringContext ctx{symbols_, tables_, *this, globals_, includes_, classes_};
    auto out = lower_until_settled(ctx, local_names_of(fn), declared_return, diags,
                                   [&](FunctionLowering& lowering) { return lowering.lower_function(fn, arg_types, exact); });
    if (!out) {
        diags.error(fn.loc, fmt::format("could not settle the variable types of '{}'", fn.name), "");
        return std::nullopt;
    }
    inferred_return = out->return_type;
    return out;
}

void Specializer::infer(const Key& key, Entry& entry) {
    const ast::FunctionDef& fn = *symbols_.functions.at(function_of(key.first));
    const bool exact = key.first != function_of(key.first);
    std::optional<Type> declared_return;
    // A generator's annotation (Iterator[int], Generator[int, None, None]) says what inference finds.
    if (fn.returns && !fn.is_generator) {
        // (an annotation py2cpp has no type for, `-> Any` or a library's class, leaves it to inference)
        declared_return = annotation_type(*fn.returns, [this](const std::string& name) -> std::optional<Type> {
            if (!symbols_.classes.count(name)) return std::nullopt;
            return Type::object(name, symbols_.ancestors(name));
        });
    }
    entry.assumed_return = declared_return ? *declared_return : fn.is_generator ? Type::generator(Type::unknown()) : Type::unknown();
    in_progress_.push_back(key);
    for (int round = 0; round < kMaxRecursionRounds; ++round) {
        entry.recursed = false;
        Diagnostics diags;
        Type inferred;
        entry.function = lower_once(fn, key.second, exact, declared_return, diags, inferred);
        entry.diags = std::move(diags);
        if (!entry.function || !entry.recursed || declared_return || inferred == entry.assumed_return) break;
        entry.assumed_return = inferred;
    }
    in_progress_.pop_back();
    if (entry.function && !entry.function->return_type.is_known() && !entry.diags.has_errors()) {
        entry.diags.error(fn.loc, fmt::format("cannot infer the return type of recursive function '{}'", fn.name),
                          fmt::format("annotate it, e.g. 'def {}(...) -> float:'", fn.name));
    }
}

std::optional<SpecializationInfo> Specializer::request(const std::string& function, const std::vector<Type>& arg_types,
                                                       bool exported, bool exact) {
    if (symbols_.broken_functions.count(function)) return std::nullopt;  // its front-end errors are reported
    Key key{exact ? function + kExactSuffix : function, arg_types};
    auto it = entries_.find(key);
    if (it == entries_.end()) it = entries_.emplace(key, std::make_unique<Entry>()).first;
    Entry& entry = *it->second;
    if (entry.in_progress) {
        // A recursive call: answer with the current assumption; everything above it on the stack
        // depends on that assumption and must be recomputed until it settles.
        entry.recursed = true;
        auto pos = std::find(in_progress_.begin(), in_progress_.end(), key);
        for (auto above = pos + 1; above < in_progress_.end(); ++above) entries_[*above]->provisional = true;
        return SpecializationInfo{entry.assumed_return, function_cpp_name(*symbols_.functions.at(function), exact), false, false, {}};
    }
    const bool stale = !entry.computed || (entry.provisional && !in_progress_.empty());
    if (stale) {
        entry.computed = true;
        entry.in_progress = true;
        entry.provisional = false;
        infer(key, entry);
        entry.in_progress = false;
        entry.failed = !entry.function || entry.diags.has_errors();
        entry.completion_order = ++completed_;
    }
    // The callee's own errors are reported once, by take_functions; the caller just stops here.
    if (entry.failed) return std::nullopt;
    // A function value has no command-line or Python form: a function returning one stays a helper.
    if (exported && !holds_function(entry.function->return_type)) entry.function->exported = true;
    // The command-line driver leaves out functions whose result it cannot print (project_writer.cpp).
    if (exported && !is_command_line_result(entry.function->return_type) && !entry.not_exported_said) {
        entry.not_exported_said = true;
        diags_.warning(entry.function->loc,
                       fmt::format("'{}' returns {}, which the command-line driver cannot print, so it is not one of the program's "
                                   "commands", entry.function->py_name, entry.function->return_type.to_string()),
                       "the driver prints numbers, str, None, arrays and tuples of them; the module's other functions (and the "
                       "Python extension module, for the results it converts) can call it");
    }
    return SpecializationInfo{entry.function->return_type, entry.function->cpp_name, entry.function->pure,
                              entry.function->pure_construction, entry.function->param_refinements};
}

std::vector<ir::Function> Specializer::take_functions() {
    std::vector<Entry*> done;
    for (auto& [key, entry] : entries_) {
        diags_.append(entry->diags);
        // A specialization for an undetermined list argument that its body typed is superseded by
        // the one its callers asked for next (SpecializationInfo::param_refinements).
        if (!entry->failed && entry->function && entry->function->param_refinements.empty()) done.push_back(entry.get());
    }
    std::sort(done.begin(), done.end(), [](const Entry* a, const Entry* b) { return a->completion_order < b->completion_order; });
    std::vector<ir::Function> out;
    for (Entry* e : done) out.push_back(std::move(*e->function));
    return out;
}

}  // namespace py2cpp
