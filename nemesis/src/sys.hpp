#pragma once
// Processes, network namespaces and the stop flag, for the nemesis. Every wait here is bounded.

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace vouch::nemesis::sys {

/// Runs argv (no shell), waits at most timeoutSeconds (then SIGKILLs it). Returns the exit code,
/// or -1 if it could not run or timed out. Standard output is captured into *out when given.
int run(const std::vector<std::string>& argv, double timeoutSeconds, std::string* out = nullptr);

/// Starts argv inside network namespace `ns` (a name under /run/netns) with its standard output
/// and error appended to logPath; the child dies with vouch (PR_SET_PDEATHSIG).
pid_t spawnInNetns(const std::string& ns, const std::vector<std::string>& argv,
                   const std::string& logPath);

/// SIGTERM, wait up to graceSeconds, then SIGKILL and reap. Only for children we started.
void stopChild(pid_t pid, double graceSeconds);

/// True if child pid has exited (and reaps it).
bool exited(pid_t pid);

/// SIGKILL and reap (bounded). Only for children we started.
void killChild(pid_t pid);

/// Moves the calling thread into network namespace `ns`. Throws std::runtime_error.
void enterNetns(const std::string& ns);
/// Runs fn on a new thread inside network namespace `ns` and waits for it; false if the thread
/// could not enter the namespace or fn threw (the calling thread's namespace never changes).
bool inNetns(const std::string& ns, const std::function<void()>& fn);

/// True once SIGINT or SIGTERM arrived.
bool stopRequested();
/// Sleeps up to `seconds`, waking early on a stop request. Returns false if stopped.
bool sleepUnlessStopped(double seconds);
void installHandlers();

/// Seconds since an arbitrary fixed point (steady clock).
double now();

}  // namespace vouch::nemesis::sys
