// Unit tests for reading histories (EDN, JSON lines, Jepsen log lines) and pairing operations
// (trace/history_read, trace/history_pair), on small texts and on the Porcupine data.

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/trace/history.hpp"

#ifndef VOUCH_SOURCE_DIR
#define VOUCH_SOURCE_DIR "."
#endif

using namespace vouch::frontend;
using namespace vouch::trace;
using Kind = Edn::Kind;

namespace {

const std::string kData = VOUCH_SOURCE_DIR "/../shared/data/porcupine";

// A history and its file (events point into the file).
struct History {
  SourceFilePtr file;
  std::vector<Event> events;
};

History history(const std::string& text, const std::string& name = "history.txt") {
  auto file = std::make_shared<SourceFile>(name, text);
  return History{file, readHistory(file)};
}

// A file of the Porcupine data; fails (never skips) when the data is missing.
SourceFilePtr dataFile(const std::string& relative) {
  std::string path = kData + "/" + relative;
  INFO("the Porcupine data must be at " << kData);
  REQUIRE(std::filesystem::is_regular_file(path));
  return readSourceFile(path);
}

struct Failure {
  SourceFilePtr file;
  Diagnostic diag;
};

Failure readFailure(const std::string& text) {
  auto file = std::make_shared<SourceFile>("history.txt", text);
  try {
    readHistory(file);
  } catch (const InputError& e) {
    return Failure{file, e.diagnostic()};
  }
  FAIL("expected a history error for:\n" << text);
  return {};
}

Failure pairFailure(const std::string& text) {
  History h = history(text);
  try {
    pairOperations(h.events);
  } catch (const InputError& e) {
    return Failure{h.file, e.diagnostic()};
  }
  FAIL("expected a pairing error for:\n" << text);
  return {};
}

void checkAt(const Failure& f, uint32_t line, uint32_t col, const std::string& part) {
  INFO(renderDiagnostic(f.diag));
  CHECK(f.diag.kind == ErrorKind::Trace);
  CHECK(f.diag.range.file == f.file.get());
  CHECK(f.diag.range.begin.line == line);
  CHECK(f.diag.range.begin.col == col);
  CHECK(f.diag.message.find(part) != std::string::npos);
}

void requireReadError(const std::string& text, uint32_t line, uint32_t col,
                      const std::string& part) {
  checkAt(readFailure(text), line, col, part);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// EDN

TEST_CASE("history: EDN, one map per line", "[history]") {
  History h = history(
      "{:process 0, :type :invoke, :f :read, :value nil}\n"
      "\n"
      "{:process 0, :type :ok, :f :read, :value 3, :time 12}\n"
      "{:process :nemesis, :type :info, :f :start, :value [:n1 :n2]}\n"
      "{:process 1 :type :fail :f :cas :value [1 2]}\n");
  REQUIRE(h.events.size() == 4);
  const Event& e = h.events[1];
  CHECK(e.type == EventType::Ok);
  CHECK(e.process == "0");
  CHECK(e.client);
  CHECK(e.f == "read");
  CHECK(e.value.kind == Kind::Int);
  CHECK(e.value.i == 3);
  REQUIRE(e.fields.get("time") != nullptr);
  CHECK(e.fields.get("time")->i == 12);
  CHECK(e.at.begin.line == 3);
  CHECK(e.at.begin.col == 1);
  CHECK(h.events[0].value.kind == Kind::Nil);
  CHECK(h.events[2].process == "nemesis");
  CHECK_FALSE(h.events[2].client);
  CHECK(h.events[2].value.toString() == "[:n1 :n2]");
  CHECK(h.events[3].type == EventType::Fail);
  CHECK(h.events[3].at.begin.line == 5);
}

TEST_CASE("history: EDN, one vector of tagged Jepsen ops, without :value", "[history]") {
  History h = history(
      "[#jepsen.history.Op{:index 0, :type :invoke, :process 2, :f :write, :value 4}\n"
      " #jepsen.history.Op{:index 1, :type :info, :process 2, :f :write}]\n");
  REQUIRE(h.events.size() == 2);
  CHECK(h.events[0].fields.tag == "jepsen.history.Op");
  CHECK(h.events[0].value.i == 4);
  CHECK(h.events[1].type == EventType::Info);
  CHECK(h.events[1].value.kind == Kind::Nil);  // no :value is nil
  CHECK(h.events[1].at.begin.line == 2);
  CHECK(h.events[1].at.begin.col == 2);
}

TEST_CASE("history: events with missing or wrong-typed fields", "[history]") {
  requireReadError("{:process 0, :type :invoke, :f :read}\n{:process 0, :f :read}", 2, 1,
                   "event has no :type");
  requireReadError("{:type :ok, :f :read}", 1, 1, "event has no :process");
  requireReadError("  {:type :ok, :process 3}", 1, 3, "event has no :f");
  requireReadError("{:process 0, :type :done, :f :read}", 1, 20,
                   ":type must be :invoke, :ok, :fail or :info, found keyword :done");
  requireReadError("{:process 0, :type 1, :f :read}", 1, 20, ":type must be");
  requireReadError("{:process [0], :type :ok, :f :read}", 1, 11,
                   ":process must be an integer (a client) or a keyword");
  requireReadError("{:process 1.5, :type :ok, :f :read}", 1, 11, ":process must be");
  requireReadError("{:process 0, :type :ok, :f 7}", 1, 28, ":f must be a keyword");
  requireReadError("{:process 0, :type :ok, :f :read}\n[1 2]", 2, 1,
                   "an event must be a map, found vector [1 2]");
  requireReadError("[{:process 0, :type :ok, :f :read} :x]", 1, 36, "an event must be a map");
}

TEST_CASE("history: malformed EDN is reported at its position", "[history]") {
  requireReadError("{:process 0, :type :ok, :f :read}\n{:process 0, :type :ok", 2, 1,
                   "unterminated map");
  requireReadError("{:process 0, :type :ok, :f :read, :value [1 2}", 1, 46, "mismatched '}'");
  requireReadError("{:process 0 :type}", 1, 13, "odd number of forms");
}

TEST_CASE("history: invalid UTF-8 is an error in every format", "[history]") {
  requireReadError("{:process 0, :type :ok, :f :read, :value \"\xFE\"}", 1, 43, "invalid UTF-8");
  requireReadError("{\"process\":0,\"type\":\"ok\",\"f\":\"read\"}\n\xFF", 2, 1, "invalid UTF-8");
  requireReadError("INFO  jepsen.util - 0\t:invoke\t:read\t\"\xC1\"", 1, 38, "invalid UTF-8");
}

// ---------------------------------------------------------------------------------------------
// JSON lines

TEST_CASE("history: JSON lines", "[history]") {
  History h = history(
      "{\"process\":0,\"type\":\"invoke\",\"f\":\"read\",\"value\":null}\n"
      "\r\n"
      "{\"process\":0,\"type\":\":ok\",\"f\":\":read\",\"value\":1.5,\"key\":\"k\"}\r\n"
      "{\"process\":\"nemesis\",\"type\":\"info\",\"f\":\"kill\",\"value\":[1,{\"a\":true}]}\n");
  REQUIRE(h.events.size() == 3);
  CHECK(h.events[0].type == EventType::Invoke);
  CHECK(h.events[0].value.kind == Kind::Nil);
  CHECK(h.events[0].client);
  CHECK(h.events[1].type == EventType::Ok);
  CHECK(h.events[1].f == "read");
  CHECK(h.events[1].value.kind == Kind::Float);
  CHECK(h.events[1].value.f == 1.5);
  REQUIRE(h.events[1].fields.get("key") != nullptr);
  CHECK(h.events[1].fields.get("key")->kind == Kind::String);
  CHECK(h.events[1].at.begin.line == 3);
  CHECK(h.events[2].process == "nemesis");
  CHECK_FALSE(h.events[2].client);
  CHECK(h.events[2].value.toString() == "[1 {\"a\" true}]");
}

TEST_CASE("history: JSON numbers", "[history]") {
  History h = history(
      "{\"process\":0,\"type\":\"invoke\",\"f\":\"w\",\"value\":9223372036854775807}\n"
      "{\"process\":0,\"type\":\"ok\",\"f\":\"w\",\"value\":-3}\n"
      "{\"process\":0,\"type\":\"invoke\",\"f\":\"w\",\"value\":2.0}\n"
      "{\"process\":0,\"type\":\"ok\",\"f\":\"w\",\"value\":1e2}\n");
  CHECK(h.events[0].value.kind == Kind::Int);
  CHECK(h.events[0].value.i == INT64_MAX);
  CHECK(h.events[1].value.i == -3);
  CHECK(h.events[2].value.kind == Kind::Float);  // a fraction, even .0, is a float
  CHECK(h.events[3].value.kind == Kind::Float);
  CHECK(h.events[3].value.f == 100.0);
}

TEST_CASE("history: JSON errors", "[history]") {
  const std::string ok = "{\"process\":0,\"type\":\"invoke\",\"f\":\"read\"}\n";
  requireReadError(ok + "{\"process\":0,\"type\":ok}", 2, 21, "invalid JSON");
  requireReadError(ok + "{\"process\":0,", 2, 14, "invalid JSON");
  requireReadError(ok + "[1, 2]", 2, 1, "an event must be a JSON object, found vector [1 2]");
  requireReadError(ok + "{\"process\":0,\"f\":\"read\"}", 2, 1, "event has no :type");
  requireReadError(ok + "{\"process\":0,\"type\":\"begin\",\"f\":\"read\"}", 2, 1,
                   ":type must be :invoke, :ok, :fail or :info, found string \"begin\"");
  requireReadError(ok + "{\"process\":null,\"type\":\"ok\",\"f\":\"read\"}", 2, 1,
                   ":process must be");
  requireReadError(
      ok + "{\"process\":0,\"type\":\"ok\",\"f\":\"read\",\"value\":9223372036854775808}", 2, 1,
      "integer 9223372036854775808 is out of the 64-bit range");
  requireReadError(
      ok + "{\"process\":0,\"type\":\"ok\",\"f\":\"read\",\"value\":123456789012345678901}", 2, 1,
      "out of the 64-bit range");
  requireReadError(ok + "{\"value\":" + std::string(401, '[') + std::string(401, ']') + "}", 2, 1,
                   "nesting deeper than 400 levels");
}

// ---------------------------------------------------------------------------------------------
// Jepsen log lines

TEST_CASE("history: Jepsen log lines, tabs or spaces, other lines skipped", "[history]") {
  History h = history(
      "INFO  jepsen.core - Running test\n"
      "INFO  jepsen.util - 0\t:invoke\t:read\tnil\n"
      "INFO  jepsen.util - 3   :invoke :cas    [3 0]\n"
      "WARN  jepsen.db - something - else happened\n"
      "INFO  jepsen.util - 0\t:ok\t:read\t4\n"
      "INFO  jepsen.util - 3\t:info\t:cas\t:timed-out\n"
      "INFO  jepsen.util - :nemesis\t:info\t:start\t\n"
      "2015-04-01 INFO  jepsen.util - 2\t:fail\t:write\t1\tindeterminate: read timed out\n");
  REQUIRE(h.events.size() == 6);
  CHECK(h.events[0].process == "0");
  CHECK(h.events[0].type == EventType::Invoke);
  CHECK(h.events[0].f == "read");
  CHECK(h.events[0].value.kind == Kind::Nil);
  CHECK(h.events[0].at.begin.line == 2);
  CHECK(h.events[1].value.toString() == "[3 0]");
  CHECK(h.events[1].value.at.begin.line == 3);
  CHECK(h.events[1].value.at.begin.col == 41);
  CHECK(h.events[2].value.i == 4);
  CHECK(h.events[3].type == EventType::Info);
  CHECK(h.events[3].value.kind == Kind::Keyword);
  CHECK(h.events[3].value.s == "timed-out");
  CHECK(h.events[4].process == "nemesis");
  CHECK_FALSE(h.events[4].client);
  CHECK(h.events[4].value.kind == Kind::Nil);
  CHECK(h.events[5].type == EventType::Fail);
  CHECK(h.events[5].value.i == 1);
  REQUIRE(h.events[5].fields.get("error") != nullptr);
  CHECK(h.events[5].fields.get("error")->s == "indeterminate: read timed out");
  REQUIRE(h.events[5].fields.get("process") != nullptr);
  CHECK(h.events[5].fields.get("process")->i == 2);
}

TEST_CASE("history: a malformed value in a log line is an error at the value", "[history]") {
  requireReadError(
      "INFO  jepsen.util - 0\t:invoke\t:read\tnil\nINFO  jepsen.util - 1\t:ok\t:cas\t[3 0", 2, 32,
      "unterminated vector");
  requireReadError("INFO  jepsen.util - 1\t:ok\t:cas\t]", 1, 32, "unmatched ']'");
  requireReadError("INFO  jepsen.util - 99999999999999999999\t:ok\t:read\tnil", 1, 21,
                   "process number out of the 64-bit range");
}

// ---------------------------------------------------------------------------------------------
// Empty histories

TEST_CASE("history: an empty history is an input error naming the file", "[history]") {
  for (const std::string& text :
       {std::string(), std::string("\n  \n\t\n"), std::string("[]"), std::string("; nothing\n"),
        std::string("INFO  jepsen.core - Running test\nINFO  jepsen.core - done\n")}) {
    Failure f = readFailure(text);
    INFO("input: " << text << "\n" << renderDiagnostic(f.diag));
    CHECK(f.diag.kind == ErrorKind::Trace);
    CHECK(f.diag.message.rfind("history is empty", 0) == 0);
    REQUIRE(f.diag.range.file == f.file.get());
    CHECK(f.diag.range.begin.line == 1);
    CHECK(f.diag.range.begin.col == 1);
    CHECK(renderDiagnostic(f.diag).rfind("history.txt:1:1: error: history is empty", 0) == 0);
  }
}

TEST_CASE("history: etcd_095.log (empty) is an input error, not a crash", "[history]") {
  SourceFilePtr file = dataFile("jepsen/etcd_095.log");
  REQUIRE(file->text().empty());
  try {
    readHistory(file);
    FAIL("an empty history must be an error");
  } catch (const InputError& e) {
    CHECK(e.diagnostic().message == "history is empty");
    CHECK(renderDiagnostic(e.diagnostic()).find("etcd_095.log:1:1: error: history is empty") !=
          std::string::npos);
  }
}

// ---------------------------------------------------------------------------------------------
// Pairing

TEST_CASE("history: pairing invocations with completions", "[history]") {
  History h = history(
      "{:process 0, :type :invoke, :f :write, :value 1}\n"
      "{:process 1, :type :invoke, :f :read, :value nil}\n"
      "{:process :nemesis, :type :info, :f :start, :value nil}\n"
      "{:process 1, :type :ok, :f :read, :value 1}\n"
      "{:process 0, :type :fail, :f :write, :value 1}\n"
      "{:process :nemesis, :type :info, :f :stop, :value nil}\n"
      "{:process 1, :type :invoke, :f :cas, :value [1 2]}\n");
  std::vector<Operation> ops = pairOperations(h.events);
  REQUIRE(ops.size() == 3);  // the nemesis events are not operations
  CHECK(ops[0].id == 0);
  CHECK(ops[0].process == "0");
  CHECK(ops[0].f == "write");
  CHECK(ops[0].outcome == EventType::Fail);
  CHECK(ops[0].invokeIndex == 0);
  CHECK(ops[0].completionIndex == 4);
  CHECK(ops[0].invoke == &h.events[0]);
  CHECK(ops[0].completion == &h.events[4]);
  CHECK(ops[1].id == 1);
  CHECK(ops[1].outcome == EventType::Ok);
  CHECK(ops[1].invokeValue.kind == Kind::Nil);
  REQUIRE(ops[1].completionValue);
  CHECK(ops[1].completionValue->i == 1);
  // Never completed: an Info operation without a completion.
  CHECK(ops[2].id == 2);
  CHECK(ops[2].f == "cas");
  CHECK(ops[2].outcome == EventType::Info);
  CHECK_FALSE(ops[2].completionValue);
  CHECK(ops[2].completion == nullptr);
  CHECK(ops[2].completionIndex == SIZE_MAX);
  CHECK(ops[2].invokeValue.toString() == "[1 2]");
}

TEST_CASE("history: after :info the process may invoke again", "[history]") {
  History h = history(
      "{:process 4, :type :invoke, :f :write, :value 1}\n"
      "{:process 4, :type :info, :f :write, :value :timed-out}\n"
      "{:process 4, :type :invoke, :f :read, :value nil}\n"
      "{:process 4, :type :ok, :f :read, :value 1}\n");
  std::vector<Operation> ops = pairOperations(h.events);
  REQUIRE(ops.size() == 2);
  CHECK(ops[0].outcome == EventType::Info);
  CHECK(ops[0].completionValue->s == "timed-out");
  CHECK(ops[1].outcome == EventType::Ok);
  CHECK(ops[1].invokeIndex == 2);
  CHECK(ops[1].completionIndex == 3);
}

TEST_CASE("history: ids follow invocation order, not completion order", "[history]") {
  History h = history(
      "INFO  jepsen.util - 0\t:invoke\t:read\tnil\n"
      "INFO  jepsen.util - 1\t:invoke\t:write\t2\n"
      "INFO  jepsen.util - 1\t:ok\t:write\t2\n"
      "INFO  jepsen.util - 0\t:ok\t:read\t2\n");
  std::vector<Operation> ops = pairOperations(h.events);
  REQUIRE(ops.size() == 2);
  CHECK(ops[0].process == "0");
  CHECK(ops[0].completionIndex == 3);
  CHECK(ops[1].process == "1");
  CHECK(ops[1].completionIndex == 2);
}

TEST_CASE("history: a completion with no invocation in flight", "[history]") {
  Failure f = pairFailure(
      "{:process 0, :type :invoke, :f :read}\n"
      "{:process 0, :type :ok, :f :read}\n"
      "{:process 0, :type :ok, :f :read}\n");
  checkAt(f, 3, 1, "process 0 completes :read (:ok) with no invocation in flight");
  REQUIRE(f.diag.notes.size() == 1);
  CHECK(f.diag.notes[0].range.begin.line == 2);

  Failure first = pairFailure("{:process 7, :type :fail, :f :read}\n");
  checkAt(first, 1, 1, "process 7 completes :read (:fail) with no invocation in flight");
  CHECK(first.diag.notes.empty());
}

TEST_CASE("history: a second invocation while one is in flight", "[history]") {
  Failure f = pairFailure(
      "{:process 1, :type :invoke, :f :read}\n"
      "{:process 2, :type :invoke, :f :read}\n"
      "  {:process 1, :type :invoke, :f :write, :value 3}\n");
  checkAt(f, 3, 3, "process 1 invokes :write while its :read is still in flight");
  REQUIRE(f.diag.notes.size() == 1);
  CHECK(f.diag.notes[0].message == "the invocation in flight");
  CHECK(f.diag.notes[0].range.begin.line == 1);
}

TEST_CASE("history: a completion whose :f differs from its invocation's", "[history]") {
  Failure f = pairFailure(
      "INFO  jepsen.util - 3\t:invoke\t:read\tnil\n"
      "INFO  jepsen.util - 3\t:ok\t:write\t1\n");
  checkAt(f, 2, 1, "completion :f :write differs from its invocation's :f :read");
  REQUIRE(f.diag.notes.size() == 1);
  CHECK(f.diag.notes[0].range.begin.line == 1);
  std::string text = renderDiagnostic(f.diag);
  CHECK(text.find("history.txt:1:1: note: the invocation") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// The Porcupine data

TEST_CASE("history: etcd_000.log pairs into 85 operations", "[history]") {
  SourceFilePtr file = dataFile("jepsen/etcd_000.log");
  std::vector<Event> events = readHistory(file);
  // `grep -c '' etcd_000.log` = 170 lines, every one an event;
  // `awk -F'\t' '$2==":invoke"' etcd_000.log | wc -l` = 85 invocations;
  // `awk -F'\t' '{print $2}' etcd_000.log | sort | uniq -c` = 49 :ok, 20 :fail, 16 :info.
  REQUIRE(events.size() == 170);
  std::vector<Operation> ops = pairOperations(events);
  REQUIRE(ops.size() == 85);
  int ok = 0, fail = 0, info = 0;
  for (const Operation& op : ops) {
    ok += op.outcome == EventType::Ok;
    fail += op.outcome == EventType::Fail;
    info += op.outcome == EventType::Info;
    CHECK(op.completion != nullptr);  // all 85 complete
  }
  CHECK(ok == 49);
  CHECK(fail == 20);
  CHECK(info == 16);
  // The first line: `INFO  jepsen.util - 0	:invoke	:read	nil`; the 19th: `2	:invoke	:cas
  // [3 0]`.
  CHECK(ops[0].process == "0");
  CHECK(ops[0].f == "read");
  CHECK(events[18].value.toString() == "[3 0]");
  CHECK(events[18].at.begin.line == 19);
}

TEST_CASE("history: etcd_100.log (runs of spaces, no tabs) pairs into 77 operations", "[history]") {
  // `grep -c '' etcd_100.log` = 154; `awk '$5==":invoke"' etcd_100.log | wc -l` = 77.
  std::vector<Event> events = readHistory(dataFile("jepsen/etcd_100.log"));
  REQUIRE(events.size() == 154);
  CHECK(pairOperations(events).size() == 77);
}

TEST_CASE("history: every Porcupine etcd history but etcd_095 reads and pairs", "[history]") {
  int files = 0;
  for (int n = 0; n <= 102; ++n) {
    char name[32];
    std::snprintf(name, sizeof name, "jepsen/etcd_%03d.log", n);
    SourceFilePtr file = dataFile(name);
    INFO(name);
    if (n == 95) {
      CHECK_THROWS_AS(readHistory(file), InputError);
      continue;
    }
    std::vector<Event> events = readHistory(file);
    std::vector<Operation> ops = pairOperations(events);
    CHECK(ops.size() >= 73);  // the data README: 73–90 operations per file
    CHECK(ops.size() <= 90);
    ++files;
  }
  CHECK(files == 102);
}

TEST_CASE("history: kv/c10-ok.txt (an EDN map per line) pairs into 337 operations", "[history]") {
  // `grep -c '' c10-ok.txt` = 674 lines; `grep -c ':type :invoke' c10-ok.txt` = 337.
  SourceFilePtr file = dataFile("kv/c10-ok.txt");
  std::vector<Event> events = readHistory(file);
  REQUIRE(events.size() == 674);
  CHECK(events[0].process == "9");
  CHECK(events[0].f == "append");
  CHECK(events[0].value.s == "x 9 0 y");
  REQUIRE(events[0].fields.get("key") != nullptr);
  CHECK(events[0].fields.get("key")->s == "0");
  std::vector<Operation> ops = pairOperations(events);
  REQUIRE(ops.size() == 337);
  for (const Operation& op : ops) CHECK(op.outcome == EventType::Ok);
}
