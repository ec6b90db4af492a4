// The temporary files this process has made and not yet renamed or removed, so that a
// SIGINT, SIGTERM or SIGHUP (Ctrl-C, a killed build) removes them instead of leaving hidden
// files in the user's output folder.
//
// This is process-wide state on purpose: a signal handler cannot be given an object, and it may
// only do async-signal-safe work (POSIX.1-2017 2.4.3) — no allocation, no locks, no stdio. So the
// registry is a fixed table of path buffers, each guarded by a lock-free atomic flag; the handler
// only reads flags, calls unlink(2) on the paths whose flag is set, restores the default action
// and re-raises the signal (so the exit status still says "killed by SIGINT"). Nothing else in
// Galley is global.
//
// Registration happens with those signals blocked, so the handler never sees a half-copied path
// and a file is never created unregistered or renamed while still registered. A process that
// holds more temporaries at once than the table has slots leaves the extra ones unregistered; a
// later run removes them as stale (temporary_files.h).
#pragma once

#include <csignal>

namespace galley {

// A slot in the registry; -1 when the path could not be registered.
using TemporarySlot = int;

// Blocks SIGINT, SIGTERM and SIGHUP for this thread while it lives, restoring the mask after.
class SignalsBlocked {
 public:
  SignalsBlocked();
  ~SignalsBlocked();
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

 private:
  sigset_t previous_;
};

// Records `path` (call with SignalsBlocked held). Returns -1 if the table is full or the path
// too long.
TemporarySlot RegisterTemporary(const char* path);

// Forgets a slot once its file was renamed or removed (call with SignalsBlocked held).
void UnregisterTemporary(TemporarySlot slot);

// Installs the handler for SIGINT, SIGTERM and SIGHUP. Called once by the galley command; a
// library user that does not call it keeps its own handlers.
void RemoveTemporariesOnSignals();

// How many paths are registered now; for tests.
int RegisteredTemporaryCount();

}  // namespace galley
