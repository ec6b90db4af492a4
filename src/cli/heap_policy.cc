#include "cli/heap_policy.h"

#include <malloc.h>

namespace galley::cli {

void KeepFreedMemoryForReuse() {
  // Blocks up to 256 MB come from the heap (a larger one is still mapped on its own), and free
  // memory at the heap's top is kept: the process is short-lived, and its peak, which is what
  // a machine must have, does not change.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

}  // namespace galley::cli
