// Semantic analysis of a module: what each top-level name means, which functions are entry
// points and with which signatures. (Which functions call which is found by inference itself:
// infer/specializer.cpp specializes a callee when a call needs it.)
//
// Assumes: a well-formed ast::Module from the front end.
// Guarantees: every import names a module some mapping table knows (else a diagnostic), every
// entry-point signature is parsed (annotations, `#pythran export` lines, --sig options), and the
// executable top-level statements are gathered, in order, as the body of the program's main.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"
#include "ir/types.hpp"
#include "mapping/mapping_table.hpp"

namespace py2cpp {

struct EntrySignature {
    std::string function;
    std::vector<Type> params;
    SourceLoc loc;
    std::string origin;  // "annotation", "pythran export", "--sig"
};

struct ModuleSymbols {
    // Module functions by name, and the methods of classes by "Class.method" (a key no Python
    // name can be, so a call by name never finds a method).
    std::map<std::string, const ast::FunctionDef*> functions;
    std::map<std::string, const ast::ClassDef*> classes;
    // Single inheritance among the module's classes: class -> its base (a class defined before it).
    std::map<std::string, std::string> class_bases;
    // The bases of a class, nearest first (its MRO without itself).
    std::vector<std::string> ancestors(const std::string& cls) const {
        std::vector<std::string> out;
        for (auto it = class_bases.find(cls); it != class_bases.end(); it = class_bases.find(it->second)) out.push_back(it->second);
        return out;
    }
    // Whether `cls` is `base` or derives from it.
    bool derives_from(const std::string& cls, const std::string& base) const {
        if (cls == base) return true;
        for (const auto& a : ancestors(cls))
            if (a == base) return true;
        return false;
    }
    // The class that defines `method` for objects of `cls` (itself or its nearest base that has it).
    const ast::ClassDef* method_owner(const std::string& cls, const std::string& method) const {
        std::vector<std::string> chain = {cls};
        for (auto& a : ancestors(cls)) chain.push_back(a);
        for (const auto& c : chain) {
            auto it = classes.find(c);
            if (it != classes.end() && it->second->method(method)) return it->second;
        }
        return nullptr;
    }
    // User-defined exception classes (`class SolverError(RuntimeError): ...`), in source order:
    // name and the Python name of its base (a built-in exception class or an earlier one of these).
    // They are classes of the module too (`classes`, and `class_bases` when the base is one).
    struct ExceptionClass {
        std::string name, base;
        const ast::ClassDef* def = nullptr;
    };
    std::vector<ExceptionClass> exception_classes;
    bool is_exception_class(const std::string& name) const {
        for (const auto& e : exception_classes)
            if (e.name == name) return true;
        return false;
    }
    // The Python name of the base of an exception class: its base of the module, or a built-in
    // class (`RuntimeError`); a built-in class's own base (BaseException has none).
    std::optional<std::string> exception_base(const std::string& name) const;
    // Whether exception class `cls` (of the module or built-in) is `base` or derives from it.
    bool exception_derives(const std::string& cls, const std::string& base) const;
    std::map<std::string, std::string> imports;  // local name -> qualified library name
    // Module-level names assigned once, outside main: the assignment and the expression of the
    // name's value (the value itself, or its element when a tuple display is unpacked:
    // `WIDTH, HEIGHT = 640, 480`).
    struct Constant {
        const ast::Assign* assign = nullptr;
        const ast::Expr* value = nullptr;
    };
    std::map<std::string, Constant> constants;
    // Module-level names bound more than once, or computed from such names: the main program's own.
    std::set<std::string> module_variables;
    // Module constants that functions declare `global` (and may assign): C++ globals that are
    // not const, read in program order.
    std::set<std::string> rebound_globals;
    std::vector<const ast::Stmt*> main_statements;  // top-level code + the __main__ block, in order
    bool has_main_guard = false;
    SourceLoc main_loc;
    std::vector<EntrySignature> entries;
    // Functions the front end could not convert completely (driver/pipeline.cpp): inference skips
    // them and a call of one fails without a message of its own.
    std::set<std::string> broken_functions;
};

ModuleSymbols analyze_module(const ast::Module& module, const MappingTables& tables,
                             const std::vector<std::string>& sig_options, Diagnostics& diags);

// Parses "f(float, int)" (the --sig and `#pythran export` syntax). nullopt with `error` set on failure.
std::optional<EntrySignature> parse_signature(const std::string& text, std::string& error);

// The type a name of the program denotes in an annotation (a class: `p: Point`), if any.
using AnnotationNames = std::function<std::optional<Type>(const std::string&)>;

// The type an annotation expression denotes (`float`, `tuple[int, float]`, `None`, with `names`
// also `Point`, `list[Point]`, `Optional[Point]`), if any.
std::optional<Type> annotation_type(const ast::Expr& annotation, const AnnotationNames& names = {});

}  // namespace py2cpp
