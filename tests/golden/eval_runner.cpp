// Runs one golden evaluation file (docs/eval-case-format.md): every case line after the
// module's `====` is `EXPR ==> VALUE` or `EXPR ==> ERROR kind line:col`. Exits 0 when all hold;
// otherwise prints each failing case with what was expected and what came out.
//
// Each case is evaluated in a synthetic copy of the file where the case's expression stays at
// its own line and column (so error positions are the file's), defined as `__lhs`.

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "vouch/refinement/eval.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/loader.hpp"

using namespace vouch;
using frontend::InputError;
using frontend::InputErrors;

namespace {

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::string cur;
  for (char c : text) {
    if (c == '\n') {
      lines.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  lines.push_back(cur);
  return lines;
}

struct Outcome {
  bool error = false;
  std::string text;  // value, or "kind line:col message"
};

Outcome evaluate(const std::string& path, const std::string& text, const char* name) {
  Outcome o;
  try {
    frontend::Loader loader;
    frontend::LoadedSpec spec = loader.load(path, text);
    refinement::Model model(spec, nullptr);
    refinement::Evaluator ev(model);
    const frontend::Expr* ref = model.reference(name);
    if (ref == nullptr) throw std::runtime_error("no definition " + std::string(name));
    o.text = ev.eval(*ref, nullptr).toString();
  } catch (const InputError& e) {
    const auto& d = e.diagnostic();
    o.error = true;
    o.text = std::string(frontend::errorKindName(d.kind)) + " " + std::to_string(d.range.begin.line) +
             ":" + std::to_string(d.range.begin.col) + " " + d.message;
  } catch (const InputErrors& e) {
    const auto& d = e.diagnostics().front();
    o.error = true;
    o.text = std::string(frontend::errorKindName(d.kind)) + " " + std::to_string(d.range.begin.line) +
             ":" + std::to_string(d.range.begin.col) + " " + d.message;
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: eval_runner FILE.tla\n";
    return 2;
  }
  std::string path = argv[1];
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<std::string> lines = splitLines(ss.str());
  size_t end = 0;  // index of the closing ==== line
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("====", 0) == 0) {
      end = i;
      break;
    }
  }
  if (end == 0) {
    std::cerr << path << ": no closing ====\n";
    return 1;
  }
  int cases = 0, failures = 0;
  for (size_t i = end + 1; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    size_t arrow = line.find("==>");
    if (arrow == std::string::npos) continue;
    ++cases;
    std::string lhs = line.substr(0, arrow);
    std::string rhs = line.substr(arrow + 3);
    rhs.erase(0, rhs.find_first_not_of(" \t"));
    while (!rhs.empty() && (rhs.back() == ' ' || rhs.back() == '\r')) rhs.pop_back();
    // The synthetic module: the module part, `__lhs ==` on the line before the case, the
    // expression in place, then `__rhs == VALUE` and `====`.
    std::vector<std::string> out(lines.begin(), lines.begin() + static_cast<long>(i + 1));
    for (size_t k = end; k < i; ++k) out[k] = "";
    out[i - 1] = "__lhs ==";
    out[i] = lhs;
    out.push_back("__rhs ==");
    bool expectError = rhs.rfind("ERROR", 0) == 0;
    out.push_back(expectError ? "  TRUE" : "  " + rhs);
    out.push_back("====");
    std::string text;
    for (const auto& l : out) text += l + "\n";
    Outcome got = evaluate(path, text, "__lhs");
    bool ok;
    std::string expected;
    if (expectError) {
      std::istringstream es(rhs.substr(5));
      std::string kind, where;
      es >> kind >> where;
      expected = "ERROR " + kind + " " + where;
      ok = got.error && got.text.rfind(kind + " " + where + " ", 0) == 0;
    } else {
      Outcome want = evaluate(path, text, "__rhs");
      expected = want.error ? "(expected side fails: " + want.text + ")" : want.text;
      ok = !got.error && !want.error && got.text == want.text;
    }
    if (!ok) {
      ++failures;
      std::cerr << path << ":" << (i + 1) << ": " << lhs << "\n  expected: " << expected
                << "\n       got: " << (got.error ? "ERROR " : "") << got.text << "\n";
    }
  }
  std::cout << path << ": " << (cases - failures) << " passed, " << failures << " failed\n";
  return failures == 0 && cases > 0 ? 0 : 1;
}
