// The `main` of the programs py2cpp generates; the generated main.cpp only lists what varies per
// module (its exported functions, or its `__main__` block).
//
// Modules with a `__main__` block: `py::cli::run_program(argc, argv, ns::run_main)` sets sys.argv,
// runs it, and ends an uncaught Python exception as Python does (its last traceback line, status 1).
//
// Modules without one: `py::cli::run_functions(argc, argv, "prog", {py::cli::function(...), ...})`
// implements `prog [--npy-out DIR] [--time] FUNCTION ARG...` and `prog --check DIR`
// (reference_check.hpp: the program compares itself with a saved reference, no Python needed).
// It calls the first exported
// specialization whose parameters all parse the arguments (cli.hpp; arrays are .npy files,
// cli_arrays.hpp), prints the result like print(), or with --npy-out writes it as .npy files and
// result.json (result_writer.hpp). --time (or --npy-out) prints `py2cpp-call-seconds:` (the call
// alone) and last `py2cpp-peak-rss-kib:` (VmHWM) on stderr: the validation harness and the
// benchmarks read them. When no specialization takes the arguments it says why, naming the
// argument, what was expected and what was given (exit status 2):
//     prog: error: f: argument 2 (S): expected a float64 array of rank 1, got int64 rank 2 from 'x.npy'
//
// Include cli_arrays.hpp before this header when a parameter is an array: parse() and mismatch()
// are found by ordinary lookup when the templates below are defined.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <new>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/cli.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/print.hpp"
#include "py2cpp/reference_check.hpp"
#include "py2cpp/result_writer.hpp"
#include "py2cpp/sys.hpp"
#include "py2cpp/tuple_apply.hpp"

namespace py::cli {

struct Options {
    std::string npy_out;  // write the result here as .npy files + result.json instead of printing it
    bool time = false;    // print the call's wall time and the peak RSS on stderr
    std::vector<py::check::Leaf>* collect = nullptr;  // --check: flatten the result here instead
};

// One exported specialization: its Python name, its signature as the usage text shows it, its
// parameter names, and how to call it with command-line arguments.
struct Function {
    std::string name;
    std::string signature;
    std::vector<std::string> params;
    // Parses the arguments and calls; false (nothing called) when an argument does not parse.
    std::function<bool(const std::vector<std::string>& args, const Options& options)> call;
    // Why the arguments do not parse: "argument K (NAME): expected ..., got ...".
    std::function<std::string(const std::vector<std::string>& args)> mismatch;
};

namespace detail {

template <class F>
struct callable_traits : callable_traits<decltype(&F::operator())> {};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...) const> {
    using result = R;
    using values = std::tuple<std::decay_t<A>...>;
};

// The call's own time, without reading the inputs and writing the result.
inline void report_call_time(const Options& options, std::chrono::steady_clock::time_point start) {
    if (!options.time && options.npy_out.empty()) return;
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::fprintf(stderr, "py2cpp-call-seconds: %.9f\n", elapsed.count());
}

// The process's peak resident set (Linux: VmHWM in /proc/self/status, this program's own
// high-water mark; under qemu-user, the emulator's), printed last.
inline int report_peak_memory(const Options& options, int status) {
    if (!options.time && options.npy_out.empty()) return status;
    if (std::FILE* file = std::fopen("/proc/self/status", "r")) {
        char line[256];
        long kib = 0;
        while (std::fgets(line, sizeof line, file))
            if (std::sscanf(line, "VmHWM: %ld", &kib) == 1) std::fprintf(stderr, "py2cpp-peak-rss-kib: %ld\n", kib);
        std::fclose(file);
    }
    return status;
}

// Parses every argument into `values`, in order, stopping at the first that does not parse.
template <class Values, std::size_t... I>
bool parse_all(const std::vector<std::string>& args, Values& values, std::index_sequence<I...>) {
    return (parse(args[I], std::get<I>(values)) && ...);
}

// "argument K (NAME): WHY", built by appending (GCC 12 misreports chained operator+ on strings
// as overlapping copies at -O2 on 32-bit targets).
inline std::string argument_mismatch(std::size_t index, const std::string& param, const std::string& why) {
    std::string text = "argument ";
    text += std::to_string(index + 1);
    text += " (";
    text += param;
    text += "): ";
    text += why;
    return text;
}

// The first argument that does not parse, described; empty when all do.
template <class Values, std::size_t... I>
std::string first_mismatch(const std::vector<std::string>& args, const std::vector<std::string>& params, std::index_sequence<I...>) {
    Values values{};
    std::string why;
    ((why.empty() && !parse(args[I], std::get<I>(values)) ? (void)(why = argument_mismatch(I, params[I], mismatch(args[I], std::get<I>(values))))
                                                          : (void)0),
     ...);
    return why;
}

}  // namespace detail

// `call` is a lambda whose parameters are the specialization's C++ parameter types.
template <class F>
Function function(std::string name, std::string signature, std::vector<std::string> params, F call) {
    using traits = detail::callable_traits<F>;
    using Values = typename traits::values;
    constexpr std::size_t n = std::tuple_size_v<Values>;
    Function f{std::move(name), std::move(signature), std::move(params), {}, {}};
    f.call = [call](const std::vector<std::string>& args, const Options& options) {
        Values values{};
        if (args.size() != n || !detail::parse_all(args, values, std::make_index_sequence<n>{})) return false;
        const auto start = std::chrono::steady_clock::now();
        if constexpr (std::is_void_v<typename traits::result>) {
            py::detail::apply_tuple(call, std::move(values));
            detail::report_call_time(options, start);
            if (options.collect) py::check::detail::flatten(py::None, "result", *options.collect);
            else if (!options.npy_out.empty()) py::npy::write_result(options.npy_out, py::None);
        } else {
            const auto result = py::detail::apply_tuple(call, std::move(values));
            detail::report_call_time(options, start);
            if (options.collect) py::check::detail::flatten(result, "result", *options.collect);
            else if (options.npy_out.empty()) py::print(result);
            else py::npy::write_result(options.npy_out, result);
        }
        return true;
    };
    f.mismatch = [params = f.params](const std::vector<std::string>& args) {
        return detail::first_mismatch<Values>(args, params, std::make_index_sequence<n>{});
    };
    return f;
}

namespace detail {

inline void print_usage(const std::string& program, const std::vector<Function>& functions) {
    std::string names;
    for (const auto& f : functions) names += (names.empty() ? "" : ", ") + f.signature;
    std::fprintf(stderr,
                 "usage: %s [--npy-out DIR] [--time] FUNCTION ARG...\n"
                 "       %s --check DIR   (compare with a reference saved by py2cpp validate --save-reference DIR)\n"
                 "  array arguments are .npy files\n"
                 "  functions: %s\n",
                 program.c_str(), program.c_str(), names.c_str());
}

// Says why no specialization of `name` takes the arguments (nothing when there is no such name).
inline void explain_no_match(const std::string& program, const std::string& name, const std::vector<std::string>& args,
                             const std::vector<Function>& functions) {
    std::vector<const Function*> same_name, same_arity;
    for (const auto& f : functions)
        if (f.name == name) {
            same_name.push_back(&f);
            if (f.params.size() == args.size()) same_arity.push_back(&f);
        }
    if (same_name.empty()) return;
    if (same_arity.empty()) {
        std::string counts;
        for (const Function* f : same_name) counts += (counts.empty() ? "" : " or ") + std::to_string(f->params.size());
        std::fprintf(stderr, "%s: error: %s takes %s argument(s), got %zu\n", program.c_str(), name.c_str(), counts.c_str(),
                     args.size());
    } else if (same_arity.size() == 1) {
        std::fprintf(stderr, "%s: error: %s: %s\n", program.c_str(), name.c_str(), same_arity[0]->mismatch(args).c_str());
    } else {
        std::fprintf(stderr, "%s: error: no specialization of %s takes these arguments:\n", program.c_str(), name.c_str());
        for (const Function* f : same_arity)
            std::fprintf(stderr, "  %s: %s\n", f->signature.c_str(), f->mismatch(args).c_str());
    }
}

// Ends the program on an uncaught Python exception as Python does: stdout first, then the last
// line of the traceback on stderr, exit status 1.
inline int report_exception(const py::BaseException& e) {
    std::fflush(stdout);
    py::report_uncaught(e);
    return 1;
}

}  // namespace detail

inline int run_functions(int argc, char** argv, const std::string& program, std::initializer_list<Function> list) {
    const std::vector<Function> functions(list);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "--check") {
        if (args.size() != 2) {
            std::fprintf(stderr, "%s: --check takes one argument: the reference directory\n", program.c_str());
            return 2;
        }
        return py::check::check_reference(program, args[1], [&](const std::string& name, const std::vector<std::string>& call_args,
                                                                 std::vector<py::check::Leaf>& leaves) {
            Options collecting;
            collecting.collect = &leaves;
            for (const auto& f : functions)
                if (f.name == name && f.call(call_args, collecting)) return true;
            return false;
        });
    }
    Options options;
    while (!args.empty() && (args[0] == "--npy-out" || args[0] == "--time")) {
        if (args[0] == "--time") {
            options.time = true;
            args.erase(args.begin());
            continue;
        }
        if (args.size() < 2) {
            std::fprintf(stderr, "%s: --npy-out needs a directory\n", program.c_str());
            return 2;
        }
        options.npy_out = args[1];
        args.erase(args.begin(), args.begin() + 2);
    }
    const std::string name = args.empty() ? std::string() : args[0];
    if (!args.empty()) args.erase(args.begin());
    try {
        for (const auto& f : functions)
            if (f.name == name && f.call(args, options)) return detail::report_peak_memory(options, 0);
        detail::explain_no_match(program, name, args, functions);
        detail::print_usage(program, functions);
        return detail::report_peak_memory(options, 2);
    } catch (const py::SystemExit& e) {  // sys.exit(): its status, as in Python
        const int status = py::report_system_exit(e);
        return detail::report_peak_memory(options, status);
    } catch (const py::BaseException& e) {
        std::fflush(stdout);
        detail::report_peak_memory(options, 1);
        py::report_uncaught(e);
        return 1;
    } catch (const std::bad_alloc&) {  // any allocation that failed: Python's MemoryError
        detail::report_peak_memory(options, 1);
        py::report_out_of_memory();
        return 1;
    }
}

// Runs the module's top-level code; an uncaught Python exception ends the program as in Python.
inline int run_program(int argc, char** argv, void (*run_main)()) {
    py::sys::set_argv(argc, argv);
    try {
        run_main();
    } catch (const py::SystemExit& e) {  // sys.exit(code), raise SystemExit: the program ends with its status
        return py::report_system_exit(e);
    } catch (const py::BaseException& e) {
        return detail::report_exception(e);
    } catch (const std::bad_alloc&) {  // any allocation that failed: Python's MemoryError
        py::report_out_of_memory();
        return 1;
    }
    return 0;
}

}  // namespace py::cli
