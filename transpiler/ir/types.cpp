// Type construction, printing, promotion and parsing (see types.hpp).
#include "ir/types.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

namespace py2cpp {

Type Type::tuple(std::vector<Type> elements) {
    Type t = Type::of(TypeKind::Tuple);
    t.elements = std::move(elements);
    return t;
}

Type Type::list(Type element) {
    Type t = Type::of(TypeKind::List);
    t.elements.push_back(std::move(element));
    return t;
}

Type Type::dict(Type key, Type value) {
    Type t = Type::of(TypeKind::Dict);
    t.elements.push_back(std::move(key));
    t.elements.push_back(std::move(value));
    return t;
}

Type Type::defaultdict(Type key, Type value) {
    Type t = Type::dict(std::move(key), std::move(value));
    t.kind = TypeKind::DefaultDict;
    return t;
}

Type Type::counter(Type key) {
    Type t = Type::dict(std::move(key), Type::integer());
    t.kind = TypeKind::Counter;
    return t;
}

Type Type::set(Type element) {
    Type t = Type::of(TypeKind::Set);
    t.elements.push_back(std::move(element));
    return t;
}

Type Type::frozenset(Type element) {
    Type t = Type::of(TypeKind::FrozenSet);
    t.elements.push_back(std::move(element));
    return t;
}

Type Type::array(DType dtype, int rank) {
    Type t = Type::of(TypeKind::Array);
    t.dtype = dtype;
    t.rank = rank;
    return t;
}

Type Type::dtype_object(DType dtype) {
    Type t = Type::of(TypeKind::DType);
    t.dtype = dtype;
    return t;
}

Type Type::class_object(Type instance) {
    Type t = Type::of(TypeKind::Class);
    t.elements.push_back(std::move(instance));
    return t;
}

Type Type::object(std::string class_name, std::vector<std::string> ancestors) {
    Type t = Type::of(TypeKind::Object);
    t.class_name = std::move(class_name);
    t.ancestors = std::move(ancestors);
    return t;
}

Type Type::library_object(std::string name, std::string cpp) {
    Type t = Type::of(TypeKind::LibraryObject);
    t.class_name = std::move(name);
    t.library_cpp = std::move(cpp);
    return t;
}

Type Type::function(std::string key, std::vector<Type> captures, std::string cpp) {
    Type t = Type::of(TypeKind::Function);
    t.class_name = std::move(key);
    t.elements = std::move(captures);
    t.library_cpp = std::move(cpp);
    return t;
}

bool Type::derives_from(const std::string& cls) const {
    return kind == TypeKind::Object && (class_name == cls || std::find(ancestors.begin(), ancestors.end(), cls) != ancestors.end());
}

Type Type::optional(Type value) {
    if (value.is(TypeKind::None) || value.is(TypeKind::Optional) || !value.is_known()) return value;
    Type t = Type::of(TypeKind::Optional);
    t.elements.push_back(std::move(value));
    return t;
}

int Type::max_array_rank() const {
    int rank = is_array() ? this->rank : 0;
    for (const auto& e : elements) rank = std::max(rank, e.max_array_rank());
    return rank;
}

Type Type::iterator(Type item) {
    Type t = Type::of(TypeKind::Iterator);
    t.elements.push_back(std::move(item));
    return t;
}

Type Type::generator(Type item) {
    Type t = Type::of(TypeKind::Generator);
    t.elements.push_back(std::move(item));
    return t;
}

bool Type::is_undetermined() const {
    return kind == TypeKind::Undetermined || std::any_of(elements.begin(), elements.end(), [](const Type& e) { return e.is_undetermined(); });
}

bool Type::is_known() const {
    if (kind == TypeKind::Unknown) return false;
    return std::all_of(elements.begin(), elements.end(), [](const Type& e) { return e.is_known(); });
}

bool Type::operator==(const Type& other) const {
    if (kind != other.kind) return false;
    if (kind == TypeKind::Array) return dtype == other.dtype && rank == other.rank;
    if (kind == TypeKind::DType) return dtype == other.dtype;
    if (kind == TypeKind::Object || kind == TypeKind::LibraryObject) return class_name == other.class_name;
    if (kind == TypeKind::Function) return class_name == other.class_name && elements == other.elements;
    return elements == other.elements;
}

std::string member_namespace(const Type& t) {
    switch (t.kind) {
        case TypeKind::Array: return "numpy.ndarray";
        case TypeKind::Str: return "builtins.str";
        case TypeKind::List: return "builtins.list";
        case TypeKind::Dict: return "builtins.dict";
        case TypeKind::DefaultDict: return "collections.defaultdict";
        case TypeKind::Counter: return "collections.Counter";
        case TypeKind::Set: return "builtins.set";
        case TypeKind::FrozenSet: return "builtins.frozenset";
        case TypeKind::Tuple: return "builtins.tuple";
        case TypeKind::Int: return "builtins.int";
        case TypeKind::Float: return "builtins.float";
        case TypeKind::Complex: return "builtins.complex";
        case TypeKind::Bool: return "builtins.int";  // bool's members are int's
        case TypeKind::LibraryObject: return t.class_name;  // numpy.random.Generator.normal
        case TypeKind::Unknown:
        case TypeKind::Undetermined:
        case TypeKind::Iterator:
        case TypeKind::Generator:
        case TypeKind::None:
        case TypeKind::DType:
        case TypeKind::Class:
        case TypeKind::Slice:
        case TypeKind::Exception:
        case TypeKind::Function:
        case TypeKind::Optional:  // unwrapped first (None has no members)
        case TypeKind::Object: return "";  // a class's own methods are found by infer/lower_classes.cpp
    }
    return "";
}

std::string member_base_namespace(const Type& t) {
    return t.is(TypeKind::DefaultDict) || t.is(TypeKind::Counter) ? "builtins.dict" : "";
}

std::optional<int> parse_count(const std::string& digits) {
    int value = 0;
    const char* end = digits.data() + digits.size();
    auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (digits.empty() || ec != std::errc() || ptr != end || value < 0) return std::nullopt;
    return value;
}

std::string python_type_name(const Type& t) {
    switch (t.kind) {
        case TypeKind::List: return "list";
        case TypeKind::Dict: return "dict";
        case TypeKind::DefaultDict: return "collections.defaultdict";
        case TypeKind::Counter: return "Counter";
        case TypeKind::Set: return "set";
        case TypeKind::FrozenSet: return "frozenset";
        case TypeKind::Tuple: return "tuple";
        case TypeKind::Str: return "str";
        case TypeKind::Int: return "int";
        case TypeKind::Float: return "float";
        case TypeKind::Complex: return "complex";
        case TypeKind::Bool: return "bool";
        case TypeKind::None: return "NoneType";
        case TypeKind::Array: return "numpy.ndarray";
        case TypeKind::Slice: return "slice";
        case TypeKind::Exception: return "Exception";
        case TypeKind::Iterator: return "iterator";
        case TypeKind::Generator: return "generator";
        case TypeKind::DType: case TypeKind::Class: return "type";
        case TypeKind::Object: return t.class_name;
        case TypeKind::LibraryObject: return t.class_name.substr(t.class_name.rfind('.') + 1);  // Generator
        case TypeKind::Function: return "function";
        case TypeKind::Optional: return python_type_name(t.elements[0]);
        case TypeKind::Unknown: case TypeKind::Undetermined: break;
    }
    return "object";
}

bool hashable(const Type& t) {
    switch (t.kind) {
        case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float: case TypeKind::Complex: case TypeKind::Str: case TypeKind::None:
        case TypeKind::Undetermined:
        case TypeKind::Object:  // by identity, or __hash__ (a class with __eq__ alone raises TypeError, as in Python)
            return true;
        case TypeKind::Tuple: case TypeKind::FrozenSet:
            return std::all_of(t.elements.begin(), t.elements.end(), hashable);
        default:
            return false;
    }
}

bool holds_type_object(const Type& t) {
    return t.is(TypeKind::DType) || t.is(TypeKind::Class) || std::any_of(t.elements.begin(), t.elements.end(), holds_type_object);
}

bool is_command_line_result(const Type& t) {
    if (t.is(TypeKind::Tuple)) return std::all_of(t.elements.begin(), t.elements.end(), is_command_line_result);
    return t.is_numeric_scalar() || t.is(TypeKind::Str) || t.is(TypeKind::None) || (t.is_array() && !is_complex_dtype(t.dtype));
}

bool holds_complex_array(const Type& t) {
    return t.is_complex_array() || std::any_of(t.elements.begin(), t.elements.end(), holds_complex_array);
}

bool holds_array(const Type& t) {
    return t.is_array() || std::any_of(t.elements.begin(), t.elements.end(), holds_array);
}

bool holds_function(const Type& t) {
    return t.is(TypeKind::Function) || std::any_of(t.elements.begin(), t.elements.end(), holds_function);
}

std::string describe_function_value(const Type& t) {
    if (!t.is(TypeKind::Function)) return "a " + python_type_name(t) + " of functions";
    const std::string own = t.class_name.substr(t.class_name.rfind('.') == std::string::npos ? 0 : t.class_name.rfind('.') + 1);
    if (own.rfind("<lambda>", 0) == 0) return "a lambda";
    return "the function '" + own + "'";
}

std::string join_hint(const Type& a, const Type& b, const std::string& otherwise) {
    if (!holds_function(a) && !holds_function(b)) return otherwise;
    return "each function is a type of its own in compiled code (a call through a function value is a direct call), so two "
           "functions cannot share a variable, a list or a dict: call the one chosen where it is chosen (square(x) if c else "
           "cube(x)), or pass it as an argument to a function that calls it";
}

bool holds_iterator(const Type& t) {
    return t.is(TypeKind::Iterator) || std::any_of(t.elements.begin(), t.elements.end(), holds_iterator);
}

bool mixes_int_and_float(const Type& a, const Type& b) {
    auto integral = [](const Type& t) { return t.is(TypeKind::Int) || t.is(TypeKind::Bool); };
    return (integral(a) && b.is(TypeKind::Float)) || (a.is(TypeKind::Float) && integral(b));
}

bool holds_generator(const Type& t) {
    return t.is(TypeKind::Generator) || std::any_of(t.elements.begin(), t.elements.end(), holds_generator);
}

bool formattable(const Type& t) {
    switch (t.kind) {
        case TypeKind::None: case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float: case TypeKind::Complex: case TypeKind::Str:
        case TypeKind::Undetermined: case TypeKind::Exception: case TypeKind::Object:  // __str__/__repr__, or <__main__.C object>
        case TypeKind::LibraryObject:  // the runtime's type prints itself (append_str_to, append_repr_to)
            return true;
        case TypeKind::Tuple: case TypeKind::List: case TypeKind::Dict: case TypeKind::DefaultDict: case TypeKind::Counter:
        case TypeKind::Set: case TypeKind::FrozenSet: case TypeKind::Optional:
            return std::all_of(t.elements.begin(), t.elements.end(), formattable);
        case TypeKind::Unknown: case TypeKind::Iterator: case TypeKind::Array: case TypeKind::DType: case TypeKind::Class: case TypeKind::Slice:
        case TypeKind::Function:  // <function f at 0x7f...>: an address
        case TypeKind::Generator:  // <generator object f at 0x7f...>
            return false;
    }
    return false;
}

std::optional<Type> item_type(const Type& t) {
    switch (t.kind) {
        case TypeKind::List:
        case TypeKind::Dict:  // a dict iterates its keys
        case TypeKind::DefaultDict:
        case TypeKind::Counter:
        case TypeKind::Set:
        case TypeKind::FrozenSet:
        case TypeKind::Iterator:
        case TypeKind::Generator: return t.elements[0];
        case TypeKind::Str: return Type::str();
        case TypeKind::Tuple: {
            std::optional<Type> joined = Type::undetermined();
            for (const auto& e : t.elements)
                if (joined) joined = join_types(*joined, e);
            return joined;
        }
        case TypeKind::Array: return t.rank == 1 ? element_type(t.dtype) : Type::array(t.dtype, t.rank - 1);
        default: return std::nullopt;
    }
}

// Equal, where an Undetermined part on either side matches anything.
static bool same_modulo_undetermined(const Type& a, const Type& b) {
    if (a.is(TypeKind::Undetermined) || b.is(TypeKind::Undetermined)) return true;
    if (a.kind != b.kind || a.elements.size() != b.elements.size()) return false;
    if (a.is_array() || a.is(TypeKind::DType) || a.is(TypeKind::LibraryObject)) return a == b;
    for (size_t i = 0; i < a.elements.size(); ++i)
        if (!same_modulo_undetermined(a.elements[i], b.elements[i])) return false;
    return true;
}

// Numbers promote, and so do the items of a tuple (a value, copied when converted); a list is an
// object shared by reference, so its element type must match exactly.
bool assignable(const Type& from, const Type& to) {
    if (from.is(TypeKind::Undetermined) || to.is(TypeKind::Undetermined)) return true;
    // None, a value, or another Optional of an assignable value, where a value may be None.
    if (to.is(TypeKind::Optional))
        return from.is(TypeKind::None) || assignable(from.is(TypeKind::Optional) ? from.elements[0] : from, to.elements[0]);
    if (from.is_number() && to.is_number()) return join_types(from, to) == to;
    if (from.is(TypeKind::Object) && to.is(TypeKind::Object)) return from.derives_from(to.class_name);  // a subclass's object is one
    if (from.is(TypeKind::Tuple) && to.is(TypeKind::Tuple) && from.elements.size() == to.elements.size()) {
        for (size_t i = 0; i < from.elements.size(); ++i)
            if (!assignable(from.elements[i], to.elements[i])) return false;
        return true;
    }
    return same_modulo_undetermined(from, to);
}

std::string dtype_name(DType d) {
    switch (d) {
        case DType::Bool: return "bool";
        case DType::Int32: return "int32";
        case DType::Int64: return "int64";
        case DType::UInt32: return "uint32";
        case DType::Float32: return "float32";
        case DType::Float64: return "float64";
        case DType::Complex64: return "complex64";
        case DType::Complex128: return "complex128";
    }
    return "?";
}

std::optional<DType> dtype_from_name(const std::string& name) {
    static const std::map<std::string, DType> names = {
        {"bool", DType::Bool}, {"int32", DType::Int32}, {"int64", DType::Int64}, {"int", DType::Int64},
        {"uint32", DType::UInt32}, {"float32", DType::Float32}, {"float64", DType::Float64},
        {"float", DType::Float64}, {"complex128", DType::Complex128}, {"complex", DType::Complex128},
        {"complex64", DType::Complex64}};
    auto it = names.find(name);
    if (it == names.end()) return std::nullopt;
    return it->second;
}

std::string Type::to_string() const {
    switch (kind) {
        case TypeKind::Unknown: return "<unknown>";
        case TypeKind::Undetermined: return "?";
        case TypeKind::Iterator: return "iterator[" + elements[0].to_string() + "]";
        case TypeKind::Generator: return "generator[" + elements[0].to_string() + "]";
        case TypeKind::None: return "None";
        case TypeKind::Bool: return "bool";
        case TypeKind::Int: return "int";
        case TypeKind::Float: return "float";
        case TypeKind::Complex: return "complex";
        case TypeKind::Str: return "str";
        case TypeKind::Tuple: {
            std::string s = "tuple[";
            for (size_t i = 0; i < elements.size(); ++i) s += (i ? ", " : "") + elements[i].to_string();
            return s + "]";
        }
        case TypeKind::List: return "list[" + elements[0].to_string() + "]";
        case TypeKind::Dict: return "dict[" + elements[0].to_string() + ", " + elements[1].to_string() + "]";
        case TypeKind::DefaultDict: return "defaultdict[" + elements[0].to_string() + ", " + elements[1].to_string() + "]";
        case TypeKind::Counter: return "Counter[" + elements[0].to_string() + "]";
        case TypeKind::Set: return "set[" + elements[0].to_string() + "]";
        case TypeKind::FrozenSet: return "frozenset[" + elements[0].to_string() + "]";
        case TypeKind::Array: return "ndarray[" + dtype_name(dtype) + ", " + std::to_string(rank) + "]";
        case TypeKind::DType: return "dtype[" + dtype_name(dtype) + "]";
        case TypeKind::Class: return "class[" + elements[0].to_string() + "]";
        case TypeKind::Slice: return "slice";
        case TypeKind::Exception: return "Exception";
        case TypeKind::Object: return class_name;
        case TypeKind::LibraryObject: return class_name;
        case TypeKind::Function: {
            std::string s = "function[" + class_name;
            for (const auto& e : elements) s += ", " + e.to_string();
            return s + "]";
        }
        case TypeKind::Optional: return elements[0].to_string() + " | None";
    }
    return "?";
}

std::string cpp_element_type(DType d) {
    switch (d) {
        case DType::Bool: return "bool";
        case DType::Int32: return "std::int32_t";
        case DType::Int64: return "std::int64_t";
        case DType::UInt32: return "std::uint32_t";
        case DType::Float32: return "float";
        case DType::Float64: return "double";
        case DType::Complex64: return "std::complex<float>";
        case DType::Complex128: return "std::complex<double>";
    }
    return "void";
}

namespace {

// NumPy's kinds, ordered: a Python scalar of a higher kind than an array changes its dtype.
enum class Kind { Bool, Int, Float, Complex };

Kind kind_of(DType d) {
    switch (d) {
        case DType::Bool: return Kind::Bool;
        case DType::Int32: case DType::Int64: case DType::UInt32: return Kind::Int;
        case DType::Float32: case DType::Float64: return Kind::Float;
        case DType::Complex64: case DType::Complex128: return Kind::Complex;
    }
    return Kind::Float;
}

bool is_signed_int(DType d) { return d == DType::Int32 || d == DType::Int64; }

int int_bits(DType d) { return d == DType::Int64 ? 64 : 32; }

}  // namespace

std::optional<DType> scalar_dtype(const Type& scalar) {
    switch (scalar.kind) {
        case TypeKind::Bool: return DType::Bool;
        case TypeKind::Int: return DType::Int64;
        case TypeKind::Float: return DType::Float64;
        case TypeKind::Complex: return DType::Complex128;
        default: return std::nullopt;
    }
}

Type element_type(DType d) {
    switch (kind_of(d)) {
        case Kind::Bool: return Type::boolean();
        case Kind::Int: return Type::integer();
        case Kind::Complex: return Type::complex();
        default: return Type::floating();
    }
}

DType promote_dtypes(DType a, DType b) {
    if (a == b) return a;
    if (a == DType::Bool) return b;
    if (b == DType::Bool) return a;
    const Kind ka = kind_of(a), kb = kind_of(b);
    if (ka == Kind::Complex || kb == Kind::Complex) {
        // complex64 holds bool and float32 exactly; int32/int64/uint32 and float64 need complex128.
        const DType other = ka == Kind::Complex ? b : a;
        const DType complex = ka == Kind::Complex ? a : b;
        if (complex == DType::Complex128 || kind_of(other) == Kind::Complex) return DType::Complex128;
        return other == DType::Float32 ? DType::Complex64 : DType::Complex128;
    }
    if (ka == Kind::Float && kb == Kind::Float) return DType::Float64;  // float32 + float64
    if (ka == Kind::Float || kb == Kind::Float) {
        // float32 holds int8/int16 exactly, not int32/int64: those promote to float64.
        return DType::Float64;
    }
    // Two integer types: the smallest signed type holding both (uint32 + int32 -> int64).
    if (is_signed_int(a) == is_signed_int(b)) return int_bits(a) >= int_bits(b) ? a : b;
    return DType::Int64;
}

std::optional<Type> numpy_result_type(const std::vector<Type>& operands) {
    std::optional<DType> arrays;
    int rank = 0;
    for (const auto& t : operands) {
        if (!t.is_numeric_or_complex()) return std::nullopt;
        if (!t.is_array()) continue;
        arrays = arrays ? promote_dtypes(*arrays, t.dtype) : t.dtype;
        rank = std::max(rank, t.rank);
    }
    if (!arrays) {
        std::optional<Type> joined = Type::unknown();
        for (const auto& t : operands)
            if (joined) joined = join_types(*joined, t);
        return joined;
    }
    DType result = *arrays;
    for (const auto& t : operands) {
        if (t.is_array()) continue;
        DType s = *scalar_dtype(t);
        // A Python complex with float32 values is complex64 (NumPy 1.24's value-based casting:
        // min_scalar_type of a complex of float32's range; a larger magnitude, which only the
        // value tells, would be complex128).
        if (kind_of(s) > kind_of(result)) result = result == DType::Float32 && s == DType::Complex128 ? DType::Complex64 : promote_dtypes(result, s);
    }
    return Type::array(result, rank);
}

Type to_inexact(const Type& t) {
    if (t.is_array()) return kind_of(t.dtype) <= Kind::Int ? Type::array(DType::Float64, t.rank) : t;
    return t.is_numeric_scalar() ? Type::floating() : t;
}

bool is_complex_dtype(DType d) { return d == DType::Complex64 || d == DType::Complex128; }

DType real_part_dtype(DType d) {
    if (d == DType::Complex64) return DType::Float32;
    if (d == DType::Complex128) return DType::Float64;
    return d;
}

Type with_dtype(const Type& t, DType d) {
    return t.is_array() ? Type::array(d, t.rank) : element_type(d);
}

static int numeric_rank(TypeKind k) {
    switch (k) {
        case TypeKind::Bool: return 1;
        case TypeKind::Int: return 2;
        case TypeKind::Float: return 3;
        case TypeKind::Complex: return 4;
        default: return 0;
    }
}

std::optional<Type> join_types(const Type& a, const Type& b) {
    if (a.kind == TypeKind::Unknown || a.kind == TypeKind::Undetermined) return b;
    if (b.kind == TypeKind::Unknown || b.kind == TypeKind::Undetermined) return a;
    if (a == b) return a;
    // None joined with a value may be None (Optional); an Optional joins its value.
    if (a.is(TypeKind::None) || a.is(TypeKind::Optional) || b.is(TypeKind::None) || b.is(TypeKind::Optional)) {
        const Type& av = a.is(TypeKind::Optional) ? a.elements[0] : a;
        const Type& bv = b.is(TypeKind::Optional) ? b.elements[0] : b;
        if (av.is(TypeKind::None)) return Type::optional(bv);
        if (bv.is(TypeKind::None)) return Type::optional(av);
        auto value = join_types(av, bv);
        if (!value || holds_iterator(*value) || holds_type_object(*value)) return std::nullopt;
        return Type::optional(*value);
    }
    // Numbers join to the wider kind of the tower bool < int < float < complex.
    if (numeric_rank(a.kind) > 0 && numeric_rank(b.kind) > 0) return numeric_rank(a.kind) >= numeric_rank(b.kind) ? a : b;
    // Objects of two classes of one hierarchy: their nearest common base.
    if (a.is(TypeKind::Object) && b.is(TypeKind::Object)) {
        if (b.derives_from(a.class_name)) return a;
        for (size_t i = 0; i < a.ancestors.size(); ++i)
            if (b.derives_from(a.ancestors[i]))
                return Type::object(a.ancestors[i], std::vector<std::string>(a.ancestors.begin() + static_cast<std::ptrdiff_t>(i) + 1, a.ancestors.end()));
        return std::nullopt;
    }
    // A generator still being inferred (a recursive one's `yield from f(...)`) takes the other's type;
    // generators of two different item types are two different C++ types.
    if (a.is(TypeKind::Generator) && b.is(TypeKind::Generator)) {
        if (!a.elements[0].is_known() || a.elements[0].is_undetermined()) return b;
        if (!b.elements[0].is_known() || b.elements[0].is_undetermined()) return a;
        return std::nullopt;
    }
    if (a.is_dict() && a.kind == b.kind) {
        auto key = join_types(a.elements[0], b.elements[0]);
        auto value = join_types(a.elements[1], b.elements[1]);
        if (!key || !value) return std::nullopt;
        Type joined = a;
        joined.elements = {*key, *value};
        return joined;
    }
    if ((a.kind == TypeKind::List || a.is_set()) && a.kind == b.kind) {
        auto element = join_types(a.elements[0], b.elements[0]);
        if (!element) return std::nullopt;
        Type joined = a;
        joined.elements[0] = *element;
        return joined;
    }
    if (a.kind == TypeKind::Tuple && b.kind == TypeKind::Tuple && a.elements.size() == b.elements.size()) {
        std::vector<Type> joined;
        for (size_t i = 0; i < a.elements.size(); ++i) {
            auto j = join_types(a.elements[i], b.elements[i]);
            if (!j) return std::nullopt;
            joined.push_back(*j);
        }
        return Type::tuple(std::move(joined));
    }
    return std::nullopt;
}

namespace {

std::string strip(const std::string& s) {
    size_t b = s.find_first_not_of(" \t");
    size_t e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// Splits "a, tuple[b, c], d" at top-level commas.
std::vector<std::string> split_top_level(const std::string& s) {
    std::vector<std::string> parts;
    int depth = 0;
    std::string current;
    for (char c : s) {
        if (c == '[' || c == '(') ++depth;
        if (c == ']' || c == ')') --depth;
        if (c == ',' && depth == 0) {
            parts.push_back(strip(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!strip(current).empty() || !parts.empty()) parts.push_back(strip(current));
    return parts;
}

std::optional<Type> parse_scalar(const std::string& name) {
    static const std::map<std::string, Type> scalars = {
        {"float", Type::floating()}, {"float64", Type::floating()}, {"double", Type::floating()},
        {"int", Type::integer()}, {"int64", Type::integer()}, {"bool", Type::boolean()},
        {"complex", Type::complex()}, {"str", Type::str()}, {"None", Type::none()}, {"slice", Type::slice_object()}, {"?", Type::undetermined()}};
    auto it = scalars.find(name);
    if (it == scalars.end()) return std::nullopt;
    return it->second;
}

}  // namespace

std::optional<Type> parse_type_name(const std::string& raw) {
    std::string text = strip(raw);
    if (text.empty()) return std::nullopt;
    size_t bracket = text.find('[');
    if (bracket == std::string::npos) return parse_scalar(text);
    if (text.back() != ']') return std::nullopt;
    std::string head = strip(text.substr(0, bracket));
    std::string inner = text.substr(bracket + 1, text.size() - bracket - 2);
    if (head == "tuple" || head == "Tuple") {
        std::vector<Type> elements;
        for (const auto& part : split_top_level(inner)) {
            auto t = parse_type_name(part);
            if (!t) return std::nullopt;
            elements.push_back(*t);
        }
        return Type::tuple(std::move(elements));
    }
    if (head == "list" || head == "List" || head == "iterator" || head == "generator" || head == "set" || head == "Set" ||
        head == "frozenset" || head == "FrozenSet") {
        auto element = parse_type_name(inner);
        if (!element) return std::nullopt;
        if (head == "iterator") return Type::iterator(*element);
        if (head == "generator") return Type::generator(*element);
        if (head == "set" || head == "Set") return Type::set(*element);
        if (head == "frozenset" || head == "FrozenSet") return Type::frozenset(*element);
        return Type::list(*element);
    }
    if (head == "dict" || head == "Dict" || head == "defaultdict" || head == "DefaultDict") {
        auto parts = split_top_level(inner);
        if (parts.size() != 2) return std::nullopt;
        auto key = parse_type_name(parts[0]);
        auto value = parse_type_name(parts[1]);
        if (!key || !value) return std::nullopt;
        return head == "dict" || head == "Dict" ? Type::dict(*key, *value) : Type::defaultdict(*key, *value);
    }
    if (head == "Counter") {
        auto key = parse_type_name(inner);
        if (!key) return std::nullopt;
        return Type::counter(*key);
    }
    if (head == "dtype") {  // a dtype object, as mapping tables spell np.float64
        auto d = dtype_from_name(strip(inner));
        if (!d) return std::nullopt;
        return Type::dtype_object(*d);
    }
    if (head == "ndarray") {  // the spelling of to_string(): ndarray[float64, 2]
        auto parts = split_top_level(inner);
        if (parts.size() != 2) return std::nullopt;
        auto d = dtype_from_name(parts[0]);
        auto rank = parse_count(parts[1]);
        if (!d || !rank) return std::nullopt;
        return Type::array(*d, *rank);
    }
    // Pythran array spelling: dtype[] / dtype[:] / dtype[:,:] / dtype[][]
    auto dtype = dtype_from_name(head);
    if (!dtype) return std::nullopt;
    int rank = 1;
    std::string rest = text.substr(bracket);
    if (rest.find(':') != std::string::npos) {
        rank = static_cast<int>(std::count(rest.begin(), rest.end(), ':'));
    } else {
        rank = static_cast<int>(std::count(rest.begin(), rest.end(), '['));
    }
    if (rank < 1) return std::nullopt;
    return Type::array(*dtype, rank);
}

}  // namespace py2cpp
