#include "base/stable_hash.h"

#include <cstdio>

namespace galley {

uint64_t Fnv1a64(std::string_view data, uint64_t seed) {
  uint64_t hash = seed;
  for (unsigned char byte : data) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

Hash128 Fnv1a128(std::string_view data, Hash128 seed) {
  uint64_t high = seed.high, low = seed.low;
  for (unsigned char byte : data) {
    high = (high ^ byte) * 0x100000001b3ULL;
    low = (low ^ byte) * 0x100000001b3ULL;
  }
  return {high, low};
}

std::string NameBasedUuid(std::initializer_list<std::string_view> parts) {
  // Parts are joined with a unit separator so that ("ab", "c") and ("a", "bc") differ.
  std::string joined;
  for (std::string_view part : parts) {
    joined.append(part);
    joined.push_back('\x1f');
  }
  uint64_t high = Fnv1a64(joined);
  uint64_t low = Fnv1a64(joined, high ^ 0x9e3779b97f4a7c15ULL);
  high = (high & ~0xF000ULL) | 0x8000ULL;                       // version 8
  low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC variant
  char text[37];
  std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx",
                static_cast<unsigned>(high >> 32), static_cast<unsigned>((high >> 16) & 0xFFFF),
                static_cast<unsigned>(high & 0xFFFF), static_cast<unsigned>(low >> 48),
                static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
  return text;
}

}  // namespace galley
