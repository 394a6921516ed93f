#include "vouch/spec-frontend/cfg.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "ops.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

namespace vouch::frontend {

namespace {

// TLA+ string escapes: the character after the backslash, and the character it stands for.
constexpr std::array<std::pair<char, char>, 6> kEscapes{
    {{'n', '\n'}, {'t', '\t'}, {'r', '\r'}, {'f', '\f'}, {'\\', '\\'}, {'"', '"'}}};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Values

std::string CfgValue::toString() const {
  switch (kind) {
    case Kind::Int:
    case Kind::Bool:
    case Kind::ModelValue:
      return text;
    case Kind::String: {
      std::string out = "\"";
      for (char c : text) {
        auto esc = std::find_if(kEscapes.begin(), kEscapes.end(),
                                [c](const auto& e) { return e.second == c; });
        if (esc != kEscapes.end()) out += '\\';
        out += esc != kEscapes.end() ? esc->first : c;
      }
      return out + "\"";
    }
    case Kind::Set:
    case Kind::Tuple: {
      bool set = kind == Kind::Set;
      std::string out = set ? "{" : "<<";
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i > 0) out += ", ";
        out += elements[i].toString();
      }
      return out + (set ? "}" : ">>");
    }
  }
  return text;
}

std::vector<const CfgConstant*> Config::constantsNamed(const std::string& name) const {
  std::vector<const CfgConstant*> out;
  for (const auto& c : constants) {
    if (!c.module && c.name.name == name) out.push_back(&c);
  }
  return out;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Lexer: the subset of TLA+ tokens that can appear in a cfg. Anything else is reported here
// (TLC's tokenizer silently treats a bad character as the end of the file).

enum class Tok {
  Eof,
  Ident,   // a TLA+ name: letters, digits, '_', at least one letter
  OpName,  // a backslash operator such as \prec
  Number,  // digits, with a leading '-' when negative
  String,
  Eq,     // =
  DefEq,  // == (only to explain the mistake)
  Arrow,  // <-
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Bang,
  LTuple,  // <<
  RTuple   // >>
};

struct Token {
  Tok kind = Tok::Eof;
  std::string text;  // as written (for String: the decoded contents)
  size_t begin = 0;  // byte offsets into the file
  size_t end = 0;
};

bool isLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c) {
  return c >= '0' && c <= '9';
}
bool isWordChar(char c) {
  return isLetter(c) || isDigit(c) || c == '_';
}

class Lexer {
 public:
  explicit Lexer(const SourceFile& file) : file_(file), text_(file.text()) {
    // Editors on Windows may save a UTF-8 byte-order mark; it is not part of the config.
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  [[noreturn]] void fail(size_t begin, size_t end, const std::string& message) const {
    throw InputError(ErrorKind::Config, rangeOf(begin, end), message);
  }

  SourceRange rangeOf(size_t begin, size_t end) const {
    auto [bl, bc] = file_.position(begin);
    auto [el, ec] = file_.position(end);
    return SourceRange{&file_, SourceLoc{bl, bc}, SourceLoc{el, ec}};
  }

  Token next() {
    skipSpaceAndComments();
    Token t;
    t.begin = pos_;
    if (pos_ >= text_.size()) {
      t.end = pos_;
      return t;
    }
    char c = text_[pos_];
    if (isWordChar(c)) {
      lexWord(t);
    } else if (c == '-' && pos_ + 1 < text_.size() && isDigit(text_[pos_ + 1])) {
      ++pos_;
      lexWord(t);
      if (t.kind != Tok::Number) fail(t.begin, pos_, "expected a number after '-'");
      t.text = "-" + t.text;
    } else if (afterArrow_ && lexOperatorSymbol(t)) {
      // `Plus <- +`, `Leq <- =<`: an operator symbol substituted for an operator constant.
    } else if (c == '"') {
      lexString(t);
    } else if (c == '\\' && pos_ + 1 < text_.size() && isLetter(text_[pos_ + 1])) {
      // A backslash operator such as \prec: TLC lets one be substituted (`\prec <- Less`).
      size_t start = pos_++;
      while (pos_ < text_.size() && isLetter(text_[pos_])) ++pos_;
      t.kind = Tok::OpName;
      t.text = std::string(text_.substr(start, pos_ - start));
    } else {
      lexPunct(t);
    }
    t.end = pos_;
    afterArrow_ = t.kind == Tok::Arrow;
    if (t.kind == Tok::OpName) t.text = canonicalOperator(t.text);  // \leq, =< and <= are one
    return t;
  }

 private:
  bool startsWith(std::string_view s) const { return text_.substr(pos_, s.size()) == s; }

  // A TLA+ operator symbol (longest first) as an OpName token.
  bool lexOperatorSymbol(Token& t) {
    static constexpr std::array<std::string_view, 49> kSymbols{
        "-+->", "(\\X)", "<=>", "...", "::=", "(+)", "(-)", "(.)", "(/)", "=<",  "<=",  ">=", "=>",
        "/=",   "..",    "++",  "--",  "**",  "//",  "^^",  "%%",  "&&",  "||",  "|-",  "|=", "-|",
        "=|",   "<:",    ":>",  "@@",  "$$",  "??",  "!!",  "##",  "~>",  "\\/", "/\\", "+",  "-",
        "*",    "/",     "^",   "%",   "#",   "<",   ">",   "&",   "|",   "$"};
    for (std::string_view sym : kSymbols) {
      if (startsWith(sym)) {
        t.kind = Tok::OpName;
        t.text = std::string(sym);
        pos_ += sym.size();
        return true;
      }
    }
    return false;
  }

  void skipSpaceAndComments() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        ++pos_;
      } else if (startsWith("\\*")) {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (startsWith("(*")) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  // Block comments nest, as in TLA+.
  void skipBlockComment() {
    std::vector<size_t> open{pos_};
    pos_ += 2;
    while (!open.empty()) {
      if (pos_ >= text_.size()) fail(open.back(), open.back() + 2, "unterminated comment");
      if (startsWith("(*")) {
        open.push_back(pos_);
        pos_ += 2;
      } else if (startsWith("*)")) {
        open.pop_back();
        pos_ += 2;
      } else {
        ++pos_;
      }
    }
  }

  // TLA+ words: a run of letters, digits and '_' is a name if it has a letter, else a number.
  void lexWord(Token& t) {
    size_t start = pos_;
    bool letter = false, underscore = false;
    while (pos_ < text_.size() && isWordChar(text_[pos_])) {
      letter |= isLetter(text_[pos_]);
      underscore |= text_[pos_] == '_';
      ++pos_;
    }
    t.text = std::string(text_.substr(start, pos_ - start));
    if (letter) {
      t.kind = Tok::Ident;
      return;
    }
    if (underscore) fail(t.begin, pos_, "'" + t.text + "' is neither a name nor a number");
    if (pos_ + 1 < text_.size() && text_[pos_] == '.' && isDigit(text_[pos_ + 1])) {
      fail(t.begin, pos_ + 1, "only integers are allowed in a config, not decimal numbers");
    }
    t.kind = Tok::Number;
  }

  void lexString(Token& t) {
    size_t start = pos_++;
    t.kind = Tok::String;
    while (true) {
      if (pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r') {
        fail(start, start + 1, "unterminated string");
      }
      char c = text_[pos_];
      if (c == '"') break;
      if (c != '\\') {
        t.text += c;
        ++pos_;
        continue;
      }
      char e = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
      auto esc = std::find_if(kEscapes.begin(), kEscapes.end(),
                              [e](const auto& x) { return x.first == e; });
      if (esc == kEscapes.end()) {
        fail(pos_, pos_ + 2, "invalid escape sequence in string (use \\\" \\\\ \\n \\t \\r \\f)");
      }
      t.text += esc->second;
      pos_ += 2;
    }
    ++pos_;
  }

  void lexPunct(Token& t) {
    struct P {
      std::string_view text;
      Tok kind;
    };
    // Longest first, so `<-` and `<<` win over a lone `<`, and `==` over `=`.
    static constexpr std::array<P, 13> kPuncts{{{"<-", Tok::Arrow},
                                                {"<<", Tok::LTuple},
                                                {">>", Tok::RTuple},
                                                {"==", Tok::DefEq},
                                                {"=", Tok::Eq},
                                                {"{", Tok::LBrace},
                                                {"}", Tok::RBrace},
                                                {"(", Tok::LParen},
                                                {")", Tok::RParen},
                                                {"[", Tok::LBracket},
                                                {"]", Tok::RBracket},
                                                {",", Tok::Comma},
                                                {"!", Tok::Bang}}};
    for (const auto& p : kPuncts) {
      if (startsWith(p.text)) {
        t.kind = p.kind;
        t.text = std::string(p.text);
        pos_ += p.text.size();
        return;
      }
    }
    // An operator symbol that starts with no punctuation of the .cfg (`++ <- PlusPlus`).
    if (lexOperatorSymbol(t)) return;
    // Report the whole UTF-8 sequence of the stray character.
    size_t len = 1;
    while (pos_ + len < text_.size() &&
           (static_cast<unsigned char>(text_[pos_ + len]) & 0xC0) == 0x80) {
      ++len;
    }
    fail(pos_, pos_ + len, "unexpected character '" + std::string(text_.substr(pos_, len)) + "'");
  }

  const SourceFile& file_;
  bool afterArrow_ = false;  // the last token was `<-`
  std::string_view text_;
  size_t pos_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Parser

// What a keyword fills in: one name, a list of names, or (neither) a section parsed specially.
struct KeywordSlot {
  std::optional<CfgName> Config::*single = nullptr;
  std::vector<CfgName> Config::*list = nullptr;
};

const std::map<std::string_view, KeywordSlot>& keywords() {
  static const std::map<std::string_view, KeywordSlot> kKeywords{
      {"SPECIFICATION", {&Config::specification}},
      {"INIT", {&Config::init}},
      {"NEXT", {&Config::next}},
      {"VIEW", {&Config::view}},
      {"SYMMETRY", {&Config::symmetry}},
      {"ALIAS", {&Config::alias}},
      {"CHECK_DEADLOCK", {}},
      {"CONSTANT", {}},
      {"CONSTANTS", {}},
      {"INVARIANT", {nullptr, &Config::invariants}},
      {"INVARIANTS", {nullptr, &Config::invariants}},
      {"PROPERTY", {nullptr, &Config::properties}},
      {"PROPERTIES", {nullptr, &Config::properties}},
      {"CONSTRAINT", {nullptr, &Config::constraints}},
      {"CONSTRAINTS", {nullptr, &Config::constraints}},
      {"ACTION_CONSTRAINT", {nullptr, &Config::actionConstraints}},
      {"ACTION_CONSTRAINTS", {nullptr, &Config::actionConstraints}},
      {"POSTCONDITION", {nullptr, &Config::postconditions}},
      {"POSTCONDITIONS", {nullptr, &Config::postconditions}},
  };
  return kKeywords;
}

bool isKeyword(const Token& t) {
  return t.kind == Tok::Ident && keywords().count(t.text) > 0;
}

// Deep nesting would overflow the stack of this recursive parser on hostile input; no real
// model nests values anywhere near this deep.
constexpr int kMaxValueDepth = 200;

class Parser {
 public:
  explicit Parser(SourceFilePtr file) : lex_(*file) { cfg_.file = std::move(file); }

  Config parse() {
    advance();
    while (tok_.kind != Tok::Eof) {
      if (!isKeyword(tok_)) failUnknownKeyword();
      Token kw = tok_;
      advance();
      const KeywordSlot& slot = keywords().at(kw.text);
      if (slot.single) {
        parseSingle(kw, cfg_.*slot.single);
      } else if (slot.list) {
        parseList(kw, cfg_.*slot.list);
      } else if (kw.text == "CHECK_DEADLOCK") {
        parseCheckDeadlock(kw);
      } else {
        parseConstants(kw);
      }
    }
    return std::move(cfg_);
  }

 private:
  // --- tokens and errors ---

  void advance() {
    lastEnd_ = tok_.end;
    tok_ = lex_.next();
    // Errors at the end of the file point just after the last token, where something is missing.
    if (tok_.kind == Tok::Eof) tok_.begin = tok_.end = lastEnd_;
  }

  Token peek() const {
    Lexer copy = lex_;
    return copy.next();
  }

  SourceRange range(const Token& t) const { return lex_.rangeOf(t.begin, t.end); }
  SourceRange range(size_t begin, size_t end) const { return lex_.rangeOf(begin, end); }
  CfgName name(const Token& t) const { return CfgName{t.text, range(t)}; }

  static std::string describe(const Token& t) {
    switch (t.kind) {
      case Tok::Eof:
        return "end of file";
      case Tok::Ident:
        return isKeyword(t) ? "keyword " + t.text : "'" + t.text + "'";
      case Tok::Number:
        return "number " + t.text;
      case Tok::String:
        return "a string";
      default:
        return "'" + t.text + "'";
    }
  }

  [[noreturn]] void fail(const Token& at, const std::string& message) const {
    throw InputError(ErrorKind::Config, range(at), message);
  }

  [[noreturn]] static void failWithNote(const SourceRange& at, const std::string& message,
                                        const SourceRange& noteAt, const std::string& note) {
    throw InputError(Diagnostic{ErrorKind::Config, at, message, {{noteAt, note}}});
  }

  // TLC separates entries only by whitespace; a comma between them is a TLA+ habit worth naming
  // (but inside a set, tuple or argument list a stray comma is just a missing value).
  [[noreturn]] void failExpected(const std::string& what, bool inValue = false) const {
    std::string message = "expected " + what + ", found " + describe(tok_);
    if (tok_.kind == Tok::Comma && !inValue) {
      message += " (config entries are separated by spaces, not commas)";
    }
    if (tok_.kind == Tok::DefEq) message += " (a config assigns with '=', not '==')";
    fail(tok_, message);
  }

  [[noreturn]] void failUnknownKeyword() const {
    if (tok_.kind != Tok::Ident) failExpected("a keyword such as SPECIFICATION or CONSTANTS");
    std::string upper;
    for (char c : tok_.text) {
      upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    std::string message = "unknown keyword '" + tok_.text + "'";
    if (keywords().count(upper)) {
      message += " (keywords are upper case: did you mean " + upper + "?)";
    } else {
      Tok after = peek().kind;
      if (after == Tok::Eq || after == Tok::Arrow) {
        message += " (a constant's value must be given in a CONSTANT or CONSTANTS section)";
      }
    }
    fail(tok_, message);
  }

  bool atName() const { return tok_.kind == Tok::Ident && !isKeyword(tok_); }

  Token expectName(const std::string& what) {
    if (!atName()) failExpected(what);
    Token t = tok_;
    advance();
    return t;
  }

  // --- keywords ---

  void parseSingle(const Token& kw, std::optional<CfgName>& slot) {
    Token n = expectName("a name after " + kw.text);
    if (slot) {
      failWithNote(range(kw), kw.text + " is given twice (TLC allows it once)", slot->range,
                   "the first " + kw.text + " names '" + slot->name + "'");
    }
    slot = name(n);
  }

  void parseCheckDeadlock(const Token& kw) {
    if (tok_.kind != Tok::Ident || (tok_.text != "TRUE" && tok_.text != "FALSE")) {
      failExpected("TRUE or FALSE after CHECK_DEADLOCK");
    }
    if (cfg_.checkDeadlock) {
      failWithNote(range(kw), "CHECK_DEADLOCK is given twice (TLC allows it once)",
                   cfg_.checkDeadlock->range, "the first CHECK_DEADLOCK is here");
    }
    cfg_.checkDeadlock = Config::Flag{tok_.text == "TRUE", range(tok_)};
    advance();
  }

  void parseList(const Token& kw, std::vector<CfgName>& out) {
    // An empty section is fine (TLC accepts it; it happens when the only entry is commented out).
    while (atName()) {
      out.push_back(name(tok_));
      advance();
    }
    if (tok_.kind != Tok::Eof && !isKeyword(tok_)) {
      failExpected("a name after " + kw.text + " (or the next keyword)");
    }
  }

  // --- CONSTANTS ---

  void parseConstants(const Token& kw) {
    while (atName() || tok_.kind == Tok::OpName) parseConstant();
    if (tok_.kind != Tok::Eof && !isKeyword(tok_)) {
      failExpected("a constant name after " + kw.text + " (or the next keyword)");
    }
  }

  // `Inst!Inner!N`: TLC joins the parts with '!'.
  CfgName parseConstantName() {
    Token first = tok_;
    CfgName n = name(first);
    advance();
    size_t end = first.end;
    while (first.kind == Tok::Ident && tok_.kind == Tok::Bang) {
      advance();
      Token part = expectName("a name after '!' in '" + n.name + "!'");
      n.name += "!" + part.text;
      end = part.end;
    }
    n.range = range(first.begin, end);
    return n;
  }

  // The `[M]` of `=[M]` and `<-[M]`, which TLC reads as "definition of module M".
  std::optional<CfgName> parseModuleQualifier(const std::string& after) {
    if (tok_.kind != Tok::LBracket) return std::nullopt;
    advance();
    Token m = expectName("a module name after '" + after + "['");
    if (tok_.kind != Tok::RBracket) failExpected("']' after module name '" + m.text + "'");
    advance();
    return name(m);
  }

  void parseConstant() {
    size_t begin = tok_.begin;
    CfgConstant c;
    c.name = parseConstantName();
    if (tok_.kind == Tok::Arrow) {
      c.kind = CfgConstant::Kind::Substitute;
      advance();
      c.module = parseModuleQualifier("<-");
      if (!atName() && tok_.kind != Tok::OpName) {
        failExpected("the name of a definition to substitute for '" + c.name.name + "'");
      }
      c.target = name(tok_);
      advance();
    } else {
      c.kind = CfgConstant::Kind::Assign;
      if (tok_.kind == Tok::LParen) {
        advance();
        while (true) {
          c.args.push_back(parseValue("an argument value of '" + c.name.name + "'", 0));
          if (tok_.kind != Tok::Comma) break;
          advance();
        }
        if (tok_.kind != Tok::RParen) {
          failExpected("',' or ')' in the arguments of '" + c.name.name + "'");
        }
        advance();
        if (tok_.kind != Tok::Eq) {
          failExpected("'=' after '" + c.name.name + "(...)' (an operator constant is given " +
                       "point by point, as F(1, 2) = v)");
        }
      }
      if (tok_.kind != Tok::Eq) {
        failExpected("'=' or '<-' after constant name '" + c.name.name + "'");
      }
      advance();
      c.module = parseModuleQualifier("=");
      c.value = parseValue("a value for '" + c.name.name + "'", 0);
    }
    c.range = range(begin, lastEnd_);
    if (size_t* earlier = checkDuplicate(c)) {
      cfg_.constants[*earlier] = std::move(c);
      return;
    }
    cfg_.constants.push_back(std::move(c));
  }

  // TLC lets the last entry for a name win: TLC's own test27 gives a constant twice, and the
  // Toolbox writes one definition override per instance (`NoVal <- [MemoryInterface]def_ov_1`,
  // then `..._2`). So does Vouch, with a warning (a second entry can be a typo in a copied
  // config); the position of the entry it replaces is returned. Pointwise entries F(a) = v may
  // repeat for distinct arguments of one arity, as TLC requires; mixing forms is an error.
  size_t* checkDuplicate(const CfgConstant& c) {
    std::string key = (c.module ? c.module->name : std::string()) + '\x1f' + c.name.name;
    std::string args;
    for (const auto& a : c.args) args += a.toString() + '\x1f';
    auto [it, fresh] = seen_.try_emplace(key, Seen{cfg_.constants.size(), {}});
    Seen& s = it->second;
    if (!fresh) {
      const CfgConstant& first = cfg_.constants[s.first];
      const SourceRange& at = c.name.range;
      std::string who = "constant '" + c.name.name + "'";
      if (c.module) who += " of module " + c.module->name;
      if (c.args.empty() && first.args.empty()) {
        cfg_.warnings.push_back(
            at.file->path() + ":" + std::to_string(at.begin.line) + ":" +
            std::to_string(at.begin.col) + ": warning: " + who +
            " is given twice; the last entry wins, as in TLC (the first is at line " +
            std::to_string(first.range.begin.line) + ")");
        return &s.first;
      }
      if (c.args.empty() || first.args.empty()) {
        failWithNote(at, who + " is given twice", first.range, "the first entry is here");
      }
      if (c.args.size() != first.args.size()) {
        failWithNote(at,
                     "operator constant '" + c.name.name + "' is given with " +
                         std::to_string(c.args.size()) + " argument(s) here but " +
                         std::to_string(first.args.size()) + " before",
                     first.range, "the first entry is here");
      }
      if (s.argLists.count(args)) {
        failWithNote(at, who + " is given twice for the same arguments", first.range,
                     "the first entry is here");
      }
    }
    s.argLists.insert(args);
    return nullptr;
  }

  // --- values ---

  CfgValue parseValue(const std::string& what, int depth) {
    if (depth > kMaxValueDepth) fail(tok_, "value nested too deeply");
    CfgValue v;
    v.range = range(tok_);
    v.text = tok_.text;
    switch (tok_.kind) {
      case Tok::Number:
        v.kind = CfgValue::Kind::Int;
        break;
      case Tok::String:
        v.kind = CfgValue::Kind::String;
        break;
      case Tok::Ident:
        if (isKeyword(tok_)) failExpected(what, true);
        if (tok_.text == "TRUE" || tok_.text == "FALSE") {
          v.kind = CfgValue::Kind::Bool;
          v.boolValue = tok_.text == "TRUE";
        } else {
          v.kind = CfgValue::Kind::ModelValue;
        }
        break;
      case Tok::LBrace:
      case Tok::LTuple: {
        bool set = tok_.kind == Tok::LBrace;
        Tok close = set ? Tok::RBrace : Tok::RTuple;
        v.kind = set ? CfgValue::Kind::Set : CfgValue::Kind::Tuple;
        v.text.clear();
        size_t begin = tok_.begin;
        advance();
        if (tok_.kind != close) {
          while (true) {
            v.elements.push_back(parseValue(set ? "a set element" : "a tuple element", depth + 1));
            if (tok_.kind != Tok::Comma) break;
            advance();
          }
        }
        if (tok_.kind != close) {
          failExpected(set ? "',' or '}' in a set" : "',' or '>>' in a tuple", true);
        }
        v.range = range(begin, tok_.end);
        break;
      }
      default:
        failExpected(what, true);
    }
    advance();
    return v;
  }

  struct Seen {
    size_t first;                    // index in cfg_.constants
    std::set<std::string> argLists;  // rendered argument lists of pointwise entries
  };

  Lexer lex_;
  Token tok_;
  Config cfg_;
  std::map<std::string, Seen> seen_;
  size_t lastEnd_ = 0;  // end of the last token consumed
};

}  // namespace

Config parseConfig(SourceFilePtr file) {
  return Parser(std::move(file)).parse();
}

}  // namespace vouch::frontend
