// py2cpp runtime: the buffer behind print(), which survives a crash.
//
// Python buffers standard output like C stdio (by line on a terminal, in blocks in a pipe), and a
// Python program never loses what it printed. A compiled program can still die on a signal (a
// failed Eigen assertion aborts, a bug in the runtime faults); with stdio's buffer everything
// printed since the last flush would be lost, which hides where the program was. So print()
// writes into this buffer, which the program owns: it is written to file descriptor 1 when full,
// at each newline on a terminal, before an exception report, and at exit (the destructor of the
// function-local static); and a handler for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT writes it
// out with write(2) (async-signal-safe) before the signal takes its normal course (the previous
// handler, or the default action: the process still dies of that signal, with its status).
// The handler runs on an alternate stack, so it works after a stack overflow too.
//
// Assumes: nothing else writes to standard output through C stdio (the runtime prints only
// through this buffer), and print() is called from one thread at a time.
#pragma once

#include <csignal>
#include <cstddef>
#include <cstring>
#include <iterator>

#include <unistd.h>

namespace py {
namespace detail {

class StdoutBuffer {
public:
    static StdoutBuffer& instance() {
        static StdoutBuffer buffer;
        return buffer;
    }

    StdoutBuffer(const StdoutBuffer&) = delete;
    StdoutBuffer& operator=(const StdoutBuffer&) = delete;

    void write(const char* data, std::size_t size) {
        if (size > kCapacity - size_) {
            flush();
            if (size >= kCapacity) {  // larger than the buffer: straight through
                write_all(data, size);
                return;
            }
        }
        std::memcpy(data_ + size_, data, size);
        size_ += size;
        if (line_buffered_ && std::memchr(data, '\n', size) != nullptr) flush();
    }

    // Writes out what is buffered; only write(2), so a signal handler may call it.
    void flush() noexcept {
        const std::size_t size = size_;
        size_ = 0;
        write_all(data_, size);
    }

private:
    static constexpr std::size_t kCapacity = 1 << 16;

    StdoutBuffer() : line_buffered_(::isatty(STDOUT_FILENO) == 1) { install_crash_flush(); }
    ~StdoutBuffer() {
        flush();
        active_ = nullptr;
    }

    static void write_all(const char* data, std::size_t size) noexcept {
        while (size > 0) {
            const ssize_t n = ::write(STDOUT_FILENO, data, size);
            if (n <= 0) return;  // a closed pipe: Python would fail too; nothing sensible remains
            data += n;
            size -= static_cast<std::size_t>(n);
        }
    }

    static constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

    void install_crash_flush() noexcept {
        active_ = this;
        static char alternate_stack[1 << 16];
        stack_t stack{};
        stack.ss_sp = alternate_stack;
        stack.ss_size = sizeof alternate_stack;
        ::sigaltstack(&stack, nullptr);  // without one, a stack overflow could not run the handler
        struct sigaction action{};
        action.sa_sigaction = &on_fatal_signal;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kFatalSignals); ++i) ::sigaction(kFatalSignals[i], &action, &previous_[i]);
    }

    // Flushes, puts the previous handler back and lets the signal take its course: a fault
    // re-executes the faulting instruction on return (the previous handler then sees the same
    // fault), a signal sent by kill/raise/abort is raised again.
    static void on_fatal_signal(int signal, siginfo_t* info, void*) {
        if (StdoutBuffer* buffer = active_) buffer->flush();
        for (std::size_t i = 0; i < std::size(kFatalSignals); ++i)
            if (kFatalSignals[i] == signal) ::sigaction(signal, &previous_[i], nullptr);
        if (info == nullptr || info->si_code <= 0) ::raise(signal);  // SI_USER, SI_TKILL, SI_QUEUE
    }

    inline static StdoutBuffer* active_ = nullptr;
    inline static struct sigaction previous_[std::size(kFatalSignals)] = {};

    char data_[kCapacity];
    std::size_t size_ = 0;
    bool line_buffered_;
};

}  // namespace detail

// Writes out what print() has buffered (before anything else writes to the terminal or file).
inline void flush_stdout() { detail::StdoutBuffer::instance().flush(); }

}  // namespace py
