// EDN (https://github.com/edn-format/edn): a hand-written reader with exact positions, and the
// printer. Jepsen writes histories in EDN; no Debian library reads it.

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

#include "edn_reader.hpp"
#include "vouch/trace/history.hpp"

namespace vouch::trace {

using frontend::SourceFile;
using frontend::SourceLoc;
using frontend::SourceRange;

namespace detail {

SourceLoc Locator::at(size_t offset) {
  const std::string& text = file_.text();
  offset = std::min(offset, text.size());
  if (!started_ || offset < offset_) {
    auto [line, col] = file_.position(offset);
    started_ = true;
    offset_ = offset;
    loc_ = SourceLoc{line, col};
    return loc_;
  }
  for (; offset_ < offset; ++offset_) {
    unsigned char c = static_cast<unsigned char>(text[offset_]);
    if (c == '\n') {
      ++loc_.line;
      loc_.col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++loc_.col;  // columns count code points, as SourceFile::position does
    }
  }
  return loc_;
}

void throwTraceError(const SourceRange& range, std::string message,
                     std::vector<frontend::Diagnostic::Note> notes) {
  frontend::Diagnostic d{frontend::ErrorKind::Trace, range, std::move(message), std::move(notes)};
  throw frontend::InputError(std::move(d));
}

std::string shorten(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

namespace {

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\f' || c == '\v';
}

// Ends a token. A backslash starts a character literal, as in Clojure (`[\a\b]`).
bool isDelimiter(char c) {
  return isSpace(c) || (c != '\0' && std::strchr("()[]{}\";\\", c) != nullptr);
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}
bool isAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Symbol constituents: EDN's set, plus any non-ASCII code point (Clojure accepts them).
bool isNameChar(char c) {
  if (static_cast<unsigned char>(c) >= 0x80 || isDigit(c) || isAlpha(c)) return true;
  return c != '\0' && std::strchr(".*+!-_?$%&=<>:#'/", c) != nullptr;
}

bool isCloser(char c) {
  return c == ')' || c == ']' || c == '}';
}

size_t utf8Length(char lead) {
  unsigned char c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  return 2;
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Four hex digits at text[at, at+4); nullopt if there are not.
std::optional<uint32_t> hex4(std::string_view text, size_t at) {
  if (at + 4 > text.size()) return std::nullopt;
  uint32_t v = 0;
  for (size_t k = at; k < at + 4; ++k) {
    char c = text[k];
    uint32_t d = isDigit(c)               ? c - '0'
                 : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                 : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                          : 16;
    if (d == 16) return std::nullopt;
    v = v * 16 + d;
  }
  return v;
}

bool isSurrogate(uint32_t cp) {
  return cp >= 0xD800 && cp <= 0xDFFF;
}

// Named character literals (`\newline`), both ways.
constexpr std::pair<const char*, char> kCharNames[] = {{"newline", '\n'},   {"space", ' '},
                                                       {"tab", '\t'},       {"return", '\r'},
                                                       {"backspace", '\b'}, {"formfeed", '\f'}};

const char* collectionName(char open) {
  return open == '(' ? "list" : open == '[' ? "vector" : open == '{' ? "map" : "set";
}

class Reader {
 public:
  Reader(const SourceFile& file, size_t begin, size_t end)
      : file_(file),
        text_(file.text()),
        pos_(begin),
        end_(std::min(end, text_.size())),
        loc_(file) {
    if (pos_ > end_) pos_ = end_;
    size_t bad = frontend::firstInvalidUtf8(text_.substr(pos_, end_ - pos_));
    if (bad != std::string_view::npos) fail(pos_ + bad, pos_ + bad + 1, "invalid UTF-8");
    if (pos_ == 0 && text_.substr(0, std::min<size_t>(3, end_)) == "\xEF\xBB\xBF") pos_ = 3;
  }

  std::vector<Edn> readAll() {
    std::vector<Edn> out;
    while (std::optional<Edn> form = readOne()) out.push_back(std::move(*form));
    return out;
  }

  std::optional<Edn> readOne() {
    skip(0);
    if (pos_ >= end_) return std::nullopt;
    if (isCloser(text_[pos_])) {
      fail(pos_, pos_ + 1, std::string("unmatched '") + text_[pos_] + "'");
    }
    return readForm(1);
  }

  size_t pos() const { return pos_; }

 private:
  const SourceFile& file_;
  std::string_view text_;
  size_t pos_;
  size_t end_;
  Locator loc_;

  [[noreturn]] void fail(size_t begin, size_t end, std::string message) {
    throwTraceError(loc_.range(begin, std::min(end, end_)), std::move(message));
  }

  void checkDepth(int depth, size_t at) {
    if (depth > kMaxEdnDepth) {
      fail(at, at + 1, "nesting deeper than " + std::to_string(kMaxEdnDepth) + " levels");
    }
  }

  // Skips whitespace, commas, `;` comments and `#_` discarded forms.
  void skip(int depth) {
    while (pos_ < end_) {
      char c = text_[pos_];
      if (isSpace(c)) {
        ++pos_;
      } else if (c == ';') {
        while (pos_ < end_ && text_[pos_] != '\n') ++pos_;
      } else if (c == '#' && pos_ + 1 < end_ && text_[pos_ + 1] == '_') {
        size_t at = pos_;
        checkDepth(depth + 1, at);
        pos_ += 2;
        skip(depth + 1);  // `#_ #_ a b` discards both
        if (pos_ >= end_ || isCloser(text_[pos_])) fail(at, at + 2, "'#_' with no form to discard");
        (void)readForm(depth + 1);
      } else {
        return;
      }
    }
  }

  // Reads the form at pos_ (not whitespace, not a closer).
  Edn readForm(int depth) {
    checkDepth(depth, pos_);
    size_t start = pos_;
    SourceLoc begin = loc_.at(start);
    Edn out;
    char c = text_[pos_];
    switch (c) {
      case '(':
        out.kind = Edn::Kind::List;
        readItems(out, start, ')', depth);
        break;
      case '[':
        out.kind = Edn::Kind::Vector;
        readItems(out, start, ']', depth);
        break;
      case '{':
        out.kind = Edn::Kind::Map;
        readItems(out, start, '}', depth);
        checkMap(out);
        break;
      case '"':
        out.kind = Edn::Kind::String;
        out.s = readString();
        break;
      case '\\':
        out.kind = Edn::Kind::Char;
        out.s = readChar();
        break;
      case '#':
        out = readDispatch(depth);
        break;
      default:
        readToken(out);
        break;
    }
    out.at = SourceRange{&file_, begin, loc_.at(pos_)};
    return out;
  }

  // Items up to `close`; pos_ is at the opening bracket (for `#{`, at the '{').
  void readItems(Edn& out, size_t open, char close, int depth) {
    const char* what = collectionName(text_[open] == '#' ? '#' : text_[open]);
    ++pos_;
    for (;;) {
      skip(depth);
      if (pos_ >= end_) {
        size_t width = text_[open] == '#' ? 2 : 1;
        fail(open, open + width,
             std::string("unterminated ") + what + ": no '" + close + "' closes it");
      }
      char c = text_[pos_];
      if (c == close) {
        ++pos_;
        return;
      }
      if (isCloser(c)) {
        SourceRange here = loc_.range(pos_, pos_ + 1);
        SourceRange opened = loc_.range(open, open + 1);
        throwTraceError(
            here,
            std::string("mismatched '") + c + "': expected '" + close + "' to close the " + what,
            {{opened, std::string("the ") + what + " starts here"}});
      }
      out.items.push_back(readForm(depth + 1));
    }
  }

  void checkMap(const Edn& map) {
    if (map.items.size() % 2 == 0) return;
    const Edn& key = map.items.back();
    throwTraceError(
        key.at, "map has an odd number of forms: key " + shorten(key.toString()) + " has no value");
  }

  std::string readString() {
    size_t open = pos_++;
    std::string s;
    for (;;) {
      if (pos_ >= end_) fail(open, open + 1, "unterminated string");
      char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return s;
      }
      if (c != '\\') {
        s += c;
        ++pos_;
        continue;
      }
      size_t esc = pos_;
      if (pos_ + 1 >= end_) fail(open, open + 1, "unterminated string");
      char e = text_[pos_ + 1];
      pos_ += 2;
      switch (e) {
        case 'n':
          s += '\n';
          break;
        case 't':
          s += '\t';
          break;
        case 'r':
          s += '\r';
          break;
        case 'b':
          s += '\b';
          break;
        case 'f':
          s += '\f';
          break;
        case '"':
          s += '"';
          break;
        case '\\':
          s += '\\';
          break;
        case 'u':
          appendUtf8(s, readUnicodeEscape(esc));
          break;
        default: {
          size_t len = utf8Length(e);
          fail(esc, esc + 1 + len,
               "unknown escape '\\" + std::string(text_.substr(esc + 1, len)) + "' in a string");
        }
      }
    }
  }

  // After `\u` (esc is at the backslash): the code point, a surrogate pair combined.
  uint32_t readUnicodeEscape(size_t esc) {
    std::optional<uint32_t> cp = hex4(text_.substr(0, end_), pos_);
    if (!cp) fail(esc, esc + 2, "bad '\\u' escape in a string: expected four hex digits");
    pos_ += 4;
    if (*cp >= 0xDC00 && *cp <= 0xDFFF) fail(esc, pos_, "unpaired surrogate in a '\\u' escape");
    if (*cp < 0xD800 || *cp > 0xDBFF) return *cp;
    std::optional<uint32_t> low;
    if (pos_ + 1 < end_ && text_[pos_] == '\\' && text_[pos_ + 1] == 'u') {
      low = hex4(text_.substr(0, end_), pos_ + 2);
    }
    if (!low || *low < 0xDC00 || *low > 0xDFFF) {
      fail(esc, pos_, "unpaired surrogate in a '\\u' escape");
    }
    pos_ += 6;
    return 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
  }

  // `\c`, `\newline`, `\space`, `\tab`, `\return`, `\backspace`, `\formfeed`, `\uXXXX`.
  std::string readChar() {
    size_t start = pos_++;
    if (pos_ >= end_ || (isSpace(text_[pos_]) && text_[pos_] != ',')) {  // `\,` is a comma
      fail(start, start + 1, "a backslash must start a character literal such as \\a or \\space");
    }
    size_t first = utf8Length(text_[pos_]);
    bool single = isDelimiter(text_[pos_]);  // `\(`, `\"`, `\\`
    pos_ += first;
    if (!single) {
      while (pos_ < end_ && !isDelimiter(text_[pos_])) ++pos_;
    }
    std::string_view tok = text_.substr(start + 1, pos_ - start - 1);
    if (tok.size() == first) return std::string(tok);
    for (const auto& [name, c] : kCharNames) {
      if (tok == name) return std::string(1, c);
    }
    if (tok.size() == 5 && tok[0] == 'u') {
      if (std::optional<uint32_t> cp = hex4(tok, 1); cp && !isSurrogate(*cp)) {
        std::string s;
        appendUtf8(s, *cp);
        return s;
      }
    }
    fail(start, pos_, "bad character literal '\\" + shorten(tok) + "'");
  }

  // `#{...}` set, `#tag form`, `##Inf`/`##-Inf`/`##NaN` (`#_` is handled by skip).
  Edn readDispatch(int depth) {
    size_t start = pos_;
    char next = pos_ + 1 < end_ ? text_[pos_ + 1] : '\0';
    Edn out;
    if (next == '{') {
      out.kind = Edn::Kind::Set;
      ++pos_;
      readItems(out, start, '}', depth);
      return out;
    }
    if (next == '#') {
      pos_ += 2;
      while (pos_ < end_ && !isDelimiter(text_[pos_])) ++pos_;
      std::string_view tok = text_.substr(start + 2, pos_ - start - 2);
      out.kind = Edn::Kind::Float;
      if (tok == "Inf") {
        out.f = std::numeric_limits<double>::infinity();
      } else if (tok == "-Inf") {
        out.f = -std::numeric_limits<double>::infinity();
      } else if (tok == "NaN") {
        out.f = std::numeric_limits<double>::quiet_NaN();
      } else {
        fail(start, pos_, "bad symbolic value '##" + shorten(tok) + "' (##Inf, ##-Inf or ##NaN)");
      }
      return out;
    }
    if (!isAlpha(next)) {
      fail(start, start + 1, "'#' must start a set '#{', a discard '#_' or a tag such as #inst");
    }
    ++pos_;
    while (pos_ < end_ && !isDelimiter(text_[pos_])) ++pos_;
    std::string_view tag = text_.substr(start + 1, pos_ - start - 1);
    if (!isEdnName(tag, false)) fail(start, pos_, "bad tag '#" + shorten(tag) + "'");
    size_t tagEnd = pos_;
    skip(depth);
    if (pos_ >= end_ || isCloser(text_[pos_])) {
      fail(start, tagEnd, "tag '#" + shorten(tag) + "' has no value");
    }
    size_t valueStart = pos_;
    out = readForm(depth + 1);
    if (!out.tag.empty()) {
      fail(valueStart, valueStart + 1, "a tagged value cannot be tagged again");
    }
    out.tag = std::string(tag);
    return out;
  }

  void readToken(Edn& out) {
    size_t start = pos_;
    while (pos_ < end_ && !isDelimiter(text_[pos_])) ++pos_;
    std::string_view tok = text_.substr(start, pos_ - start);
    char c = tok[0];
    if (c == ':') {
      if (!isEdnName(tok.substr(1), true)) fail(start, pos_, "bad keyword '" + shorten(tok) + "'");
      out.kind = Edn::Kind::Keyword;
      out.s = std::string(tok.substr(1));
    } else if (isDigit(c) || ((c == '+' || c == '-') && tok.size() > 1 && isDigit(tok[1]))) {
      readNumber(out, start, tok);
    } else if (tok == "nil") {
      out.kind = Edn::Kind::Nil;
    } else if (tok == "true" || tok == "false") {
      out.kind = Edn::Kind::Bool;
      out.b = tok == "true";
    } else if (isEdnName(tok, false)) {
      out.kind = Edn::Kind::Symbol;
      out.s = std::string(tok);
    } else {
      fail(start, pos_, "bad token '" + shorten(tok) + "'");
    }
  }

  // Integers `[+-]?(0|[1-9][0-9]*)N?`, floats with a fraction, an exponent or an `M` suffix.
  void readNumber(Edn& out, size_t start, std::string_view tok) {
    auto bad = [&]() { fail(start, pos_, "bad number '" + shorten(tok) + "'"); };
    size_t i = (tok[0] == '+' || tok[0] == '-') ? 1 : 0;
    size_t digits = i;
    while (i < tok.size() && isDigit(tok[i])) ++i;
    if (i == digits) bad();
    if (tok[digits] == '0' && i - digits > 1) bad();  // no leading zeros (EDN; Clojure: octal)
    bool isFloat = false;
    if (i < tok.size() && tok[i] == '.') {
      isFloat = true;
      ++i;
      while (i < tok.size() && isDigit(tok[i])) ++i;
    }
    if (i < tok.size() && (tok[i] == 'e' || tok[i] == 'E')) {
      isFloat = true;
      ++i;
      if (i < tok.size() && (tok[i] == '+' || tok[i] == '-')) ++i;
      size_t expDigits = i;
      while (i < tok.size() && isDigit(tok[i])) ++i;
      if (i == expDigits) bad();
    }
    size_t numberEnd = i;
    bool bigint = false;
    if (i < tok.size() && tok[i] == 'M') {
      isFloat = true;
      ++i;
    } else if (i < tok.size() && tok[i] == 'N' && !isFloat) {
      bigint = true;
      ++i;
    }
    if (i != tok.size()) bad();
    // std::from_chars takes a '-' but not a '+'.
    const char* first = tok.data() + (tok[0] == '+' ? 1 : 0);
    const char* last = tok.data() + numberEnd;
    if (!isFloat) {
      auto [ptr, ec] = std::from_chars(first, last, out.i);
      if (ec != std::errc() || ptr != last) {
        fail(start, pos_,
             bigint ? "integer " + shorten(tok) + " is beyond 64 bits (bigints are not supported)"
                    : "integer " + shorten(tok) + " is out of the 64-bit range");
      }
      out.kind = Edn::Kind::Int;
      return;
    }
    auto [ptr, ec] = std::from_chars(first, last, out.f);
    if (ec == std::errc::result_out_of_range) {
      // Overflow is an error; underflow reads as the nearest double (0 or a subnormal).
      std::string copy(first, last);
      out.f = std::strtod(copy.c_str(), nullptr);
      if (std::isinf(out.f)) fail(start, pos_, "float " + shorten(tok) + " is out of range");
    } else if (ec != std::errc() || ptr != last) {
      bad();
    }
    out.kind = Edn::Kind::Float;
  }
};

}  // namespace

std::vector<Edn> readEdnRange(const SourceFile& file, size_t begin, size_t end) {
  return Reader(file, begin, end).readAll();
}

std::optional<Edn> readEdnForm(const SourceFile& file, size_t& pos, size_t end) {
  Reader reader(file, pos, end);
  std::optional<Edn> form = reader.readOne();
  pos = reader.pos();
  return form;
}

bool isEdnName(std::string_view s, bool keyword) {
  if (s.empty()) return false;
  if (!keyword && s == "/") return true;
  for (char c : s) {
    if (!isNameChar(c)) return false;
  }
  // U+FEFF, invisible, would also be taken for a byte-order mark at the start of a file.
  if (s.find("\xEF\xBB\xBF") != std::string_view::npos) return false;
  // At most one '/', separating a non-empty namespace from a non-empty name.
  size_t slash = s.find('/');
  std::string_view parts[2] = {s, {}};
  int n = 1;
  if (slash != std::string_view::npos) {
    parts[0] = s.substr(0, slash);
    parts[1] = s.substr(slash + 1);
    n = 2;
    if (parts[1].find('/') != std::string_view::npos) return false;
  }
  for (int k = 0; k < n; ++k) {
    std::string_view p = parts[k];
    if (p.empty()) return false;
    char c0 = p[0];
    if (c0 == ':' || c0 == '#' || c0 == '\'') return false;
    if (keyword) continue;  // `:1` and `:a/-1` are fine, as in Clojure
    if (isDigit(c0)) return false;
    if ((c0 == '+' || c0 == '-' || c0 == '.') && p.size() > 1 && isDigit(p[1])) return false;
  }
  return true;
}

}  // namespace detail

std::vector<Edn> readEdn(const frontend::SourceFilePtr& file) {
  return detail::readEdnRange(*file, 0, file->text().size());
}

// ---------------------------------------------------------------------------------------------
// Access and printing

const char* Edn::kindName(Kind kind) {
  switch (kind) {
    case Kind::Nil:
      return "nil";
    case Kind::Bool:
      return "boolean";
    case Kind::Int:
      return "integer";
    case Kind::Float:
      return "float";
    case Kind::String:
      return "string";
    case Kind::Keyword:
      return "keyword";
    case Kind::Symbol:
      return "symbol";
    case Kind::Vector:
      return "vector";
    case Kind::List:
      return "list";
    case Kind::Map:
      return "map";
    case Kind::Set:
      return "set";
    case Kind::Char:
      return "character";
  }
  return "value";
}

const Edn* Edn::get(const std::string& key) const {
  if (kind != Kind::Map) return nullptr;
  for (size_t k = 0; k + 1 < items.size(); k += 2) {
    const Edn& name = items[k];
    if ((name.kind == Kind::Keyword || name.kind == Kind::String) && name.s == key) {
      return &items[k + 1];
    }
  }
  return nullptr;
}

namespace {

void appendHex4(std::string& out, uint32_t v) {
  static const char* kHex = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 0xF];
}

void printString(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          appendHex4(out, static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void printChar(std::string& out, const std::string& s) {
  out += '\\';
  if (s.size() == 1) {
    for (const auto& [name, c] : detail::kCharNames) {
      if (s[0] == c) {
        out += name;
        return;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c < 0x20 || c == 0x7F) {
      out.pop_back();
      appendHex4(out, c);
      return;
    }
  }
  out += s;
}

void printFloat(std::string& out, double f) {
  if (std::isnan(f)) {
    out += "##NaN";
  } else if (std::isinf(f)) {
    out += f > 0 ? "##Inf" : "##-Inf";
  } else {
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, f);
    std::string_view text(buf, ec == std::errc() ? ptr - buf : 0);
    out += text;
    // Shortest form that reads back as the same double; "5" would read as an integer.
    if (text.find_first_of(".e") == std::string_view::npos) out += ".0";
  }
}

void print(std::string& out, const Edn& e) {
  if (!e.tag.empty()) {
    out += '#';
    out += e.tag;
    out += ' ';
  }
  auto items = [&](const char* open, const char* close, bool pairs) {
    out += open;
    for (size_t k = 0; k < e.items.size(); ++k) {
      if (k > 0) out += (pairs && k % 2 == 0) ? ", " : " ";
      print(out, e.items[k]);
    }
    out += close;
  };
  switch (e.kind) {
    case Edn::Kind::Nil:
      out += "nil";
      break;
    case Edn::Kind::Bool:
      out += e.b ? "true" : "false";
      break;
    case Edn::Kind::Int:
      out += std::to_string(e.i);
      break;
    case Edn::Kind::Float:
      printFloat(out, e.f);
      break;
    case Edn::Kind::String:
      printString(out, e.s);
      break;
    case Edn::Kind::Keyword:
      out += ':' + e.s;
      break;
    case Edn::Kind::Symbol:
      out += e.s;
      break;
    case Edn::Kind::Char:
      printChar(out, e.s);
      break;
    case Edn::Kind::Vector:
      items("[", "]", false);
      break;
    case Edn::Kind::List:
      items("(", ")", false);
      break;
    case Edn::Kind::Map:
      items("{", "}", true);
      break;
    case Edn::Kind::Set:
      items("#{", "}", false);
      break;
  }
}

}  // namespace

std::string Edn::toString() const {
  std::string out;
  print(out, *this);
  return out;
}

}  // namespace vouch::trace
