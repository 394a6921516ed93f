// A spec bound to a model: state variables in order, constants from the .cfg, overrides.

#include <functional>
#include <map>
#include <set>

#include "eval_internal.hpp"

namespace vouch::refinement {

using frontend::CfgValue;
using frontend::ErrorKind;
using frontend::InputError;
using frontend::RefKind;

namespace {

Value fromCfg(const CfgValue& v) {
  switch (v.kind) {
    case CfgValue::Kind::Int: {
      errno = 0;
      char* end = nullptr;
      long long x = std::strtoll(v.text.c_str(), &end, 10);
      if (errno != 0 || end == nullptr || *end != '\0') {
        throw InputError(ErrorKind::Config, v.range, "integer " + v.text + " does not fit in 64 bits");
      }
      return Value::integer(x);
    }
    case CfgValue::Kind::String: return Value::string(v.text);
    case CfgValue::Kind::Bool: return Value::boolean(v.boolValue);
    case CfgValue::Kind::ModelValue: return Value::modelValue(v.text);
    case CfgValue::Kind::Set: {
      std::vector<Value> es;
      for (const auto& e : v.elements) es.push_back(fromCfg(e));
      return Value::set(std::move(es));
    }
    case CfgValue::Kind::Tuple: {
      std::vector<Value> es;
      for (const auto& e : v.elements) es.push_back(fromCfg(e));
      return Value::tuple(std::move(es));
    }
  }
  return Value();
}

// The modules whose declarations belong to the root's world: the root and what it EXTENDS.
void collectExtended(const frontend::Module& m, const frontend::LoadedSpec& spec,
                     std::vector<const frontend::Module*>& out, std::set<const frontend::Module*>& seen) {
  if (!seen.insert(&m).second) return;
  for (const auto& u : m.units) {
    if (u.kind != frontend::Unit::Kind::Extends) continue;
    for (const auto& name : u.names) {
      for (const auto& mod : spec.modules) {
        if (mod->name == name) collectExtended(*mod, spec, out, seen);
      }
    }
  }
  out.push_back(&m);
}

}  // namespace

Model::Model(const frontend::LoadedSpec& spec, const frontend::Config* cfg) : spec_(spec) {
  internInTlcOrder(spec, cfg);
  std::vector<const frontend::Module*> world;
  std::set<const frontend::Module*> seen;
  collectExtended(*spec.root, spec, world, seen);
  std::vector<const Decl*> constants;
  for (const auto* m : world) {
    for (const auto& v : m->variables) {
      slots_[v.get()] = static_cast<int>(variables_.size());
      variables_.push_back(v.get());
    }
    for (const auto& c : m->constants) constants.push_back(c.get());
    for (const auto& u : m->units) {
      if (u.kind == frontend::Unit::Kind::Assume) assumptions_.push_back(u.expr.get());
    }
  }
  if (cfg == nullptr) {
    closedSerial_ = markClosedExpressions(*this, spec);
    return;
  }
  warnings_.insert(warnings_.end(), cfg->warnings.begin(), cfg->warnings.end());
  // `x <- c` with c a constant of the spec (the Toolbox overrides a definition by a model value
  // so: `NonData <- [SendSeq]def_ov_1  def_ov_1 = NonData`, def_ov_1 declared in MC.tla): x
  // gets c's value, once every value is read.
  auto constantTarget = [&spec](const frontend::CfgConstant& c) -> const Decl* {
    auto t = spec.rootScope.find(c.target.name);
    return t != spec.rootScope.end() && t->second.kind == RefKind::Constant &&
                   t->second.decl->arity == 0
               ? t->second.decl
               : nullptr;
  };
  std::vector<std::pair<const OpDef*, const Decl*>> definitionFromConstant;
  std::vector<std::pair<const Decl*, const Decl*>> constantFromConstant;
  // The definition on the right of `x <- Def`.
  auto substitute = [&spec](const frontend::CfgConstant& c) {
    auto t = spec.rootScope.find(c.target.name);
    if (t == spec.rootScope.end() || t->second.kind != RefKind::Definition) {
      throw InputError(ErrorKind::Config, c.target.range,
                       "the spec has no definition named '" + c.target.name + "'");
    }
    return t->second.def;
  };
  // Constants and overridden definitions from the .cfg.
  // Operator constants given point-wise: arguments and values, per constant.
  std::map<const Decl*, std::pair<std::vector<Value>, std::vector<Value>>> pointwise;
  for (const auto& c : cfg->constants) {
    if (c.module) {
      // `Def <-[M] Other` / `Def =[M] value`: replaces the definition in module M.
      const frontend::Module* target = nullptr;
      for (const auto& m : spec.modules) {
        if (m->name == c.module->name) target = m.get();
      }
      if (target == nullptr) {
        throw InputError(ErrorKind::Config, c.module->range, "no module named '" + c.module->name + "' is loaded");
      }
      // Its own definitions first, then those of the modules it EXTENDS or imports (`Nat <-
      // [ZSequences]ZSeqNat`: Nat comes from LOCAL INSTANCE Naturals).
      const OpDef* def = nullptr;
      std::vector<const frontend::Module*> todo{target};
      for (size_t i = 0; i < todo.size() && def == nullptr && i < 256; ++i) {
        for (const auto& u : todo[i]->units) {
          if (u.kind == frontend::Unit::Kind::Definition && u.def->name == c.name.name)
            def = u.def.get();
        }
        for (const auto& m : todo[i]->extended) todo.push_back(m.get());
        for (const auto& u : todo[i]->units) {  // and what it imports (LOCAL INSTANCE Naturals)
          if (u.kind == frontend::Unit::Kind::Instance && u.instance && u.instance->target) {
            todo.push_back(u.instance->target);
          }
        }
      }
      if (def == nullptr) {
        throw InputError(ErrorKind::Config, c.name.range,
                         "module '" + target->name + "' has no definition '" + c.name.name + "'");
      }
      if (c.kind == frontend::CfgConstant::Kind::Substitute && constantTarget(c) != nullptr) {
        definitionFromConstant.emplace_back(def, constantTarget(c));
      } else if (c.kind == frontend::CfgConstant::Kind::Substitute) {
        defOps_[def] = substitute(c);
      } else {
        defValues_[def] = fromCfg(c.value);
      }
      scopedOverrides_.insert(def);
      continue;
    }
    auto it = spec.rootScope.find(c.name.name);
    if (it == spec.rootScope.end() && c.kind != frontend::CfgConstant::Kind::Substitute &&
        c.args.empty()) {
      // TLC accepts a value for a name the spec does not declare (`r1 = r1` beside
      // `Replicas = {r1, r2}`) and ignores it; so do we, with a warning.
      const auto& at = c.name.range;
      warnings_.push_back(at.file->path() + ":" + std::to_string(at.begin.line) + ":" +
                          std::to_string(at.begin.col) + ": warning: the spec declares no '" +
                          c.name.name + "'; its value in the .cfg is ignored");
      continue;
    }
    if (it == spec.rootScope.end()) {
      throw InputError(ErrorKind::Config, c.name.range,
                       "the spec has no constant or definition named '" + c.name.name + "'");
    }
    const frontend::Resolution& r = it->second;
    if (c.kind == frontend::CfgConstant::Kind::Substitute && constantTarget(c) != nullptr &&
        (r.kind == RefKind::Definition || (r.kind == RefKind::Constant && r.decl->arity == 0))) {
      if (r.kind == RefKind::Definition) {
        definitionFromConstant.emplace_back(r.def, constantTarget(c));
      } else {
        constantFromConstant.emplace_back(r.decl, constantTarget(c));
      }
      continue;
    }
    if (c.kind == frontend::CfgConstant::Kind::Substitute) {
      const OpDef* target = substitute(c);
      if (r.kind == RefKind::Constant) {
        constantOps_[r.decl] = target;
      } else if (r.kind == RefKind::Definition) {
        defOps_[r.def] = target;
      } else {
        throw InputError(ErrorKind::Config, c.name.range, "'" + c.name.name + "' is a variable");
      }
      continue;
    }
    if (!c.args.empty()) {
      // `F(0) = 1  F(1) = 2`: an operator constant given point-wise, kept as a function from
      // its arguments (a tuple of them when there are several) to its values.
      if (r.kind != RefKind::Constant || r.decl->arity != static_cast<int>(c.args.size())) {
        throw InputError(ErrorKind::Config, c.range,
                         "'" + c.name.name + "' is not a constant operator of " +
                             std::to_string(c.args.size()) + " argument(s)");
      }
      std::vector<Value> key;
      for (const auto& a : c.args) key.push_back(fromCfg(a));
      auto& table = pointwise[r.decl];
      table.first.push_back(key.size() == 1 ? key[0] : Value::tuple(std::move(key)));
      table.second.push_back(fromCfg(c.value));
      continue;
    }
    Value v = fromCfg(c.value);
    if (r.kind == RefKind::Constant) {
      constants_[r.decl] = v;
    } else if (r.kind == RefKind::Definition) {
      defValues_[r.def] = v;
    } else {
      throw InputError(ErrorKind::Config, c.name.range, "'" + c.name.name + "' is a variable");
    }
  }
  for (auto& [decl, table] : pointwise) {
    for (size_t i = 0; i < table.first.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (table.first[i] == table.first[j] && table.second[i] != table.second[j]) {
          throw InputError(
              ErrorKind::Config, decl->range,
              "the .cfg gives '" + decl->name + "' two values for " + table.first[i].toString());
        }
      }
    }
    constants_[decl] = Value::function(std::move(table.first), std::move(table.second));
  }
  auto valueOf = [&](const Decl* from) -> const Value& {
    auto v = constants_.find(from);
    if (v == constants_.end()) {
      throw InputError(ErrorKind::Config, from->range,
                       "constant '" + from->name + "' is used on the right of `<-` in " +
                           cfg->file->path() + " but has no value there");
    }
    return v->second;
  };
  for (const auto& [to, from] : constantFromConstant) constants_[to] = valueOf(from);
  for (const auto& [def, from] : definitionFromConstant) defValues_[def] = valueOf(from);
  for (const Decl* c : constants) {
    if (constants_.count(c) == 0 && constantOps_.count(c) == 0) {
      // Reported at the declaration, where the user looks for the name.
      throw InputError(ErrorKind::Config, c->range,
                       "constant '" + c->name + "' has no value in " + cfg->file->path() +
                           " (add `CONSTANT " + c->name + " = ...` or `" + c->name + " <- Def`)");
    }
  }
  closedSerial_ = markClosedExpressions(*this, spec);
}

int Model::slotOf(const Decl* d) const {
  auto it = slots_.find(d);
  return it == slots_.end() ? -1 : it->second;
}

const Expr* Model::reference(const std::string& name) const {
  if (auto it = refs_.find(name); it != refs_.end()) return it->second.get();
  auto it = spec_.rootScope.find(name);
  if (it == spec_.rootScope.end() || it->second.kind != RefKind::Definition) return nullptr;
  const OpDef* d = it->second.def;
  auto e = std::make_shared<Expr>(frontend::ExprKind::OpApp, d->nameRange);
  e->name = name;
  e->ref = it->second;
  e->level = d->level;
  refs_[name] = e;
  return e.get();
}

const Expr& Model::requireReference(const frontend::CfgName& name, const char* role) const {
  const Expr* e = reference(name.name);
  if (e == nullptr) {
    throw InputError(ErrorKind::Config, name.range,
                     std::string(role) + " '" + name.name + "' is not defined in the spec");
  }
  return *e;
}

const Value* Model::constantValue(const Decl* d) const {
  auto it = constants_.find(d);
  return it == constants_.end() ? nullptr : &it->second;
}
const OpDef* Model::constantOperator(const Decl* d) const {
  auto it = constantOps_.find(d);
  return it == constantOps_.end() ? nullptr : it->second;
}
const Value* Model::overrideValue(const OpDef* d) const {
  // The common cases, on every call: nothing replaced, or not this definition.
  if (defValues_.empty() || (closedSerial_ != 0 && d->plainIn.load() == closedSerial_)) {
    return nullptr;
  }
  auto it = defValues_.find(d);
  return it == defValues_.end() ? nullptr : &it->second;
}
const OpDef* Model::overrideOperator(const OpDef* d) const {
  if (defOps_.empty() || (closedSerial_ != 0 && d->plainIn.load() == closedSerial_)) {
    return nullptr;
  }
  auto it = defOps_.find(d);
  return it == defOps_.end() ? nullptr : it->second;
}

}  // namespace vouch::refinement
