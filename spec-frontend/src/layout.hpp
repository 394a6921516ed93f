#pragma once
// The layout pass: a TokenSource between the ANTLR lexer and parser. It
//  - turns `/\` and `\/` in prefix position into BULLET_AND/BULLET_OR and closes junction lists
//    with JUNCTION_END by the layout rule (an item ends at the first token whose column is at or
//    left of its bullet; brackets, THEN/ELSE/IN, `,`, CASE arrows and separators also end lists
//    opened inside them),
//  - splits `WF_v`/`SF_v` into WF_/SF_ and the subscript,
//  - ends the token stream at the `====` that closes the outermost module,
//  - skips theorem statements, proofs, USE and HIDE,
//  - reports lexical errors (bad character, unterminated string) as InputError.

#include <deque>
#include <memory>
#include <vector>

#include "TLAPlusLexer.h"
#include "antlr4-runtime.h"
#include "vouch/spec-frontend/source.hpp"

namespace vouch::frontend {

class LayoutTokenSource : public antlr4::TokenSource {
 public:
  LayoutTokenSource(vouch_antlr::TLAPlusLexer& lexer, const SourceFile& file);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return lexer_.getTokenFactory();
  }

 private:
  enum class EntryKind { Junction, Bracket, If, Then, Else, Let, Case, Binder };
  struct Entry {
    EntryKind kind;
    size_t tokenType;  // Junction: AND/OR; Bracket: the opening token type
    size_t col;
  };

  /// The column of `t` for the layout rule (0-based; tabs expanded to multiples of 8).
  size_t column(const antlr4::Token& t) const;
  antlr4::Token* peekRaw(size_t k);  // k-th significant raw token ahead (0 = next)
  std::unique_ptr<antlr4::Token> takeRaw();
  void process(std::unique_ptr<antlr4::Token> t);
  void emit(std::unique_ptr<antlr4::Token> t);
  void emitJunctionEnd(const antlr4::Token& at);
  void popTo(size_t index, const antlr4::Token& at);  // pops entries [index, end)
  void closeAll(const antlr4::Token& at);
  void closeByColumn(antlr4::Token& t, bool& consumedAsBullet);
  int findEntry(EntryKind kind) const;  // topmost entry of kind above the nearest bracket
  bool prefixPosition() const;
  bool selectorEnd() const;  // the last tokens are a selector such as `!:`
  bool isUnitStart(size_t k);
  bool definitionAhead(size_t k);  // a definition `lhs ==` starts at raw token k
  void skipProof(size_t keywordCol);
  bool
  proofAhead();  // a proof (PROOF, BY, OBVIOUS, OMITTED, a step `<1>`) starts at the next raw token
  [[noreturn]] void lexError(const antlr4::Token& t, const std::string& message);

  vouch_antlr::TLAPlusLexer& lexer_;
  const SourceFile& file_;
  std::deque<std::unique_ptr<antlr4::Token>> raw_;     // lookahead buffer (significant tokens)
  size_t lastRawType_ = 0;                             // type of the last token put in raw_
  std::deque<std::unique_ptr<antlr4::Token>> out_;     // tokens ready for the parser
  std::vector<Entry> stack_;
  size_t lastType_ = 0;   // type of the last emitted token (0: none)
  size_t prevType_ = 0;   // type of the token emitted before it
  size_t lastLine_ = 0;   // line of the last token taken from the lexer
  int moduleDepth_ = 0;
  // Inside a theorem's statement (kept for `Thm!:` and `ASSUME Thm`): the column of THEOREM,
  // or npos when not in one. The statement ends where its proof or the next unit starts.
  size_t theoremCol_ = std::string::npos;
  bool finished_ = false;
};

/// Prepares module text for the lexer, keeping every position: blanks out text before the first
/// module header and after the `====` that closes it, and every comment (`\*` to the end of the
/// line, `(* *)` nested). Throws InputError (Lex) at the start of an unterminated comment.
/// The module is the first one whose header is at or after byte `from`; `end`, when given, gets
/// the offset just past its closing `====` (the text's size when there is none), where a next
/// module of the same file may start.
std::string blankNonCode(const SourceFile& file, size_t from = 0, size_t* end = nullptr);

}  // namespace vouch::frontend
