#pragma once
// The network of one run: a namespace per node, one for the clients and one holding the bridge,
// joined by veth pairs; addresses 10.77.0.x exist only inside those namespaces. Everything
// created is first written to /run/vouch/<pid>.state so `vouch nemesis --cleanup` can undo a
// run that was killed.

#include <sys/types.h>

#include <string>
#include <vector>

namespace vouch::nemesis {

class Cluster {
 public:
  Cluster(int nodes, std::string runDir);
  ~Cluster();  // tears down whatever exists: processes, then namespaces, then the state file
  Cluster(const Cluster&) = delete;
  Cluster& operator=(const Cluster&) = delete;

  void createNetwork();             // throws std::runtime_error
  std::string nodeNs(int i) const;  // i is 1-based
  std::string clientNs() const { return prefix_ + "-c"; }
  static std::string nodeIp(int i) { return "10.77.0." + std::to_string(10 + i); }
  static std::string clientIp() { return "10.77.0.100"; }
  static std::string nodeName(int i) {  // "n1"; the folder of node i in the run
    std::string s = "n";
    s += std::to_string(i);
    return s;
  }
  int nodes() const { return nodes_; }

  /// Starts node i's server in its namespace and records its PID in the state file.
  pid_t startNode(int i, const std::vector<std::string>& argv, const std::string& logPath);
  /// Starts a helper of node i (Redis' sentinel) in its namespace; faults leave it alone, it is
  /// stopped at teardown and recorded in the state file like the servers.
  pid_t startHelper(int i, const std::vector<std::string>& argv, const std::string& logPath);
  /// Faults on node i's server process: SIGKILL (and reap) / start again with the same
  /// command line and data; SIGSTOP / SIGCONT.
  bool killNode(int i);
  bool restartNode(int i);
  bool pauseNode(int i);
  bool resumeNode(int i);
  /// Makes fsync/fdatasync of node i's server fail with EIO (strace -e inject, attached to the
  /// running process); stopDiskFaults() detaches strace and restarts the server if it died.
  bool failFsync(int i);
  bool stopDiskFaults(int i);
  /// Isolates node i from every other node (clients still reach it); heal() undoes all.
  bool isolate(int i);
  /// Drops each packet into or out of node i (clients' included) with this probability.
  bool lose(int i, double probability);
  bool heal(int i);
  /// Cuts every link between `minority` and the other nodes; healAll() undoes it.
  bool split(const std::vector<int>& minority);
  bool healAll(const std::vector<int>& nodes);

  void teardown();

 private:
  void writeState() const;
  int nodes_;
  std::string runDir_, prefix_, statePath_;
  std::vector<std::string> namespaces_;
  struct Node {
    pid_t pid = 0;
    std::vector<std::string> argv;
    std::string log;
    bool paused = false;
    pid_t strace = 0;  // attached while an fsync fault lasts
  };
  std::vector<Node> procs_;     // index i - 1
  std::vector<pid_t> helpers_;  // sentinels; stopped before the servers
};

}  // namespace vouch::nemesis
