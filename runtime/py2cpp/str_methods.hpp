// py2cpp runtime: str indexing, slicing and methods, as Python's str (code points, not bytes), and
// ord, chr, hex, oct, bin.
//
// Strings are UTF-8 std::string; an index or a slice counts code points, as Python's do (an ASCII
// string takes the direct path). Case mapping (upper, lower, title...) and the is* tests follow
// Python for ASCII characters; other characters are left unchanged by case mapping and are not
// digits/letters/spaces to the tests (Python's Unicode tables are not carried).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/slice.hpp"
#include "py2cpp/str.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

namespace detail {

inline bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The byte offsets of each code point of s, plus s.size() at the end.
inline std::vector<std::size_t> code_point_offsets(std::string_view s) {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < s.size(); i += decode_utf8(s, i).size) at.push_back(i);
    at.push_back(s.size());
    return at;
}

inline bool is_space_char(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f'; }

}  // namespace detail

// s[i]: the code point at i (negative from the end); IndexError outside.
inline std::string str_getitem(std::string_view s, int_t i) {
    if (detail::is_ascii(s)) {
        const auto n = static_cast<int_t>(s.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw IndexError("string index out of range");
        return std::string(1, s[static_cast<std::size_t>(i)]);
    }
    const auto at = detail::code_point_offsets(s);
    const auto n = static_cast<int_t>(at.size()) - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw IndexError("string index out of range");
    return std::string(s.substr(at[static_cast<std::size_t>(i)], at[static_cast<std::size_t>(i) + 1] - at[static_cast<std::size_t>(i)]));
}

// s[start:stop:step]
inline std::string str_slice(std::string_view s, const slice& sl) {
    const bool ascii = detail::is_ascii(s);
    const auto at = ascii ? std::vector<std::size_t>{} : detail::code_point_offsets(s);
    const int_t n = ascii ? static_cast<int_t>(s.size()) : static_cast<int_t>(at.size()) - 1;
    const auto span = detail::slice_span(sl, n);
    std::string out;
    for (std::int64_t k = 0, i = span.start; k < span.count; ++k, i += span.step) {
        const auto u = static_cast<std::size_t>(i);
        if (ascii) out += s[u];
        else out.append(s.substr(at[u], at[u + 1] - at[u]));
    }
    return out;
}

// sep.join(iterable of str)
template <class Iterable>
std::string str_join(std::string_view sep, const Iterable& items) {
    std::string out;
    bool first = true;
    for (auto&& item : as_iterable(items)) {
        if (!first) out += sep;
        first = false;
        out += std::string_view(item);
    }
    return out;
}

// s.split() (runs of whitespace, no empty items) and s.split(sep[, maxsplit]).
inline list<std::string> str_split(std::string_view s, int_t maxsplit = -1) {
    list<std::string> out;
    std::size_t i = 0;
    while (true) {
        while (i < s.size() && detail::is_space_char(s[i])) ++i;
        if (i == s.size()) break;
        if (maxsplit >= 0 && out.size() == maxsplit) {
            std::size_t end = s.size();
            while (end > i && detail::is_space_char(s[end - 1])) --end;
            out.append(std::string(s.substr(i, end - i)));
            break;
        }
        std::size_t j = i;
        while (j < s.size() && !detail::is_space_char(s[j])) ++j;
        out.append(std::string(s.substr(i, j - i)));
        i = j;
    }
    return out;
}
inline list<std::string> str_split(std::string_view s, std::string_view sep, int_t maxsplit = -1) {
    if (sep.empty()) throw ValueError("empty separator");
    list<std::string> out;
    std::size_t i = 0;
    while (maxsplit < 0 || out.size() < maxsplit) {
        const std::size_t j = s.find(sep, i);
        if (j == std::string_view::npos) break;
        out.append(std::string(s.substr(i, j - i)));
        i = j + sep.size();
    }
    out.append(std::string(s.substr(i)));
    return out;
}

// s.strip() / lstrip() / rstrip(), of whitespace or of the characters of `chars` (ASCII sets; a
// multi-byte character in `chars` strips its bytes).
inline std::string str_strip(std::string_view s, bool left = true, bool right = true) {
    std::size_t b = 0, e = s.size();
    if (left) while (b < e && detail::is_space_char(s[b])) ++b;
    if (right) while (e > b && detail::is_space_char(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}
inline std::string str_strip(std::string_view s, std::string_view chars, bool left = true, bool right = true) {
    std::size_t b = 0, e = s.size();
    if (left) while (b < e && chars.find(s[b]) != std::string_view::npos) ++b;
    if (right) while (e > b && chars.find(s[e - 1]) != std::string_view::npos) --e;
    return std::string(s.substr(b, e - b));
}

inline bool str_startswith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
inline bool str_endswith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

inline std::string str_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}
inline std::string str_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// s.replace(old, new[, count])
inline std::string str_replace(std::string_view s, std::string_view old, std::string_view with, int_t count = -1) {
    std::string out;
    std::size_t i = 0;
    int_t done = 0;
    if (old.empty()) {  // inserts `with` around every code point
        for (std::size_t k = 0; k <= s.size() && (count < 0 || done < count);) {
            out += with;
            ++done;
            if (k == s.size()) return out;
            const std::size_t size = detail::decode_utf8(s, k).size;
            out.append(s.substr(k, size));
            k += size;
            i = k;
        }
        out.append(s.substr(i));
        return out;
    }
    while (count < 0 || done < count) {
        const std::size_t j = s.find(old, i);
        if (j == std::string_view::npos) break;
        out.append(s.substr(i, j - i));
        out += with;
        i = j + old.size();
        ++done;
    }
    out.append(s.substr(i));
    return out;
}

// s.find(sub) / s.rfind(sub): the code-point index, or -1. s.count(sub): non-overlapping.
inline int_t str_find(std::string_view s, std::string_view sub) {
    const std::size_t j = s.find(sub);
    return j == std::string_view::npos ? -1 : static_cast<int_t>(detail::count_code_points(s.substr(0, j)));
}
inline int_t str_rfind(std::string_view s, std::string_view sub) {
    const std::size_t j = s.rfind(sub);
    return j == std::string_view::npos ? -1 : static_cast<int_t>(detail::count_code_points(s.substr(0, j)));
}
inline int_t str_index(std::string_view s, std::string_view sub) {
    const int_t i = str_find(s, sub);
    if (i < 0) throw ValueError("substring not found");
    return i;
}
inline int_t str_count(std::string_view s, std::string_view sub) {
    if (sub.empty()) return static_cast<int_t>(detail::count_code_points(s)) + 1;
    int_t n = 0;
    for (std::size_t j = s.find(sub); j != std::string_view::npos; j = s.find(sub, j + sub.size())) ++n;
    return n;
}

inline bool str_isdigit(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
inline bool str_isalpha(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}
inline bool str_isspace(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), detail::is_space_char); }

// s.title(), s.capitalize(), s.swapcase() (ASCII letters are the cased characters; others are
// left as they are and, for title(), start a new word as any uncased character does).
inline std::string str_title(std::string_view s) {
    std::string out(s);
    bool previous_cased = false;
    for (char& c : out) {
        const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        if (lower && !previous_cased) c = static_cast<char>(c - 'a' + 'A');
        else if (upper && previous_cased) c = static_cast<char>(c - 'A' + 'a');
        previous_cased = lower || upper;
    }
    return out;
}
inline std::string str_capitalize(std::string_view s) {
    std::string out = str_lower(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}
inline std::string str_swapcase(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}
inline bool str_isalnum(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}
// isupper/islower: at least one cased character, and no cased character of the other case.
inline bool str_isupper(std::string_view s) {
    bool cased = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        cased = cased || (c >= 'A' && c <= 'Z');
    }
    return cased;
}
inline bool str_islower(std::string_view s) {
    bool cased = false;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') return false;
        cased = cased || (c >= 'a' && c <= 'z');
    }
    return cased;
}

// s.splitlines(keepends=False): the line boundaries str.splitlines knows (\n \r \r\n \v \f
// \x1c \x1d \x1e, and U+0085, U+2028, U+2029 in UTF-8).
inline list<std::string> str_splitlines(std::string_view s, bool keepends = false) {
    list<std::string> out;
    std::size_t start = 0, i = 0;
    while (i < s.size()) {
        std::size_t width = 0;  // bytes of the line break at i
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') width = i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
        else if (c == '\n' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e) width = 1;
        else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) width = 2;
        else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
            width = 3;
        if (width == 0) {
            ++i;
            continue;
        }
        out.append(std::string(s.substr(start, i - start + (keepends ? width : 0))));
        i += width;
        start = i;
    }
    if (start < s.size()) out.append(std::string(s.substr(start)));
    return out;
}

// s.partition(sep) / s.rpartition(sep): (before, sep, after) around the first / last sep.
inline std::tuple<std::string, std::string, std::string> str_partition(std::string_view s, std::string_view sep, bool from_right = false) {
    if (sep.empty()) throw ValueError("empty separator");
    const std::size_t at = from_right ? s.rfind(sep) : s.find(sep);
    if (at == std::string_view::npos)
        return from_right ? std::make_tuple(std::string(), std::string(), std::string(s)) : std::make_tuple(std::string(s), std::string(), std::string());
    return {std::string(s.substr(0, at)), std::string(sep), std::string(s.substr(at + sep.size()))};
}

// s.rsplit(sep=None, maxsplit=-1): split from the right (the same pieces as split() unless
// maxsplit stops it early).
inline list<std::string> str_rsplit(std::string_view s, int_t maxsplit = -1) {
    std::vector<std::string> pieces;
    std::size_t end = s.size();
    while (true) {
        while (end > 0 && detail::is_space_char(s[end - 1])) --end;
        if (end == 0) break;
        if (maxsplit >= 0 && static_cast<int_t>(pieces.size()) == maxsplit) {
            pieces.emplace_back(s.substr(0, end));
            break;
        }
        std::size_t begin = end;
        while (begin > 0 && !detail::is_space_char(s[begin - 1])) --begin;
        pieces.emplace_back(s.substr(begin, end - begin));
        end = begin;
    }
    list<std::string> out;
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) out.append(*it);
    return out;
}
inline list<std::string> str_rsplit(std::string_view s, std::string_view sep, int_t maxsplit = -1) {
    if (sep.empty()) throw ValueError("empty separator");
    std::vector<std::string> pieces;
    std::size_t end = s.size();
    while (maxsplit < 0 || static_cast<int_t>(pieces.size()) < maxsplit) {
        const std::size_t at = end >= sep.size() ? s.rfind(sep, end - sep.size()) : std::string_view::npos;
        if (at == std::string_view::npos) break;
        pieces.emplace_back(s.substr(at + sep.size(), end - at - sep.size()));
        end = at;
    }
    pieces.emplace_back(s.substr(0, end));
    list<std::string> out;
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) out.append(*it);
    return out;
}

// s.ljust / rjust / center(width[, fill]) and zfill(width), widths in code points.
inline std::string str_pad(std::string_view s, int_t width, std::string_view fill, char align) {
    const auto n = static_cast<int_t>(detail::count_code_points(s));
    if (width <= n) return std::string(s);
    const int_t total = width - n;
    // CPython's center puts the extra character on the left when the string's length is odd.
    const int_t left = align == '<' ? 0 : align == '>' ? total : total / 2 + (total & width & 1);
    std::string out;
    for (int_t k = 0; k < left; ++k) out += fill;
    out += s;
    for (int_t k = 0; k < total - left; ++k) out += fill;
    return out;
}
inline std::string str_zfill(std::string_view s, int_t width) {
    const auto n = static_cast<int_t>(detail::count_code_points(s));
    if (width <= n) return std::string(s);
    const bool sign = !s.empty() && (s[0] == '+' || s[0] == '-');
    std::string out = sign ? std::string(1, s[0]) : std::string();
    out.append(static_cast<std::size_t>(width - n), '0');
    out.append(s.substr(sign ? 1 : 0));
    return out;
}

// s * n
inline std::string str_repeat(std::string_view s, int_t n) {
    std::string out;
    for (int_t k = 0; k < n; ++k) out += s;
    return out;
}


// ord(c): the code point of a one-character str (TypeError otherwise, as CPython words it).
inline int_t ord(std::string_view c) {
    const auto n = detail::count_code_points(c);
    if (n != 1) throw TypeError("ord() expected a character, but string of length " + std::to_string(n) + " found");
    return static_cast<int_t>(detail::decode_utf8(c, 0).value);
}

// chr(i): the str of one code point (ValueError outside range(0x110000)).
inline std::string chr(int_t i) {
    if (i < 0 || i > 0x10FFFF) throw ValueError("chr() arg not in range(0x110000)");
    std::string out;
    detail::append_utf8(out, static_cast<char32_t>(i));
    return out;
}

// hex(i), oct(i), bin(i): '0x1f', '-0o17', '0b101'.
inline std::string int_to_base(int_t i, int base, const char* prefix) {
    const bool negative = i < 0;
    auto magnitude = negative ? ~static_cast<std::uint64_t>(i) + 1 : static_cast<std::uint64_t>(i);
    std::string digits;
    do {
        digits += "0123456789abcdef"[magnitude % static_cast<std::uint64_t>(base)];
        magnitude /= static_cast<std::uint64_t>(base);
    } while (magnitude != 0);
    std::reverse(digits.begin(), digits.end());
    return (negative ? "-" : "") + std::string(prefix) + digits;
}
inline std::string hex(int_t i) { return int_to_base(i, 16, "0x"); }
inline std::string oct(int_t i) { return int_to_base(i, 8, "0o"); }
inline std::string bin(int_t i) { return int_to_base(i, 2, "0b"); }

}  // namespace py
