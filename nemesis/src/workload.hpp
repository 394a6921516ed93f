#pragma once
// The client side of a run: the history file and the workloads that fill it.
//   register: read / write / cas on one key (specs/register);
//   set:      add of unique integers, then one final read of the whole set (specs/set).

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "backend.hpp"
#include "report.hpp"

namespace vouch::nemesis {

/// The history file: one EDN map per line, each written with a single write(2) on an O_APPEND
/// file, so a kill -9 of vouch loses nothing already recorded.
class HistoryLog {
 public:
  HistoryLog(const std::string& path, double t0);
  ~HistoryLog();
  HistoryLog(const HistoryLog&) = delete;
  HistoryLog& operator=(const HistoryLog&) = delete;

  /// Appends one event; returns its time in seconds since the run started.
  double event(const std::string& process, const std::string& type, const std::string& f,
               const std::string& value);

 private:
  int fd_;
  double t0_;
  std::mutex mu_;
};

struct Counts {
  std::atomic<uint64_t> invocations{0}, ok{0}, fail{0}, info{0};
};

/// What the client threads share.
struct WorkloadShared {
  std::string workload;  // "register" or "set"
  int clients = 1;
  uint64_t seed = 1;
  double rate = 0;  // operations per second, all clients together; 0: 10 ms pause after each
  HistoryLog* history = nullptr;
  Counts* counts = nullptr;
  int values = 0;  // register: written values drawn from 0..values-1; 0: every one new
  std::atomic<int64_t> nextElement{0};  // the next unique element (set) or value (register)
  // set: each client's acknowledged adds (element, seconds since the run started), and what
  // the final read returned.
  std::vector<std::vector<std::pair<int64_t, double>>> acked;
  std::vector<int64_t> finalElements;
  bool finalReadOk = false;
};

/// The set workload's direct check (Jepsen's set checker): acknowledged adds missing from the
/// final read, and elements read that were never added.
struct SetLoss {
  std::vector<std::pair<int64_t, double>> lost;  // (element, when its add was acknowledged)
  std::vector<int64_t> unexpected;
};
SetLoss setLoss(const WorkloadShared& w);

/// One client thread's operations until running() turns false (w.acked must have a slot per
/// client). Starts as process `index`; after
/// an operation of unknown outcome it goes on as a new process (+clients), since the old one
/// may still be in flight. Returns the last process number it used.
long runClient(WorkloadShared& w, Client& client, int index, std::vector<OpSample>* samples,
               const std::function<bool()>& running);

/// The set workload's final read, as `process`: asked of each node's client in turn, every
/// attempt recorded, until one answers or `seconds` pass. False if none answered.
bool finalRead(WorkloadShared& w, const std::function<std::unique_ptr<Client>(int node)>& connect,
               int nodes, long process, double seconds, std::vector<OpSample>* samples);

}  // namespace vouch::nemesis
