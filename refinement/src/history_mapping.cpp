// Reading history mapping files (docs/history-mapping.md).

#include <nlohmann/json.hpp>

#include "vouch/refinement/history.hpp"

namespace vouch::refinement {

using frontend::ErrorKind;
using frontend::InputError;
using frontend::SourceRange;

namespace {

// The range of the first occurrence of `needle` (raw text) at or after `from`; the whole file's
// start when absent. JSON gives no positions, so locations are found in the text.
SourceRange locate(const frontend::SourceFilePtr& file, const std::string& needle, size_t from = 0,
                   size_t* found = nullptr) {
  SourceRange r;
  r.file = file.get();
  size_t at = file->text().find(needle, from);
  if (at == std::string::npos) at = from < file->text().size() ? from : 0;
  if (found != nullptr) *found = at;
  auto [line, col] = file->position(at);
  r.begin = {line, col};
  r.end = {line, col + 1};
  return r;
}

// The location of the JSON string value `text` under key `key`, searching from `from`.
HistoryMapping::Expression expressionAt(const frontend::SourceFilePtr& file, const std::string& key,
                                        const std::string& text, size_t from) {
  size_t keyAt = 0;
  locate(file, nlohmann::json(key).dump(), from, &keyAt);
  size_t valueAt = 0;
  SourceRange r = locate(file, nlohmann::json(text).dump(), keyAt, &valueAt);
  // Point just inside the opening quote: column offsets within the expression then line up.
  auto [line, col] = file->position(valueAt + 1);
  r.begin = {line, col};
  r.end = {line, col + 1};
  return {text, r};
}

[[noreturn]] void fail(const frontend::SourceFilePtr& file, const std::string& near, size_t from,
                       const std::string& message) {
  throw InputError(ErrorKind::Trace, locate(file, near, from), message);
}

}  // namespace

HistoryMapping readHistoryMapping(const frontend::SourceFilePtr& file) {
  HistoryMapping m;
  m.file = file;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(file->text());
  } catch (const nlohmann::json::parse_error& e) {
    SourceRange r;
    r.file = file.get();
    size_t byte = e.byte > 0 ? e.byte - 1 : 0;
    if (byte > file->text().size()) byte = file->text().size();
    auto [line, col] = file->position(byte);
    r.begin = {line, col};
    r.end = {line, col + 1};
    std::string what = e.what();
    size_t colon = what.rfind(": ");
    throw InputError(ErrorKind::Trace, r,
                     "the mapping is not valid JSON: " +
                         (colon == std::string::npos ? what : what.substr(colon + 2)));
  }
  if (!j.is_object()) fail(file, "", 0, "the mapping must be a JSON object");
  for (const auto& [k, v] : j.items()) {
    if (k != "$schema" && k != "init" && k != "nil" && k != "partition" && k != "operations") {
      fail(file, nlohmann::json(k).dump(), 0,
           "unknown field '" + k + "' (expected init, nil, partition, operations)");
    }
    if (k != "operations" && !v.is_string()) {
      fail(file, nlohmann::json(k).dump(), 0, "'" + k + "' must be a string");
    }
  }
  m.init = j.contains("init") ? expressionAt(file, "init", j["init"].get<std::string>(), 0)
                              : HistoryMapping::Expression{"Init", locate(file, "{")};
  if (j.contains("nil")) m.nil = expressionAt(file, "nil", j["nil"].get<std::string>(), 0);
  if (j.contains("partition")) {
    // `field`, or `field[i]...`: an element of a vector value (Jepsen's independent keys,
    // `:value [k v]`, partition by `value[1]`).
    m.partition = j["partition"].get<std::string>();
    const std::string& p = m.partition;
    size_t bracket = p.find('[');
    m.partitionField = p.substr(0, bracket);
    bool ok = !m.partitionField.empty();
    for (size_t i = bracket; ok && i != std::string::npos && i < p.size();) {
      size_t close = p.find(']', i);
      ok = p[i] == '[' && close != std::string::npos && close > i + 1 && p[i + 1] != '0' &&
           close - i <= 10;
      for (size_t d = i + 1; ok && d < close; ++d) ok = p[d] >= '0' && p[d] <= '9';
      if (ok) m.partitionPath.push_back(std::stoul(p.substr(i + 1, close - i - 1)));
      i = close == std::string::npos ? close : close + 1;
    }
    if (!ok) {
      fail(file, "\"partition\"", 0,
           "'partition' must name a field, optionally with 1-based element indices "
           "(key, value[1])");
    }
  }
  if (!j.contains("operations") || !j["operations"].is_object() || j["operations"].empty()) {
    fail(file, "\"operations\"", 0,
         "the mapping needs \"operations\": an object with one entry per :f of the history");
  }
  size_t opsAt = 0;
  locate(file, "\"operations\"", 0, &opsAt);
  for (const auto& [f, entry] : j["operations"].items()) {
    size_t entryAt = 0;
    locate(file, nlohmann::json(f).dump(), opsAt, &entryAt);
    if (!entry.is_object()) {
      fail(file, nlohmann::json(f).dump(), opsAt,
           "operation '" + f + "' must be an object with an \"action\"");
    }
    for (const auto& [k, v] : entry.items()) {
      if (k != "action" && k != "unknown") {
        fail(file, nlohmann::json(k).dump(), entryAt,
             "unknown field '" + k + "' in operation '" + f + "' (expected action, unknown)");
      }
      if (!v.is_string() || v.get<std::string>().empty()) {
        fail(file, nlohmann::json(k).dump(), entryAt,
             "'" + k + "' of operation '" + f + "' must be a TLA+ expression (a string)");
      }
    }
    if (!entry.contains("action")) {
      fail(file, nlohmann::json(f).dump(), opsAt, "operation '" + f + "' has no \"action\"");
    }
    HistoryMapping::Operation op;
    op.action = expressionAt(file, "action", entry["action"].get<std::string>(), entryAt);
    if (entry.contains("unknown")) {
      op.unknown = expressionAt(file, "unknown", entry["unknown"].get<std::string>(), entryAt);
    }
    m.operations.emplace(f, std::move(op));
  }
  return m;
}

}  // namespace vouch::refinement
