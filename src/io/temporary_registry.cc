#include "io/temporary_registry.h"

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace galley {
namespace {

// A build holds three outputs at once (EPUB, PDF, record); the cache one more.
constexpr int kSlots = 16;
constexpr size_t kPathBytes = 4096;  // PATH_MAX on Linux

struct Slot {
  std::atomic<bool> in_use{false};
  char path[kPathBytes];
};
static_assert(std::atomic<bool>::is_always_lock_free, "the handler reads these flags");

// The registry described in the header. Zero-initialised, so usable before main().
Slot g_slots[kSlots];

sigset_t CleanupSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  return set;
}

// Async-signal-safe only: atomic loads, unlink, signal, raise.
extern "C" void UnlinkTemporariesAndDie(int signal_number) {
  for (Slot& slot : g_slots) {
    if (slot.in_use.load(std::memory_order_acquire)) ::unlink(slot.path);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

SignalsBlocked::SignalsBlocked() {
  sigset_t set = CleanupSignals();
  pthread_sigmask(SIG_BLOCK, &set, &previous_);
}

SignalsBlocked::~SignalsBlocked() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

TemporarySlot RegisterTemporary(const char* path) {
  size_t length = std::strlen(path);
  if (length >= kPathBytes) return -1;
  for (int i = 0; i < kSlots; ++i) {
    if (g_slots[i].in_use.load(std::memory_order_relaxed)) continue;
    std::memcpy(g_slots[i].path, path, length + 1);
    g_slots[i].in_use.store(true, std::memory_order_release);
    return i;
  }
  return -1;
}

void UnregisterTemporary(TemporarySlot slot) {
  if (slot < 0 || slot >= kSlots) return;
  g_slots[slot].in_use.store(false, std::memory_order_release);
}

void RemoveTemporariesOnSignals() {
  struct sigaction action {};
  action.sa_handler = UnlinkTemporariesAndDie;
  sigemptyset(&action.sa_mask);
  // While one of these signals is handled, the others wait: the table is walked once.
  action.sa_mask = CleanupSignals();
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction previous {};
    sigaction(signal_number, nullptr, &previous);
    // A shell runs background jobs with SIGINT ignored (nohup: SIGHUP); keep it ignored.
    if (previous.sa_handler == SIG_IGN) continue;
    sigaction(signal_number, &action, nullptr);
  }
}

int RegisteredTemporaryCount() {
  int count = 0;
  for (const Slot& slot : g_slots) count += slot.in_use.load(std::memory_order_relaxed) ? 1 : 0;
  return count;
}

}  // namespace galley
