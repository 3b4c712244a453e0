// Recorded signatures (FILE.py2cpp-sigs): see signature_file.hpp.
#include "sema/signature_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace py2cpp {

namespace {

constexpr std::string_view kExport = "export";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

const ast::FunctionDef* find_function(const ast::Module& module, const std::string& name) {
    for (const auto& s : module.body)
        if (s->kind == ast::StmtKind::FunctionDef && s->as<ast::FunctionDef>().name == name) return &s->as<ast::FunctionDef>();
    return nullptr;
}

// The parameter types py2cpp compiles today: numbers, str, None, real arrays and tuples of these
// (the .npy reader of the command line takes no complex arrays yet).
bool compilable_parameter(const Type& t) {
    if (t.is_numeric_scalar() || t.is(TypeKind::Str) || t.is(TypeKind::None)) return true;
    if (t.is_array()) return !is_complex_dtype(t.dtype);
    if (t.is(TypeKind::Tuple))
        return std::all_of(t.elements.begin(), t.elements.end(), compilable_parameter);
    return false;
}

bool balanced(std::string_view text) {
    int depth = 0;
    for (char c : text) {
        if (c == '[' || c == '(') ++depth;
        if (c == ']' || c == ')') --depth;
        if (depth < 0) return false;
    }
    return depth == 0;
}

bool same_signature(const EntrySignature& a, const EntrySignature& b) {
    return a.function == b.function && a.params == b.params;
}

}  // namespace

std::string signatures_path(const std::string& source_path) {
    return std::filesystem::path(source_path).replace_extension(".py2cpp-sigs").string();
}

void add_recorded_signatures(const SourceFile& file, const ast::Module& module, ModuleSymbols& symbols, Diagnostics& diags) {
    const std::string_view text = file.text;
    int number = 0;
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        ++number;
        const std::string_view line = trim(raw.substr(0, raw.find('#')));
        if (line.empty()) continue;
        const int col = static_cast<int>(raw.find_first_not_of(" \t"));
        SourceLoc loc{number, col, number, col + static_cast<int>(line.size())};
        if (!line.starts_with(kExport) || line.size() == kExport.size() ||
            (line[kExport.size()] != ' ' && line[kExport.size()] != '\t')) {
            diags.error(loc, "expected 'export FUNCTION(TYPE, ...)'",
                        "each line of a signatures file is one specialisation, e.g. 'export f(float64[:], int)'; '#' starts a comment");
            continue;
        }
        std::string error;
        const std::string_view text_of_sig = trim(line.substr(kExport.size()));
        auto sig = parse_signature(std::string(text_of_sig), error);
        if (!sig || !balanced(text_of_sig)) {
            if (balanced(text_of_sig) && error.starts_with("unknown type"))
                diags.warning(loc, fmt::format("signature skipped: {}", error),
                              "py2cpp compiles numbers, str, None, tuples and NumPy arrays (float64[:], int32[:,:], ...) so far");
            else
                diags.error(loc, fmt::format("cannot read the signature: {}", error.empty() ? "unbalanced brackets" : error),
                            "write it as 'export f(float, int)'");
            continue;
        }
        auto unsupported = std::find_if_not(sig->params.begin(), sig->params.end(), compilable_parameter);
        if (unsupported != sig->params.end()) {
            diags.warning(loc, fmt::format("signature skipped: py2cpp does not compile parameters of type {} yet", unsupported->to_string()),
                          "py2cpp compiles numbers, str, None, tuples and NumPy arrays (float64[:], int32[:,:], ...) so far");
            continue;
        }
        const ast::FunctionDef* fn = find_function(module, sig->function);
        if (!fn) {
            diags.warning(loc, fmt::format("signature skipped: the module has no function '{}'", sig->function),
                          "the file may be older than the source: record it again with 'py2cpp trace', or delete the line");
            continue;
        }
        if (fn->params.size() != sig->params.size()) {
            diags.warning(loc, fmt::format("signature skipped: '{}' takes {} parameter{}, the signature has {} type{}", sig->function,
                                           fn->params.size(), fn->params.size() == 1 ? "" : "s", sig->params.size(),
                                           sig->params.size() == 1 ? "" : "s"),
                          "the file may be older than the source: record it again with 'py2cpp trace', or edit the line");
            continue;
        }
        const bool replaced_by_option = std::any_of(symbols.entries.begin(), symbols.entries.end(), [&](const EntrySignature& e) {
            return e.function == sig->function && e.origin == "--sig";
        });
        const bool known = std::any_of(symbols.entries.begin(), symbols.entries.end(),
                                       [&](const EntrySignature& e) { return same_signature(e, *sig); });
        if (replaced_by_option || known) continue;
        sig->loc = fn->loc;  // what is compiled is the function: later diagnostics point at it
        sig->origin = "recorded";
        symbols.entries.push_back(std::move(*sig));
    }
}

}  // namespace py2cpp

namespace py2cpp {

bool load_recorded_signatures(const std::string& source_path, const ast::Module& module, ModuleSymbols& symbols,
                              std::string& rendered) {
    const std::string path = signatures_path(source_path);
    std::ifstream in(path, std::ios::binary);
    if (!in) return true;  // no file (or unreadable as a file): nothing recorded
    std::stringstream text;
    text << in.rdbuf();
    SourceFile file;
    file.path = path;
    file.text = text.str();
    Diagnostics diags(&file);
    add_recorded_signatures(file, module, symbols, diags);
    rendered += diags.render();
    return !diags.has_errors();
}

}  // namespace py2cpp
