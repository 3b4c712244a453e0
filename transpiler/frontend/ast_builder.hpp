// Conversion of CPython `ast` objects into ast::Module, rejecting unsupported constructs.
//
// Every rejected construct gets one located diagnostic with a hint, and building continues with
// the rest of the file so that all problems are reported in one run.
#pragma once

#include <Python.h>

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"

namespace py2cpp {

class AstBuilder {
public:
    explicit AstBuilder(Diagnostics& diags) : diags_(diags) {}
    // Appends the statements of `tree` (the whole file, or the next group of its top-level
    // statements) to `module`; the first call also takes the module's docstring.
    void build_module(PyObject* tree, ast::Module& module);

private:
    ast::Block build_block(PyObject* list, bool in_function);
    ast::StmtPtr build_stmt(PyObject* node, bool in_function);
    ast::StmtPtr build_function(PyObject* node, bool in_function);
    // @functools.lru_cache(...) / @functools.cache of a module function, as written; nullopt for
    // anything else (another decorator, a maxsize that is not a constant).
    std::optional<ast::FunctionDef::Cache> cache_decorator(PyObject* decorator);
    ast::StmtPtr build_class(PyObject* node, SourceLoc loc, bool in_function);
    ast::StmtPtr build_assign(PyObject* node, SourceLoc loc);
    ast::StmtPtr build_if(PyObject* node, SourceLoc loc, bool in_function);
    ast::StmtPtr build_try(PyObject* node, SourceLoc loc, bool in_function);
    ast::StmtPtr build_import(PyObject* node, SourceLoc loc, bool is_from);
    ast::ExprPtr build_expr(PyObject* node);  // checks the nesting depth, then build_expr_node
    ast::ExprPtr build_expr_node(PyObject* node);
    ast::ExprPtr build_expr_field(PyObject* node, const char* field);  // null when absent/None
    ast::ExprPtr build_constant(PyObject* node, SourceLoc loc);
    ast::ExprPtr build_call(PyObject* node, SourceLoc loc);
    ast::ExprPtr build_compare(PyObject* node, SourceLoc loc);
    ast::ExprPtr build_fstring(PyObject* node, SourceLoc loc);
    ast::ExprPtr build_formatted_value(PyObject* node, SourceLoc loc);
    std::vector<ast::ExprPtr> build_expr_list(PyObject* node, const char* field);
    void check_arguments(PyObject* args, SourceLoc loc, bool in_def);
    void reject(SourceLoc loc, const std::string& what, const std::string& hint);
    bool in_method_ = false;  // building a method of a class body (@staticmethod is accepted)
    ast::FunctionDef* function_ = nullptr;  // the function whose body is being built (its `global` names)
    std::string setter_of_;  // the property whose @NAME.setter decorates the method being built
    struct DataclassOptions {
        bool active = false, eq = true, order = false;
        struct Field {
            std::string name;
            SourceLoc loc;
            ast::ExprPtr default_value;
            // field(default_factory=F): what makes the default each time, F() (or the body of a
            // `lambda:`), computed by __init__ when the argument is left out.
            ast::ExprPtr factory;
            bool refused_default = false;  // a default py2cpp refused (field(...) with other keywords)
        };
        std::vector<Field> fields;
    };
    bool read_dataclass_decorator(PyObject* decorator, DataclassOptions& options);
    void add_dataclass_field(PyObject* item, SourceLoc loc, DataclassOptions& options);
    ast::ExprPtr dataclass_factory_call(PyObject* keyword);
    void synthesize_dataclass_methods(ast::ClassDef& cls, DataclassOptions& options);

    Diagnostics& diags_;
    int expr_depth_ = 0;
    bool reported_too_deep_ = false;
    bool built_any_group_ = false;
};

// Deeper expressions are a located error: every later stage recurses over expressions, and this
// bound keeps that recursion within the stack. CPython's own parser stops near 3000 levels
// (RecursionError "during ast construction"), so valid Python never reaches it today.
constexpr int kMaxExpressionDepth = 3000;

SourceLoc location_of(PyObject* node);
std::string operator_symbol(PyObject* op_node);

}  // namespace py2cpp
