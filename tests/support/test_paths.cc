#include "support/test_paths.h"

namespace galley::testing {

std::string SourceDir() { return GALLEY_SOURCE_DIR; }

std::string TestDataDir() { return GALLEY_TESTDATA_DIR; }

std::string GalleyBinary() { return GALLEY_BINARY; }

}  // namespace galley::testing
