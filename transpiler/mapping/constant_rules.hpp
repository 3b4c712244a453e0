// Result rules that read the value of a constant argument, not only its type: the subscripts of
// np.einsum and the axes of np.tensordot decide the rank of the result, so they must be known when
// compiling (mappings/README.md, "result").
//
//   einsum:S,OPS        S a str literal in NumPy's subscripts grammar, OPS the operand arrays: S is
//                       parsed and checked against the operands' ranks as NumPy parses it (its
//                       ValueError messages become located diagnostics) and replaced by its explicit
//                       form ("...ij,jk" with rank-3 and rank-2 operands -> "aij,jk->aik"); the
//                       operands take their common dtype, the result has it and the output's rank
//   tensordot:A,B,AXES  AXES an int constant, or a pair (tuple or list display) of ints / tuples /
//                       list displays of ints: rank(A) + rank(B) - 2 * (axes summed over)
//   tuples:P,R          R an int constant: a generator of R-tuples of P's items (itertools.combinations,
//                       permutations; r < 0 is Python's ValueError, located)
//   product:P,R         R an int constant: a generator of tuples of one item of each iterable P, R
//                       times over (itertools.product(*P, repeat=R))
//
// Assumes: the arguments are typed IR. Guarantees: either a type (and the arguments rewritten as
// said), no type (the case does not apply), or an error located at the offending argument.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "ir/ir.hpp"

namespace py2cpp {

// Whether `rule` is one of the rules above (einsum:, tensordot:, tuples:, product:).
bool is_constant_rule(const std::string& rule);
// nullopt when the rule is well formed and names only parameters in `params`; otherwise what is wrong.
std::optional<std::string> check_constant_rule(const std::string& rule, const std::vector<std::string>& params);

struct ConstantRuleError {
    SourceLoc loc;
    std::string message, hint;
};
struct ConstantRuleOutcome {
    std::optional<Type> type;  // none and no error: the case does not apply
    std::optional<ConstantRuleError> error;
};
// The arguments bound to a parameter (several for a variadic one), which the rule may rewrite.
using BoundArguments = std::function<std::vector<ir::ExprPtr>*(const std::string& param)>;

ConstantRuleOutcome evaluate_constant_rule(const std::string& rule, const BoundArguments& args, SourceLoc call_loc);

// NumPy's parse of einsum subscripts for operands of the given ranks (exposed for unit tests):
// the explicit form with each '...' replaced by letters the string does not use, or NumPy's
// ValueError message.
struct EinsumParse {
    std::string canonical;  // "ij,jk->ik"; empty on error
    int output_rank = 0;
    std::string error;
};
EinsumParse parse_einsum_subscripts(const std::string& subscripts, const std::vector<int>& ranks);

}  // namespace py2cpp
