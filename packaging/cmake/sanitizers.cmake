# Sanitizer and fuzzing builds (issue 8). Both are off by default; CI builds
# them with clang as build/asan (see packaging/test-all.sh):
#   cmake -S . -B build/asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
#         -DPAPERSCOPE_SANITIZE=ON -DPAPERSCOPE_FUZZ=ON
# PAPERSCOPE_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every
#   target; the first error aborts the program, so the test that ran it fails.
# PAPERSCOPE_FUZZ: the targets in tests/fuzz link libFuzzer (clang only) and
#   a bounded fuzz run of each becomes a test; without it they are built as
#   plain programs that replay the seed corpus and the regressions.
option(PAPERSCOPE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PAPERSCOPE_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(PAPERSCOPE_SANITIZE)
    # nonnull-attribute: Qt 6.4's own inline QList code hands memcmp() a null
    # pointer with a length of 0 (qarraydataops.h), harmless and not ours.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize=nonnull-attribute -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(PAPERSCOPE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PAPERSCOPE_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
endif()
