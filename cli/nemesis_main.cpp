// `vouch-nemesis`: the executable behind `vouch nemesis` (which starts it with the arguments
// that follow `nemesis`). Kept apart from `vouch` so that the checking commands do not load the
// clients of the systems under test.

#include <string>
#include <vector>

#include "cli_common.hpp"

using namespace vouch::cli;

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return runReporting("nemesis", [&] { return cmdNemesis(args); });
}
