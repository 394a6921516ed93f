// Fault kinds on the run's network and processes (Cluster does the work; the backend only says
// who leads).

#include "faults.hpp"

#include <algorithm>
#include <map>
#include <random>

#include "sys.hpp"

namespace vouch::nemesis {

const std::vector<std::string>& faultKinds() {
  static const std::vector<std::string> kinds = {
      "partition", "partition-leader", "partition-halves", "kill", "pause", "loss", "fsync"};
  return kinds;
}

void runFaults(const RunOptions& opts, Cluster& cluster, Backend& backend, HistoryLog& history,
               const std::function<bool()>& running, const std::function<void(double)>& waitUntil,
               double start, RunSummary* summary, std::vector<FaultSpan>* spans) {
  std::mt19937_64 rng(opts.seed);
  double deadline = start + opts.durationSeconds;
  for (int k = 0; k < 100000 && !opts.faults.empty() && running(); ++k) {
    waitUntil(std::min(deadline, sys::now() + opts.intervalSeconds));
    if (!running()) break;
    const std::string& kind = opts.faults[rng() % opts.faults.size()];
    int victim = static_cast<int>(rng() % static_cast<uint64_t>(opts.nodes)) + 1;
    if (kind == "partition-leader") {
      int leader = 0;
      sys::inNetns(cluster.clientNs(), [&] { leader = backend.leader(cluster); });
      if (leader > 0) victim = leader;  // no leader known: the drawn node (summary says so)
    }
    std::string node = Cluster::nodeName(victim);
    std::vector<int> minority;  // partition-halves: these nodes lose the others
    if (kind == "partition-halves") {
      std::vector<int> order;
      for (int i = 1; i <= opts.nodes; ++i) order.push_back(i);
      std::shuffle(order.begin(), order.end(), rng);
      minority.assign(order.begin(), order.begin() + std::max(1, opts.nodes / 2));
      std::sort(minority.begin(), minority.end());
      node.clear();
      for (int m : minority) node += (node.empty() ? "n" : ",n") + std::to_string(m);
    }
    static const std::map<std::string, std::pair<std::string, std::string>> kEvents = {
        {"partition", {"start-partition", "stop-partition"}},
        {"kill", {"kill", "restart"}},
        {"pause", {"pause", "resume"}},
        {"partition-leader", {"start-partition", "stop-partition"}},
        {"partition-halves", {"start-partition", "stop-partition"}},
        {"loss", {"start-loss", "stop-loss"}},
        {"fsync", {"start-fsync-fail", "stop-fsync-fail"}}};
    const auto& [startF, stopF] = kEvents.at(kind);
    FaultSpan span{kind, node, history.event(":nemesis", "info", startF, "\"" + node + "\""), 0};
    summary->faultLog.push_back(startF + " " + node + " at " + std::to_string(sys::now() - start) +
                                " s");
    bool partition = kind == "partition" || kind == "partition-leader";
    bool okStart = !minority.empty() ? cluster.split(minority)
                   : partition       ? cluster.isolate(victim)
                   : kind == "kill"  ? cluster.killNode(victim)
                   : kind == "loss"  ? cluster.lose(victim, 0.3)
                   : kind == "fsync" ? cluster.failFsync(victim)
                                     : cluster.pauseNode(victim);
    waitUntil(std::min(deadline, sys::now() + opts.intervalSeconds));
    bool okStop = !minority.empty()             ? cluster.healAll(minority)
                  : partition || kind == "loss" ? cluster.heal(victim)
                  : kind == "kill"              ? cluster.restartNode(victim)
                  : kind == "fsync"             ? cluster.stopDiskFaults(victim)
                                                : cluster.resumeNode(victim);
    span.end = history.event(":nemesis", "info", stopF, "\"" + node + "\"");
    spans->push_back(span);
    summary->faultLog.push_back(stopF + " " + node + " at " + std::to_string(sys::now() - start) +
                                " s" + (okStart && okStop ? "" : " (failed)"));
  }
}

}  // namespace vouch::nemesis
