# Shared part of py2cpp's cross toolchain files (cmake/toolchain-<target>.cmake): a Linux target
# built with Debian's GNU cross compiler <PY2CPP_TRIPLE>-g++, linked statically so the executable
# runs on a board with nothing else installed, and run on the build machine under qemu-user.
#
# A toolchain file sets, then includes this file:
#   PY2CPP_TRIPLE        the GNU triple; the compiler is ${PY2CPP_TRIPLE}-g++ (Debian: g++-${PY2CPP_TRIPLE})
#   PY2CPP_PROCESSOR     CMAKE_SYSTEM_PROCESSOR (aarch64, arm, riscv64, ...)
#   PY2CPP_TARGET_FLAGS  CPU/ABI flags for every compile and link (may be empty)
#   PY2CPP_EMULATOR      qemu-user's program for the target (qemu-aarch64, qemu-arm, ...)
# `py2cpp build --target <target>` reads the `set(PY2CPP_TRIPLE ...)` line to check for the compiler.

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${PY2CPP_PROCESSOR})
set(CMAKE_C_COMPILER ${PY2CPP_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${PY2CPP_TRIPLE}-g++)
set(CMAKE_C_FLAGS_INIT "${PY2CPP_TARGET_FLAGS}")
set(CMAKE_CXX_FLAGS_INIT "${PY2CPP_TARGET_FLAGS}")
# Static: glibc, libstdc++ and libgomp (OpenMP) come from the cross compiler's packages and end up
# inside the executable.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
# ... so libraries found by find_library/find_package are static archives. FindOpenMP takes the
# paths of libgomp (and, on RISC-V, libatomic) from the compiler's link line, which names the .so
# files: give it the archives (OpenMP_<lib>_LIBRARY is FindOpenMP's documented cache variable).
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
foreach(lib gomp atomic)
  execute_process(COMMAND ${PY2CPP_TRIPLE}-g++ -print-file-name=lib${lib}.a OUTPUT_VARIABLE archive
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(IS_ABSOLUTE "${archive}")
    set(OpenMP_${lib}_LIBRARY "${archive}" CACHE FILEPATH "lib${lib} for static executables")
  endif()
endforeach()

# Libraries and package configurations for the target come from its sysroot only (the build
# machine's x86-64 libraries would not link); programs (cmake, ...) from the build machine.
set(CMAKE_FIND_ROOT_PATH /usr/${PY2CPP_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# How to run target executables here (CMake's own variable; ctest uses it too, and so does
# `py2cpp validate --target`, which reads it from the build's CMakeCache.txt). -L lets qemu find a
# dynamically linked program's loader and libraries; static executables do not need it.
set(CMAKE_CROSSCOMPILING_EMULATOR "${PY2CPP_EMULATOR};-L;/usr/${PY2CPP_TRIPLE}" CACHE STRING
    "Runs target executables on the build machine")
