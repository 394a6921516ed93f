// Name resolution (operators, bound variables, parameters, instances, LOCAL) and level checking
// (constant / state / action / temporal, Specifying Systems §17.2).

#include "resolve.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vouch::frontend {

const char* levelName(Level l) {
  switch (l) {
    case Level::Constant: return "constant";
    case Level::State: return "state";
    case Level::Action: return "action";
    case Level::Temporal: return "temporal";
  }
  return "?";
}

int Entity::arity() const {
  if (kind == Kind::Def) return static_cast<int>(def->params.size());
  return decl->arity;
}

namespace {

// Built-in operators: name → arity (-1: any number of arguments).
const std::unordered_map<std::string, int>& builtins() {
  static const std::unordered_map<std::string, int> m = {
      {"TRUE", 0},       {"FALSE", 0},   {"BOOLEAN", 0},  {"STRING", 0},    {"=", 2},
      {"/=", 2},         {"\\in", 2},    {"\\notin", 2},  {"/\\", 2},       {"\\/", 2},
      {"~", 1},          {"=>", 2},      {"<=>", 2},      {"\\cup", 2},     {"\\cap", 2},
      {"\\", 2},         {"\\subseteq", 2}, {"SUBSET", 1}, {"UNION", 1},    {"DOMAIN", 1},
      {"ENABLED", 1},    {"UNCHANGED", 1}, {"'", 1},      {"[]", 1},        {"<>", 1},
      {"~>", 2},         {"-+->", 2},    {"\\cdot", 2},   {"\\X", -1},
  };
  return m;
}

Level maxLevel(Level a, Level b) { return a > b ? a : b; }

// Which definitions depend on which constants (memoized per resolver).
using ConstantUses = std::map<std::pair<const OpDef*, const Decl*>, bool>;

bool usesConstant(const OpDef& d, const Decl* c, ConstantUses& memo);

// Whether `e` depends on the constant `c`: names it, or uses a definition or goes through an
// instance substitution that does.
bool exprUsesConstant(const Expr& e, const Decl* c, ConstantUses& memo) {
  if (e.ref.kind == RefKind::Constant && e.ref.decl == c) return true;
  if ((e.ref.kind == RefKind::Definition || e.ref.kind == RefKind::Selector) &&
      e.ref.def != nullptr && usesConstant(*e.ref.def, c, memo)) {
    return true;
  }
  bool uses = false;
  auto visit = [&](const Expr& x) { uses = uses || exprUsesConstant(x, c, memo); };
  for (const auto& st : e.ref.instances) {
    if (st.spec == nullptr) continue;
    for (const auto& sub : st.spec->substitutions) {
      if (sub.value) visit(*sub.value);
    }
  }
  for (const auto& d : e.defs) uses = uses || (d && usesConstant(*d, c, memo));
  forEachChild(e, visit);
  return uses;
}

// Whether the definition `d` depends on the constant `c`: its body, the definitions it uses and
// the substitutions of the instances it goes through name c. (Parameters are the caller's.)
bool usesConstant(const OpDef& d, const Decl* c, ConstantUses& memo) {
  auto key = std::make_pair(&d, c);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  memo[key] = false;  // a recursive use adds nothing
  bool uses = d.body && exprUsesConstant(*d.body, c, memo);
  if (!uses && d.instance) {
    for (const auto& sub : d.instance->substitutions) {
      uses = uses || (sub.value && exprUsesConstant(*sub.value, c, memo));
    }
  }
  memo[key] = uses;
  return uses;
}

// The level a definition (or constant) used through these instances has at least: that of the
// expressions they substitute for the constants it depends on (`INSTANCE Prophecy WITH DomPrime
// <- Dom'` makes the definitions that use DomPrime action-level, and only those). What is used
// is the definition `def`, or else the constant `decl`.
Level substitutionLevel(ConstantUses& memo, const std::vector<Resolution::InstanceStep>& steps,
                        const OpDef* def, const Decl* decl = nullptr) {
  Level l = Level::Constant;
  for (const auto& st : steps) {
    if (st.spec == nullptr || st.spec->constantSubstLevel == Level::Constant) continue;
    const auto& subs = st.spec->substitutions;
    for (size_t i = 0; i < subs.size() && i < st.spec->substitutedDecls.size(); ++i) {
      const Decl* c = st.spec->substitutedDecls[i];
      if (c == nullptr || c->kind != Decl::Kind::Constant || !subs[i].value ||
          subs[i].value->level == Level::Constant) {
        continue;
      }
      bool depends = def != nullptr ? usesConstant(*def, c, memo) : decl == c;
      if (depends) l = maxLevel(l, subs[i].value->level);
    }
  }
  return l;
}

}  // namespace

/// Resolves the expressions of one module against its context and a stack of local names.
class ExprResolver {
 public:
  ExprResolver(Resolver& r, Context& ctx, std::vector<Diagnostic>& errs, uint32_t& nextBoundId)
      : r_(r), ctx_(ctx), errs_(errs), nextBoundId_(nextBoundId) {}

  void def(OpDef& d);
  Level expr(Expr& e);
  void instance(InstanceSpec& in, const SourceRange& at, const Module& target,
                const OpDef* named = nullptr);

 private:
  struct Local {
    enum class Kind : uint8_t { Bound, Param, Def } kind;
    uint32_t id = 0;
    int arity = 0;
    const OpDef* def = nullptr;
    uint32_t paramIndex = 0;
  };

  void error(ErrorKind k, const SourceRange& at, std::string msg) {
    if (errs_.size() < 50) errs_.push_back(Diagnostic{k, at, std::move(msg), {}});
  }
  void levelError(const SourceRange& at, std::string msg) {
    error(ErrorKind::Level, at, std::move(msg));
  }
  const Local* findLocal(const std::string& name) const {
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->first == name) return &it->second;
    }
    return nullptr;
  }
  // TLA+ forbids declaring a name that is already in scope (SANY: multiply-defined symbol).
  void checkFresh(const std::string& name, const SourceRange& at) {
    if (findLocal(name) != nullptr || ctx_.count(name) != 0) {
      error(ErrorKind::Redefinition, at, "'" + name + "' is already defined in this scope");
    }
  }
  void bind(Expr& owner, Bound& b) {
    for (size_t i = 0; i < b.names.size(); ++i) {
      const std::string& n = b.names[i];
      checkFresh(n, i < b.nameRanges.size() ? b.nameRanges[i] : owner.range);
      uint32_t id = nextBoundId_++;
      owner.boundIds.push_back(id);
      scope_.push_back({n, Local{Local::Kind::Bound, id, 0, nullptr, 0}});
    }
  }
  Level bounds(Expr& e);  // resolves the sets, then binds the names (returns the sets' level)
  Level opApp(Expr& e);
  Level operatorArgument(Expr& arg, int expectedArity);
  Level applyResolved(Expr& e, const std::string& what, int arity, Level base,
                      const std::vector<Param>* params);
  Level builtin(Expr& e, Level argsLevel, const std::vector<Level>& argLevels);
  bool lookupQualified(Expr& e, Level& level, bool asArgument = false);

  Resolver& r_;
  Context& ctx_;
  std::vector<Diagnostic>& errs_;
  uint32_t& nextBoundId_;
  std::vector<std::pair<std::string, Local>> scope_;
  int exceptDepth_ = 0;                  // inside the value of an EXCEPT update (`@` is valid)
  bool lambdaAllowed_ = false;           // the next LAMBDA is an operator argument
};

void ExprResolver::def(OpDef& d) {
  size_t mark = scope_.size();
  for (size_t i = 0; i < d.params.size(); ++i) {
    checkFresh(d.params[i].name, d.params[i].range);
    scope_.push_back({d.params[i].name, Local{Local::Kind::Param, 0, d.params[i].arity, &d,
                                              static_cast<uint32_t>(i)}});
  }
  if (d.isFunction) {
    // A recursive function refers to itself by name inside its body.
    scope_.push_back({d.name, Local{Local::Kind::Def, 0, 0, &d, 0}});
  }
  if (d.body) d.level = expr(*d.body);
  d.levelChecked = true;
  scope_.resize(mark);
}

Level ExprResolver::bounds(Expr& e) {
  Level l = Level::Constant;
  for (auto& b : e.bounds) {
    if (b.set) l = maxLevel(l, expr(*b.set));
  }
  for (auto& b : e.bounds) bind(e, b);
  return l;
}

Level ExprResolver::expr(Expr& e) {
  size_t mark = scope_.size();
  Level l = Level::Constant;
  switch (e.kind) {
    case ExprKind::Number:
    case ExprKind::String: break;
    case ExprKind::At:
      if (exceptDepth_ == 0) {
        error(ErrorKind::UnknownName, e.range, "'@' is only meaningful inside EXCEPT");
      }
      break;
    case ExprKind::OpApp: l = opApp(e); break;
    case ExprKind::Quant: {
      l = bounds(e);
      l = maxLevel(l, expr(*e.args[0]));
      if (e.text == "\\AA" || e.text == "\\EE") l = Level::Temporal;
      break;
    }
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons: {
      l = bounds(e);
      for (auto& a : e.args) l = maxLevel(l, expr(*a));
      if (l == Level::Temporal) levelError(e.range, "a temporal formula cannot appear here");
      break;
    }
    case ExprKind::Let: {
      // Definitions are visible to later ones and to the body; RECURSIVE ones to themselves.
      for (auto& d : e.defs) {
        if (d->recursive) scope_.push_back({d->name, Local{Local::Kind::Def, 0, 0, d.get(), 0}});
      }
      for (auto& d : e.defs) {
        if (!d->recursive) checkFresh(d->name, d->nameRange);
        if (d->instance) {
          const Module* target = r_.moduleNamed(d->instance->module);
          d->instance->target = target;
          if (target == nullptr) {
            error(ErrorKind::MissingModule, d->instance->moduleRange,
                  "module '" + d->instance->module + "' is not loaded");
          } else {
            instance(*d->instance, d->range, *target, d.get());
          }
        } else {
          def(*d);
        }
        scope_.push_back({d->name, Local{Local::Kind::Def, 0, 0, d.get(), 0}});
      }
      l = expr(*e.args[0]);
      break;
    }
    case ExprKind::Except: {
      l = expr(*e.args[0]);
      for (auto& u : e.updates) {
        for (auto& s : u.path) {
          for (auto& a : s.args) l = maxLevel(l, expr(*a));
        }
        ++exceptDepth_;
        l = maxLevel(l, expr(*u.value));
        --exceptDepth_;
      }
      break;
    }
    case ExprKind::BoxAction:
    case ExprKind::AngleAction: {
      Level a = expr(*e.args[0]);
      Level v = expr(*e.args[1]);
      if (a == Level::Temporal) levelError(e.args[0]->range, "an action is expected here, not a temporal formula");
      if (v > Level::State) levelError(e.args[1]->range, "the subscript must be a state function");
      l = Level::Action;
      break;
    }
    case ExprKind::Fairness: {
      Level v = expr(*e.args[0]);
      Level a = expr(*e.args[1]);
      if (v > Level::State) levelError(e.args[0]->range, "the subscript must be a state function");
      if (a == Level::Temporal) levelError(e.args[1]->range, "an action is expected here, not a temporal formula");
      l = Level::Temporal;
      break;
    }
    case ExprKind::Lambda: {
      if (!lambdaAllowed_) {
        error(ErrorKind::Arity, e.range,
              "LAMBDA is only allowed as an argument where an operator is expected");
      }
      lambdaAllowed_ = false;
      for (const auto& p : e.params) {
        checkFresh(p, e.range);
        uint32_t id = nextBoundId_++;
        e.boundIds.push_back(id);
        scope_.push_back({p, Local{Local::Kind::Bound, id, 0, nullptr, 0}});
      }
      l = expr(*e.args[0]);
      break;
    }
    case ExprKind::Label: {
      for (const auto& p : e.params) {
        if (findLocal(p) == nullptr) {
          error(ErrorKind::UnknownName, e.range, "label parameter '" + p + "' is not a bound name");
        }
      }
      l = expr(*e.args[0]);
      break;
    }
    case ExprKind::Record:
    case ExprKind::RecordSet: {
      // As SANY: a field may be given once ([a |-> 1, a |-> 2] is an error; TLC's etest16).
      std::set<std::string_view> seen;
      for (const auto& f : e.fields) {
        if (!seen.insert(f).second) {
          error(ErrorKind::Redefinition, e.range,
                "field '" + f + "' is given twice in this record");
          break;
        }
      }
      for (auto& a : e.args) l = maxLevel(l, expr(*a));
      break;
    }
    default:
      for (auto& a : e.args) l = maxLevel(l, expr(*a));
      break;
  }
  scope_.resize(mark);
  e.level = l;
  return l;
}

// An argument passed where an operator of `expectedArity` (> 0) is expected: a LAMBDA, or the
// bare name of an operator of that arity.
Level ExprResolver::operatorArgument(Expr& arg, int expectedArity) {
  if (arg.kind == ExprKind::Lambda) {
    lambdaAllowed_ = true;
    if (static_cast<int>(arg.params.size()) != expectedArity) {
      error(ErrorKind::Arity, arg.range,
            "LAMBDA takes " + std::to_string(arg.params.size()) + " parameters where an operator of " +
                std::to_string(expectedArity) + " is expected");
    }
    return expr(arg);
  }
  if (arg.kind != ExprKind::OpApp || !arg.args.empty()) {
    error(ErrorKind::Arity, arg.range,
          "an operator of " + std::to_string(expectedArity) + " argument(s) is expected here");
    return expr(arg);
  }
  // Resolve the name without applying it.
  int arity = -2;
  if (!arg.path.empty()) {
    Level l = Level::Constant;
    if (lookupQualified(arg, l, true)) {
      if (arg.ref.def != nullptr) arity = static_cast<int>(arg.ref.def->params.size());
    }
    return l;
  }
  if (const Local* loc = findLocal(arg.name)) {
    if (loc->kind == Local::Kind::Param) {
      arg.ref.kind = RefKind::Param;
      arg.ref.def = loc->def;
      arg.ref.paramIndex = loc->paramIndex;
      arity = loc->arity;
    } else if (loc->kind == Local::Kind::Def) {
      arg.ref.kind = RefKind::Definition;
      arg.ref.def = loc->def;
      arity = static_cast<int>(loc->def->params.size());
    }
  } else if (auto it = ctx_.find(arg.name); it != ctx_.end()) {
    const Entity& en = it->second;
    arg.ref.kind = en.kind == Entity::Kind::Def ? RefKind::Definition : RefKind::Constant;
    arg.ref.def = en.def;
    arg.ref.decl = en.decl;
    arg.ref.instances = en.via;
    arity = en.arity();
  } else if (auto b = builtins().find(arg.name); b != builtins().end()) {
    arg.ref.kind = RefKind::BuiltIn;
    arg.ref.builtin = arg.name;
    arity = b->second;
  } else {
    error(ErrorKind::UnknownName, arg.range, "unknown operator '" + arg.name + "'");
    return Level::Constant;
  }
  if (arity >= 0 && arity != expectedArity) {
    error(ErrorKind::Arity, arg.range,
          "'" + arg.name + "' takes " + std::to_string(arity) + " argument(s), but an operator of " +
              std::to_string(expectedArity) + " is expected here");
  }
  return arg.ref.def != nullptr && arg.ref.def->levelChecked ? arg.ref.def->level
                                                             : Level::Constant;
}

// Resolves the arguments of an application of something with `arity` parameters (`params`
// gives their own arities when known) and returns the level of the application.
Level ExprResolver::applyResolved(Expr& e, const std::string& what, int arity, Level base,
                                  const std::vector<Param>* params) {
  if (arity >= 0 && static_cast<int>(e.args.size()) != arity) {
    error(ErrorKind::Arity, e.range,
          what + " '" + e.name + "' takes " + std::to_string(arity) + " argument(s), not " +
              std::to_string(e.args.size()));
  }
  Level l = base;
  for (size_t i = 0; i < e.args.size(); ++i) {
    int expected = (params != nullptr && i < params->size()) ? (*params)[i].arity : 0;
    Level al = expected > 0 ? operatorArgument(*e.args[i], expected) : expr(*e.args[i]);
    l = maxLevel(l, al);
  }
  return l;
}

Level ExprResolver::builtin(Expr& e, Level argsLevel, const std::vector<Level>& argLevels) {
  const std::string& n = e.name;
  if (n == "'" || n == "UNCHANGED") {
    if (argsLevel >= Level::Action) {
      levelError(e.range, std::string(n == "'" ? "priming" : "UNCHANGED of") + " an expression of " +
                              levelName(argsLevel) + " level (it must be a state function)");
    }
    return Level::Action;
  }
  if (n == "ENABLED") {
    if (argsLevel == Level::Temporal) levelError(e.range, "ENABLED of a temporal formula");
    return Level::State;
  }
  if (n == "[]" || n == "<>") {
    ExprKind allowed = n == "[]" ? ExprKind::BoxAction : ExprKind::AngleAction;
    if (!argLevels.empty() && argLevels[0] == Level::Action && e.args[0]->kind != allowed) {
      levelError(e.range, "'" + n + "' applied to an action: write " + n + "[A]_v instead");
    }
    return Level::Temporal;
  }
  if (n == "~>" || n == "-+->") {
    for (size_t i = 0; i < argLevels.size(); ++i) {
      if (argLevels[i] == Level::Action) {
        levelError(e.args[i]->range, "'" + n + "' takes state predicates or temporal formulas, not actions");
      }
    }
    return Level::Temporal;
  }
  if (n == "\\cdot") {
    if (argsLevel == Level::Temporal) levelError(e.range, "'\\cdot' of a temporal formula");
    return Level::Action;
  }
  return argsLevel;
}

bool ExprResolver::lookupQualified(Expr& e, Level& level, bool asArgument) {
  // First segment: a named instance (or a definition, for `Op!1` selectors).
  const NameSegment& first = e.path[0];
  const OpDef* d = nullptr;
  if (const Local* loc = findLocal(first.name); loc != nullptr && loc->kind == Local::Kind::Def) {
    d = loc->def;
  } else if (auto it = ctx_.find(first.name); it != ctx_.end() && it->second.kind == Entity::Kind::Def) {
    d = it->second.def;
  }
  if (d == nullptr) {
    error(ErrorKind::UnknownName, first.range, "unknown instance or definition '" + first.name + "'");
    return false;
  }
  for (auto& seg : e.path) {
    for (auto& a : seg.args) level = maxLevel(level, expr(*a));
  }
  // The arguments of `I!Op(a, b)` are resolved once Op is found: an argument for a parameter
  // of Op that is itself an operator (`I!Op(Test, s)` with Op(ns(_), a)) is an operator name
  // or a LAMBDA, not a value. On every other way out they are resolved as values.
  struct Args {
    ExprResolver& r;
    Expr& e;
    Level& level;
    bool done = false;
    void resolve(const std::vector<Param>* params) {
      done = true;
      for (size_t i = 0; i < e.args.size(); ++i) {
        int arity = params != nullptr && i < params->size() ? (*params)[i].arity : 0;
        level =
            maxLevel(level, arity > 0 ? r.operatorArgument(*e.args[i], arity) : r.expr(*e.args[i]));
      }
    }
    ~Args() {
      if (!done) resolve(nullptr);
    }
  } args{*this, e, level};
  if (!d->instance) {
    e.ref.kind = RefKind::Selector;  // `Op!1`, `Op!Label`: subexpression reference
    e.ref.def = d;
    return true;
  }
  std::vector<const OpDef*> instPath{d};
  std::vector<Resolution::InstanceStep> steps{{d->instance.get(), d, 0}};
  if (first.args.size() != d->params.size()) {
    error(ErrorKind::Arity, first.range,
          "instance '" + first.name + "' takes " + std::to_string(d->params.size()) + " argument(s)");
  }
  const Module* target = d->instance->target;
  for (size_t k = 1; k <= e.path.size(); ++k) {
    if (target == nullptr || !r_.resolved(target)) return false;
    const std::string& name = k < e.path.size() ? e.path[k].name : e.name;
    const SourceRange& at = k < e.path.size() ? e.path[k].range : e.range;
    const Context& ex = r_.exported(target);
    auto it = ex.find(name);
    if (it == ex.end()) {
      error(ErrorKind::UnknownName, at,
            "module '" + target->name + "' (instance '" + instPath.back()->name +
                "') has no definition '" + name + "'");
      return false;
    }
    const Entity& en = it->second;
    if (k < e.path.size()) {
      if (en.kind != Entity::Kind::Def) return false;
      if (!en.def->instance) {  // `I!Op!1`: a part of Op's body, under I's substitutions
        steps.insert(steps.end(), en.via.begin(), en.via.end());
        e.ref.instances = steps;
        e.ref.kind = RefKind::Selector;
        e.ref.def = en.def;
        level = maxLevel(
            level, maxLevel(en.def->level, substitutionLevel(r_.usesConstant_, steps, en.def)));
        return true;
      }
      instPath.push_back(en.def);
      steps.insert(steps.end(), en.via.begin(), en.via.end());
      steps.push_back({en.def->instance.get(), en.def, static_cast<int>(k)});
      target = en.def->instance->target;
      continue;
    }
    steps.insert(steps.end(), en.via.begin(), en.via.end());
    e.ref.instances = steps;
    if (en.kind == Entity::Kind::Def) {
      e.ref.kind = RefKind::Definition;
      e.ref.def = en.def;
      args.resolve(&en.def->params);
      level = maxLevel(level,
                       maxLevel(en.def->level, substitutionLevel(r_.usesConstant_, steps, en.def)));
      if (!asArgument && e.args.size() != en.def->params.size()) {
        error(ErrorKind::Arity, e.range,
              "operator '" + name + "' takes " + std::to_string(en.def->params.size()) +
                  " argument(s), not " + std::to_string(e.args.size()));
      }
    } else {
      e.ref.kind = en.kind == Entity::Kind::Constant ? RefKind::Constant : RefKind::Variable;
      e.ref.decl = en.decl;
      if (en.kind == Entity::Kind::Variable) level = maxLevel(level, Level::State);
      level = maxLevel(level, substitutionLevel(r_.usesConstant_, steps, nullptr, en.decl));
    }
  }
  return true;
}

Level ExprResolver::opApp(Expr& e) {
  if (!e.path.empty()) {
    Level l = Level::Constant;
    lookupQualified(e, l);
    return l;
  }
  if (const Local* loc = findLocal(e.name)) {
    switch (loc->kind) {
      case Local::Kind::Bound:
        e.ref.kind = RefKind::BoundVar;
        e.ref.boundId = loc->id;
        return applyResolved(e, "bound variable", 0, Level::Constant, nullptr);
      case Local::Kind::Param:
        e.ref.kind = RefKind::Param;
        e.ref.def = loc->def;
        e.ref.paramIndex = loc->paramIndex;
        return applyResolved(e, "parameter", loc->arity, Level::Constant, nullptr);
      case Local::Kind::Def:
        e.ref.kind = RefKind::Definition;
        e.ref.def = loc->def;
        return applyResolved(e, "operator", static_cast<int>(loc->def->params.size()),
                             loc->def->levelChecked ? loc->def->level : Level::Constant,
                             &loc->def->params);
    }
  }
  if (auto it = ctx_.find(e.name); it != ctx_.end()) {
    const Entity& en = it->second;
    if (en.kind == Entity::Kind::Def) {
      e.ref.kind = RefKind::Definition;
      e.ref.def = en.def;
      e.ref.instances = en.via;
      if (en.def->instance) {
        error(ErrorKind::UnknownName, e.range,
              "'" + e.name + "' is a module instance: refer to its definitions as " + e.name + "!Op");
        return Level::Constant;
      }
      return applyResolved(e, "operator", static_cast<int>(en.def->params.size()),
                           maxLevel(en.def->levelChecked ? en.def->level : Level::Constant,
                                    substitutionLevel(r_.usesConstant_, en.via, en.def)),
                           &en.def->params);
    }
    e.ref.kind = en.kind == Entity::Kind::Constant ? RefKind::Constant : RefKind::Variable;
    e.ref.decl = en.decl;
    return applyResolved(
        e, en.kind == Entity::Kind::Constant ? "constant" : "variable", en.decl->arity,
        maxLevel(en.kind == Entity::Kind::Variable ? Level::State : Level::Constant,
                 substitutionLevel(r_.usesConstant_, en.via, nullptr, en.decl)),
        nullptr);
  }
  if (auto b = builtins().find(e.name); b != builtins().end()) {
    e.ref.kind = RefKind::BuiltIn;
    e.ref.builtin = e.name;
    if (b->second >= 0 && static_cast<int>(e.args.size()) != b->second) {
      error(ErrorKind::Arity, e.range,
            "'" + e.name + "' takes " + std::to_string(b->second) + " argument(s), not " +
                std::to_string(e.args.size()));
    }
    std::vector<Level> levels;
    Level all = Level::Constant;
    for (auto& a : e.args) {
      levels.push_back(expr(*a));
      all = maxLevel(all, levels.back());
    }
    return builtin(e, all, levels);
  }
  std::string hint;
  if (e.syntax == OpSyntax::Infix || e.syntax == OpSyntax::Prefix || e.syntax == OpSyntax::Postfix) {
    hint = " (is a standard module such as Naturals, Integers or Sequences missing from EXTENDS?)";
  } else if (e.name == "Nat" || e.name == "Int" || e.name == "Seq" || e.name == "Len" ||
             e.name == "Cardinality" || e.name == "Append" || e.name == "Head" ||
             e.name == "Tail" || e.name == "IsFiniteSet") {
    hint = " (is a standard module missing from EXTENDS?)";
  }
  error(ErrorKind::UnknownName, e.range, "unknown operator '" + e.name + "'" + hint);
  for (auto& a : e.args) expr(*a);
  return Level::Constant;
}

void ExprResolver::instance(InstanceSpec& in, const SourceRange& at, const Module& target,
                            const OpDef* named) {
  // The parameters of `I(p, q) == INSTANCE M` may stand in for M's constants and variables;
  // they belong to the definition I (the evaluator binds them per reference `I(a, b)!Op`).
  size_t mark = scope_.size();
  if (named != nullptr) {
    const std::vector<Param>& params = named->params;
    for (size_t i = 0; i < params.size(); ++i) {
      scope_.push_back({params[i].name, Local{Local::Kind::Param, 0, params[i].arity, named,
                                              static_cast<uint32_t>(i)}});
    }
  }
  // Every constant and variable of the target (declared there or reached by its EXTENDS).
  std::map<std::string, const Decl*> declared;
  if (r_.resolved(&target)) {
    for (const auto& [name, en] : r_.exported(&target)) {
      if (en.kind != Entity::Kind::Def) declared[name] = en.decl;
    }
  }
  std::map<std::string, const InstanceSpec::Substitution*> given;
  for (auto& s : in.substitutions) {
    given[s.name] = &s;
    auto it = declared.find(s.name);
    if (it == declared.end()) {
      error(ErrorKind::UnknownName, s.range,
            "module '" + target.name + "' declares no constant or variable '" + s.name + "'");
      expr(*s.value);
      in.substitutedDecls.push_back(nullptr);
      continue;
    }
    const Decl& d = *it->second;
    Level l = d.arity > 0 ? operatorArgument(*s.value, d.arity) : expr(*s.value);
    in.substitutedDecls.push_back(&d);
    // As SANY and TLC allow, a constant may be replaced by a state- or action-level expression
    // (`WITH N <- Len(queue)`, Lamport's prophecy variables: `WITH DomPrime <- 1..Len(q')`):
    // the definitions used through the instance then have that level too.
    if (d.kind == Decl::Kind::Constant && l > Level::Action) {
      levelError(s.range, "constant '" + s.name + "' of module '" + target.name +
                              "' is substituted by an expression of " + levelName(l) + " level");
    } else if (d.kind == Decl::Kind::Constant) {
      in.constantSubstLevel = maxLevel(in.constantSubstLevel, l);
    } else if (d.kind == Decl::Kind::Variable && l > Level::State) {
      levelError(s.range, "variable '" + s.name + "' of module '" + target.name +
                              "' is substituted by an expression of " + levelName(l) + " level");
    }
  }
  // Implicit substitutions: every declared name not given must be visible here under its name.
  for (const auto& [name, d] : declared) {
    if (given.count(name) != 0) continue;
    if (findLocal(name) != nullptr || ctx_.count(name) != 0) {
      // Record the implicit `name <- name`, resolved here, so evaluation has one mechanism.
      auto value = std::make_shared<Expr>(ExprKind::OpApp, at);
      value->name = name;
      if (d->arity > 0) {
        operatorArgument(*value, d->arity);
      } else {
        expr(*value);
      }
      in.substitutions.push_back({name, value, at, true});
      in.substitutedDecls.push_back(d);
      continue;
    }
    error(ErrorKind::UnknownName, at,
          "instance of '" + target.name + "' has no substitution for " +
              (d->kind == Decl::Kind::Constant ? "constant '" : "variable '") + name +
              "', and no '" + name + "' is defined here");
  }
  scope_.resize(mark);
}

// ------------------------------------------------------------------------------ modules

const Module* Resolver::moduleNamed(const std::string& name) const {
  auto it = byName_.find(name);
  return it == byName_.end() ? nullptr : it->second;
}

void Resolver::resolveModule(Module& m, const Context* enclosing) {
  std::vector<Diagnostic> errs;
  Context ctx = enclosing != nullptr ? *enclosing : Context{};
  Context exp;
  auto add = [&](const std::string& name, const Entity& en, const SourceRange& at, bool exportIt) {
    auto it = ctx.find(name);
    if (it != ctx.end() && !it->second.same(en)) {
      // As in SANY: a name defined, declared or imported (EXTENDS, INSTANCE) cannot be defined
      // again. Conflicts between two imported modules are not an error (first one wins).
      Diagnostic d{ErrorKind::Redefinition, at, "'" + name + "' is already defined", {}};
      SourceRange prev = it->second.def != nullptr ? it->second.def->nameRange
                                                   : it->second.decl->range;
      d.notes.push_back({prev, "previous definition is here"});
      errs.push_back(std::move(d));
      return;
    }
    ctx[name] = en;
    if (exportIt) exp[name] = en;
  };
  auto importAll = [&](const Context& from, bool defsOnly, bool exportIt,
                       const InstanceSpec* through) {
    for (const auto& [name, en0] : from) {
      if (defsOnly && en0.kind != Entity::Kind::Def) continue;
      auto it = ctx.find(name);
      if (it != ctx.end() && !it->second.same(en0)) continue;  // first one wins (as TLC's loader)
      Entity en = en0;
      if (through != nullptr) en.via.insert(en.via.begin(), Resolution::InstanceStep{through, nullptr, -1});
      ctx[name] = en;
      if (exportIt) exp[name] = en;
    }
  };

  // RECURSIVE declarations make the later definition visible from the declaration on.
  std::map<std::string, const OpDef*> laterDefs;
  std::map<std::string, int> recursiveArity;
  for (auto& u : m.units) {
    if (u.kind == Unit::Kind::Definition) laterDefs[u.def->name] = u.def.get();
  }

  ExprResolver er(*this, ctx, errs, nextBoundId_);
  for (auto& u : m.units) {
    switch (u.kind) {
      case Unit::Kind::Extends:
        for (size_t i = 0; i < u.names.size(); ++i) {
          const Module* em = moduleNamed(u.names[i]);
          if (em == nullptr || !resolved(em)) continue;  // the loader reported it
          importAll(exported(em), false, true, nullptr);
        }
        break;
      case Unit::Kind::Constant:
        m.constants.push_back(u.decl);
        add(u.decl->name, Entity{Entity::Kind::Constant, nullptr, u.decl.get()}, u.decl->range, true);
        break;
      case Unit::Kind::Variable:
        m.variables.push_back(u.decl);
        add(u.decl->name, Entity{Entity::Kind::Variable, nullptr, u.decl.get()}, u.decl->range, true);
        break;
      case Unit::Kind::Recursive: {
        auto it = laterDefs.find(u.recursive.name);
        if (it == laterDefs.end()) {
          errs.push_back({ErrorKind::UnknownName, u.range,
                          "RECURSIVE '" + u.recursive.name + "' is never defined in this module", {}});
          break;
        }
        const_cast<OpDef*>(it->second)->recursive = true;
        recursiveArity[u.recursive.name] = u.recursive.arity;
        ctx[u.recursive.name] = Entity{Entity::Kind::Def, it->second, nullptr};
        break;
      }
      case Unit::Kind::Definition: {
        OpDef& d = *u.def;
        if (d.instance) {
          const Module* target = moduleNamed(d.instance->module);
          d.instance->target = target;
          if (target != nullptr) er.instance(*d.instance, d.range, *target, &d);
        } else {
          er.def(d);
          // A recursive definition was entered at its RECURSIVE declaration; enter it properly.
          if (d.recursive) {
            ctx.erase(d.name);
            auto decl = recursiveArity.find(d.name);
            if (decl != recursiveArity.end() && decl->second != static_cast<int>(d.params.size())) {
              errs.push_back({ErrorKind::Arity, d.nameRange,
                              "definition of '" + d.name + "' has " +
                                  std::to_string(d.params.size()) +
                                  " parameter(s), but its RECURSIVE declaration has " +
                                  std::to_string(decl->second),
                              {}});
            }
          }
        }
        add(d.name, Entity{Entity::Kind::Def, &d, nullptr}, d.nameRange, !d.local);
        break;
      }
      case Unit::Kind::Instance: {
        const Module* target = moduleNamed(u.instance->module);
        u.instance->target = target;
        if (target == nullptr || !resolved(target)) break;
        er.instance(*u.instance, u.range, *target);
        importAll(exported(target), true, !u.local, u.instance.get());
        break;
      }
      case Unit::Kind::Assume: {
        Level l = er.expr(*u.expr);
        if (l != Level::Constant) {
          errs.push_back({ErrorKind::Level, u.expr->range,
                          std::string("ASSUME must be a constant formula, but this is of ") +
                              levelName(l) + " level",
                          {}});
        }
        if (u.def) add(u.def->name, Entity{Entity::Kind::Def, u.def.get(), nullptr}, u.def->nameRange, true);
        break;
      }
      case Unit::Kind::Theorem: {
        // A named theorem can be referred to (`ASSUME Thm`, `I!Thm`, `Thm!:`) and means its
        // statement. Theorems are for the prover: a statement that does not resolve (it may
        // use names only a proof introduces) is dropped rather than failing the module.
        size_t before = errs.size();
        Level level = Level::Constant;
        if (u.expr) {
          level = er.expr(*u.expr);
          if (errs.size() > before) {
            errs.resize(before);
            u.expr.reset();
          }
        }
        if (u.def) {
          u.def->body = u.expr;
          u.def->level = level;
          add(u.def->name, Entity{Entity::Kind::Def, u.def.get(), nullptr}, u.def->nameRange, true);
        }
        break;
      }
      case Unit::Kind::Module:
        registerModule(u.module->name, u.module.get());
        resolveModule(*u.module, &ctx);
        break;
    }
  }
  if (!errs.empty()) throw InputErrors(std::move(errs));
  exported_[&m] = std::move(exp);
  if (m.parent == nullptr) scopes_[&m] = std::move(ctx);
}

}  // namespace vouch::frontend
