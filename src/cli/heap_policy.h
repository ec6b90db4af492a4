// How the galley process asks glibc's malloc to manage its heap. A book is made of many
// allocations that grow, are freed and are made again paragraph by paragraph and page by page
// (breakpoint lists, item lists, glyph runs). By default glibc serves every block of 128 KB or
// more with its own mmap, which the kernel must fault in page by page and which munmap gives
// back at free, and returns the top of the heap to the system whenever 128 KB of it is free, to
// fault it in again for the next paragraph. Keeping both in the heap cut the pamphlet's PDF
// from 2,150 page faults to 1,950 and its CPU time by about 8 % on the 2-core machine, the long
// book's by a few per cent, with the same peak memory. The heap's first 64 MB (all of the
// pamphlet's, two thirds of the long book's) are then given transparent huge pages: 1,100 to
// 1,450 faults, and another 15 % off the pamphlet's CPU time and 10 % off the long book's, for
// 1 MB more peak memory on the pamphlet and none on the long book (bench/README.md, "Start-up").
#pragma once

namespace galley::cli {

// Large blocks from the heap, freed memory kept for reuse, huge pages asked for; called once,
// first thing in main.
void KeepFreedMemoryForReuse();

}  // namespace galley::cli
