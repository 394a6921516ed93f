// Module loading: the root file, then every module named by EXTENDS or INSTANCE, found in the
// root's folder, the -I folders, then the built-in library; resolved dependencies first.

#include "vouch/spec-frontend/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "resolve.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/parser.hpp"

namespace fs = std::filesystem;

namespace vouch::frontend {

namespace {

// Every module name a module (and its nested modules, and LET instances) depends on.
void collectDependencies(const Module& m, std::vector<std::pair<std::string, SourceRange>>& out);

void collectFromExpr(const Expr& e, std::vector<std::pair<std::string, SourceRange>>& out) {
  for (const auto& d : e.defs) {
    if (d->instance) out.emplace_back(d->instance->module, d->instance->moduleRange);
    if (d->body) collectFromExpr(*d->body, out);
  }
  for (const auto& a : e.args) collectFromExpr(*a, out);
}

void collectDependencies(const Module& m, std::vector<std::pair<std::string, SourceRange>>& out) {
  for (const auto& u : m.units) {
    switch (u.kind) {
      case Unit::Kind::Extends:
        for (size_t i = 0; i < u.names.size(); ++i) out.emplace_back(u.names[i], u.nameRanges[i]);
        break;
      case Unit::Kind::Instance:
        out.emplace_back(u.instance->module, u.instance->moduleRange);
        break;
      case Unit::Kind::Definition:
        if (u.def->instance) {
          out.emplace_back(u.def->instance->module, u.def->instance->moduleRange);
        } else if (u.def->body) {
          collectFromExpr(*u.def->body, out);
        }
        break;
      case Unit::Kind::Module: collectDependencies(*u.module, out); break;
      default: break;
    }
  }
}

void collectNested(const ModulePtr& m, std::map<std::string, ModulePtr>& byName) {
  for (const auto& u : m->units) {
    if (u.kind == Unit::Kind::Module) {
      byName[u.module->name] = u.module;
      collectNested(u.module, byName);
    }
  }
}

}  // namespace

Loader::Loader(std::vector<std::string> includes) : searchPath_(std::move(includes)) {}

std::string Loader::builtinDir() {
  if (const char* env = std::getenv("VOUCH_STDLIB")) return env;
  return VOUCH_STDLIB_DIR;
}

ModulePtr Loader::loadByName(const std::string& name, const SourceRange& requestedAt) {
  if (auto it = byName_.find(name); it != byName_.end()) {
    auto cycle = std::find_if(loading_.begin(), loading_.end(),
                              [&](const auto& l) { return l.first == name; });
    if (cycle != loading_.end()) {
      // Report at the first step of the cycle, in the module that starts it.
      std::string chain = name;
      for (auto k = cycle + 1; k != loading_.end(); ++k) chain += " -> " + k->first;
      chain += " -> " + name;
      SourceRange at = cycle + 1 != loading_.end() ? (cycle + 1)->second : requestedAt;
      throw InputError(ErrorKind::MissingModule, at, "circular dependency: " + chain);
    }
    return it->second;
  }
  if (auto it = inFile_.find(name); it != inFile_.end()) {
    ModulePtr m = it->second;
    inFile_.erase(it);
    return enter(m, requestedAt);
  }
  std::vector<std::string> dirs = searchPath_;
  dirs.push_back(builtinDir());
  for (const auto& dir : dirs) {
    fs::path p = fs::path(dir) / (name + ".tla");
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) continue;
    SourceFilePtr file = readSourceFile(p.string());
    spec_.files.push_back(file);
    std::vector<ModulePtr> mods = parseModules(file);
    ModulePtr m = mods.front();
    m->builtin = dir == builtinDir();
    if (m->name != name) {
      Diagnostic d{ErrorKind::MissingModule, requestedAt,
                   "file '" + p.string() + "' holds module '" + m->name + "', not '" + name + "'",
                   {}};
      d.notes.push_back({SourceRange{file.get(), m->range.begin, m->range.begin},
                         "module '" + m->name + "' is declared here"});
      throw InputError(std::move(d));
    }
    keepFollowing(mods);
    return enter(m, requestedAt);
  }
  std::string where;
  for (const auto& d : dirs) where += (where.empty() ? "" : ", ") + d;
  throw InputError(ErrorKind::MissingModule, requestedAt,
                   "cannot find module '" + name + "' (searched " + where + ")");
}

ModulePtr Loader::enter(const ModulePtr& m, const SourceRange& requestedAt) {
  byName_[m->name] = m;
  collectNested(m, byName_);
  loading_.emplace_back(m->name, requestedAt);
  loadDependencies(m);
  loading_.pop_back();
  spec_.modules.push_back(m);
  return m;
}

void Loader::keepFollowing(const std::vector<ModulePtr>& mods) {
  for (size_t i = 1; i < mods.size(); ++i) {
    mods[i]->builtin = mods.front()->builtin;
    if (!byName_.count(mods[i]->name)) inFile_.emplace(mods[i]->name, mods[i]);
  }
}

void Loader::loadDependencies(const ModulePtr& m) {
  std::vector<std::pair<std::string, SourceRange>> deps;
  collectDependencies(*m, deps);
  for (const auto& [name, at] : deps) loadByName(name, at);
}

LoadedSpec Loader::load(const std::string& path) {
  SourceFilePtr file = readSourceFile(path);
  return load(path, file->text());
}

LoadedSpec Loader::load(const std::string& path, std::string text) {
  spec_ = LoadedSpec{};
  byName_.clear();
  SourceFilePtr file = std::make_shared<SourceFile>(path, std::move(text));
  spec_.files.push_back(file);
  inFile_.clear();
  std::vector<ModulePtr> mods = parseModules(file);
  ModulePtr root = mods.front();
  std::string stem = fs::path(path).stem().string();
  if (root->name != stem) {
    throw InputError(ErrorKind::MissingModule, root->range,
                     "module '" + root->name + "' must be in a file named '" + root->name +
                         ".tla', not '" + fs::path(path).filename().string() + "'");
  }
  // The root's own folder comes first in the search path.
  fs::path dir = fs::path(path).parent_path();
  searchPath_.insert(searchPath_.begin(), dir.empty() ? std::string(".") : dir.string());
  byName_[root->name] = root;
  collectNested(root, byName_);
  keepFollowing(mods);
  loading_.emplace_back(root->name, SourceRange{});
  loadDependencies(root);
  loading_.pop_back();
  searchPath_.erase(searchPath_.begin());
  spec_.modules.push_back(root);
  spec_.root = root;

  Resolver resolver;
  for (const auto& [name, mod] : byName_) resolver.registerModule(name, mod.get());
  for (const auto& mod : spec_.modules) resolver.resolveModule(*mod);
  for (const auto& [name, en] : resolver.scope(root.get())) {
    Resolution r;
    r.kind = en.kind == Entity::Kind::Def        ? RefKind::Definition
             : en.kind == Entity::Kind::Constant ? RefKind::Constant
                                                 : RefKind::Variable;
    r.def = en.def;
    r.decl = en.decl;
    r.instances = en.via;
    spec_.rootScope[name] = r;
  }
  return std::move(spec_);
}

std::string describeSpec(const LoadedSpec& spec) {
  std::ostringstream os;
  for (const auto& m : spec.modules) {
    os << "module " << m->name << (m->builtin ? " (built-in)" : "") << "  "
       << (m->file ? m->file->path() : "") << "\n";
    for (const auto& c : m->constants) {
      os << "  constant " << c->name;
      if (c->arity > 0) os << '/' << c->arity;
      os << '\n';
    }
    for (const auto& v : m->variables) os << "  variable " << v->name << '\n';
    for (const auto& u : m->units) {
      if (u.kind == Unit::Kind::Definition) {
        const OpDef& d = *u.def;
        os << "  " << (d.local ? "local " : "")
           << (d.instance ? "instance " : d.isFunction ? "function " : "operator ") << d.name;
        if (!d.params.empty()) os << '/' << d.params.size();
        if (d.instance) {
          os << " = INSTANCE " << d.instance->module;
        } else {
          os << "  [" << levelName(d.level) << (d.recursive ? ", recursive" : "") << ']';
        }
        os << '\n';
      } else if (u.kind == Unit::Kind::Instance) {
        os << "  " << (u.local ? "local " : "") << "INSTANCE " << u.instance->module << '\n';
      } else if (u.kind == Unit::Kind::Assume) {
        os << "  ASSUME " << (u.name.empty() ? "" : u.name) << '\n';
      }
    }
  }
  return os.str();
}

}  // namespace vouch::frontend
