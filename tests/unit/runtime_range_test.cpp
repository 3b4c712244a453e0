// Unit tests for runtime/py2cpp/range.hpp: the values range() yields (compared with what Python's
// range gives, computed here by the defining formula), empty and negative-step ranges, the
// int64 extremes, len/indexing, and the zero-step error.
#include "py2cpp/range.hpp"

#include <cstdint>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "runtime_test_support.hpp"

namespace {

using py::int_t;
constexpr int_t kMin = std::numeric_limits<int_t>::min();
constexpr int_t kMax = std::numeric_limits<int_t>::max();

std::vector<int_t> values(const py::range& r, std::size_t limit = 1000) {
    std::vector<int_t> out;
    for (int_t v : r) {
        out.push_back(v);
        if (out.size() >= limit) break;
    }
    return out;
}

// Python's definition: r[i] = start + i*step for i >= 0 while the value is before stop.
std::vector<int_t> reference(int_t start, int_t stop, int_t step) {
    std::vector<int_t> out;
    for (int_t v = start; step > 0 ? v < stop : v > stop; v += step) out.push_back(v);
    return out;
}

TEST(RuntimeRange, MatchesPythonDefinition) {
    for (int_t start = -7; start <= 7; ++start)
        for (int_t stop = -7; stop <= 7; ++stop)
            for (int_t step : {-5, -3, -2, -1, 1, 2, 3, 7}) {
                const py::range r(start, stop, step);
                const auto expected = reference(start, stop, step);
                EXPECT_EQ(values(r), expected) << start << ", " << stop << ", " << step;
                EXPECT_EQ(r.size(), static_cast<int_t>(expected.size()));
                EXPECT_EQ(r.empty(), expected.empty());
                for (int_t i = 0; i < r.size(); ++i) {
                    EXPECT_EQ(r[i], expected[static_cast<std::size_t>(i)]);
                    EXPECT_EQ(r[-1 - i], expected[expected.size() - 1 - static_cast<std::size_t>(i)]);
                }
            }
}

TEST(RuntimeRange, ShortForms) {
    EXPECT_EQ(values(py::range(5)), (std::vector<int_t>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(values(py::range(0)).empty());
    EXPECT_TRUE(values(py::range(-3)).empty());
    EXPECT_EQ(values(py::range(2, 5)), (std::vector<int_t>{2, 3, 4}));
    EXPECT_TRUE(values(py::range(5, 2)).empty());
    EXPECT_EQ(values(py::range(10, 0, -3)), (std::vector<int_t>{10, 7, 4, 1}));
    EXPECT_EQ(values(py::range(0, 10, 4)), (std::vector<int_t>{0, 4, 8}));
}

TEST(RuntimeRange, Int64Extremes) {
    EXPECT_EQ(values(py::range(kMax - 2, kMax)), (std::vector<int_t>{kMax - 2, kMax - 1}));
    EXPECT_EQ(values(py::range(kMin, kMin + 2)), (std::vector<int_t>{kMin, kMin + 1}));
    EXPECT_EQ(values(py::range(kMax, kMin, kMin)), (std::vector<int_t>{kMax, -1}));
    EXPECT_EQ(values(py::range(kMin, kMax, kMax)), (std::vector<int_t>{kMin, -1, kMax - 1}));
    EXPECT_EQ(values(py::range(kMin, kMax, int_t{1} << 62)),
              (std::vector<int_t>{kMin, -(int_t{1} << 62), 0, int_t{1} << 62}));
    EXPECT_EQ(py::range(0, kMax).size(), kMax);
    EXPECT_EQ(py::range(kMin, kMax, 3).size(), 6148914691236517205);  // values from CPython
    EXPECT_EQ(py::range(kMin, kMax, 3)[-1], 9223372036854775804);
    EXPECT_EQ(py::range(kMin, kMax, 2)[kMax], kMax - 1);  // 2**63 elements: indexable, but no len()
    EXPECT_PY_RAISES(py::range(kMin, kMax, 2).size(), OverflowError, "Python int too large to convert to C ssize_t");
    EXPECT_PY_RAISES(py::range(kMin, kMax).size(), OverflowError, "Python int too large to convert to C ssize_t");
}

TEST(RuntimeRange, Errors) {
    EXPECT_PY_RAISES(py::range(0, 10, 0), ValueError, "range() arg 3 must not be zero");
    EXPECT_PY_RAISES(py::range(3)[3], IndexError, "range object index out of range");
    EXPECT_PY_RAISES(py::range(3)[-4], IndexError, "range object index out of range");
    EXPECT_PY_RAISES(py::range(0)[0], IndexError, "range object index out of range");
}

TEST(RuntimeRange, UsableInConstantExpressions) {
    constexpr py::range r(1, 10, 3);
    static_assert(r.size() == 3 && r[0] == 1 && r[2] == 7 && r[-1] == 7);
    constexpr int_t sum = [] {
        int_t s = 0;
        for (int_t i : py::range(1, 101)) s += i;
        return s;
    }();
    static_assert(sum == 5050);
    SUCCEED();
}

}  // namespace
