#include "ir/constant_folding.hpp"

namespace py2cpp::ir {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

FoldResult fold_int_binary(BinaryOp op, std::int64_t a, std::int64_t b, std::int64_t& out) {
    switch (op) {
        case BinaryOp::Add: return __builtin_add_overflow(a, b, &out) ? FoldResult::Overflow : FoldResult::Folded;
        case BinaryOp::Sub: return __builtin_sub_overflow(a, b, &out) ? FoldResult::Overflow : FoldResult::Folded;
        case BinaryOp::Mul: return __builtin_mul_overflow(a, b, &out) ? FoldResult::Overflow : FoldResult::Folded;
        case BinaryOp::FloorDiv:
        case BinaryOp::Mod:
            if (b == 0) return FoldResult::NotFoldable;  // ZeroDivisionError at run time, as in Python
            if (a == INT64_MIN && b == -1) return op == BinaryOp::Mod ? (out = 0, FoldResult::Folded) : FoldResult::Overflow;
            out = op == BinaryOp::FloorDiv ? floor_div(a, b) : a - floor_div(a, b) * b;
            return FoldResult::Folded;
        case BinaryOp::Pow: {
            if (b < 0) return FoldResult::NotFoldable;
            std::int64_t result = 1, base = a;
            for (std::int64_t e = b; e > 0; e >>= 1) {
                if ((e & 1) && __builtin_mul_overflow(result, base, &result)) return FoldResult::Overflow;
                if (e > 1 && __builtin_mul_overflow(base, base, &base)) return FoldResult::Overflow;
            }
            out = result;
            return FoldResult::Folded;
        }
        case BinaryOp::LShift:
            if (b < 0) return FoldResult::NotFoldable;  // ValueError at run time
            if (b >= 64 || (a != 0 && (a > (INT64_MAX >> b) || a < (INT64_MIN >> b)))) return a == 0 ? (out = 0, FoldResult::Folded) : FoldResult::Overflow;
            out = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << b);
            return FoldResult::Folded;
        case BinaryOp::RShift:
            if (b < 0) return FoldResult::NotFoldable;
            out = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
            return FoldResult::Folded;
        case BinaryOp::BitAnd: out = a & b; return FoldResult::Folded;
        case BinaryOp::BitOr: out = a | b; return FoldResult::Folded;
        case BinaryOp::BitXor: out = a ^ b; return FoldResult::Folded;
        case BinaryOp::TrueDiv: return FoldResult::NotFoldable;
    }
    return FoldResult::NotFoldable;
}

}  // namespace py2cpp::ir
