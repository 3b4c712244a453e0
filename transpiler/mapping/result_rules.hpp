// Result rules of mapping-table cases: how the type of a library call follows from the types of
// its arguments (the grammar is documented in mappings/README.md).
//
//   float | int | ndarray types ...   a fixed type
//   same:P                            the type of argument P
//   promote:P,Q[|R]                   NumPy's (or, for scalars only, Python's) promotion of P and Q;
//                                     params after '|' only contribute their rank (np.where's condition)
//   float:P,Q[|R]                     promote, then ints and bools become float64 (np.sqrt, np.log)
//   bool:P,Q[|R]                      bool, shaped like promote (comparisons, np.isnan)
//   elem:P / sum:P                    the scalar an element of array P reads as (sum: bool counts as int)
//   reduce:P / reduce_sum:P / reduce_float:P / reduce_index:P
//                                     rank of P minus one (axis reductions): P's dtype / sum's dtype /
//                                     float64 / int64
//   shape:P                           tuple of rank(P) ints (ndarray.shape)
//   item:P / list_of:P / iter_of:P     the type of P's items (`for x in P`: ir/types.hpp item_type), a
//                                     list of them, an iterator over them
//   enumerate:P / zip:P,Q...          iterator[tuple[int, item(P)]] / iterator[tuple[item(P), item(Q), ...]]
//   sum_items:P,S                     sum(P, S): P's numeric items joined with S (bools count as ints)
//   tolist:P                          ndarray.tolist(): lists nested rank(P) deep of P's scalars
//   array:DTYPE:RANK                  DTYPE: a dtype name or dtype(P,...) (the first of P... that has a
//                                     dtype: a dtype object, an array, a scalar or a list of scalars;
//                                     float64 when none does); RANK: a number, len(P) (1 for an int,
//                                     k for a k-tuple), rank(P), rank(P)+1 or rank(P)-1
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ir/types.hpp"

namespace py2cpp {

// The types bound to one parameter (several for a variadic one; none when an absent optional
// parameter has no default).
using ParamTypeLookup = std::function<std::vector<Type>(const std::string& param)>;

// nullopt when `rule` is well formed and names only parameters in `params`; otherwise what is wrong.
std::optional<std::string> check_result_rule(const std::string& rule, const std::vector<std::string>& params);

// The result type, or nullopt when the rule does not apply to these argument types.
std::optional<Type> evaluate_result_rule(const std::string& rule, const ParamTypeLookup& types);

// For promote/float/bool rules: the parameters whose arguments are converted to a common type
// before the call, and that type (arrays keep their rank and take its dtype; scalars take it when
// every operand is a scalar). Empty for other rules.
struct OperandConversion {
    std::vector<std::string> params;
    Type common;
};
// A `float:` rule whose operands are all bool (arrays or scalars): NumPy's ufuncs compute these
// in float16 (np.sin of a bool array prints 0.8413), a dtype py2cpp does not have.
bool float16_in_numpy(const std::string& rule, const ParamTypeLookup& types);

std::optional<OperandConversion> operand_conversion(const std::string& rule, const ParamTypeLookup& types);

}  // namespace py2cpp
