// Where the tests find the repository, their data and the built galley binary. The absolute
// paths are compiled into test_paths.cc alone, so that every other test file compiles to the
// same bytes in any folder: a fresh clone's build (CI's clone test) gets them from ccache
// instead of compiling them again.
#pragma once

#include <string>

namespace galley::testing {

// The repository's root folder.
std::string SourceDir();
// tests/data in the repository.
std::string TestDataDir();
// The galley binary the build made.
std::string GalleyBinary();

}  // namespace galley::testing
