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

// Decoding runs in the embedded interpreter with CPython's own machinery (tokenize.detect_encoding,
// the codecs, compile() for the messages), so it accepts exactly what CPython accepts.
constexpr const char* kFrontendHelpers = R"PY(
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


def parse_in_chunks(text, filename, chunk_chars=65536):
    """Comments, and a generator of ast.Module trees for consecutive groups of top-level
    statements (at least chunk_chars long), line numbers as in the whole file. Holding one group's
    tree at a time keeps memory proportional to the group, not the file (CPython's tree takes
    ~150 bytes per source byte). None instead of the generator when tokenizing fails: the caller
    then parses the whole file, which reports the error as CPython does."""
    import ast, io, tokenize
    comments, starts = [], []
    depth, at_line_start, after_decorator = 0, True, False
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = tok.type
            if kind == tokenize.COMMENT:
                comments.append((tok.start[0], tok.start[1], tok.string[1:], tok.line[:tok.start[1]].strip() == ""))
            elif kind == tokenize.INDENT:
                depth += 1
            elif kind == tokenize.DEDENT:
                depth -= 1
            elif kind == tokenize.NEWLINE:
                at_line_start = True
            elif kind in (tokenize.NL, tokenize.ENDMARKER):
                pass
            elif at_line_start:
                at_line_start = False
                if depth == 0:
                    if not after_decorator:
                        starts.append(tok.start[0])
                    after_decorator = tok.string == "@"
    except (tokenize.TokenError, SyntaxError):
        return comments, None
    lines = text.splitlines(keepends=True)
    bounds, size = [1], 0
    for previous, start in zip([1] + starts, starts):
        size += sum(len(lines[i]) for i in range(previous - 1, start - 1))
        if size >= chunk_chars:
            bounds.append(start)
            size = 0
    bounds.append(len(lines) + 1)

    def trees():
        for a, b in zip(bounds, bounds[1:]):
            if b <= a:
                continue
            tree = ast.parse("".join(lines[a - 1:b - 1]), filename)
            ast.increment_lineno(tree, a - 1)
            yield tree
    return comments, trees()
)PY";

// The comments parse_in_chunks found: (line, col, text without '#', own line).
std::vector<ast::Comment> comments_of(PyObject* list) {
    std::vector<ast::Comment> comments;
    if (!list || !PyList_Check(list)) return comments;
    for (Py_ssize_t i = 0; i < PyList_Size(list); ++i) {
        PyObject* item = PyList_GetItem(list, i);
        ast::Comment c;
        c.line = static_cast<int>(PyLong_AsLong(PyTuple_GetItem(item, 0)));
        c.col = static_cast<int>(PyLong_AsLong(PyTuple_GetItem(item, 1)));
        const char* utf8 = PyUnicode_AsUTF8(PyTuple_GetItem(item, 2));
        c.text = utf8 ? utf8 : "";
        c.own_line = PyObject_IsTrue(PyTuple_GetItem(item, 3)) == 1;
        comments.push_back(std::move(c));
    }
    PyErr_Clear();
    return comments;
}

std::string module_name_of(const std::string& path) {
    return std::filesystem::path(path).stem().string();
}

// A function of kFrontendHelpers (a borrowed reference, alive as long as the interpreter).
PyObject* frontend_helper(const char* name) {
    static PyObject* globals = [] {
        PyObject* dict = PyDict_New();
        PyDict_SetItemString(dict, "__builtins__", PyEval_GetBuiltins());
        PyRef done(PyRun_String(kFrontendHelpers, Py_file_input, dict, dict));
        if (!done) throw ToolError{"the embedded Python interpreter cannot define the front end's helpers"};
        return dict;
    }();
    PyObject* fn = PyDict_GetItemString(globals, name);
    if (!fn) throw ToolError{fmt::format("the front end's helper '{}' is missing", name)};
    return fn;
}

}  // namespace

SourceFile decode_python_source(const std::string& path, std::string bytes) {
    ensure_interpreter();
    SourceFile file;
    file.path = path;
    file.raw = std::move(bytes);
    PyObject* decode = frontend_helper("decode_source");
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
    PyRef text(PyUnicode_FromStringAndSize(file.text.data(), static_cast<Py_ssize_t>(file.text.size())));
    if (!text) {  // a SourceFile built from undecoded bytes (decode_python_source would have said why)
        PyErr_Clear();
        diags.error(SourceLoc{1, 1}, "the source is not valid UTF-8",
                    "save the file as UTF-8, or declare its encoding with a '# -*- coding: ... -*-' line");
        return;
    }
    PyRef name(PyUnicode_DecodeFSDefault(file.path.c_str()));
    PyRef split(text && name ? PyObject_CallFunctionObjArgs(frontend_helper("parse_in_chunks"), text.get(), name.get(), nullptr)
                             : nullptr);
    if (!split || !PyTuple_Check(split.get()) || PyTuple_Size(split.get()) != 2)
        throw ToolError{"the embedded Python interpreter failed to tokenize the source"};
    module.comments = comments_of(PyTuple_GetItem(split.get(), 0));
    // One group of top-level statements at a time: its CPython tree is freed before the next.
    AstBuilder builder(diags);
    PyObject* trees = PyTuple_GetItem(split.get(), 1);
    if (trees != Py_None) {
        while (PyRef tree{PyIter_Next(trees)}) builder.build_module(tree.get(), module);
        if (!PyErr_Occurred()) return;
        PyErr_Clear();  // a group did not parse: the whole file gives CPython's own message
        module.body.clear();
        module.docstring.clear();
    }
    PyRef ast_module(PyImport_ImportModule("ast"));
    if (!ast_module) throw ToolError{"the embedded Python interpreter has no `ast` module"};
    PyRef parse(PyObject_GetAttrString(ast_module.get(), "parse"));
    PyRef tree(parse ? PyObject_CallFunctionObjArgs(parse.get(), text.get(), name.get(), nullptr) : nullptr);
    if (!tree) {
        report_syntax_error(file, diags);
        return;
    }
    AstBuilder whole(diags);
    whole.build_module(tree.get(), module);
}

}  // namespace py2cpp
