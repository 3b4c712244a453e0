// py2cpp runtime: the parts of Python's os and os.path modules that scripts use around their
// computation (paths, directories, the environment), on std::filesystem and POSIX, with CPython's
// results on Linux and its errors (FileNotFoundError: [Errno 2] No such file or directory: 'x').
// os.path follows posixpath.py (the string functions never touch the file system).
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <tuple>
#include <system_error>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "py2cpp/dict.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/unicode.hpp"

extern char** environ;

namespace py::os {

namespace detail {

// CPython's OSError for errno `code` on `path`: the subclass Python picks, "[Errno N] text: 'path'".
[[noreturn]] inline void raise_os_error(int code, const std::string& path) {
    std::string message = "[Errno " + std::to_string(code) + "] " + std::strerror(code) + ": ";
    py::detail::append_quoted(message, path);
    switch (code) {
        case ENOENT: throw FileNotFoundError(message);
        case EEXIST: throw FileExistsError(message);
        case ENOTDIR: throw NotADirectoryError(message);
        case EISDIR: throw IsADirectoryError(message);
        case EACCES:
        case EPERM: throw PermissionError(message);
        default: throw OSError(message);
    }
}

}  // namespace detail

// os.getcwd()
inline std::string getcwd() {
    std::error_code error;
    auto path = std::filesystem::current_path(error);
    if (error) detail::raise_os_error(error.value(), ".");
    return path.string();
}

// os.environ: the process's environment when first read, as a dict (changes to it are not
// passed to the environment of child processes, which compiled code does not start).
inline const dict<std::string, std::string>& environ_dict() {
    static const dict<std::string, std::string> env = [] {
        dict<std::string, std::string> d;
        for (char** entry = ::environ; entry && *entry; ++entry) {
            std::string_view text(*entry);
            const std::size_t eq = text.find('=');
            if (eq == std::string_view::npos) continue;
            d.setitem(std::string(text.substr(0, eq)), std::string(text.substr(eq + 1)));
        }
        return d;
    }();
    return env;
}

// os.getenv(key, default): the variable's value, or the default.
inline std::string getenv(const std::string& key, const std::string& fallback) {
    return environ_dict().get(key, fallback);
}

// os.listdir(path='.'): the names in the directory (in the file system's order, as Python's).
inline list<std::string> listdir(const std::string& path = ".") {
    std::error_code error;
    std::vector<std::string> names;
    std::filesystem::directory_iterator it(path, error);
    if (error) detail::raise_os_error(error.value(), path);
    for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
        if (error) detail::raise_os_error(error.value(), path);
        names.push_back(it->path().filename().string());
    }
    return list<std::string>(std::move(names));
}

// os.makedirs(path, exist_ok=False): the directory and its missing parents.
inline void makedirs(const std::string& path, bool exist_ok = false) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        if (!exist_ok) detail::raise_os_error(EEXIST, path);
        return;
    }
    std::filesystem::create_directories(path, error);
    if (error) detail::raise_os_error(error.value(), path);
}

// os.mkdir(path)
inline void mkdir(const std::string& path) {
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(path, error))) detail::raise_os_error(EEXIST, path);
    if (!std::filesystem::create_directory(path, error) && error) detail::raise_os_error(error.value(), path);
}

// os.rmdir(path): an empty directory (FileNotFoundError, OSError: Directory not empty).
inline void rmdir(const std::string& path) {
    if (::rmdir(path.c_str()) != 0) detail::raise_os_error(errno, path);
}

// os.remove(path): a file (IsADirectoryError for a directory, as on Linux).
inline void remove(const std::string& path) {
    if (::unlink(path.c_str()) != 0) detail::raise_os_error(errno, path);
}

namespace path {

// os.path.join(a, *p): each part appended with one '/', an absolute part starting again.
template <class... Parts>
std::string join(const std::string& first, const Parts&... parts) {
    std::string out = first;
    auto add = [&](std::string_view part) {
        if (!part.empty() && part.front() == '/') out = std::string(part);
        else if (out.empty() || out.back() == '/') out += part;
        else {
            out += '/';
            out += part;
        }
    };
    (add(parts), ...);
    return out;
}

// os.path.basename(p), os.path.dirname(p), os.path.split(p)
inline std::string basename(const std::string& p) { return p.substr(p.rfind('/') + 1); }
inline std::string dirname(const std::string& p) {
    const std::size_t i = p.rfind('/') + 1;  // 0 when there is no '/'
    std::string head = p.substr(0, i);
    if (!head.empty() && head.find_first_not_of('/') != std::string::npos)
        head.erase(head.find_last_not_of('/') + 1);  // trailing slashes, unless it is all slashes
    return head;
}
inline std::tuple<std::string, std::string> split(const std::string& p) { return {dirname(p), basename(p)}; }

// os.path.splitext(p): (root, ext), ext from the last dot of the last component, leading dots
// of the name not counting ('.bashrc' has none).
inline std::tuple<std::string, std::string> splitext(const std::string& p) {
    const std::size_t sep = p.rfind('/');
    const std::size_t dot = p.rfind('.');
    const std::size_t name = sep == std::string::npos ? 0 : sep + 1;
    if (dot != std::string::npos && (sep == std::string::npos || dot > sep))
        for (std::size_t i = name; i < dot; ++i)
            if (p[i] != '.') return {p.substr(0, dot), p.substr(dot)};
    return {p, ""};
}

// os.path.isabs(p), os.path.normpath(p): '.' and '..' and repeated slashes resolved as strings.
inline bool isabs(const std::string& p) { return !p.empty() && p.front() == '/'; }
inline std::string normpath(const std::string& p) {
    if (p.empty()) return ".";
    // POSIX lets an implementation treat exactly two leading slashes specially: posixpath keeps them.
    const std::size_t slashes = p.find_first_not_of('/') == std::string::npos ? p.size() : p.find_first_not_of('/');
    const std::string prefix = slashes == 0 ? "" : slashes == 2 ? "//" : "/";
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= p.size()) {
        std::size_t end = p.find('/', start);
        if (end == std::string::npos) end = p.size();
        const std::string part = p.substr(start, end - start);
        start = end + 1;
        if (part.empty() || part == ".") continue;
        if (part != ".." || (prefix.empty() && parts.empty()) || (!parts.empty() && parts.back() == "..")) parts.push_back(part);
        else if (!parts.empty()) parts.pop_back();
    }
    std::string out = prefix;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return out.empty() ? "." : out;
}

// os.path.abspath(p): normpath(join(getcwd(), p)).
inline std::string abspath(const std::string& p) { return normpath(isabs(p) ? p : join(getcwd(), p)); }

// os.path.exists / isfile / isdir (symbolic links followed; false on any error, as Python's).
inline bool exists(const std::string& p) {
    std::error_code error;
    return std::filesystem::exists(p, error);
}
inline bool isfile(const std::string& p) {
    std::error_code error;
    return std::filesystem::is_regular_file(p, error);
}
inline bool isdir(const std::string& p) {
    std::error_code error;
    return std::filesystem::is_directory(p, error);
}

// os.path.getsize(p)
inline int_t getsize(const std::string& p) {
    struct ::stat info{};
    if (::stat(p.c_str(), &info) != 0) detail::raise_os_error(errno, p);
    return static_cast<int_t>(info.st_size);
}

}  // namespace path
}  // namespace py::os
