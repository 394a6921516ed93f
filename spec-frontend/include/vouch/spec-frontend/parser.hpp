#pragma once
// Parsing one TLA+ file into an AST module (no loading of EXTENDS; see loader.hpp).

#include <string>
#include <vector>

#include "vouch/spec-frontend/ast.hpp"

namespace vouch::frontend {

/// Parses the first module of `file` (text before the header and after the closing `====` is
/// ignored). Throws InputError (kinds Lex, Syntax) on bad input.
ModulePtr parseModule(SourceFilePtr file);
/// Every top-level module of the file, in order: the first one, then any that follow its `====`.
std::vector<ModulePtr> parseModules(SourceFilePtr file);
/// The first module whose header starts at or after byte `from`; `end` gets the offset past
/// its closing `====`.
ModulePtr parseModuleAt(SourceFilePtr file, size_t from, size_t* end);

/// The module as an S-expression (docs/parse-tree-format.md): one unit per line.
std::string toSexpr(const Module& m);
std::string toSexpr(const Expr& e);

}  // namespace vouch::frontend
