#include "cli/heap_policy.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace galley::cli {

namespace {

constexpr size_t kHeapStep = size_t{64} << 20;
constexpr uintptr_t kHugePage = uintptr_t{2} << 20;

// Asks for transparent huge pages over the heap's first step (Debian's kernel gives them to
// regions that ask: /sys/kernel/mm/transparent_hugepage/enabled is "madvise"). What glibc's
// own glibc.malloc.hugetlb=1 does, which can only be set in the environment before the
// process starts. A kernel without them ignores the request.
void AskForHugePages() {
  // A block large enough to make the heap grow by a whole step now, while it is still small.
  void* first = malloc(4 << 20);
  if (first == nullptr) return;
  uintptr_t start = (reinterpret_cast<uintptr_t>(first) + kHugePage - 1) & ~(kHugePage - 1);
  uintptr_t end = reinterpret_cast<uintptr_t>(sbrk(0)) & ~(kHugePage - 1);
  if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
  free(first);
}

}  // namespace

void KeepFreedMemoryForReuse() {
  // Blocks up to 256 MB come from the heap (a larger one is still mapped on its own), and free
  // memory at the heap's top is kept: the process is short-lived, and its peak, which is what
  // a machine must have, does not change.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  // The heap grows 64 MB of address space at a time (pages are only used when touched).
  mallopt(M_TOP_PAD, kHeapStep);
  AskForHugePages();
}

}  // namespace galley::cli
