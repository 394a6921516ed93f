#pragma once
// Name resolution and level checking over loaded modules (see loader.cpp for the order).

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vouch/spec-frontend/ast.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

namespace vouch::frontend {

/// What a module-level name stands for.
struct Entity {
  enum class Kind : uint8_t { Def, Constant, Variable } kind = Kind::Def;
  const OpDef* def = nullptr;
  const Decl* decl = nullptr;
  /// Unnamed instantiations this definition was imported through, outermost first.
  std::vector<Resolution::InstanceStep> via;
  int arity() const;
  bool same(const Entity& o) const { return def == o.def && decl == o.decl; }
};
using Context = std::unordered_map<std::string, Entity>;

/// Resolves modules one at a time, dependencies first; keeps each module's exported names.
class Resolver {
 public:
  /// Resolves `m` (its dependencies must have been resolved). Throws InputErrors.
  void resolveModule(Module& m, const Context* enclosing = nullptr);
  const Context& exported(const Module* m) const { return exported_.at(m); }
  /// Everything visible at the end of `m` (kept for root modules).
  const Context& scope(const Module* m) const { return scopes_.at(m); }
  bool resolved(const Module* m) const { return exported_.count(m) != 0; }
  const Module* moduleNamed(const std::string& name) const;
  void registerModule(const std::string& name, const Module* m) { byName_[name] = m; }

 private:
  friend class ExprResolver;
  std::unordered_map<const Module*, Context> exported_;
  std::unordered_map<const Module*, Context> scopes_;
  std::map<std::string, const Module*> byName_;
  uint32_t nextBoundId_ = 1;
  // Whether a definition depends on a constant (the level of instance substitutions).
  std::map<std::pair<const OpDef*, const Decl*>, bool> usesConstant_;
};

}  // namespace vouch::frontend
