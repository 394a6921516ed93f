// Pairing a history's invocations with their completions: each client process runs at most one
// operation at a time, so a completion belongs to the invocation in flight on its process.

#include <unordered_map>

#include "edn_reader.hpp"
#include "vouch/trace/history.hpp"

namespace vouch::trace {

using detail::throwTraceError;

namespace {

const char* typeName(EventType t) {
  switch (t) {
    case EventType::Invoke:
      return ":invoke";
    case EventType::Ok:
      return ":ok";
    case EventType::Fail:
      return ":fail";
    case EventType::Info:
      return ":info";
  }
  return ":info";
}

}  // namespace

std::vector<Operation> pairOperations(const std::vector<Event>& events) {
  std::vector<Operation> ops;
  // Per client process: the operation in flight, and the event that ended its last operation
  // (for the note when a completion comes with nothing in flight).
  std::unordered_map<std::string, size_t> inFlight;
  std::unordered_map<std::string, const Event*> lastCompletion;

  for (size_t k = 0; k < events.size(); ++k) {
    const Event& e = events[k];
    if (!e.client) continue;
    auto running = inFlight.find(e.process);

    if (e.type == EventType::Invoke) {
      if (running != inFlight.end()) {
        const Operation& op = ops[running->second];
        throwTraceError(e.at,
                        "process " + e.process + " invokes :" + e.f + " while its :" + op.f +
                            " is still in flight (a process runs one operation at a time)",
                        {{op.invoke->at, "the invocation in flight"}});
      }
      Operation op;
      op.id = static_cast<int>(ops.size());
      op.process = e.process;
      op.f = e.f;
      op.outcome = EventType::Info;
      op.invokeValue = e.value;
      op.invoke = &e;
      op.invokeIndex = k;
      inFlight.emplace(e.process, ops.size());
      ops.push_back(std::move(op));
      continue;
    }

    if (running == inFlight.end()) {
      std::vector<frontend::Diagnostic::Note> notes;
      auto last = lastCompletion.find(e.process);
      if (last != lastCompletion.end()) {
        notes.push_back({last->second->at,
                         "the previous operation of process " + e.process + " completed here"});
      }
      throwTraceError(e.at,
                      "process " + e.process + " completes :" + e.f + " (" + typeName(e.type) +
                          ") with no invocation in flight",
                      std::move(notes));
    }
    Operation& op = ops[running->second];
    if (e.f != op.f) {
      throwTraceError(e.at, "completion :f :" + e.f + " differs from its invocation's :f :" + op.f,
                      {{op.invoke->at, "the invocation"}});
    }
    op.outcome = e.type;
    op.completionValue = e.value;
    op.completion = &e;
    op.completionIndex = k;
    inFlight.erase(running);
    lastCompletion[e.process] = &e;
  }
  return ops;
}

}  // namespace vouch::trace
