// The parse driver: lexer → layout pass → ANTLR parser (SLL first, LL on failure) → AST.

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "TLAPlusLexer.h"
#include "TLAPlusParser.h"
#include "antlr4-runtime.h"
#include "build_ast.hpp"
#include "layout.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/parser.hpp"

namespace vouch::frontend {

namespace {

std::string describeToken(antlr4::Token* t) {
  if (t == nullptr) return "input";
  switch (t->getType()) {
    case antlr4::Token::EOF: return "end of file";
    case vouch_antlr::TLAPlusLexer::JUNCTION_END: return "the end of a /\\ or \\/ list";
    case vouch_antlr::TLAPlusLexer::BULLET_AND: return "'/\\' (a list bullet)";
    case vouch_antlr::TLAPlusLexer::BULLET_OR: return "'\\/' (a list bullet)";
    default: return "'" + t->getText() + "'";
  }
}

// Turns the first ANTLR syntax error into an InputError at the offending token.
class ThrowingErrorListener : public antlr4::BaseErrorListener {
 public:
  explicit ThrowingErrorListener(const SourceFile& file) : file_(file) {}
  void syntaxError(antlr4::Recognizer*, antlr4::Token* offending, size_t line, size_t col,
                   const std::string& msg, std::exception_ptr) override {
    SourceRange r{&file_,
                  {static_cast<uint32_t>(line), static_cast<uint32_t>(col + 1)},
                  {}};
    if (offending != nullptr && offending->getType() != antlr4::Token::EOF &&
        offending->getType() != vouch_antlr::TLAPlusLexer::JUNCTION_END) {
      r.end = {r.begin.line, r.begin.col + static_cast<uint32_t>(offending->getText().size())};
    }
    std::string message = "unexpected " + describeToken(offending);
    // ANTLR's own message helps when it names a short list of expected tokens.
    auto pos = msg.find("expecting ");
    if (pos != std::string::npos && msg.size() - pos < 60) message += ", " + msg.substr(pos);
    throw InputError(ErrorKind::Syntax, r, message);
  }

 private:
  const SourceFile& file_;
};

}  // namespace

ModulePtr parseModule(SourceFilePtr file) {
  return parseModuleAt(std::move(file), 0, nullptr);
}

std::vector<ModulePtr> parseModules(SourceFilePtr file) {
  std::vector<ModulePtr> out;
  size_t end = 0;
  out.push_back(parseModuleAt(file, 0, &end));
  // Further modules after the first one's `====` (SANY reads them too).
  const std::string& text = file->text();
  while (end < text.size()) {
    size_t next = text.find("MODULE", end);
    if (next == std::string::npos) break;
    size_t dash = text.rfind('\n', next);
    dash = dash == std::string::npos || dash < end ? end : dash + 1;
    std::string_view lead(text.data() + dash, next - dash);
    if (lead.find("----") == std::string_view::npos ||
        lead.find_first_not_of("- \t") != std::string_view::npos) {
      end = next + 6;
      continue;
    }
    out.push_back(parseModuleAt(file, dash, &end));
  }
  return out;
}

ModulePtr parseModuleAt(SourceFilePtr file, size_t from, size_t* end) {
  if (size_t bad = firstInvalidUtf8(file->text()); bad != std::string_view::npos) {
    auto [line, col] = file->position(bad);
    throw InputError(ErrorKind::Lex, SourceRange{file.get(), {line, col}, {}},
                     "the file is not valid UTF-8 (byte " + std::to_string(bad) + ")");
  }
  std::string text = blankNonCode(*file, from, end);
  if (text.find("MODULE") == std::string::npos || text.find("----") == std::string::npos) {
    throw InputError(ErrorKind::Syntax, SourceRange{file.get(), {1, 1}, {}},
                     "no module header '---- MODULE Name ----' found");
  }
  // VOUCH_PARSE_TIMING=1 prints the time of each phase per file (bench/ uses it).
  static const bool timing = std::getenv("VOUCH_PARSE_TIMING") != nullptr;
  auto t0 = std::chrono::steady_clock::now();
  antlr4::ANTLRInputStream input(text);
  vouch_antlr::TLAPlusLexer lexer(&input);
  lexer.removeErrorListeners();
  LayoutTokenSource layout(lexer, *file);
  antlr4::CommonTokenStream tokens(&layout);
  tokens.fill();  // runs the layout pass; lexical errors surface here
  auto t1 = std::chrono::steady_clock::now();
  bool fellBack = false;
  vouch_antlr::TLAPlusParser parser(&tokens);
  parser.removeErrorListeners();

  vouch_antlr::TLAPlusParser::FileContext* tree = nullptr;
  // Two-stage parsing: SLL prediction is fast and almost always enough; on failure re-parse
  // with full LL and an error listener that reports the first error.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    tree = parser.file();
  } catch (const antlr4::ParseCancellationException&) {
    fellBack = true;
    tokens.seek(0);
    parser.reset();
    ThrowingErrorListener listener(*file);
    parser.addErrorListener(&listener);
    parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    tree = parser.file();
    parser.removeErrorListeners();
  }
  auto t2 = std::chrono::steady_clock::now();
  ModulePtr m = buildModule(tree->module(), file);
  if (timing) {
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::fprintf(stderr, "parse %-40s tokens %6zu  lex+layout %7.2f ms  parse %7.2f ms%s  ast %6.2f ms\n",
                 file->path().c_str(), tokens.size(), ms(t0, t1), ms(t1, t2),
                 fellBack ? " (LL)" : "", ms(t2, std::chrono::steady_clock::now()));
  }
  return m;
}

}  // namespace vouch::frontend
