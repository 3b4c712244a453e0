#include "emit/comment_placer.hpp"

#include <algorithm>

namespace py2cpp {

static bool is_directive(const ast::Comment& c) {
    std::string t = c.text;
    t.erase(0, t.find_first_not_of(' '));
    return t.rfind("pythran export", 0) == 0 || t.rfind('!', 0) == 0 || t.find("-*- coding") != std::string::npos;
}

CommentPlacer::CommentPlacer(std::vector<ast::Comment> comments) {
    for (auto& c : comments)
        if (!is_directive(c)) entries_.push_back({std::move(c), false});
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.comment.line < b.comment.line; });
}

void CommentPlacer::begin(int first, int last) {
    first_ = first;
    last_ = last;
    for (auto& e : entries_)
        if (e.comment.line >= first && e.comment.line <= last) e.emitted = false;
}

void CommentPlacer::emit_before(int line, const std::function<void(const std::string&)>& sink) {
    for (auto& e : entries_) {
        if (e.emitted || !e.comment.own_line || e.comment.line < first_ || e.comment.line > last_ || e.comment.line >= line) continue;
        e.emitted = true;
        sink(e.comment.text);
    }
}

std::string CommentPlacer::take_trailing(int line) {
    for (auto& e : entries_) {
        if (!e.emitted && !e.comment.own_line && e.comment.line == line && line >= first_ && line <= last_) {
            e.emitted = true;
            return e.comment.text;
        }
    }
    return {};
}

std::vector<std::string> CommentPlacer::leading_block(int line) const {
    std::vector<std::string> out;
    for (int l = line - 1; l > 0; --l) {
        auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.comment.line == l && e.comment.own_line; });
        if (it == entries_.end()) break;
        out.insert(out.begin(), it->comment.text);
    }
    return out;
}

}  // namespace py2cpp
