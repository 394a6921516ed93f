#pragma once
// `vouch nemesis`: a real cluster in network namespaces, a client workload, faults on a seeded
// schedule, and a history appended line by line, ready for `vouch history`.

#include <cstdint>
#include <string>
#include <vector>

namespace vouch::nemesis {

/// What one run does; filled from the command line.
struct RunOptions {
  std::string system = "etcd";  // or "redis" (with Sentinel)
  int nodes = 3;
  std::string workload = "register";  // or "set"
  std::vector<std::string> faults;    // "partition"; empty = no faults
  double durationSeconds = 20;
  double intervalSeconds = 4;  // a fault lasts this long, then as long healed
  uint64_t seed = 1;
  int clients = 5;
  double clientTimeoutSeconds = 1;
  std::string readMode = "linearizable";  // or "serializable"
  int values = 0;   // register: written values drawn from 0..values-1; 0: each write a new one
  double rate = 0;  // operations per second, all clients together; 0: 10 ms pause after each
  std::string out;  // the run folder
};

/// What a run recorded (also written to RUN/summary.json).
struct RunSummary {
  uint64_t invocations = 0, ok = 0, fail = 0, info = 0;
  std::vector<std::string> faultLog;  // "start-partition n2 at 4.1 s", ...
  bool interrupted = false;           // SIGINT/SIGTERM ended the run early
  std::string finalRead;              // set workload: "done" or why not; empty otherwise
  // set workload, after a final read: acknowledged adds missing from it ("add 17 ok at 9.2 s"),
  // and elements it returned that were never added.
  std::vector<std::string> lostAdds;
  std::vector<int64_t> unexpected;
  double seconds = 0;
};

/// Runs the cluster, the workload and the faults; tears everything down on every exit path.
/// Throws std::runtime_error on set-up failure (after cleaning up).
RunSummary runNemesis(const RunOptions& opts);

/// Removes leftovers of runs whose vouch process is gone: namespaces named vouch-<pid>-*, and
/// the etcd, redis-server, redis-sentinel and strace processes recorded in
/// /run/vouch/<pid>.state. Returns lines describing what it removed.
std::vector<std::string> cleanupLeftovers();

/// Installs SIGINT/SIGTERM handlers that ask a running nemesis to stop and clean up.
void installStopHandlers();

}  // namespace vouch::nemesis
