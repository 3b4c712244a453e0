// Unit tests for runtime/py2cpp/recursion.hpp (RecursionGuard, sys.setrecursionlimit) and
// runtime/py2cpp/stdout_buffer.hpp (print's buffer is written out when the process dies of a
// signal), plus NumPy's MemoryError message for an array that cannot be allocated (ndarray.hpp).
#include "py2cpp/recursion.hpp"

#include <csignal>
#include <cstdlib>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "py2cpp/numpy.hpp"
#include "py2cpp/print.hpp"
#include "runtime_test_support.hpp"

namespace {

using py::int_t;

int_t deepest = 0;

int_t descend(int_t n) {
    py::RecursionGuard recursion_guard_;
    deepest = n;
    return n == 0 ? 0 : 1 + descend(n - 1);
}

// Restores the default limit whatever a test did.
struct LimitScope {
    ~LimitScope() { py::sys::setrecursionlimit(1000); }
};

TEST(RuntimeRecursion, CountsFramesLikePython) {
    LimitScope scope;
    EXPECT_EQ(py::sys::getrecursionlimit(), 1000);
    // The module's frame counts as one: 999 guarded frames fit under the default limit of 1000.
    EXPECT_EQ(descend(998), 998);
    EXPECT_PY_RAISES(descend(999), RecursionError, "maximum recursion depth exceeded");
    EXPECT_EQ(py::detail::recursion_depth, 1);  // every guard unwound
    py::sys::setrecursionlimit(50);
    EXPECT_EQ(descend(48), 48);
    EXPECT_PY_RAISES(descend(49), RecursionError, "maximum recursion depth exceeded");
}

TEST(RuntimeRecursion, StackGuardStopsBeforeTheStackOverflows) {
    LimitScope scope;
    py::sys::setrecursionlimit(2'000'000'000);
    deepest = -1;
    EXPECT_PY_RAISES(descend(100'000'000), RecursionError, "maximum recursion depth exceeded");
    EXPECT_GT(100'000'000 - deepest, 10'000);  // thousands of frames deep, then a clean exception
    EXPECT_EQ(py::detail::recursion_depth, 1);
}

TEST(RuntimeRecursion, SetRecursionLimitErrors) {
    LimitScope scope;
    EXPECT_PY_RAISES(py::sys::setrecursionlimit(0), ValueError, "recursion limit must be greater or equal than 1");
    EXPECT_PY_RAISES(py::sys::setrecursionlimit(2), RecursionError,
                     "cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low");
    EXPECT_PY_RAISES(py::sys::setrecursionlimit(int_t{1} << 31), OverflowError, "Python int too large to convert to C int");
}

// Runs `body` in a child process whose stdout is a pipe; returns what it printed and its status.
template <class F>
std::pair<std::string, int> run_child(F&& body) {
    py::flush_stdout();
    int fds[2];
    if (pipe(fds) != 0) return {"pipe failed", 0};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], STDOUT_FILENO);
        body();
        _exit(0);
    }
    close(fds[1]);
    std::string out;
    char chunk[256];
    for (ssize_t n; (n = read(fds[0], chunk, sizeof chunk)) > 0;) out.append(chunk, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return {out, status};
}

TEST(RuntimeStdout, BufferIsWrittenWhenTheProcessAborts) {
    auto [out, status] = run_child([] {
        py::print("printed", "before", "abort");
        py::print_sep_end(" ", "", "no newline");
        std::abort();
    });
    EXPECT_EQ(out, "printed before abort\nno newline");
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);  // the signal still ends the process
}

TEST(RuntimeStdout, BufferIsWrittenOnASegmentationFault) {
    auto [out, status] = run_child([] {
        py::print("before the fault");
        // raise() rather than a store through a null pointer: UBSan would stop the store itself,
        // before the signal the runtime's handler is there for.
        std::raise(SIGSEGV);
    });
    EXPECT_EQ(out, "before the fault\n");
    EXPECT_FALSE(WIFEXITED(status) && WEXITSTATUS(status) == 0);  // a sanitizer's handler may turn it into exit(1)
}

TEST(RuntimeStdout, BufferIsWrittenAtExit) {
    auto [out, status] = run_child([] {
        py::print("at exit");
        std::exit(0);
    });
    EXPECT_EQ(out, "at exit\n");
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST(RuntimeMemory, NumPysMessageForAnArrayTooLarge) {
#if defined(__SANITIZE_ADDRESS__)
    // ASan's allocator aborts on a request above 1 TiB instead of failing it (even with
    // allocator_may_return_null=1, a throwing operator new reports and dies).
    GTEST_SKIP() << "AddressSanitizer aborts on this allocation instead of throwing std::bad_alloc";
#endif
    EXPECT_NP_RAISES(py::np::zeros<double>(int_t{1'000'000'000'000}), MemoryError, "MemoryError",
                     "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64");
    try {
        static_cast<void>(py::np::zeros<std::int32_t>(std::tuple{int_t{100'000}, int_t{10'000'000}}));
        ADD_FAILURE() << "no MemoryError";
    } catch (const py::MemoryError& e) {
        EXPECT_STREQ(e.traceback_name(), "numpy.core._exceptions._ArrayMemoryError");
        EXPECT_EQ(e.message(), "Unable to allocate 3.64 TiB for an array with shape (100000, 10000000) and data type int32");
    }
}

TEST(RuntimeMemory, SizesAsNumPyWritesThem) {
    using py::detail::binary_size_string;
    EXPECT_EQ(binary_size_string(0), "0 bytes");
    EXPECT_EQ(binary_size_string(1000), "1000 bytes");
    EXPECT_EQ(binary_size_string(1024), "1.00 KiB");
    EXPECT_EQ(binary_size_string(1023 * 1024 + 1000), "1.00 MiB");
    EXPECT_EQ(binary_size_string(int_t{8} << 40), "8.00 TiB");
    EXPECT_EQ(binary_size_string(1000 * 1024 + 100), "1000. KiB");
}

}  // namespace
