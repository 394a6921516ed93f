// Reading a history: the format is detected from the content (JSON lines, Jepsen log lines, or
// EDN), every event becomes an EDN map, and every map is checked the same way (toEvent).

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "edn_reader.hpp"
#include "vouch/trace/history.hpp"

namespace vouch::trace {

using detail::shorten;
using detail::throwTraceError;
using frontend::SourceFile;
using frontend::SourceLoc;
using frontend::SourceRange;

namespace {

// One line of the file: text[begin, end) without its '\n' or a trailing '\r'.
struct Line {
  size_t begin = 0;
  size_t end = 0;
  uint32_t number = 0;
};

std::vector<Line> splitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // a UTF-8 byte-order mark
  uint32_t number = 1;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
    lines.push_back(Line{start, stop, number++});
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

bool isBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The line without leading and trailing blanks.
std::string_view trimmed(std::string_view text, const Line& l) {
  size_t b = l.begin;
  size_t e = l.end;
  while (b < e && isBlank(text[b])) ++b;
  while (e > b && isBlank(text[e - 1])) --e;
  return text.substr(b, e - b);
}

// The whole line, for values that have no finer position (JSON).
SourceRange lineRange(const SourceFile& file, const Line& l) {
  uint32_t cols = 1;
  for (size_t k = l.begin; k < l.end; ++k) {
    if ((static_cast<unsigned char>(file.text()[k]) & 0xC0) != 0x80) ++cols;
  }
  return SourceRange{&file, SourceLoc{l.number, 1}, SourceLoc{l.number, cols}};
}

[[noreturn]] void throwEmpty(const SourceFile& file, const std::string& why) {
  SourceRange start{&file, SourceLoc{1, 1}, SourceLoc{1, 1}};
  throwTraceError(start, "history is empty" + why);
}

// ---------------------------------------------------------------------------------------------
// Events from maps (all formats)

// A keyword's name, or a string without a leading ':' (JSON writes "invoke" or ":invoke").
std::optional<std::string> nameOf(const Edn& v) {
  if (v.kind == Edn::Kind::Keyword) return v.s;
  if (v.kind == Edn::Kind::String) return v.s.empty() || v.s[0] != ':' ? v.s : v.s.substr(1);
  return std::nullopt;
}

std::string describe(const Edn& v) {
  return std::string(Edn::kindName(v.kind)) + " " + shorten(v.toString());
}

const Edn& required(const Edn& map, const char* key) {
  const Edn* v = map.get(key);
  if (v == nullptr) throwTraceError(map.at, std::string("event has no :") + key);
  return *v;
}

Event toEvent(Edn map) {
  if (map.kind != Edn::Kind::Map)
    throwTraceError(map.at, "an event must be a map, found " + describe(map));
  Event e;
  e.at = map.at;

  const Edn& type = required(map, "type");
  std::optional<std::string> typeName = nameOf(type);
  if (typeName == "invoke") {
    e.type = EventType::Invoke;
  } else if (typeName == "ok") {
    e.type = EventType::Ok;
  } else if (typeName == "fail") {
    e.type = EventType::Fail;
  } else if (typeName == "info") {
    e.type = EventType::Info;
  } else {
    throwTraceError(type.at, ":type must be :invoke, :ok, :fail or :info, found " + describe(type));
  }

  const Edn& process = required(map, "process");
  std::optional<std::string> processName = nameOf(process);
  if (process.kind == Edn::Kind::Int) {
    e.process = std::to_string(process.i);
    e.client = true;
  } else if (processName && !processName->empty()) {
    e.process = *processName;
    e.client = false;
  } else {
    throwTraceError(process.at,
                    ":process must be an integer (a client) or a keyword such as :nemesis, found " +
                        describe(process));
  }

  const Edn& f = required(map, "f");
  std::optional<std::string> fName = nameOf(f);
  if (!fName || fName->empty()) {
    throwTraceError(f.at, ":f must be a keyword such as :read, found " + describe(f));
  }
  e.f = *fName;

  if (const Edn* value = map.get("value")) {
    e.value = *value;
  } else {
    e.value.at = map.at;  // nil
  }
  e.fields = std::move(map);
  return e;
}

// ---------------------------------------------------------------------------------------------
// JSON lines: `{"process":0,"type":"invoke","f":"read","value":null}`

std::string jsonMessage(const std::string& what) {
  // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
  std::string_view m = what;
  if (!m.empty() && m[0] == '[') {
    size_t close = m.find("] ");
    if (close != std::string_view::npos) m.remove_prefix(close + 2);
  }
  if (m.substr(0, 11) == "parse error") {
    size_t column = m.find("column ");
    size_t colon = column == std::string_view::npos ? column : m.find(": ", column);
    if (colon != std::string_view::npos) m.remove_prefix(colon + 2);
  }
  return std::string(m);
}

// Builds the Edn of one JSON value; stops (returns false) at the first error.
class JsonToEdn : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit JsonToEdn(SourceRange at) : at_(at) {}

  bool null() override { return add(Edn{}); }
  bool boolean(bool b) override {
    Edn v;
    v.kind = Edn::Kind::Bool;
    v.b = b;
    return add(std::move(v));
  }
  bool number_integer(number_integer_t i) override {
    Edn v;
    v.kind = Edn::Kind::Int;
    v.i = i;
    return add(std::move(v));
  }
  bool number_unsigned(number_unsigned_t u) override {
    if (u > static_cast<uint64_t>(INT64_MAX)) {
      return error("integer " + std::to_string(u) + " is out of the 64-bit range");
    }
    return number_integer(static_cast<int64_t>(u));
  }
  bool number_float(number_float_t f, const string_t& text) override {
    // nlohmann reads an integer too large for 64 bits as a double: the text tells.
    if (text.find_first_of(".eE") == std::string::npos) {
      return error("integer " + shorten(text) + " is out of the 64-bit range");
    }
    if (!std::isfinite(f)) return error("number " + shorten(text) + " is out of range");
    Edn v;
    v.kind = Edn::Kind::Float;
    v.f = f;
    return add(std::move(v));
  }
  bool string(string_t& s) override {
    Edn v;
    v.kind = Edn::Kind::String;
    v.s = std::move(s);
    return add(std::move(v));
  }
  bool binary(binary_t& /*unused*/) override { return error("binary values are not supported"); }
  bool start_object(std::size_t /*unused*/) override { return open(Edn::Kind::Map); }
  bool key(string_t& k) override {
    Edn v;
    v.kind = Edn::Kind::String;
    v.s = std::move(k);
    v.at = at_;
    stack_.back().items.push_back(std::move(v));
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t /*unused*/) override { return open(Edn::Kind::Vector); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& ex) override {
    errorOffset = position > 0 ? position - 1 : 0;
    return error(jsonMessage(ex.what()));
  }

  std::optional<Edn> result;
  std::string message;                // set when the parse stopped at an error
  std::optional<size_t> errorOffset;  // byte in the line, when the parser knows it

 private:
  SourceRange at_;
  std::vector<Edn> stack_;

  bool add(Edn v) {
    v.at = at_;
    if (stack_.empty()) {
      result = std::move(v);
    } else {
      stack_.back().items.push_back(std::move(v));
    }
    return true;
  }
  bool open(Edn::Kind kind) {
    if (stack_.size() >= static_cast<size_t>(detail::kMaxEdnDepth)) {
      return error("nesting deeper than " + std::to_string(detail::kMaxEdnDepth) + " levels");
    }
    Edn v;
    v.kind = kind;
    stack_.push_back(std::move(v));
    return true;
  }
  bool close() {
    Edn v = std::move(stack_.back());
    stack_.pop_back();
    return add(std::move(v));
  }
  bool error(std::string m) {
    message = std::move(m);
    return false;
  }
};

Edn readJsonLine(const SourceFile& file, const Line& l) {
  std::string_view text = std::string_view(file.text()).substr(l.begin, l.end - l.begin);
  SourceRange at = lineRange(file, l);
  JsonToEdn sax(at);
  bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &sax);
  if (!ok || !sax.result) {
    if (sax.errorOffset) {
      size_t offset = l.begin + std::min(*sax.errorOffset, text.size());
      detail::Locator loc(file);
      at = loc.range(offset, std::min(offset + 1, l.end));
    }
    throwTraceError(at, "invalid JSON: " + (sax.message.empty() ? "no value" : sax.message));
  }
  if (sax.result->kind != Edn::Kind::Map) {
    throwTraceError(at, "an event must be a JSON object, found " + describe(*sax.result));
  }
  return std::move(*sax.result);
}

std::vector<Event> readJsonLines(const SourceFile& file, const std::vector<Line>& lines) {
  std::vector<Event> events;
  for (const Line& l : lines) {
    if (trimmed(file.text(), l).empty()) continue;
    events.push_back(toEvent(readJsonLine(file, l)));
  }
  return events;
}

bool isJsonObjectLine(std::string_view line) {
  return !line.empty() && line[0] == '{' && nlohmann::json::accept(line.begin(), line.end());
}

// ---------------------------------------------------------------------------------------------
// Jepsen log lines: `INFO  jepsen.util - 3	:invoke	:write	4` (tabs or runs of spaces)

struct Token {
  size_t begin = 0;
  size_t end = 0;
};

std::vector<Token> tokenize(std::string_view text, const Line& l) {
  std::vector<Token> out;
  size_t k = l.begin;
  while (k < l.end) {
    while (k < l.end && isBlank(text[k])) ++k;
    if (k == l.end) break;
    size_t start = k;
    while (k < l.end && !isBlank(text[k])) ++k;
    out.push_back(Token{start, k});
  }
  return out;
}

bool isDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool isKeyword(std::string_view s) {
  return s.size() > 1 && s[0] == ':' && detail::isEdnName(s.substr(1), true);
}

// Where the operation starts in a log line: the index of the PROCESS token after `logger -`,
// with `:TYPE` and `:F` after it. nullopt for other log output.
std::optional<size_t> matchLogLine(std::string_view text, const std::vector<Token>& tokens) {
  auto tok = [&](size_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  for (size_t k = 2; k + 3 < tokens.size(); ++k) {
    if (tok(k) != "-") continue;
    std::string_view process = tok(k + 1);
    std::string_view type = tok(k + 2);
    if (!isDigits(process) && !isKeyword(process)) continue;
    if (type != ":invoke" && type != ":ok" && type != ":fail" && type != ":info") continue;
    if (!isKeyword(tok(k + 3))) continue;
    return k + 1;
  }
  return std::nullopt;
}

// A log format has a line with a Jepsen event or starts with `LEVEL logger - ...`.
bool looksLikeLog(std::string_view text, const std::vector<Line>& lines, const Line& first) {
  std::string_view start = trimmed(text, first);
  if (start.empty() || std::string_view("{[(#;:\"\\").find(start[0]) != std::string_view::npos) {
    return false;
  }
  std::vector<Token> firstTokens = tokenize(text, first);
  for (size_t k = 2; k < firstTokens.size(); ++k) {
    if (text.substr(firstTokens[k].begin, firstTokens[k].end - firstTokens[k].begin) == "-") {
      return true;
    }
  }
  for (const Line& l : lines) {
    if (matchLogLine(text, tokenize(text, l))) return true;
  }
  return false;
}

Edn keywordAt(std::string_view name, SourceRange at) {
  Edn v;
  v.kind = Edn::Kind::Keyword;
  v.s = std::string(name);
  v.at = at;
  return v;
}

std::vector<Event> readLogLines(const SourceFile& file, const std::vector<Line>& lines) {
  std::string_view text = file.text();
  std::vector<Event> events;
  detail::Locator loc(file);
  for (const Line& l : lines) {
    std::vector<Token> tokens = tokenize(text, l);
    std::optional<size_t> k = matchLogLine(text, tokens);
    if (!k) continue;
    auto range = [&](const Token& t) { return loc.range(t.begin, t.end); };
    auto tok = [&](const Token& t) { return text.substr(t.begin, t.end - t.begin); };
    const Token& processTok = tokens[*k];
    const Token& typeTok = tokens[*k + 1];
    const Token& fTok = tokens[*k + 2];

    Edn map;
    map.kind = Edn::Kind::Map;
    map.at = lineRange(file, l);
    map.items.push_back(keywordAt("process", range(processTok)));
    if (tok(processTok)[0] == ':') {
      map.items.push_back(keywordAt(tok(processTok).substr(1), range(processTok)));
    } else {
      Edn p;
      p.kind = Edn::Kind::Int;
      p.at = range(processTok);
      auto [ptr, ec] =
          std::from_chars(text.data() + processTok.begin, text.data() + processTok.end, p.i);
      if (ec != std::errc()) throwTraceError(p.at, "process number out of the 64-bit range");
      map.items.push_back(std::move(p));
    }
    map.items.push_back(keywordAt("type", range(typeTok)));
    map.items.push_back(keywordAt(tok(typeTok).substr(1), range(typeTok)));
    map.items.push_back(keywordAt("f", range(fTok)));
    map.items.push_back(keywordAt(tok(fTok).substr(1), range(fTok)));

    // The value is the first EDN form after :F (nil when there is none); Jepsen appends the
    // error, if any, after another tab, as plain text: it is kept as :error.
    size_t pos = fTok.end;
    std::optional<Edn> value = detail::readEdnForm(file, pos, l.end);
    if (!value) {
      value.emplace();
      value->at = loc.range(fTok.end, fTok.end);
    }
    map.items.push_back(keywordAt("value", value->at));
    map.items.push_back(std::move(*value));
    while (pos < l.end && isBlank(text[pos])) ++pos;
    if (pos < l.end) {
      Edn error;
      error.kind = Edn::Kind::String;
      Line rest{pos, l.end, l.number};
      error.s = std::string(trimmed(text, rest));
      error.at = loc.range(pos, l.end);
      map.items.push_back(keywordAt("error", error.at));
      map.items.push_back(std::move(error));
    }
    events.push_back(toEvent(std::move(map)));
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// EDN: a sequence of maps, or one vector (or list) of maps

std::vector<Event> readEdnHistory(const frontend::SourceFilePtr& file) {
  std::vector<Edn> forms = readEdn(file);
  if (forms.size() == 1 && forms[0].tag.empty() &&
      (forms[0].kind == Edn::Kind::Vector || forms[0].kind == Edn::Kind::List)) {
    std::vector<Edn> items = std::move(forms[0].items);
    forms = std::move(items);
  }
  std::vector<Event> events;
  events.reserve(forms.size());
  for (Edn& form : forms) events.push_back(toEvent(std::move(form)));
  return events;
}

}  // namespace

std::vector<Event> readHistory(const frontend::SourceFilePtr& file) {
  std::string_view text = file->text();
  size_t bad = frontend::firstInvalidUtf8(text);
  if (bad != std::string_view::npos) {
    throwTraceError(detail::Locator(*file).range(bad, bad + 1), "invalid UTF-8");
  }
  std::vector<Line> lines = splitLines(text);
  const Line* first = nullptr;
  for (const Line& l : lines) {
    if (!trimmed(text, l).empty()) {
      first = &l;
      break;
    }
  }
  if (first == nullptr) throwEmpty(*file, "");

  std::vector<Event> events;
  if (isJsonObjectLine(trimmed(text, *first))) {
    events = readJsonLines(*file, lines);
  } else if (looksLikeLog(text, lines, *first)) {
    events = readLogLines(*file, lines);
    if (events.empty()) {
      throwEmpty(*file, ": no log line is an operation (`logger - PROCESS :TYPE :F VALUE`)");
    }
  } else {
    events = readEdnHistory(file);
  }
  if (events.empty()) throwEmpty(*file, "");
  return events;
}

}  // namespace vouch::trace
