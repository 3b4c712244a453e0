// Rendering of diagnostics in GCC's format.
#include "diag/diagnostics.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace py2cpp {

std::string SourceFile::line(int number) const {
    int current = 1;
    size_t start = 0;
    while (current < number) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) return {};
        start = nl + 1;
        ++current;
    }
    size_t end = text.find('\n', start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

Diagnostic& Diagnostics::add(Severity severity, SourceLoc loc, std::string message, std::string hint) {
    Diagnostic d{severity, loc, std::move(message), {}};
    if (!hint.empty()) d.hints.push_back(std::move(hint));
    if (severity == Severity::Error) ++error_count_;
    diagnostics_.push_back(std::move(d));
    return diagnostics_.back();
}

void Diagnostics::append(const Diagnostics& other) {
    for (const Diagnostic& d : other.all()) add(d.severity, d.loc, d.message, {}).hints = d.hints;
}

Diagnostic& Diagnostics::error(SourceLoc loc, std::string message, std::string hint) {
    return add(Severity::Error, loc, std::move(message), std::move(hint));
}

Diagnostic& Diagnostics::warning(SourceLoc loc, std::string message, std::string hint) {
    return add(Severity::Warning, loc, std::move(message), std::move(hint));
}

static const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: return "note";
    }
    return "error";
}

static bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Locations count UTF-8 bytes (as Python's ast does); a terminal shows characters. The column
// printed and the caret count characters, so both stay right on lines with non-ASCII text.
static int character_column(const std::string& line, int byte_col) {
    int chars = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i) chars += !is_continuation_byte(line[static_cast<size_t>(i)]);
    return chars + std::max(0, byte_col - static_cast<int>(line.size()));
}

// The caret line reuses the source's tabs so it lines up.
static std::string caret_line(const std::string& source_line, const SourceLoc& loc) {
    std::string out;
    const int size = static_cast<int>(source_line.size());
    int col = std::min<int>(loc.col, size);
    for (int i = 0; i < col; ++i)
        if (!is_continuation_byte(source_line[static_cast<size_t>(i)])) out += source_line[static_cast<size_t>(i)] == '\t' ? '\t' : ' ';
    out += '^';
    int end = (loc.end_line == loc.line && loc.end_col > loc.col) ? loc.end_col : size;
    if (loc.end_line != loc.line && loc.end_line != 0) end = size;
    for (int i = col + 1; i < end && i < size; ++i)
        if (!is_continuation_byte(source_line[static_cast<size_t>(i)])) out += '~';
    return out;
}

std::string Diagnostics::render_one(const Diagnostic& d) const {
    const std::string path = file_ ? file_->path : std::string("<input>");
    const int column = file_ && d.loc.valid() ? character_column(file_->line(d.loc.line), d.loc.col) : d.loc.col;
    std::string where = d.loc.valid() ? fmt::format("{}:{}:{}", path, d.loc.line, column + 1) : path;
    std::string out = fmt::format("{}: {}: {}\n", where, severity_name(d.severity), d.message);
    if (file_ && d.loc.valid()) {
        std::string src = file_->line(d.loc.line);
        out += fmt::format("{:>5} | {}\n", d.loc.line, src);
        out += fmt::format("{:>5} | {}\n", "", caret_line(src, d.loc));
    }
    for (const auto& hint : d.hints) out += fmt::format("{}: note: {}\n", where, hint);
    return out;
}

std::string Diagnostics::render() const {
    std::vector<const Diagnostic*> sorted;
    for (const auto& d : diagnostics_) sorted.push_back(&d);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
        return a->loc.line != b->loc.line ? a->loc.line < b->loc.line : a->loc.col < b->loc.col;
    });
    std::string out;
    for (const auto* d : sorted) out += render_one(*d);
    if (error_count_ > 0)
        out += fmt::format("{} error{} generated.\n", error_count_, error_count_ == 1 ? "" : "s");
    return out;
}

}  // namespace py2cpp
