// libFuzzer harness (d): the mapping-table loader (transpiler/mapping/mapping_table.cpp) on
// arbitrary JSON -- and arbitrary bytes, since the input is not required to parse.
//
// Property checked: MappingTables::load_file either succeeds or throws py2cpp::ToolError (the
// loader's documented way to reject a table, naming the file and the entry); any other exception
// escaping, a crash or a sanitizer report is a bug. A table that loads is then queried for every
// function it defines (find_function, similar_names) and every pattern it uses is re-checked
// with pattern_accepts, which is what binding a call does with it.
//
// Seeds are the real tables of mappings/ plus make_corpus.py's variants; json.dict gives the
// schema's keys and patterns. The input goes through a scratch file because load_file reads a path.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.hpp"
#include "fuzz_support.hpp"
#include "mapping/mapping_table.hpp"

namespace {
py2cpp_fuzz::ScratchFile* table_file = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static py2cpp_fuzz::ScratchFile file("-table.json");
    table_file = &file;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string& path = table_file->write(data, size);
    py2cpp::MappingTables tables;
    try {
        tables.load_file(path);
    } catch (const py2cpp::ToolError&) {
        return 0;  // rejected, as documented
    }
    // Loaded: look every entry up the way the binder does.
    const auto table = nlohmann::json::parse(std::string(reinterpret_cast<const char*>(data), size));
    const std::string module = table["module"].get<std::string>();
    if (!tables.knows_module(module)) __builtin_trap();
    if (const auto functions = table.find("functions"); functions != table.end() && functions->is_object()) {
        for (const auto& [name, entry] : functions->items()) {
            const py2cpp::FunctionSpec* spec = tables.find_function(module + "." + name);
            if (!spec) __builtin_trap();  // loaded but not findable
            for (const auto& c : spec->cases)
                for (const auto& [param, pattern] : c.when) {
                    // Validated on load: a pattern of the schema, or a class of the tables' "types".
                    const py2cpp::Type* library = tables.find_type(pattern);
                    if (!py2cpp::is_known_pattern(pattern) && !library) __builtin_trap();
                    (void)py2cpp::pattern_accepts(pattern, py2cpp::Type::floating(), true);
                    if (library && !py2cpp::pattern_accepts(pattern, *library, true)) __builtin_trap();
                    (void)py2cpp::pattern_target_type(pattern, py2cpp::Type::integer());
                }
            (void)tables.similar_names(module + "." + name + "x");
        }
    }
    return 0;
}
