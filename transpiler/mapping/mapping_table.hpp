// Mapping tables: the declarative knowledge of how library callables (math, builtins, later NumPy
// and SciPy) become C++. Loaded from mappings/*.json and validated on load; the schema is
// documented in mappings/README.md.
//
// Guarantees: a table that loads is well formed (every case names existing parameters, every
// pattern and result rule is understood, every placeholder names a parameter), so binding a call
// never meets a malformed entry. A malformed table is a ToolError naming the file and the entry.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/types.hpp"

namespace py2cpp {

struct ParamSpec {
    std::string name;
    bool has_default = false;
    nlohmann::json default_value;  // null means None
    bool keyword_only = false;
    bool variadic = false;
    int min_count = 0;  // variadic only: fewer arguments than this is a compile error
};

struct CaseSpec {
    std::map<std::string, std::string> when;  // param -> pattern
    std::string result;  // type name | same:P | promote:P[,P…] | a library class's full name
    // The result when `result` names a library class a table declares ("types"): its object type.
    std::optional<Type> result_type;
    std::string cpp;
    // Optional, for a tuple result: the C++ of `result[K]` for a constant K, with {index} = K
    // (`a.shape[0]` -> `{self}.shape()[{index}]` instead of std::get<0> of the whole tuple).
    std::string item;
    // Optional: the number of arguments a variadic parameter must have collected for this case
    // (max(xs) iterates one iterable; max(a, b) compares its arguments).
    std::map<std::string, int> counts;
};

struct FunctionSpec {
    std::string qualified_name;  // math.sqrt
    std::string doc;
    std::vector<ParamSpec> params;
    std::vector<CaseSpec> cases;
    std::set<std::string> includes;
    std::string origin;  // file the entry came from, for messages
    bool attribute = false;  // `x.T`, `x.shape`: used without a call; the receiver is the first param
    // An element-wise function: pure, and with array arguments the C++ returns a lazy expression,
    // so a single-use result may be fused into its use (ir/fuse_elementwise.hpp).
    bool elementwise = false;
    // The call reads or changes hidden state (np.random's generator): it keeps its place among
    // the other effects (ir/evaluation_order.hpp) and its function is not pure.
    bool effects = false;
    // Never returns: every call raises (sys.exit). A block ending in such a call does not fall
    // off its end (infer's always_exits), like one ending in `raise`.
    bool noreturn = false;
    // Not empty: a function py2cpp knows and refuses, for this reason (numpy.linalg.eig: complex
    // results). Such an entry has no cases; every call is a located error giving the reason.
    std::string unsupported;
};

struct ConstantSpec {
    std::string qualified_name;
    Type type;
    std::string cpp;
    std::set<std::string> includes;
};

class MappingTables {
public:
    // Loads every *.json file of a directory (sorted by name), then any extra files.
    void load_directory(const std::string& dir);
    void load_file(const std::string& path);

    const FunctionSpec* find_function(const std::string& qualified) const;
    const ConstantSpec* find_constant(const std::string& qualified) const;
    bool knows_module(const std::string& module) const;
    // A class a table's "types" declares (numpy.random.Generator), by qualified name: its object type.
    const Type* find_type(const std::string& qualified) const;
    // The top-level modules the loaded tables cover (math, numpy, random...), sorted.
    std::vector<std::string> top_level_modules() const;
    // Names of the same module closest in spelling to `qualified`, for "did you mean" hints.
    std::vector<std::string> similar_names(const std::string& qualified) const;

private:
    void load_json(const nlohmann::json& table, const std::string& origin);
    // The table's "types" (library classes), before any table's functions refer to them.
    void load_types(const nlohmann::json& table, const std::string& origin);
    static nlohmann::json parse_file(const std::string& path);
    // Runs `load`, reporting a field of the wrong JSON type as an error of the table `path`.
    static void guarded(const std::string& path, const std::function<void()>& load);

    std::map<std::string, FunctionSpec> functions_;
    std::map<std::string, ConstantSpec> constants_;
    std::map<std::string, Type> library_types_;  // "types" of the tables: numpy.random.Generator -> its object type
    std::set<std::string> modules_;
};

// Patterns a `when` clause may use, and whether a pattern accepts an argument type.
bool is_known_pattern(const std::string& pattern);
// The parameter a pattern refers to: P of item:P (a value P's items can hold: list.append's x)
// and items:P (an iterable of such values: list.extend's argument).
std::optional<std::string> pattern_reference(const std::string& pattern);
// The values a pattern `str:V1|V2|...` accepts (only those str constants: qr's mode), or nullopt
// for other patterns; an empty list for a malformed one (`str:`, `str:a||b`).
std::optional<std::vector<std::string>> str_constant_values(const std::string& pattern);
// `reference`: the type of the parameter the pattern refers to (pattern_reference), if any.
bool pattern_accepts(const std::string& pattern, const Type& arg, bool arg_given, const Type* reference = nullptr);
// The type an argument is converted to when it matches `pattern` (e.g. int arg, float pattern).
Type pattern_target_type(const std::string& pattern, const Type& arg, const Type* reference = nullptr);

}  // namespace py2cpp
