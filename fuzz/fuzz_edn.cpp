// libFuzzer target over the history readers: the EDN reader (and printer: what it prints must
// read back as the same value), format detection, the JSON-lines and Jepsen log-line readers, and
// the pairing of operations. Bad input must end in InputError, never in another exception, a
// crash, a hang or a sanitizer report. Run with `make fuzz-edn`.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/trace/history.hpp"

using namespace vouch::frontend;
using namespace vouch::trace;

namespace {

[[noreturn]] void bug(const std::string& what) {
  std::fprintf(stderr, "fuzz_edn: %s\n", what.c_str());
  std::abort();
}

// toString of a form read from the input reads back as one form that prints the same.
void checkRoundTrip(const Edn& form) {
  std::string printed = form.toString();
  auto file = std::make_shared<SourceFile>("printed.edn", printed);
  std::vector<Edn> again;
  try {
    again = readEdn(file);
  } catch (const InputError& e) {
    bug("printed form does not read back: " + printed + "\n" + renderDiagnostic(e.diagnostic()));
  }
  if (again.size() != 1)
    bug("printed form reads as " + std::to_string(again.size()) + " forms: " + printed);
  if (again[0].toString() != printed)
    bug("printed form changes: " + printed + " -> " + again[0].toString());
}

void checkOperations(const std::vector<Event>& events, const std::vector<Operation>& ops) {
  for (size_t k = 0; k < ops.size(); ++k) {
    const Operation& op = ops[k];
    if (op.id != static_cast<int>(k)) bug("operation ids out of order");
    if (op.invokeIndex >= events.size() || op.invoke != &events[op.invokeIndex]) bug("bad invoke");
    if (op.invoke->type != EventType::Invoke || !op.invoke->client) bug("not a client invocation");
    if (k > 0 && op.invokeIndex <= ops[k - 1].invokeIndex) bug("ids not in invocation order");
    if (op.completion == nullptr) {
      if (op.completionIndex != SIZE_MAX || op.completionValue || op.outcome != EventType::Info) {
        bug("never-completed operation is not Info");
      }
    } else if (op.completionIndex >= events.size() ||
               op.completion != &events[op.completionIndex] ||
               op.completionIndex <= op.invokeIndex || op.completion->f != op.f ||
               op.completion->process != op.process || op.outcome != op.completion->type) {
      bug("bad completion");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto file = std::make_shared<SourceFile>("fuzz.edn", text);
  try {
    for (const Edn& form : readEdn(file)) checkRoundTrip(form);
  } catch (const InputError& e) {
    (void)renderDiagnostic(e.diagnostic());
  }
  try {
    std::vector<Event> events = readHistory(file);
    if (events.empty()) bug("readHistory returned no events");
    for (const Event& e : events) (void)e.fields.toString();
    checkOperations(events, pairOperations(events));
  } catch (const InputError& e) {
    (void)renderDiagnostic(e.diagnostic());
  }
  return 0;
}
