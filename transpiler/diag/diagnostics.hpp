// Diagnostics: the one channel through which every pipeline stage reports problems.
//
// A diagnostic carries a source location, a severity, a message and optional hints. Stages never
// print to stderr themselves; they add diagnostics here and keep going, so one run reports every
// error of a file. Rendering follows GCC's format (file:line:col: error: …, the source line, a
// caret under the offending span, then `note:` lines for hints), which editors and CI parse.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace py2cpp {

// A position in a Python source file: 1-based line, 0-based column as Python's ast reports it.
// The renderer prints the column 1-based, as GCC does.
struct SourceLoc {
    int line = 0;
    int col = 0;
    int end_line = 0;
    int end_col = 0;
    bool valid() const { return line > 0; }
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLoc loc;
    std::string message;
    std::vector<std::string> hints;
};

// The source text of one file, kept so diagnostics can quote the offending line.
struct SourceFile {
    SourceFile() = default;
    SourceFile(std::string path_, std::string text_) : path(std::move(path_)), text(std::move(text_)) {}

    std::string path;
    std::string text;  // decoded as CPython decodes the file (BOM, PEP 263 cookie), in UTF-8
    std::string line(int number) const;
    std::string raw;  // the file's bytes as read (empty when the text did not come from a file)
    // Why the bytes are not a Python source (CPython's message); `text` then only quotes lines.
    std::string decode_error;
    SourceLoc decode_error_loc;
};

class Diagnostics {
public:
    explicit Diagnostics(const SourceFile* file = nullptr) : file_(file) {}
    void set_file(const SourceFile* file) { file_ = file; }

    Diagnostic& error(SourceLoc loc, std::string message, std::string hint = {});
    Diagnostic& warning(SourceLoc loc, std::string message, std::string hint = {});

    // Adds every diagnostic of `other` (a stage's trial run that was kept), severities unchanged.
    void append(const Diagnostics& other);
    bool has_errors() const { return error_count_ > 0; }
    int error_count() const { return error_count_; }
    const std::vector<Diagnostic>& all() const { return diagnostics_; }

    // Renders every diagnostic in source order, followed by a count line when there were errors.
    std::string render() const;

private:
    std::string render_one(const Diagnostic& d) const;
    Diagnostic& add(Severity severity, SourceLoc loc, std::string message, std::string hint);

    const SourceFile* file_;
    std::vector<Diagnostic> diagnostics_;
    int error_count_ = 0;
};

// A tool-level failure that is not tied to a line of the user's file (unreadable input, a broken
// mapping table, a failed build). Caught by the CLI, which prints it and exits with status 1.
struct ToolError {
    std::string message;
};

}  // namespace py2cpp
