// Spelling of types and literals in C++.
#include <charconv>
#include <cmath>
#include <fmt/format.h>

#include "emit/cpp_emitter.hpp"
#include "ir/names.hpp"

namespace py2cpp {

std::string cpp_type(const Type& t) {
    switch (t.kind) {
        case TypeKind::Bool: return "bool";
        case TypeKind::Int: return "py::int_t";
        case TypeKind::Float: return "double";
        case TypeKind::Complex: return "py::complex_t";
        case TypeKind::Str: return "std::string";
        case TypeKind::None: return "py::NoneType";
        case TypeKind::Tuple: {
            std::string s = "std::tuple<";
            for (size_t i = 0; i < t.elements.size(); ++i) s += (i ? ", " : "") + cpp_type(t.elements[i]);
            return s + ">";
        }
        case TypeKind::List: return "py::list<" + cpp_type(t.elements[0]) + ">";
        case TypeKind::Dict: return "py::dict<" + cpp_type(t.elements[0]) + ", " + cpp_type(t.elements[1]) + ">";
        case TypeKind::DefaultDict: return "py::defaultdict<" + cpp_type(t.elements[0]) + ", " + cpp_type(t.elements[1]) + ">";
        case TypeKind::Counter: return "py::counter<" + cpp_type(t.elements[0]) + ">";
        case TypeKind::Set: return "py::set<" + cpp_type(t.elements[0]) + ">";
        case TypeKind::FrozenSet: return "py::frozenset<" + cpp_type(t.elements[0]) + ">";
        case TypeKind::Generator: return "py::generator<" + cpp_type(t.elements[0]) + ">";
        case TypeKind::Array: return fmt::format("py::ndarray<{}, {}>", cpp_element_type(t.dtype), t.rank);
        case TypeKind::DType: return cpp_element_type(t.dtype);
        case TypeKind::Class:  // a compile-time argument, never declared
        case TypeKind::Slice: return "py::slice";
        case TypeKind::Exception: return "py::CaughtException";
        case TypeKind::Object: return "py::ref<" + cpp_identifier(t.class_name) + ">";
        case TypeKind::Function: return t.library_cpp;  // the struct of its captures (empty for a module function)
        case TypeKind::LibraryObject: return t.library_cpp;  // a handle type of the runtime (py::np::random::Generator)
        // An object reference is already nullable: its null pointer is None.
        case TypeKind::Optional:
            return t.elements[0].is(TypeKind::Object) ? cpp_type(t.elements[0]) : "py::Optional<" + cpp_type(t.elements[0]) + ">";
        case TypeKind::Undetermined: return "py::NoneType";  // the element of an always-empty list
        case TypeKind::Iterator:  // consumed where it is made, never declared
        case TypeKind::Unknown: break;
    }
    return "void";
}

std::string cpp_string_literal(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                // Octal escapes cannot swallow a following digit the way \x escapes can.
                if (c < 0x20 || c == 0x7f) out += fmt::format("\\{:03o}", c);
                else out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string cpp_double_literal(double value) {
    if (std::isnan(value)) return "std::numeric_limits<double>::quiet_NaN()";
    if (std::isinf(value)) return value > 0 ? "std::numeric_limits<double>::infinity()" : "-std::numeric_limits<double>::infinity()";
    char buf[64];
    auto result = std::to_chars(buf, buf + sizeof buf, value);  // shortest round-trip form
    std::string text(buf, result.ptr);
    if (text.find_first_of(".en") == std::string::npos) text += ".0";
    return text;
}

}  // namespace py2cpp
