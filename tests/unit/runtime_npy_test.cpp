// Unit tests for runtime/py2cpp/npy_format.hpp (the byte-level .npy reader/writer) and
// runtime/py2cpp/result_writer.hpp. Files written by NumPy come from runtime_npy_cases.inc
// (regenerate with tests/unit/gen_npy_cases.py); malformed files are built here byte by byte.
// The py::ndarray layer (npy.hpp: load/save) is tested in runtime_npy_array_test.cpp.
#include "py2cpp/npy_format.hpp"
#include "py2cpp/result_writer.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <tuple>
#include <vector>
#include <unistd.h>

#include <gtest/gtest.h>

#include "runtime_npy_cases.inc"

namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class NpyTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() /
               ("py2cpp_npy_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    std::string write_file(const std::string& name, std::string_view bytes) const {
        const std::string p = path(name);
        std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p;
    }

    static std::string slurp(const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    // The message py::npy::read throws for the file, or "" when it reads fine.
    static std::string read_error(const std::string& p) {
        try {
            py::npy::read(p);
        } catch (const py::Exception& e) {
            return std::string(e.type_name()) + ": " + e.message();
        }
        return "";
    }

    fs::path dir_;
};

std::size_t itemsize_of(std::string_view descr) { return static_cast<std::size_t>(descr[2] - '0'); }

std::vector<std::int64_t> shape_of(const npy_cases::GoodFile& c) {
    return {c.shape.begin(), c.shape.begin() + c.rank};
}

// A .npy file from a header dict text (padded and terminated like NumPy does) and raw data.
std::string make_npy(const std::string& dict, std::string_view data, int major = 1) {
    const std::size_t length_bytes = major == 1 ? 2 : 4;
    std::string header = dict;
    const std::size_t unpadded = 8 + length_bytes + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::string out = "\x93NUMPY";
    out += static_cast<char>(major);
    out += '\0';
    for (std::size_t i = 0; i < length_bytes; ++i) out += static_cast<char>((header.size() >> (8 * i)) & 0xff);
    return out + header + std::string(data);
}

const std::string kDict3 = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }";
const std::string kData3(24, '\x01');

// ---- reading what NumPy writes ------------------------------------------------------------------

TEST_F(NpyTest, ReadsEveryFileNumpyWrites) {
    for (const auto& c : npy_cases::kGoodFiles) {
        SCOPED_TRACE(std::string(c.name));
        const py::npy::Blob blob = py::npy::read(write_file(std::string(c.name) + ".npy", c.file));
        EXPECT_EQ(blob.descr, c.descr);
        EXPECT_EQ(blob.fortran_order, c.fortran_order);
        EXPECT_EQ(blob.shape, shape_of(c));
        ASSERT_EQ(blob.nbytes, c.c_bytes.size());
        const std::size_t item = itemsize_of(c.descr);
        const std::int64_t rows = c.rank == 2 ? c.shape[0] : 1;
        const std::int64_t cols = c.rank == 2 ? c.shape[1] : static_cast<std::int64_t>(blob.nbytes / item);
        // Element (i, j) sits at i*cols + j in C order and at i + j*rows in Fortran order.
        for (std::int64_t i = 0; i < rows; ++i)
            for (std::int64_t j = 0; j < cols; ++j) {
                const std::int64_t file_index = c.fortran_order ? i + j * rows : i * cols + j;
                EXPECT_EQ(0, std::memcmp(blob.bytes.get() + file_index * item, c.c_bytes.data() + (i * cols + j) * item, item))
                    << "element " << i << ", " << j;
            }
    }
}

TEST_F(NpyTest, ReadHeaderMatchesRead) {
    const auto& c = npy_cases::kGoodFiles[3];  // float64, 2-D, Fortran order
    ASSERT_TRUE(c.fortran_order);
    const py::npy::Header h = py::npy::read_header(write_file("f.npy", c.file));
    EXPECT_EQ(h.descr, "<f8");
    EXPECT_TRUE(h.fortran_order);
    EXPECT_EQ(h.shape, (std::vector<std::int64_t>{3, 4}));
    EXPECT_EQ(h.data_offset, 128u);
    EXPECT_EQ(py::npy::dtype_name(h.descr), "float64");
}

TEST_F(NpyTest, AcceptsHeaderSpellingsPythonAccepts) {
    const std::string data(48, '\0');
    for (const std::string dict : {
             "{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (2,3)}",
             "{'shape': (2, 3,), 'fortran_order': False, 'descr': '<f8'}",
             "{ 'descr' : '<f8' , 'fortran_order' : False , 'shape' : ( 2 , 3 ) , }",
         }) {
        SCOPED_TRACE(dict);
        const auto blob = py::npy::read(write_file("ok.npy", make_npy(dict, data)));
        EXPECT_EQ(blob.shape, (std::vector<std::int64_t>{2, 3}));
    }
}

// ---- writing ------------------------------------------------------------------------------------

TEST_F(NpyTest, WriterReproducesNpSaveByteForByte) {
    int checked = 0;
    for (const auto& c : npy_cases::kGoodFiles) {
        if (!c.np_save) continue;
        SCOPED_TRACE(std::string(c.name));
        const std::string p = path("out.npy");
        py::npy::write(p, std::string(c.descr), shape_of(c), c.c_bytes.data());
        EXPECT_EQ(slurp(p), c.file);
        ++checked;
    }
    EXPECT_GE(checked, 24);
}

TEST_F(NpyTest, WriterWalksFortranStridesInCOrder) {
    for (const auto& c : npy_cases::kGoodFiles) {
        if (!c.fortran_order || c.file[6] != 1) continue;
        SCOPED_TRACE(std::string(c.name));
        const auto blob = py::npy::read(write_file("f.npy", c.file));
        const auto item = static_cast<std::int64_t>(itemsize_of(c.descr));
        const std::string p = path("c.npy");
        py::npy::write(p, blob.descr, blob.shape, blob.bytes.get(), {item, item * blob.shape[0]});
        const auto back = py::npy::read(p);
        EXPECT_FALSE(back.fortran_order);
        EXPECT_EQ(std::string_view(reinterpret_cast<const char*>(back.bytes.get()), back.nbytes), c.c_bytes);
    }
}

TEST_F(NpyTest, WriterHandlesNegativeAndZeroStrides) {
    const double values[] = {1.5, 2.5, 3.5, 4.5};
    const std::string p = path("r.npy");
    py::npy::write(p, "<f8", {4}, values + 3, {-8});
    auto back = py::npy::read(p);
    const auto* d = reinterpret_cast<const double*>(back.bytes.get());
    EXPECT_EQ(std::vector<double>(d, d + 4), (std::vector<double>{4.5, 3.5, 2.5, 1.5}));

    py::npy::write(p, "<f8", {2, 3}, values + 1, {0, 8});  // a broadcast row
    back = py::npy::read(p);
    d = reinterpret_cast<const double*>(back.bytes.get());
    EXPECT_EQ(std::vector<double>(d, d + 6), (std::vector<double>{2.5, 3.5, 4.5, 2.5, 3.5, 4.5}));
}

TEST_F(NpyTest, RoundTripsEverySupportedDtype) {
    const std::int32_t i4[] = {-7, 0, std::numeric_limits<std::int32_t>::max()};
    const std::uint32_t u4[] = {0, 1, std::numeric_limits<std::uint32_t>::max()};
    const std::int64_t i8[] = {std::numeric_limits<std::int64_t>::min(), 0, 42};
    const float f4[] = {-0.0f, std::numeric_limits<float>::infinity(), 1e-45f};
    const double f8[] = {0.1, std::numeric_limits<double>::quiet_NaN(), -1e308};
    const bool b1[] = {true, false, true};
    const std::tuple<const char*, const void*, std::size_t> cases[] = {
        {"<i4", i4, sizeof i4}, {"<u4", u4, sizeof u4}, {"<i8", i8, sizeof i8},
        {"<f4", f4, sizeof f4}, {"<f8", f8, sizeof f8}, {"|b1", b1, sizeof b1},
    };
    for (const auto& [descr, data, size] : cases) {
        SCOPED_TRACE(descr);
        const std::string p = path("rt.npy");
        py::npy::write(p, descr, {3}, data);
        const auto blob = py::npy::read(p);
        EXPECT_EQ(blob.descr, descr);
        EXPECT_EQ(blob.shape, (std::vector<std::int64_t>{3}));
        ASSERT_EQ(blob.nbytes, size);
        EXPECT_EQ(0, std::memcmp(blob.bytes.get(), data, size));
    }
}

TEST_F(NpyTest, WriterRejectsWhatItCannotWrite) {
    const double x = 1.0;
    EXPECT_THROW(py::npy::write(path("a.npy"), "|u1", {1}, &x), py::ValueError);
    EXPECT_THROW(py::npy::write(path("a.npy"), "<f8", {1, 1}, &x, {8}), py::ValueError);
    EXPECT_THROW(py::npy::write(path("a.npy"), "<f8", {-1}, &x), py::ValueError);
    try {
        py::npy::write(path("no/such/dir/a.npy"), "<f8", {1}, &x);
        FAIL() << "no exception";
    } catch (const py::Exception& e) {
        EXPECT_STREQ(e.type_name(), "OSError");
        EXPECT_NE(e.message().find("no/such/dir/a.npy: cannot open file for writing"), std::string::npos) << e.message();
    }
}

// ---- rejecting malformed files: each case has its own message ------------------------------------

struct Malformed {
    const char* name;
    std::string bytes;
    std::string message;  // after "<path>: "
};

std::vector<Malformed> malformed_cases() {
    std::string version4 = make_npy(kDict3, kData3);
    version4[6] = 4;
    std::string version11 = make_npy(kDict3, kData3);
    version11[7] = 1;
    std::string no_newline = make_npy(kDict3, kData3);
    no_newline[127] = ' ';
    std::string non_ascii = make_npy(kDict3, kData3);
    non_ascii[100] = '\xe9';
    const std::string good = make_npy(kDict3, kData3);
    const auto dict = [](const std::string& entries) { return "{" + entries + "}"; };
    const std::string f8 = "'descr': '<f8', ";
    const std::string order = "'fortran_order': False, ";
    return {
        {"empty", "", "truncated file (in the magic string and version)"},
        {"bad_magic", "\x93NUMPX\x01\x00" + good.substr(8), "not a .npy file (bad magic string)"},
        {"text_file", "hello", "not a .npy file (bad magic string)"},
        {"version_4", version4, "unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)"},
        {"version_1_1", version11, "unsupported .npy format version 1.1 (supported: 1.0, 2.0, 3.0)"},
        {"no_header_length", good.substr(0, 9), "truncated file (in the header length)"},
        {"short_header", good.substr(0, 60), "truncated file (the header is cut short)"},
        {"short_data", good.substr(0, good.size() - 1),
         "truncated file: shape (3,) needs 24 data bytes, the file has 23"},
        {"extra_data", good + "x", "1 unexpected bytes after the data of shape (3,)"},
        {"no_newline", no_newline, "malformed header: it does not end with a newline"},
        {"non_ascii", non_ascii, "malformed header: non-ASCII character"},
        {"unknown_key", make_npy(dict(f8 + order + "'shape': (3,), 'extra': 1"), kData3),
         "malformed header: unexpected key 'extra' in the header (only 'descr', 'fortran_order', 'shape' are allowed)"},
        {"duplicate_key", make_npy(dict(f8 + f8 + order + "'shape': (3,)"), kData3),
         "malformed header: duplicate key 'descr'"},
        {"missing_shape", make_npy(dict(f8 + order), kData3), "malformed header: the header has no 'shape' key"},
        {"missing_descr", make_npy(dict(order + "'shape': (3,)"), kData3),
         "malformed header: the header has no 'descr' key"},
        {"shape_not_tuple", make_npy(dict(f8 + order + "'shape': (3)"), kData3),
         "malformed header: 'shape' must be a tuple: write (n,), not (n)"},
        {"shape_list", make_npy(dict(f8 + order + "'shape': [3]"), kData3),
         "malformed header: expected '(' at header offset 50, found '['"},
        {"negative_dim", make_npy(dict(f8 + order + "'shape': (-3,)"), kData3),
         "malformed header: expected a non-negative integer in 'shape' at header offset 51, found '-'"},
        {"leading_zero", make_npy(dict(f8 + order + "'shape': (03,)"), kData3),
         "malformed header: integers with leading zeros are not valid Python"},
        {"huge_dim", make_npy(dict(f8 + order + "'shape': (99999999999999999999,)"), kData3),
         "malformed header: a dimension in 'shape' is too large"},
        {"overflowing_size", make_npy(dict(f8 + order + "'shape': (4294967296, 4294967296)"), kData3),
         "shape (4294967296, 4294967296) is too large"},
        {"lowercase_bool", make_npy(dict(f8 + "'fortran_order': false, 'shape': (3,)"), kData3),
         "malformed header: expected True or False for 'fortran_order' at header offset 34, found 'f'"},
        {"descr_not_string", make_npy(dict("'descr': 8, " + order + "'shape': (3,)"), kData3),
         "malformed header: expected the 'descr' string at header offset 10, found '8'"},
        {"escape_in_string", make_npy(dict("'descr': '<f\\x38', " + order + "'shape': (3,)"), kData3),
         "malformed header: escape sequences in strings are not supported"},
        {"unterminated", make_npy("{'descr': '<f8, 'fortran_order': False}", kData3),
         "malformed header: expected ',' or '}' at header offset 17, found 'f'"},
        {"not_a_dict", make_npy("('<f8', False, (3,))", kData3),
         "malformed header: expected '{' at header offset 0, found '('"},
        {"missing_comma", make_npy("{'descr': '<f8' 'fortran_order': False, 'shape': (3,)}", kData3),
         "malformed header: expected ',' or '}' at header offset 16, found '''"},
        {"trailing_text", make_npy(kDict3 + " x", kData3), "malformed header: unexpected text after the header dict"},
        {"unknown_descr", make_npy(dict("'descr': '<f2', " + order + "'shape': (3,)"), kData3),
         "unsupported dtype '<f2' (supported: float64 '<f8', float32 '<f4', int64 '<i8', int32 '<i4', uint32 '<u4', bool '|b1')"},
    };
}

TEST_F(NpyTest, RejectsMalformedFilesWithTheirOwnMessage) {
    for (const Malformed& c : malformed_cases()) {
        SCOPED_TRACE(c.name);
        const std::string p = write_file(std::string(c.name) + ".npy", c.bytes);
        EXPECT_EQ(read_error(p), "ValueError: " + p + ": " + c.message);
        EXPECT_THROW(py::npy::read_header(p), py::ValueError);
    }
}

TEST_F(NpyTest, RejectsNumpyFilesOfUnsupportedDtypes) {
    const std::pair<const char*, std::string> expected[] = {
        {"big_endian_f8", "big-endian data ('>f8') is not supported; save it little-endian, e.g. a.astype('<f8')"},
        {"uint8",
         "dtype uint8 ('|u1') is not supported (supported: float64 '<f8', float32 '<f4', int64 '<i8', int32 '<i4', "
         "uint32 '<u4', bool '|b1')"},
        {"object", "object arrays ('|O') cannot be loaded"},
        {"structured", "malformed header: structured dtypes (a list as 'descr') are not supported"},
        {"complex128",
         "unsupported dtype '<c16' (supported: float64 '<f8', float32 '<f4', int64 '<i8', int32 '<i4', uint32 '<u4', "
         "bool '|b1')"},
    };
    ASSERT_EQ(std::size(npy_cases::kNumpyRejects), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const auto& c = npy_cases::kNumpyRejects[i];
        ASSERT_EQ(c.name, expected[i].first);
        const std::string p = write_file(std::string(c.name) + ".npy", c.file);
        EXPECT_EQ(read_error(p), "ValueError: " + p + ": " + expected[i].second);
    }
}

TEST_F(NpyTest, MissingFileIsAnOSError) {
    const std::string p = path("missing.npy");
    EXPECT_EQ(read_error(p), "OSError: " + p + ": cannot open file: No such file or directory");
}

TEST_F(NpyTest, ReadsVersion2And3WithFourByteLengths) {
    for (int major : {2, 3}) {
        const auto blob = py::npy::read(write_file("v.npy", make_npy(kDict3, kData3, major)));
        EXPECT_EQ(blob.shape, (std::vector<std::int64_t>{3}));
        EXPECT_EQ(blob.nbytes, 24u);
    }
}

// ---- result_writer.hpp: scalars and tuples --------------------------------------------------------

TEST_F(NpyTest, ResultManifestForScalars) {
    const auto manifest = [&](const auto& value) {
        const std::string d = path("res");
        fs::remove_all(d);
        py::npy::write_result(d, value);
        return slurp(d + "/result.json");
    };
    EXPECT_EQ(manifest(0.1), "{\"kind\":\"float\",\"value\":\"0.1\"}\n");
    EXPECT_EQ(manifest(-std::numeric_limits<double>::infinity()), "{\"kind\":\"float\",\"value\":\"-inf\"}\n");
    EXPECT_EQ(manifest(1e16), "{\"kind\":\"float\",\"value\":\"1e+16\"}\n");
    EXPECT_EQ(manifest(std::int64_t{-123}), "{\"kind\":\"int\",\"value\":\"-123\"}\n");
    EXPECT_EQ(manifest(true), "{\"kind\":\"bool\",\"value\":true}\n");
    EXPECT_EQ(manifest(std::string("a\"b\\c\n\x01\xc3\xa9")),
              "{\"kind\":\"str\",\"value\":\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\"}\n");
    EXPECT_EQ(manifest(py::None), "{\"kind\":\"none\"}\n");
    EXPECT_EQ(manifest(std::make_tuple(1.5, std::make_tuple(std::int64_t{2}, false), py::None)),
              "{\"kind\":\"tuple\",\"items\":[{\"kind\":\"float\",\"value\":\"1.5\"},{\"kind\":\"tuple\",\"items\":"
              "[{\"kind\":\"int\",\"value\":\"2\"},{\"kind\":\"bool\",\"value\":false}]},{\"kind\":\"none\"}]}\n");
}

}  // namespace
