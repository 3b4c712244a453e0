#include "infer/variables.hpp"

#include <algorithm>

namespace py2cpp {

std::string cpp_identifier(const std::string& name) {
    static const std::set<std::string> reserved = {
        "alignas", "alignof", "asm", "auto", "bool", "case", "catch", "char", "char8_t", "char16_t",
        "char32_t", "class", "concept", "const", "consteval", "constexpr", "constinit", "const_cast",
        "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
        "dynamic_cast", "enum", "explicit", "export", "extern", "float", "friend", "goto", "inline",
        "int", "long", "mutable", "namespace", "new", "noexcept", "nullptr", "operator", "private",
        "protected", "public", "register", "reinterpret_cast", "requires", "short", "signed", "sizeof",
        "static", "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
        "throw", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
        "volatile", "wchar_t", "xor", "xor_eq", "and_eq", "bitand", "bitor", "compl", "not_eq", "or_eq",
        "main", "std", "py", "fmt", "Eigen", "NULL", "errno", "assert", "environ", "stdin", "stdout",
        "stderr", "signal", "abort", "exit", "int64_t", "size_t"};
    // Identifiers with a double underscore or starting with _ and a capital are reserved in C++.
    bool reserved_shape = name.find("__") != std::string::npos ||
                          (name.size() > 1 && name[0] == '_' && std::isupper(static_cast<unsigned char>(name[1])));
    if (reserved_shape) {
        std::string cleaned;
        for (char c : name) {
            if (c == '_' && !cleaned.empty() && cleaned.back() == '_') continue;
            cleaned += c;
        }
        while (!cleaned.empty() && cleaned.front() == '_') cleaned.erase(cleaned.begin());
        return "py_" + cleaned;
    }
    return reserved.count(name) ? name + "_" : name;
}

VarVersion* VariableTable::current(const std::string& py_name) {
    auto it = current_.find(py_name);
    return it == current_.end() ? nullptr : it->second;
}

VarVersion& VariableTable::create(const std::string& py_name, const Type& type, const BlockPath& path) {
    auto v = std::make_unique<VarVersion>();
    v->py_name = py_name;
    v->index = next_index_[py_name]++;
    auto forced = forced_.find({py_name, v->index});
    v->type = forced != forced_.end() ? forced->second : type;
    v->def_path = path;
    v->previous = current(py_name);
    VarVersion& ref = *v;
    versions_.push_back(std::move(v));
    current_[py_name] = &ref;
    return ref;
}

void VariableTable::record_use(VarVersion& v, const BlockPath& path, std::string* name_slot) {
    v.use_paths.push_back(path);
    if (name_slot) v.name_slots.push_back(name_slot);
}

std::string VariableTable::unique_name(const std::string& base, int k) {
    std::string name = base + "_" + std::to_string(k);
    while (all_py_names_.count(name)) name += "_";
    return name;
}

static bool has_prefix(const BlockPath& path, const BlockPath& prefix) {
    return path.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

std::vector<const VarVersion*> VariableTable::finalize() {
    std::vector<const VarVersion*> hoisted;
    std::map<std::string, int> numbered;
    for (auto& v : versions_) {
        const bool confined = std::all_of(v->use_paths.begin(), v->use_paths.end(),
                                          [&](const BlockPath& p) { return has_prefix(p, v->def_path); });
        const std::string base = cpp_identifier(v->py_name);
        // A loop variable read after its loop can simply keep assigning the int variable of the
        // same name that is already in scope (declared in the function's outermost block).
        const bool reuse_previous = v->is_loop_var && !confined && v->previous && v->previous->type == v->type &&
                                    v->previous->def_path.size() == 1 && !v->previous->hoisted;
        if (v->is_loop_var && confined) {
            v->cpp_name = base;  // lives only in its `for`, so it may reuse the plain name
        } else if (reuse_previous) {
            v->cpp_name = v->previous->cpp_name;
        } else {
            int k = numbered[v->py_name]++;
            v->cpp_name = k == 0 ? base : unique_name(base, k);
        }
        v->hoisted = !v->is_param && !confined && !reuse_previous;
        if (v->hoisted) hoisted.push_back(v.get());
        for (std::string* slot : v->name_slots) *slot = v->cpp_name;
        if (v->def_assign) v->def_assign->declares = !v->hoisted;
        if (v->def_tuple) v->def_tuple->targets[v->def_tuple_index].declares = !v->hoisted;
        if (v->def_loop) {
            v->def_loop->var = v->cpp_name;
            v->def_loop->var_outlives_loop = !confined;
        }
    }
    return hoisted;
}

}  // namespace py2cpp
