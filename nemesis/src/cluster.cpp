// Network namespaces, veth pairs and a bridge, created with `ip` (no shell), recorded before
// they exist so a killed run can be cleaned up.

#include "cluster.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "sys.hpp"
#include "vouch/nemesis/nemesis.hpp"

namespace fs = std::filesystem;

namespace vouch::nemesis {

namespace {

constexpr const char* kStateDir = "/run/vouch";
constexpr double kCmdTimeout = 10;

void mustRun(const std::vector<std::string>& argv) {
  if (sys::run(argv, kCmdTimeout) != 0) {
    std::string line;
    for (const auto& a : argv) {
      if (!line.empty()) line += ' ';
      line += a;
    }
    throw std::runtime_error("command failed: " + line);
  }
}

// The program name of a live process ("" if gone). Redis rewrites its command line into one
// string ("/usr/bin/redis-server 10.77.0.11:6379"): the name ends at the first space.
std::string commOf(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/cmdline", std::ios::binary);
  std::string argv0;
  std::getline(in, argv0, '\0');
  argv0 = argv0.substr(0, argv0.find(' '));
  return fs::path(argv0).filename().string();
}

// The programs a run starts; --cleanup kills a recorded PID only if it is one of these.
bool ours(const std::string& comm) {
  return comm == "etcd" || comm == "strace" || comm == "redis-server" || comm == "redis-sentinel";
}

bool ownerAlive(pid_t pid) {
  return pid > 0 && commOf(pid) == "vouch";
}

}  // namespace

Cluster::Cluster(int nodes, std::string runDir)
    : nodes_(nodes),
      runDir_(std::move(runDir)),
      prefix_("vouch-" + std::to_string(::getpid())),
      statePath_(std::string(kStateDir) + "/" + std::to_string(::getpid()) + ".state") {}

Cluster::~Cluster() {
  try {
    teardown();
  } catch (...) {
  }
}

std::string Cluster::nodeNs(int i) const {
  return prefix_ + "-n" + std::to_string(i);
}

void Cluster::writeState() const {
  nlohmann::json j;
  j["owner"] = ::getpid();
  j["run"] = runDir_;
  j["namespaces"] = namespaces_;
  std::vector<pid_t> pids;
  for (const auto& n : procs_) {
    if (n.pid > 0) pids.push_back(n.pid);
    if (n.strace > 0) pids.push_back(n.strace);
  }
  for (pid_t h : helpers_)
    if (h > 0) pids.push_back(h);
  j["pids"] = pids;
  std::string tmp = statePath_ + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << j.dump() << "\n";
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + tmp);
  }
  fs::rename(tmp, statePath_);
}

void Cluster::createNetwork() {
  fs::create_directories(kStateDir);
  std::string br = prefix_ + "-br";
  std::vector<std::string> ends;
  for (int i = 1; i <= nodes_; ++i) ends.push_back(nodeNs(i));
  ends.push_back(clientNs());
  for (const auto& ns : ends) namespaces_.push_back(ns);
  namespaces_.push_back(br);
  writeState();  // before anything exists
  for (const auto& ns : namespaces_) {
    mustRun({"ip", "netns", "add", ns});
    mustRun({"ip", "-n", ns, "link", "set", "lo", "up"});
  }
  mustRun({"ip", "-n", br, "link", "add", "br0", "type", "bridge"});
  mustRun({"ip", "-n", br, "link", "set", "br0", "up"});
  for (size_t k = 0; k < ends.size(); ++k) {
    std::string peer = std::string("p").append(std::to_string(k));
    std::string ip = k < static_cast<size_t>(nodes_) ? nodeIp(static_cast<int>(k) + 1) : clientIp();
    mustRun({"ip", "link", "add", "name", "eth0", "netns", ends[k], "type", "veth", "peer", "name",
             peer, "netns", br});
    mustRun({"ip", "-n", br, "link", "set", peer, "master", "br0"});
    mustRun({"ip", "-n", br, "link", "set", peer, "up"});
    mustRun({"ip", "-n", ends[k], "addr", "add", ip + "/24", "dev", "eth0"});
    mustRun({"ip", "-n", ends[k], "link", "set", "eth0", "up"});
  }
}

pid_t Cluster::startNode(int i, const std::vector<std::string>& argv, const std::string& logPath) {
  if (procs_.size() < static_cast<size_t>(nodes_)) procs_.resize(static_cast<size_t>(nodes_));
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  n.argv = argv;
  n.log = logPath;
  n.paused = false;
  n.pid = sys::spawnInNetns(nodeNs(i), argv, logPath);
  writeState();
  return n.pid;
}

pid_t Cluster::startHelper(int i, const std::vector<std::string>& argv,
                           const std::string& logPath) {
  pid_t pid = sys::spawnInNetns(nodeNs(i), argv, logPath);
  helpers_.push_back(pid);
  writeState();
  return pid;
}

bool Cluster::killNode(int i) {
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  if (n.pid <= 0) return false;
  sys::killChild(n.pid);
  n.pid = 0;
  n.paused = false;
  writeState();
  return true;
}

bool Cluster::restartNode(int i) {
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  if (n.pid > 0) return false;
  try {
    startNode(i, n.argv, n.log);
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

bool Cluster::pauseNode(int i) {
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  if (n.pid <= 0 || ::kill(n.pid, SIGSTOP) != 0) return false;
  n.paused = true;
  return true;
}

bool Cluster::resumeNode(int i) {
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  if (n.pid <= 0 || ::kill(n.pid, SIGCONT) != 0) return false;
  n.paused = false;
  return true;
}

bool Cluster::isolate(int i) {
  // Drop node-to-node traffic in both directions inside node i's namespace; the clients'
  // address stays reachable, as in Jepsen's partitions.
  std::string ns = nodeNs(i);
  auto rule = [&](const char* chain, const char* dir, const std::string& addr,
                  const char* verdict) {
    return sys::run({"ip", "netns", "exec", ns, "iptables", "-A", chain, dir, addr, "-j", verdict},
                    kCmdTimeout) == 0;
  };
  return rule("INPUT", "-s", clientIp(), "ACCEPT") && rule("INPUT", "-s", "10.77.0.0/24", "DROP") &&
         rule("OUTPUT", "-d", clientIp(), "ACCEPT") && rule("OUTPUT", "-d", "10.77.0.0/24", "DROP");
}

bool Cluster::lose(int i, double probability) {
  std::string ns = nodeNs(i);
  std::string p = std::to_string(probability);
  for (const char* chain : {"INPUT", "OUTPUT"})
    if (sys::run({"ip", "netns", "exec", ns, "iptables", "-A", chain, "-m", "statistic", "--mode",
                  "random", "--probability", p, "-j", "DROP"},
                 kCmdTimeout) != 0)
      return false;
  return true;
}

bool Cluster::split(const std::vector<int>& minority) {
  bool ok = true;
  for (int m : minority)
    for (int j = 1; j <= nodes_; ++j) {
      if (std::find(minority.begin(), minority.end(), j) != minority.end()) continue;
      for (const auto& [chain, dir] : {std::pair{"INPUT", "-s"}, std::pair{"OUTPUT", "-d"}})
        ok = sys::run({"ip", "netns", "exec", nodeNs(m), "iptables", "-A", chain, dir, nodeIp(j),
                       "-j", "DROP"},
                      kCmdTimeout) == 0 &&
             ok;
    }
  return ok;
}

bool Cluster::healAll(const std::vector<int>& nodes) {
  bool ok = true;
  for (int m : nodes) ok = heal(m) && ok;
  return ok;
}

bool Cluster::heal(int i) {
  std::string ns = nodeNs(i);
  return sys::run({"ip", "netns", "exec", ns, "iptables", "-F", "INPUT"}, kCmdTimeout) == 0 &&
         sys::run({"ip", "netns", "exec", ns, "iptables", "-F", "OUTPUT"}, kCmdTimeout) == 0;
}

bool Cluster::failFsync(int i) {
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  if (n.pid <= 0 || n.strace > 0 || !fs::exists("/usr/bin/strace")) return false;
  try {
    n.strace = sys::spawnInNetns(
        nodeNs(i),
        {"/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync,fdatasync", "-e",
         "inject=fsync,fdatasync:error=EIO", "-p", std::to_string(n.pid)},
        n.log + ".strace");
  } catch (const std::exception&) {
    return false;
  }
  writeState();
  return true;
}

bool Cluster::stopDiskFaults(int i) {
  Node& n = procs_.at(static_cast<size_t>(i - 1));
  if (n.strace > 0) {
    sys::stopChild(n.strace, 5);  // SIGTERM: strace detaches and the server runs on
    n.strace = 0;
  }
  if (n.pid > 0 && sys::exited(n.pid)) {  // etcd stops itself on a failed fsync
    n.pid = 0;
    return restartNode(i);
  }
  writeState();
  return true;
}

void Cluster::teardown() {
  for (pid_t h : helpers_) sys::stopChild(h, 5);
  helpers_.clear();
  for (auto& n : procs_) {
    if (n.strace > 0) sys::stopChild(n.strace, 5);
    n.strace = 0;
  }
  for (auto& n : procs_) {
    if (n.pid <= 0) continue;
    if (n.paused) ::kill(n.pid, SIGCONT);  // a stopped process would not act on SIGTERM
    sys::stopChild(n.pid, 5);
    n.pid = 0;
  }
  procs_.clear();
  // Rules live inside the namespaces: deleting a namespace removes its rules.
  for (auto it = namespaces_.rbegin(); it != namespaces_.rend(); ++it)
    sys::run({"ip", "netns", "del", *it}, kCmdTimeout);
  namespaces_.clear();
  std::error_code ec;
  fs::remove(statePath_, ec);
}

std::vector<std::string> cleanupLeftovers() {
  std::vector<std::string> done;
  std::error_code ec;
  if (fs::is_directory(kStateDir, ec)) {
    std::vector<fs::path> states;
    for (const auto& e : fs::directory_iterator(kStateDir, ec))
      if (e.path().extension() == ".state") states.push_back(e.path());
    for (const auto& p : states) {
      nlohmann::json j;
      try {
        std::ifstream in(p);
        j = nlohmann::json::parse(in);
      } catch (...) {
        continue;
      }
      pid_t owner = j.value("owner", 0);
      if (ownerAlive(owner)) continue;  // a run in progress: not ours to touch
      for (pid_t pid : j.value("pids", std::vector<pid_t>{})) {
        std::string comm = pid > 0 ? commOf(pid) : "";
        if (ours(comm)) {
          ::kill(pid, SIGKILL);  // works on stopped (paused) processes too
          done.push_back("killed " + comm + " " + std::to_string(pid));
        }
      }
      for (const auto& ns : j.value("namespaces", std::vector<std::string>{}))
        if (fs::exists("/run/netns/" + ns) &&
            sys::run({"ip", "netns", "del", ns}, kCmdTimeout) == 0)
          done.push_back("deleted namespace " + ns);
      fs::remove(p, ec);
      fs::remove(p.string() + ".tmp", ec);
    }
  }
  // Namespaces of dead runs whose state file is gone too.
  if (fs::is_directory("/run/netns", ec)) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator("/run/netns", ec))
      names.push_back(e.path().filename().string());
    for (const auto& n : names) {
      if (n.rfind("vouch-", 0) != 0) continue;
      size_t dash = n.find('-', 6);
      pid_t owner = 0;
      try {
        owner = std::stoi(n.substr(6, dash - 6));
      } catch (...) {
        continue;
      }
      if (ownerAlive(owner)) continue;
      if (sys::run({"ip", "netns", "del", n}, kCmdTimeout) == 0)
        done.push_back("deleted namespace " + n);
    }
  }
  return done;
}

}  // namespace vouch::nemesis
