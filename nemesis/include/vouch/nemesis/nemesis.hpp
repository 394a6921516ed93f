#pragma once
// `vouch nemesis`: a real cluster in network namespaces, a client workload, faults on a seeded
// schedule, and a history appended line by line, ready for `vouch history`.

#include <cstdint>
#include <string>
#include <vector>

namespace vouch::nemesis {

/// What one run does; filled from the command line.
struct RunOptions {
  std::string system = "etcd";
  int nodes = 3;
  std::string workload = "register";
  std::vector<std::string> faults;  // "partition"; empty = no faults
  double durationSeconds = 20;
  double intervalSeconds = 4;  // a fault lasts this long, then as long healed
  uint64_t seed = 1;
  int clients = 5;
  double clientTimeoutSeconds = 1;
  std::string readMode = "linearizable";  // or "serializable"
  std::string out;                        // the run folder
};

/// What a run recorded (also written to RUN/summary.json).
struct RunSummary {
  uint64_t invocations = 0, ok = 0, fail = 0, info = 0;
  std::vector<std::string> faultLog;  // "start-partition n2 at 4.1 s", ...
  bool interrupted = false;           // SIGINT/SIGTERM ended the run early
  double seconds = 0;
};

/// Runs the cluster, the workload and the faults; tears everything down on every exit path.
/// Throws std::runtime_error on set-up failure (after cleaning up).
RunSummary runNemesis(const RunOptions& opts);

/// Removes leftovers of runs whose vouch process is gone: namespaces named vouch-<pid>-*, and
/// etcd processes recorded in /run/vouch/<pid>.state. Returns lines describing what it removed.
std::vector<std::string> cleanupLeftovers();

/// Installs SIGINT/SIGTERM handlers that ask a running nemesis to stop and clean up.
void installStopHandlers();

}  // namespace vouch::nemesis
