// libFuzzer target over the TLA+ parser (lexer, comment pre-scan, layout pass, grammar, AST
// builder, S-expression printer) and the .cfg parser. Bad input must end in InputError, never in
// a crash, a hang or a sanitizer report. Run with `make fuzz-parser`.

#include <cstdint>
#include <memory>
#include <string>

#include "vouch/spec-frontend/cfg.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/parser.hpp"

using namespace vouch::frontend;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto file = std::make_shared<SourceFile>("fuzz.tla", text);
  try {
    ModulePtr m = parseModule(file);
    (void)toSexpr(*m);
  } catch (const InputError& e) {
    (void)renderDiagnostic(e.diagnostic());
  }
  auto cfg = std::make_shared<SourceFile>("fuzz.cfg", text);
  try {
    (void)parseConfig(cfg);
  } catch (const InputError& e) {
    (void)renderDiagnostic(e.diagnostic());
  }
  return 0;
}
