#pragma once
// Parse tree → AST, including operator precedence resolution.

#include "TLAPlusParser.h"
#include "vouch/spec-frontend/ast.hpp"

namespace vouch::frontend {

ModulePtr buildModule(vouch_antlr::TLAPlusParser::ModuleContext* ctx, SourceFilePtr file);

}  // namespace vouch::frontend
