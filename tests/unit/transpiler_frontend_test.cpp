// Unit tests of the front end and diagnostics: parsing through CPython, locations, rejection of
// unsupported constructs, GCC-format rendering.
#include <gtest/gtest.h>

#include "diag/diagnostics.hpp"
#include "frontend/python_parser.hpp"

using namespace py2cpp;

namespace {

struct Parsed {
    SourceFile file;
    ast::Module module;
    Diagnostics diags;
};

std::unique_ptr<Parsed> parse(const std::string& text) {
    auto p = std::make_unique<Parsed>();
    p->file = SourceFile{"m.py", text};
    p->diags.set_file(&p->file);
    parse_python(p->file, p->module, p->diags);
    return p;
}

}  // namespace

TEST(Frontend, KeepsLocationsOfStatementsAndExpressions) {
    auto p = parse("import math\n\ndef f(x):\n    return math.sqrt(x) + 1\n");
    ASSERT_FALSE(p->diags.has_errors()) << p->diags.render();
    ASSERT_EQ(p->module.body.size(), 2u);
    const auto& fn = p->module.body[1]->as<ast::FunctionDef>();
    EXPECT_EQ(fn.loc.line, 3);
    EXPECT_EQ(fn.name, "f");
    const auto& ret = fn.body[0]->as<ast::Return>();
    EXPECT_EQ(ret.loc.line, 4);
    EXPECT_EQ(ret.loc.col, 4);
    EXPECT_EQ(ret.value->kind, ast::ExprKind::BinOp);
    EXPECT_EQ(ret.value->loc.col, 11);
}

TEST(Frontend, ReportsSyntaxErrorsWithPythonsMessage) {
    auto p = parse("def f(x):\n    return (x + \n");
    ASSERT_TRUE(p->diags.has_errors());
    std::string out = p->diags.render();
    EXPECT_NE(out.find("m.py:2:"), std::string::npos) << out;
    EXPECT_NE(out.find("Python syntax error"), std::string::npos) << out;
}

TEST(Frontend, CollectsEveryUnsupportedConstruct) {
    auto p = parse("class A(B, C):\n    pass\n\ndef f(x):\n    g = lambda y=1: y\n    return (i := x)\n");
    // (a lambda's default values are accepted: the function value stores them)
    EXPECT_EQ(p->diags.error_count(), 2);
    std::string out = p->diags.render();
    EXPECT_NE(out.find("m.py:1:12: error: multiple inheritance is not supported"), std::string::npos) << out;
    EXPECT_NE(out.find("m.py:6:13: error: assignment expressions (':=') are not supported"), std::string::npos) << out;
}

TEST(Frontend, CollectsCommentsButNotHashesInStrings) {
    auto p = parse("x = '# not a comment'  # real\n# own line\n");
    ASSERT_EQ(p->module.comments.size(), 2u);
    EXPECT_EQ(p->module.comments[0].text, " real");
    EXPECT_FALSE(p->module.comments[0].own_line);
    EXPECT_TRUE(p->module.comments[1].own_line);
}

TEST(Frontend, ExtractsDocstringsAndElif) {
    auto p = parse("\"\"\"mod\"\"\"\ndef f(x):\n    \"\"\"doc\"\"\"\n    if x:\n        pass\n    elif x:\n        pass\n");
    EXPECT_EQ(p->module.docstring, "mod");
    const auto& fn = p->module.body[0]->as<ast::FunctionDef>();
    EXPECT_EQ(fn.docstring, "doc");
    EXPECT_TRUE(fn.body[0]->as<ast::If>().is_elif_chain);
}

TEST(Frontend, RejectsIntegerLiteralsBeyond64Bits) {
    auto p = parse("x = 2**100\ny = 123456789012345678901234567890\n");
    EXPECT_EQ(p->diags.error_count(), 1);
    EXPECT_NE(p->diags.render().find("m.py:2:5: error: integer literal does not fit in 64 bits"), std::string::npos);
}

TEST(Diagnostics, RendersGccFormatWithCaretAndNote) {
    SourceFile file{"x.py", "a = 1\nb = foo(a)\n"};
    Diagnostics d(&file);
    d.error(SourceLoc{2, 4, 2, 10}, "name 'foo' is not defined", "define it");
    EXPECT_EQ(d.render(),
              "x.py:2:5: error: name 'foo' is not defined\n"
              "    2 | b = foo(a)\n"
              "      |     ^~~~~~\n"
              "x.py:2:5: note: define it\n"
              "1 error generated.\n");
}
