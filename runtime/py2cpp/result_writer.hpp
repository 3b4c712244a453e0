// py2cpp runtime: writes a function's return value for the validation harness.
//
// `py::npy::write_result(dir, value)` creates DIR (and parents) and writes DIR/result.json, one
// JSON object describing the value, plus one DIR/r<k>.npy per array it contains (k counts arrays in
// depth-first order from 0). The manifest, one line:
//
//   {"kind":"float","value":"0.1"}          repr() of the float, so it round-trips exactly
//                                           ("inf", "-inf", "nan" included); float32 widened
//   {"kind":"int","value":"-123"}           decimal, as a string (64-bit values stay exact)
//   {"kind":"bool","value":true}
//   {"kind":"str","value":"..."}            JSON-escaped UTF-8
//   {"kind":"none"}
//   {"kind":"array","file":"r0.npy","dtype":"float64","shape":[2,3]}
//   {"kind":"tuple","items":[ ...manifests of the items... ]}
//
// Read by validate/py2cpp_validate.py. Arrays are recognised by their interface (data(), shape()
// and strides() in elements, as py::ndarray has), so this header does not need Eigen and works in
// drivers of scalar-only modules.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/none.hpp"
#include "py2cpp/npy_format.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"

namespace py::npy {

namespace detail {

// True for py::ndarray-like types: data(), shape() and strides() (in elements).
template <class A, class = void>
struct is_array_like : std::false_type {};
template <class A>
struct is_array_like<A, std::void_t<decltype(std::declval<const A&>().data()), decltype(std::declval<const A&>().shape()),
                                    decltype(std::declval<const A&>().strides())>> : std::true_type {};

inline void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

// Builds the manifest of one value, writing its arrays as it goes.
class ResultWriter {
public:
    explicit ResultWriter(std::filesystem::path dir) : dir_(std::move(dir)) {}

    template <class V>
    void append(std::string& out, const V& value) {
        if constexpr (std::is_same_v<V, bool>) {
            out += value ? "{\"kind\":\"bool\",\"value\":true}" : "{\"kind\":\"bool\",\"value\":false}";
        } else if constexpr (std::is_integral_v<V>) {
            out += "{\"kind\":\"int\",\"value\":\"" + std::to_string(value) + "\"}";
        } else if constexpr (std::is_floating_point_v<V>) {
            out += "{\"kind\":\"float\",\"value\":\"" + py::repr(static_cast<double>(value)) + "\"}";
        } else if constexpr (std::is_same_v<V, NoneType>) {
            out += "{\"kind\":\"none\"}";
        } else if constexpr (std::is_convertible_v<const V&, std::string_view>) {
            out += "{\"kind\":\"str\",\"value\":";
            append_json_string(out, std::string_view(value));
            out += '}';
        } else if constexpr (py::detail::is_tuple_v<V>) {
            append_tuple(out, value, std::make_index_sequence<std::tuple_size_v<V>>{});
        } else if constexpr (is_array_like<V>::value) {
            append_array(out, value);
        } else {
            static_assert(py::detail::dependent_false_v<V>, "py::npy::write_result: unsupported result type");
        }
    }

private:
    std::filesystem::path dir_;
    int arrays_ = 0;

    template <class Tuple, std::size_t... I>
    void append_tuple(std::string& out, const Tuple& t, std::index_sequence<I...>) {
        out += "{\"kind\":\"tuple\",\"items\":[";
        ((out += (I == 0 ? "" : ","), append(out, std::get<I>(t))), ...);
        out += "]}";
    }

    template <class A>
    void append_array(std::string& out, const A& a) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(a.data())>>;
        const std::string file = "r" + std::to_string(arrays_++) + ".npy";
        std::vector<std::int64_t> shape, strides;
        for (auto d : a.shape()) shape.push_back(static_cast<std::int64_t>(d));
        for (auto s : a.strides()) strides.push_back(static_cast<std::int64_t>(s) * static_cast<std::int64_t>(sizeof(T)));
        write((dir_ / file).string(), descr_of<T>(), shape, a.data(), strides);
        out += "{\"kind\":\"array\",\"file\":\"" + file + "\",\"dtype\":\"" + dtype_name(descr_of<T>()) + "\",\"shape\":[";
        for (std::size_t k = 0; k < shape.size(); ++k) out += (k ? "," : "") + std::to_string(shape[k]);
        out += "]}";
    }
};

}  // namespace detail

// Writes DIR/result.json (and DIR/r<k>.npy for arrays) describing `value`; see the top of this file.
template <class V>
void write_result(const std::string& dir, const V& value) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) throw FileError(dir + ": cannot create directory: " + error.message());
    detail::ResultWriter writer(dir);
    std::string manifest;
    writer.append(manifest, value);
    manifest += '\n';
    const std::string path = (std::filesystem::path(dir) / "result.json").string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(manifest.data(), static_cast<std::streamsize>(manifest.size()));
    out.close();
    if (!out) throw FileError(path + ": cannot write the result manifest");
}

}  // namespace py::npy
