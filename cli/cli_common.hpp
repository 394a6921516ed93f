#pragma once
// What the `vouch` subcommands share: exit codes (PRODUCT.md), error printing, finding the other
// executable.

#include <boost/program_options.hpp>
#include <cstdint>
#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace vouch::cli {

constexpr int kExitOk = 0;
constexpr int kExitViolation = 1;
constexpr int kExitInputError = 2;
constexpr int kExitUnknown = 3;

/// The report's verdict for an exit code: conforms, violates, error, unknown.
const char* verdictOfExitCode(int code);

/// Parses a size for --max-memory: `512M`, `2G`, `100000` (bytes); 0 on error.
uint64_t parseBytes(const std::string& s);

/// Prints an InputError/InputErrors as `file:line:col: error: ...` with the line and a caret.
void printErrors(const std::exception& ex);

/// Parses a subcommand's arguments; positional arguments go to the option named "file".
boost::program_options::variables_map parseCommandLine(
    const boost::program_options::options_description& opts, const std::vector<std::string>& args);

/// Runs a subcommand (`vouch CMD`); an exception becomes a message on stderr and exit code 2,
/// never a crash: option errors as `vouch CMD: ...`, input errors as `file:line:col: error:`
/// with the line, anything else as an internal error. With `json` (`--report json`), stdout
/// also gets the report's JSON object: verdict "error", exit_code 2 and the errors.
int runReporting(const std::string& cmd, const std::function<int()>& body, bool json = false);

/// The path of another executable of this project installed beside this one (`vouch`,
/// `vouch-nemesis`).
std::string siblingExecutable(const std::string& name);

int cmdHistory(const std::vector<std::string>& args);
int cmdNemesis(const std::vector<std::string>& args);

}  // namespace vouch::cli
