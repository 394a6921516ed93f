#pragma once
// Internal to vouch_trace: the EDN reader over part of a file (shared by readEdn and the Jepsen
// log-line reader), positions of byte offsets, and the error helper.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/source.hpp"
#include "vouch/trace/history.hpp"

namespace vouch::trace::detail {

/// Nesting deeper than this is an input error (a recursive reader must not overflow the stack).
inline constexpr int kMaxEdnDepth = 400;

/// Line and column of byte offsets of one file. Queries in increasing order walk forward from
/// the previous one (linear over a file); a query behind the previous one starts over.
class Locator {
 public:
  explicit Locator(const frontend::SourceFile& file) : file_(file) {}
  frontend::SourceLoc at(size_t offset);
  frontend::SourceRange range(size_t begin, size_t end) {
    frontend::SourceLoc b = at(begin);
    return frontend::SourceRange{&file_, b, at(end)};
  }

 private:
  const frontend::SourceFile& file_;
  bool started_ = false;
  size_t offset_ = 0;
  frontend::SourceLoc loc_{1, 1};
};

[[noreturn]] void throwTraceError(const frontend::SourceRange& range, std::string message,
                                  std::vector<frontend::Diagnostic::Note> notes = {});

/// Every EDN form of file.text()[begin, end).
std::vector<Edn> readEdnRange(const frontend::SourceFile& file, size_t begin, size_t end);

/// The first EDN form of file.text()[pos, end) (after whitespace and comments); `pos` moves just
/// past it. nullopt when nothing but whitespace and comments is left.
std::optional<Edn> readEdnForm(const frontend::SourceFile& file, size_t& pos, size_t end);

/// Whether `s` is an EDN symbol (`keyword`: the name of a keyword, after its ':').
bool isEdnName(std::string_view s, bool keyword);

/// `text` cut to about `max` bytes (at a UTF-8 boundary) with "..." when cut: for messages.
std::string shorten(std::string_view text, size_t max = 40);

}  // namespace vouch::trace::detail
