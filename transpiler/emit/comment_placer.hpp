// Places the Python source's `#` comments into the generated C++.
//
// Rule (predictable, so users know where to look): a comment inside a function body lands at the
// same place in every C++ specialization of that function; a comment trailing a statement trails
// the statement's first C++ line; the block of comment lines directly above a `def` is emitted
// above the function. Comments of the `__main__` block land in run_main(). Compiler directives
// (`#pythran export`, shebang, coding lines) are not copied.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "frontend/ast.hpp"

namespace py2cpp {

class CommentPlacer {
public:
    explicit CommentPlacer(std::vector<ast::Comment> comments);

    // Restricts placement to source lines [first, last] and makes their comments available again
    // (a function with two specializations gets its comments twice).
    void begin(int first, int last);
    // Emits the pending own-line comments of the window that precede `line`.
    void emit_before(int line, const std::function<void(const std::string&)>& sink);
    // The comment trailing code on `line`, if any (consumed).
    std::string take_trailing(int line);
    // The contiguous comment lines immediately above `line`.
    std::vector<std::string> leading_block(int line) const;

private:
    struct Entry {
        ast::Comment comment;
        bool emitted = false;
    };
    std::vector<Entry> entries_;
    int first_ = 0, last_ = 0;
};

}  // namespace py2cpp
