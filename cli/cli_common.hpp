#pragma once
// What the `vouch` subcommands share: exit codes (PRODUCT.md) and error printing.

#include <exception>
#include <string>
#include <vector>

namespace vouch::cli {

constexpr int kExitOk = 0;
constexpr int kExitViolation = 1;
constexpr int kExitInputError = 2;
constexpr int kExitUnknown = 3;

/// Prints an InputError/InputErrors as `file:line:col: error: ...` with the line and a caret.
void printErrors(const std::exception& ex);

int cmdHistory(const std::vector<std::string>& args);

}  // namespace vouch::cli
