// Shared helpers of the libFuzzer harnesses in tests/fuzz (see tests/fuzz/README.md).
//
// Assumes: one harness per process, single-threaded (libFuzzer runs inputs one at a time unless
// -fork/-jobs is used, which gives each job its own process and so its own scratch file).
// Guarantees: scratch files live in $TMPDIR (or /tmp), are named after the process id and are
// removed at exit; the embedded CPython is started once, before the first input, so its
// start-up cost and allocations are not attributed to an input.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace py2cpp_fuzz {

// A file holding the current input, for the APIs that read from a path (.npy reader, mapping
// table loader, the pipeline). Rewritten for every input; removed at exit.
class ScratchFile {
public:
    explicit ScratchFile(const std::string& suffix) {
        const char* tmp = std::getenv("TMPDIR");
        path_ = std::string(tmp && *tmp ? tmp : "/tmp") + "/py2cpp-fuzz-" + std::to_string(::getpid()) + suffix;
    }
    ~ScratchFile() { std::remove(path_.c_str()); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::string& write(const uint8_t* data, size_t size) {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        out.close();
        if (!out) std::abort();  // a full disk would otherwise look like an empty input
        return path_;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// The pipeline finds mappings/ and runtime/ through PY2CPP_HOME (the harness is not in build/).
inline void set_py2cpp_home() {
#ifdef PY2CPP_SOURCE_DIR
    setenv("PY2CPP_HOME", PY2CPP_SOURCE_DIR, /*overwrite=*/0);
#endif
}

}  // namespace py2cpp_fuzz
