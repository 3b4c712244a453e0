// Helpers shared by the transpiler's unit tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "driver/pipeline.hpp"

namespace py2cpp::testing {

// Writes `source` to a fresh temporary .py file and transpiles it.
inline TranspileResult transpile_source(const std::string& source, const std::string& name = "case",
                                        std::vector<std::string> sigs = {}) {
    ::setenv("PY2CPP_HOME", PY2CPP_SOURCE_DIR, 0);
    // One directory per process: ctest runs each test as its own process, in parallel.
    auto dir = std::filesystem::temp_directory_path() / ("py2cpp-unit-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto path = dir / (name + ".py");
    std::ofstream(path) << source;
    TranspileOptions options;
    options.input = path.string();
    options.signatures = std::move(sigs);
    options.want_ir_json = true;  // ir_of reads it
    return transpile(options);
}

inline nlohmann::json ir_of(const std::string& source) {
    auto result = transpile_source(source);
    if (!result.project) return nlohmann::json{{"error", result.diagnostics}};
    return nlohmann::json::parse(result.ir_json);
}

// The specialization of `name` whose parameter types are `params` (e.g. {"int", "float"}).
inline nlohmann::json function_of(const nlohmann::json& ir, const std::string& name, std::vector<std::string> params) {
    for (const auto& f : ir.value("functions", nlohmann::json::array())) {
        if (f["name"] != name || f["params"].size() != params.size()) continue;
        bool same = true;
        for (size_t i = 0; i < params.size(); ++i) same = same && f["params"][i]["type"] == params[i];
        if (same) return f;
    }
    return nullptr;
}

}  // namespace py2cpp::testing
