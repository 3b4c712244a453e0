// Unit tests for runtime/py2cpp/npy.hpp (py::npy::load / save / matches as py::ndarray),
// cli_arrays.hpp (array arguments of the generated drivers) and the array part of
// result_writer.hpp. NumPy-written files come from runtime_npy_cases.inc (gen_npy_cases.py).
#include "py2cpp/npy.hpp"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <tuple>
#include <array>
#include <limits>
#include <stdexcept>
#include <unistd.h>

#include <gtest/gtest.h>

#include "py2cpp/cli_arrays.hpp"
#include "py2cpp/result_writer.hpp"
#include "runtime_npy_cases.inc"

namespace {

namespace fs = std::filesystem;

class NpyArrayTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() / ("py2cpp_npy_array_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    std::string write_file(const std::string& name, std::string_view bytes) const {
        std::ofstream(path(name), std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return path(name);
    }
    static std::string slurp(const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    fs::path dir_;
};

const npy_cases::GoodFile& find_case(std::string_view name) {
    for (const auto& c : npy_cases::kGoodFiles)
        if (c.name == name) return c;
    throw std::runtime_error("no case " + std::string(name));
}

// Element k (C order) of a case's values.
template <class T>
T expected_element(const npy_cases::GoodFile& c, std::int64_t k) {
    T value;
    std::memcpy(&value, c.c_bytes.data() + k * static_cast<std::int64_t>(sizeof(T)), sizeof(T));
    return value;
}

template <class T>
void expect_same_bits(T actual, T expected, std::int64_t k) {
    EXPECT_EQ(0, std::memcmp(&actual, &expected, sizeof(T))) << "element " << k;
}

// Loads a NumPy-written file of rank 1 or 2 and checks layout and every element.
template <class T>
void check_load(const npy_cases::GoodFile& c, const std::string& p) {
    if (c.rank == 1) {
        const auto a = py::npy::load<T, 1>(p);
        ASSERT_EQ(a.shape()[0], c.shape[0]);
        EXPECT_EQ(a.strides()[0], 1);
        for (std::int64_t i = 0; i < c.shape[0]; ++i) expect_same_bits<T>(a.at(i), expected_element<T>(c, i), i);
        return;
    }
    const auto a = py::npy::load<T, 2>(p);
    const std::int64_t rows = c.shape[0], cols = c.shape[1];
    ASSERT_EQ(a.shape(), (std::array<std::int64_t, 2>{rows, cols}));
    const auto strides = c.fortran_order ? std::array<std::int64_t, 2>{1, rows} : std::array<std::int64_t, 2>{cols, 1};
    EXPECT_EQ(a.strides(), strides);
    for (std::int64_t i = 0; i < rows; ++i)
        for (std::int64_t j = 0; j < cols; ++j)
            expect_same_bits<T>(a.at(i, j), expected_element<T>(c, i * cols + j), i * cols + j);
}

TEST_F(NpyArrayTest, LoadsEveryNumpyFileOfRankOneAndTwo) {
    int checked = 0;
    for (const auto& c : npy_cases::kGoodFiles) {
        if (c.rank == 0) continue;
        SCOPED_TRACE(std::string(c.name));
        const std::string p = write_file("a.npy", c.file);
        if (c.descr == "<f8") check_load<double>(c, p);
        else if (c.descr == "<f4") check_load<float>(c, p);
        else if (c.descr == "<i8") check_load<std::int64_t>(c, p);
        else if (c.descr == "<i4") check_load<std::int32_t>(c, p);
        else if (c.descr == "<u4") check_load<std::uint32_t>(c, p);
        else if (c.descr == "|b1") check_load<bool>(c, p);
        else FAIL() << "unexpected descr " << c.descr;
        ++checked;
    }
    EXPECT_GE(checked, 40);
}

TEST_F(NpyArrayTest, FortranOrderIsAZeroCopyView) {
    const auto& c = find_case("float64_2d_F_v1");
    const std::string p = write_file("f.npy", c.file);
    const py::npy::Blob blob = py::npy::read(p);
    {
        const auto a = py::npy::from_blob<double, 2>(blob, p);
        EXPECT_EQ(a.data(), reinterpret_cast<double*>(blob.bytes.get()));
        EXPECT_EQ(blob.bytes.use_count(), 2);  // the array shares the blob's storage
        EXPECT_FALSE(a.is_c_contiguous());
        EXPECT_TRUE(a.transposed().is_c_contiguous());
    }
    EXPECT_EQ(blob.bytes.use_count(), 1);
}

TEST_F(NpyArrayTest, MisalignedDataIsCopied) {
    const auto& c = find_case("float64_1d_C_v1");
    const std::string p = write_file("m.npy", c.file);
    py::npy::Blob blob = py::npy::read(p);
    std::shared_ptr<unsigned char[]> base(new unsigned char[blob.nbytes + 1]);
    std::memcpy(base.get() + 1, blob.bytes.get(), blob.nbytes);
    blob.bytes = std::shared_ptr<unsigned char[]>(base, base.get() + 1);  // one byte off
    const auto a = py::npy::from_blob<double, 1>(blob, p);
    EXPECT_NE(static_cast<void*>(a.data()), static_cast<void*>(blob.bytes.get()));
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(a.data()) % alignof(double), 0u);
    for (std::int64_t i = 0; i < 5; ++i) expect_same_bits<double>(a.at(i), expected_element<double>(c, i), i);
}

TEST_F(NpyArrayTest, DtypeOrRankMismatchSaysExpectedAndFound) {
    const std::string p = write_file("i.npy", find_case("int64_2d_C_v1").file);
    try {
        py::npy::load<double, 1>(p);
        FAIL() << "no exception";
    } catch (const py::ValueError& e) {
        EXPECT_EQ(e.message(), p + ": expected a float64 ('<f8') array of rank 1, found an int64 ('<i8') array of rank 2 "
                                   "with shape (3, 4)");
    }
    try {
        py::npy::load<std::int64_t, 1>(p);
        FAIL() << "no exception";
    } catch (const py::ValueError& e) {
        EXPECT_EQ(e.message(), p + ": expected an int64 ('<i8') array of rank 1, found an int64 ('<i8') array of rank 2 "
                                   "with shape (3, 4)");
    }
    const std::string scalar = write_file("s.npy", find_case("bool_0d_C_v1").file);
    EXPECT_THROW((py::npy::load<bool, 1>(scalar)), py::ValueError);
}

TEST_F(NpyArrayTest, RejectsBoolBytesOtherThanZeroAndOne) {
    std::string file(find_case("bool_1d_C_v1").file);
    file[file.size() - 2] = '\x02';
    const std::string p = write_file("b.npy", file);
    try {
        py::npy::load<bool, 1>(p);
        FAIL() << "no exception";
    } catch (const py::ValueError& e) {
        EXPECT_EQ(e.message(), p + ": invalid bool value 2 at element 3");
    }
}

TEST_F(NpyArrayTest, SaveWritesWhatNpSaveWrites) {
    for (const char* name : {"float64_2d_C_v1", "float64_2d_F_v1", "int32_2d_F_v1", "bool_2d_F_v1", "uint32_1d_C_v1"}) {
        SCOPED_TRACE(name);
        const auto& c = find_case(name);
        std::string c_name(name);
        if (const auto f = c_name.find("_F_"); f != std::string::npos) c_name.replace(f, 3, "_C_");
        const auto& expected = find_case(c_name);
        ASSERT_TRUE(expected.np_save);
        const std::string in = write_file("in.npy", c.file), out = path("out.npy");
        if (c.descr == "<f8") py::npy::save(out, py::npy::load<double, 2>(in));
        else if (c.descr == "<i4") py::npy::save(out, py::npy::load<std::int32_t, 2>(in));
        else if (c.descr == "|b1") py::npy::save(out, py::npy::load<bool, 2>(in));
        else py::npy::save(out, py::npy::load<std::uint32_t, 1>(in));
        EXPECT_EQ(slurp(out), expected.file);
    }
}

TEST_F(NpyArrayTest, SaveWalksStridedViewsInCOrder) {
    py::ndarray<double, 2> a({3, 4});
    for (std::int64_t i = 0; i < 3; ++i)
        for (std::int64_t j = 0; j < 4; ++j) a.at(i, j) = static_cast<double>(10 * i + j);
    py::npy::save(path("v.npy"), a.view(py::slice{.step = -1}, py::slice{.start = 1, .step = 2}));  // a[::-1, 1::2]
    const auto b = py::npy::load<double, 2>(path("v.npy"));
    ASSERT_EQ(b.shape(), (std::array<std::int64_t, 2>{3, 2}));
    EXPECT_TRUE(b.is_c_contiguous());
    EXPECT_EQ(b.at(0, 0), 21.0);
    EXPECT_EQ(b.at(0, 1), 23.0);
    EXPECT_EQ(b.at(2, 0), 1.0);
    EXPECT_EQ(b.at(2, 1), 3.0);

    py::npy::save(path("t.npy"), a.transposed());
    const auto t = py::npy::load<double, 2>(path("t.npy"));
    EXPECT_EQ(t.shape(), (std::array<std::int64_t, 2>{4, 3}));
    EXPECT_EQ(t.at(3, 2), 23.0);
    EXPECT_EQ(t.strides(), (std::array<std::int64_t, 2>{3, 1}));
}

TEST_F(NpyArrayTest, MatchesProbesWithoutThrowing) {
    const std::string p = write_file("f.npy", find_case("float64_2d_F_v2").file);
    EXPECT_TRUE((py::npy::matches<double, 2>(p)));
    EXPECT_TRUE(py::npy::matches(p, "<f8", 2));
    EXPECT_FALSE((py::npy::matches<double, 1>(p)));
    EXPECT_FALSE((py::npy::matches<float, 2>(p)));
    EXPECT_FALSE((py::npy::matches<double, 2>(path("missing.npy"))));
    EXPECT_FALSE((py::npy::matches<double, 2>(write_file("bad.npy", "not numpy"))));
}

TEST_F(NpyArrayTest, CommandLineArraysChooseTheOverloadOrThrowForBadFiles) {
    const std::string p = write_file("x.npy", find_case("int32_2d_C_v3").file);
    py::ndarray<std::int32_t, 2> i2;
    py::ndarray<double, 2> f2;
    py::ndarray<std::int32_t, 1> i1;
    EXPECT_FALSE(py::cli::parse("3.5", f2));
    EXPECT_FALSE(py::cli::parse(p, f2));
    EXPECT_FALSE(py::cli::parse(p, i1));
    ASSERT_TRUE(py::cli::parse(p, i2));
    EXPECT_EQ(i2.shape(), (std::array<std::int64_t, 2>{3, 4}));
    EXPECT_EQ(i2.at(0, 2), std::numeric_limits<std::int32_t>::max());
    EXPECT_THROW(py::cli::parse(write_file("bad.npy", "garbage!"), f2), py::ValueError);
    EXPECT_THROW(py::cli::parse(path("missing.npy"), f2), py::npy::FileError);
    py::NoneType none;
    EXPECT_TRUE(py::cli::parse("None", none));
    EXPECT_FALSE(py::cli::parse("none", none));
}

TEST_F(NpyArrayTest, ResultWriterWritesArraysInCOrderWithManifest) {
    const auto f = py::npy::load<double, 2>(write_file("f.npy", find_case("float64_2d_F_v1").file));
    py::ndarray<std::int32_t, 1> empty({0});
    py::npy::write_result(path("res"), std::make_tuple(f, 2.5, std::make_tuple(empty, true)));
    EXPECT_EQ(slurp(path("res/result.json")),
              "{\"kind\":\"tuple\",\"items\":[{\"kind\":\"array\",\"file\":\"r0.npy\",\"dtype\":\"float64\",\"shape\":[3,4]},"
              "{\"kind\":\"float\",\"value\":\"2.5\"},{\"kind\":\"tuple\",\"items\":[{\"kind\":\"array\",\"file\":\"r1.npy\","
              "\"dtype\":\"int32\",\"shape\":[0]},{\"kind\":\"bool\",\"value\":true}]}]}\n");
    EXPECT_EQ(slurp(path("res/r0.npy")), find_case("float64_2d_C_v1").file);
    const auto back = py::npy::load<std::int32_t, 1>(path("res/r1.npy"));
    EXPECT_EQ(back.shape()[0], 0);
}

}  // namespace
