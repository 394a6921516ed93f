// Runs one golden case file; one ctest test per file (registered by a loop in CMakeLists.txt).
//
//   golden_runner parse FILE.tla   — FILE ends with `EXPECT:` + the S-expression of its units,
//                                    or `ERROR: <kind> <line>:<col>`
//   golden_runner resolve FILE.tla — the same, but the module is loaded and resolved too (the
//                                    file's folder and the built-in library are searched)
//
// Exits 0 when the case holds, 1 with a diff-like message when it does not.

#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>

#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/loader.hpp"
#include "vouch/spec-frontend/parser.hpp"

using namespace vouch::frontend;

namespace {

// Whitespace is not significant: collapse runs, drop spaces next to parentheses.
std::string normalize(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty() && out.back() != '(' && c != ')') out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct Expectation {
  bool error = false;
  std::string sexpr;
  std::string kind;
  uint32_t line = 0, col = 0;
};

Expectation readExpectation(const std::string& text, const std::string& path) {
  Expectation e;
  size_t pos = text.rfind("\nEXPECT:");
  size_t epos = text.rfind("\nERROR:");
  if (pos == std::string::npos && epos == std::string::npos) {
    throw std::runtime_error(path + ": no EXPECT: or ERROR: section");
  }
  if (epos != std::string::npos && (pos == std::string::npos || epos > pos)) {
    e.error = true;
    std::istringstream is(text.substr(epos + 7));
    std::string where;
    is >> e.kind >> where;
    if (std::sscanf(where.c_str(), "%u:%u", &e.line, &e.col) != 2) {
      throw std::runtime_error(path + ": ERROR: wants '<kind> <line>:<col>'");
    }
    return e;
  }
  e.sexpr = text.substr(pos + 8);
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: golden_runner parse|resolve FILE\n";
    return 2;
  }
  std::string mode = argv[1];
  std::string path = argv[2];
  try {
    SourceFilePtr file = readSourceFile(path);
    Expectation exp = readExpectation(file->text(), path);
    std::string got;
    std::optional<Diagnostic> diag;
    try {
      if (mode == "resolve") {
        Loader loader;
        got = toSexpr(*loader.load(path).root);
      } else {
        got = toSexpr(*parseModule(file));
      }
    } catch (const InputError& e) {
      diag = e.diagnostic();
    } catch (const InputErrors& e) {
      diag = e.diagnostics().front();
    }
    if (exp.error) {
      if (!diag) {
        std::cerr << path << ": expected " << exp.kind << " error at " << exp.line << ':' << exp.col
                  << ", but it parsed:\n" << got;
        return 1;
      }
      bool ok = errorKindName(diag->kind) == exp.kind && diag->range.begin.line == exp.line &&
                diag->range.begin.col == exp.col;
      if (!ok) {
        std::cerr << path << ": expected " << exp.kind << " error at " << exp.line << ':'
                  << exp.col << ", got:\n" << renderDiagnostic(*diag);
        return 1;
      }
      return 0;
    }
    if (diag) {
      std::cerr << path << ": expected a tree, got:\n" << renderDiagnostic(*diag);
      return 1;
    }
    if (normalize(got) != normalize(exp.sexpr)) {
      std::cerr << path << ": tree differs\nexpected: " << normalize(exp.sexpr)
                << "\n     got: " << normalize(got) << "\n";
      return 1;
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << path << ": " << e.what() << "\n";
    return 1;
  }
}
