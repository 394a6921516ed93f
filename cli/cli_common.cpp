// What the two executables (`vouch` and `vouch-nemesis`) share: option parsing, verdict names,
// error printing.

#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_common.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

namespace po = boost::program_options;
using namespace vouch::frontend;

po::variables_map vouch::cli::parseCommandLine(const po::options_description& opts,
                                               const std::vector<std::string>& args) {
  po::positional_options_description pos;
  pos.add("file", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(opts).positional(pos).run(), vm);
  po::notify(vm);
  return vm;
}

const char* vouch::cli::verdictOfExitCode(int code) {
  switch (code) {
    case kExitOk:
      return "conforms";
    case kExitViolation:
      return "violates";
    case kExitUnknown:
      return "unknown";
    default:
      return "error";
  }
}

uint64_t vouch::cli::parseBytes(const std::string& s) {
  if (s.empty()) return 0;
  size_t used = 0;
  double v = 0;
  try {
    v = std::stod(s, &used);
  } catch (...) {
    return 0;
  }
  std::string unit = s.substr(used);
  double mul = 1;
  if (unit == "K" || unit == "KB" || unit == "KiB")
    mul = 1024.0;
  else if (unit == "M" || unit == "MB" || unit == "MiB")
    mul = 1024.0 * 1024;
  else if (unit == "G" || unit == "GB" || unit == "GiB")
    mul = 1024.0 * 1024 * 1024;
  else if (!unit.empty())
    return 0;
  double bytes = v * mul;  // NaN and infinities fail both tests
  return bytes >= 1 && bytes < 1.8e19 ? static_cast<uint64_t>(bytes) : 0;
}

void vouch::cli::printErrors(const std::exception& ex) {
  if (const auto* e = dynamic_cast<const InputError*>(&ex)) {
    std::cerr << renderDiagnostic(e->diagnostic());
  } else if (const auto* es = dynamic_cast<const InputErrors*>(&ex)) {
    for (const auto& d : es->diagnostics()) std::cerr << renderDiagnostic(d);
  }
}

std::string vouch::cli::siblingExecutable(const std::string& name) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return name;
  return (self.parent_path() / name).string();
}

namespace {

nlohmann::json diagnosticJson(const Diagnostic& d) {
  nlohmann::json j = {{"kind", errorKindName(d.kind)}, {"message", d.message}};
  if (d.range.valid()) {
    j["file"] = d.range.file->path();
    j["line"] = d.range.begin.line;
    j["column"] = d.range.begin.col;
  }
  return j;
}

}  // namespace

int vouch::cli::runReporting(const std::string& cmd, const std::function<int()>& body, bool json) {
  auto t0 = std::chrono::steady_clock::now();
  nlohmann::json errors = nlohmann::json::array();
  try {
    return body();
  } catch (const po::error& e) {
    std::cerr << "vouch " << cmd << ": " << e.what() << "\n";
    errors.push_back({{"kind", "usage"}, {"message", e.what()}});
  } catch (const InputError& e) {
    printErrors(e);
    errors.push_back(diagnosticJson(e.diagnostic()));
  } catch (const InputErrors& e) {
    printErrors(e);
    for (const auto& d : e.diagnostics()) errors.push_back(diagnosticJson(d));
  } catch (const std::exception& e) {
    // Not an input error we know how to describe: still no crash, and say so plainly.
    std::cerr << "vouch " << cmd << ": internal error: " << e.what() << "\n";
    errors.push_back({{"kind", "internal"}, {"message", e.what()}});
  }
  if (json) {
    // The report promised on stdout: the errors are the verdict (the diagnostics, with their
    // source lines, are on stderr as always).
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - t0;
    nlohmann::json report = {{"verdict", "error"},
                             {"exit_code", kExitInputError},
                             {"elapsed_s", elapsed.count()},
                             {"errors", errors}};
    std::cout << report.dump(2) << std::endl;
  }
  return kExitInputError;
}
