// The register and set workloads, recorded as a Jepsen history.

#include "workload.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <random>
#include <set>
#include <stdexcept>

#include "sys.hpp"

namespace vouch::nemesis {

HistoryLog::HistoryLog(const std::string& path, double t0) : t0_(t0) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot open " + path);
}

HistoryLog::~HistoryLog() {
  ::close(fd_);
}

double HistoryLog::event(const std::string& process, const std::string& type, const std::string& f,
                         const std::string& value) {
  std::lock_guard<std::mutex> lock(mu_);
  double t = sys::now() - t0_;
  auto ns = static_cast<long long>(t * 1e9);
  std::string line = "{:process " + process + ", :type :" + type + ", :f :" + f + ", :value " +
                     value + ", :time " + std::to_string(ns) + "}\n";
  [[maybe_unused]] ssize_t n = ::write(fd_, line.data(), line.size());
  return t;
}

namespace {

const char* typeName(Outcome o) {
  return o == Outcome::Ok ? "ok" : o == Outcome::Fail ? "fail" : "info";
}

// Records the completion of an operation invoked at `began`, counts it, keeps a sample.
void complete(WorkloadShared& w, long process, double began, const std::string& f, Outcome o,
              const std::string& value, std::vector<OpSample>* samples) {
  std::string type = typeName(o);
  double end = w.history->event(std::to_string(process), type, f, value);
  samples->push_back({began, end, f, type});
  ++(o == Outcome::Ok ? w.counts->ok : o == Outcome::Fail ? w.counts->fail : w.counts->info);
}

std::string ednSet(std::vector<int64_t> elements) {
  std::sort(elements.begin(), elements.end());
  std::string s = "#{";
  for (size_t i = 0; i < elements.size(); ++i) {
    if (i > 0) s += ' ';
    s += std::to_string(elements[i]);
  }
  return s + "}";
}

}  // namespace

long runClient(WorkloadShared& w, Client& client, int index, std::vector<OpSample>* samples,
               const std::function<bool()>& running) {
  std::mt19937_64 rng(w.seed * 1000003 + static_cast<uint64_t>(index));
  long process = index;
  // With a rate, each client starts one operation every clients/rate seconds.
  double pace = w.rate > 0 ? w.clients / w.rate : 0;
  double next = sys::now();
  int64_t last = 0;  // register: the value this client last read or wrote
  bool seen = false;
  for (int op = 0; op < 10000000 && running(); ++op) {
    std::string p = std::to_string(process);
    Outcome o;
    next += pace;
    if (w.workload == "set") {
      int64_t e = w.nextElement++;
      std::string value = std::to_string(e);
      double began = w.history->event(p, "invoke", "add", value);
      ++w.counts->invocations;
      o = client.add(e);
      complete(w, process, began, "add", o, value, samples);
      if (o == Outcome::Ok) w.acked[static_cast<size_t>(index)].push_back({e, samples->back().end});
    } else {
      static const char* kFs[] = {"read", "write", "cas"};
      std::string f = kFs[rng() % 3];
      // Written values: unique (w.values == 0), so that a read names the one write it saw, or
      // drawn from 0..values-1. A cas expects the value this client saw last.
      auto fresh = [&] {
        return w.values > 0 ? static_cast<int64_t>(rng() % static_cast<uint64_t>(w.values))
                            : w.nextElement++;
      };
      if (f == "cas" && w.values == 0 && !seen) f = "read";
      int64_t a = f == "write" ? fresh() : w.values > 0 ? fresh() : last;
      int64_t b = f == "cas" ? fresh() : 0;
      std::string value = f == "read"    ? "nil"
                          : f == "write" ? std::to_string(a)
                                         : std::string("[")
                                               .append(std::to_string(a))
                                               .append(" ")
                                               .append(std::to_string(b))
                                               .append("]");
      double began = w.history->event(p, "invoke", f, value);
      ++w.counts->invocations;
      std::string readValue;
      o = f == "read" ? client.read(&readValue) : f == "write" ? client.write(a) : client.cas(a, b);
      complete(w, process, began, f, o, f == "read" && o == Outcome::Ok ? readValue : value,
               samples);
      if (o == Outcome::Ok && (f != "read" || readValue != "nil")) {
        try {
          last = f == "read" ? std::stoll(readValue) : f == "write" ? a : b;
          seen = true;
        } catch (const std::exception&) {
        }
      }
    }
    if (o == Outcome::Info) process += w.clients;  // the old process may still be in flight
    next = std::max(next, sys::now());  // a slow operation delays the next, no burst after it
    sys::sleepUnlessStopped(pace > 0 ? next - sys::now() : 0.01);
  }
  return process;
}

bool finalRead(WorkloadShared& w, const std::function<std::unique_ptr<Client>(int node)>& connect,
               int nodes, long process, double seconds, std::vector<OpSample>* samples) {
  double deadline = sys::now() + seconds;
  std::string p = std::to_string(process);
  for (int attempt = 0; attempt < 1000 && sys::now() < deadline && !sys::stopRequested();
       ++attempt) {
    std::unique_ptr<Client> client = connect(attempt % nodes + 1);
    double began = w.history->event(p, "invoke", "read", "nil");
    ++w.counts->invocations;
    std::vector<int64_t> elements;
    Outcome o = client->readSet(&elements);
    if (o == Outcome::Info) o = Outcome::Fail;  // a read changes nothing
    complete(w, process, began, "read", o, o == Outcome::Ok ? ednSet(elements) : "nil", samples);
    if (o == Outcome::Ok) {
      w.finalElements = elements;
      w.finalReadOk = true;
      return true;
    }
    sys::sleepUnlessStopped(0.5);
  }
  return false;
}

SetLoss setLoss(const WorkloadShared& w) {
  SetLoss r;
  if (!w.finalReadOk) return r;
  std::set<int64_t> read(w.finalElements.begin(), w.finalElements.end());
  for (const auto& client : w.acked)
    for (const auto& [e, at] : client)
      if (!read.count(e)) r.lost.push_back({e, at});
  std::sort(r.lost.begin(), r.lost.end());
  for (int64_t e : read)
    if (e < 0 || e >= w.nextElement.load()) r.unexpected.push_back(e);
  return r;
}

}  // namespace vouch::nemesis
