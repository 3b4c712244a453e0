// The type system of the typed IR.
//
// Scalars follow Python (bool, 64-bit int, float = double, str, None); tuples are fixed-size and
// heterogeneous; arrays are NumPy ndarrays described by dtype and rank. `Unknown` is the bottom of
// the lattice used while inferring recursive functions: it joins with anything to that thing.
// `DType` is the type of a dtype object used as a value (`np.float64`, `float` in `dtype=float`);
// it exists only while compiling, to select and type library calls.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace py2cpp {

// Undetermined: the element type of an empty list display (`xs = []`) that no use has decided yet
// (infer/ refines it from appends, assignments and operations; an always-empty list keeps it and
// holds py::NoneType). Iterator: a one-pass iterable (enumerate, zip, reversed), elements[0] its
// item type; it can be looped over or consumed by a library call, not stored. Optional: a value
// that may be None, elements[0] the type of the value when it is not (never None, Optional or
// Unknown): `best = None` then `best = x` in a loop, a function that returns None on one path.
// LibraryObject: an object of a class a mapping table declares in its "types" (numpy.random.Generator):
// class_name is its Python name, library_cpp its C++ type; its members are the table entries under
// that name (member_namespace).
// Function: a function used as a value (a module function, a nested `def`, a lambda): class_name is
// its key in ModuleSymbols::functions, elements the types of the variables it captures (in
// ModuleSymbols::captures order), library_cpp the C++ struct holding them (not part of ==). Each
// function is a type of its own, so a call through the value binds directly to a specialization.
// Generator: the value a generator function's call gives (py::generator<T>, elements[0] the type it
// yields): a one-pass iterable that, unlike an Iterator, can be stored, passed and returned (a
// shared handle on the suspended function, as Python's generator object).
enum class TypeKind {
    Unknown, Undetermined, None, Bool, Int, Float, Complex, Str, Tuple, List, Dict, DefaultDict, Counter, Set, FrozenSet, Iterator, Array, DType,
    Class, Slice, Exception, Object, Optional, LibraryObject, Function, Generator
};
enum class DType { Bool, Int32, Int64, UInt32, Float32, Float64, Complex64, Complex128 };
// complex64/complex128: NumPy's complex dtypes (std::complex<float>/<double> elements).
bool is_complex_dtype(DType d);

// The highest array rank py2cpp accepts (NumPy's own limit is 32; the runtime is generic in the
// rank, and the limit bounds template instantiation): a type with a higher rank is a located
// diagnostic wherever it enters (infer/, sema/).
constexpr int kMaxSupportedRank = 8;

struct Type {
    TypeKind kind = TypeKind::Unknown;
    std::vector<Type> elements;  // tuple element types; a list or set has one, its element type; a dict two, key and value
    DType dtype = DType::Float64;  // arrays and dtype objects only
    int rank = 0;  // arrays only
    std::string class_name;  // objects only: the Python class (a module-level `class`, or a library class's full name)
    std::string library_cpp;  // library objects only: the C++ type, from the table that declares it (not part of ==)
    std::vector<std::string> ancestors;  // objects only: its base classes, nearest first (not part of ==)

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
    static Type complex() { return of(TypeKind::Complex); }  // Python's complex (std::complex<double>)
    static Type str() { return of(TypeKind::Str); }
    static Type slice_object() { return of(TypeKind::Slice); }  // slice(start, stop, step)
    static Type exception() { return of(TypeKind::Exception); }  // `e` of `except E as e`
    static Type tuple(std::vector<Type> elements);
    static Type array(DType dtype, int rank);
    static Type list(Type element);
    static Type dict(Type key, Type value);
    static Type defaultdict(Type key, Type value);  // collections.defaultdict: value() for a missing key
    static Type counter(Type key);  // collections.Counter: a dict of int counts, 0 for a missing key
    static Type set(Type element);
    static Type frozenset(Type element);
    static Type iterator(Type item);
    static Type generator(Type item);  // the value of a call of a function that yields
    static Type undetermined() { return of(TypeKind::Undetermined); }
    // An Undetermined element somewhere inside (list[?], tuple[int, list[?]]).
    bool is_undetermined() const;
    static Type dtype_object(DType dtype);
    // A built-in class used as a value (`list` in defaultdict(list)); elements[0] is the type of
    // what calling it makes. Like a dtype object it exists only while compiling.
    static Type class_object(Type instance);
    // An instance of a class of the module (a reference to a shared object, as in Python).
    static Type object(std::string class_name, std::vector<std::string> ancestors = {});
    // An object of a library class a mapping table declares (numpy.random.Generator): a handle the
    // runtime defines (`cpp`), whose methods are the table's entries `NAME.method`.
    static Type library_object(std::string name, std::string cpp);
    // A function as a value: `key` names its definition, `captures` the types of what it captures,
    // `cpp` the struct that holds them (infer/lower_closures.cpp).
    static Type function(std::string key, std::vector<Type> captures, std::string cpp);
    // An object of this class or of a class derived from it (objects only).
    bool derives_from(const std::string& cls) const;
    // Optional[value]: None or a value (Type::optional(None) is None; an Optional stays as it is).
    static Type optional(Type value);

    bool is(TypeKind k) const { return kind == k; }
    // bool, int or float: Python's real numbers (complex is apart: no ordering, no //, %, int()).
    bool is_numeric_scalar() const { return kind == TypeKind::Bool || kind == TypeKind::Int || kind == TypeKind::Float; }
    // A number of Python's tower: bool, int, float or complex.
    bool is_number() const { return is_numeric_scalar() || kind == TypeKind::Complex; }
    bool is_array() const { return kind == TypeKind::Array; }
    bool is_set() const { return kind == TypeKind::Set || kind == TypeKind::FrozenSet; }  // set or frozenset
    // dict, defaultdict or Counter (the last two are dicts with another missing-key rule)
    bool is_dict() const { return kind == TypeKind::Dict || kind == TypeKind::DefaultDict || kind == TypeKind::Counter; }
    // The highest array rank in this type (tuple and list elements included); 0 without arrays.
    int max_array_rank() const;
    // A real number or an array of real numbers: what NumPy's element-wise functions accept
    // (table patterns `numeric`, `array`: complex arrays are opted into entry by entry).
    bool is_numeric() const { return is_numeric_scalar() || (is_array() && !is_complex_dtype(dtype)); }
    // A number of any kind (complex too) or an array of any dtype: an operand of NumPy's operators.
    bool is_numeric_or_complex() const { return is_number() || is_array(); }
    // An array of complex numbers (complex64 or complex128).
    bool is_complex_array() const { return is_array() && is_complex_dtype(dtype); }
    bool is_known() const;  // no Unknown anywhere inside
    bool operator==(const Type& other) const;
    bool operator!=(const Type& other) const { return !(*this == other); }
    bool operator<(const Type& other) const { return to_string() < other.to_string(); }

    // Python spelling: int, float, tuple[int, float], ndarray[float64, 1].
    std::string to_string() const;
};

// The mapping-table namespace of a type's methods and attributes: `a.sum()` binds the entry
// `numpy.ndarray.sum`, `s.split()` binds `builtins.str.split` (the receiver is the entry's first
// parameter). Empty for types without members.
std::string member_namespace(const Type& t);
// Where members a type's own namespace lacks are looked up next: a defaultdict's and a Counter's
// in builtins.dict (they are dicts). Empty for other types.
std::string member_base_namespace(const Type& t);

// The type of the items `for x in VALUE` gives: a list's elements, a str's characters (str), a
// tuple's elements joined, an iterator's items, an array's elements (rank 1) or rows. nullopt when
// the value is not iterable (or a tuple's elements have no common type).
std::optional<Type> item_type(const Type& t);
// Whether the runtime's str()/repr() render a value of this type (print, `%s`, str.format):
// None, bool, int, float, str, exceptions, and tuples and lists of such values.
bool formattable(const Type& t);
// A non-negative decimal count ("2" in ndarray[float64, 2], in a rule's @2): nullopt for anything
// else, also for digits beyond int's range (input from mapping tables and signatures).
std::optional<int> parse_count(const std::string& digits);
// The name CPython's messages give a value's type (TypeError: unhashable type: 'list').
std::string python_type_name(const Type& t);
// A dtype or class object anywhere inside: values that only exist while compiling (arguments such
// as dtype=float or defaultdict(list)) and cannot be stored, passed or printed.
bool holds_type_object(const Type& t);
// Python's hashable types among py2cpp's: what a dict key or set member may be (numbers, str,
// None, and tuples and frozensets of them).
bool hashable(const Type& t);
// An Iterator anywhere inside (zip(...), enumerate(...), d.items()): a value that is consumed
// where it is made and has no C++ type to declare a variable, parameter or return with.
bool holds_iterator(const Type& t);
// One of a and b is int (or bool) and the other float: joined, the int becomes a float, which
// prints as 3.0 where Python prints 3.
bool mixes_int_and_float(const Type& a, const Type& b);
// A generator anywhere inside: a value whose use (iterating it) runs code of the program.
bool holds_generator(const Type& t);
// An array of complex numbers anywhere inside (what the command-line driver, the .npy reader and
// extension modules do not pass yet).
bool holds_complex_array(const Type& t);
// An array anywhere inside (a tuple, list or dict holding arrays compares with py::item_equal).
bool holds_array(const Type& t);
// What the command-line driver prints and writes as a function's result (--npy-out, reference
// checks): numbers, str, None, real arrays and tuples of them.
bool is_command_line_result(const Type& t);
// A function value anywhere inside (Type::function): library functions cannot take one.
bool holds_function(const Type& t);
// How messages name a function value: "the function 'square'", "a lambda", "a list of functions".
std::string describe_function_value(const Type& t);
// The hint of a diagnostic about two types that do not join: `otherwise`, unless one of them is a
// function value (each function is a type of its own, so two functions do not share a variable).
std::string join_hint(const Type& a, const Type& b, const std::string& otherwise);
// Whether a value of type `from` can be stored where `to` is expected without changing `to`:
// equal, a number promoted to a wider number, a list/tuple of such, or an undetermined part.
bool assignable(const Type& from, const Type& to);

std::string dtype_name(DType d);
std::optional<DType> dtype_from_name(const std::string& name);
std::string cpp_element_type(DType d);  // double, std::int64_t, ...

// ---- NumPy's type rules (numpy 1.24, the version Debian 12 ships) ------------------------------
// The dtype NumPy gives a Python scalar in an array context: bool, int64, float64.
std::optional<DType> scalar_dtype(const Type& scalar);
// The Python scalar type an element of a `dtype` array reads as (a[i]): bool, int, float or complex.
// (NumPy returns its own scalar types, e.g. np.float32; compiled code uses Python's.)
Type element_type(DType d);
// np.promote_types for two dtypes (int32 + uint32 -> int64, int64 + float32 -> float64, ...).
DType promote_dtypes(DType a, DType b);
// The result type of an element-wise operation on `operands` (scalars and arrays): the arrays'
// dtypes promoted together; a Python scalar only raises the result when it is of a higher kind
// (bool < int < float) than every array (NumPy's value-based casting for Python scalars:
// int32_array + 1 stays int32, int32_array + 1.5 is float64); the rank is the largest rank.
// All scalars: Python's own promotion. nullopt for non-numeric operands.
std::optional<Type> numpy_result_type(const std::vector<Type>& operands);
// The type of an inexact ufunc (np.sqrt, np.log, /): ints and bools become float64.
Type to_inexact(const Type& t);
// The real dtype of a complex one's parts (complex64 -> float32, complex128 -> float64); other
// dtypes as they are (np.abs, .real, .imag).
DType real_part_dtype(DType d);
// The same shape with another element kind: bool for comparisons, a dtype for reductions.
Type with_dtype(const Type& t, DType d);

// Numeric promotion of Python scalars: bool < int < float. Returns nullopt for non-numeric pairs.
// Unknown is neutral (join(Unknown, T) == T), which is what recursive inference needs.
std::optional<Type> join_types(const Type& a, const Type& b);

// Parses a type as written in signatures (`float`, `int`, `bool`, `str`, `None`, `float64`,
// `tuple[int, float]`, `float[]`, `float64[:]`, `float[:,:]`). nullopt when not a type.
std::optional<Type> parse_type_name(const std::string& text);

}  // namespace py2cpp
