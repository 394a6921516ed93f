// The `vouch` command line: parse flags, call a library function, render the result.
// Exit codes (PRODUCT.md): 0 conforms / no violation, 1 violation, 2 usage or input error,
// 3 unknown (budget exhausted).

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_common.hpp"
#include "vouch/refinement/check.hpp"
#include "vouch/spec-frontend/cfg.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/loader.hpp"
#include "vouch/spec-frontend/parser.hpp"

namespace po = boost::program_options;
using namespace vouch::frontend;
using namespace vouch::cli;

namespace {

const char* kUsage = R"(vouch — check that real systems behave as their TLA+ specifications say

usage:
  vouch parse   SPEC.tla [-I DIR]... [--dump ast|ir]
  vouch check   SPEC.tla [-config SPEC.cfg] [-workers N] [--dfs] [budgets] [--report text|json|html]
  vouch trace   TRACESPEC.tla [-config X.cfg] [budgets]   (TLC-compatible; the log's path in env JSON)
  vouch trace   --spec SPEC.tla [-config X.cfg] --map MAP.json LOG.ndjson|DIR...   (not yet)
  vouch history --spec SPEC.tla [-config X.cfg] --map MAP.json HISTORY...|DIR
  vouch nemesis --system etcd|redis|nats|zookeeper --nodes N --workload W --faults F,... \
                --duration T --seed S --out DIR [--check]
  vouch recheck EVIDENCE_DIR
  vouch version
  vouch help [COMMAND]

exit codes:
  0  conforms / no violation found / parsed
  1  violation found
  2  usage or input error (bad spec, bad trace, bad mapping), reported as file:line:col
  3  unknown: a budget (--timeout, --max-states, --max-memory) ran out
)";

// TLC users type single-dash long options (`-config`, `-workers`); accept them as such.
std::vector<std::string> normalizeArgs(int argc, char** argv) {
  std::vector<std::string> out;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.size() > 2 && a[0] == '-' && a[1] != '-' && a != "-I") {
      if (a.rfind("-I", 0) == 0) {
        out.push_back("-I");
        out.push_back(a.substr(2));
        continue;
      }
      a = "-" + a;
    }
    out.push_back(a);
  }
  return out;
}

int cmdParse(const std::vector<std::string>& args) {
  po::options_description opts("vouch parse options");
  std::string dump;
  std::vector<std::string> includes;
  std::vector<std::string> files;
  opts.add_options()("help,h", "this help")(
      "include,I", po::value(&includes), "add a module search folder")(
      "dump", po::value(&dump), "print the AST (ast) or the resolved module summary (ir)")(
      "no-resolve", "only parse: do not load EXTENDS/INSTANCE nor resolve names")(
      "file", po::value(&files), "the .tla (or .cfg) file");
  po::variables_map vm = parseCommandLine(opts, args);
  if (vm.count("help")) {
    std::cout << "usage: vouch parse SPEC.tla [-I DIR]... [--dump ast|ir]\n" << opts;
    return kExitOk;
  }
  if (files.size() != 1) throw po::error("vouch parse takes exactly one .tla file");
  if (!dump.empty() && dump != "ast" && dump != "ir") {
    throw po::error("--dump takes 'ast' or 'ir'");
  }
  if (files[0].size() > 4 && files[0].compare(files[0].size() - 4, 4, ".cfg") == 0) {
    Config cfg = parseConfig(readSourceFile(files[0]));
    std::cout << files[0] << ": model configuration parsed (" << cfg.constants.size()
              << " constants, " << cfg.invariants.size() << " invariants, "
              << cfg.properties.size() << " properties)\n";
    return kExitOk;
  }
  if (vm.count("no-resolve")) {
    ModulePtr m = parseModule(readSourceFile(files[0]));
    if (dump == "ast") std::cout << toSexpr(*m);
    return kExitOk;
  }
  Loader loader(includes);
  LoadedSpec spec = loader.load(files[0]);
  if (dump == "ast") {
    std::cout << toSexpr(*spec.root);
  } else if (dump == "ir") {
    std::cout << describeSpec(spec);
  } else {
    std::cout << files[0] << ": module " << spec.root->name << " parsed and resolved ("
              << spec.modules.size() << " modules loaded)\n";
  }
  return kExitOk;
}

// `vouch check`, and `vouch trace` in TLC-compatible mode (a Trace*.tla spec that reads its log
// itself, e.g. with ndJsonDeserialize(IOEnv.JSON)): the same search; `trace` adds a verdict line.
int runCheck(const std::vector<std::string>& args, bool trace) {
  namespace vr = vouch::refinement;
  const char* command = trace ? "vouch trace" : "vouch check";
  po::options_description opts(std::string(command) + " options");
  std::string config, report = "text";
  std::vector<std::string> includes, files;
  int workers = 1;
  uint64_t maxStates = 0;
  double timeout = 0;
  std::string maxMemory;
  opts.add_options()("help,h", "this help")(
      "config", po::value(&config), "model configuration (default: SPEC.cfg beside the spec)")(
      "workers", po::value(&workers), "worker threads (TLC's -workers)")(
      "dfs", "depth-first search (not yet: breadth-first is used)")(
      "max-states", po::value(&maxStates), "stop with verdict unknown after N distinct states")(
      "timeout", po::value(&timeout), "stop with verdict unknown after S seconds")(
      "max-memory", po::value(&maxMemory),
      "stop with verdict unknown once the process uses this much memory (e.g. 2G)")(
      "deadlock", "TLC's -deadlock: do not check for deadlock")("report", po::value(&report),
                                                                "text | json")(
      "include,I", po::value(&includes), "add a module search folder")("file", po::value(&files),
                                                                       "the .tla file");
  po::variables_map vm = parseCommandLine(opts, args);
  if (vm.count("help")) {
    if (trace) {
      std::cout
          << "usage: vouch trace TRACESPEC.tla [-config X.cfg] [budgets] [--report text|json]\n"
             "  TLC-compatible trace validation: TRACESPEC.tla reads the log itself (e.g.\n"
             "  ndJsonDeserialize(IOEnv.JSON), with the log's path in the environment\n"
             "  variable JSON) and states what matching it means (POSTCONDITION,\n"
             "  PROPERTY TraceMatched, ...), as for TLC. Verdict: conforms when the search\n"
             "  finds no violation.\n"
          << opts;
    } else {
      std::cout << "usage: vouch check SPEC.tla [-config SPEC.cfg] [budgets] [--report text|json]\n"
                << opts;
    }
    return kExitOk;
  }
  if (files.size() != 1) throw po::error(std::string(command) + " takes exactly one .tla file");
  if (report != "text" && report != "json") throw po::error("--report takes 'text' or 'json'");
  if (config.empty()) {
    config = std::filesystem::path(files[0]).replace_extension(".cfg").string();
  }
  Loader loader(includes);
  LoadedSpec spec = loader.load(files[0]);
  SourceFilePtr cfgFile = readSourceFile(config);
  Config cfg = parseConfig(cfgFile);
  vr::Model model(spec, &cfg);
  vr::CheckOptions co;
  co.maxStates = maxStates;
  co.timeoutSeconds = timeout;
  if (!maxMemory.empty()) {
    co.maxMemoryBytes = parseBytes(maxMemory);
    if (co.maxMemoryBytes == 0) throw po::error("--max-memory takes a size such as 512M or 2G");
  }
  if (workers < 1) throw po::error("-workers must be at least 1");
  co.workers = static_cast<size_t>(workers);
  if (vm.count("deadlock")) co.checkDeadlock = false;
  bool tty = isatty(STDERR_FILENO) != 0 && std::getenv("CI") == nullptr;
  if (tty && report == "text") {
    co.progress = [](uint64_t distinct, uint64_t generated, uint64_t queue) {
      std::cerr << "\rProgress: " << generated << " states generated, " << distinct
                << " distinct, " << queue << " on queue   " << std::flush;
    };
  }
  vr::CheckResult r = vr::explore(model, cfg, co);
  if (co.progress) std::cerr << "\r" << std::string(70, ' ') << "\r";
  for (const auto& w : r.warnings) std::cerr << w << "\n";
  int code = r.verdict == vr::Verdict::Conforms  ? kExitOk
             : r.verdict == vr::Verdict::Unknown ? kExitUnknown
             : r.violationKind == "error"        ? kExitInputError
                                                 : kExitViolation;
  if (report == "json") {
    nlohmann::json j;
    j["verdict"] = verdictOfExitCode(code);
    j["exit_code"] = code;
    j["elapsed_s"] = r.elapsedSeconds;
    j["states_generated"] = r.generated;
    j["distinct_states"] = r.distinct;
    j["depth"] = r.depth;
    j["states_left_on_queue"] = r.leftOnQueue;
    if (r.verdict == vr::Verdict::Violates) {
      nlohmann::json v;
      v["kind"] = r.violationKind;
      if (!r.violationName.empty()) v["name"] = r.violationName;
      if (r.error) v["message"] = renderDiagnostic(*r.error);
      nlohmann::json trace = nlohmann::json::array();
      for (const auto& st : r.trace) {
        nlohmann::json state;
        for (size_t i = 0; i < st.size(); ++i) state[model.variables()[i]->name] = st[i].toString();
        trace.push_back(state);
      }
      v["trace"] = trace;
      if (r.loopTo && *r.loopTo >= -1)
        v["loop_to"] = *r.loopTo < 0 ? nlohmann::json("stuttering") : nlohmann::json(*r.loopTo + 1);
      j["violation"] = v;
    } else {
      j["violation"] = nullptr;
    }
    if (r.verdict == vr::Verdict::Unknown) j["unknown_reason"] = r.unknownReason;
    j["warnings"] = r.warnings;
    if (trace) j["file"] = files[0];
    std::cout << j.dump(2) << "\n";
    return code;
  }
  if (r.verdict == vr::Verdict::Violates) {
    if (r.violationKind == "invariant") {
      std::cout << "Error: Invariant " << r.violationName << " is violated.\n";
    } else if (r.violationKind == "property" && r.trace.size() == 1) {
      std::cout << "Error: Property " << r.violationName << " is violated by the initial state.\n";
    } else if (r.violationKind == "property") {
      std::cout << "Error: Action property " << r.violationName << " is violated.\n";
    } else if (r.violationKind == "temporal") {
      std::cout << "Error: Temporal property " << r.violationName << " was violated.\n";
    } else if (r.violationKind == "deadlock") {
      std::cout << "Error: Deadlock reached.\n";
    } else if (r.violationKind == "postcondition") {
      std::cout << "Error: The postcondition " << r.violationName << " is violated.\n";
    } else if (r.violationKind == "assumption") {
      std::cout << "Error: The assumption at " << r.violationName << " is false.\n";
    } else if (r.error) {
      std::cerr << renderDiagnostic(*r.error);
      std::cout << "Error: evaluating the spec failed (see above).\n";
    }
    if (!r.trace.empty()) {
      std::cout << "Error: The behavior up to this point is:\n";
      for (size_t i = 0; i < r.trace.size(); ++i) {
        std::cout << "State " << (i + 1) << ": " << (i == 0 ? "<Initial predicate>" : "<Next>")
                  << "\n" << vr::formatState(model, r.trace[i]) << "\n";
      }
      if (r.loopTo && *r.loopTo == -1) {
        std::cout << "State " << (r.trace.size() + 1) << ": Stuttering\n";
      } else if (r.loopTo && *r.loopTo >= 0) {
        std::cout << "Back to state " << (*r.loopTo + 1) << "\n";
      }
    }
  } else if (r.verdict == vr::Verdict::Unknown) {
    std::cout << "Stopped: " << r.unknownReason << " (verdict unknown).\n";
  } else {
    std::cout << "Model checking completed. No error has been found.\n";
  }
  std::cout << r.generated << " states generated, " << r.distinct << " distinct states found, "
            << r.leftOnQueue << " states left on queue.\n"
            << "The depth of the complete state graph search is " << r.depth << ".\n"
            << "Finished in " << r.elapsedSeconds << " s.\n";
  if (trace) {
    const char* log = std::getenv("JSON");
    std::cout << files[0];
    if (log != nullptr) std::cout << " (log " << log << ")";
    std::cout << ": " << verdictOfExitCode(code) << "\n";
  }
  return code;
}

int cmdCheck(const std::vector<std::string>& args) {
  return runCheck(args, false);
}

int cmdTrace(const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a == "--spec" || a == "--map") {
      std::cerr
          << "vouch trace: the mapping mode (--spec, --map) is not implemented yet in this "
             "version; the TLC-compatible mode is: vouch trace TRACESPEC.tla [-config X.cfg]\n";
      return kExitInputError;
    }
  }
  return runCheck(args, true);
}

}  // namespace

int run(int argc, char** argv);

namespace {

constexpr rlim_t kStackBytes = rlim_t{1} << 30;  // 1 GiB, reserved lazily by the kernel
constexpr const char* kReexecMark = "VOUCH_STACK_REEXEC";

// Raises the stack limit and starts this program again, so that its main thread gets the
// large stack; returns only when that is not possible (or already done).
void reexecWithLargeStack(char** argv) {
  if (std::getenv(kReexecMark) != nullptr) {
    unsetenv(kReexecMark);  // not for the processes we start
    return;
  }
  struct rlimit rl {};
  if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
      rl.rlim_cur >= kStackBytes) {
    return;
  }
  if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < kStackBytes) return;
  rl.rlim_cur = kStackBytes;
  if (setrlimit(RLIMIT_STACK, &rl) != 0) return;
  setenv(kReexecMark, "1", 1);
  execv("/proc/self/exe", argv);
  unsetenv(kReexecMark);  // exec failed: go on with a thread
}

bool mainStackIsLarge() {
  struct rlimit rl {};
  return getrlimit(RLIMIT_STACK, &rl) == 0 &&
         (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= kStackBytes);
}

}  // namespace

// `vouch nemesis` is a separate executable, `vouch-nemesis` beside this one: it links the
// clients of the systems under test (libcurl, hiredis), whose loading and initialization would
// otherwise cost every checking command several milliseconds at start.
int execNemesis(int argc, char** argv) {
  std::string exe = siblingExecutable("vouch-nemesis");
  std::vector<char*> v{exe.data()};
  for (int i = 2; i < argc; ++i) v.push_back(argv[i]);
  v.push_back(nullptr);
  ::execv(exe.c_str(), v.data());
  std::cerr << "vouch nemesis: cannot start " << exe << ": " << std::strerror(errno) << "\n";
  return kExitInputError;
}

// Specs recurse (RECURSIVE operators over long logs); the evaluator is recursive too. Commands
// run with a large stack so that legitimate deep recursion does not overflow. They get it on the
// main thread (the program starts itself again with a larger stack limit): a process that never
// starts a thread keeps its reference counts non-atomic, which makes the evaluator markedly
// faster. When that fails, they run on a thread with a large stack instead.
int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "nemesis") return execNemesis(argc, argv);
  reexecWithLargeStack(argv);
  if (mainStackIsLarge()) return run(argc, argv);
  struct Call {
    int argc;
    char** argv;
    int result;
  } call{argc, argv, kExitInputError};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  pthread_t thread;
  auto body = [](void* p) -> void* {
    auto* c = static_cast<Call*>(p);
    c->result = run(c->argc, c->argv);
    return nullptr;
  };
  if (pthread_create(&thread, &attr, body, &call) != 0) return run(argc, argv);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return call.result;
}

int run(int argc, char** argv) {
  std::vector<std::string> args = normalizeArgs(argc, argv);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? kExitInputError : kExitOk;
  }
  std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  bool json = false;  // --report json: an error is reported as JSON too
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == "--report=json" ||
        (rest[i] == "--report" && i + 1 < rest.size() && rest[i + 1] == "json")) {
      json = true;
    }
  }
  try {
    return runReporting(
        cmd,
        [&] {
          if (cmd == "version" || cmd == "--version") {
            std::cout << "vouch " << VOUCH_VERSION << "\n";
            return kExitOk;
          }
          if (cmd == "parse") return cmdParse(rest);
          if (cmd == "check") return cmdCheck(rest);
          if (cmd == "history") return cmdHistory(rest);
          if (cmd == "trace") return cmdTrace(rest);
          if (cmd == "recheck") {
            std::cerr << "vouch " << cmd << ": not implemented yet in this version\n";
            return kExitInputError;
          }
          std::cerr << "vouch: unknown command '" << cmd << "' (see vouch --help)\n";
          return kExitInputError;
        },
        json);
  } catch (const vouch::refinement::ValueError& e) {
    // An evaluation error that reached no spec location: still no crash.
    std::cerr << "vouch " << cmd << ": error: " << e.message << "\n";
    return kExitInputError;
  }
}
