// The type system of the typed IR.
//
// Scalars follow Python (bool, 64-bit int, float = double, str, None); tuples are fixed-size and
// heterogeneous; arrays are NumPy ndarrays described by dtype and rank. `Unknown` is the bottom of
// the lattice used while inferring recursive functions: it joins with anything to that thing.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace py2cpp {

enum class TypeKind { Unknown, None, Bool, Int, Float, Str, Tuple, List, Array };
enum class DType { Bool, Int32, Int64, UInt32, Float32, Float64, Complex128 };

struct Type {
    TypeKind kind = TypeKind::Unknown;
    std::vector<Type> elements;  // tuple element types; a list has one, its element type
    DType dtype = DType::Float64;  // arrays only
    int rank = 0;  // arrays only

    static Type unknown() { return {}; }
    static Type of(TypeKind k) {
        Type t;
        t.kind = k;
        return t;
    }
    static Type none() { return of(TypeKind::None); }
    static Type boolean() { return of(TypeKind::Bool); }
    static Type integer() { return of(TypeKind::Int); }
    static Type floating() { return of(TypeKind::Float); }
    static Type str() { return of(TypeKind::Str); }
    static Type tuple(std::vector<Type> elements);
    static Type array(DType dtype, int rank);
    static Type list(Type element);

    bool is(TypeKind k) const { return kind == k; }
    bool is_numeric_scalar() const { return kind == TypeKind::Bool || kind == TypeKind::Int || kind == TypeKind::Float; }
    bool is_known() const;  // no Unknown anywhere inside
    bool operator==(const Type& other) const;
    bool operator!=(const Type& other) const { return !(*this == other); }
    bool operator<(const Type& other) const { return to_string() < other.to_string(); }

    // Python spelling: int, float, tuple[int, float], ndarray[float64, 1].
    std::string to_string() const;
};

std::string dtype_name(DType d);
std::optional<DType> dtype_from_name(const std::string& name);

// Numeric promotion of Python scalars: bool < int < float. Returns nullopt for non-numeric pairs.
// Unknown is neutral (join(Unknown, T) == T), which is what recursive inference needs.
std::optional<Type> join_types(const Type& a, const Type& b);

// Parses a type as written in signatures (`float`, `int`, `bool`, `str`, `None`, `float64`,
// `tuple[int, float]`, `float[]`, `float64[:]`, `float[:,:]`). nullopt when not a type.
std::optional<Type> parse_type_name(const std::string& text);

}  // namespace py2cpp
