#include "layout.hpp"

#include <algorithm>
#include <iterator>

#include "vouch/spec-frontend/diagnostics.hpp"

namespace vouch::frontend {

using L = vouch_antlr::TLAPlusLexer;
using antlr4::Token;

namespace {

constexpr size_t kMaxNesting = 400;

bool isClosingBracket(size_t t) {
  return t == L::RPAREN || t == L::RBRACKET || t == L::RBRACKET_US || t == L::RBRACE ||
         t == L::RANGLE || t == L::RANGLE_US;
}
bool isOpeningBracket(size_t t) {
  return t == L::LPAREN || t == L::LBRACKET || t == L::LBRACE || t == L::LANGLE;
}
size_t openerOf(size_t closing) {
  switch (closing) {
    case L::RPAREN: return L::LPAREN;
    case L::RBRACKET:
    case L::RBRACKET_US: return L::LBRACKET;
    case L::RBRACE: return L::LBRACE;
    default: return L::LANGLE;
  }
}
// After one of these, a `/\` or `\/` is infix; elsewhere it starts a junction list.
bool endsExpression(size_t t) {
  return t == L::IDENT || t == L::NUMBER || t == L::STRING || t == L::AT || t == L::RPAREN ||
         t == L::RBRACKET || t == L::RBRACE || t == L::RANGLE || t == L::PRIME ||
         t == L::POSTFIX_OP || t == L::JUNCTION_END;
}
// Reserved words SANY also takes as a record field's name after a dot (`r.NEW`, `!.THEN`).
bool isKeyword(size_t t) {
  static constexpr size_t kKeywords[] = {
      L::ASSUME, L::ASSUMPTION, L::AXIOM,   L::CASE,   L::CHOOSE,  L::CONSTANT,
      L::DOMAIN, L::ELSE,       L::ENABLED, L::EXCEPT, L::EXTENDS, L::IF,
      L::IN,     L::INSTANCE,   L::LAMBDA,  L::LET,    L::LOCAL,   L::MODULE,
      L::OTHER,  L::RECURSIVE,  L::SUBSET,  L::THEN,   L::THEOREM, L::UNCHANGED,
      L::UNION,  L::VARIABLE,   L::WITH,    L::USE,    L::HIDE,    L::PROOF_KW};
  return std::find(std::begin(kKeywords), std::end(kKeywords), t) != std::end(kKeywords);
}
// Keywords that only ever start a unit: every open list ends before them.
bool isUnitKeyword(size_t t) {
  return t == L::MODULE_BEGIN || t == L::MODULE_END || t == L::SEPARATOR || t == L::THEOREM ||
         t == L::CONSTANT || t == L::VARIABLE || t == L::RECURSIVE || t == L::LOCAL ||
         t == L::USE || t == L::HIDE || t == L::ASSUMPTION || t == L::AXIOM ||
         t == L::EXTENDS;
}

}  // namespace

std::string blankNonCode(const SourceFile& file, size_t from, size_t* end) {
  const std::string& text = file.text();
  std::string out = text;
  auto blank = [&out](size_t from, size_t to) {
    for (size_t i = from; i < to && i < out.size(); ++i) {
      if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
    }
  };
  auto lineStart = [&text](size_t i) {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    return i == 0 || text[i - 1] == '\n';
  };
  // A module header: 4+ dashes, blanks, MODULE.
  auto headerAt = [&text](size_t i) {
    size_t j = i;
    while (j < text.size() && text[j] == '-') ++j;
    if (j - i < 4) return false;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    return text.compare(j, 6, "MODULE") == 0;
  };
  size_t i = from;
  while (i < text.size() && !headerAt(i)) ++i;
  blank(0, i);
  if (end != nullptr) *end = text.size();
  int depth = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '"') {  // strings may hold comment openers; the lexer reports unterminated ones
      size_t j = i + 1;
      while (j < text.size() && text[j] != '"' && text[j] != '\n') j += text[j] == '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c == '\\' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t j = text.find('\n', i);
      if (j == std::string::npos) j = text.size();
      blank(i, j);
      i = j;
      continue;
    }
    if (c == '(' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t j = i + 2;
      int nest = 1;
      while (j < text.size() && nest > 0) {
        if (text.compare(j, 2, "(*") == 0) {
          ++nest;
          j += 2;
        } else if (text.compare(j, 2, "*)") == 0) {
          --nest;
          j += 2;
        } else {
          ++j;
        }
      }
      if (nest > 0) {
        auto [line, col] = file.position(i);
        throw InputError(ErrorKind::Lex, SourceRange{&file, {line, col}, {line, col + 2}},
                         "unterminated comment");
      }
      blank(i, j);
      i = j;
      continue;
    }
    if (c == '-' && headerAt(i)) {
      ++depth;
      while (i < text.size() && text[i] == '-') ++i;
      continue;
    }
    if (c == '=' && text.compare(i, 4, "====") == 0 && lineStart(i)) {
      size_t j = i;
      while (j < text.size() && text[j] == '=') ++j;
      if (--depth <= 0) {
        blank(j, text.size());
        if (end != nullptr) *end = j;
        break;
      }
      i = j;
      continue;
    }
    ++i;
  }
  return out;
}

LayoutTokenSource::LayoutTokenSource(L& lexer, const SourceFile& file)
    : lexer_(lexer), file_(file) {}

size_t LayoutTokenSource::column(const antlr4::Token& t) const {
  // As SANY (JavaCC's SimpleCharStream): a tab advances to the next multiple of 8, any other
  // character (code point) by one. Lines without tabs need no walk.
  size_t at = t.getCharPositionInLine();
  std::string_view line = file_.lineText(static_cast<uint32_t>(t.getLine()));
  if (line.find('\t') == std::string_view::npos) return at;
  size_t col = 0, seen = 0;
  for (size_t i = 0; i < line.size() && seen < at; ++i) {
    auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
    ++seen;
    col = c == '\t' ? (col / 8 + 1) * 8 : col + 1;
  }
  return col;
}

void LayoutTokenSource::lexError(const Token& t, const std::string& message) {
  SourceRange r{&file_,
                {static_cast<uint32_t>(t.getLine()),
                 static_cast<uint32_t>(t.getCharPositionInLine() + 1)},
                {}};
  throw InputError(ErrorKind::Lex, r, message);
}

antlr4::Token* LayoutTokenSource::peekRaw(size_t k) {
  while (raw_.size() <= k) {
    std::unique_ptr<Token> t = lexer_.nextToken();
    size_t type = t->getType();
    if (t->getChannel() != Token::DEFAULT_CHANNEL) continue;
    if (type == L::ERROR_CHAR) {
      lexError(*t, "unexpected character '" + t->getText() + "'");
    }
    if (type == L::UNTERMINATED_STRING) lexError(*t, "unterminated string");
    if (lastRawType_ == L::DOT && isKeyword(type)) {
      static_cast<antlr4::CommonToken*>(t.get())->setType(L::IDENT);
      type = L::IDENT;
    }
    if (type == L::IDENT && t->getText().size() >= 3 && lastRawType_ != L::DOT &&
        (t->getText().rfind("WF_", 0) == 0 || t->getText().rfind("SF_", 0) == 0)) {
      // `WF_vars` is WF_ followed by the subscript `vars` (but `r.WF_x` is a field).
      auto* ct = static_cast<antlr4::CommonToken*>(t.get());
      std::string rest = ct->getText().substr(3);
      size_t kind = ct->getText()[0] == 'W' ? L::WF_ : L::SF_;
      auto head = std::make_unique<antlr4::CommonToken>(ct);
      head->setType(kind);
      head->setText(ct->getText().substr(0, 3));
      head->setStopIndex(ct->getStartIndex() + 2);
      raw_.push_back(std::move(head));
      lastRawType_ = kind;
      if (!rest.empty()) {
        ct->setText(rest);
        ct->setStartIndex(ct->getStartIndex() + 3);
        ct->setCharPositionInLine(ct->getCharPositionInLine() + 3);
        lastRawType_ = L::IDENT;
        raw_.push_back(std::move(t));
      }
      continue;
    }
    lastRawType_ = type;
    raw_.push_back(std::move(t));
  }
  return raw_[k].get();
}

std::unique_ptr<antlr4::Token> LayoutTokenSource::takeRaw() {
  peekRaw(0);
  std::unique_ptr<Token> t = std::move(raw_.front());
  raw_.pop_front();
  return t;
}

void LayoutTokenSource::emit(std::unique_ptr<antlr4::Token> t) {
  prevType_ = lastType_;
  lastType_ = t->getType();
  out_.push_back(std::move(t));
}

void LayoutTokenSource::emitJunctionEnd(const antlr4::Token& at) {
  auto end = std::make_unique<antlr4::CommonToken>(L::JUNCTION_END, "<end of list>");
  end->setLine(at.getLine());
  end->setCharPositionInLine(at.getCharPositionInLine());
  end->setStartIndex(at.getStartIndex());
  end->setStopIndex(at.getStartIndex() > 0 ? at.getStartIndex() - 1 : 0);
  emit(std::move(end));
}

void LayoutTokenSource::popTo(size_t index, const antlr4::Token& at) {
  while (stack_.size() > index) {
    if (stack_.back().kind == EntryKind::Junction) emitJunctionEnd(at);
    stack_.pop_back();
  }
}

void LayoutTokenSource::closeAll(const antlr4::Token& at) { popTo(0, at); }

int LayoutTokenSource::findEntry(EntryKind kind) const {
  for (int i = static_cast<int>(stack_.size()) - 1; i >= 0; --i) {
    if (stack_[i].kind == kind) return i;
    if (stack_[i].kind == EntryKind::Bracket) return -1;
  }
  return -1;
}

bool LayoutTokenSource::prefixPosition() const {
  return !endsExpression(lastType_) && !selectorEnd();
}

bool LayoutTokenSource::selectorEnd() const {
  // `Thm!:`, `Op!<<`, `Op!>>`, `Op!@` end a reference like a name does.
  return prevType_ == L::BANG && (lastType_ == L::COLON || lastType_ == L::LANGLE ||
                                  lastType_ == L::RANGLE || lastType_ == L::AT);
}

void LayoutTokenSource::closeByColumn(antlr4::Token& t, bool& consumedAsBullet) {
  size_t col = column(t);
  while (true) {
    int j = findEntry(EntryKind::Junction);
    if (j < 0) return;
    const Entry& e = stack_[j];
    if (col < e.col || (col == e.col && t.getType() != e.tokenType)) {
      popTo(j, t);  // closes everything above the list and the list itself
      continue;
    }
    if (col == e.col) {
      // A new item of this list: close whatever was opened inside the previous item.
      size_t kind = e.tokenType;
      popTo(j + 1, t);
      static_cast<antlr4::CommonToken&>(t).setType(kind == L::AND ? L::BULLET_AND : L::BULLET_OR);
      consumedAsBullet = true;
    }
    return;
  }
}

bool LayoutTokenSource::isUnitStart(size_t k) {
  Token* t = peekRaw(k);
  size_t type = t->getType();
  if (isUnitKeyword(type) || type == Token::EOF) return true;
  if (type == L::ASSUME) {
    size_t next = peekRaw(k + 1)->getType();
    return next != L::PROOF_KW && next != L::CONSTANT && next != L::VARIABLE;
  }
  if (type == L::INSTANCE) return true;
  return definitionAhead(k);
}

bool LayoutTokenSource::definitionAhead(size_t k) {
  size_t type = peekRaw(k)->getType();
  if (type == L::MINUS) {  // -. a ==
    return peekRaw(k + 1)->getType() == L::DOT && peekRaw(k + 2)->getType() == L::IDENT &&
           peekRaw(k + 3)->getType() == L::DEFEQ;
  }
  if (type != L::IDENT) return false;
  size_t next = peekRaw(k + 1)->getType();
  if (next == L::DEFEQ) return true;
  if (next == L::INFIX_OP || next == L::MINUS) {  // a + b ==
    return peekRaw(k + 2)->getType() == L::IDENT && peekRaw(k + 3)->getType() == L::DEFEQ;
  }
  if (next == L::POSTFIX_OP) return peekRaw(k + 2)->getType() == L::DEFEQ;
  if (next == L::LPAREN || next == L::LBRACKET) {  // Op(a, b) == / f[x \in S] ==
    size_t close = next == L::LPAREN ? L::RPAREN : L::RBRACKET;
    int depth = 0;
    for (size_t j = k + 1; j < k + 400; ++j) {
      size_t t = peekRaw(j)->getType();
      if (t == Token::EOF) return false;
      if (t == next) ++depth;
      if (t == close && --depth == 0) return peekRaw(j + 1)->getType() == L::DEFEQ;
    }
  }
  return false;
}

void LayoutTokenSource::skipProof(size_t keywordCol) {
  // Skip to the first token that starts a line at or left of the keyword's column and begins a
  // unit. Proof steps (`<1>2.`), BY, QED, PROOF ... never qualify.
  while (true) {
    Token* t = peekRaw(0);
    if (t->getType() == Token::EOF) return;
    bool startsLine = t->getLine() != lastLine_;
    if (startsLine && column(*t) <= keywordCol && isUnitStart(0)) return;
    lastLine_ = t->getLine();
    takeRaw();
  }
}

bool LayoutTokenSource::proofAhead() {
  Token* t = peekRaw(0);
  if (t->getType() == L::PROOF_KW) {
    const std::string text = t->getText();
    return text == "PROOF" || text == "BY" || text == "OBVIOUS" || text == "OMITTED";
  }
  // A proof step `<1>`, `<1>2.`, `<*>`, `<+>`: `<` and `>` around a number, `*` or `+`.
  if (t->getType() != L::INFIX_OP || t->getText() != "<") return false;
  Token* mid = peekRaw(1);
  Token* close = peekRaw(2);
  bool stepLevel = mid->getType() == L::NUMBER || mid->getText() == "*" || mid->getText() == "+";
  return stepLevel && close->getText().rfind('>', 0) == 0 &&
         close->getStartIndex() == mid->getStopIndex() + 1 &&
         mid->getStartIndex() == t->getStopIndex() + 1;
}

void LayoutTokenSource::process(std::unique_ptr<antlr4::Token> t) {
  size_t type = t->getType();
  if (type == Token::EOF) {
    closeAll(*t);
    emit(std::move(t));
    return;
  }
  if (isUnitKeyword(type)) {
    closeAll(*t);
  } else {
    bool bullet = false;
    closeByColumn(*t, bullet);
    if (bullet) {
      emit(std::move(t));
      return;
    }
  }

  switch (type) {
    case L::MODULE_BEGIN: ++moduleDepth_; break;
    case L::MODULE_END:
      if (--moduleDepth_ <= 0) finished_ = true;
      break;
    case L::AND:
    case L::OR:
      if (prefixPosition()) {
        stack_.push_back({EntryKind::Junction, type, column(*t)});
        static_cast<antlr4::CommonToken&>(*t).setType(type == L::AND ? L::BULLET_AND
                                                                     : L::BULLET_OR);
      }
      break;
    case L::IF: stack_.push_back({EntryKind::If, type, 0}); break;
    case L::THEN: {
      int i = findEntry(EntryKind::If);
      if (i >= 0) {
        popTo(i, *t);
        stack_.push_back({EntryKind::Then, type, 0});
      }
      break;
    }
    case L::ELSE: {
      int i = findEntry(EntryKind::Then);
      if (i >= 0) {
        popTo(i, *t);
        stack_.push_back({EntryKind::Else, type, 0});
      }
      break;
    }
    case L::LET: stack_.push_back({EntryKind::Let, type, 0}); break;
    case L::IN: {
      int i = findEntry(EntryKind::Let);
      if (i >= 0) popTo(i, *t);
      break;
    }
    case L::CASE: stack_.push_back({EntryKind::Case, type, 0}); break;
    case L::ARROW: {
      int i = findEntry(EntryKind::Case);
      if (i >= 0) popTo(i + 1, *t);
      break;
    }
    case L::BOX:
      if (!prefixPosition()) {  // the CASE separator, not the temporal operator
        int i = findEntry(EntryKind::Case);
        if (i >= 0) popTo(i + 1, *t);
      }
      break;
    case L::COMMA: {
      // A comma ends lists opened inside the enclosing bracket, but not the commas between
      // the binders of a quantifier (`\A i, j \in S :`).
      for (int i = static_cast<int>(stack_.size()) - 1; i >= 0; --i) {
        if (stack_[i].kind == EntryKind::Binder) break;
        if (stack_[i].kind == EntryKind::Bracket) {
          popTo(i + 1, *t);
          break;
        }
      }
      break;
    }
    case L::ALL:
    case L::EXISTS:
    case L::TALL:
    case L::TEXISTS:
    case L::CHOOSE:
    case L::LAMBDA: stack_.push_back({EntryKind::Binder, type, 0}); break;
    case L::COLON: {
      if (lastType_ == L::BANG) break;  // the selector `Thm!:`
      int i = findEntry(EntryKind::Binder);
      if (i >= 0) popTo(i, *t);
      break;
    }
    default:
      if (isOpeningBracket(type)) {
        // The parser is recursive descent: bound the nesting so that hostile input gets an
        // error rather than a stack overflow.
        if (stack_.size() > kMaxNesting) lexError(*t, "expressions nested too deeply");
        stack_.push_back({EntryKind::Bracket, type, 0});
      } else if (isClosingBracket(type)) {
        size_t opener = openerOf(type);
        for (int i = static_cast<int>(stack_.size()) - 1; i >= 0; --i) {
          if (stack_[i].kind == EntryKind::Bracket) {
            if (stack_[i].tokenType == opener) popTo(i, *t);
            break;
          }
        }
      }
      break;
  }

  bool theorem = type == L::THEOREM;
  bool useHide = type == L::USE || type == L::HIDE;
  size_t col = column(*t);
  emit(std::move(t));
  if (theorem) {
    if (peekRaw(0)->getType() == L::IDENT && peekRaw(1)->getType() == L::DEFEQ) {
      emit(takeRaw());
      emit(takeRaw());
    }
    // An `ASSUME ... PROVE` statement is not an expression: skipped with its proof. Any other
    // statement goes to the parser, up to its proof.
    size_t next = peekRaw(0)->getType();
    if (next == L::ASSUME || next == L::PROOF_KW || proofAhead()) {
      skipProof(col);
    } else {
      theoremCol_ = col;
    }
  } else if (useHide) {
    skipProof(col);
  }
}

std::unique_ptr<antlr4::Token> LayoutTokenSource::nextToken() {
  while (out_.empty()) {
    if (finished_) {
      auto eof = std::make_unique<antlr4::CommonToken>(Token::EOF, "<EOF>");
      eof->setLine(lastLine_);
      return eof;
    }
    if (theoremCol_ != std::string::npos) {
      Token* ahead = peekRaw(0);
      bool startsLine = ahead->getLine() != lastLine_;
      if (proofAhead()) {
        size_t col = theoremCol_;
        theoremCol_ = std::string::npos;
        skipProof(col);
        continue;
      }
      if (ahead->getType() == Token::EOF ||
          (startsLine && column(*ahead) <= theoremCol_ && isUnitStart(0))) {
        theoremCol_ = std::string::npos;
      }
    }
    std::unique_ptr<Token> t = takeRaw();
    lastLine_ = t->getLine();
    process(std::move(t));
  }
  std::unique_ptr<Token> t = std::move(out_.front());
  out_.pop_front();
  return t;
}

}  // namespace vouch::frontend
