// py2cpp runtime: text files, as Python's built-in open() makes them (io.TextIOWrapper).
//
// A py::io::TextFile is a handle: copies share one open file, as Python names share one file
// object; the file is closed by close(), by the end of a `with` block (the generated code calls
// __exit__, i.e. close(), in a finally block), or when the last handle goes away (CPython closes
// it when the object is collected). Text is UTF-8 (what open() uses on Linux without
// encoding=); reading translates "\r\n" and "\r" to "\n" (universal newlines), writing writes
// "\n" as it is. Counts (write's result, read(n)) are in characters (code points), not bytes.
//
// Errors are Python's: FileNotFoundError: [Errno 2] No such file or directory: 'x' (and the other
// OSError subclasses by errno), ValueError: I/O operation on closed file., io.UnsupportedOperation
// (as an OSError) for reading a file opened for writing and the reverse.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/generator.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"

namespace py::io {

namespace detail {

// OSError(errno, strerror, filename) as Python raises it: the subclass its errno selects.
[[noreturn]] inline void raise_os_error(int err, const std::string& filename) {
    std::string quoted;
    py::detail::append_quoted(quoted, filename);
    const std::string message = "[Errno " + std::to_string(err) + "] " + std::strerror(err) + ": " + quoted;
    switch (err) {
        case ENOENT: throw FileNotFoundError(message);
        case EEXIST: throw FileExistsError(message);
        case EACCES:
        case EPERM: throw PermissionError(message);
        case EISDIR: throw IsADirectoryError(message);
        case ENOTDIR: throw NotADirectoryError(message);
        default: throw OSError(message);
    }
}

// The number of code points of UTF-8 text (bytes that do not continue a sequence).
inline int_t code_points(std::string_view text) {
    int_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

}  // namespace detail

class TextFile {
public:
    // A closed file (a variable declared before its first assignment).
    TextFile() : state_(std::make_shared<State>()) {}
    // open(file, mode): mode is r, w, a or x, optionally with + and t (the table admits only those).
    TextFile(const std::string& path, const std::string& mode) : state_(std::make_shared<State>()) {
        state_->name = path;
        state_->mode = mode;
        const bool plus = mode.find('+') != std::string::npos;
        const char kind = mode.empty() ? 'r' : mode[0];
        state_->readable = kind == 'r' || plus;
        state_->writable = kind != 'r' || plus;
        std::string c_mode;
        switch (kind) {
            case 'w': c_mode = plus ? "w+" : "w"; break;
            case 'a': c_mode = plus ? "a+" : "a"; break;
            case 'x': c_mode = plus ? "w+x" : "wx"; break;
            default: c_mode = plus ? "r+" : "r"; break;
        }
        errno = 0;
        state_->file = std::fopen(path.c_str(), c_mode.c_str());
        if (!state_->file) detail::raise_os_error(errno ? errno : EIO, path);
        // fopen succeeds on a directory opened for reading; Python's open() does not.
        if (kind == 'r' && !plus && std::fgetc(state_->file) == EOF && std::ferror(state_->file)) {
            const int err = errno ? errno : EISDIR;
            std::fclose(std::exchange(state_->file, nullptr));
            detail::raise_os_error(err, path);
        }
        if (kind == 'r' && !plus) std::rewind(state_->file);
    }

    // f.write(s): the number of characters written.
    int_t write(std::string_view text) const {
        std::FILE* f = writable_file();
        if (!text.empty() && std::fwrite(text.data(), 1, text.size(), f) != text.size()) detail::raise_os_error(errno ? errno : EIO, state_->name);
        return detail::code_points(text);
    }
    template <typename Lines>
    void writelines(const Lines& lines) const {
        for (const auto& line : lines) write(line);
    }

    // f.read() / f.read(n): the rest of the file, or up to n characters.
    std::string read(int_t size = -1) const {
        std::string out;
        std::string ch;
        while ((size < 0 || detail::code_points(out) < size) && next_char(ch)) out += ch;
        return out;
    }
    std::string read(NoneType) const { return read(-1); }

    // f.readline(): the next line with its "\n", or "" at the end of the file.
    std::string readline() const {
        std::string out;
        std::string ch;
        while (next_char(ch)) {
            out += ch;
            if (ch == "\n") break;
        }
        return out;
    }
    list<std::string> readlines() const {
        list<std::string> lines;
        for (std::string line = readline(); !line.empty(); line = readline()) lines.append(line);
        return lines;
    }
    // for line in f: the lines, read as the loop asks for them.
    generator<std::string> lines() const {
        check_open();
        return lines_of(*this);
    }

    void flush() const {
        if (std::FILE* f = open_file()) std::fflush(f);
    }
    void close() const {
        if (state_->file) std::fclose(std::exchange(state_->file, nullptr));
    }
    bool closed() const { return state_->file == nullptr; }
    const std::string& name() const { return state_->name; }
    const std::string& mode() const { return state_->mode; }

    // `with open(...) as f:` enters with the file itself and closes it on the way out.
    const TextFile& enter() const {
        check_open();
        return *this;
    }
    void exit() const { close(); }

    void append_str_to(std::string& out) const { append_repr_to(out); }
    void append_repr_to(std::string& out) const {
        out += "<_io.TextIOWrapper name=";
        py::detail::append_quoted(out, state_->name);
        out += " mode=";
        py::detail::append_quoted(out, state_->mode);
        out += " encoding='UTF-8'>";
    }

private:
    struct State {
        std::FILE* file = nullptr;
        std::string name, mode;
        bool readable = false, writable = false;
        int pushed_back = EOF;  // a byte read after "\r" that was not "\n"
        State() = default;
        State(const State&) = delete;
        State& operator=(const State&) = delete;
        ~State() {
            if (file) std::fclose(file);
        }
    };

    void check_open() const {
        if (!state_->file) throw ValueError("I/O operation on closed file.");
    }
    std::FILE* open_file() const {
        check_open();
        return state_->file;
    }
    std::FILE* writable_file() const {
        std::FILE* f = open_file();
        if (!state_->writable) throw OSError("not writable");  // io.UnsupportedOperation, an OSError
        if (state_->readable && state_->pushed_back != EOF) {  // switching from reading to writing
            std::ungetc(std::exchange(state_->pushed_back, EOF), f);
        }
        return f;
    }
    int next_byte() const {
        if (state_->pushed_back != EOF) return std::exchange(state_->pushed_back, EOF);
        return std::getc(state_->file);
    }
    // The next character (all bytes of one UTF-8 sequence), newlines translated; false at the end.
    bool next_char(std::string& ch) const {
        check_open();
        if (!state_->readable) throw OSError("not readable");  // io.UnsupportedOperation, an OSError
        ch.clear();
        int c = next_byte();
        if (c == EOF) return false;
        if (c == '\r') {
            const int after = next_byte();
            if (after != '\n') state_->pushed_back = after;
            ch = "\n";
            return true;
        }
        ch += static_cast<char>(c);
        const unsigned char lead = static_cast<unsigned char>(c);
        const int continuation = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        for (int i = 0; i < continuation; ++i) {
            const int more = next_byte();
            if (more == EOF) break;
            ch += static_cast<char>(more);
        }
        return true;
    }

    // A coroutine of its own taking the handle by value: the frame keeps the file alive
    // (`for line in open(path)` has no variable holding it).
    static generator<std::string> lines_of(TextFile file) {
        for (std::string line = file.readline(); !line.empty(); line = file.readline()) co_yield line;
    }

    std::shared_ptr<State> state_;
};

// open(file, mode='r', encoding=None).
inline TextFile open(const std::string& path, const std::string& mode = "r") { return TextFile(path, mode); }

}  // namespace py::io
