// py2cpp runtime: UTF-8 text helpers behind Python's str semantics.
//
// Python strings are sequences of code points; the runtime stores them as UTF-8 in std::string.
// This header provides what the other headers need to honour Python's view of text: decoding
// code points, len() in code points, str.isspace()-compatible whitespace (int()/float() strip it),
// and repr()'s quoting and escaping rules. It is separate so exceptions.hpp (KeyError shows the
// repr of its key) and str.hpp can share it without including each other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace py::detail {

// One decoded code point and the number of bytes it used. Bytes that are not valid UTF-8 decode
// one at a time to U+DC80..U+DCFF, as Python's "surrogateescape" error handler would.
struct CodePoint {
    char32_t value;
    std::size_t size;
};

inline CodePoint decode_utf8(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    const CodePoint invalid{static_cast<char32_t>(0xDC00 + b0), 1};
    if (b0 < 0x80) return {b0, 1};
    std::size_t need = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; min = 0x80; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; cp = b0 & 0x0F; min = 0x800; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; cp = b0 & 0x07; min = 0x10000; }
    else return invalid;
    if (i + need >= s.size()) return invalid;  // truncated sequence
    for (std::size_t k = 1; k <= need; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80) return invalid;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return invalid;
    return {cp, need + 1};
}

inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Number of code points (Python's len of a str). Valid UTF-8 is assumed: every byte that is not a
// continuation byte starts a code point.
inline std::size_t count_code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Byte offset just past the first `n` code points of s (s.size() when s is shorter).
inline std::size_t code_point_prefix(std::string_view s, std::size_t n) noexcept {
    std::size_t i = 0;
    for (; i < s.size() && n > 0; --n) i += decode_utf8(s, i).size;
    return i;
}

// Python's str.isspace() for one code point.
constexpr bool is_python_space(char32_t c) noexcept {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// s without leading and trailing Python whitespace (what int() and float() ignore).
inline std::string_view strip_python_space(std::string_view s) noexcept {
    std::size_t begin = 0;
    while (begin < s.size()) {
        const CodePoint cp = decode_utf8(s, begin);
        if (!is_python_space(cp.value)) break;
        begin += cp.size;
    }
    std::size_t end = begin;  // one past the last non-space code point
    for (std::size_t i = begin; i < s.size();) {
        const CodePoint cp = decode_utf8(s, i);
        i += cp.size;
        if (!is_python_space(cp.value)) end = i;
    }
    return s.substr(begin, end - begin);
}

// Python's str.isprintable() for one code point. Exact for ASCII and Latin-1; beyond that it knows
// the control, format, separator, surrogate, private-use and noncharacter ranges and the
// unassigned planes 3-13, but treats other unassigned code points as printable.
constexpr bool is_printable(char32_t c) noexcept {
    if (c < 0x7F) return c >= 0x20;
    if (c <= 0xA0 || c == 0xAD) return false;
    if (c < 0x300) return true;
    struct Range { char32_t lo, hi; };
    constexpr Range not_printable[] = {
        {0x0378, 0x0379}, {0x0600, 0x0605}, {0x061C, 0x061C}, {0x06DD, 0x06DD}, {0x070F, 0x070F},
        {0x0890, 0x0891}, {0x08E2, 0x08E2}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F},
        {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF},
        {0xFDD0, 0xFDEF}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x110BD, 0x110BD},
        {0x110CD, 0x110CD}, {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
        {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF}, {0xE01F0, 0x10FFFF},
    };
    for (const Range& r : not_printable)
        if (c >= r.lo && c <= r.hi) return false;
    return (c & 0xFFFE) != 0xFFFE;  // U+xxFFFE and U+xxFFFF are noncharacters in every plane
}

// Appends Python's repr() of a str: single quotes unless the text contains ' and no ", backslash
// escapes for the quote, \\, \t, \n, \r, \xhh / \uhhhh / \Uhhhhhhhh for unprintable code points.
inline void append_quoted(std::string& out, std::string_view s) {
    const bool has_single = s.find('\'') != std::string_view::npos;
    const bool has_double = s.find('"') != std::string_view::npos;
    const char quote = (has_single && !has_double) ? '"' : '\'';
    static constexpr char hex[] = "0123456789abcdef";
    auto escape = [&](char kind, char32_t cp, int digits) {
        out += '\\';
        out += kind;
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(cp >> shift) & 0xF];
    };
    out += quote;
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decode_utf8(s, i);
        const char32_t c = cp.value;
        if (c == static_cast<char32_t>(quote) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (is_printable(c)) out.append(s.data() + i, cp.size);
        else if (c <= 0xFF) escape('x', c, 2);
        else if (c <= 0xFFFF) escape('u', c, 4);
        else escape('U', c, 8);
        i += cp.size;
    }
    out += quote;
}

}  // namespace py::detail
