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
    // The interpreter only builds trees and tokens, which reference counting frees; the cyclic
    // collector would rescan every live node again and again (ast.parse of a 1 MB file: 2.7 s
    // with it, 1.2 s without).
    PyGC_Disable();
    started = true;
}

// SyntaxError.offset counts characters; locations in this project count UTF-8 bytes, as the ast does.
int byte_column(const std::string& line, int chars) {
    size_t i = 0;
    for (int seen = 0; seen < chars && i < line.size(); ++seen) {
        ++i;
        while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    }
    return static_cast<int>(i);
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
        loc.col = byte_column(file.line(loc.line), std::max(0, attr_int(v.get(), "offset") - 1));
        loc.end_line = attr_int(v.get(), "end_lineno");
        loc.end_col = byte_column(file.line(loc.end_line), std::max(0, attr_int(v.get(), "end_offset") - 1));
        if (loc.line > 0 && loc.line > static_cast<int>(std::count(file.text.begin(), file.text.end(), '\n')) + 1)
            loc.line = 0;
    } else if (v) {
        // CPython's parser gives up on very deep nesting with MemoryError (no message: its own
        // stack limit) or RecursionError; `python3 FILE` prints the same class and text.
        PyRef s(PyObject_Str(v.get()));
        const char* text = s ? PyUnicode_AsUTF8(s.get()) : nullptr;
        message = type_name(v.get());
        if (text && *text) message += std::string(": ") + text;
        if (!text) PyErr_Clear();
        diags.error(loc, fmt::format("Python syntax error: {}", message),
                    "CPython's parser rejects expressions nested this deeply; split the expression into several statements");
        return;
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
        // The token's own line: looking the line up in the file for each comment made this quadratic.
        std::string src = attr_string(tok.get(), "line");
        c.own_line = src.find_first_not_of(" \t") >= static_cast<size_t>(c.col);
        comments.push_back(std::move(c));
    }
    PyErr_Clear();  // tokenize errors only lose comments, never the program
    return comments;
}

// Decoding runs in the embedded interpreter with CPython's own machinery (tokenize.detect_encoding,
// the codecs, compile() for the messages), so it accepts exactly what CPython accepts.
constexpr const char* kDecodeSource = R"PY(
def decode_source(data, filename):
    import ast, tokenize
    def located(message, line=0, col=0):
        # The text is only quoted in the diagnostic: undecodable bytes and NUL shown as U+FFFD.
        return (data.decode("utf-8", "replace").replace("\0", "\ufffd"), message, line, col)
    nul = data.find(b"\0")
    if nul >= 0:
        start = data.rfind(b"\n", 0, nul) + 1
        return located("source code cannot contain null bytes", data.count(b"\n", 0, nul) + 1, nul - start)
    lines = iter(data.splitlines(keepends=True))
    def compile_error():
        try:
            compile(data, filename, "exec", ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            return located(e.msg, e.lineno or 0, max((e.offset or 1) - 1, 0))
        return located("cannot decode the source")
    try:
        encoding, _ = tokenize.detect_encoding(lambda: next(lines, b""))
    except SyntaxError:
        return compile_error()
    try:
        return (data.decode(encoding), "", 0, 0)
    except UnicodeDecodeError as e:
        head = data.split(b"\n", 2)[:2]
        if encoding == "utf-8" and not any(tokenize.cookie_re.match(h.decode("latin-1")) for h in head):
            line = data.count(b"\n", 0, e.start) + 1
            return located("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                           "see https://peps.python.org/pep-0263/ for details" % (data[e.start], filename, line), line)
        return compile_error()
)PY";

std::string module_name_of(const std::string& path) {
    return std::filesystem::path(path).stem().string();
}

}  // namespace

SourceFile decode_python_source(const std::string& path, std::string bytes) {
    ensure_interpreter();
    SourceFile file;
    file.path = path;
    file.raw = std::move(bytes);
    static PyObject* decode = [] {
        PyRef globals(PyDict_New());
        PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins());
        PyRef done(PyRun_String(kDecodeSource, Py_file_input, globals.get(), globals.get()));
        if (!done) throw ToolError{"the embedded Python interpreter cannot define the source decoder"};
        PyObject* fn = PyDict_GetItemString(globals.get(), "decode_source");
        Py_XINCREF(fn);
        return fn;
    }();
    PyRef data(PyBytes_FromStringAndSize(file.raw.data(), static_cast<Py_ssize_t>(file.raw.size())));
    PyRef name(PyUnicode_DecodeFSDefault(path.c_str()));
    PyRef result(data && name ? PyObject_CallFunctionObjArgs(decode, data.get(), name.get(), nullptr) : nullptr);
    if (!result || !PyTuple_Check(result.get()) || PyTuple_Size(result.get()) != 4) {
        PyErr_Clear();
        file.decode_error = "cannot decode the source";
        return file;
    }
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(PyTuple_GetItem(result.get(), 0), &size);
    if (utf8) file.text.assign(utf8, static_cast<size_t>(size));
    else PyErr_Clear();
    const char* message = PyUnicode_AsUTF8(PyTuple_GetItem(result.get(), 1));
    if (!message || !*message) return file;
    file.decode_error = message;
    file.decode_error_loc.line = static_cast<int>(PyLong_AsLong(PyTuple_GetItem(result.get(), 2)));
    file.decode_error_loc.col = static_cast<int>(PyLong_AsLong(PyTuple_GetItem(result.get(), 3)));
    return file;
}

void parse_python(const SourceFile& file, ast::Module& module, Diagnostics& diags) {
    ensure_interpreter();
    if (!file.decode_error.empty()) {
        diags.error(file.decode_error_loc, fmt::format("Python syntax error: {}", file.decode_error),
                    "the file must be valid Python 3.11 before it can be transpiled");
        return;
    }
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
