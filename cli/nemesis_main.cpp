// `vouch-nemesis`: the executable behind `vouch nemesis` (which starts it with the arguments
// that follow `nemesis`). Kept apart from `vouch` so that the checking commands do not load the
// clients of the systems under test.

#include <iostream>
#include <string>
#include <vector>

#include "cli_common.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

using namespace vouch::cli;

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return cmdNemesis(args);
  } catch (const boost::program_options::error& e) {
    std::cerr << "vouch nemesis: " << e.what() << "\n";
  } catch (const vouch::frontend::InputError& e) {
    printErrors(e);
  } catch (const vouch::frontend::InputErrors& e) {
    printErrors(e);
  } catch (const std::exception& e) {
    std::cerr << "vouch nemesis: internal error: " << e.what() << "\n";
  }
  return kExitInputError;
}
