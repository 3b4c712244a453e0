#include "sema/argument_binding.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace py2cpp {

std::optional<ArgumentSlots> bind_arguments(const std::string& callee, const std::vector<ParamShape>& params,
                                            size_t n_positional, const std::vector<std::string>& keyword_names,
                                            const std::vector<SourceLoc>& keyword_locs, SourceLoc call_loc,
                                            Diagnostics& diags) {
    ArgumentSlots slots(params.size());
    bool ok = true;
    size_t next = 0;
    for (size_t p = 0; p < params.size() && next < n_positional; ++p) {
        if (params[p].keyword_only) break;
        if (params[p].variadic) {
            while (next < n_positional) slots[p].push_back(next++);
        } else {
            slots[p].push_back(next++);
        }
    }
    if (next < n_positional) {
        size_t max_positional = 0;
        for (const auto& p : params)
            if (!p.keyword_only && !p.variadic) ++max_positional;
        diags.error(call_loc, fmt::format("{}() takes {} positional argument{} but {} {} given", callee, max_positional,
                                          max_positional == 1 ? "" : "s", n_positional, n_positional == 1 ? "was" : "were"));
        ok = false;
    }
    for (size_t k = 0; k < keyword_names.size(); ++k) {
        size_t p = 0;
        while (p < params.size() && (params[p].name != keyword_names[k] || params[p].variadic)) ++p;
        if (p == params.size()) {
            diags.error(keyword_locs[k], fmt::format("{}() got an unexpected keyword argument '{}'", callee, keyword_names[k]));
            ok = false;
        } else if (!slots[p].empty()) {
            diags.error(keyword_locs[k], fmt::format("{}() got multiple values for argument '{}'", callee, keyword_names[k]));
            ok = false;
        } else {
            slots[p].push_back(n_positional + k);
        }
    }
    // CPython's TypeError: the missing positional parameters, else the missing keyword-only ones,
    // named as "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
    if (ok) {
        for (bool keyword_only : {false, true}) {
            std::vector<std::string> missing;
            for (size_t p = 0; p < params.size(); ++p)
                if (slots[p].empty() && !params[p].has_default && !params[p].variadic && params[p].keyword_only == keyword_only)
                    missing.push_back("'" + params[p].name + "'");
            if (missing.empty()) continue;
            std::string names = missing.back();
            if (missing.size() == 2) names = missing[0] + " and " + missing[1];
            if (missing.size() > 2) names = fmt::format("{}, and {}", fmt::join(missing.begin(), missing.end() - 1, ", "), missing.back());
            diags.error(call_loc, fmt::format("{}() missing {} required {} argument{}: {}", callee, missing.size(),
                                              keyword_only ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s", names));
            ok = false;
            break;
        }
    }
    if (!ok) return std::nullopt;
    return slots;
}

}  // namespace py2cpp
