// py2cpp runtime: Python's range() for counted loops.
//
// `for i in range(a, b, s):` becomes `for (py::int_t i : py::range(a, b, s))`. The trip count is
// computed once, as Python computes len(range): empty when the bounds are crossed, negative steps
// counting down, a zero step raising ValueError. The iterator is an index compared against that
// count, and the value start + index * step is formed in unsigned arithmetic, so the loop
// compiles to a plain counted loop and cannot overflow even for ranges spanning the whole int64
// domain. Python's range(len(...)) and friends also support len() and indexing through size()
// and operator[].
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/scalar.hpp"

namespace py {

class range {
public:
    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = int_t;
        using difference_type = std::ptrdiff_t;
        using pointer = const int_t*;
        using reference = int_t;

        constexpr iterator(std::uint64_t index, std::uint64_t start, std::uint64_t step) noexcept
            : index_(index), start_(start), step_(step) {}
        constexpr int_t operator*() const noexcept { return static_cast<int_t>(start_ + index_ * step_); }
        constexpr iterator& operator++() noexcept {
            ++index_;
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++index_;
            return before;
        }
        constexpr bool operator==(const iterator& other) const noexcept { return index_ == other.index_; }
        constexpr bool operator!=(const iterator& other) const noexcept { return index_ != other.index_; }

    private:
        std::uint64_t index_;
        std::uint64_t start_;
        std::uint64_t step_;
    };

    // range(stop)
    constexpr explicit range(int_t stop) noexcept
        : start_(0), step_(1), count_(stop > 0 ? static_cast<std::uint64_t>(stop) : 0) {}

    // range(start, stop)
    constexpr range(int_t start, int_t stop) noexcept
        : start_(start), step_(1), count_(start < stop ? static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start) : 0) {}

    // range(start, stop, step)
    constexpr range(int_t start, int_t stop, int_t step) : start_(start), step_(step), count_(0) {
        if (step == 0) detail::raise_value_error("range() arg 3 must not be zero");
        const auto ustart = static_cast<std::uint64_t>(start);
        const auto ustop = static_cast<std::uint64_t>(stop);
        if (step > 0 && start < stop) {
            count_ = (ustop - ustart - 1) / static_cast<std::uint64_t>(step) + 1;
        } else if (step < 0 && start > stop) {
            const std::uint64_t magnitude = 0 - static_cast<std::uint64_t>(step);
            count_ = (ustart - ustop - 1) / magnitude + 1;
        }
    }

    constexpr iterator begin() const noexcept { return {0, static_cast<std::uint64_t>(start_), static_cast<std::uint64_t>(step_)}; }
    constexpr iterator end() const noexcept { return {count_, static_cast<std::uint64_t>(start_), static_cast<std::uint64_t>(step_)}; }

    // len(r); a count above INT64_MAX (range(-2**63, 2**63-1)) raises OverflowError like Python.
    constexpr int_t size() const {
        if (count_ > static_cast<std::uint64_t>(INT64_MAX)) throw OverflowError("Python int too large to convert to C ssize_t");
        return static_cast<int_t>(count_);
    }
    constexpr bool empty() const noexcept { return count_ == 0; }

    // r[i], negative indices counting from the end; IndexError outside the range.
    constexpr int_t operator[](int_t i) const {
        const std::uint64_t n = count_;
        std::uint64_t index = static_cast<std::uint64_t>(i);
        if (i < 0) {
            index = n + static_cast<std::uint64_t>(i);  // n - |i|, wrapping above n when |i| > n
            if (0 - static_cast<std::uint64_t>(i) > n) throw IndexError("range object index out of range");
        } else if (index >= n) {
            throw IndexError("range object index out of range");
        }
        return static_cast<int_t>(static_cast<std::uint64_t>(start_) + index * static_cast<std::uint64_t>(step_));
    }

    constexpr int_t start() const noexcept { return start_; }
    constexpr int_t step() const noexcept { return step_; }

private:
    int_t start_;
    int_t step_;
    std::uint64_t count_;
};

}  // namespace py
