#pragma once
// What a system under test must provide to a nemesis run: how to start its servers on the run's
// network, how to tell it is healthy and who leads, and a client for the workloads. One
// implementation per system (etcd.cpp, redis.cpp); run.cpp and workload.cpp know none of them.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cluster.hpp"

namespace vouch::nemesis {

/// How one operation ended, in Jepsen's terms: it happened (ok), it certainly did not (fail),
/// or nobody knows (info: sent and not answered, so it may take effect at any later time).
enum class Outcome { Ok, Fail, Info };

/// One client of the system, used by one thread that is already inside the clients' network
/// namespace. Every call is bounded by the client timeout it was made with.
class Client {
 public:
  virtual ~Client() = default;
  // A register on one key; values are integers, an unset register reads "nil".
  virtual Outcome read(std::string* value) = 0;
  virtual Outcome write(int64_t value) = 0;
  virtual Outcome cas(int64_t from, int64_t to) = 0;  // Fail when the compare fails
  // A grow-only set of integers. readSet is the final read: from the current leader, with the
  // read mode asked for.
  virtual Outcome add(int64_t element) = 0;
  virtual Outcome readSet(std::vector<int64_t>* elements) = 0;
};

struct ClientOptions {
  double timeoutSeconds = 1;
  bool serializableReads = false;  // etcd: reads served by the node itself, maybe stale
};

/// A system under test.
class Backend {
 public:
  virtual ~Backend() = default;
  /// Programs that must exist before a run starts.
  virtual std::vector<std::string> binaries() const = 0;
  /// Starts every node's processes in its namespace; node i keeps its files in run/nI.
  virtual void start(Cluster& c, const std::filesystem::path& run) = 0;
  /// One health probe of the whole cluster, from the clients' namespace (run.cpp repeats it).
  virtual bool healthy(const Cluster& c) = 0;
  /// The node that leads now (etcd's leader, Redis' master), asked from the clients'
  /// namespace; 0 when no node answers.
  virtual int leader(const Cluster& c) = 0;
  /// A client bound to `node` (1-based), for the calling thread (inside the clients' namespace).
  virtual std::unique_ptr<Client> connect(const Cluster& c, int node, const ClientOptions& o) = 0;
  /// Log file name of node i's main server inside run/nI ("etcd.log").
  virtual std::string logName() const = 0;
};

std::unique_ptr<Backend> makeEtcd();
std::unique_ptr<Backend> makeRedis();

}  // namespace vouch::nemesis
