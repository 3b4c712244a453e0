// numpy.random.default_rng's Generator (runtime/py2cpp/random_generator.hpp) against values
// NumPy 1.24 gives (/usr/bin/python3: np.random.SeedSequence(42).generate_state(4, np.uint64),
// np.random.PCG64(42).random_raw(2), and the draws of np.random.default_rng(42)). The exhaustive
// comparisons are tests/numpy/random_generator.py and tests/e2e/numpy_random_generator_seeds.py.
#include <gtest/gtest.h>

#include "py2cpp/np_errstate.hpp"
#include "py2cpp/pyio.hpp"
#include "py2cpp/random_generator.hpp"

namespace {

using namespace py::np::random;

// Table types are default constructible: a class's field holds one before __init__ assigns it.
static_assert(std::is_default_constructible_v<py::np::random::Generator>);
static_assert(std::is_default_constructible_v<py::io::TextFile>);
static_assert(std::is_default_constructible_v<py::TextStream>);
static_assert(std::is_default_constructible_v<py::np::ErrState>);

TEST(RandomGenerator, SeedSequenceStateIsNumPys) {
    const SeedSequence seq(SeedSequence::words_of(42));
    const auto state = seq.generate_state64(4);
    EXPECT_EQ(state[0], 0x9f1e2e6dcd540ab7ULL);
    EXPECT_EQ(state[1], 0xd57873dc79fb94b6ULL);
    EXPECT_EQ(state[2], 0x7d282a1b64d420b7ULL);
    EXPECT_EQ(state[3], 0x336579714692d5ffULL);
    EXPECT_EQ(SeedSequence::words_of(0).size(), 1u);
    EXPECT_EQ(SeedSequence::words_of(4294967296LL).size(), 2u);
    EXPECT_THROW(SeedSequence::words_of(-1), py::ValueError);
}

TEST(RandomGenerator, PCG64OutputIsNumPys) {
    PCG64 bits(SeedSequence(SeedSequence::words_of(42)));
    EXPECT_EQ(bits.next64(), 14276969152011380360ULL);
    EXPECT_EQ(bits.next64(), 8095878257575067585ULL);
}

TEST(RandomGenerator, DrawsAreNumPys) {
    const Generator rng = default_rng(42);
    EXPECT_EQ(rng.random(), 0.7739560485559633);
    EXPECT_EQ(rng.integers(0, 10), 6);  // the low half of a 64-bit draw
    EXPECT_EQ(rng.integers(0, 10), 4);  // the buffered high half
    EXPECT_EQ(rng.standard_normal(), 0.7504511958064572);
    EXPECT_EQ(rng.exponential(), 0.2797942898515832);
    const auto p = rng.permutation(5);
    const std::int64_t expected_p[] = {2, 4, 0, 1, 3};
    for (int i = 0; i < 5; ++i) EXPECT_EQ(p.data()[i], expected_p[i]);
    const auto c = rng.choice(100, std::int64_t{3}, false);
    const std::int64_t expected_c[] = {72, 75, 71};
    for (int i = 0; i < 3; ++i) EXPECT_EQ(c.data()[i], expected_c[i]);
}

TEST(RandomGenerator, ErrorsAreNumPys) {
    const Generator rng = default_rng(0);
    auto message = [&](auto call) {
        try {
            call();
        } catch (const py::Exception& e) {
            return std::string(e.what());
        }
        return std::string("no exception");
    };
    EXPECT_EQ(message([&] { rng.integers(5, 5); }), "low >= high");
    EXPECT_EQ(message([&] { rng.integers(0, 0); }), "high <= 0");
    EXPECT_EQ(message([&] { rng.integers(5, 4, py::None, true); }), "low > high");
    EXPECT_EQ(message([&] { rng.normal(0.0, -0.0); }), "scale < 0");
    EXPECT_EQ(message([&] { rng.uniform(1.0, 0.0); }), "high - low < 0");
    EXPECT_EQ(message([&] { rng.choice(3, std::int64_t{5}, false); }), "Cannot take a larger sample than population when replace is False");
}

}  // namespace
