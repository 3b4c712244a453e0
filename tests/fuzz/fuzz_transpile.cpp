// libFuzzer harness (c): the whole transpile() pipeline (parse -> sema -> infer -> verify -> emit)
// on valid-ish Python, produced by the grammar-aware mutator from the project's test programs.
//
// Properties checked, for every input:
//   - transpile() returns normally: no crash, no sanitizer report, no exception (an escaping
//     ToolError or std::exception is a bug here: the input is a readable file, the tables are
//     the project's own, so every problem with the program must be a diagnostic);
//   - a failed transpile explains itself: no project means at least one rendered "error:";
//   - a successful one produces the module's .cpp/.hpp and the IR JSON.
// Whether the produced C++ compiles and computes what Python computes is the differential
// tester's job (tests/differential): compiling per input would cut the rate to ~1 exec/s.
//
// The input goes through a scratch file because transpile() reads a path (and derives the module
// name from it). The mapping tables are loaded by each call, as the tool does.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ast_mutator.hpp"
#include "driver/pipeline.hpp"
#include "fuzz_support.hpp"

namespace {
py2cpp_fuzz::AstMutator mutator;
py2cpp_fuzz::ScratchFile* input_file = nullptr;

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_transpile: %s\n%s\n", what, detail.c_str());
    std::abort();
}

void check_transpile(const uint8_t* data, size_t size) {
    py2cpp::TranspileOptions options;
    options.input = input_file->write(data, size);
    options.want_ir_json = true;  // exercises the IR's JSON dump too (off by default in the tool)
    py2cpp::TranspileResult result;
    try {
        result = py2cpp::transpile(options);
    } catch (const py2cpp::ToolError& e) {
        fail("transpile threw a ToolError for a program (should be a located diagnostic)", e.message);
    }
    if (!result.project) {
        if (result.diagnostics.find("error: ") == std::string::npos)
            fail("transpile failed without an error diagnostic", result.diagnostics);
        return;
    }
    if (result.ir_json.empty()) fail("transpile succeeded without IR", result.diagnostics);
    if (result.project->files.empty()) fail("transpile succeeded without files", result.diagnostics);
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    py2cpp_fuzz::set_py2cpp_home();
    static py2cpp_fuzz::ScratchFile file("-transpile.py");
    input_file = &file;
    const char* empty = "";
    check_transpile(reinterpret_cast<const uint8_t*>(empty), 0);  // starts the embedded interpreter
    mutator.load();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    check_transpile(data, size);
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
    return mutator.mutate(data, size, max_size, seed);
}

extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size, uint8_t* out,
                                            size_t max_size, unsigned int seed) {
    return mutator.crossover(a, a_size, b, b_size, out, max_size, seed);
}
