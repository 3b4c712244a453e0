// Unit tests for runtime/py2cpp/dict.hpp: insertion order across deletions and compaction,
// aliasing, KeyError messages (repr of the key), the methods, views that see later changes,
// RuntimeError on a size change during iteration, equality and printing. Expected values are
// what CPython 3.11 gives for the same operations.
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "py2cpp/dict.hpp"
#include "py2cpp/list.hpp"

namespace {

using py::dict;
using py::int_t;

TEST(Dict, InsertionOrderSurvivesDeletionAndCompaction) {
    dict<int_t, int_t> d;
    for (int_t k = 0; k < 100; ++k) d.setitem(k, k * k);
    for (int_t k = 0; k < 100; ++k)
        if (k % 3 != 0) d.delitem(k);  // two thirds deleted: the entries are compacted
    d.setitem(1, -1);                  // a deleted key comes back last
    d.setitem(0, 5);                   // an existing key keeps its place
    std::vector<int_t> keys;
    for (int_t k : d) keys.push_back(k);
    ASSERT_EQ(keys.size(), 35u);
    EXPECT_EQ(keys.front(), 0);
    EXPECT_EQ(keys[1], 3);
    EXPECT_EQ(keys.back(), 1);
    EXPECT_EQ(d[0], 5);
    EXPECT_EQ(d[99], 99 * 99);
    EXPECT_EQ(py::len(d), 35);
}

TEST(Dict, HandlesAliasCopiesDoNot) {
    dict<std::string, double> a{{"x", 1.0}};
    dict<std::string, double> b = a;
    dict<std::string, double> c = a.copy();
    b.setitem("y", 2.0);
    EXPECT_TRUE(a.contains("y"));
    EXPECT_FALSE(c.contains("y"));
    EXPECT_TRUE(a.is(b));
    EXPECT_FALSE(a.is(c));
}

TEST(Dict, KeyErrorShowsTheReprOfTheKey) {
    dict<std::string, int_t> s;
    dict<int_t, int_t> i;
    dict<std::tuple<int_t, std::string>, int_t> t;
    try {
        (void)s["it's"];
        FAIL();
    } catch (const py::KeyError& e) {
        EXPECT_EQ(e.message(), "\"it's\"");
    }
    try {
        i.delitem(42);
        FAIL();
    } catch (const py::KeyError& e) {
        EXPECT_EQ(e.message(), "42");
    }
    try {
        (void)t.pop({1, "a"});
        FAIL();
    } catch (const py::KeyError& e) {
        EXPECT_EQ(e.message(), "(1, 'a')");
    }
    try {
        (void)i.popitem();
        FAIL();
    } catch (const py::KeyError& e) {
        EXPECT_EQ(e.message(), "'popitem(): dictionary is empty'");
    }
}

TEST(Dict, Methods) {
    dict<std::string, int_t> d{{"a", 1}, {"b", 2}};
    EXPECT_EQ(d.get("a", 0), 1);
    EXPECT_EQ(d.get("q", 7), 7);
    EXPECT_FALSE(d.contains("q"));
    d.setdefault("c", 3) += 10;
    EXPECT_EQ(d["c"], 13);
    EXPECT_EQ(d.setdefault("a", 100), 1);
    EXPECT_EQ(d.pop("b"), 2);
    EXPECT_EQ(d.pop("b", -1), -1);
    EXPECT_EQ(py::repr(d), "{'a': 1, 'c': 13}");
    EXPECT_EQ(d.popitem(), std::make_tuple(std::string("c"), int_t{13}));
    d.update(dict<std::string, int_t>{{"z", 26}, {"a", 0}});
    EXPECT_EQ(py::repr(d), "{'a': 0, 'z': 26}");
    d.clear();
    EXPECT_EQ(py::repr(d), "{}");
    EXPECT_FALSE(py::truthy(d));
}

TEST(Dict, ViewsSeeLaterChanges) {
    dict<int_t, std::string> d{{1, "one"}};
    auto keys = d.keys();
    auto items = d.items();
    d.setitem(2, "two");
    EXPECT_EQ(keys.size(), 2);
    std::string seen;
    for (auto [k, v] : items) seen += std::to_string(k) + v;
    EXPECT_EQ(seen, "1one2two");
    std::string values;
    for (const auto& v : d.values()) values += v;
    EXPECT_EQ(values, "onetwo");
}

TEST(Dict, SizeChangeDuringIterationRaises) {
    dict<int_t, int_t> d{{1, 1}, {2, 2}};
    EXPECT_THROW(
        {
            for (int_t k : d) d.setitem(k + 10, 0);
        },
        py::RuntimeError);
    dict<int_t, int_t> e{{1, 1}, {2, 2}};
    for (int_t k : e) e.setitem(k, 5);  // replacing values is allowed
    EXPECT_EQ(py::repr(e), "{1: 5, 2: 5}");
}

TEST(Dict, EqualityIgnoresOrderAndPrintingNests) {
    dict<int_t, double> a{{1, 0.5}, {2, 1.5}};
    dict<int_t, double> b{{2, 1.5}, {1, 0.5}};
    EXPECT_TRUE(a == b);
    b.setitem(3, 0.0);
    EXPECT_TRUE(a != b);
    dict<double, int_t> zeros{{0.0, 1}};
    EXPECT_TRUE(zeros.contains(-0.0));  // -0.0 == 0.0: the same key
    dict<std::string, py::list<int_t>> nested{{"xs", py::list<int_t>{1, 2}}};
    EXPECT_EQ(py::str(nested), "{'xs': [1, 2]}");
    auto pairs = dict<std::string, int_t>::from_pairs(py::list<std::tuple<std::string, int_t>>{{"a", 1}, {"a", 2}, {"b", 3}});
    EXPECT_EQ(py::repr(pairs), "{'a': 2, 'b': 3}");
}

}  // namespace
