// Statements, functions and files of the generated C++ (expressions: expr_emitter.cpp).
#include "emit/cpp_emitter.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>

#include <fmt/format.h>

#include "emit/comment_placer.hpp"
#include "emit/expr_emitter.hpp"
#include "infer/variables.hpp"
#include "ir/exceptions.hpp"
#include "ir/walker.hpp"

namespace py2cpp {
namespace {

// Accumulates indented lines.
class Lines {
public:
    // A line holding newlines (a statement with a lambda's body inside) is indented line by line.
    void add(const std::string& line) {
        size_t start = 0;
        while (true) {
            const size_t nl = line.find('\n', start);
            const std::string part = line.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
            lines_.push_back(part.empty() ? "" : std::string(indent_ * 4, ' ') + part);
            if (nl == std::string::npos) return;
            start = nl + 1;
        }
    }
    void blank() { if (!lines_.empty() && !lines_.back().empty()) lines_.push_back(""); }
    void indent() { ++indent_; }
    void dedent() { --indent_; }
    size_t size() const { return lines_.size(); }
    void append_to(size_t index, const std::string& suffix) { if (index < lines_.size()) lines_[index] += suffix; }
    std::string str() const {
        std::string out;
        for (const auto& l : lines_) out += l + "\n";
        return out;
    }

private:
    std::vector<std::string> lines_;
    int indent_ = 0;
};

void add_comment_lines(Lines& out, const std::string& text, const std::string& prefix = "// ") {
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        size_t end = line.find_last_not_of(" \t");
        line = end == std::string::npos ? "" : line.substr(0, end + 1);
        out.add(line.empty() ? prefix.substr(0, prefix.find_last_not_of(' ') + 1) : prefix + line);
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
}

// Python docstrings are indented like the code; strip the common indentation (inspect.cleandoc).
std::string clean_docstring(const std::string& doc) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (true) {
        size_t nl = doc.find('\n', start);
        lines.push_back(doc.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    size_t common = std::string::npos;
    for (size_t i = 1; i < lines.size(); ++i) {
        size_t first = lines[i].find_first_not_of(" \t");
        if (first != std::string::npos) common = std::min(common, first);
    }
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string l = i == 0 ? lines[i].substr(std::min(lines[i].size(), lines[i].find_first_not_of(" \t"))) : lines[i];
        if (i > 0 && common != std::string::npos && l.size() >= common) l = l.substr(common);
        out += (i ? "\n" : "") + l;
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    while (!out.empty() && out.front() == '\n') out.erase(out.begin());
    return out;
}

class ModuleEmitter {
public:
    ModuleEmitter(const ir::Module& m, const std::set<std::string>& overloaded, CommentPlacer& comments)
        : module_(m), exprs_(overloaded), comments_(comments) {
        exprs_.render_block = [this](const ir::Block& b) { return render_block(b); };
    }

    // The statements of a BlockExpr, one level in (the lambda's body), ending in a newline.
    std::string render_block(const ir::Block& block) {
        Lines lines;
        lines.indent();
        const int saved_depth = loop_depth_;
        auto saved_frames = std::move(finally_frames_);  // a jump cannot leave the lambda
        finally_frames_.clear();
        emit_block(block, lines, 0);
        finally_frames_ = std::move(saved_frames);
        loop_depth_ = saved_depth;
        return lines.str();
    }

    void emit_function(const ir::Function& fn, Lines& out);
    void emit_main(Lines& out);
    // `in_class`: a method's declaration inside its struct (`static double norm(...)`).
    std::string signature(const ir::Function& fn, bool in_class = false) const;
    void emit_class(const ir::ClassDef& cls, Lines& out) const;
    void emit_class_operators(const ir::ClassDef& cls, Lines& out) const;
    std::string exception_class(const std::string& python_name) const;
    std::string store_text(const std::string& target, const Type& type, const ir::Expr& value,
                           const std::function<bool(const ir::Expr&)>& is_target);
    void set_line_file(const std::string& path) { line_file_ = cpp_string_literal(path); }

private:
    void emit_block(const ir::Block& block, Lines& out, int end_line);
    void emit_stmt(const ir::Stmt& s, Lines& out);
    void emit_if(const ir::If& s, Lines& out, bool as_else_if);
    void emit_try(const ir::Try& s, Lines& out);
    void emit_handlers(const ir::Try& s, Lines& out);
    std::string range_call(const ir::For& s);
    std::string assignment(const ir::Assign& a);

    // A try statement with a finally block being emitted: a return, break or continue inside it
    // jumps to the finally block (`goto finallyN_`) after noting how it left (`exitN_`: 1 return,
    // 2 break, 3 continue) and the returned value (`returnedN_`); after the finally block the
    // statement leaves the same way, through the enclosing frame's finally block if there is one.
    struct FinallyFrame {
        int id = 0;
        int loop_depth = 0;  // loops open around the try statement
    };
    void emit_leave(int how, const ir::Return* r, Lines& out);
    void emit_after_finally(const FinallyFrame& frame, bool returns, bool breaks, bool continues, bool only_returns, Lines& out);

    const ir::Module& module_;
    ExprEmitter exprs_;
    CommentPlacer& comments_;
    std::vector<FinallyFrame> finally_frames_;
    int next_finally_id_ = 1;
    int loop_depth_ = 0;
    Type return_type_ = Type::none();  // of the function being emitted
    std::string line_file_;  // the quoted source path for #line directives; empty: none

    // A generator's body is a coroutine: it ends with co_return.
    std::string return_keyword() const { return return_type_.is(TypeKind::Generator) ? "co_return" : "return"; }

    void line_directive(const SourceLoc& loc, Lines& out) const {
        if (!line_file_.empty() && loc.valid()) out.add(fmt::format("#line {} {}", loc.line, line_file_));
    }
};

std::string ModuleEmitter::signature(const ir::Function& fn, bool in_class) const {
    std::vector<std::string> params;
    for (const auto& p : fn.params)
        // A None parameter carries no value C++ reads (None is a constant): it may go unused.
        params.push_back(fmt::format("{}{} {}", (p.unused || p.type.is(TypeKind::None)) && !in_class ? "[[maybe_unused]] " : "", cpp_type(p.type),
                                     p.reassigned_with_other_type ? p.arg_name : p.cpp_name));
    const std::string result = fn.return_type.is(TypeKind::None) ? "void" : cpp_type(fn.return_type);
    if (in_class) return fmt::format("static {} {}({})", result, fn.member_name, fmt::join(params, ", "));
    return fmt::format("{} {}({})", result, fn.cpp_name, fmt::join(params, ", "));
}

// A class's struct: its fields, `new_` (Point(...): a new object, then __init__) for each
// specialization of __init__, the declarations of its methods (defined in the source file) and
// the Python name the runtime prints (<__main__.Point object at 0x...>).
void ModuleEmitter::emit_class(const ir::ClassDef& cls, Lines& out) const {
    if (!cls.docstring.empty()) add_comment_lines(out, clean_docstring(cls.docstring), "/// ");
    out.add(cls.base_cpp_name.empty() ? fmt::format("struct {} {{", cls.cpp_name) : fmt::format("struct {} : {} {{", cls.cpp_name, cls.base_cpp_name));
    out.indent();
    for (const auto& f : cls.fields) out.add(fmt::format("{} {}{{}};", cpp_type(f.type), f.cpp_name));
    if (!cls.fields.empty()) out.blank();
    // Objects of derived classes are handled as the root's (std::dynamic_pointer_cast finds their class).
    if (cls.polymorphic) {
        out.add(fmt::format("virtual ~{}() = default;", cls.cpp_name));
        out.blank();
    }
    bool any_attribute = false;
    for (const auto& g : module_.globals)  // class attributes, defined in the source file
        if (g.owner == cls.cpp_name) {
            out.add(fmt::format("static {}{} {};", g.rebound ? "" : "const ", cpp_type(g.type), g.member_name));
            any_attribute = true;
        }
    if (any_attribute) out.blank();
    std::vector<const ir::Function*> methods, inits, constructors;
    for (const auto& f : module_.functions) {
        if (f.owner == cls.cpp_name) (f.member_name == "init_" ? inits : methods).push_back(&f);
        // new_ of this class: the __init__ it has or inherits, specialized for its objects.
        if (f.member_name == "init_" && f.owner == cls.init_owner && !f.params.empty() && f.params[0].type.is(TypeKind::Object) &&
            f.params[0].type.class_name == cls.py_name)
            constructors.push_back(&f);
    }
    const std::string ref = fmt::format("py::ref<{}>", cls.cpp_name);
    if (constructors.empty()) out.add(fmt::format("static {} new_() {{ return std::make_shared<{}>(); }}", ref, cls.cpp_name));
    for (const auto* init : constructors) {
        std::vector<std::string> params, args = {"created_"};
        for (size_t i = 1; i < init->params.size(); ++i) {
            const auto& p = init->params[i];
            const std::string& name = p.reassigned_with_other_type ? p.arg_name : p.cpp_name;
            params.push_back(fmt::format("{} {}", cpp_type(p.type), name));
            args.push_back(name);
        }
        out.add(fmt::format("static {} new_({}) {{", ref, fmt::join(params, ", ")));
        out.indent();
        out.add(fmt::format("{} created_ = std::make_shared<{}>();", ref, cls.cpp_name));
        if (cls.is_exception && !cls.init_sets_args) {
            // BaseException.__new__: e.args are the arguments of the call (its __init__ may replace them).
            std::vector<std::string> types, values = {"*created_"};
            for (size_t i = 1; i < init->params.size(); ++i) {
                types.push_back(cpp_type(init->params[i].type));
                values.push_back(args[i]);
            }
            out.add(fmt::format("py::set_exception_args<{}>({});", fmt::join(types, ", "), fmt::join(values, ", ")));
        }
        // An inherited __init__ is the base's (`Shape::init_`), which this struct's own would hide.
        const std::string init_name = init->owner == cls.cpp_name ? "init_" : init->owner + "::init_";
        out.add(fmt::format("{}({});", init_name, fmt::join(args, ", ")));
        out.add("return created_;");
        out.dedent();
        out.add("}");
    }
    for (const auto* init : inits) out.add(signature(*init, true) + ";");
    for (const auto* m : methods) out.add(signature(*m, true) + ";");
    out.add(fmt::format("static constexpr const char* py_name_ = {};", cpp_string_literal(cls.py_name)));
    if (cls.is_exception) {
        // What the runtime asks of an exception: its Python name (a traceback's last line, repr),
        // raising it as its own class, and str()/repr() through the class's __str__/__repr__.
        out.add(fmt::format("const char* type_name() const noexcept override {{ return {}; }}", cpp_string_literal(cls.py_name)));
        out.add("[[noreturn]] void raise_() const override { throw *this; }");
        for (const auto& f : module_.functions) {
            if ((f.member_name != "str_" && f.member_name != "repr_") || f.params.size() != 1 || !f.params[0].type.is(TypeKind::Object) ||
                f.params[0].type.class_name != cls.py_name)
                continue;
            out.add(fmt::format("std::string {}() const override {{ return {}::{}(py::unowned_ref(this)); }}",
                                f.member_name == "str_" ? "message" : "repr", f.owner, f.member_name));
        }
    }
    out.dedent();
    out.add("};");
}

// __eq__ is Python's == (and, inverted, !=) for these objects everywhere, the runtime's containers
// included: an operator== that argument-dependent lookup finds. Written after every struct (a
// specialization for a derived class's objects converts them to the base's).
void ModuleEmitter::emit_class_operators(const ir::ClassDef& cls, Lines& out) const {
    for (const auto& f : module_.functions)
        if (f.owner == cls.cpp_name && f.member_name == "eq_" && f.params.size() == 2 && f.params[0].type == f.params[1].type)
            out.add(fmt::format("inline bool operator==(const {0}& a, const {0}& b) {{ return {1}::eq_(a, b); }}", cpp_type(f.params[0].type),
                                cls.cpp_name));
}

void ModuleEmitter::emit_function(const ir::Function& fn, Lines& out) {
    for (const auto& c : comments_.leading_block(fn.loc.line)) out.add("//" + c);
    comments_.begin(fn.loc.line, fn.end_line);
    if (!fn.docstring.empty()) add_comment_lines(out, clean_docstring(fn.docstring), "/// ");
    line_directive(fn.loc, out);
    out.add(signature(fn) + " {");
    out.indent();
    return_type_ = fn.return_type;
    next_finally_id_ = 1;
    // @functools.lru_cache: the body runs in a lambda the cache calls for an argument tuple it
    // does not hold (its `return`s return from the lambda). `cache_` is in the reserved space.
    const std::string result = fn.return_type.is(TypeKind::None) ? "void" : cpp_type(fn.return_type);
    if (fn.cache_maxsize) {
        std::vector<std::string> types{result}, names;
        for (const auto& p : fn.params) {
            types.push_back(cpp_type(p.type));
            names.push_back(p.reassigned_with_other_type ? p.arg_name : p.cpp_name);
        }
        out.add(fmt::format("// @functools.lru_cache: the result of each argument tuple is computed once{}",
                            *fn.cache_maxsize < 0 ? "" : fmt::format(" ({} kept, the least recently used dropped)", *fn.cache_maxsize)));
        out.add(fmt::format("static py::LruCache<{}> cache_({});", fmt::join(types, ", "), *fn.cache_maxsize));
        out.add(fmt::format("return cache_.get_or_compute({{{}}}, [&]() -> {} {{", fmt::join(names, ", "), result));
        out.indent();
    }
    // The name is in the reserved space (ends in '_', ir/names.hpp), so no user variable can be
    // `recursion_guard_`; and no generated_name uses the suffix "guard".
    if (fn.recursive) out.add("py::RecursionGuard recursion_guard_;  // RecursionError instead of a stack overflow");
    emit_block(fn.body, out, fn.end_line);
    if (fn.may_fall_off_end)
        out.add(fmt::format("throw py::RuntimeError({});", cpp_string_literal(fmt::format(
            "'{}' reached its end without returning a value (Python would return None)", fn.py_name))));
    if (fn.cache_maxsize) {
        out.dedent();
        out.add("});");
    }
    out.dedent();
    out.add("}");
}

void ModuleEmitter::emit_main(Lines& out) {
    out.add("// The module's top-level code and its `if __name__ == \"__main__\":` block.");
    int first = module_.main_loc.valid() ? module_.main_loc.line
                                         : (module_.main_body.empty() ? 0 : module_.main_body.front()->loc.line);
    comments_.begin(first, 1 << 30);
    out.add("void run_main() {");
    out.indent();
    emit_block(module_.main_body, out, 1 << 30);
    out.dedent();
    out.add("}");
}

void ModuleEmitter::emit_block(const ir::Block& block, Lines& out, int end_line) {
    for (const auto& s : block) {
        if (s->loc.valid())
            comments_.emit_before(s->loc.line, [&](const std::string& c) { out.add("//" + c); });
        line_directive(s->loc, out);
        size_t first_line = out.size();
        emit_stmt(*s, out);
        if (s->loc.valid()) {
            std::string trailing = comments_.take_trailing(s->loc.line);
            if (!trailing.empty()) out.append_to(first_line, "  //" + trailing);
        }
    }
    comments_.emit_before(end_line + 1, [&](const std::string& c) { out.add("//" + c); });
}

std::string ModuleEmitter::assignment(const ir::Assign& a) {
    // A fused temporary stays a lazy expression, computed element by element where it is used.
    if (a.lazy) return fmt::format("const auto {} = {};  // lazy: evaluated in its only use", a.cpp_name, exprs_.text(*a.value));
    if (a.declares) {
        // py::list<double> xs = {1.0, 2.5}; -- the declared type already names the list's type.
        const bool display = a.value->kind == ir::ExprKind::TupleMake && a.value->type.is(TypeKind::List) && a.value->type == a.type;
        return fmt::format("{}{} {} = {};", a.maybe_unused ? "[[maybe_unused]] " : "", cpp_type(a.type), a.cpp_name,
                           display ? exprs_.list_display(a.value->as<ir::TupleMake>()) : exprs_.text(*a.value));
    }
    // x = x + e  ->  x += e (store_text).
    auto same_variable = [&](const ir::Expr& lhs) { return lhs.kind == ir::ExprKind::Var && lhs.as<ir::Var>().cpp_name == a.cpp_name; };
    return store_text(a.cpp_name, a.type, *a.value, same_variable);
}

// `target = value`, or `target op= rhs` when value is `target op rhs` for an operator that maps
// to a plain C++ infix operator. Not for arrays: Python's x = x + e makes a new array, while +=
// would write into one others may share.
std::string ModuleEmitter::store_text(const std::string& target, const Type& type, const ir::Expr& value,
                                      const std::function<bool(const ir::Expr&)>& is_target) {
    if (value.kind == ir::ExprKind::Binary && !type.is_array()) {
        const auto& b = value.as<ir::Binary>();
        const char* op = b.op == ir::BinaryOp::Add ? "+=" : b.op == ir::BinaryOp::Sub ? "-=" : b.op == ir::BinaryOp::Mul ? "*=" : nullptr;
        if (op && is_target(*b.lhs) && b.lhs->type == type)
            return fmt::format("{} {} {};", target, op, exprs_.text(*b.rhs));
    }
    return fmt::format("{} = {};", target, exprs_.text(value));
}

std::string ModuleEmitter::range_call(const ir::For& s) {
    if (s.iterable) return exprs_.text(*s.iterable);
    if (!s.start) return fmt::format("py::range({})", exprs_.text(*s.stop));
    if (!s.step) return fmt::format("py::range({}, {})", exprs_.text(*s.start), exprs_.text(*s.stop));
    return fmt::format("py::range({}, {}, {})", exprs_.text(*s.start), exprs_.text(*s.stop), exprs_.text(*s.step));
}

void ModuleEmitter::emit_if(const ir::If& s, Lines& out, bool as_else_if) {
    std::string head = fmt::format("if ({}) {{", exprs_.condition(*s.test));
    if (as_else_if) out.append_to(out.size() - 1, " else " + head);
    else out.add(head);
    out.indent();
    int end = s.orelse.empty() ? 0 : s.orelse.front()->loc.line - 1;
    emit_block(s.body, out, end > 0 ? end - 1 : 0);
    out.dedent();
    out.add("}");
    if (s.orelse.empty()) return;
    // The shape, not only the flag, decides: a test known when compiling may have spliced an
    // elif's branch (any number of statements, or none) into the orelse.
    if (s.is_elif_chain && s.orelse.size() == 1 && s.orelse.front()->kind == ir::StmtKind::If) {
        emit_if(s.orelse.front()->as<ir::If>(), out, true);
        return;
    }
    out.append_to(out.size() - 1, " else {");
    out.indent();
    emit_block(s.orelse, out, 0);
    out.dedent();
    out.add("}");
}

// The C++ class of a Python exception class named in the IR (lowering checked that it exists):
// one of the module's own, or a built-in one.
std::string ModuleEmitter::exception_class(const std::string& python_name) const {
    for (const auto& e : module_.exception_classes)
        if (e.py_name == python_name) return e.cpp_name;
    return exception_cpp_class(python_name).value_or("py::Exception");
}

// A handler's body reads the caught exception (`except E as e`: its first statement is
// `e = py::CaughtException(caught_)`).
bool binds_caught(const ir::Block& body) {
    if (body.empty() || body.front()->kind != ir::StmtKind::Assign) return false;
    const auto& value = *body.front()->as<ir::Assign>().value;
    return value.kind == ir::ExprKind::LibraryCall && value.as<ir::LibraryCall>().qualified_name == "caught";
}

// try { body } catch ...: one catch clause per handler of a single class; when a handler names
// several classes, one clause for py::BaseException that tests the handlers in order (C++ clauses
// cannot list several types, and a rethrow from one clause never reaches the next).
void ModuleEmitter::emit_handlers(const ir::Try& s, Lines& out) {
    const bool one_class_each = std::all_of(s.handlers.begin(), s.handlers.end(), [](const auto& h) { return h.classes.size() <= 1; });
    if (one_class_each) {
        for (const auto& h : s.handlers) {
            const std::string cls = h.classes.empty() ? "py::BaseException" : exception_class(h.classes.front());  // bare except: all
            out.append_to(out.size() - 1, fmt::format(" catch (const {}&{}) {{", cls, binds_caught(h.body) ? " caught_" : ""));
            out.indent();
            emit_block(h.body, out, 0);
            out.dedent();
            out.add("}");
        }
        return;
    }
    out.append_to(out.size() - 1, " catch (const py::BaseException& caught_) {");
    out.indent();
    bool first = true, caught_all = false;
    for (const auto& h : s.handlers) {
        std::vector<std::string> classes;
        for (const auto& c : h.classes) classes.push_back(exception_class(c));
        const bool all = classes.empty() || std::find(classes.begin(), classes.end(), "py::BaseException") != classes.end();
        const std::string head = all ? "{" : fmt::format("if (py::is_instance_of<{}>(caught_)) {{", fmt::join(classes, ", "));
        if (first) out.add(all ? "{" : head);
        else out.append_to(out.size() - 1, " else " + head);
        first = false;
        out.indent();
        emit_block(h.body, out, 0);
        out.dedent();
        out.add("}");
        if (all) {
            caught_all = true;
            break;  // later handlers are unreachable, as in Python
        }
    }
    if (!caught_all) {
        out.append_to(out.size() - 1, " else {");
        out.indent();
        out.add("throw;  // no handler matches: the exception propagates");
        out.dedent();
        out.add("}");
    }
    out.dedent();
    out.add("}");
}

// A return (how 1, `r`), break (2) or continue (3) inside the innermost finally frame: note it and
// jump to the frame's finally block.
void ModuleEmitter::emit_leave(int how, const ir::Return* r, Lines& out) {
    const FinallyFrame& frame = finally_frames_.back();
    out.add("{");
    out.indent();
    if (r && r->value && !return_type_.is(TypeKind::None))
        out.add(fmt::format("returned{}_ = {};", frame.id, exprs_.text(*r->value)));
    else if (r && r->value)
        out.add(exprs_.statement_text(*r->value) + ";");  // a call returning None, for its effects
    out.add(fmt::format("exit{}_ = {};", frame.id, how));
    out.add(fmt::format("goto finally{}_;", frame.id));
    out.dedent();
    out.add("}");
}

// After a frame's finally block: leave the way the try statement was left, through the
// enclosing frame when the jump leaves that one too.
void ModuleEmitter::emit_after_finally(const FinallyFrame& frame, bool returns, bool breaks, bool continues, bool only_returns,
                                       Lines& out) {
    const FinallyFrame* outer = finally_frames_.empty() ? nullptr : &finally_frames_.back();
    const bool value = !return_type_.is(TypeKind::None);
    if (returns) {
        if (outer) {
            out.add(fmt::format("if (exit{}_ == 1) {{", frame.id));
            out.indent();
            if (value) out.add(fmt::format("returned{}_ = std::move(returned{}_);", outer->id, frame.id));
            out.add(fmt::format("exit{}_ = 1;", outer->id));
            out.add(fmt::format("goto finally{}_;", outer->id));
            out.dedent();
            out.add("}");
        } else if (only_returns && !breaks && !continues) {
            // Every way out of the statement returned (or raised, handled above): say so to C++.
            out.add(value ? fmt::format("return *std::move(returned{}_);", frame.id) : return_keyword() + ";");
        } else {
            out.add(value ? fmt::format("if (exit{0}_ == 1) return *std::move(returned{0}_);", frame.id)
                          : fmt::format("if (exit{}_ == 1) {};", frame.id, return_keyword()));
        }
    }
    for (int how : {2, 3}) {
        if ((how == 2 && !breaks) || (how == 3 && !continues)) continue;
        const char* jump = how == 2 ? "break" : "continue";
        // The loop is inside the enclosing frame: leave it here; else through that frame's finally.
        if (outer && outer->loop_depth == frame.loop_depth)
            out.add(fmt::format("if (exit{}_ == {}) {{ exit{}_ = {}; goto finally{}_; }}", frame.id, how, outer->id, how, outer->id));
        else
            out.add(fmt::format("if (exit{}_ == {}) {};", frame.id, how, jump));
    }
}

// try/except/else/finally. `else` runs when the body completed (a flag set at its end: a return,
// break or continue in the body skips it, as in Python); `finally` runs after the statement, with
// an exception that escaped it kept and raised again afterwards (lowering refused return, break
// and continue inside such a statement, which would skip the finally block).
void ModuleEmitter::emit_try(const ir::Try& s, Lines& out) {
    const bool has_finally = !s.finalbody.empty(), has_else = !s.orelse.empty();
    if (has_finally || has_else) {
        out.add("{");
        out.indent();
    }
    // Which ways of leaving early the statement has (returns anywhere; break/continue of a loop
    // around it): the finally frame declares only what they need.
    struct Exits : ir::IRVisitor {
        bool returns = false, breaks = false, continues = false;
        int loops = 0;
        void visit(const ir::Return&) override { returns = true; }
        void visit(const ir::Jump& j) override {
            if (loops > 0) return;
            (j.kind == ir::StmtKind::Break ? breaks : continues) = true;
        }
        void visit(const ir::While& w) override { ++loops; visit_children(w); --loops; }
        void visit(const ir::For& f) override { ++loops; visit_children(f); --loops; }
    } exits;
    if (has_finally) {
        exits.block(s.body);
        exits.block(s.orelse);
        for (const auto& h : s.handlers) exits.block(h.body);
    }
    const FinallyFrame frame{next_finally_id_++, loop_depth_};
    const bool leaves = exits.returns || exits.breaks || exits.continues;
    if (has_finally) {
        out.add("std::exception_ptr pending_;  // an exception that leaves the try, raised again after `finally`");
        if (leaves)
            out.add(fmt::format("[[maybe_unused]] int exit{}_ = 0;  // 1: return, 2: break, 3: continue, after `finally`", frame.id));
        if (exits.returns && !return_type_.is(TypeKind::None))
            out.add(fmt::format("std::optional<{}> returned{}_;", cpp_type(return_type_), frame.id));
        out.add("try {");
        out.indent();
        finally_frames_.push_back(frame);
    }
    if (has_else) out.add("bool completed_ = false;  // the try block ran to its end: run `else`");
    if (s.handlers.empty()) {
        emit_block(s.body, out, 0);
    } else {
        out.add("try {");
        out.indent();
        emit_block(s.body, out, 0);
        if (has_else) out.add("completed_ = true;");
        out.dedent();
        out.add("}");
        emit_handlers(s, out);
    }
    if (has_else) {
        if (s.handlers.empty()) out.add("completed_ = true;");
        out.add("if (completed_) {");
        out.indent();
        emit_block(s.orelse, out, 0);
        out.dedent();
        out.add("}");
    }
    if (has_finally) {
        finally_frames_.pop_back();
        out.dedent();
        out.add("} catch (...) {");
        out.indent();
        out.add("pending_ = std::current_exception();");
        out.dedent();
        out.add("}");
        if (leaves) out.add(fmt::format("finally{}_:", frame.id));
        emit_block(s.finalbody, out, 0);
        out.add("if (pending_) std::rethrow_exception(pending_);");
        emit_after_finally(frame, exits.returns, exits.breaks, exits.continues, s.always_leaves, out);
    }
    if (has_finally || has_else) {
        out.dedent();
        out.add("}");
    }
}

void ModuleEmitter::emit_stmt(const ir::Stmt& stmt, Lines& out) {
    struct Visitor {
        ModuleEmitter& self;
        Lines& out;
        void operator()(const ir::Declare& s) {
            out.add(fmt::format("{}{} {}{{}};", s.maybe_unused ? "[[maybe_unused]] " : "", cpp_type(s.type), s.cpp_name));
        }
        void operator()(const ir::Assign& s) { out.add(self.assignment(s)); }
        void operator()(const ir::TupleAssign& s) {
            // Declarations plus std::tie rather than structured bindings: clang before 16 cannot
            // capture structured bindings in the lambdas the emitter uses for evaluation order.
            std::vector<std::string> names;
            for (const auto& t : s.targets) names.push_back(t.cpp_name);
            for (const auto& t : s.targets)
                if (t.declares)
                    out.add(fmt::format("{}{} {}{{}};", t.maybe_unused ? "[[maybe_unused]] " : "", cpp_type(t.type), t.cpp_name));
            out.add(fmt::format("std::tie({}) = {};", fmt::join(names, ", "), self.exprs_.text(*s.value)));
        }
        void operator()(const ir::FieldAssign& s) {
            // self.x = self.x + e -> self->x += e when the object is a variable (read once either way).
            auto same_field = [&](const ir::Expr& lhs) {
                if (lhs.kind != ir::ExprKind::FieldGet || s.object->kind != ir::ExprKind::Var) return false;
                const auto& f = lhs.as<ir::FieldGet>();
                return f.cpp_field == s.cpp_field && f.object->kind == ir::ExprKind::Var &&
                       f.object->as<ir::Var>().cpp_name == s.object->as<ir::Var>().cpp_name;
            };
            out.add(self.store_text(fmt::format("{}->{}", self.exprs_.operand(*s.object, kPrecPrimary), s.cpp_field), s.value->type, *s.value,
                                    same_field));
        }
        void operator()(const ir::If& s) { self.emit_if(s, out, false); }
        void operator()(const ir::While& s) {
            out.add(fmt::format("while ({}) {{", self.exprs_.condition(*s.test)));
            out.indent();
            ++self.loop_depth_;
            self.emit_block(s.body, out, 0);
            --self.loop_depth_;
            out.dedent();
            out.add("}");
        }
        void operator()(const ir::For& s) {
            if (s.var_outlives_loop) {
                out.add(fmt::format("for ({} {} : {}) {{", cpp_type(s.var_type), generated_name(s.var, "iter"), self.range_call(s)));
                out.indent();
                out.add(fmt::format("{} = {};", s.var, generated_name(s.var, "iter")));
            } else {
                out.add(fmt::format("for ({}{} {} : {}) {{", s.var_unused ? "[[maybe_unused]] " : "", cpp_type(s.var_type), s.var,
                                    self.range_call(s)));
                out.indent();
            }
            ++self.loop_depth_;
            self.emit_block(s.body, out, 0);
            --self.loop_depth_;
            out.dedent();
            out.add("}");
        }
        void operator()(const ir::Jump& s) {
            if (!self.finally_frames_.empty() && self.finally_frames_.back().loop_depth == self.loop_depth_) {
                self.emit_leave(s.kind == ir::StmtKind::Break ? 2 : 3, nullptr, out);  // leaves a try with finally
                return;
            }
            out.add(s.kind == ir::StmtKind::Break ? "break;" : "continue;");
        }
        void operator()(const ir::Return& s) {
            if (!self.finally_frames_.empty()) {
                self.emit_leave(1, &s, out);
                return;
            }
            // A function returning None is `void` in C++: `return g();` of a void call is valid C++,
            // any other None value is just `return;`.
            const bool none = s.value && s.value->type.is(TypeKind::None);
            const bool call = s.value && (s.value->kind == ir::ExprKind::UserCall || s.value->kind == ir::ExprKind::LibraryCall);
            if (self.return_type_.is(TypeKind::Generator)) out.add("co_return;");  // lowering gave it no value
            else if (!s.value || (none && !call)) out.add("return;");
            else if (s.value->kind == ir::ExprKind::TupleMake && s.value->type == self.return_type_ && s.value->type.is(TypeKind::Tuple) &&
                     elements_are_plain_variables(s.value->as<ir::TupleMake>()))
                out.add(fmt::format("return {{{}}};", self.exprs_.tuple_elements(s.value->as<ir::TupleMake>())));  // the declared tuple type
            else out.add(fmt::format("return {};", none ? self.exprs_.statement_text(*s.value) : self.exprs_.text(*s.value)));
        }
        void operator()(const ir::ExprStmt& s) {
            // Only calls are worth a statement; anything else is evaluated for its errors alone.
            bool is_call = s.value->kind == ir::ExprKind::UserCall || s.value->kind == ir::ExprKind::Let ||
                           (s.value->kind == ir::ExprKind::LibraryCall && s.value->type.is(TypeKind::None));
            std::string text = self.exprs_.statement_text(*s.value);
            out.add(is_call ? text + ";" : fmt::format("static_cast<void>({});", text));
        }
        void operator()(const ir::Assert& s) {
            out.add(fmt::format("if (!({})) throw py::AssertionError({});", self.exprs_.condition(*s.test),
                                s.msg ? self.exprs_.text(*s.msg) : ""));
        }
        void operator()(const ir::Raise& s) {
            if (s.reraise && s.reraise->type.is(TypeKind::Object)) out.add(fmt::format("py::raise_object({});", self.exprs_.text(*s.reraise)));
            else if (s.reraise) out.add(fmt::format("{}.raise();", self.exprs_.text(*s.reraise)));
            else if (s.exception.empty()) out.add("throw;");
            else out.add(fmt::format("throw {}({});", self.exception_class(s.exception), s.msg ? self.exprs_.text(*s.msg) : ""));
        }
        void operator()(const ir::Try& s) { self.emit_try(s, out); }
        void operator()(const ir::Yield& s) { out.add(fmt::format("co_yield {};", self.exprs_.text(*s.value))); }
    };
    ir::visit_stmt(stmt, Visitor{*this, out});
}

// Warnings that only a faithful translation of valid Python triggers must not stop a -Werror
// build: `x < x`, `(x & 0) == 1` or `(-2 if c else -6) < -3000000000` are legal Python
// (tautological comparisons, and comparisons decided by the operands' ranges), and
// `def f(): return f()` must build and then raise RecursionError at run time (infinite
// recursion). These pragmas cover this file only — user code, not the runtime headers included above.
void add_generated_code_pragmas(Lines& out) {
    out.add("// Valid Python can be a C++ pattern these warnings flag (x < x; def f(): return f()).");
    out.add("#if defined(__clang__)");
    out.add("#pragma clang diagnostic ignored \"-Wtautological-compare\"");
    out.add("#pragma clang diagnostic ignored \"-Winfinite-recursion\"");
    out.add("#pragma clang diagnostic ignored \"-Wself-assign\"");
    out.add("#elif defined(__GNUC__)");
    out.add("#pragma GCC diagnostic ignored \"-Wpragmas\"");
    out.add("#pragma GCC diagnostic ignored \"-Wtautological-compare\"");
    out.add("#pragma GCC diagnostic ignored \"-Wtype-limits\"");
    out.add("#pragma GCC diagnostic ignored \"-Winfinite-recursion\"");
    out.add("#endif");
    out.add("");
}

std::string namespace_for(const std::string& module_name) {
    std::string ns;
    for (char c : module_name) ns += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (ns.empty() || std::isdigit(static_cast<unsigned char>(ns[0]))) ns = "m_" + ns;
    // Names the program already uses at global scope: the driver's main(), the runtime's py::,
    // and the libraries it includes.
    static const std::set<std::string> taken = {"main", "py", "std", "fmt", "Eigen", "py2cpp"};
    if (taken.count(ns)) ns += "_module";
    return cpp_identifier(ns);
}

std::set<std::string> overloaded_names(const ir::Module& m) {
    std::map<std::string, int> count;
    for (const auto& f : m.functions) {
        ++count[f.cpp_name];
        if (f.member_name == "init_") ++count[f.owner + "::new_"];  // one new_ per __init__
    }
    std::set<std::string> out;
    for (const auto& [name, n] : count)
        if (n > 1) out.insert(name);
    return out;
}

std::string generated_banner(const std::string& source_path) {
    return fmt::format("// Generated by py2cpp from {}. Do not edit: change the Python and regenerate.\n",
                       printable_file_name(source_path));
}

}  // namespace

std::string printable_file_name(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    for (char& c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    return name;
}

std::string module_file_stem(const std::string& module_name) {
    std::string stem;
    for (char c : module_name) stem += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (stem.empty() || std::isdigit(static_cast<unsigned char>(stem[0]))) stem = "m_" + stem;
    // main.cpp is the driver; the program is written in the build tree beside build/python/ (the
    // extension module), CMakeFiles/, Makefile and the targets CMake's generators define there.
    static const std::set<std::string> taken = {"main",          "python",      "CMakeFiles", "Makefile", "all",
                                                "clean",         "help",        "install",    "depend",   "edit_cache",
                                                "rebuild_cache", "preinstall",  "test",       "package",  "package_source",
                                                "list_install_components", "Testing"};
    if (taken.count(stem)) stem += "_module";
    return stem;
}

bool module_uses_arrays(const ir::Module& m) {
    if (m.includes.count("py2cpp/numpy.hpp")) return true;
    for (const auto& c : m.classes)
        for (const auto& f : c.fields)
            if (holds_array(f.type)) return true;
    for (const auto& f : m.functions) {
        if (holds_array(f.return_type)) return true;
        for (const auto& p : f.params)
            if (holds_array(p.type)) return true;
    }
    return false;
}

static bool contains_library_object(const Type& t) {
    return t.is(TypeKind::LibraryObject) || std::any_of(t.elements.begin(), t.elements.end(), contains_library_object);
}

// Whether the header's declarations (fields, closure structs, signatures) name a type a mapping
// table declares (a random Generator, a text file): the header then includes the tables' headers.
static bool header_names_library_types(const ir::Module& m) {
    for (const auto& c : m.classes)
        for (const auto& f : c.fields)
            if (contains_library_object(f.type)) return true;
    for (const auto& c : m.closures)
        for (const auto& [name, type] : c.fields)
            if (contains_library_object(type)) return true;
    for (const auto& f : m.functions) {
        if (contains_library_object(f.return_type)) return true;
        for (const auto& p : f.params)
            if (contains_library_object(p.type)) return true;
    }
    return false;
}

EmittedModule emit_module(const ir::Module& m, const std::string& source_path, bool line_directives) {
    EmittedModule out;
    out.namespace_name = namespace_for(m.name);
    out.file_stem = module_file_stem(m.name);
    const auto overloaded = overloaded_names(m);
    CommentPlacer comments(m.comments);
    ModuleEmitter emitter(m, overloaded, comments);
    if (line_directives) emitter.set_line_file(source_path);

    Lines header;
    header.add("#pragma once");
    header.add("");
    header.add("#include \"py2cpp/runtime.hpp\"");
    if (module_uses_arrays(m)) header.add("#include \"py2cpp/numpy.hpp\"");
    std::set<std::string> includes(m.includes.begin(), m.includes.end());
    includes.erase("py2cpp/runtime.hpp");
    includes.erase("py2cpp/numpy.hpp");  // in the header when used
    auto include_line = [](const std::string& inc) { return fmt::format("#include {}", inc.front() == '<' ? inc : "\"" + inc + "\""); };
    const bool includes_in_header = header_names_library_types(m);
    if (includes_in_header)
        for (const auto& inc : includes) header.add(include_line(inc));
    header.add("");
    if (!m.docstring.empty()) add_comment_lines(header, clean_docstring(m.docstring));
    header.add(fmt::format("namespace {} {{", out.namespace_name));
    header.add("");
    for (const auto& c : m.classes) header.add(fmt::format("struct {};", c.cpp_name));
    if (!m.classes.empty()) header.blank();
    // Functions used as values: a struct of what each captured (empty for a module function); a
    // call through one is a direct call of the function, given the captured values first.
    for (const auto& c : m.closures) {
        header.add(fmt::format("struct {} {{  // {}", c.cpp_name, c.function));
        header.indent();
        for (const auto& [name, type] : c.fields) header.add(fmt::format("{} {};", cpp_type(type), name));
        header.dedent();
        header.add("};");
        header.blank();
    }
    for (const auto& c : m.classes) {
        emitter.emit_class(c, header);
        header.blank();
    }
    for (const auto& c : m.classes) emitter.emit_class_operators(c, header);
    header.blank();
    for (const auto& f : m.functions) {
        if (!f.exported) continue;
        if (!f.docstring.empty()) add_comment_lines(header, clean_docstring(f.docstring), "/// ");
        header.add(emitter.signature(f) + ";");
    }
    if (m.has_main) header.add("void run_main();");
    header.add("");
    header.add(fmt::format("}}  // namespace {}", out.namespace_name));
    out.header = generated_banner(source_path) + header.str();

    Lines source;
    source.add(fmt::format("#include \"{}.hpp\"", out.file_stem));
    source.add("");
    if (!includes_in_header) {
        for (const auto& inc : includes) source.add(include_line(inc));
        if (!includes.empty()) source.add("");
    }
    add_generated_code_pragmas(source);
    source.add(fmt::format("namespace {} {{", out.namespace_name));
    source.add("");
    // Module constants no code reads (clang's -Wunused-const-variable) are [[maybe_unused]].
    struct GlobalReads : ir::IRVisitor {
        std::set<std::string> read;
        void visit(const ir::Var& v) override {
            if (v.var_id < 0) read.insert(v.cpp_name);
        }
    } reads;
    reads.module(m);
    // Prototypes first: a module constant's initializer may call a function of the module.
    bool any_internal = false;
    for (const auto& f : m.functions)
        if (!f.exported && f.owner.empty()) {  // methods are declared in their struct
            source.add(emitter.signature(f) + ";");
            any_internal = true;
        }
    if (any_internal) source.blank();
    for (const auto& g : m.globals) {
        const char* unused = reads.read.count(g.cpp_name) || !g.owner.empty() ? "" : "[[maybe_unused]] ";
        if (g.deferred) {  // assigned by the main program where the source assigns it
            source.add(fmt::format("{}{} {}{{}};", unused, cpp_type(g.type), g.cpp_name));
            continue;
        }
        ExprEmitter exprs(overloaded);
        exprs.render_block = [&emitter](const ir::Block& b) { return emitter.render_block(b); };
        exprs.namespace_scope = true;
        source.add(fmt::format("{}{}{} {} = {};", unused, g.rebound ? "" : "const ", cpp_type(g.value->type), g.cpp_name, exprs.text(*g.value)));
    }
    if (!m.globals.empty()) source.blank();
    for (const auto& f : m.functions) {
        emitter.emit_function(f, source);
        source.blank();
    }
    if (m.has_main) emitter.emit_main(source);
    source.blank();
    source.add(fmt::format("}}  // namespace {}", out.namespace_name));
    out.source = generated_banner(source_path) + source.str();
    return out;
}

}  // namespace py2cpp
