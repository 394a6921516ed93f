// `vouch history --spec SPEC.tla [-config X.cfg] --map MAP.json HISTORY...|DIR`: one verdict per
// history file and a summary; `--report json` (PRODUCT.md) or `--report html` (one file).

#include <atomic>
#include <boost/program_options.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "cli_common.hpp"
#include "vouch/refinement/history.hpp"
#include "vouch/refinement/history_html.hpp"
#include "vouch/refinement/parallel.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

namespace po = boost::program_options;
namespace vr = vouch::refinement;
using vouch::frontend::InputError;
using vouch::frontend::InputErrors;

namespace vouch::cli {

namespace {

// History files: the arguments, with folders expanded to their regular files (sorted).
std::vector<std::string> historyFiles(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (std::filesystem::is_directory(a, ec)) {
      std::vector<std::string> inDir;
      for (const auto& e : std::filesystem::directory_iterator(a)) {
        if (!e.is_regular_file()) continue;
        std::string name = e.path().filename().string();
        std::string ext = e.path().extension().string();
        if (name[0] == '.' || ext == ".tsv" || ext == ".md" || ext == ".json" || ext == ".html" ||
            ext == ".tla" || ext == ".cfg") {
          continue;  // expectations, docs, mappings and reports that live beside histories
        }
        inDir.push_back(e.path().string());
      }
      std::sort(inDir.begin(), inDir.end());
      out.insert(out.end(), inDir.begin(), inDir.end());
    } else {
      out.push_back(a);
    }
  }
  return out;
}

int exitCodeOf(vr::Verdict v) {
  return v == vr::Verdict::Conforms   ? kExitOk
         : v == vr::Verdict::Violates ? kExitViolation
                                      : kExitUnknown;
}

const char* verdictName(vr::Verdict v) {
  return verdictOfExitCode(exitCodeOf(v));
}

std::string edn(const vouch::trace::Edn& e) {
  return e.toString();
}

// The per-file JSON report (the contract of history_html.hpp).
nlohmann::json fileReport(const std::string& file, const vr::HistoryChecker& checker,
                          const vr::HistoryResult& r) {
  nlohmann::json j;
  j["file"] = file;
  j["verdict"] = verdictName(r.verdict);
  j["exit_code"] = exitCodeOf(r.verdict);
  j["elapsed_s"] = r.elapsedSeconds;
  j["operations"] = r.operations.size();
  j["partitions"] = r.partitions;
  j["failed_operation"] = r.failedOperation ? nlohmann::json(*r.failedOperation) : nullptr;
  if (r.verdict == vr::Verdict::Unknown) j["unknown_reason"] = r.unknownReason;
  nlohmann::json ex;
  ex["text"] = checker.explain(r);
  ex["linearized"] = r.linearized;
  ex["unplaced"] = r.unplaced;
  ex["minimal"] = r.minimal;
  ex["minimal_complete"] = r.minimalComplete;
  if (!r.stateAfterPrefix.empty()) ex["state"] = r.stateAfterPrefix;
  if (r.failedOperation) ex["failed"] = checker.describe(r, *r.failedOperation);
  j["explanation"] = ex;
  nlohmann::json ops = nlohmann::json::array();
  for (const auto& op : r.operations) {
    nlohmann::json o;
    o["id"] = op.id;
    o["process"] = op.process;
    o["f"] = op.f;
    o["invoke"] = edn(op.invokeValue);
    o["output"] = op.completionValue ? nlohmann::json(edn(*op.completionValue)) : nullptr;
    o["outcome"] = op.outcome == vouch::trace::EventType::Ok     ? "ok"
                   : op.outcome == vouch::trace::EventType::Fail ? "fail"
                                                                 : "info";
    o["start"] = op.invokeIndex;
    o["end"] = op.completion != nullptr ? nlohmann::json(op.completionIndex) : nullptr;
    o["line"] = op.invoke->at.begin.line;
    o["end_line"] =
        op.completion != nullptr ? nlohmann::json(op.completion->at.begin.line) : nullptr;
    ops.push_back(o);
  }
  j["history"] = ops;
  j["stats"] = {{"search_steps", r.searchSteps},
                {"memo_entries", r.memoEntries},
                {"spec_states", r.distinctStates},
                {"evaluations", r.evaluations}};
  return j;
}

// Ends the process once everything is written: freeing millions of interned spec states and
// memo entries one by one takes longer than checking did, and the OS reclaims them at once.
[[noreturn]] int finish(int code) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}

// The diagnostics of an input error as text (empty for other exceptions); thread-safe.
std::string errorText(const std::exception& e) {
  std::string out;
  if (const auto* one = dynamic_cast<const InputError*>(&e)) {
    out = vouch::frontend::renderDiagnostic(one->diagnostic());
  } else if (const auto* many = dynamic_cast<const InputErrors*>(&e)) {
    for (const auto& d : many->diagnostics()) out += vouch::frontend::renderDiagnostic(d);
  }
  return out;
}

// What checking one file produced: its report, what to print, and its exit code.
struct FileOutcome {
  nlohmann::json report;
  std::string out;  // stdout (text report)
  std::string err;  // stderr (diagnostics)
  int code = kExitInputError;
  double elapsed = 0;
};

FileOutcome checkOne(vr::HistoryChecker& checker, const std::string& path,
                     const vr::HistoryOptions& ho, const std::string& report, bool single) {
  FileOutcome o;
  try {
    vr::HistoryResult r = checker.checkFile(path, ho);
    o.elapsed = r.elapsedSeconds;
    o.report = fileReport(path, checker, r);
    o.code = exitCodeOf(r.verdict);
    if (report == "text") {
      std::ostringstream os;
      os << path << ": " << verdictName(r.verdict) << " (" << r.operations.size() << " operations";
      if (r.partitions > 1) os << ", " << r.partitions << " partitions";
      os << ", " << r.elapsedSeconds * 1000 << " ms)\n";
      if (single || r.verdict != vr::Verdict::Conforms) {
        if (single || ho.minimize) {
          os << checker.explain(r);
        } else if (r.verdict == vr::Verdict::Violates && r.failedOperation) {
          os << "  cannot place " << checker.describe(r, *r.failedOperation) << " after "
             << r.linearized.size() << " operations\n";
        } else if (r.verdict == vr::Verdict::Unknown) {
          os << "  " << r.unknownReason << "\n";
        }
      }
      o.out = os.str();
    }
  } catch (const std::exception& e) {
    // InputError(s) render as diagnostics; anything else is still an error for this file only.
    o.err = errorText(e);
    if (o.err.empty()) o.err = path + ": internal error: " + e.what() + "\n";
    o.code = kExitInputError;
    o.report = {
        {"file", path}, {"verdict", "error"}, {"exit_code", kExitInputError}, {"error", o.err}};
    if (report == "text") o.out = path + ": error (see above)\n";
  }
  return o;
}

}  // namespace

int cmdHistory(const std::vector<std::string>& args) {
  po::options_description opts("vouch history options");
  std::string specPath, config, mapPath, report = "text", maxMemory, htmlDir;
  std::vector<std::string> includes, files;
  double timeout = 0, minimizeSeconds = 2;
  int workers = 0;
  opts.add_options()("help,h", "this help")("spec", po::value(&specPath), "the TLA+ spec")(
      "config", po::value(&config),
      "model configuration (default: SPEC.cfg beside the spec, if any)")(
      "map", po::value(&mapPath), "the mapping file (docs/history-mapping.md)")(
      "report", po::value(&report), "text | json | html (html: one history, page on stdout)")(
      "html", po::value(&htmlDir), "also write an HTML timeline per history into this folder")(
      "timeout", po::value(&timeout), "per history: verdict unknown after S seconds")(
      "max-memory", po::value(&maxMemory),
      "verdict unknown once the process uses this much memory (e.g. 512M)")(
      "no-partition", "check the whole history at once, ignoring the mapping's partition")(
      "minimize", "compute a minimal non-linearizable core (always on for json and html)")(
      "minimize-timeout", po::value(&minimizeSeconds),
      "budget for --minimize, seconds (default 2)")(
      "no-minimize", "do not minimize, even for json and html reports")(
      "workers", po::value(&workers),
      "threads: histories checked in parallel, or the partitions of one history (default: one per "
      "core)")("include,I", po::value(&includes), "add a module search folder")(
      "file", po::value(&files), "history files or folders");
  po::variables_map vm = parseCommandLine(opts, args);
  if (vm.count("help")) {
    std::cout << "usage: vouch history --spec SPEC.tla [-config X.cfg] --map MAP.json "
                 "HISTORY...|DIR [--report text|json|html]\n"
              << opts;
    return kExitOk;
  }
  if (specPath.empty()) throw po::error("--spec SPEC.tla is required");
  if (mapPath.empty()) throw po::error("--map MAP.json is required");
  if (files.empty()) throw po::error("give at least one history file or folder");
  if (report != "text" && report != "json" && report != "html") {
    throw po::error("--report takes 'text', 'json' or 'html'");
  }
  vr::HistoryOptions ho;
  ho.timeoutSeconds = timeout;
  if (!maxMemory.empty()) {
    ho.maxMemoryBytes = parseBytes(maxMemory);
    if (ho.maxMemoryBytes == 0) throw po::error("--max-memory takes a size such as 512M or 2G");
  }
  ho.partition = vm.count("no-partition") == 0;
  ho.minimize = vm.count("no-minimize") == 0 &&
                (vm.count("minimize") != 0 || report != "text" || !htmlDir.empty());
  ho.minimizeSeconds = minimizeSeconds;
  if (config.empty()) {
    std::string guess = std::filesystem::path(specPath).replace_extension(".cfg").string();
    if (std::filesystem::exists(guess)) config = guess;
  }
  std::vector<std::string> paths = historyFiles(files);
  if (paths.empty()) throw po::error("no history files found in the given folders");
  if (report == "html" && paths.size() != 1) {
    throw po::error("--report html shows one history; use --html DIR for several");
  }

  vr::HistoryMapping mapping = vr::readHistoryMapping(vouch::frontend::readSourceFile(mapPath));
  // One checker per worker, each with its own copy of the spec (the evaluator caches on the
  // syntax tree); loaded here, one after the other, before any worker starts.
  // With one history, the workers search its partitions instead.
  size_t cores = workers > 0 ? static_cast<size_t>(workers)
                             : std::max(1u, std::thread::hardware_concurrency());
  size_t nWorkers = std::min(cores, paths.size());
  size_t searchWorkers = paths.size() == 1 ? cores : 1;
  std::vector<std::unique_ptr<vr::HistoryChecker>> checkers;
  for (size_t w = 0; w < nWorkers; ++w) {
    checkers.push_back(
        std::make_unique<vr::HistoryChecker>(specPath, config, mapping, includes, searchWorkers));
  }

  bool single = paths.size() == 1;
  std::vector<FileOutcome> outcomes(paths.size());
  std::atomic<size_t> nextFile{0};
  auto work = [&](size_t w) {
    for (size_t i = nextFile++; i < paths.size(); i = nextFile++) {
      outcomes[i] = checkOne(*checkers[w], paths[i], ho, report, single);
    }
  };
  vr::runParallel(nWorkers, work);

  nlohmann::json filesJson = nlohmann::json::array();
  size_t conforms = 0, violates = 0, unknown = 0, errors = 0;
  double total = 0;
  for (size_t i = 0; i < paths.size(); ++i) {
    FileOutcome& o = outcomes[i];
    std::cerr << o.err;
    if (report == "text") std::cout << o.out;
    total += o.elapsed;
    switch (o.code) {
      case kExitOk:
        ++conforms;
        break;
      case kExitViolation:
        ++violates;
        break;
      case kExitUnknown:
        ++unknown;
        break;
      default:
        ++errors;
    }
    if (!htmlDir.empty() && o.report.contains("history")) {
      std::filesystem::create_directories(htmlDir);
      std::ofstream out(std::filesystem::path(htmlDir) /
                        (std::filesystem::path(paths[i]).filename().string() + ".html"));
      out << vr::renderHistoryHtml(o.report);
    }
    filesJson.push_back(std::move(o.report));
  }
  int code = errors > 0     ? kExitInputError
             : violates > 0 ? kExitViolation
             : unknown > 0  ? kExitUnknown
                            : kExitOk;
  if (report == "html") {
    if (filesJson[0].contains("history")) std::cout << vr::renderHistoryHtml(filesJson[0]);
    return finish(code);
  }
  if (report == "json") {
    nlohmann::json j;
    if (single) {
      j = filesJson[0];
    } else {
      j["verdict"] = verdictOfExitCode(code);
      j["exit_code"] = code;
      j["elapsed_s"] = total;
      j["files"] = filesJson;
      j["totals"] = {{"files", paths.size()},
                     {"conforms", conforms},
                     {"violates", violates},
                     {"unknown", unknown},
                     {"errors", errors}};
    }
    std::cout << j.dump(2) << "\n";
    return finish(code);
  }
  if (!single) {
    std::cout << paths.size() << " histories: " << conforms << " conform, " << violates
              << " violate, " << unknown << " unknown, " << errors
              << " errors; checking took (sum over files) " << total * 1000 << " ms\n";
  }
  return finish(code);
}

}  // namespace vouch::cli
