#include "base/stable_hash.h"

#include <bit>
#include <cstdio>
#include <cstring>

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

namespace {

constexpr uint64_t kPrime1 = 0x9e3779b185ebca87ULL;  // xxHash64's primes
constexpr uint64_t kPrime2 = 0xc2b2ae3d27d4eb4fULL;

uint64_t LittleEndian64(const unsigned char* bytes) {
  uint64_t word;
  std::memcpy(&word, bytes, sizeof word);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
  return word;
}

uint64_t Round(uint64_t lane, uint64_t word) {
  lane += word * kPrime2;
  lane = (lane << 31) | (lane >> 33);
  return lane * kPrime1;
}

uint64_t Avalanche(uint64_t value) {  // MurmurHash3's fmix64
  value ^= value >> 33;
  value *= 0xff51afd7ed558ccdULL;
  value ^= value >> 33;
  value *= 0xc4ceb9fe1a85ec53ULL;
  return value ^ (value >> 33);
}

}  // namespace

Hash128 WordHash128(std::string_view data, Hash128 seed) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  uint64_t high = seed.high, low = seed.low;
  size_t at = 0;
  for (; at + 16 <= data.size(); at += 16) {
    high = Round(high, LittleEndian64(bytes + at));
    low = Round(low, LittleEndian64(bytes + at + 8));
  }
  unsigned char tail[16] = {};
  for (size_t i = 0; at + i < data.size(); ++i) tail[i] = bytes[at + i];
  high = Round(high, LittleEndian64(tail) ^ data.size());
  low = Round(low, LittleEndian64(tail + 8));
  high = Avalanche(high + low);
  low = Avalanche(low ^ high);
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
