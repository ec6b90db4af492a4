// Hashes whose values never change between runs, machines or compilers: used for cache keys
// and for identifiers that must stay the same from one build of a book to the next.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace galley {

// FNV-1a, 64 bits (Fowler/Noll/Vo). Not cryptographic; fast and stable.
uint64_t Fnv1a64(std::string_view data, uint64_t seed = 0xcbf29ce484222325ULL);

// 128 bits as two FNV-1a lanes with different offsets, computed in one pass: the two
// multiply chains run side by side, so it costs about what one 64-bit hash does.
struct Hash128 {
  uint64_t high = 0;
  uint64_t low = 0;
  friend bool operator==(const Hash128&, const Hash128&) = default;
};
Hash128 Fnv1a128(std::string_view data, Hash128 seed = {0x84222325cbf29ce4ULL,
                                                        0xcbf29ce484222325ULL});

// 128 bits read eight bytes at a time (little-endian, so the same on every machine), each
// lane a multiply-and-rotate chain finished with MurmurHash3's avalanche and mixed with the
// other: about a tenth of Fnv1a128's time on a large file, for cache keys of font files that
// every EPUB build hashes (epub/content_cache.h). Not cryptographic; guards against change.
Hash128 WordHash128(std::string_view data, Hash128 seed = {0x9e3779b97f4a7c15ULL,
                                                           0xc2b2ae3d27d4eb4fULL});

// A name-based UUID (RFC 9562 version 8, "custom") from the given parts: the same parts give
// the same UUID forever. Formatted "xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx", lower case.
std::string NameBasedUuid(std::initializer_list<std::string_view> parts);

}  // namespace galley
