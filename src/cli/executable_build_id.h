// The running galley's build ID: the hash of the executable's contents that the linker writes
// into it as a GNU build-id note (ld --build-id, on by default in Debian's toolchain). A
// catalogue build fingerprints galley by it instead of hashing the executable's bytes, which
// are some 42 MB since it links its libraries statically (cmake/static_libraries.cmake):
// reading and hashing them took 0.3 s of every catalogue build, a no-op one included.
#pragma once

#include <string>

namespace galley::cli {

// Lower-case hex digits, or "" when the executable carries no build-id note.
std::string ExecutableBuildId();

}  // namespace galley::cli
