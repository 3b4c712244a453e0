// Unit tests of the IR walker (ir/walker.hpp): the visitor and the mutator reach every child of
// every node kind, in evaluation order, and the mutator can replace nodes in place.
#include <gtest/gtest.h>

#include <set>

#include "ir/walker.hpp"

using namespace py2cpp;
using namespace py2cpp::ir;

namespace {

ExprPtr num(std::int64_t v) { return std::make_unique<Const>(SourceLoc{}, Type::integer(), ConstantValue{v}); }

// An expression holding every expression kind, with the int constants 1..9 in evaluation order.
ExprPtr every_expression() {
    auto binary = std::make_unique<Binary>(SourceLoc{}, Type::integer(), BinaryOp::Add, std::make_unique<Cast>(SourceLoc{}, Type::integer(), num(1)),
                                           std::make_unique<Truthy>(SourceLoc{}, std::make_unique<Var>(SourceLoc{}, Type::integer(), "x", "x")));
    auto compare = std::make_unique<Compare>(SourceLoc{});
    compare->operands.push_back(std::make_unique<Unary>(SourceLoc{}, Type::integer(), UnaryOpKind::Neg, num(2)));
    auto boolop = std::make_unique<BoolOp>(SourceLoc{}, Type::integer(), BoolOpKind::Or);
    boolop->values.push_back(num(3));
    boolop->values.push_back(num(4));
    compare->operands.push_back(std::move(boolop));
    compare->ops.push_back(CompareOp::Lt);
    auto tuple = std::make_unique<TupleMake>(SourceLoc{}, Type::tuple({Type::integer()}));
    tuple->elements.push_back(num(5));
    auto call = std::make_unique<UserCall>(SourceLoc{}, Type::integer(), "f");
    call->args.push_back(std::make_unique<TupleGet>(SourceLoc{}, Type::integer(), std::move(tuple), 0));
    auto library = std::make_unique<LibraryCall>(SourceLoc{}, Type::integer(), "math.floor", "py::floor({x})");
    library->args.emplace_back("x", std::vector<ExprPtr>{});
    library->args.back().second.push_back(num(6));
    call->args.push_back(std::move(library));
    auto fstring = std::make_unique<FString>(SourceLoc{});
    fstring->parts.push_back({"literal", nullptr, "", 0});
    fstring->parts.push_back({"", num(7), "", 0});
    auto ifexp = std::make_unique<IfExp>(SourceLoc{}, Type::integer());
    ifexp->test = std::move(compare);
    ifexp->body = std::move(call);
    ifexp->orelse = std::move(fstring);
    auto let = std::make_unique<Let>(SourceLoc{}, Type::integer());
    let->bindings.emplace_back("a", std::move(binary));
    let->body = std::move(ifexp);
    return let;
}

// A block holding every statement kind, each with one expression where it has a slot.
Block every_statement() {
    Block block;
    block.push_back(std::make_unique<Declare>(SourceLoc{}, "d", Type::integer()));
    block.push_back(std::make_unique<Assign>(SourceLoc{}, "a", Type::integer(), every_expression()));
    auto tuple_assign = std::make_unique<TupleAssign>(SourceLoc{});
    tuple_assign->value = num(10);
    block.push_back(std::move(tuple_assign));
    auto loop = std::make_unique<For>(SourceLoc{});
    loop->stop = num(11);  // start and step stay null
    loop->body.push_back(std::make_unique<Jump>(StmtKind::Break, SourceLoc{}));
    loop->body.push_back(std::make_unique<Jump>(StmtKind::Continue, SourceLoc{}));
    auto inner = std::make_unique<While>(SourceLoc{});
    inner->test = num(12);
    inner->body.push_back(std::move(loop));
    auto branch = std::make_unique<If>(SourceLoc{});
    branch->test = num(13);
    branch->body.push_back(std::move(inner));
    branch->orelse.push_back(std::make_unique<ExprStmt>(SourceLoc{}, num(14)));
    block.push_back(std::move(branch));
    auto check = std::make_unique<Assert>(SourceLoc{});
    check->test = num(15);  // msg stays null
    block.push_back(std::move(check));
    block.push_back(std::make_unique<Raise>(SourceLoc{}, "ValueError", num(16)));
    block.push_back(std::make_unique<Return>(SourceLoc{}, num(17)));
    return block;
}

struct Census : IRVisitor {
    std::set<ExprKind> expr_kinds;
    std::set<StmtKind> stmt_kinds;
    std::vector<std::int64_t> constants;  // in visiting order

    void expr(const Expr& e) override {
        expr_kinds.insert(e.kind);
        if (e.kind == ExprKind::Const) constants.push_back(std::get<std::int64_t>(e.as<Const>().value));
        IRVisitor::expr(e);
    }
    void stmt(const Stmt& s) override {
        stmt_kinds.insert(s.kind);
        IRVisitor::stmt(s);
    }
};

}  // namespace

TEST(Walker, VisitorReachesEveryNodeInEvaluationOrder) {
    Block block = every_statement();
    Census census;
    census.block(block);
    EXPECT_EQ(census.expr_kinds.size(), 15u);  // every ExprKind
    EXPECT_EQ(census.stmt_kinds.size(), 12u);  // every StmtKind
    // If: test (13), then the body (While: test 12, For: stop 11), then the orelse (14).
    const std::vector<std::int64_t> expected = {1, 2, 3, 4, 5, 6, 7, 10, 13, 12, 11, 14, 15, 16, 17};
    EXPECT_EQ(census.constants, expected);
}

TEST(Walker, MutatorReplacesNodesInEverySlot) {
    struct NegateConstants : IRMutator {
        void mutate(ExprPtr& slot) override {
            IRMutator::mutate(slot);
            if (slot && slot->kind == ExprKind::Const)
                slot = num(-std::get<std::int64_t>(slot->as<Const>().value));
        }
        using IRMutator::mutate;
    } negate;
    Block block = every_statement();
    negate.mutate(block);
    Census census;
    census.block(block);
    ASSERT_EQ(census.constants.size(), 15u);
    for (std::int64_t c : census.constants) EXPECT_LT(c, 0);
}

TEST(Walker, OverridingBlockLimitsTheWalkToAStatementsOwnExpressions) {
    struct Own : Census {
        void block(const Block&) override {}
    } own;
    Block block = every_statement();
    own.stmt(*block[3]);  // the If: its test only
    EXPECT_EQ(own.constants, std::vector<std::int64_t>{13});
}
