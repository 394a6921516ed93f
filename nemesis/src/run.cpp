// One nemesis run against etcd: start the cluster, run the register workload through etcd's JSON
// gateway from the clients' namespace, partition nodes on a seeded schedule, append the history
// one line per event (write(2) on an O_APPEND file, so a kill -9 of vouch loses nothing recorded).

#include <curl/curl.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <thread>

#include "cluster.hpp"
#include "report.hpp"
#include "sys.hpp"
#include "vouch/nemesis/nemesis.hpp"

namespace fs = std::filesystem;

namespace vouch::nemesis {

namespace {

std::string base64(const std::string& s) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < s.size(); i += 3) {
    unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8 | (unsigned char)s[i + 2];
    out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], t[v & 63]};
  }
  if (i + 1 == s.size()) {
    unsigned v = (unsigned char)s[i] << 16;
    out += {t[v >> 18], t[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == s.size()) {
    unsigned v = (unsigned char)s[i] << 16 | (unsigned char)s[i + 1] << 8;
    out += {t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], '='};
  }
  return out;
}

std::string unbase64(const std::string& s) {
  std::string out;
  unsigned v = 0;
  int bits = 0;
  for (char c : s) {
    int d;
    if (c >= 'A' && c <= 'Z')
      d = c - 'A';
    else if (c >= 'a' && c <= 'z')
      d = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      d = c - '0' + 52;
    else if (c == '+')
      d = 62;
    else if (c == '/')
      d = 63;
    else
      break;
    v = (v << 6) | static_cast<unsigned>(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((v >> bits) & 0xff);
    }
  }
  return out;
}

size_t collect(char* p, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(p, size * n);
  return size * n;
}

// One libcurl handle per client thread; sockets open in the thread's network namespace.
class Http {
 public:
  explicit Http(double timeoutSeconds) : h_(curl_easy_init()) {
    if (!h_) throw std::runtime_error("curl_easy_init failed");
    curl_easy_setopt(h_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h_, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutSeconds * 1000));
    curl_easy_setopt(h_, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeoutSeconds * 500));
    curl_easy_setopt(h_, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h_, CURLOPT_NOPROXY, "*");
  }
  ~Http() { curl_easy_cleanup(h_); }
  Http(const Http&) = delete;
  Http& operator=(const Http&) = delete;

  // POSTs body (GET when empty); returns the curl code, fills *resp and *status.
  CURLcode call(const std::string& url, const std::string& body, std::string* resp, long* status) {
    resp->clear();
    curl_easy_setopt(h_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h_, CURLOPT_WRITEDATA, resp);
    if (body.empty()) {
      curl_easy_setopt(h_, CURLOPT_HTTPGET, 1L);
    } else {
      curl_easy_setopt(h_, CURLOPT_POSTFIELDS, body.c_str());
      curl_easy_setopt(h_, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    CURLcode rc = curl_easy_perform(h_);
    *status = 0;
    curl_easy_getinfo(h_, CURLINFO_RESPONSE_CODE, status);
    return rc;
  }

 private:
  CURL* h_;
};

// The history file: one EDN map per line, each written with a single write(2).
class HistoryLog {
 public:
  HistoryLog(const std::string& path, double t0) : t0_(t0) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0) throw std::runtime_error("cannot open " + path);
  }
  ~HistoryLog() { ::close(fd_); }
  HistoryLog(const HistoryLog&) = delete;
  HistoryLog& operator=(const HistoryLog&) = delete;

  // Returns the event's time in seconds since the run started.
  double event(const std::string& process, const std::string& type, const std::string& f,
               const std::string& value) {
    std::lock_guard<std::mutex> lock(mu_);
    double t = sys::now() - t0_;
    auto ns = static_cast<long long>(t * 1e9);
    std::string line = "{:process " + process + ", :type :" + type + ", :f :" + f + ", :value " +
                       value + ", :time " + std::to_string(ns) + "}\n";
    [[maybe_unused]] ssize_t n = ::write(fd_, line.data(), line.size());
    return t;
  }

 private:
  int fd_;
  double t0_;
  std::mutex mu_;
};

struct Counts {
  std::atomic<uint64_t> invocations{0}, ok{0}, fail{0}, info{0};
};

enum class Outcome { Ok, Fail, Info };

const std::string kKey = base64("vouch-register");

// One register operation against node `url`; *value is the read value / stays as given.
Outcome perform(Http& http, const std::string& url, const std::string& f, int a, int b,
                bool serializable, std::string* readValue) {
  std::string body, resp;
  std::string path;
  if (f == "read") {
    path = "/v3/kv/range";
    nlohmann::json j{{"key", kKey}};
    if (serializable) j["serializable"] = true;
    body = j.dump();
  } else if (f == "write") {
    path = "/v3/kv/put";
    body = nlohmann::json{{"key", kKey}, {"value", base64(std::to_string(a))}}.dump();
  } else {
    path = "/v3/kv/txn";
    nlohmann::json cmp{{"key", kKey},
                       {"result", "EQUAL"},
                       {"target", "VALUE"},
                       {"value", base64(std::to_string(a))}};
    nlohmann::json put{{"requestPut", {{"key", kKey}, {"value", base64(std::to_string(b))}}}};
    body = nlohmann::json{{"compare", {cmp}}, {"success", {put}}}.dump();
  }
  long status = 0;
  CURLcode rc = http.call(url + path, body, &resp, &status);
  // A read that did not answer changed nothing: :fail (as Jepsen does). A write or cas that
  // was sent and not answered may have taken effect: :info. Refused connections never sent it.
  bool neverSent = rc == CURLE_COULDNT_CONNECT;
  if (rc != CURLE_OK || status != 200)
    return (f == "read" || neverSent) ? Outcome::Fail : Outcome::Info;
  nlohmann::json j = nlohmann::json::parse(resp, nullptr, false);
  if (j.is_discarded() || j.contains("error")) return f == "read" ? Outcome::Fail : Outcome::Info;
  if (f == "read") {
    *readValue = "nil";
    if (j.contains("kvs") && j["kvs"].is_array() && !j["kvs"].empty())
      *readValue = unbase64(j["kvs"][0].value("value", ""));
    return Outcome::Ok;
  }
  if (f == "cas") return j.value("succeeded", false) ? Outcome::Ok : Outcome::Fail;
  return Outcome::Ok;
}

// Polls every node's /health from the clients' namespace until all say true (bounded).
bool waitHealthy(const Cluster& c, double timeoutSeconds) {
  bool healthy = false;
  std::thread t([&] {
    try {
      sys::enterNetns(c.clientNs());
      Http http(1);
      double deadline = sys::now() + timeoutSeconds;
      for (int round = 0; round < 1000 && sys::now() < deadline && !sys::stopRequested(); ++round) {
        int good = 0;
        for (int i = 1; i <= c.nodes(); ++i) {
          std::string resp;
          long status = 0;
          if (http.call("http://" + Cluster::nodeIp(i) + ":2379/health", "", &resp, &status) ==
                  CURLE_OK &&
              status == 200 && resp.find("\"true\"") != std::string::npos)
            ++good;
        }
        if (good == c.nodes()) {
          healthy = true;
          return;
        }
        sys::sleepUnlessStopped(0.2);
      }
    } catch (const std::exception&) {
      // reported as "not healthy"
    }
  });
  t.join();
  return healthy;
}

// The node etcd reports as leader (asked from the clients' namespace, each node in turn, 1 s
// each), or 0 if none answers.
int findLeader(const Cluster& c) {
  int found = 0;
  std::thread t([&] {
    try {
      sys::enterNetns(c.clientNs());
      Http http(1);
      for (int i = 1; i <= c.nodes() && found == 0; ++i) {
        std::string resp;
        long status = 0;
        if (http.call("http://" + Cluster::nodeIp(i) + ":2379/v3/maintenance/status", "{}", &resp,
                      &status) != CURLE_OK ||
            status != 200)
          continue;
        nlohmann::json j = nlohmann::json::parse(resp, nullptr, false);
        if (j.is_discarded() || !j.contains("leader") || !j.contains("header")) continue;
        if (j["header"].value("member_id", "") == j.value("leader", "-")) {
          found = i;
        } else {
          // Ask the others which of them is this leader: the member that calls itself it.
          std::string leader = j.value("leader", "");
          for (int k = 1; k <= c.nodes(); ++k) {
            std::string r2;
            if (http.call("http://" + Cluster::nodeIp(k) + ":2379/v3/maintenance/status", "{}", &r2,
                          &status) != CURLE_OK)
              continue;
            nlohmann::json j2 = nlohmann::json::parse(r2, nullptr, false);
            if (!j2.is_discarded() && j2.contains("header") &&
                j2["header"].value("member_id", "") == leader) {
              found = k;
              break;
            }
          }
        }
      }
    } catch (const std::exception&) {
    }
  });
  t.join();
  return found;
}

}  // namespace

RunSummary runNemesis(const RunOptions& opts) {
  if (opts.system != "etcd") throw std::runtime_error("--system: only etcd is supported so far");
  if (opts.workload != "register")
    throw std::runtime_error("--workload: only register is supported so far");
  for (const auto& f : opts.faults)
    if (f != "partition" && f != "partition-leader" && f != "kill" && f != "pause" && f != "loss" &&
        f != "fsync" && f != "partition-halves")
      throw std::runtime_error(
          "--faults: partition, partition-leader, partition-halves, kill, pause, loss and fsync "
          "are supported so "
          "far, not " +
          f);
  if (opts.nodes < 1 || opts.nodes > 9) throw std::runtime_error("--nodes must be 1..9");
  if (opts.clients < 1 || opts.clients > 64) throw std::runtime_error("--clients must be 1..64");
  if (::geteuid() != 0) throw std::runtime_error("needs root (network namespaces, iptables)");
  for (const char* bin : {"/usr/bin/etcd", "/usr/sbin/iptables", "/usr/sbin/ip"})
    if (!fs::exists(bin)) throw std::runtime_error(std::string("missing ") + bin);

  fs::path run = fs::absolute(opts.out);
  fs::create_directories(run);
  curl_global_init(CURL_GLOBAL_ALL);

  RunSummary summary;
  double t0 = sys::now();
  HistoryLog history((run / "history.edn").string(), t0);  // exists from the start, maybe empty
  Cluster cluster(opts.nodes, run.string());
  cluster.createNetwork();

  std::string initial;
  for (int i = 1; i <= opts.nodes; ++i) {
    if (i > 1) initial += ',';
    initial += "n" + std::to_string(i) + "=http://" + Cluster::nodeIp(i) + ":2380";
  }
  for (int i = 1; i <= opts.nodes; ++i) {
    fs::path dir = run / ("n" + std::to_string(i));
    fs::remove_all(dir / "data");
    fs::create_directories(dir);
    std::string ip = Cluster::nodeIp(i);
    cluster.startNode(
        i,
        {"/usr/bin/etcd", "--name", "n" + std::to_string(i), "--data-dir", (dir / "data").string(),
         "--listen-client-urls", "http://" + ip + ":2379", "--advertise-client-urls",
         "http://" + ip + ":2379", "--listen-peer-urls", "http://" + ip + ":2380",
         "--initial-advertise-peer-urls", "http://" + ip + ":2380", "--initial-cluster", initial,
         "--initial-cluster-state", "new", "--initial-cluster-token",
         "vouch-" + std::to_string(::getpid())},
        (dir / "etcd.log").string());
  }
  if (!waitHealthy(cluster, 30)) {
    if (sys::stopRequested()) {
      summary.interrupted = true;
      return summary;
    }
    throw std::runtime_error("etcd did not become healthy within 30 s (logs in " + run.string() +
                             "/n*/etcd.log)");
  }

  Counts counts;
  std::atomic<bool> abort{false};
  std::string workerError;
  std::mutex errMu;
  double start = sys::now();
  double deadline = start + opts.durationSeconds;
  auto running = [&] { return !abort.load() && !sys::stopRequested() && sys::now() < deadline; };

  std::vector<std::vector<OpSample>> samples(static_cast<size_t>(opts.clients));  // per client
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
  auto waitUntil = [&](double wake) {
    for (int i = 0; i < 1000000 && running() && sys::now() < wake; ++i)
      sys::sleepUnlessStopped(std::min(0.2, wake - sys::now()));
  };
  for (int t = 0; t < opts.clients; ++t) {
    workers.emplace_back([&, t] {
      try {
        sys::enterNetns(cluster.clientNs());
        Http http(opts.clientTimeoutSeconds);
        std::mt19937_64 rng(opts.seed * 1000003 + static_cast<uint64_t>(t));
        std::string url = "http://" + Cluster::nodeIp(t % opts.nodes + 1) + ":2379";
        long process = t;
        for (int op = 0; op < 10000000 && running(); ++op) {
          static const char* fs_[] = {"read", "write", "cas"};
          std::string f = fs_[rng() % 3];
          int a = static_cast<int>(rng() % 5), b = static_cast<int>(rng() % 5);
          std::string value = f == "read"    ? "nil"
                              : f == "write" ? std::to_string(a)
                                             : std::string("[")
                                                   .append(std::to_string(a))
                                                   .append(" ")
                                                   .append(std::to_string(b))
                                                   .append("]");
          std::string p = std::to_string(process);
          double began = history.event(p, "invoke", f, value);
          ++counts.invocations;
          std::string readValue;
          Outcome o = perform(http, url, f, a, b, opts.readMode == "serializable", &readValue);
          if (o == Outcome::Ok) {
            samples[t].push_back(
                {began, history.event(p, "ok", f, f == "read" ? readValue : value), f, "ok"});
            ++counts.ok;
          } else if (o == Outcome::Fail) {
            samples[t].push_back({began, history.event(p, "fail", f, value), f, "fail"});
            ++counts.fail;
          } else {
            samples[t].push_back({began, history.event(p, "info", f, value), f, "info"});
            ++counts.info;
            process += opts.clients;  // the old process may still be in flight: a fresh one
          }
          sys::sleepUnlessStopped(0.01);
        }
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(errMu);
        workerError = e.what();
        abort = true;
      }
    });
  }

  // The nemesis: alternate `interval` healthy and `interval` with one fault (kind and node
  // drawn from the seeded generator). A start is recorded before the fault begins, an end after
  // it is over, so the recorded interval covers the real one.
  std::mt19937_64 rng(opts.seed);
  for (int k = 0; k < 100000 && !opts.faults.empty() && running(); ++k) {
    waitUntil(std::min(deadline, sys::now() + opts.intervalSeconds));
    if (!running()) break;
    const std::string& kind = opts.faults[rng() % opts.faults.size()];
    int victim = static_cast<int>(rng() % static_cast<uint64_t>(opts.nodes)) + 1;
    if (kind == "partition-leader") {
      int leader = findLeader(cluster);
      if (leader > 0) victim = leader;  // no leader known: the drawn node (summary says so)
    }
    std::string node = "n" + std::to_string(victim);
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
    summary.faultLog.push_back(startF + " " + node + " at " + std::to_string(sys::now() - start) +
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
    spans.push_back(span);
    summary.faultLog.push_back(stopF + " " + node + " at " + std::to_string(sys::now() - start) +
                               " s" + (okStart && okStop ? "" : " (failed)"));
  }
  waitUntil(deadline);
  for (auto& w : workers) w.join();

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
    fs::remove_all(run / ("n" + std::to_string(i)) / "data", ec);
  }
  curl_global_cleanup();
  if (!workerError.empty()) throw std::runtime_error("client: " + workerError);
  return summary;
}

}  // namespace vouch::nemesis
