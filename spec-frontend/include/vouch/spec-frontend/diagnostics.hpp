#pragma once
// Diagnostics for user-input errors: `file:line:col: error: message`, the line, a caret.

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "vouch/spec-frontend/source.hpp"

namespace vouch::frontend {

/// Stable error kinds that tests match on (printed as `[kind]` after the message).
enum class ErrorKind {
  Io,           // file cannot be read
  Lex,          // bad token, unterminated string or comment
  Syntax,       // parse error
  Layout,       // junction-list layout error
  UnknownName,  // identifier or operator not defined
  Arity,        // wrong number of arguments
  MissingModule,
  Redefinition,
  Level,        // constant/state/action/temporal level error
  Config,       // bad .cfg line
  Trace,        // bad trace/log/mapping input
  Eval,         // evaluation error inside the spec
  Usage,        // bad command line
};

const char* errorKindName(ErrorKind kind);

/// One diagnostic: where, what, and optional notes (each with their own location).
struct Diagnostic {
  ErrorKind kind = ErrorKind::Syntax;
  SourceRange range;
  std::string message;
  struct Note {
    SourceRange range;
    std::string message;
  };
  std::vector<Note> notes;
  // Keeps the files that `range` and the notes point into alive for as long as the diagnostic
  // (a diagnostic often outlives the loader that read the file). Filled by InputError.
  std::vector<std::shared_ptr<const SourceFile>> files;
  void retainFiles();
};

/// Renders `file:line:col: error: message [kind]`, then the source line and a caret under the
/// column (and `~` under the rest of a one-line range), then each note the same way.
std::string renderDiagnostic(const Diagnostic& d);

/// The exception that carries user-input errors up to the CLI (exit code 2).
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostic d);
  InputError(ErrorKind kind, SourceRange range, std::string message);
  const Diagnostic& diagnostic() const { return diag_; }

 private:
  Diagnostic diag_;
};

/// Several errors found in one pass (e.g. all unknown names of a module).
class InputErrors : public std::runtime_error {
 public:
  explicit InputErrors(std::vector<Diagnostic> ds);
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }

 private:
  std::vector<Diagnostic> diags_;
};

}  // namespace vouch::frontend
