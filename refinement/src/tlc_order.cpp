// Strings made in TLC's order, so that sets of strings and model values are ordered as in TLC.
//
// TLC orders strings and model values by when their text was first made in the run (its
// UniqueString table), not alphabetically: `CHOOSE s \in {"b", "a"} : TRUE` is "b" in TLC, and
// `\E` over such a set tries "b" first, which decides which states a search meets first and
// so the counts at a violation. Measured with TLC (tla2tools, 1 worker), the order is:
//   1. the .cfg's words and strings, in the order they appear (TLC reads the .cfg first);
//   2. the words (identifiers, keywords, record fields) of every module as SANY reads them:
//      the root module's file first, then the others in the order they are loaded;
//   3. the string literals of every module, dependencies first (SANY's semantic pass), each
//      module's in the order they appear.
// Strings made later (by evaluation, read from logs) follow in the order they are made.

#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "eval_internal.hpp"

namespace vouch::refinement {

namespace {

bool wordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Calls word(w) for each identifier-like word and str(s) for each string literal (unescaped)
// of `text`, in order, outside comments. With `module`, only the text from the first module
// header to the last ==== line is read (SANY ignores what comes before and after).
template <typename W, typename S>
void scan(std::string_view text, bool module, W&& word, S&& str) {
  size_t i = 0;
  if (module) {
    // The first line with ---- before MODULE: reading starts at its beginning.
    for (size_t h = text.find("MODULE");; h = text.find("MODULE", h + 6)) {
      if (h == std::string_view::npos) return;
      size_t nl = text.rfind('\n', h);
      i = nl == std::string_view::npos ? 0 : nl + 1;
      if (text.substr(i, h - i).find("----") != std::string_view::npos) break;
    }
  }
  size_t n = text.size();
  if (module) {  // nor what comes after the module's closing ==== line
    size_t end = text.rfind("\n====");
    if (end != std::string_view::npos && end > i) n = end;
  }
  while (i < n) {
    char c = text[i];
    if (c == '\\' && i + 1 < n && text[i + 1] == '*') {  // \* to the end of the line
      while (i < n && text[i] != '\n') ++i;
      continue;
    }
    if (c == '(' && i + 1 < n && text[i + 1] == '*') {  // (* ... *), nested
      int depth = 0;
      while (i < n) {
        if (text[i] == '(' && i + 1 < n && text[i + 1] == '*') {
          ++depth;
          i += 2;
        } else if (text[i] == '*' && i + 1 < n && text[i + 1] == ')') {
          i += 2;
          if (--depth == 0) break;
        } else {
          ++i;
        }
      }
      continue;
    }
    if (c == '"') {
      std::string s;
      for (++i; i < n && text[i] != '"' && text[i] != '\n'; ++i) {
        if (text[i] == '\\' && i + 1 < n) {
          char e = text[++i];
          s += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : e;
        } else {
          s += text[i];
        }
      }
      ++i;
      str(s);
      continue;
    }
    if (c == '\\') {  // \in, \union, \b101: an operator or a number, not a word
      ++i;
      while (i < n && wordChar(text[i])) ++i;
      continue;
    }
    if (wordChar(c)) {
      size_t b = i;
      bool letter = false;
      for (; i < n && wordChar(text[i]); ++i) {
        if (std::isalpha(static_cast<unsigned char>(text[i])) != 0) letter = true;
      }
      if (!letter) continue;
      std::string_view w = text.substr(b, i - b);
      // SANY reads `WF_vars` as WF_ and vars.
      if (w.size() > 3 && (w.substr(0, 3) == "WF_" || w.substr(0, 3) == "SF_")) w = w.substr(3);
      word(w);
      continue;
    }
    ++i;
  }
}

}  // namespace

void internInTlcOrder(const frontend::LoadedSpec& spec, const frontend::Config* cfg) {
  auto make = [](std::string_view s) { (void)Value::string(s); };
  if (cfg != nullptr && cfg->file) scan(cfg->file->text(), false, make, make);
  for (const auto& f : spec.files) scan(f->text(), true, make, [](std::string_view) {});
  std::set<const frontend::SourceFile*> done;
  for (const auto& m : spec.modules) {
    const frontend::SourceFile* f = m->file.get();
    if (f == nullptr || !done.insert(f).second) continue;
    scan(
        f->text(), true, [](std::string_view) {}, make);
  }
}

}  // namespace vouch::refinement
