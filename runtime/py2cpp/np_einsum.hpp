// py2cpp runtime: np.einsum(subscripts, *operands), NumPy 1.24's semantics (optimize=False).
//
//   einsum<R>("ij,jk->ik", a, b)   R: the rank of the result (0: a scalar of the element type)
//
// The transpiler parses and checks the subscripts against the operands' ranks when compiling
// (transpiler/mapping/constant_rules.cpp) and passes their explicit form: letters only, one group
// per operand, '->' and the output's letters ('...' already replaced by letters). It also
// converts the operands to their common dtype. What is left to run time are the dimensions:
//   - a letter repeated in one operand takes its diagonal ("ii->i"); the lengths must agree
//     (NumPy's "dimensions in operand 0 for collapsing index 'i' don't match (2 != 3)");
//   - a letter shared by operands broadcasts (lengths equal or 1), else NumPy's
//     "operands could not be broadcast together with remapped shapes ..." message;
//   - letters not in the output are summed over, in letter-code order.
// One operand and nothing summed ("ij->ji", "ii->i") gives a view of the operand, as NumPy does.
// A plain matrix product ("ij,jk->ik") of floats goes to Eigen (np.matmul's kernel): like every
// float sum here it agrees with NumPy to rounding, not bit for bit (NumPy's einsum kernels sum in
// their own order). Integers wrap like NumPy's; bools sum with `or` (NumPy's bool add).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/linalg.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace ein {

// One operand as the loop sees it: its data, original shape, and per distinct letter its length
// and stride (a repeated letter's strides added: the diagonal).
template <class T>
struct Operand {
    const T* data = nullptr;
    std::vector<std::int64_t> shape;
    std::string letters;  // distinct, in order of first appearance
    std::vector<std::int64_t> lengths, strides;
};

inline std::string tuple_text(const std::vector<std::string>& items) {
    std::string s = "(";
    for (std::size_t k = 0; k < items.size(); ++k) s += (k ? "," : "") + items[k];
    return s + (items.size() == 1 ? ",)" : ")");
}

template <class T, std::size_t N>
Operand<T> describe(const ndarray<T, N>& a, std::string_view letters, int iop, bool single_view) {
    Operand<T> op;
    op.data = a.data();
    for (std::size_t k = 0; k < N; ++k) {
        op.shape.push_back(a.shape()[k]);
        const char c = letters[k];
        const auto at = op.letters.find(c);
        if (at == std::string::npos) {
            op.letters += c;
            op.lengths.push_back(a.shape()[k]);
            op.strides.push_back(a.strides()[k]);
            continue;
        }
        if (op.lengths[at] != a.shape()[k])
            throw ValueError((single_view ? std::string("dimensions in single operand for collapsing index '")
                                          : "dimensions in operand " + std::to_string(iop) + " for collapsing index '") +
                             c + "' don't match (" + std::to_string(op.lengths[at]) + " != " + std::to_string(a.shape()[k]) + ")");
        op.strides[at] += a.strides()[k];
    }
    return op;
}

// NumPy's nditer message: each operand's shape, then its lengths along the iteration's axes
// (output letters, then the summed ones), "newaxis" where it lacks the letter, leading ones dropped.
template <class T>
[[noreturn, gnu::cold]] void raise_broadcast(const std::vector<Operand<T>>& ops, const std::string& axes) {
    std::string message = "operands could not be broadcast together with remapped shapes [original->remapped]: ";
    for (const auto& op : ops) {
        std::vector<std::string> original, remapped;
        for (auto d : op.shape) original.push_back(std::to_string(d));
        for (char c : axes) {
            const auto at = op.letters.find(c);
            if (at != std::string::npos) remapped.push_back(std::to_string(op.lengths[at]));
            else if (!remapped.empty()) remapped.push_back("newaxis");
        }
        message += tuple_text(original) + "->" + tuple_text(remapped) + " ";
    }
    throw ValueError(message);
}

// The loop: every index of the iteration axes (output letters first, then summed letters),
// out[output part] += product of the operands' elements. `out` is C-contiguous with `out_strides`
// per output letter (a scalar result: one element).
template <class T>
void accumulate(const std::vector<Operand<T>>& ops, const std::string& axes, const std::vector<std::int64_t>& sizes,
                const std::vector<std::int64_t>& out_strides, T* out) {
    const std::size_t n = axes.size();
    for (auto s : sizes)
        if (s == 0) return;
    const std::size_t nop = ops.size();
    // stride[k][axis]: 0 where the operand lacks the letter or broadcasts a length of 1.
    std::vector<std::vector<std::int64_t>> stride(nop, std::vector<std::int64_t>(n, 0));
    for (std::size_t k = 0; k < nop; ++k)
        for (std::size_t a = 0; a < n; ++a)
            if (const auto at = ops[k].letters.find(axes[a]); at != std::string::npos && ops[k].lengths[at] != 1)
                stride[k][a] = ops[k].strides[at];
    std::vector<std::int64_t> index(n, 0), offset(nop, 0);
    std::int64_t out_offset = 0;
    const std::size_t last = n == 0 ? 0 : n - 1;
    const std::int64_t inner = n == 0 ? 1 : sizes[last];
    while (true) {
        for (std::int64_t j = 0; j < inner; ++j) {
            T product = ops[0].data[offset[0] + (n ? j * stride[0][last] : 0)];
            for (std::size_t k = 1; k < nop; ++k) product = static_cast<T>(product * ops[k].data[offset[k] + (n ? j * stride[k][last] : 0)]);
            T& target = out[out_offset + (n ? j * out_strides[last] : 0)];
            target = static_cast<T>(target + product);
        }
        // The next index of the axes before the last (an odometer).
        std::size_t a = last;
        while (true) {
            if (a == 0) return;
            --a;
            ++index[a];
            for (std::size_t k = 0; k < nop; ++k) offset[k] += stride[k][a];
            out_offset += out_strides[a];
            if (index[a] < sizes[a]) break;
            for (std::size_t k = 0; k < nop; ++k) offset[k] -= stride[k][a] * sizes[a];
            out_offset -= out_strides[a] * sizes[a];
            index[a] = 0;
        }
    }
}

}  // namespace ein

template <std::size_t R, class... X>
    requires(sizeof...(X) >= 1 && (is_array_like_v<X> && ...))
auto einsum(std::string_view subscripts, const X&... x) {
    using T = std::common_type_t<value_type_t<X>...>;
    static_assert((std::is_same_v<value_type_t<X>, T> && ...), "py::np::einsum: operands must have one element type");
    const auto arrays = std::tuple{::py::np::eval(x)...};
    constexpr std::size_t nop = sizeof...(X);
    // The explicit subscripts: "ij,jk->ik".
    const auto arrow = subscripts.find("->");
    const std::string output(subscripts.substr(arrow + 2));
    std::array<std::string_view, nop> inputs;
    {
        std::string_view rest = subscripts.substr(0, arrow);
        for (std::size_t k = 0; k < nop; ++k) {
            const auto comma = rest.find(',');
            inputs[k] = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    std::string summed;
    for (int c = 0; c < 128; ++c)
        for (const auto& in : inputs)
            if (in.find(static_cast<char>(c)) != std::string_view::npos && output.find(static_cast<char>(c)) == std::string::npos) {
                summed += static_cast<char>(c);
                break;
            }
    const bool single_view = nop == 1 && summed.empty();
    std::vector<ein::Operand<T>> ops;
    [&]<std::size_t... K>(std::index_sequence<K...>) {
        (ops.push_back(ein::describe(std::get<K>(arrays), inputs[K], static_cast<int>(K), single_view)), ...);
    }(std::make_index_sequence<nop>{});
    const std::string axes = output + summed;
    std::vector<std::int64_t> sizes;
    for (char c : axes) {
        std::int64_t size = 1;
        for (const auto& op : ops)
            if (const auto at = op.letters.find(c); at != std::string::npos && op.lengths[at] != 1) {
                if (size != 1 && size != op.lengths[at]) ein::raise_broadcast(ops, axes);
                size = op.lengths[at];
            }
        sizes.push_back(size);
    }
    if constexpr (R == 0) {
        T total{};
        ein::accumulate(ops, axes, sizes, std::vector<std::int64_t>(axes.size(), 0), &total);
        return total;
    } else {
        std::array<std::int64_t, R> shape{};
        for (std::size_t k = 0; k < R; ++k) shape[k] = sizes[k];
        if constexpr (nop == 1) {
            if (single_view) {  // a view: the operand's strides per output letter (a diagonal's summed)
                const auto& a = std::get<0>(arrays);
                std::array<std::int64_t, R> strides{};
                for (std::size_t k = 0; k < R; ++k) strides[k] = ops[0].strides[ops[0].letters.find(output[k])];
                return ndarray<T, R>::view_of(a.owner(), a.data(), shape, strides);
            }
        }
        if constexpr (std::is_floating_point_v<T> && nop == 2 && R == 2) {
            // A matrix product "ij,jk->ik" of equal inner lengths: Eigen's product.
            const auto& a = std::get<0>(arrays);
            const auto& b = std::get<1>(arrays);
            if constexpr (rank_v<decltype(a)> == 2 && rank_v<decltype(b)> == 2) {
                const auto i = inputs[0], j = inputs[1];
                if (i[0] != i[1] && j[0] != j[1] && i[1] == j[0] && output[0] == i[0] && output[1] == j[1] && i[0] != j[1] &&
                    a.shape()[1] == b.shape()[0])
                    return ::py::np::matmul(a, b);
            }
        }
        ndarray<T, R> out(shape);
        std::fill(out.data(), out.data() + out.size(), T{});
        std::vector<std::int64_t> out_strides(axes.size(), 0);
        for (std::size_t k = 0; k < R; ++k) out_strides[k] = out.strides()[k];
        ein::accumulate(ops, axes, sizes, out_strides, out.data());
        return out;
    }
}

}  // namespace py::np
