// libFuzzer harness (b): the front end (parse_python) on grammar-aware mutations of real Python.
//
// Same property as harness (a) -- parse_python and its diagnostics' rendering return normally on
// any input -- but the inputs are mostly valid Python: the seed corpus is the project's test
// programs (tests/e2e, tests/numpy, tests/golden, tests/diagnostics, examples; see make_corpus.py)
// and the custom mutator (ast_mutator.hpp / ast_mutator.py) rewrites their AST, so the AST
// builder's handling of every construct (supported or to be rejected with a diagnostic) is what
// gets explored, rather than the tokenizer's error paths.
#include <cstdint>
#include <string>

#include "ast_mutator.hpp"
#include "diag/diagnostics.hpp"
#include "frontend/python_parser.hpp"

namespace {
py2cpp_fuzz::AstMutator mutator;

void parse(const std::string& text) {
    py2cpp::SourceFile file = py2cpp::decode_python_source("fuzz_input.py", text);  // as the tool reads a file
    py2cpp::Diagnostics diags(&file);
    py2cpp::ast::Module module;
    py2cpp::parse_python(file, module, diags);
    (void)diags.render();
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    parse("");  // starts the embedded interpreter
    mutator.load();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    parse(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
    return mutator.mutate(data, size, max_size, seed);
}

extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size, uint8_t* out,
                                            size_t max_size, unsigned int seed) {
    return mutator.crossover(a, a_size, b, b_size, out, max_size, seed);
}
