// The fields of the module's classes, as inference discovers them (infer/lower_classes.cpp).
//
// A Python object gets its attributes from assignments `self.x = value` anywhere in its methods
// (and `obj.x = value` elsewhere). py2cpp gives each class one C++ struct, so each field has one
// type: the join of every value assigned to it (an int field that is also assigned a float is a
// float; an empty list field takes the element type of its first append). The types are found
// while lowering: a field is created by its first assignment, and widened by a later one. A
// widening may change code already lowered with the narrower type, so infer_module lowers the
// whole module again (keeping the widened types) until no field changes.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "ir/ir.hpp"
#include "ir/types.hpp"

namespace py2cpp {

struct ClassLayouts {
    // The structs of functions used as values (infer/lower_closures.cpp), by Type::to_string of
    // the value's type; kept across rounds like the layouts.
    std::map<std::string, size_t> closure_index;
    std::vector<ir::ClosureStruct> closures;
    struct Field {
        std::string name;
        Type type;
        SourceLoc first;  // its first assignment (for messages)
        // Widened from int (or bool) to float: objects that Python gives an int print it as 3.0.
        std::optional<SourceLoc> numbers_joined;
    };
    struct Layout {
        std::vector<Field> fields;  // in the order of their first assignment
        bool constructed = false;  // an object of it is made somewhere: its struct is emitted
        bool declared = false;  // its struct is needed for a static method or a class attribute
    };
    std::map<std::string, Layout> classes;
    // A field's type changed after it was created (in this round of inference): what was lowered
    // with the old type is stale, and the module is lowered again.
    bool widened = false;
    // Fields read (class, field) before any assignment to them was seen in this round: if an
    // assignment comes later in the round, the next round knows the field from the start.
    std::set<std::pair<std::string, std::string>> missed;
    // (class, dunder) refused in this round (prepare_class): reported once.
    std::set<std::pair<std::string, std::string>> refused;
    // Module-level containers made empty (`results = []`) whose element types the program decided
    // (results.append(x) in the main program or a function): the next round makes them with it.
    // A change sets `widened`, like a field's.
    std::map<std::string, Type> global_types;

    // Python's e.args of exceptions: the tuple types each exception class (of the module or
    // built-in) is given by the program (its raise statements, constructions and super().__init__
    // calls), keyed by Type::to_string, in this round and in the round before. A read of e.args
    // is typed from what both rounds saw; a round whose records differ from the one before, after
    // a read, makes another round (lowered with the complete records).
    using ArgsRecords = std::map<std::string, std::map<std::string, Type>>;
    ArgsRecords exception_args, exception_args_before;
    bool args_read = false;

    bool needs_another_round() {
        if (widened) return true;
        if (args_read && exception_args != exception_args_before) return true;
        for (const auto& [cls, field] : missed)
            if (find(cls, field)) return true;
        return false;
    }

    // Single inheritance (class -> base): the fields of a hierarchy live in its root class, so that
    // a method of the base reads the same field through an object of any class of it.
    std::map<std::string, std::string> bases;
    std::string root(std::string class_name) const {
        for (auto it = bases.find(class_name); it != bases.end(); it = bases.find(class_name)) class_name = it->second;
        return class_name;
    }
    // A class became constructed in this round: calls of overridden methods dispatch over the
    // constructed classes, so a class of a hierarchy constructed late makes another round.
    void mark_constructed(const std::string& class_name) {
        Layout& layout = classes[class_name];
        if (!layout.constructed && (bases.count(class_name) || has_subclass(class_name))) widened = true;
        layout.constructed = true;
    }
    bool has_subclass(const std::string& class_name) const {
        for (const auto& [derived, base] : bases)
            if (base == class_name) return true;
        return false;
    }

    Field* find(const std::string& class_name, const std::string& field) {
        auto it = classes.find(root(class_name));
        if (it == classes.end()) return nullptr;
        for (auto& f : it->second.fields)
            if (f.name == field) return &f;
        return nullptr;
    }
};

}  // namespace py2cpp
