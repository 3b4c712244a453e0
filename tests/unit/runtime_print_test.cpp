// Unit tests for runtime/py2cpp/print.hpp: print() output captured from stdout.
#include "py2cpp/print.hpp"

#include <cstdio>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

namespace {

using py::int_t;

template <class F>
std::string stdout_of(F&& f) {
    py::flush_stdout();
    testing::internal::CaptureStdout();
    f();
    py::flush_stdout();  // print() writes into the runtime's own buffer (stdout_buffer.hpp)
    return testing::internal::GetCapturedStdout();
}

TEST(RuntimePrint, DefaultSeparatorAndEnd) {
    EXPECT_EQ(stdout_of([] { py::print(); }), "\n");
    EXPECT_EQ(stdout_of([] { py::print("a", "b", "c"); }), "a b c\n");
    EXPECT_EQ(stdout_of([] { py::print(1, 2.5, true, py::None, "x"); }), "1 2.5 True None x\n");
    EXPECT_EQ(stdout_of([] { py::print(0.1 + 0.2, 1e16, -0.0, int_t{10} * 100); }), "0.30000000000000004 1e+16 -0.0 1000\n");
    EXPECT_EQ(stdout_of([] { py::print(std::make_tuple(1, std::string("a")), std::make_tuple(42)); }), "(1, 'a') (42,)\n");
    EXPECT_EQ(stdout_of([] { py::print("tab\tseparated", "quote\"inside"); }), "tab\tseparated quote\"inside\n");
}

TEST(RuntimePrint, SepAndEnd) {
    EXPECT_EQ(stdout_of([] { py::print_sep_end("", "\n", "a", "b", "c"); }), "abc\n");
    EXPECT_EQ(stdout_of([] { py::print_sep_end("-", "!\n", "a", "b", "c"); }), "a-b-c!\n");
    EXPECT_EQ(stdout_of([] { py::print_sep_end(" | ", "\n", 1, 2.5, true, py::None); }), "1 | 2.5 | True | None\n");
    EXPECT_EQ(stdout_of([] { py::print_sep_end(" ", "", 7); }), "7");
    EXPECT_EQ(stdout_of([] { py::print_sep_end(" ", "\n"); }), "\n");
    EXPECT_EQ(stdout_of([] { py::print_sep_end(",", ""); }), "");
    EXPECT_EQ(stdout_of([] { py::print_sep_end(std::string(", "), std::string(".\n"), 1, 2); }), "1, 2.\n");
    // None means the default, as in Python.
    EXPECT_EQ(stdout_of([] { py::print_sep_end(py::None, py::None, 1, 2); }), "1 2\n");
    EXPECT_EQ(stdout_of([] { py::print_sep_end(py::None, "", 1, 2); }), "1 2");
}

TEST(RuntimePrint, ManyCallsInALoop) {
    const std::string out = stdout_of([] {
        for (int_t i = 0; i < 1000; ++i) py::print(i, i * 0.5);
    });
    EXPECT_EQ(out.substr(0, 18), "0 0.0\n1 0.5\n2 1.0\n");
    EXPECT_EQ(out.substr(out.size() - 10), "999 499.5\n");
}

}  // namespace
