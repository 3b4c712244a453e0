// Loading and validating mapping tables (see mapping_table.hpp and mappings/README.md).
#include "mapping/mapping_table.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>

#include <fmt/format.h>

#include "diag/diagnostics.hpp"
#include "mapping/constant_rules.hpp"
#include "mapping/result_rules.hpp"

namespace py2cpp {
namespace {

[[noreturn]] void table_error(const std::string& origin, const std::string& entry, const std::string& what) {
    throw ToolError{fmt::format("{}: error: malformed mapping table entry '{}': {}", origin, entry, what)};
}

ParamSpec parse_param(const nlohmann::json& j, const std::string& origin, const std::string& entry) {
    ParamSpec p;
    if (j.is_string()) {
        p.name = j.get<std::string>();
        return p;
    }
    if (!j.is_object() || !j.contains("name") || !j["name"].is_string())
        table_error(origin, entry, "a parameter must be a name or an object with a string \"name\"");
    for (const auto& [key, _] : j.items())
        if (key != "name" && key != "default" && key != "keyword_only" && key != "variadic" && key != "min_count")
            table_error(origin, entry, fmt::format("unknown parameter field \"{}\"", key));
    p.name = j["name"].get<std::string>();
    if (j.contains("default")) {
        p.has_default = true;
        p.default_value = j["default"];
        if (!(p.default_value.is_null() || p.default_value.is_number() || p.default_value.is_boolean() ||
              p.default_value.is_string()))
            table_error(origin, entry, fmt::format("default of \"{}\" must be null, a number, a bool or a string", p.name));
    }
    p.keyword_only = j.value("keyword_only", false);
    p.variadic = j.value("variadic", false);
    p.min_count = j.value("min_count", 0);
    if (p.min_count != 0 && !p.variadic) table_error(origin, entry, fmt::format("\"min_count\" of \"{}\" needs \"variadic\": true", p.name));
    return p;
}

// The template is pasted into the generated C++, so a mistake in it would surface as a C++ error
// in the user's build: brackets must pair up (outside string and character literals), and a `{`
// directly followed by a parameter's name must close as the placeholder `{name}`.
template <typename IsParam>
std::optional<std::string> template_syntax_problem(const std::string& cpp, const IsParam& is_param) {
    std::string open;  // the brackets still open, innermost last
    for (size_t i = 0; i < cpp.size(); ++i) {
        const char c = cpp[i];
        if (c == '"' || c == '\'') {
            size_t j = i + 1;
            while (j < cpp.size() && cpp[j] != c) j += cpp[j] == '\\' ? 2 : 1;
            if (j >= cpp.size()) return fmt::format("unterminated {} literal", c == '"' ? "string" : "character");
            i = j;
            continue;
        }
        if (c == '{') {
            size_t j = i + 1;
            while (j < cpp.size() && (std::isalnum(static_cast<unsigned char>(cpp[j])) || cpp[j] == '_')) ++j;
            const std::string name = cpp.substr(i + 1, j - i - 1);
            if (j > i + 1 && (j >= cpp.size() || cpp[j] != '}') && (is_param(name) || name == "T" || name == "R"))
                return fmt::format("placeholder {{{} is not closed by '}}'", name);
        }
        if (c == '(' || c == '[' || c == '{') open += c;
        if (c == ')' || c == ']' || c == '}') {
            const char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (open.empty() || open.back() != expected) return fmt::format("unbalanced '{}' at offset {}", c, i);
            open.pop_back();
        }
    }
    if (!open.empty()) return fmt::format("'{}' is never closed", open.back());
    return std::nullopt;
}

// Placeholders `{name}` in a C++ template.
std::vector<std::string> placeholders(const std::string& cpp) {
    std::vector<std::string> names;
    static const std::regex placeholder(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})");
    for (auto it = std::sregex_iterator(cpp.begin(), cpp.end(), placeholder); it != std::sregex_iterator(); ++it)
        names.push_back((*it)[1].str());
    return names;
}

CaseSpec parse_case(const nlohmann::json& j, const std::vector<ParamSpec>& params, const std::string& origin,
                    const std::string& entry, const std::map<std::string, Type>& library_types) {
    if (!j.is_object()) table_error(origin, entry, "each case must be an object");
    for (const char* required : {"result", "cpp"})
        if (!j.contains(required) || !j[required].is_string())
            table_error(origin, entry, fmt::format("a case needs a string \"{}\"", required));
    CaseSpec c;
    c.result = j["result"].get<std::string>();
    if (c.result == "none") c.result = "None";  // tables spell types in lower case
    c.cpp = j["cpp"].get<std::string>();
    auto has_param = [&](const std::string& n) {
        return std::any_of(params.begin(), params.end(), [&](const ParamSpec& p) { return p.name == n; });
    };
    if (j.contains("when")) {
        if (!j["when"].is_object()) table_error(origin, entry, "\"when\" must map parameter names to patterns");
        for (const auto& [param, pattern] : j["when"].items()) {
            if (!has_param(param)) table_error(origin, entry, fmt::format("\"when\" names unknown parameter \"{}\"", param));
            if (!pattern.is_string() || !(is_known_pattern(pattern.get<std::string>()) || library_types.count(pattern.get<std::string>())))
                table_error(origin, entry, fmt::format("unknown pattern {} for parameter \"{}\"", pattern.dump(), param));
            if (auto other = pattern_reference(pattern.get<std::string>()); other && !has_param(*other))
                table_error(origin, entry, fmt::format("pattern {} names unknown parameter \"{}\"", pattern.dump(), *other));
            c.when[param] = pattern.get<std::string>();
        }
    }
    std::vector<std::string> names;
    for (const auto& p : params) names.push_back(p.name);
    if (auto library = library_types.find(c.result); library != library_types.end())
        c.result_type = library->second;  // an object of a class a table declares
    else if (auto problem = is_constant_rule(c.result) ? check_constant_rule(c.result, names) : check_result_rule(c.result, names))
        table_error(origin, entry, fmt::format("result rule \"{}\": {}", c.result, *problem));
    if (auto problem = template_syntax_problem(c.cpp, has_param))
        table_error(origin, entry, fmt::format("C++ template \"{}\": {}", c.cpp, *problem));
    if (j.contains("item")) {
        if (!j["item"].is_string()) table_error(origin, entry, "\"item\" must be a C++ template string");
        c.item = j["item"].get<std::string>();
        auto known = [&](const std::string& n) { return n == "index" || has_param(n); };
        if (auto problem = template_syntax_problem(c.item, known))
            table_error(origin, entry, fmt::format("item template \"{}\": {}", c.item, *problem));
        for (const auto& name : placeholders(c.item))
            if (!known(name)) table_error(origin, entry, fmt::format("item template uses unknown placeholder {{{}}}", name));
    }
    if (j.contains("count")) {
        if (!j["count"].is_object()) table_error(origin, entry, "\"count\" must map variadic parameter names to numbers");
        for (const auto& [key, n] : j["count"].items()) {
            const std::string param = key;  // a named copy: lambdas may not capture structured bindings before C++20's P1091 in clang
            auto p = std::find_if(params.begin(), params.end(), [&](const ParamSpec& s) { return s.name == param; });
            if (p == params.end() || !p->variadic) table_error(origin, entry, fmt::format("\"count\" names \"{}\", which is not a variadic parameter", param));
            if (!n.is_number_integer() || n.get<int>() < 0) table_error(origin, entry, "\"count\" values must be non-negative integers");
            c.counts[param] = n.get<int>();
        }
    }
    std::set<std::string> seen;
    for (const auto& name : placeholders(c.cpp)) {
        if (name == "T" || name == "R") continue;  // the C++ element type of the result, its rank
        if (!has_param(name)) table_error(origin, entry, fmt::format("C++ template uses unknown placeholder {{{}}}", name));
        if (!seen.insert(name).second)
            table_error(origin, entry, fmt::format("placeholder {{{}}} is used twice (the argument would be evaluated twice)", name));
    }
    return c;
}

}  // namespace

std::optional<std::string> pattern_reference(const std::string& p) {
    for (const char* prefix : {"item:", "items:", "value:", "like:", "vectors:"})
        if (p.rfind(prefix, 0) == 0 && p.size() > std::string(prefix).size()) return p.substr(std::string(prefix).size());
    return std::nullopt;
}

bool is_known_pattern(const std::string& p) {
    if (pattern_reference(p)) return true;
    if (const size_t amp = p.find('&'); amp != std::string::npos)  // both: array1&int_array
        return is_known_pattern(p.substr(0, amp)) && is_known_pattern(p.substr(amp + 1));
    if (auto values = str_constant_values(p)) return !values->empty();
    static const std::set<std::string> patterns = {"bool", "int", "float", "number", "complex", "str", "none", "default", "tuple",
                                                   "list", "any", "array", "array1", "array2", "numeric", "dtype",
                                                   "shape", "axes", "arrays", "bool_array", "nonbool_array", "nonbool_number", "int_array", "float_array",
                                                   "true", "false", "int_or_none", "matrices", "nonnegative_int", "negative_int",
                                                   "iterable", "numbers", "reversible", "generator", "sortable", "formattable", "dict", "set", "frozenset",
                                                   "anyset", "hashable", "factory", "mapping", "number_list",
                                                   "any_array", "any_array1", "any_array2", "any_matrices", "any_arrays", "any_numeric",
                                                   "complex_array"};
    return patterns.count(p) > 0;
}

namespace {

bool is_int_like(const Type& t) { return t.is(TypeKind::Int) || t.is(TypeKind::Bool); }

// Whether Python orders two values of this type with `<`: real numbers, str, tuples and lists of
// such, sets (by inclusion), objects (their __lt__, checked where the class is known); not
// complex numbers, dicts, None or arrays (Python's TypeError, or NumPy's ambiguous truth value).
bool orderable(const Type& t) {
    switch (t.kind) {
        case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float: case TypeKind::Str: case TypeKind::Object:
        case TypeKind::Set: case TypeKind::FrozenSet: case TypeKind::Unknown: case TypeKind::Undetermined:
            return true;
        case TypeKind::Tuple: case TypeKind::List: return std::all_of(t.elements.begin(), t.elements.end(), orderable);
        default: return false;
    }
}

// A list (nested any depth) of bool, int or float values: what NumPy reads as a numeric array.
bool number_list(const Type& t) {
    if (!t.is(TypeKind::List)) return false;
    const Type& e = t.elements[0];
    return e.is_numeric_scalar() || number_list(e);
}

}  // namespace

std::optional<std::vector<std::string>> str_constant_values(const std::string& p) {
    if (p.rfind("str:", 0) != 0) return std::nullopt;
    std::vector<std::string> values;
    size_t start = 4;
    while (true) {
        const size_t bar = p.find('|', start);
        values.push_back(p.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (values.back().empty()) return std::vector<std::string>{};
        if (bar == std::string::npos) return values;
        start = bar + 1;
    }
}

bool pattern_accepts(const std::string& pattern, const Type& arg, bool arg_given, const Type* reference) {
    if (const size_t amp = pattern.find('&'); amp != std::string::npos)
        return pattern_accepts(pattern.substr(0, amp), arg, arg_given, reference) &&
               pattern_accepts(pattern.substr(amp + 1), arg, arg_given, reference);
    if (pattern == "number_list") return number_list(arg);
    if (pattern == "default") return !arg_given;
    // The constant is checked by the binder (str:r, qr's mode='r', changes the result's type).
    if (str_constant_values(pattern)) return arg.is(TypeKind::Str);
    if (pattern.rfind("vectors:", 0) == 0)  // a stack of vectors for the stack of matrices P (np.linalg.solve's b)
        return reference && reference->is_array() && arg.is_array() && !arg.is_complex_array() && arg.rank == reference->rank - 1;
    // The array patterns take real arrays (bool, ints, floats); an entry opts into complex arrays
    // with the any_ forms (any_array: an array of any dtype), so a function whose runtime has no
    // complex form refuses a complex array at the call, with the forms it supports.
    if (pattern.rfind("any_", 0) == 0) {
        const std::string real = pattern.substr(4);
        if (real == "numeric") return arg.is_numeric_or_complex();
        if (real == "arrays")
            return arg.is(TypeKind::Tuple) && !arg.elements.empty() &&
                   std::all_of(arg.elements.begin(), arg.elements.end(), [](const Type& e) { return e.is_array(); });
        if (!arg.is_complex_array()) return pattern_accepts(real, arg, arg_given, reference);
        Type as_real = arg;
        as_real.dtype = real_part_dtype(arg.dtype);
        return pattern_accepts(real, as_real, arg_given, reference);
    }
    if (pattern == "complex_array") return arg.is_complex_array();
    static const std::set<std::string> real_array_patterns = {"array", "array1", "array2", "matrices", "nonbool_array"};
    if (arg.is_complex_array() && real_array_patterns.count(pattern)) return false;
    if (pattern.find('.') != std::string::npos)  // a library class's name: an object of that class
        return arg.is(TypeKind::LibraryObject) && arg.class_name == pattern;
    if (pattern == "iterable") return item_type(arg).has_value();
    if (pattern == "reversible") return item_type(arg).has_value() && !arg.is(TypeKind::Generator);  // not a generator (TypeError)
    if (pattern == "generator") return arg.is(TypeKind::Generator);
    if (pattern == "numbers") {  // an iterable of bools, ints and floats (math.fsum, math.prod)
        auto item = item_type(arg);
        return item && item->is_numeric_scalar() && !arg.is_array();
    }
    if (pattern == "sortable") {  // an iterable whose items Python orders (sorted, min, max, list.sort)
        auto item = item_type(arg);
        return item && orderable(*item);
    }
    if (pattern.rfind("like:", 0) == 0)  // a value of exactly P's (decided) type
        return reference && !arg.is_undetermined() && arg == *reference;
    if (pattern.rfind("value:", 0) == 0)  // a value the dict P's values can hold
        return reference && reference->is_dict() && assignable(arg, reference->elements[1]);
    if (pattern_reference(pattern)) {
        auto item = reference ? item_type(*reference) : std::nullopt;
        if (!item) return false;
        if (pattern.rfind("item:", 0) == 0) return assignable(arg, *item);
        auto items = item_type(arg);  // items:P, an iterable of values P's items can hold
        return items && assignable(*items, *item);
    }
    if (pattern == "any") return !holds_type_object(arg);  // a class is no runtime value
    if (pattern == "factory") return arg.is(TypeKind::Class) || (arg.is(TypeKind::DType) && !is_complex_dtype(arg.dtype));
    if (pattern == "formattable") return formattable(arg);
    if (pattern == "none") return arg.is(TypeKind::None);
    if (pattern == "str") return arg.is(TypeKind::Str);
    if (pattern == "tuple") return arg.is(TypeKind::Tuple);
    if (pattern == "list") return arg.is(TypeKind::List);
    if (pattern == "dict") return arg.is(TypeKind::Dict);
    if (pattern == "mapping") return arg.is_dict();  // a dict, defaultdict or Counter
    if (pattern == "set") return arg.is(TypeKind::Set);
    if (pattern == "frozenset") return arg.is(TypeKind::FrozenSet);
    if (pattern == "anyset") return arg.is_set();
    if (pattern == "hashable") return hashable(arg);
    if (pattern == "bool") return arg.is(TypeKind::Bool);
    // The value is checked by the binder: a keepdims=True changes the result's type.
    if (pattern == "true" || pattern == "false") return arg.is(TypeKind::Bool);
    if (pattern == "int") return arg.is(TypeKind::Bool) || arg.is(TypeKind::Int);
    if (pattern == "int_or_none") return arg.is(TypeKind::Bool) || arg.is(TypeKind::Int) || arg.is(TypeKind::None);
    if (pattern == "float" || pattern == "number") return arg.is_numeric_scalar();
    if (pattern == "complex") return arg.is_number();  // a complex number, or a real one taken as complex
    if (pattern == "array") return arg.is_array();
    if (pattern == "array1") return arg.is_array() && arg.rank == 1;
    if (pattern == "array2") return arg.is_array() && arg.rank == 2;
    if (pattern == "matrices") return arg.is_array() && arg.rank >= 2;  // a matrix or a stack of them (numpy.linalg)
    // The value is checked by the binder: matrix_power's n < 0 inverts, which makes an int matrix float.
    if (pattern == "nonnegative_int" || pattern == "negative_int") return arg.is(TypeKind::Int) || arg.is(TypeKind::Bool);
    if (pattern == "bool_array") return arg.is_array() && arg.dtype == DType::Bool;
    // NumPy functions that treat bools apart (np.round of bools computes in float16).
    if (pattern == "nonbool_array") return arg.is_array() && arg.dtype != DType::Bool;
    if (pattern == "int_array")  // index arrays (np.take)
        return arg.is_array() && (arg.dtype == DType::Int64 || arg.dtype == DType::Int32 || arg.dtype == DType::UInt32);
    if (pattern == "float_array") return arg.is_array() && (arg.dtype == DType::Float64 || arg.dtype == DType::Float32);
    if (pattern == "nonbool_number") return arg.is(TypeKind::Int) || arg.is(TypeKind::Float);
    if (pattern == "numeric") return arg.is_numeric();
    if (pattern == "dtype") return arg.is(TypeKind::DType);
    if (pattern == "shape")
        return is_int_like(arg) || (arg.is(TypeKind::Tuple) && std::all_of(arg.elements.begin(), arg.elements.end(), is_int_like));
    if (pattern == "axes")  // an axis, or a non-empty tuple of axes
        return is_int_like(arg) ||
               (arg.is(TypeKind::Tuple) && !arg.elements.empty() && std::all_of(arg.elements.begin(), arg.elements.end(), is_int_like));
    if (pattern == "arrays")
        return arg.is(TypeKind::Tuple) && !arg.elements.empty() &&
               std::all_of(arg.elements.begin(), arg.elements.end(), [](const Type& e) { return e.is_array() && !e.is_complex_array(); });
    return false;
}

Type pattern_target_type(const std::string& pattern, const Type& arg, const Type* reference) {
    if (pattern.rfind("item:", 0) == 0 && reference) {
        auto item = item_type(*reference);
        if (item && !item->is_undetermined()) return *item;
    }
    if (pattern.rfind("value:", 0) == 0 && reference && reference->is_dict() && !reference->elements[1].is_undetermined())
        return reference->elements[1];
    if (pattern == "int") return Type::integer();
    if (pattern == "int_or_none" && !arg.is(TypeKind::None)) return Type::integer();
    if (pattern == "float") return Type::floating();
    if (pattern == "complex") return Type::complex();
    return arg;
}

void MappingTables::load_directory(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw ToolError{fmt::format("mapping directory '{}' does not exist", dir)};
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    std::vector<nlohmann::json> tables;
    for (const auto& f : files) tables.push_back(parse_file(f));
    // Every table's library types first: an entry of one table may return a type another declares
    // (builtins.open returns io.TextIOWrapper).
    for (size_t i = 0; i < files.size(); ++i) guarded(files[i], [&] { load_types(tables[i], files[i]); });
    for (size_t i = 0; i < files.size(); ++i) guarded(files[i], [&] { load_json(tables[i], files[i]); });
}

nlohmann::json MappingTables::parse_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ToolError{fmt::format("cannot read mapping table '{}'", path)};
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for 1e999
        throw ToolError{fmt::format("{}: error: mapping table is not valid JSON: {}", path, e.what())};
    }
}

void MappingTables::guarded(const std::string& path, const std::function<void()>& load) {
    try {
        load();
    } catch (const nlohmann::json::exception& e) {  // a field of the wrong JSON type
        throw ToolError{fmt::format("{}: error: malformed mapping table: {}", path, e.what())};
    }
}

void MappingTables::load_file(const std::string& path) {
    const nlohmann::json table = parse_file(path);
    guarded(path, [&] { load_json(table, path); });
}

void MappingTables::load_types(const nlohmann::json& table, const std::string& origin) {
    if (!table.is_object() || !table.contains("module") || !table["module"].is_string())
        table_error(origin, "<table>", "the top level must be an object with a string \"module\"");
    const std::string module = table["module"].get<std::string>();
    const nlohmann::json types = table.value("types", nlohmann::json::object());
    // Library classes: a value of one has the C++ type "cpp", and its members are the entries
    // "NAME.member" (of any table, under module + "." + NAME).
    for (const auto& [name, spec] : types.items()) {
        const std::string entry = module + "." + name;
        if (!spec.is_object() || !spec.contains("cpp") || !spec["cpp"].is_string())
            table_error(origin, entry, "a type needs a string \"cpp\" (its C++ type)");
        for (const auto& [key, _] : spec.items())
            if (key != "doc" && key != "cpp") table_error(origin, entry, fmt::format("unknown field \"{}\"", key));
        if (auto problem = template_syntax_problem(spec["cpp"].get<std::string>(), [](const std::string&) { return false; }))
            table_error(origin, entry, fmt::format("C++ type \"{}\": {}", spec["cpp"].get<std::string>(), *problem));
        library_types_[entry] = Type::library_object(entry, spec["cpp"].get<std::string>());
    }
}

void MappingTables::load_json(const nlohmann::json& table, const std::string& origin) {
    if (!table.is_object() || !table.contains("module") || !table["module"].is_string())
        table_error(origin, "<table>", "the top level must be an object with a string \"module\"");
    const std::string module = table["module"].get<std::string>();
    modules_.insert(module);
    std::set<std::string> includes;
    // value() returns a copy: keep it alive for the loops (items() only references it).
    const nlohmann::json include_list = table.value("includes", nlohmann::json::array());
    const nlohmann::json constants = table.value("constants", nlohmann::json::object());
    const nlohmann::json functions = table.value("functions", nlohmann::json::object());
    for (const auto& inc : include_list) {
        if (!inc.is_string()) table_error(origin, module, "\"includes\" must be a list of strings");
        includes.insert(inc.get<std::string>());
    }
    load_types(table, origin);
    for (const auto& [name, spec] : constants.items()) {
        const std::string entry = module + "." + name;
        if (!spec.is_object() || !spec.contains("type") || !spec.contains("cpp") || !spec["cpp"].is_string())
            table_error(origin, entry, "a constant needs \"type\" and \"cpp\"");
        auto type = parse_type_name(spec["type"].get<std::string>());
        // An object of a library class (sys.stdout: a sys.TextIO), declared by this table or an earlier one.
        if (auto library = library_types_.find(spec["type"].get<std::string>()); !type && library != library_types_.end())
            type = library->second;
        if (!type) table_error(origin, entry, fmt::format("unknown type \"{}\"", spec["type"].get<std::string>()));
        if (auto problem = template_syntax_problem(spec["cpp"].get<std::string>(), [](const std::string&) { return false; }))
            table_error(origin, entry, fmt::format("C++ text \"{}\": {}", spec["cpp"].get<std::string>(), *problem));
        constants_[entry] = ConstantSpec{entry, *type, spec["cpp"].get<std::string>(), includes};
    }
    for (const auto& [name, spec] : functions.items()) {
        const std::string entry = module + "." + name;
        if (!spec.is_object()) table_error(origin, entry, "a function entry must be an object");
        FunctionSpec f;
        f.qualified_name = entry;
        f.origin = origin;
        f.includes = includes;
        f.doc = spec.value("doc", "");
        f.attribute = spec.value("attribute", false);
        f.elementwise = spec.value("elementwise", false);
        f.effects = spec.value("effects", false);
        f.noreturn = spec.value("noreturn", false);
        // An entry's own headers (besides the table's): a heavy part of the runtime is parsed
        // only by the programs that use it (numpy.linalg's decompositions).
        if (spec.contains("includes")) {
            if (!spec["includes"].is_array()) table_error(origin, entry, "\"includes\" must be a list of strings");
            for (const auto& inc : spec["includes"]) {
                if (!inc.is_string()) table_error(origin, entry, "\"includes\" must be a list of strings");
                f.includes.insert(inc.get<std::string>());
            }
        }
        if (f.effects && f.elementwise) table_error(origin, entry, "a function with \"effects\" cannot be \"elementwise\" (pure)");
        for (const auto& [key, _] : spec.items())
            if (key != "doc" && key != "attribute" && key != "elementwise" && key != "effects" && key != "noreturn" && key != "includes" && key != "params" &&
                key != "cases" && key != "unsupported")
                table_error(origin, entry, fmt::format("unknown field \"{}\"", key));
        // A function known and refused: its reason is the diagnostic of every call.
        if (spec.contains("unsupported")) {
            if (!spec["unsupported"].is_string() || spec["unsupported"].get<std::string>().empty())
                table_error(origin, entry, "\"unsupported\" must be a non-empty string (the reason)");
            for (const auto& [key, _] : spec.items())
                if (key != "doc" && key != "unsupported")
                    table_error(origin, entry, fmt::format("an \"unsupported\" entry has only \"doc\" and the reason, not \"{}\"", key));
            f.unsupported = spec["unsupported"].get<std::string>();
            functions_[entry] = std::move(f);
            continue;
        }
        std::set<std::string> names;
        const nlohmann::json params = spec.value("params", nlohmann::json::array());
        for (const auto& p : params) {
            f.params.push_back(parse_param(p, origin, entry));
            if (f.params.back().name == "T" || f.params.back().name == "R")
                table_error(origin, entry, "\"T\" and \"R\" are reserved for the result's element type and rank in templates");
            if (!names.insert(f.params.back().name).second)
                table_error(origin, entry, fmt::format("parameter \"{}\" appears twice", f.params.back().name));
        }
        if (!spec.contains("cases") || !spec["cases"].is_array() || spec["cases"].empty())
            table_error(origin, entry, "a function needs a non-empty \"cases\" list");
        for (const auto& c : spec["cases"]) f.cases.push_back(parse_case(c, f.params, origin, entry, library_types_));
        functions_[entry] = std::move(f);
    }
}

const FunctionSpec* MappingTables::find_function(const std::string& q) const {
    auto it = functions_.find(q);
    return it == functions_.end() ? nullptr : &it->second;
}

const ConstantSpec* MappingTables::find_constant(const std::string& q) const {
    auto it = constants_.find(q);
    return it == constants_.end() ? nullptr : &it->second;
}

std::vector<std::string> MappingTables::top_level_modules() const {
    std::set<std::string> top;
    for (const auto& m : modules_)
        if (m != "builtins") top.insert(m.substr(0, m.find('.')));
    return {top.begin(), top.end()};
}

const Type* MappingTables::find_type(const std::string& qualified) const {
    auto it = library_types_.find(qualified);
    return it == library_types_.end() ? nullptr : &it->second;
}

bool MappingTables::knows_module(const std::string& module) const {
    if (modules_.count(module)) return true;
    // A package is known when one of its submodules is (`scipy` for `scipy.stats`), and a namespace
    // object when functions live under it (`scipy.stats.norm` for `scipy.stats.norm.cdf`).
    auto under = [&](const std::string& name) { return name.rfind(module + ".", 0) == 0; };
    return std::any_of(modules_.begin(), modules_.end(), under) ||
           std::any_of(functions_.begin(), functions_.end(), [&](const auto& f) { return under(f.first); });
}

static size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::vector<std::string> MappingTables::similar_names(const std::string& qualified) const {
    std::vector<std::pair<size_t, std::string>> scored;
    const size_t dot = qualified.rfind('.');
    const std::string module = dot == std::string::npos ? std::string() : qualified.substr(0, dot + 1);
    auto consider = [&](const std::string& name) {
        if (name.rfind(module, 0) != 0 || name == qualified) return;
        size_t d = edit_distance(name, qualified);
        if (d <= 3) scored.emplace_back(d, name);
    };
    for (const auto& [name, _] : functions_) consider(name);
    for (const auto& [name, _] : constants_) consider(name);
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
    return out;
}

}  // namespace py2cpp
