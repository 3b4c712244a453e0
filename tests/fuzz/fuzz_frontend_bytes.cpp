// libFuzzer harness (a): the front end (parse_python) on arbitrary bytes.
//
// Property checked: for any byte string, parse_python and the rendering of its diagnostics return
// normally: no crash, no sanitizer report, no exception escaping (an uncaught exception aborts,
// which libFuzzer reports). Bytes that are not UTF-8, NUL bytes, deep nesting and unterminated
// tokens all reach CPython's parser and then the AST builder.
//
// The embedded CPython is started in LLVMFuzzerInitialize by parsing an empty module; its
// interpreter state lives until exit, so the runner sets ASAN_OPTIONS=detect_leaks=0.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "diag/diagnostics.hpp"
#include "frontend/python_parser.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    py2cpp::SourceFile file{"fuzz_input.py", ""};
    py2cpp::Diagnostics diags(&file);
    py2cpp::ast::Module module;
    py2cpp::parse_python(file, module, diags);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Decoded as the driver decodes a file (BOM, PEP 263 cookie, UTF-8 check), then parsed.
    py2cpp::SourceFile file = py2cpp::decode_python_source(
        "fuzz_input.py", std::string(reinterpret_cast<const char*>(data), size));
    py2cpp::Diagnostics diags(&file);
    py2cpp::ast::Module module;
    py2cpp::parse_python(file, module, diags);
    (void)diags.render();  // rendering quotes source lines: exercise it on hostile text too
    return 0;
}
