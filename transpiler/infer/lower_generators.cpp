// Generators: functions whose body yields.
//
// A call of such a function makes a generator (Type::generator(T), py::generator<T> in C++: a
// C++20 coroutine, runtime/py2cpp/generator.hpp) and T, the type it yields, is the join of the
// types of its `yield` values, as a function's return type is the join of its returns (numbers
// promote; every yield is then converted to T). `yield from X` is a loop over X that yields each
// item. `return` ends the generator; `return VALUE` (the value would be StopIteration.value) is
// refused, as is a yield inside an `except` block (C++ cannot suspend a coroutine in an exception
// handler). A recursive generator (`yield from walk(child)`) starts from generator[<unknown>] and
// settles as recursive functions do (infer/specializer.cpp).
#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/conversions.hpp"
#include "ir/walker.hpp"

namespace py2cpp {

using ir::ExprPtr;

void FunctionLowering::lower_yield(const ast::Yield& s, ir::Block& out) {
    if (!generator_) {  // the front end accepts yields only in function bodies
        diags_.error(s.loc, "'yield' outside function", "");
        return;
    }
    if (handler_depth_ > 0) {
        diags_.error(s.loc, "'yield' inside an 'except' block is not supported",
                     "C++ cannot suspend a generator while it handles an exception: keep what the handler needs in a variable "
                     "and yield after the try statement");
        return;
    }
    auto record = [&](const Type& t, SourceLoc loc) {
        if (holds_type_object(t) || holds_iterator(t)) {
            diags_.error(loc, fmt::format("yielding {} is not supported", t.to_string()),
                         holds_iterator(t) ? "yield a list of it instead: yield list(...)" : "yield a value made with it instead");
            return false;
        }
        auto joined = join_types(yield_type_, t);
        if (!joined) {
            diags_.error(loc, fmt::format("'{}' yields {} here but {} elsewhere", function_name_, t.to_string(), yield_type_.to_string()),
                         join_hint(t, yield_type_, "every yield of a generator must give the same type (numbers are promoted)"));
            return false;
        }
        if (mixes_int_and_float(yield_type_, t) && !mixed_numbers_loc_.valid()) mixed_numbers_loc_ = loc;
        yield_type_ = *joined;
        yielded_any_ = true;
        return true;
    };
    if (!s.from) {
        ExprPtr value = s.value ? lower_maybe_none(*s.value) : std::make_unique<ir::Const>(s.loc, Type::none(), ir::NoneValue{});
        if (!value || !record(value->type, s.value ? s.value->loc : s.loc)) return;
        out.push_back(std::make_unique<ir::Yield>(s.loc, std::move(value)));
        return;
    }
    // yield from X: for item in X: yield item
    auto iterable = lower_iterated(*s.value);
    if (!iterable) return;
    if (iterable->type.is_array()) {
        diags_.error(s.value->loc, "'yield from' an array is not supported",
                     "loop over it and yield each item (for x in a: yield x), or yield from a.tolist()");
        return;
    }
    iterable = iteration_source(*s.value, std::move(iterable));
    if (!iterable) return;
    const Type item = *item_type(iterable->type);
    if (!record(item, s.value->loc)) return;
    yield_each(std::move(iterable), s.loc, out);
}

void FunctionLowering::yield_each(ExprPtr iterable, SourceLoc loc, ir::Block& out) {
    const Type item = *item_type(iterable->type);
    auto loop = std::make_unique<ir::For>(loc);
    loop->iterable = std::move(iterable);
    path_.push_back(next_block_id_++);  // the loop variable belongs to the body's block
    VarVersion& v = vars_.create_hidden("item", "loop", item, path_);
    v.is_loop_var = true;
    loop->var_id = v.id;
    loop->var_type = item;
    vars_.record_use(v, path_);
    loop->body.push_back(std::make_unique<ir::Yield>(loc, read_variable(v, loc)));
    path_.pop_back();
    out.push_back(std::move(loop));
}

void FunctionLowering::yield_from_override(ExprPtr call, SourceLoc loc, ir::Block& out) {
    if (auto joined = item_type(call->type) ? join_types(yield_type_, *item_type(call->type)) : std::nullopt) {
        yield_type_ = *joined;
        yielded_any_ = true;
    } else {
        diags_.error(loc, fmt::format("'{}' yields {} here but {} in an override", function_name_, yield_type_.to_string(),
                                      call->type.to_string()),
                     "the overrides of a generator method must yield the same type");
        return;
    }
    yield_each(std::move(call), loc, out);
    out.push_back(std::make_unique<ir::Return>(loc, nullptr));
}

void FunctionLowering::finish_generator(ir::Function& fn) {
    // A generator that never yields a value the body decides (only `yield from` of itself, or no
    // yield reached) yields None's type, as an always-empty list holds py::NoneType.
    const Type item = yield_type_.is(TypeKind::Unknown) && !yielded_any_ ? Type::undetermined() : yield_type_;
    fn.return_type = Type::generator(item);
    inferred_return_ = fn.return_type;
    if (mixed_numbers_loc_.valid() && item.is(TypeKind::Float) && !diags_.has_errors())
        diags_.warning(mixed_numbers_loc_, fmt::format("'{}' yields ints and floats: compiled, it yields floats (an int prints as 3.0 where "
                                                       "Python prints 3)", function_name_),
                       "yield floats (3.0) everywhere, or ints everywhere");
    if (!item.is_known()) return;  // recursion still being resolved
    struct ConvertYields : ir::IRMutator {
        const Type* item;
        void visit(ir::Yield& y) override {
            if (y.value->type != *item) y.value = ir::convert(std::move(y.value), *item);
        }
    } convert;
    convert.item = &item;
    convert.mutate(fn.body);
}

}  // namespace py2cpp
