#pragma once
// Source text and positions: every diagnostic and every AST node points into a SourceFile.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::frontend {

/// One loaded text file (a .tla module, a .cfg, a log); owns the text, knows its line starts.
class SourceFile : public std::enable_shared_from_this<SourceFile> {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  /// The text of line `line` (1-based) without its newline; empty past the end.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  /// 1-based line and column (in code points) of a byte offset.
  std::pair<uint32_t, uint32_t> position(size_t offset) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> lineStarts_;
};

using SourceFilePtr = std::shared_ptr<const SourceFile>;

/// A 1-based line and column (column counts code points).
struct SourceLoc {
  uint32_t line = 0;
  uint32_t col = 0;
  bool valid() const { return line != 0; }
};

/// A half-open range of source text in one file.
struct SourceRange {
  const SourceFile* file = nullptr;
  SourceLoc begin;
  SourceLoc end;
  bool valid() const { return file != nullptr && begin.valid(); }
};

/// Byte offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
/// surrogates, nothing past U+10FFFF); npos when the text is valid.
size_t firstInvalidUtf8(std::string_view text);

/// Loads a file from disk; throws InputError (no location) when it cannot be read.
SourceFilePtr readSourceFile(const std::string& path);

}  // namespace vouch::frontend
