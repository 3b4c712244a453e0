// Type inference and lowering of one function body (for one tuple of argument types) into the
// typed IR. Expressions: lower_expressions.cpp; calls: lower_calls.cpp; statements:
// lower_statements.cpp; variables and their versions: variables.hpp.
//
// Assumes: a well-formed AST, analysed module symbols and loaded mapping tables.
// Guarantees: an ir::Function satisfying the invariants stated in ir/ir.hpp, or diagnostics. The
// lowering may ask for a retry (`needs_retry`) when a variable had to be widened; the caller then
// lowers the function again with the widened types forced.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"
#include "infer/classes.hpp"
#include "infer/variables.hpp"
#include "ir/ir.hpp"
#include "mapping/bind_library_call.hpp"
#include "mapping/mapping_table.hpp"
#include "sema/module_symbols.hpp"

namespace py2cpp {

class Specializer;

// Module-level constants already lowered, visible to every function.
struct GlobalScope {
    struct Entry {
        std::string cpp_name;
        Type type;
    };
    std::map<std::string, Entry> names;
    // Constants whose value failed with a diagnostic: their uses stay silent (consequences only).
    std::set<std::string> failed;
};

struct LoweringContext {
    const ModuleSymbols& symbols;
    const MappingTables& tables;
    Specializer& specializer;
    const GlobalScope& globals;
    std::set<std::string>& includes;
    ClassLayouts& classes;
};

class FunctionLowering {
public:
    FunctionLowering(LoweringContext& ctx, Diagnostics& diags, VariableTable::ForcedTypes forced,
                     std::set<std::string> local_names, std::optional<Type> declared_return);

    // `exact`: a method without the dispatch to the overriding methods of derived classes.
    ir::Function lower_function(const ast::FunctionDef& fn, const std::vector<Type>& param_types, bool exact = false);
    // The overriding methods a call of `method` (defined by `owner`) on an object of static class
    // `cls` must dispatch to: the classes strictly derived from `cls` that objects are made of and
    // whose `method` is another class's, most derived first.
    std::vector<std::string> dispatch_cases(const std::string& cls, const std::string& owner, const std::string& method) const;
    // The type of an object of `cls` (with its bases, for joins).
    Type object_type(const std::string& cls) const;
    ir::Block lower_main(const std::vector<const ast::Stmt*>& statements);
    // An expression used as a value: one that may be None (an Optional) is unwrapped, raising
    // Python's TypeError at run time when it is None. Null after a diagnostic.
    ir::ExprPtr lower_expr(const ast::Expr& e);
    // An expression where None is a value too (assigned, returned, passed to a module function,
    // compared with `is`, printed, tested for truth): an Optional stays one.
    ir::ExprPtr lower_maybe_none(const ast::Expr& e);
    ir::ExprPtr lower_expr_node(const ast::Expr& e);
    void report_unsupported_rank(SourceLoc loc, const Type& type);
    // False once an expression failed to lower (an error here, or in a callee): statements were dropped.
    bool lowered_everything_ = true;

    bool needs_retry() const { return vars_.needs_retry(); }
    const VariableTable::ForcedTypes& forced_types() const { return vars_.forced(); }
    // Join of the types of every `return` (Unknown when there is none).
    const Type& inferred_return_type() const { return inferred_return_; }
    // The versions of the variables of the body lowered (for ir::Module::main_variables).
    std::vector<ir::Variable> variables() const { return vars_.records(); }

private:
    // expressions (lower_expressions.cpp)
    ir::ExprPtr lower_constant(const ast::Constant& c);
    ir::ExprPtr lower_name(const ast::Name& n);
    ir::ExprPtr lower_attribute(const ast::Attribute& a);
    ir::ExprPtr lower_binop(const ast::BinOp& b);
    ir::ExprPtr lower_arithmetic(SourceLoc loc, const std::string& op, ir::ExprPtr lhs, ir::ExprPtr rhs);
    ir::ExprPtr fold_constants(SourceLoc loc, ir::BinaryOp op, const ir::Expr& lhs, const ir::Expr& rhs);
    ir::ExprPtr lower_unary(const ast::UnaryOp& u);
    ir::ExprPtr lower_boolop(const ast::BoolOp& b);
    // An expression used only for its truth (if/while/assert tests, `not`, comprehension and
    // conditional-expression tests): `and`/`or` of mixed types may be lowered as bools there.
    ir::ExprPtr lower_condition(const ast::Expr& e);
    ir::ExprPtr lower_compare(const ast::Compare& c);
    ir::ExprPtr lower_ifexp(const ast::IfExp& e);
    ir::ExprPtr lower_tuple(const ast::Tuple& t);
    ir::ExprPtr lower_subscript(const ast::Subscript& s);
    ir::ExprPtr lower_fstring(const ast::JoinedStr& s);
    ir::ExprPtr library_constant(const std::string& qualified, SourceLoc loc);
    ir::ExprPtr as_str(ir::ExprPtr e);  // str(e) for messages

    // arrays (lower_arrays.cpp)
    struct ArrayIndex;
    std::optional<std::pair<Type, Type>> array_arithmetic_types(SourceLoc loc, ir::BinaryOp op, const std::string& spelling,
                                                                const Type& lt, const Type& rt);
    ir::ExprPtr lower_array_arithmetic(SourceLoc loc, ir::BinaryOp op, const std::string& spelling, ir::ExprPtr lhs, ir::ExprPtr rhs);
    ir::ExprPtr lower_array_unary(SourceLoc loc, const std::string& spelling, ir::ExprPtr operand);
    ir::ExprPtr lower_array_compare(const ast::Compare& c, std::vector<ir::ExprPtr> operands, ir::CompareOp op);
    std::optional<ArrayIndex> lower_array_index(const ast::Expr& index, const Type& array);
    ir::ExprPtr lower_array_subscript(const ast::Subscript& s, ir::ExprPtr array);
    ir::ExprPtr array_view(SourceLoc loc, ir::ExprPtr array, ArrayIndex index);
    void store_to_subscript(const ast::Subscript& target, const std::string& op, ir::ExprPtr value, ir::Block& out);
    void store_to_element(const ast::Subscript& target, const Type& array_type, ir::ExprPtr array, ArrayIndex index,
                          const std::string& op, ir::ExprPtr value, ir::Block& out);
    bool check_index_array(const ast::Expr& item, const ir::Expr& index);
    ir::ExprPtr lower_index_list(const ast::List& l);
    void store_to_index_array(const ast::Subscript& target, ir::ExprPtr array, ir::ExprPtr index, ir::ExprPtr value, ir::Block& out);
    void store_to_fancy(const ast::Subscript& target, ir::ExprPtr array, ArrayIndex index, const std::string& op, ir::ExprPtr value,
                        ir::Block& out);
    void store_into_array(SourceLoc loc, ir::ExprPtr target, const std::string& op, ir::ExprPtr value, ir::Block& out);
    // x.T / x.sum(axis=0) / s.split(","): the mapping entry `<type namespace>.<member>`
    // (member_namespace in ir/types.hpp: numpy.ndarray, builtins.str, ...) with the receiver as
    // first argument.
    ir::ExprPtr lower_member(const ast::Expr& member_expr, const std::string& member, ir::ExprPtr receiver,
                                   const ast::Call* call);
    ir::ExprPtr lower_list_literal(const ast::List& l);
    ir::ExprPtr array_sequence(SourceLoc loc, std::vector<ir::ExprPtr> arrays);
    ir::ExprPtr lower_matmul(SourceLoc loc, ir::ExprPtr lhs, ir::ExprPtr rhs);
    ir::ExprPtr promote_list(ir::ExprPtr list, const Type& to);

    // lists, iteration and containment (lower_containers.cpp)
    // `arrays_as_sequence`: a display of arrays is a tuple of them converted to their common dtype
    // (a library function's argument: np.vstack([x, y])).
    ir::ExprPtr lower_list_display(const ast::List& l, bool arrays_as_sequence = false);
    // [elt for x in xs if c ...] (and a generator expression, made a list): a BlockExpr whose loops
    // fill a hidden list; the comprehension's variables are its own (Python 3 scoping).
    ir::ExprPtr lower_comprehension(const ast::Comprehension& c);
    // What a comprehension is made of, for lower_comprehension_parts: the clauses' targets and
    // iterables (the first one possibly already lowered: `first`), and callbacks lowering the
    // conditions, the element and a dict comprehension's key inside the comprehension's scope.
    // The higher-order built-ins (lower_callables.cpp) build one from a callable and an iterable.
    struct ComprehensionParts {
        struct Clause {
            const ast::Expr* target = nullptr;
            const ast::Expr* iter = nullptr;  // lowered here, unless it is the first and `first` is given
            std::vector<std::pair<SourceLoc, std::function<ir::ExprPtr()>>> ifs;
            // Conditions after the ifs that end the loop at the first item for which one is false
            // (itertools.takewhile).
            std::vector<std::pair<SourceLoc, std::function<ir::ExprPtr()>>> whiles;
        };
        SourceLoc loc, element_loc;
        ast::Comprehension::Builds builds = ast::Comprehension::Builds::List;
        std::vector<Clause> clauses;
        ir::ExprPtr first;
        std::function<ir::ExprPtr()> key, element;
    };
    ir::ExprPtr lower_comprehension_parts(ComprehensionParts& parts);

    // The higher-order built-ins (lower_callables.cpp): sorted/min/max with key=, map and filter
    // (nullopt when `qualified` is none of them, or key= is absent or None; null after a
    // diagnostic), and xs.sort(key=...).
    std::optional<ir::ExprPtr> lower_higher_order(const ast::Call& c, const std::string& qualified);
    static bool has_key_argument(const ast::Call& c);
    ir::ExprPtr lower_sort_with_key(const ast::Call& c, ir::ExprPtr receiver);
    // A callable applied to `arity` items: the comprehension target that binds them (a lambda's
    // parameters, or hidden names), and the expression of one application (the lambda's body, or a
    // call made here). `what` names the caller in diagnostics.
    struct CallableApplication {
        std::vector<std::unique_ptr<ast::Expr>> owned;  // the nodes made here
        const ast::Expr* target = nullptr;
        const ast::Expr* applied = nullptr;
        std::vector<const ast::Expr*> items;  // the names the items are bound to
    };
    std::optional<CallableApplication> apply_callable(const ast::Expr& callable, size_t arity, const std::string& what);
    // [(key(x), x) for x in iterable]: what the `.key` entries of mappings/builtins.json take.
    // `ordered`: the keys must order with `<` (sorted, min, max); else any key (groupby, dropwhile).
    ir::ExprPtr decorated_items(SourceLoc loc, const ast::Expr& iterable, const ast::Expr& key, const std::string& what,
                                bool ordered = true);
    // map, filter, itertools.filterfalse, starmap and takewhile: a comprehension applying the callable.
    std::optional<ir::ExprPtr> lower_map_or_filter(const ast::Call& c, const std::string& name);
    // functools.reduce(f, iterable[, initial]): a loop folding the items into an accumulator.
    std::optional<ir::ExprPtr> lower_reduce(const ast::Call& c);
    // tuple() and tuple(t) of a tuple; tuple(iterable) of anything else is refused (a tuple's length
    // is part of its type).
    std::optional<ir::ExprPtr> lower_tuple_call(const ast::Call& c);
    // The keyword arguments of `c` other than key=, lowered into `args`; false after a diagnostic.
    bool lower_keywords_but_key(const ast::Call& c, TypedCallArgs& args);
    // `f = lambda x: ...` in a function: the name is bound to the lambda, and a call f(...) is the
    // lambda's body with its parameters bound to the arguments, evaluated where the call is (the
    // body's free names are the function's own variables, read at the call, as Python reads them).
    // True when the assignment was such a binding (recorded, or refused with a diagnostic).
    bool bind_local_lambda(const ast::Assign& a);
    ir::ExprPtr call_local_lambda(const ast::Call& c, const std::string& name);
    // A call of a mapping entry the lowering itself chooses (sorted.key, builtins.zip).
    ir::ExprPtr bind_internal(const std::string& qualified, TypedCallArgs args, SourceLoc loc);
    // An expression whose value is iterated once, right away: a library call's argument, a for
    // loop's or a comprehension's iterable. Only there may it be a generator expression, which
    // py2cpp evaluates eagerly (a list): elsewhere (stored, returned, passed to a module
    // function) a second pass over it would see the values again where Python's is exhausted.
    // `maybe_none`: a value that may be None stays an Optional (a library call's argument).
    ir::ExprPtr lower_iterated(const ast::Expr& e, bool maybe_none = false);
    // The diagnostic for `what` (a generator expression, a map() object) used elsewhere.
    void report_not_consumed_at_once(SourceLoc loc, const std::string& what, const std::string& calls, const std::string& hint);
    // `e` converted to `to` for storing (an assignment, a list method's argument): a value whose
    // type is still undetermined (an empty list) or a list variable widened by a use takes `to` (a
    // variable's version is forced, and the body lowered again); null after a diagnostic.
    ir::ExprPtr convert_for_store(ir::ExprPtr e, const Type& to);
    // A list variable `receiver` whose element type a use decides or widens (xs.append(2.5) on
    // list[int] or on an empty list): its version is forced to `to`. False after a diagnostic.
    bool refine_list_variable(ir::Expr& receiver, const Type& to, SourceLoc use);
    ir::ExprPtr lower_percent_format(SourceLoc loc, ir::ExprPtr format, ir::ExprPtr values);
    ir::ExprPtr lower_sequence_arithmetic(SourceLoc loc, const std::string& op, ir::ExprPtr lhs, ir::ExprPtr rhs);
    ir::ExprPtr lower_containment(SourceLoc loc, bool negate, ir::ExprPtr item, ir::ExprPtr container);
    // The iterable of `for x in VALUE` as the C++ range-based for reads it (a str by code points,
    // a tuple as an array of its joined type); null after a diagnostic.
    ir::ExprPtr iteration_source(const ast::Expr& where, ir::ExprPtr iterable);
    void lower_for_iterable(const ast::For& s, ir::ExprPtr iterable, ir::Block& out);
    void assign_to_target(const ast::Expr& target, ir::ExprPtr value, ir::Block& out);
    void extend_list_in_place(const ast::AugAssign& a, ir::ExprPtr list, ir::ExprPtr value, ir::Block& out);
    // xs.append(v) and the like on a list whose element type v decides or widens (the mapping
    // entry's item:self / items:self parameters): the variable is refined before binding.
    bool refine_receiver_for(const FunctionSpec& spec, ir::Expr& receiver, const TypedCallArgs& args, SourceLoc loc);
    std::optional<std::string> slice_operands(const ast::Slice& s, std::vector<std::pair<std::string, ir::ExprPtr>>& operands);
    ir::ExprPtr lower_list_subscript(const ast::Subscript& s, ir::ExprPtr list);
    void store_to_list(const ast::Subscript& target, ir::ExprPtr list, const std::string& op, ir::ExprPtr value, ir::Block& out);

    // calls (lower_calls.cpp)
    // `arrays_as_sequence`: a list display of arrays is the sequence NumPy functions take
    // (np.array([a, b]), np.hstack([a, b])); for the built-ins (print, len, list) it is a list.
    // `spread_iterables`: `*xs` of a list, set, dict or str is each of its items (print(*xs)).
    bool lower_call_arguments(const ast::Call& c, TypedCallArgs& args, bool arrays_as_sequence = true, bool spread_iterables = false);
    ir::ExprPtr lower_call(const ast::Call& c);
    // Another read of the variable `var` reads (its use recorded, as for the first read).
    std::unique_ptr<ir::Var> read_var_again(const ir::Var& var);
    // type(x).__name__ and x.__class__.__name__ (lower_expressions.cpp)
    ir::ExprPtr type_name_of(SourceLoc loc, const ast::Expr& of);
    // t[a:b:c] of a tuple with constant bounds (lower_expressions.cpp)
    ir::ExprPtr lower_tuple_slice(const ast::Slice& slice, ir::ExprPtr tuple);
    // A call of a module function or method: `key` is its ModuleSymbols::functions key (f, or
    // Class.method), `self` the object a method is called on (the first parameter, which the
    // call's own arguments do not fill), or for a construction (`constructed` set) the type of the
    // object made: the call is then the class's `new_`, with the arguments of __init__.
    ir::ExprPtr lower_user_call(const ast::Call& c, const ast::FunctionDef& fn, const std::string& key = "",
                                ir::ExprPtr self = nullptr, const Type* constructed = nullptr, bool exact = false,
                                std::vector<ir::ExprPtr> captured = {}, std::map<size_t, ir::ExprPtr> stored_defaults = {},
                                const Type* class_arg = nullptr);
    // super().method(args) in a method: the base class's method, without dispatch.
    ir::ExprPtr lower_super_call(const ast::Call& c, const std::string& method);
    // isinstance(x, Cls) for an object x (nullopt when x is not an object or Cls not a module class).
    std::optional<ir::ExprPtr> lower_isinstance(const ast::Call& c);

    // functions as values (lower_closures.cpp)
    // The value of `fn` (a module function, a nested def or a lambda's function) made at `node`
    // (the FunctionDef statement or the Lambda; null for a module function): a struct of the
    // captured variables' current values. Null after a diagnostic (a capture Python would bind late).
    ir::ExprPtr function_value(SourceLoc loc, const ast::FunctionDef& fn, const void* node);
    // callee(args) where callee is a function value: the function's specialization for the
    // captured values' and the arguments' types, the captured values first.
    ir::ExprPtr call_function_value(const ast::Call& c, ir::ExprPtr callee);
    // Whether the name `id` is a function value here (a variable or module constant holding one).
    bool names_function_value(const std::string& id) const;

    // classes (lower_classes.cpp)
    // Cls(args): a new object, initialised by __init__ (its specialization for these arguments).
    ir::ExprPtr construct_object(const ast::Call& c, const ast::ClassDef& cls);
    // Cls.method(args) of a @classmethod, for the class `cls` (its own specialization per class).
    ir::ExprPtr call_classmethod(const ast::Call& c, const ast::FunctionDef& fn, const std::string& key, const std::string& cls);

    // exceptions (lower_exceptions.cpp)
    // Whether `name` is an exception class of the module (a class whose objects are exceptions).
    bool is_exception_object_class(const std::string& name) const;
    // The Python class an exception value is known to be of when compiling: the class of an
    // object of an exception class, the class a handler catches (`except E as e`), else BaseException.
    std::string static_exception_class(const Type& t) const;
    // Whether `e` is a value holding an exception (an object of an exception class, or `e` of a handler).
    bool is_exception_value(const Type& t) const;
    // e.args (index null) or e.args[index] of an exception value.
    ir::ExprPtr exception_args(SourceLoc loc, ir::ExprPtr exception, const ast::Expr* index);
    // Records that exceptions of `cls` are given args of this tuple type (a raise, a construction,
    // BaseException.__init__ through super().__init__(...)).
    void record_exception_args(const std::string& cls, std::vector<Type> types);
    // BaseException(*args): the arguments of an exception's construction or super().__init__,
    // lowered left to right and appended to `operands` as a0, a1, ...; their types, or nullopt
    // after a diagnostic (classes, functions, iterators and exceptions are not arguments).
    std::optional<std::vector<Type>> lower_exception_args(const std::vector<ast::ExprPtr>& args,
                                                          std::vector<std::pair<std::string, ir::ExprPtr>>& operands);
    // "{a0}, {a1}, ...": the placeholders of n operands of lower_exception_args.
    static std::string exception_arg_placeholders(size_t n);
    // e.name and e.method(args) of a caught exception (`except RuntimeError as e`) whose class may
    // be one of the module's (AttributeError otherwise, as Python's lookup fails at run time).
    ir::ExprPtr caught_exception_member(const ast::Attribute& a, ir::ExprPtr caught, const ast::Call* call);
    // The expression `e.args` written in the source, when `e` names an exception value.
    bool is_exception_args(const ast::Expr& e);
    // raise OBJ / raise Cls(args) / raise Cls of an exception class of the module, or raise
    // BuiltinError(args...) with other arguments than one str message.
    bool lower_raise_value(const ast::Raise& s, ir::Block& out);
    // The built-in exception class an expression names (ValueError, np.linalg.LinAlgError), if any.
    std::optional<std::string> exception_class_name(const ast::Expr& e);

    // obj.method(args) on an object of a module class.
    ir::ExprPtr lower_method_call(const ast::Call& c, ir::ExprPtr object, const std::string& method);
    // obj.x on an object of a module class: its field (null after a diagnostic).
    ir::ExprPtr read_field(const ast::Attribute& a, ir::ExprPtr object);
    // obj.x = value (op empty), or obj.x op= operand (value null).
    void store_to_field(const ast::Attribute& target, const std::string& op, ir::ExprPtr value, ir::Block& out,
                        const ast::Expr* operand = nullptr);
    // The field `name` of `cls` takes a value of `type` here: created, kept, or widened (then the
    // module is lowered again, ClassLayouts::widened). The field's type after it, or nullopt
    // after a diagnostic.
    std::optional<Type> field_accepting(const std::string& cls, const std::string& name, const Type& type, SourceLoc loc);
    // The dunder methods the runtime and the emitter call by themselves, specialized once the
    // class is used.
    bool prepare_class(const ast::ClassDef& cls);
    // `e` evaluated once into a hidden variable (assigned in `out`), for a read-modify-write
    // (obj.x += v, obj[i] += v); read it with read_variable.
    VarVersion& hold_once(ir::ExprPtr e, const char* suffix, SourceLoc loc, ir::Block& out);
    const ast::ClassDef* class_named(const std::string& name) const;
    // The type an annotation denotes, classes of the module included (`p: Point`, `list[Point]`).
    std::optional<Type> annotation_of(const ast::Expr& annotation) const;
    // The table entry TYPE.member of a library object's type (io.TextIOWrapper.__iter__), or null.
    const FunctionSpec* library_member(const Type& type, const std::string& member) const;
    // receiver.member() of a library object, a dunder the language calls (__iter__, __enter__,
    // __exit__); null when its table has no such entry.
    ir::ExprPtr call_library_dunder(SourceLoc loc, ir::ExprPtr receiver, const std::string& member);
    // The class an expression names (`Point` in `Point.ORIGIN`), unless a variable hides it.
    const ast::ClassDef* class_of_name(const ast::Expr& e);
    // Cls.NAME: a class attribute (null after a diagnostic).
    ir::ExprPtr class_attribute(SourceLoc loc, const ast::ClassDef& cls, const std::string& name);
    // obj.NAME of a class attribute: the class's, or that of the object's class at run time when
    // constructed derived classes assign it again.
    ir::ExprPtr object_class_attribute(const ast::Attribute& a, const ast::ClassDef& cls, ir::ExprPtr object);
    std::string class_attribute_holder(const ast::ClassDef& cls, const std::string& name);
    // a == b, a < b, ... with an object operand: identity or __eq__ (an operator== in C++), the
    // ordering methods (or their reflections, as Python tries them).
    ir::ExprPtr lower_object_compare(const ast::Compare& c, std::vector<ir::ExprPtr> operands, std::unique_ptr<ir::Compare> result);
    // lhs OP rhs with an object operand: lhs.__add__(rhs), else rhs.__radd__(lhs) (nullopt when
    // neither operand is an object; null after a diagnostic).
    std::optional<ir::ExprPtr> lower_object_operator(SourceLoc loc, const std::string& op, ir::ExprPtr& lhs, ir::ExprPtr& rhs);
    // -obj, +obj, ~obj, and built-ins that call a dunder: len(obj), abs(obj), ...
    ir::ExprPtr call_object_dunder(SourceLoc loc, const std::string& what, const std::string& method, ir::ExprPtr object,
                                   ir::ExprPtr arg = nullptr, ir::ExprPtr arg2 = nullptr);
    // A call of `method` of `cls` with arguments already lowered (the object first).
    ir::ExprPtr call_method_lowered(SourceLoc loc, const ast::ClassDef& cls, const std::string& method, std::vector<ir::ExprPtr> args);
    ir::ExprPtr lower_library_call(const ast::Call& c, const std::string& qualified);
    std::optional<std::string> qualified_name(const ast::Expr& e);  // math.sqrt for m.sqrt / sqrt

    // statements (lower_statements.cpp)
    void lower_block(const ast::Block& block, ir::Block& out);
    void lower_stmt(const ast::Stmt& s, ir::Block& out);
    void lower_assign(const ast::Assign& a, ir::Block& out);
    void lower_aug_assign(const ast::AugAssign& a, ir::Block& out);
    void lower_ann_assign(const ast::AnnAssign& a, ir::Block& out);
    void assign_to_name(const ast::Name& target, ir::ExprPtr value, ir::Block& out);
    void assign_to_global(const ast::Name& target, ir::ExprPtr value, ir::Block& out);
    void assign_to_tuple(const ast::Tuple& target, ir::ExprPtr value, ir::Block& out);
    void lower_if(const ast::If& s, ir::Block& out);
    void lower_loop(const ast::Stmt& s, const ast::Block& orelse, ir::Block& out);
    void lower_delete(const ast::Expr& target, ir::Block& out);
    ir::ExprPtr element_store_value(SourceLoc loc, const std::string& op, const Type& element, const Type& container, ir::ExprPtr value,
                                    const char* what, const char* spelled);
    // Dicts (lower_dicts.cpp)
    bool check_hashable(const Type& key, SourceLoc loc);
    ir::ExprPtr lower_dict_display(const ast::Dict& d);
    ir::ExprPtr dict_key(ir::ExprPtr& dict, ir::ExprPtr key, SourceLoc loc);
    ir::ExprPtr lower_dict_subscript(const ast::Subscript& s, ir::ExprPtr dict);
    bool refine_missing_key(ir::Expr& dict, const ir::Expr& key, SourceLoc loc);
    void store_to_dict(const ast::Subscript& target, ir::ExprPtr dict, const std::string& op, ir::ExprPtr value, ir::Block& out);
    void delete_from_dict(const ast::Subscript& target, ir::ExprPtr dict, ir::Block& out);
    bool refine_dict_receiver(const FunctionSpec& spec, ir::Expr& receiver, const TypedCallArgs& args, SourceLoc loc);
    // Sets (lower_sets.cpp)
    ir::ExprPtr lower_set_display(const ast::Set& s);
    bool unify_set_members(SourceLoc loc, ir::Expr& a, ir::Expr& b, bool numbers_may_differ = false);
    ir::ExprPtr lower_set_operator(SourceLoc loc, const std::string& op, ir::ExprPtr lhs, ir::ExprPtr rhs);
    void update_set_in_place(const ast::AugAssign& a, ir::ExprPtr set, ir::ExprPtr value, ir::Block& out);
    ir::ExprPtr lower_set_compare(SourceLoc loc, std::vector<ir::ExprPtr> operands, std::unique_ptr<ir::Compare> result);
    // `lhs op rhs` bound through the operator's mapping entry (numpy.matmul, builtins.set.__or__).
    ir::ExprPtr bind_operator(SourceLoc loc, const std::string& qualified, ir::ExprPtr lhs, ir::ExprPtr rhs);
    ir::ExprPtr unpack_starred(const ast::Tuple& target, size_t star, ir::ExprPtr value);
    void lower_while(const ast::While& s, ir::Block& out);
    void lower_for(const ast::For& s, ir::Block& out);
    void lower_for_array(const ast::For& s, ir::ExprPtr iterable, ir::Block& out);
    void lower_return(const ast::Return& s, ir::Block& out);
    void lower_yield(const ast::Yield& s, ir::Block& out);
    // for item in ITERABLE: yield item
    void yield_each(ir::ExprPtr iterable, SourceLoc loc, ir::Block& out);
    // A generator method's dispatch to an override: yield what the override's generator yields, then return.
    void yield_from_override(ir::ExprPtr call, SourceLoc loc, ir::Block& out);
    // A generator function's end: the type it yields, every yield converted to it (lower_yield.cpp).
    void finish_generator(ir::Function& fn);
    void lower_assert(const ast::Assert& s, ir::Block& out);
    void lower_raise(const ast::Raise& s, ir::Block& out);
    void lower_try(const ast::Try& s, ir::Block& out);
    // `with` (its items from `item` on): the manager held, __enter__'s value bound, the rest in a
    // try whose finally block calls __exit__ (lower_statements.cpp).
    void lower_with(const ast::With& s, size_t item, ir::Block& out);
    // mgr.__enter__() / mgr.__exit__(None, None, None) of a context manager, or null (reported).
    ir::ExprPtr context_manager_call(SourceLoc loc, ir::ExprPtr manager, const std::string& method);
    // The Python exception class an `except`/`raise` expression names (ValueError,
    // numpy.linalg.LinAlgError), or nullopt after a diagnostic.
    std::optional<std::string> exception_class_of(const ast::Expr& e);
    void finish_returns(ir::Function& fn);

    // variables
    ir::ExprPtr read_variable(VarVersion& v, SourceLoc loc);
    // The version an assignment of `type` at the current position writes to (see variables.hpp).
    VarVersion* version_for_assignment(const std::string& name, const Type& type, SourceLoc loc);
    int depth() const { return static_cast<int>(path_.size()) - 1; }

    LoweringContext& ctx_;
    Diagnostics& diags_;
    VariableTable vars_;
    std::set<std::string> local_names_;
    std::optional<Type> declared_return_;
    // The type the context declares for the expression being lowered (a return under `-> float`,
    // an annotated assignment). Only the outermost operator sees it; see lower_binop.
    std::optional<Type> expected_;
    Type inferred_return_;
    bool has_return_ = false;
    bool generator_ = false;  // the function yields: its call makes a py::generator
    Type yield_type_;  // the join of the types it yields (Unknown before the first)
    bool yielded_any_ = false;
    SourceLoc mixed_numbers_loc_;  // the first yield or return that joined an int with a float
    bool generator_allowed_ = false;
    const ast::Expr* condition_ = nullptr;  // the expression lower_condition is lowering  // set by lower_iterated for the comprehension it lowers
    std::map<std::string, const ast::Lambda*> local_lambdas_;  // bind_local_lambda
    const ast::FunctionDef* self_fn_ = nullptr;  // a nested def being lowered: its name read in its body is itself
    std::vector<const ast::Stmt*> scope_statements_;  // the body lowered (the rebinding check of captures)
    std::set<std::string> global_names_;  // the function's `global` names (module variables it assigns)
    std::vector<std::string> applying_lambdas_;  // the local lambdas being applied (recursion is refused)
    // Names whose assignment already failed with a diagnostic: later reads stay silent instead of
    // adding "used before assignment" errors that are only consequences of the first one.
    std::set<std::string> poisoned_;
    BlockPath path_{0};
    int next_block_id_ = 1;
    std::vector<int> loop_else_flags_;  // per enclosing loop: its else-clause flag variable, or -1 (lower_loop)
    bool in_main_ = false;
    int handler_depth_ = 0;  // inside an `except` block: a bare `raise` re-raises
    std::string function_name_;
    // `e.args` expressions (by line * 100000 + column) printed whole (print(e.args), str(e.args)),
    // which may have the text Python prints when the argument types differ between raise sites.
    std::set<long> args_text_allowed_;
    const ast::FunctionDef* method_ = nullptr;  // the method being lowered (super() needs its class and object)
    std::map<int, size_t> param_index_;  // parameter version id -> position
    std::map<size_t, Type> param_refinements_;  // see ir::Function::param_refinements
};

// A variable widened inside a loop or branch needs the body lowered again with the wider type
// forced (variables.hpp). Calls `lower(FunctionLowering&)` until no variable is widened (each round
// widens at least one; the lattice is shallow) and returns its result, with the final attempt's
// diagnostics added to `diags`; nullopt when the types do not settle.
template <class Lower>
auto lower_until_settled(LoweringContext& ctx, const std::set<std::string>& local_names, std::optional<Type> declared_return,
                         Diagnostics& diags, Lower&& lower) -> std::optional<decltype(lower(std::declval<FunctionLowering&>()))> {
    constexpr int kMaxWideningRounds = 8;
    VariableTable::ForcedTypes forced;
    for (int round = 0; round < kMaxWideningRounds; ++round) {
        Diagnostics attempt;
        FunctionLowering lowering(ctx, attempt, forced, local_names, declared_return);
        auto out = lower(lowering);
        // Errors of an attempt that widened or decided a type (an empty list's element type, found
        // at an append after the use that failed) may be consequences of the old type: retry.
        if (lowering.needs_retry() && round + 1 < kMaxWideningRounds) {
            forced = lowering.forced_types();
            continue;
        }
        diags.append(attempt);
        return out;
    }
    return std::nullopt;
}

// A call of the runtime written as a C++ template over named operands, one expression each (the
// way a mapping-table case is written), for constructs of the language itself: indexing, stores.
ir::ExprPtr runtime_call(SourceLoc loc, Type type, const std::string& what, std::string cpp,
                         std::vector<std::pair<std::string, ir::ExprPtr>> operands);

// Whether an array expression's C++ may be a lazy element-wise node, and the expression made an
// ndarray (py::np::eval) when it may: for views, element access and ndarray methods.
bool may_be_lazy(const ir::Expr& e);
ir::ExprPtr stored_array(ir::ExprPtr e);

// The operator a Python spelling denotes ("+", "//", "<<", ...).
std::optional<ir::BinaryOp> binary_op_from_spelling(const std::string& spelling);

// The C++ name of a function (`f`), or of a method (`Point::norm`, `Point::init_`); an exact
// specialization of a method is `Shape::area_exact_` (the plain name dispatches).
std::string function_cpp_name(const ast::FunctionDef& fn, bool exact = false);
std::string exact_member_name(const std::string& member);

// Whether an __init__ calls super().__init__(...) as one of its own statements: then it decides
// e.args of an exception, whatever the constructor call was given (lower_classes.cpp).
bool calls_base_init(const ast::FunctionDef& init);

// Names a function body assigns (Python's rule for what is local), plus its parameters.
std::set<std::string> local_names_of(const ast::FunctionDef& fn);  // its parameters and assigned names, less its `global` names
std::set<std::string> local_names_of(const std::vector<const ast::Stmt*>& statements);

}  // namespace py2cpp
