// libFuzzer harness (f): the `--sig` / `#pythran export` signature parser (parse_signature in
// transpiler/sema/module_symbols.cpp) on arbitrary text.
//
// Properties checked: it returns normally; on failure `error` says why (never empty); on success
// the function name is non-empty and contains no '(' (it is the text before the first one).
#include <cstdint>
#include <string>

#include "sema/module_symbols.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::string error;
    const auto sig = py2cpp::parse_signature(text, error);
    if (!sig && error.empty()) __builtin_trap();
    if (sig && (sig->function.empty() || sig->function.find('(') != std::string::npos)) __builtin_trap();
    return 0;
}
