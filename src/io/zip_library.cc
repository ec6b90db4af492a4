#include "io/zip_library.h"

#include <dlfcn.h>

#include <string>

namespace galley {

namespace {

// The library's file name with its ABI version (its SONAME, found by CMake from the library it
// was built against), so that a libzip of another ABI is never opened.
constexpr const char* kLibZip = GALLEY_LIBZIP_SONAME;

struct Loaded {
  ZipLibrary library;
  std::string error;  // empty when every function was found
};

Loaded Load() {
  Loaded loaded;
  // RTLD_LOCAL: libzip's symbols serve this table only. Never closed: the process ends first.
  void* handle = dlopen(kLibZip, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    loaded.error = std::string("cannot load ") + kLibZip + " (" + (why ? why : "unknown") + ")";
    return loaded;
  }
#define GALLEY_ZIP_LOOKUP(name)                                                            \
  loaded.library.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));         \
  if (loaded.library.name == nullptr && loaded.error.empty()) {                            \
    loaded.error = std::string(kLibZip) + " has no " #name;                                 \
  }
  GALLEY_ZIP_FUNCTIONS(GALLEY_ZIP_LOOKUP)
#undef GALLEY_ZIP_LOOKUP
  return loaded;
}

}  // namespace

Result<const ZipLibrary*> LoadZipLibrary() {
  static const Loaded loaded = Load();  // once per process; never changed after
  if (!loaded.error.empty()) {
    return IoError(kLibZip, loaded.error,
                   "install Debian's libzip4 (scripts/install-deps.sh installs libzip-dev)");
  }
  return &loaded.library;
}

}  // namespace galley
