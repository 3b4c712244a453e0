// --python-module: the prerequisite check of the interpreter (Python.h and NumPy's headers) and
// which parameter types the extension converts.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "diag/diagnostics.hpp"
#include "driver/pipeline.hpp"
#include "emit/python_module_writer.hpp"

namespace fs = std::filesystem;
using namespace py2cpp;

namespace {

std::string failure_of(const std::string& python) {
    try {
        check_python_module_prerequisites(python);
    } catch (const ToolError& e) {
        return e.message;
    }
    return {};
}

}  // namespace

TEST(PythonModule, DebiansInterpreterHasTheHeaders) {
    if (!fs::exists("/usr/include/python3.11/Python.h")) GTEST_SKIP() << "python3-dev is not installed";
    EXPECT_EQ(failure_of("/usr/bin/python3"), "");
}

TEST(PythonModule, MissingInterpreterIsAnErrorWithAHint) {
    const std::string message = failure_of("/nonexistent/python3");
    EXPECT_NE(message.find("--python-module needs Python's headers and NumPy's C API"), std::string::npos) << message;
    EXPECT_NE(message.find("apt-get install python3-dev python3-numpy"), std::string::npos) << message;
}

TEST(PythonModule, InterpreterWithoutNumpyIsAnError) {
    // Debian's interpreter without site-packages (-S) cannot import NumPy.
    const fs::path fake = fs::temp_directory_path() / ("py2cpp-python-no-numpy-" + std::to_string(::getpid()));
    {
        std::ofstream out(fake);
        out << "#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n";
    }
    fs::permissions(fake, fs::perms::owner_all);
    const std::string message = failure_of(fake.string());
    fs::remove(fake);
    EXPECT_NE(message.find("numpy (not importable)"), std::string::npos) << message;
}

TEST(PythonModule, AcceptedParameterTypes) {
    EXPECT_TRUE(python_module_accepts(Type::of(TypeKind::Float)));
    EXPECT_TRUE(python_module_accepts(Type::of(TypeKind::Int)));
    EXPECT_TRUE(python_module_accepts(Type::of(TypeKind::None)));
    EXPECT_TRUE(python_module_accepts(Type::array(DType::Int32, 2)));
    EXPECT_FALSE(python_module_accepts(Type::array(DType::Complex128, 1)));
    EXPECT_FALSE(python_module_accepts(Type::of(TypeKind::Slice)));
}
