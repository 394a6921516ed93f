#pragma once
// Module loading (EXTENDS, INSTANCE from the spec's folder, -I folders, then the built-in
// library), name resolution and level checking: the whole frontend pipeline in one call.

#include <map>
#include <string>
#include <vector>

#include "vouch/spec-frontend/ast.hpp"

namespace vouch::frontend {

/// A loaded, resolved and level-checked specification: the root module and every module it
/// reaches, dependencies first.
struct LoadedSpec {
  ModulePtr root;
  std::vector<ModulePtr> modules;  // dependencies first; root last
  std::vector<SourceFilePtr> files;
  /// Every name visible at the end of the root module (its own definitions, LOCAL ones, and
  /// what EXTENDS/INSTANCE brought in), as a reference to it would resolve.
  std::map<std::string, Resolution> rootScope;
};

/// Finds modules by name and runs the pipeline: parse → load → resolve → level-check.
class Loader {
 public:
  /// `includes`: extra folders searched after the root spec's folder, before the built-in ones.
  explicit Loader(std::vector<std::string> includes = {});

  /// Loads `path` and everything it EXTENDS or INSTANCEs. Throws InputError/InputErrors.
  LoadedSpec load(const std::string& path);
  /// The same, with the root module's text given (the file is not read); `path` still names
  /// it in diagnostics and gives the folder to search.
  LoadedSpec load(const std::string& path, std::string text);

  /// The folder holding the built-in modules (Naturals, Sequences, TLC, community modules...).
  static std::string builtinDir();

 private:
  ModulePtr loadByName(const std::string& name, const SourceRange& requestedAt);
  void loadDependencies(const ModulePtr& m);
  /// Registers `m`, loads what it depends on, then adds it to the spec (after them).
  ModulePtr enter(const ModulePtr& m, const SourceRange& requestedAt);
  /// Keeps the modules after the first one of a file for when a module names them.
  void keepFollowing(const std::vector<ModulePtr>& mods);

  std::vector<std::string> searchPath_;
  std::map<std::string, ModulePtr> byName_;
  // Modules that follow the first one in a file already read, loaded when a module names them.
  std::map<std::string, ModulePtr> inFile_;
  std::vector<std::pair<std::string, SourceRange>> loading_;  // the chain being loaded
  LoadedSpec spec_;
};

/// A summary of the resolved module (`--dump ir`): declarations, definitions with arity and
/// level, instances, and where each name comes from.
std::string describeSpec(const LoadedSpec& spec);

}  // namespace vouch::frontend
