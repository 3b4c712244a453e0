// Unit tests for runtime/py2cpp/list.hpp, iteration.hpp and str_methods.hpp: reference semantics,
// Python's index and slice rules (the expected values are what CPython 3.11 gives for the same
// operations, written next to each check), the error classes and messages, sort stability, and
// the str methods on ASCII and multi-byte text.
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "py2cpp/iteration.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/str_methods.hpp"

namespace {

using py::int_t;
using py::list;

template <class T>
std::string repr(const list<T>& xs) {
    return py::repr(xs);
}

TEST(List, AssignmentAliasesCopiesDoNot) {
    list<int_t> a = {1, 2};
    list<int_t> b = a;
    list<int_t> c = a.copy();
    b.append(3);
    EXPECT_EQ(repr(a), "[1, 2, 3]");
    EXPECT_EQ(repr(c), "[1, 2]");
    EXPECT_TRUE(a.is(b));
    EXPECT_FALSE(a.is(c));
}

TEST(List, IndicesAndSlicesFollowPython) {
    list<int_t> a = {0, 1, 2, 3, 4, 5};
    EXPECT_EQ(a[-1], 5);
    EXPECT_EQ(repr(a[py::slice{.start = 1, .stop = -1, .step = 2}]), "[1, 3]");  // a[1:-1:2]
    EXPECT_EQ(repr(a[py::slice{.step = -2}]), "[5, 3, 1]");                      // a[::-2]
    EXPECT_EQ(repr(a[py::slice{.start = 10}]), "[]");                            // a[10:]
    EXPECT_EQ(repr(a[py::slice{.start = -100, .stop = 2}]), "[0, 1]");           // a[-100:2]
    EXPECT_THROW(a[py::slice{.step = 0}], py::ValueError);
    try {
        (void)a[6];
        FAIL();
    } catch (const py::IndexError& e) {
        EXPECT_STREQ(e.what(), "list index out of range");
    }
    try {
        a.setitem(-7, 0);
        FAIL();
    } catch (const py::IndexError& e) {
        EXPECT_STREQ(e.what(), "list assignment index out of range");
    }
}

TEST(List, SliceAssignmentAndDeletion) {
    list<int_t> a = {0, 1, 2, 3, 4};
    a.setitem(py::slice{.start = 1, .stop = 3}, list<int_t>{9, 9, 9});  // a[1:3] = [9, 9, 9]
    EXPECT_EQ(repr(a), "[0, 9, 9, 9, 3, 4]");
    a.setitem(py::slice{}, a);  // a[:] = a
    EXPECT_EQ(repr(a), "[0, 9, 9, 9, 3, 4]");
    try {
        a.setitem(py::slice{.step = 2}, list<int_t>{1});
        FAIL();
    } catch (const py::ValueError& e) {
        EXPECT_STREQ(e.what(), "attempt to assign sequence of size 1 to extended slice of size 3");
    }
    a.delitem(py::slice{.step = 2});  // del a[::2]
    EXPECT_EQ(repr(a), "[9, 9, 4]");
    a.delitem(-1);
    EXPECT_EQ(repr(a), "[9, 9]");
}

TEST(List, MethodsAndTheirErrors) {
    list<int_t> a = {3, 1, 2};
    a.insert(-1, 7);  // [3, 1, 7, 2]
    a.insert(100, 8);
    EXPECT_EQ(repr(a), "[3, 1, 7, 2, 8]");
    EXPECT_EQ(a.pop(), 8);
    EXPECT_EQ(a.pop(0), 3);
    EXPECT_EQ(a.index(2), 2);
    a.extend(a);  // doubles
    EXPECT_EQ(repr(a), "[1, 7, 2, 1, 7, 2]");
    EXPECT_EQ(a.count(7), 2);
    a.remove(7);
    EXPECT_EQ(repr(a), "[1, 2, 1, 7, 2]");
    try {
        a.remove(5);
        FAIL();
    } catch (const py::ValueError& e) {
        EXPECT_STREQ(e.what(), "list.remove(x): x not in list");
    }
    try {
        (void)list<std::string>{"a"}.index(std::string("b"));
        FAIL();
    } catch (const py::ValueError& e) {
        EXPECT_STREQ(e.what(), "'b' is not in list");
    }
    list<int_t> empty;
    try {
        empty.pop();
        FAIL();
    } catch (const py::IndexError& e) {
        EXPECT_STREQ(e.what(), "pop from empty list");
    }
}

TEST(List, SortIsStableAndReverseKeepsStability) {
    list<std::tuple<int_t, std::string>> a = {{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}};
    a.sort([](const std::tuple<int_t, std::string>& t) { return std::get<0>(t); }, true);
    // sorted(..., key=lambda t: t[0], reverse=True)
    EXPECT_EQ(repr(a), "[(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]");
    list<double> b = {2.5, -1.0, 2.5, 0.0};
    b.sort();
    EXPECT_EQ(repr(b), "[-1.0, 0.0, 2.5, 2.5]");
}

// The (key, item) pairs py2cpp passes for sorted/min/max/list.sort with key= (lower_callables.cpp).
TEST(List, DecoratedSortIsStableByKeyOnly) {
    using Pair = std::tuple<int_t, std::string>;
    list<Pair> decorated = {{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}};
    EXPECT_EQ(repr(py::sorted_decorated(decorated)), "['b', 'd', 'a', 'c']");
    // reverse=True keeps items with equal keys in their order, as Python does
    EXPECT_EQ(repr(py::sorted_decorated(decorated, true)), "['a', 'c', 'b', 'd']");
    list<std::string> items = {"a", "b", "c", "d"};
    list<std::string> alias = items;
    py::sort_decorated(items, decorated);
    EXPECT_EQ(repr(alias), "['b', 'd', 'a', 'c']");  // in place: the same list object
}

TEST(List, DecoratedMinMaxTakeTheFirstExtremeAndRaiseWhenEmpty) {
    list<std::tuple<double, std::string>> decorated = {{1.0, "x"}, {3.0, "y"}, {3.0, "z"}, {1.0, "w"}};
    EXPECT_EQ(py::max_decorated(decorated), "y");
    EXPECT_EQ(py::min_decorated(decorated), "x");
    list<std::tuple<int_t, int_t>> empty;
    try {
        py::max_decorated(empty);
        FAIL();
    } catch (const py::ValueError& e) {
        EXPECT_STREQ(e.what(), "max() arg is an empty sequence");
    }
    EXPECT_THROW(py::min_decorated(empty), py::ValueError);
}

TEST(List, OperatorsAndComparisons) {
    list<int_t> a = {1, 2};
    EXPECT_EQ(repr(a + list<int_t>{3}), "[1, 2, 3]");
    EXPECT_EQ(repr(a * 2), "[1, 2, 1, 2]");
    EXPECT_EQ(repr(a * -1), "[]");
    EXPECT_TRUE((list<int_t>{1, 2} < list<int_t>{1, 3}));
    EXPECT_TRUE((list<int_t>{1, 2} < list<int_t>{1, 2, 0}));
    EXPECT_FALSE((list<int_t>{2} <= list<int_t>{1, 9}));
    EXPECT_TRUE((list<int_t>{1, 2} == list<double>{1.0, 2.0}));
    list<bool> flags = {true, false};
    flags[1] = true;
    EXPECT_EQ(repr(flags), "[True, True]");
}

TEST(List, IterationSeesAppendsAndKeepsTheList) {
    list<int_t> a = {1};
    std::string seen;
    for (int_t x : a) {
        seen += std::to_string(x);
        if (x < 3) a.append(x + 1);
    }
    EXPECT_EQ(seen, "123");
    list<int_t> b = {1, 2};
    int_t total = 0;
    for (int_t x : b) {
        b = list<int_t>{};  // rebinding the variable does not stop the loop (Python's iterator holds the list)
        total += x;
    }
    EXPECT_EQ(total, 3);
}

TEST(Iteration, BuiltinsOverIterables) {
    list<std::string> names = {"x", "y", "z"};
    std::string out;
    for (const auto& [i, name] : py::enumerate(names, 1)) out += std::to_string(i) + name;
    EXPECT_EQ(out, "1x2y3z");
    out.clear();
    for (const auto& [n, ch] : py::zip(list<int_t>{1, 2, 3, 4}, std::string("ab"))) out += std::to_string(n) + ch;
    EXPECT_EQ(out, "1a2b");  // the shortest wins
    EXPECT_EQ(repr(py::reversed(std::string("héllo"))), "['o', 'l', 'l', 'é', 'h']");
    EXPECT_EQ((py::sum<double>(list<int_t>{1, 2}, 0.5)), 3.5);
    EXPECT_TRUE(py::any_of(list<int_t>{0, 0, 2}));
    EXPECT_TRUE(py::all_of(list<int_t>{}));
    EXPECT_EQ(py::max_of(list<double>{1.0, 3.0, 2.0}), 3.0);
    EXPECT_EQ(py::min_of(std::string("bca")), "a");
    try {
        (void)py::max_of(list<int_t>{});
        FAIL();
    } catch (const py::ValueError& e) {
        EXPECT_STREQ(e.what(), "max() arg is an empty sequence");
    }
    EXPECT_TRUE(py::contains(std::tuple<int_t, double>{1, 2.5}, 2.5));
    EXPECT_TRUE(py::contains(std::string("haystack"), std::string("st")));
    EXPECT_EQ(repr(list<std::string>::from("añb")), "['a', 'ñ', 'b']");
}

TEST(StrMethods, IndexSliceAndMethodsCountCodePoints) {
    const std::string s = "héllo wörld";
    EXPECT_EQ(py::str_getitem(s, 1), "é");
    EXPECT_EQ(py::str_getitem(s, -1), "d");
    EXPECT_THROW(py::str_getitem(s, 11), py::IndexError);
    EXPECT_EQ(py::str_slice(s, py::slice{.start = 1, .stop = 4}), "éll");
    EXPECT_EQ(py::str_slice(s, py::slice{.step = -1}), "dlröw olléh");
    EXPECT_EQ(py::str_find(s, "wö"), 6);
    EXPECT_EQ(py::str_find(s, "xyz"), -1);
    EXPECT_EQ(repr(py::str_split("  a  b c ")), "['a', 'b', 'c']");
    EXPECT_EQ(repr(py::str_split("a,,b", ",")), "['a', '', 'b']");
    EXPECT_EQ(repr(py::str_split("a b c", 1)), "['a', 'b c']");
    EXPECT_THROW(py::str_split("a", ""), py::ValueError);
    EXPECT_EQ(py::str_join(", ", list<std::string>{"a", "b"}), "a, b");
    EXPECT_EQ(py::str_strip("  x \n"), "x");
    EXPECT_EQ(py::str_strip("xxhixx", "x", true, false), "hixx");
    EXPECT_EQ(py::str_replace("aaa", "a", "b", 2), "bba");
    EXPECT_EQ(py::str_replace("ab", "", "-"), "-a-b-");
    EXPECT_EQ(py::str_count("aaaa", "aa"), 2);
    EXPECT_EQ(py::str_pad("ab", 5, "*", '^'), "**ab*");   // 'ab'.center(5, '*')
    EXPECT_EQ(py::str_pad("abc", 6, "*", '^'), "*abc**");  // 'abc'.center(6, '*')
    EXPECT_EQ(py::str_pad("é", 3, " ", '>'), "  é");
    EXPECT_EQ(py::str_zfill("-42", 5), "-0042");
    EXPECT_EQ(py::str_upper("abC1"), "ABC1");
    EXPECT_TRUE(py::str_isdigit("123"));
    EXPECT_FALSE(py::str_isdigit(""));
    EXPECT_EQ(py::str_repeat("ab", 3), "ababab");
}

}  // namespace
