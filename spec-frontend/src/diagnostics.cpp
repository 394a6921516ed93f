#include "vouch/spec-frontend/diagnostics.hpp"

#include <sstream>

namespace vouch::frontend {

const char* errorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Io: return "io";
    case ErrorKind::Lex: return "lex";
    case ErrorKind::Syntax: return "syntax";
    case ErrorKind::Layout: return "layout";
    case ErrorKind::UnknownName: return "unknown-name";
    case ErrorKind::Arity: return "arity";
    case ErrorKind::MissingModule: return "missing-module";
    case ErrorKind::Redefinition: return "redefinition";
    case ErrorKind::Level: return "level";
    case ErrorKind::Config: return "config";
    case ErrorKind::Trace: return "trace";
    case ErrorKind::Eval: return "eval";
    case ErrorKind::Usage: return "usage";
  }
  return "error";
}

namespace {

// Column (1-based, code points) → display width prefix of the line, keeping tabs as tabs so the
// caret lines up whatever the terminal's tab width.
std::string caretLine(std::string_view line, uint32_t col, uint32_t endCol) {
  std::string out;
  uint32_t cp = 1;
  for (size_t i = 0; i < line.size() && cp < col; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out += (c == '\t') ? '\t' : ' ';
    ++cp;
  }
  out += '^';
  for (uint32_t c = col + 1; c < endCol; ++c) out += '~';
  return out;
}

void renderOne(std::ostringstream& os, const SourceRange& r, const char* severity,
               const std::string& message) {
  if (r.file != nullptr) {
    os << r.file->path();
    if (r.begin.valid()) os << ':' << r.begin.line << ':' << r.begin.col;
    os << ": ";
  }
  os << severity << ": " << message << '\n';
  if (r.file != nullptr && r.begin.valid()) {
    std::string_view line = r.file->lineText(r.begin.line);
    uint32_t endCol = (r.end.line == r.begin.line && r.end.col > r.begin.col) ? r.end.col : 0;
    os << line << '\n' << caretLine(line, r.begin.col, endCol) << '\n';
  }
}

}  // namespace

std::string renderDiagnostic(const Diagnostic& d) {
  std::ostringstream os;
  renderOne(os, d.range, "error", d.message + " [" + errorKindName(d.kind) + "]");
  for (const auto& n : d.notes) renderOne(os, n.range, "note", n.message);
  return os.str();
}

void Diagnostic::retainFiles() {
  auto keep = [this](const SourceRange& r) {
    if (r.file == nullptr) return;
    if (auto p = r.file->weak_from_this().lock()) files.push_back(std::move(p));
  };
  keep(range);
  for (const auto& n : notes) keep(n.range);
}

InputError::InputError(Diagnostic d) : std::runtime_error(d.message), diag_(std::move(d)) {
  diag_.retainFiles();
}

InputError::InputError(ErrorKind kind, SourceRange range, std::string message)
    : InputError(Diagnostic{kind, range, std::move(message), {}}) {}

InputErrors::InputErrors(std::vector<Diagnostic> ds)
    : std::runtime_error(ds.empty() ? "errors" : ds.front().message), diags_(std::move(ds)) {
  for (auto& d : diags_) d.retainFiles();
}

}  // namespace vouch::frontend
