// Embedding CPython and turning its `ast` objects into the project's AST (see python_parser.hpp).
#include "frontend/python_parser.hpp"

#include <Python.h>

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "frontend/ast_builder.hpp"
#include "frontend/pyobject.hpp"

namespace py2cpp {
namespace {

// One embedded interpreter per process, created on first use, isolated from the user's
// environment (PYTHONPATH, site-packages): only the standard library's ast/tokenize are needed.
void ensure_interpreter() {
    static bool started = false;
    if (started) return;
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.site_import = 0;
    PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status))
        throw ToolError{fmt::format("cannot start the embedded Python interpreter: {}",
                                    status.err_msg ? status.err_msg : "unknown error")};
    started = true;
}

void report_syntax_error(const SourceFile& file, Diagnostics& diags) {
    PyObject *type = nullptr, *value = nullptr, *trace = nullptr;
    PyErr_Fetch(&type, &value, &trace);
    PyErr_NormalizeException(&type, &value, &trace);
    PyRef t(type), v(value), tb(trace);
    SourceLoc loc;
    std::string message = "invalid Python source";
    if (v && PyObject_IsInstance(v.get(), PyExc_SyntaxError)) {
        message = attr_string(v.get(), "msg");
        loc.line = attr_int(v.get(), "lineno");
        loc.col = std::max(0, attr_int(v.get(), "offset") - 1);
        loc.end_line = attr_int(v.get(), "end_lineno");
        loc.end_col = std::max(0, attr_int(v.get(), "end_offset") - 1);
        if (loc.line > 0 && loc.line > static_cast<int>(std::count(file.text.begin(), file.text.end(), '\n')) + 1)
            loc.line = 0;
    } else if (v) {
        PyRef s(PyObject_Str(v.get()));
        if (s) message = PyUnicode_AsUTF8(s.get());
    }
    diags.error(loc, fmt::format("Python syntax error: {}", message),
                "the file must be valid Python 3.11 before it can be transpiled");
}

// Collects `# …` comments with their positions through the standard `tokenize` module, which knows
// where strings end, so a '#' inside a string literal is not mistaken for a comment.
std::vector<ast::Comment> collect_comments(const SourceFile& file) {
    std::vector<ast::Comment> comments;
    PyRef io(PyImport_ImportModule("io"));
    PyRef tokenize(PyImport_ImportModule("tokenize"));
    if (!io || !tokenize) { PyErr_Clear(); return comments; }
    PyRef stream(PyObject_CallMethod(io.get(), "StringIO", "s", file.text.c_str()));
    PyRef readline(stream ? PyObject_GetAttrString(stream.get(), "readline") : nullptr);
    PyRef tokens(readline ? PyObject_CallMethod(tokenize.get(), "generate_tokens", "O", readline.get()) : nullptr);
    PyRef iter(tokens ? PyObject_GetIter(tokens.get()) : nullptr);
    if (!iter) { PyErr_Clear(); return comments; }
    const long comment_type = attr_int(tokenize.get(), "COMMENT");
    while (PyRef tok{PyIter_Next(iter.get())}) {
        if (attr_int(tok.get(), "type") != comment_type) continue;
        PyRef start(PyObject_GetAttrString(tok.get(), "start"));
        ast::Comment c;
        c.line = static_cast<int>(PyLong_AsLong(PyTuple_GetItem(start.get(), 0)));
        c.col = static_cast<int>(PyLong_AsLong(PyTuple_GetItem(start.get(), 1)));
        std::string text = attr_string(tok.get(), "string");
        c.text = text.size() > 1 ? text.substr(1) : std::string();
        std::string src = file.line(c.line);
        c.own_line = src.find_first_not_of(" \t") >= static_cast<size_t>(c.col);
        comments.push_back(std::move(c));
    }
    PyErr_Clear();  // tokenize errors only lose comments, never the program
    return comments;
}

std::string module_name_of(const std::string& path) {
    return std::filesystem::path(path).stem().string();
}

}  // namespace

void parse_python(const SourceFile& file, ast::Module& module, Diagnostics& diags) {
    ensure_interpreter();
    module.name = module_name_of(file.path);
    PyRef ast_module(PyImport_ImportModule("ast"));
    if (!ast_module) throw ToolError{"the embedded Python interpreter has no `ast` module"};
    PyRef tree(PyObject_CallMethod(ast_module.get(), "parse", "ss", file.text.c_str(), file.path.c_str()));
    if (!tree) {
        report_syntax_error(file, diags);
        return;
    }
    AstBuilder builder(diags);
    builder.build_module(tree.get(), module);
    module.comments = collect_comments(file);
}

}  // namespace py2cpp
