// One nemesis run: the network, the system's servers (a Backend), the workload's clients in the
// clients' namespace, faults on a seeded schedule, the history appended one line per event; and
// on every way out, everything torn down.

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "backend.hpp"
#include "cluster.hpp"
#include "faults.hpp"
#include "report.hpp"
#include "sys.hpp"
#include "vouch/nemesis/nemesis.hpp"
#include "workload.hpp"

namespace fs = std::filesystem;

namespace vouch::nemesis {

namespace {

constexpr double kHealthySeconds = 30;
constexpr double kSettleSeconds = 1;      // after the last fault is undone, before the final read
constexpr double kFinalReadSeconds = 30;  // the final read's attempts, all together

std::unique_ptr<Backend> makeBackend(const std::string& system) {
  if (system == "etcd") return makeEtcd();
  if (system == "redis") return makeRedis();
  throw std::runtime_error("--system: etcd or redis, not " + system);
}

void validate(const RunOptions& opts) {
  if (opts.workload != "register" && opts.workload != "set")
    throw std::runtime_error("--workload: register or set, not " + opts.workload);
  for (const auto& f : opts.faults)
    if (std::find(faultKinds().begin(), faultKinds().end(), f) == faultKinds().end())
      throw std::runtime_error(
          "--faults: partition, partition-leader, partition-halves, kill, pause, loss and fsync "
          "are supported, not " +
          f);
  if (opts.nodes < 1 || opts.nodes > 9) throw std::runtime_error("--nodes must be 1..9");
  if (opts.clients < 1 || opts.clients > 64) throw std::runtime_error("--clients must be 1..64");
  if (::geteuid() != 0) throw std::runtime_error("needs root (network namespaces, iptables)");
}

// Polls the backend's health probe from the clients' namespace until it holds (bounded).
bool waitHealthy(Backend& backend, const Cluster& c, double timeoutSeconds) {
  double deadline = sys::now() + timeoutSeconds;
  for (int round = 0; round < 1000 && sys::now() < deadline && !sys::stopRequested(); ++round) {
    bool healthy = false;
    sys::inNetns(c.clientNs(), [&] { healthy = backend.healthy(c); });
    if (healthy) return true;
    sys::sleepUnlessStopped(0.2);
  }
  return false;
}

}  // namespace

RunSummary runNemesis(const RunOptions& opts) {
  validate(opts);
  std::unique_ptr<Backend> backend = makeBackend(opts.system);
  std::vector<std::string> bins = backend->binaries();
  bins.insert(bins.end(), {"/usr/sbin/iptables", "/usr/sbin/ip"});
  for (const auto& bin : bins)
    if (!fs::exists(bin)) throw std::runtime_error("missing " + bin);

  fs::path run = fs::absolute(opts.out);
  fs::create_directories(run);

  RunSummary summary;
  double t0 = sys::now();
  HistoryLog history((run / "history.edn").string(), t0);  // exists from the start, maybe empty
  Cluster cluster(opts.nodes, run.string());
  cluster.createNetwork();
  for (int i = 1; i <= opts.nodes; ++i) {
    fs::path dir = run / Cluster::nodeName(i);
    fs::remove_all(dir / "data");
    fs::create_directories(dir);
  }
  backend->start(cluster, run);
  if (!waitHealthy(*backend, cluster, kHealthySeconds)) {
    if (sys::stopRequested()) {
      summary.interrupted = true;
      return summary;
    }
    throw std::runtime_error(opts.system + " did not become healthy within 30 s (logs in " +
                             run.string() + "/n*/)");
  }

  Counts counts;
  WorkloadShared shared;
  shared.workload = opts.workload;
  shared.clients = opts.clients;
  shared.seed = opts.seed;
  shared.rate = opts.rate;
  shared.values = opts.values;
  shared.acked.resize(static_cast<size_t>(opts.clients));
  shared.history = &history;
  shared.counts = &counts;
  ClientOptions co;
  co.timeoutSeconds = opts.clientTimeoutSeconds;
  co.serializableReads = opts.readMode == "serializable";

  std::atomic<bool> abort{false};
  std::string workerError;
  std::mutex errMu;
  double start = sys::now();
  double deadline = start + opts.durationSeconds;
  auto running = [&] { return !abort.load() && !sys::stopRequested() && sys::now() < deadline; };
  auto waitUntil = [&](double wake) {
    for (int i = 0; i < 1000000 && running() && sys::now() < wake; ++i)
      sys::sleepUnlessStopped(std::min(0.2, wake - sys::now()));
  };

  std::vector<std::vector<OpSample>> samples(static_cast<size_t>(opts.clients) + 1);
  std::vector<long> lastProcess(static_cast<size_t>(opts.clients), 0);
  std::vector<FaultSpan> spans;
  std::vector<std::thread> workers;
  struct JoinAll {  // on any exit from here on, the clients stop and are joined
    std::vector<std::thread>& ts;
    std::atomic<bool>& stop;
    ~JoinAll() {
      stop = true;
      for (auto& t : ts)
        if (t.joinable()) t.join();
    }
  } joinAll{workers, abort};
  for (int t = 0; t < opts.clients; ++t) {
    workers.emplace_back([&, t] {
      try {
        sys::enterNetns(cluster.clientNs());
        std::unique_ptr<Client> client = backend->connect(cluster, t % opts.nodes + 1, co);
        lastProcess[static_cast<size_t>(t)] =
            runClient(shared, *client, t, &samples[static_cast<size_t>(t)], running);
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(errMu);
        workerError = e.what();
        abort = true;
      }
    });
  }

  runFaults(opts, cluster, *backend, history, running, waitUntil, start, &summary, &spans);
  waitUntil(deadline);
  for (auto& w : workers) w.join();

  if (opts.workload == "set" && !sys::stopRequested() && workerError.empty()) {
    sys::sleepUnlessStopped(kSettleSeconds);
    long reader = *std::max_element(lastProcess.begin(), lastProcess.end()) + 1;
    bool read = false;
    sys::inNetns(cluster.clientNs(), [&] {
      read = finalRead(
          shared, [&](int node) { return backend->connect(cluster, node, co); }, opts.nodes, reader,
          kFinalReadSeconds, &samples.back());
    });
    summary.finalRead = read ? "done" : "failed on every node";
    SetLoss loss = setLoss(shared);
    for (const auto& [e, at] : loss.lost) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "add %lld ok at %.2f s", static_cast<long long>(e), at);
      summary.lostAdds.push_back(buf);
    }
    summary.unexpected = loss.unexpected;
  }

  summary.invocations = counts.invocations;
  summary.ok = counts.ok;
  summary.fail = counts.fail;
  summary.info = counts.info;
  summary.interrupted = sys::stopRequested();
  summary.seconds = sys::now() - start;
  cluster.teardown();
  std::vector<OpSample> all;
  for (auto& v : samples) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end(),
            [](const OpSample& x, const OpSample& y) { return x.start < y.start; });
  writeReport((run / "report.html").string(),
              "vouch nemesis: " + opts.system + " ×" + std::to_string(opts.nodes) + ", " +
                  opts.workload + ", seed " + std::to_string(opts.seed),
              all, spans);
  for (int i = 1; i <= opts.nodes; ++i) {
    std::error_code ec;
    fs::remove_all(run / Cluster::nodeName(i) / "data", ec);
  }
  if (!workerError.empty()) throw std::runtime_error("client: " + workerError);
  return summary;
}

}  // namespace vouch::nemesis
