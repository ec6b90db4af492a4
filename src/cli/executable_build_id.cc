#include "cli/executable_build_id.h"

#include <elf.h>
#include <link.h>

#include <cstring>

namespace galley::cli {

namespace {

// The build-id note among the notes of one PT_NOTE segment, as hex; "" when there is none.
std::string BuildIdIn(const unsigned char* notes, size_t size) {
  size_t offset = 0;
  auto padded = [](size_t n) { return (n + 3) & ~size_t{3}; };
  while (offset + sizeof(ElfW(Nhdr)) <= size) {
    ElfW(Nhdr) header;
    std::memcpy(&header, notes + offset, sizeof header);
    size_t name = offset + sizeof header;
    size_t description = name + padded(header.n_namesz);
    size_t next = description + padded(header.n_descsz);
    if (next > size) break;
    if (header.n_type == NT_GNU_BUILD_ID && header.n_namesz == 4 &&
        std::memcmp(notes + name, "GNU", 4) == 0) {
      static constexpr char kHex[] = "0123456789abcdef";
      std::string hex;
      for (size_t i = 0; i < header.n_descsz; ++i) {
        hex.push_back(kHex[notes[description + i] >> 4]);
        hex.push_back(kHex[notes[description + i] & 15]);
      }
      return hex;
    }
    offset = next;
  }
  return "";
}

// dl_iterate_phdr reports the executable first; its notes are mapped with it.
int FromExecutable(dl_phdr_info* info, size_t, void* data) {
  auto* build_id = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum && build_id->empty(); ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_NOTE) continue;
    *build_id = BuildIdIn(
        reinterpret_cast<const unsigned char*>(info->dlpi_addr + segment.p_vaddr),
        segment.p_memsz);
  }
  return 1;  // the executable only, never a shared library's note
}

}  // namespace

std::string ExecutableBuildId() {
  std::string build_id;
  dl_iterate_phdr(FromExecutable, &build_id);
  return build_id;
}

}  // namespace galley::cli
