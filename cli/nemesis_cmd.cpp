// `vouch nemesis --system etcd|redis --nodes 3 --workload register|set --faults partition
// --duration 20s --seed 1 --out RUN [--check]` and `vouch nemesis --cleanup`.

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_common.hpp"
#include "vouch/nemesis/nemesis.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace vn = vouch::nemesis;

namespace vouch::cli {

namespace {

// "20s", "2m", "1.5" (seconds) -> seconds; negative on error.
double parseSeconds(const std::string& s) {
  size_t used = 0;
  double v = -1;
  try {
    v = std::stod(s, &used);
  } catch (...) {
    return -1;
  }
  std::string unit = s.substr(used);
  if (unit == "" || unit == "s") return v;
  if (unit == "ms") return v / 1000;
  if (unit == "m" || unit == "min") return v * 60;
  return -1;
}

std::vector<std::string> splitCommas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

// The bundled specs: next to the sources this binary was built from, or two folders up from the
// binary (build/cli/vouch).
fs::path specsDir() {
  std::vector<fs::path> candidates;
#ifdef VOUCH_SOURCE_DIR
  candidates.push_back(fs::path(VOUCH_SOURCE_DIR) / "specs");
#endif
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back(exe.parent_path().parent_path().parent_path() / "specs");
    candidates.push_back(exe.parent_path().parent_path() / "share" / "vouch" / "specs");
  }
  for (const auto& c : candidates)
    if (fs::exists(c / "register" / "Register.tla")) return c;
  return {};
}

// The checker's report, shortened for a terminal: a set read can hold thousands of elements and
// the linearizable prefix thousands of operations. Long lines are cut (at a UTF-8 boundary), and
// a list of operations longer than 8 shows its first 4 and last 4; RUN/check.txt keeps it all.
void printReport(const std::string& path) {
  constexpr size_t kMaxWidth = 240, kKeep = 4;
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  for (int i = 0; i < 10000000 && std::getline(in, line); ++i) {
    if (line.size() > kMaxWidth) {
      size_t cut = kMaxWidth;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      line = line.substr(0, cut) + " ...";
    }
    lines.push_back(line);
  }
  auto isOp = [&](size_t i) { return lines[i].rfind("  #", 0) == 0; };
  bool shortened = false;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i;
    while (j < lines.size() && isOp(j)) ++j;
    if (j - i > 2 * kKeep) {
      for (size_t k = i; k < i + kKeep; ++k) std::cout << lines[k] << "\n";
      std::cout << "  ... " << j - i - 2 * kKeep << " more operations\n";
      for (size_t k = j - kKeep; k < j; ++k) std::cout << lines[k] << "\n";
      shortened = true;
      i = j;
    } else {
      std::cout << lines[i] << "\n";
      ++i;
    }
  }
  if (shortened) std::cout << "(the whole report: " << path << ")\n";
}

// The workload's spec and mapping: specs/register/Register.tla, specs/set/Set.tla.
std::pair<fs::path, fs::path> specOf(const fs::path& specs, const std::string& workload) {
  std::string module = workload == "set" ? "Set" : "Register";
  return {specs / workload / (module + ".tla"), specs / workload / "jepsen.json"};
}

// Runs `vouch history` on the run's history with the workload's spec, its report going to
// RUN/check.txt; returns its exit code (2 when it could not run).
int runChecker(const fs::path& run, const std::string& workload) {
  fs::path specs = specsDir();
  auto [spec, map] = specOf(specs, workload);
  if (specs.empty() || !fs::exists(spec) || !fs::exists(map)) {
    std::cerr << "vouch nemesis: --check: cannot find specs/" << workload << "/\n";
    return kExitInputError;
  }
  std::string exe = siblingExecutable("vouch");
  std::vector<std::string> argv = {"vouch",       "history", "--spec",
                                   spec.string(), "--map",   map.string(),
                                   "--timeout",   "120",     (run / "history.edn").string()};
  std::string report = (run / "check.txt").string();
  pid_t pid = ::fork();
  if (pid < 0) return kExitInputError;
  if (pid == 0) {
    int fd = ::open(report.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ::dup2(fd, 1);
      ::dup2(fd, 2);
    }
    std::vector<char*> v;
    for (auto& a : argv) v.push_back(a.data());
    v.push_back(nullptr);
    ::execv(exe.c_str(), v.data());
    ::_exit(2);
  }
  int status = 0;
  // Bounded by the checker's own --timeout 120.
  for (int i = 0; i < 100 && ::waitpid(pid, &status, 0) < 0; ++i) {
  }
  printReport(report);
  return WIFEXITED(status) ? WEXITSTATUS(status) : kExitInputError;
}

}  // namespace

int cmdNemesis(const std::vector<std::string>& args) {
  po::options_description opts("vouch nemesis");
  std::string duration = "20s", interval = "4s", faults, timeout = "1s";
  vn::RunOptions ro;
  opts.add_options()("help,h", "this help")("system", po::value(&ro.system),
                                            "etcd (default) or redis (with Sentinel)")(
      "nodes", po::value(&ro.nodes), "cluster size (default 3)")(
      "workload", po::value(&ro.workload),
      "register (read/write/cas, default) or set (adds, then one final read)")(
      "faults", po::value(&faults),
      "comma-separated: partition,partition-leader,partition-halves,kill,pause,loss,fsync")(
      "duration", po::value(&duration), "workload time, e.g. 20s")(
      "interval", po::value(&interval), "each fault lasts this long, then as long healed (4s)")(
      "seed", po::value(&ro.seed), "fault schedule and workload seed")(
      "clients", po::value(&ro.clients), "concurrent clients (default 5)")(
      "client-timeout", po::value(&timeout), "per-operation timeout (1s)")(
      "read-mode", po::value(&ro.readMode), "linearizable (default) or serializable")(
      "values", po::value(&ro.values),
      "register: write values drawn from 0..N-1 (default 0: every write a new value, so a stale "
      "read cannot be explained by another write of the same value)")(
      "rate", po::value(&ro.rate),
      "operations per second, all clients together (set: 25; register: as fast as each client "
      "can, with a 10 ms pause)")("out", po::value(&ro.out),
                                  "run folder: history.edn, summary.json, per-node logs")(
      "check", "check the history with vouch history and print the verdict")(
      "cleanup", "remove namespaces and processes left by killed runs, then exit");
  po::variables_map vm = parseCommandLine(opts, args);
  if (vm.count("help")) {
    std::cout << opts << "\n";
    return kExitOk;
  }
  if (vm.count("cleanup")) {
    for (const auto& line : vn::cleanupLeftovers()) std::cout << line << "\n";
    std::cout << "cleanup done\n";
    return kExitOk;
  }
  ro.faults = splitCommas(faults);
  // The checker's cost grows with the size of the set read at the end: pace the adds.
  if (!vm.count("rate") && ro.workload == "set") ro.rate = 25;
  ro.durationSeconds = parseSeconds(duration);
  ro.intervalSeconds = parseSeconds(interval);
  ro.clientTimeoutSeconds = parseSeconds(timeout);
  if (ro.out.empty()) {
    std::cerr << "vouch nemesis: --out RUN is required\n";
    return kExitInputError;
  }
  if (ro.durationSeconds <= 0 || ro.durationSeconds > 24 * 3600 || ro.intervalSeconds <= 0 ||
      ro.clientTimeoutSeconds <= 0) {
    std::cerr << "vouch nemesis: bad --duration, --interval or --client-timeout\n";
    return kExitInputError;
  }
  if (ro.rate < 0 || ro.rate > 1e6 || ro.values < 0) {
    std::cerr << "vouch nemesis: bad --rate or --values\n";
    return kExitInputError;
  }
  if (ro.readMode != "linearizable" && ro.readMode != "serializable") {
    std::cerr << "vouch nemesis: --read-mode is linearizable or serializable\n";
    return kExitInputError;
  }
  vn::installStopHandlers();
  vn::RunSummary s;
  try {
    s = vn::runNemesis(ro);
  } catch (const std::exception& e) {
    std::cerr << "vouch nemesis: " << e.what() << "\n";
    return kExitInputError;
  }
  fs::path run = fs::absolute(ro.out);
  std::cout << "nemesis: " << s.invocations << " operations in " << s.seconds << " s (" << s.ok
            << " ok, " << s.fail << " fail, " << s.info << " info), " << s.faultLog.size() / 2
            << " faults; history in " << (run / "history.edn").string() << "\n";
  if (!s.finalRead.empty()) std::cout << "final read: " << s.finalRead << "\n";
  if (s.finalRead == "done") {
    std::cout << "lost: " << s.lostAdds.size() << " acknowledged adds missing from the final read";
    for (size_t i = 0; i < s.lostAdds.size() && i < 5; ++i)
      std::cout << (i == 0 ? " (" : ", ") << s.lostAdds[i];
    std::cout << (s.lostAdds.size() > 5 ? ", ...)" : s.lostAdds.empty() ? "" : ")") << "\n";
    if (!s.unexpected.empty())
      std::cout << "unexpected: " << s.unexpected.size()
                << " elements read that were never added\n";
  }
  std::string verdict = "not checked";
  int code = kExitOk;
  if (s.interrupted) {
    std::cerr << "vouch nemesis: interrupted; cleaned up; history so far kept\n";
    code = kExitInputError;
  } else if (vm.count("check")) {
    code = runChecker(run, ro.workload);
    verdict = verdictOfExitCode(code);
    std::cout << "verdict: " << verdict << "\n";
  }
  nlohmann::json j;
  j["system"] = ro.system;
  j["nodes"] = ro.nodes;
  j["workload"] = ro.workload;
  j["faults"] = ro.faults;
  j["seed"] = ro.seed;
  j["read_mode"] = ro.readMode;
  j["seconds"] = s.seconds;
  j["operations"] = {
      {"invocations", s.invocations}, {"ok", s.ok}, {"fail", s.fail}, {"info", s.info}};
  j["fault_events"] = s.faultLog;
  j["interrupted"] = s.interrupted;
  if (!s.finalRead.empty()) j["final_read"] = s.finalRead;
  if (s.finalRead == "done") {
    j["lost_acknowledged_adds"] = s.lostAdds.size();
    j["lost_examples"] = std::vector<std::string>(
        s.lostAdds.begin(),
        s.lostAdds.begin() + static_cast<long>(std::min<size_t>(20, s.lostAdds.size())));
    j["unexpected_elements"] = s.unexpected;
  }
  j["rate"] = ro.rate;
  j["values"] = ro.values;
  j["verdict"] = verdict;
  std::ofstream(run / "summary.json") << j.dump(2) << "\n";
  return code;
}

}  // namespace vouch::cli
