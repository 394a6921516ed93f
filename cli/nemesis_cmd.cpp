// `vouch nemesis --system etcd --nodes 3 --workload register --faults partition --duration 20s
// --seed 1 --out RUN [--check]` and `vouch nemesis --cleanup`.

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

// The bundled register spec: next to the sources this binary was built from, or two folders up
// from the binary (build/cli/vouch).
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

// Runs `vouch history` on the run's history, its report going to RUN/check.txt; returns its exit
// code (2 when it could not run).
int runChecker(const fs::path& run) {
  fs::path specs = specsDir();
  if (specs.empty()) {
    std::cerr << "vouch nemesis: --check: cannot find specs/register/Register.tla\n";
    return kExitInputError;
  }
  std::string exe = "/proc/self/exe";
  std::vector<std::string> argv = {"vouch",
                                   "history",
                                   "--spec",
                                   (specs / "register" / "Register.tla").string(),
                                   "--map",
                                   (specs / "register" / "jepsen.json").string(),
                                   "--timeout",
                                   "120",
                                   (run / "history.edn").string()};
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
  std::ifstream in(report);
  std::cout << in.rdbuf();
  return WIFEXITED(status) ? WEXITSTATUS(status) : kExitInputError;
}

}  // namespace

int cmdNemesis(const std::vector<std::string>& args) {
  po::options_description opts("vouch nemesis");
  std::string duration = "20s", interval = "4s", faults, timeout = "1s";
  vn::RunOptions ro;
  opts.add_options()("help,h", "this help")("system", po::value(&ro.system), "etcd")(
      "nodes", po::value(&ro.nodes), "cluster size (default 3)")(
      "workload", po::value(&ro.workload), "register")(
      "faults", po::value(&faults),
      "comma-separated: partition,partition-leader,partition-halves,kill,pause,loss,fsync")(
      "duration", po::value(&duration), "workload time, e.g. 20s")(
      "interval", po::value(&interval), "each fault lasts this long, then as long healed (4s)")(
      "seed", po::value(&ro.seed), "fault schedule and workload seed")(
      "clients", po::value(&ro.clients), "concurrent clients (default 5)")(
      "client-timeout", po::value(&timeout), "per-operation timeout (1s)")(
      "read-mode", po::value(&ro.readMode), "linearizable (default) or serializable")(
      "out", po::value(&ro.out), "run folder: history.edn, summary.json, per-node logs")(
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
  std::string verdict = "not checked";
  int code = kExitOk;
  if (s.interrupted) {
    std::cerr << "vouch nemesis: interrupted; cleaned up; history so far kept\n";
    code = kExitInputError;
  } else if (vm.count("check")) {
    code = runChecker(run);
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
  j["verdict"] = verdict;
  std::ofstream(run / "summary.json") << j.dump(2) << "\n";
  return code;
}

}  // namespace vouch::cli
