// The evaluation core: dispatch, names (bound variables, parameters, definitions, constants,
// variables), operator calls by name, instance substitutions, LET, IF, CASE.

#include <algorithm>
#include <mutex>
#include <optional>
#include <utility>

#include <pthread.h>

#include "eval_internal.hpp"

namespace vouch::refinement {

frontend::InputError evalError(const SourceRange& at, const std::string& message) {
  return frontend::InputError(frontend::ErrorKind::Eval, at, message);
}

void Engine::fail(const SourceRange& at, const std::string& message) const {
  throw evalError(at, message);
}

int64_t Engine::toInt(const Value& v, const Expr& at) const {
  if (!v.isInt()) fail(at.range, "expected an integer, but the value is " + v.toString());
  return v.asInt();
}

bool Engine::toBool(const Value& v, const Expr& at) const {
  if (!v.isBool()) fail(at.range, "expected a boolean, but the value is " + v.toString());
  return v.asBool();
}

bool Engine::evalBool(const Expr& e, const Env& env) { return toBool(eval(e, env), e); }

namespace {

// A LAMBDA or an operator passed as an argument, as a value (for natives such as SelectSeq
// and for higher-order parameters).
struct OperatorClosure : ClosureNode {
  Engine* engine;
  const Expr* opExpr;
  const Env* env;
  int n;
  int arity() const override { return n; }
  Value call(const std::vector<Value>& args) const override {
    return engine->callOperator(*opExpr, *env, args, opExpr->range);
  }
  std::string describe() const override { return "<operator>"; }
};

}  // namespace

const Value& cachedLiteral(const Expr& e, FnRef<Value()> make) {
  if (const void* p = e.cached.load()) return *static_cast<const Value*>(p);
  static std::mutex lock;
  std::lock_guard<std::mutex> guard(lock);
  if (const void* p = e.cached.load()) return *static_cast<const Value*>(p);
  auto v = std::make_shared<const Value>(make());
  e.cache = v;
  e.cached.store(v.get());
  return *v;
}

Value Engine::evalUnfolded(const Expr& e, const Env& env) {
  switch (e.kind) {
    case ExprKind::Number: {
      if (const void* p = e.cached.load()) return *static_cast<const Value*>(p);
      if (e.text.find('.') != std::string::npos) fail(e.range, "real numbers are not supported");
      int64_t v = 0;
      for (char c : e.text) {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v)) {
          fail(e.range, "integer literal " + e.text + " does not fit in 64 bits");
        }
      }
      return cachedLiteral(e, [&] { return Value::integer(v); });
    }
    case ExprKind::String:
      // Literals are built once: strings allocate.
      return cachedLiteral(e, [&] { return Value::string(e.text); });
    case ExprKind::At:
      for (const Env* f = &env; f != nullptr; f = f->parent) {
        if (f->kind == Env::Kind::At) return f->value;
      }
      fail(e.range, "'@' outside EXCEPT");
    case ExprKind::OpApp: return evalOpApp(e, env);
    case ExprKind::Junction: {
      bool isAnd = e.text[0] == 'a';  // "and" or "or"
      for (const auto& a : e.args) {
        if (evalBool(*a, env) != isAnd) return Value::boolean(!isAnd);
      }
      return Value::boolean(isAnd);
    }
    case ExprKind::If:
      return evalBool(*e.args[0], env) ? eval(*e.args[1], env) : eval(*e.args[2], env);
    case ExprKind::Case: {
      size_t arms = e.args.size() - (e.hasOther ? 1 : 0);
      for (size_t i = 0; i + 1 < arms; i += 2) {
        if (evalBool(*e.args[i], env)) return eval(*e.args[i + 1], env);
      }
      if (e.hasOther) return eval(*e.args.back(), env);
      fail(e.range, "no CASE arm applies and there is no OTHER");
    }
    case ExprKind::Let: {
      Env f;
      f.kind = Env::Kind::Let;
      f.parent = &env;
      f.let = &e;
      LetCache cache;
      f.letCache = &cache;
      return eval(*e.args[0], f);
    }
    case ExprKind::Quant:
    case ExprKind::Choose: return quantifier(e, env);
    case ExprKind::SetEnum:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncSet:
    case ExprKind::RecordSet: return setExpr(e, env);
    case ExprKind::FuncCons:
    case ExprKind::FuncApp:
    case ExprKind::Record:
    case ExprKind::FieldAccess:
    case ExprKind::Tuple: return funcExpr(e, env);
    case ExprKind::Except: return except(e, env);
    case ExprKind::BoxAction: {  // [A]_v  ==  A \/ v' = v
      if (evalBool(*e.args[0], env)) return Value::boolean(true);
      Value now = eval(*e.args[1], env);
      bool saved = ctx.primed;
      ctx.primed = true;
      Value then = eval(*e.args[1], env);
      ctx.primed = saved;
      return Value::boolean(now == then);
    }
    case ExprKind::AngleAction: {  // <<A>>_v  ==  A /\ v' /= v
      if (!evalBool(*e.args[0], env)) return Value::boolean(false);
      Value now = eval(*e.args[1], env);
      bool saved = ctx.primed;
      ctx.primed = true;
      Value then = eval(*e.args[1], env);
      ctx.primed = saved;
      return Value::boolean(now != then);
    }
    case ExprKind::Fairness: fail(e.range, "a temporal formula cannot be evaluated here");
    case ExprKind::Lambda: {
      auto c = std::make_shared<OperatorClosure>();
      c->engine = this;
      c->opExpr = &e;
      c->env = &env;
      c->n = static_cast<int>(e.params.size());
      return Value::closure(c);
    }
    case ExprKind::Label: return eval(*e.args[0], env);
  }
  fail(e.range, "cannot evaluate this expression");
}

ptrdiff_t Engine::stackBudget() {
  thread_local ptrdiff_t budget = [] {
    size_t size = 8u << 20;  // if the thread cannot tell: the usual main-thread limit
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* addr = nullptr;
      size_t got = 0;
      if (pthread_attr_getstack(&attr, &addr, &got) == 0 && got > 0) size = got;
      pthread_attr_destroy(&attr);
    }
    return static_cast<ptrdiff_t>(size - size / 8 - std::min<size_t>(size / 8, 1u << 20));
  }();
  return budget;
}

const Arg* Engine::findParam(const void* owner, uint32_t index, const Env& env) const {
  for (const Env* f = &env; f != nullptr; f = f->parent) {
    if (f->kind == Env::Kind::Params && f->owner == owner) {
      index += f->argBase;
      return index < f->args->size() ? &(*f->args)[index] : nullptr;
    }
  }
  return nullptr;
}

Value Engine::evalArg(const Arg& a) {
  // Under a prime (`q'` with q bound to `msgQ`) the argument means its primed value: the
  // cache, which holds the unprimed one, neither answers nor is filled.
  if (a.value && (a.expr == nullptr || !ctx.primed)) return *a.value;
  Value v = eval(*a.expr, *a.env);
  if (a.cacheable && !ctx.primed) const_cast<Arg&>(a).value = v;
  return v;
}

void Engine::makeArgs(const std::vector<frontend::ExprPtr>& args, const Env& env,
                      const std::vector<frontend::Param>* params, ArgList& out) {
  size_t first = out.size();
  out.resize(first + args.size());
  for (size_t i = 0; i < args.size(); ++i) {
    const Expr& a = *args[i];
    Arg& o = out[first + i];
    if (a.kind == ExprKind::OpApp && a.ref.kind == RefKind::Param && a.args.empty()) {
      // A parameter passed along (recursive operators pass `op` down): bind to what it is bound
      // to, so that chains of parameters do not grow with the recursion.
      if (const Arg* orig = findParam(a.ref.def, a.ref.paramIndex, env)) {
        o = *orig;
        continue;
      }
    }
    o.expr = args[i].get();
    o.env = &env;
    bool higherOrder = params != nullptr && i < params->size() && (*params)[i].arity > 0;
    // Arguments without primes are evaluated once; primed ones depend on the enumeration, and
    // so do unprimed ones while an initial state is being built (`\E v \in S : var = v /\ ...`
    // with var bound to the variable s assigns s anew for each v).
    o.cacheable = !higherOrder && (args[i]->level == frontend::Level::Constant ||
                                   (args[i]->level == frontend::Level::State && !ctx.initMode));
  }
}

const Env& Engine::bodyEnv(const Expr& e, const OpDef& def, const Env& env, ArgList& args,
                           Frames& frames) {
  // Frames are appended to `frames` (reserved by the caller so that pointers stay valid).
  // A LET definition is evaluated in the scope of its LET.
  const Env* base = letScopeOf(def, env);
  if (base == nullptr) {
    // A module-level definition: only instance substitutions of the enclosing evaluation of the
    // same module, plus those on the way to this definition, are visible.
    static const Env root;
    base = &root;
    for (const Env* f = &env; f != nullptr && !def.seesCaller; f = f->parent) {
      if (f->kind == Env::Kind::Subst) {
        base = f;
        break;
      }
    }
    if (def.seesCaller) base = &env;
    const Env* outer = &env;
    for (const auto& step : e.ref.instances) {
      // (A part of a temporal formula found under `I(a)!`, wrapped by a checker, has no path:
      // the caller's frames bind the instance's parameters to values.)
      if (step.def != nullptr && step.segment >= 0 && !step.def->params.empty() &&
          static_cast<size_t>(step.segment) < e.path.size()) {
        Env p;
        p.kind = Env::Kind::Params;
        p.parent = base;
        p.owner = step.def;
        // Arguments of `I(a)!Op` are stored after the operator's own arguments.
        const auto& segArgs = e.path[static_cast<size_t>(step.segment)].args;
        ArgList segment;  // made before appending: it may refer to `args` through `outer`
        makeArgs(segArgs, *outer, &step.def->params, segment);
        p.args = &args;
        p.argBase = static_cast<uint32_t>(args.size());
        args.insert(args.end(), segment.begin(), segment.end());
        frames.push_back(std::move(p));
        outer = &frames.back();
      }
      Env s;
      s.kind = Env::Kind::Subst;
      s.parent = base;
      s.inst = step.spec;
      s.outer = outer;
      s.serial = ++substSerial_;
      frames.push_back(std::move(s));
      base = &frames.back();
      outer = base;
    }
  }
  if (!def.params.empty() || !args.empty()) {
    Env p;
    p.kind = Env::Kind::Params;
    p.parent = base;
    p.owner = &def;
    p.args = &args;
    frames.push_back(std::move(p));
    base = &frames.back();
  }
  return *base;
}

const OpDef* Engine::replacement(const Expr& e, const OpDef& def, const Value** value) const {
  *value = nullptr;
  if (!overridden(e)) return &def;
  if ((*value = model_.overrideValue(&def)) != nullptr) return nullptr;
  const OpDef* over = model_.overrideOperator(&def);
  return over != nullptr ? over : &def;
}

Value Engine::assertError(const Expr& e, const Env& env) {
  // TLC compares err with its own message for the failure; vouch's messages are worded
  // differently, so any evaluation error of exp counts.
  eval(*e.args[0], env);
  try {
    eval(*e.args[1], env);
  } catch (const ValueError&) {
    return Value::boolean(true);
  } catch (const frontend::InputError& err) {
    if (err.diagnostic().kind != frontend::ErrorKind::Eval) throw;
    return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value Engine::callDefinition(const Expr& e, const OpDef& def0, const Env& env) {
  // The .cfg may replace a definition by a value or by another definition.
  const Value* given = nullptr;
  const OpDef* used = replacement(e, def0, &given);
  if (used == nullptr) return *given;
  const OpDef& def = *used;
  if (NativeFn fn = nativeFor(def)) {
    if (fn == &assertErrorMarker && e.args.size() == 2) return assertError(e, env);
    SmallVec<Value> vals;
    vals.reserve(e.args.size());
    for (const auto& a : e.args) vals.push_back(eval(*a, env));
    return atLocation(*this, e.range, [&] {
      return fn(*this, {vals.data(), vals.size()}, e.range);
    });
  }
  if (!def.body) fail(e.range, "'" + def.name + "' has no value (a theorem or an instance)");
  const Env* letScope =
      def.params.empty() && e.ref.instances.empty() ? letScopeOf(def, env) : nullptr;
  // A module-level definition without parameters, reached directly: its value can be kept
  // per definition, once per model (and chain of instantiations) if constant-level.
  bool plain = e.ref.instances.empty() && def.params.empty() && def.module != nullptr;
  bool raised = def.raisedIn.load() == closedSerial_;  // a .cfg replacement reads the state
  ConstKey constKey;
  bool moduleLevel = keepsConstant(e, def, env, constKey);
  if (moduleLevel) {
    if (auto it = constCache_.find(constKey); it != constCache_.end()) return it->second;
  }
  // A LET definition without parameters is evaluated once per evaluation of its LET, as TLC
  // does (unless it may depend on primed variables, or on an initial state being built).
  LetCache* letCache = nullptr;
  if (letScope != nullptr && !def.isFunction && !ctx.primed && !raised &&
      (def.level == frontend::Level::Constant ||
       (def.level == frontend::Level::State && !ctx.initMode))) {
    letCache = letScope->letCache;
    if (letCache != nullptr) {
      for (const auto& [d, v] : *letCache) {
        if (d == &def) return v;
      }
    }
  }
  // A state-level function definition used as a value (Sum(sc, S), sc[p \in P] == ... grid ...)
  // is built whole, once per state: kept with the state it was built in. (Applications sc[p]
  // never build it; see isFunctionDefApp.)
  bool perState = plain && def.isFunction && def.level == frontend::Level::State && !raised &&
                  !ctx.primed && !ctx.initMode && ctx.current != nullptr && !underInstance(env);
  if (perState) {
    if (auto it = stateFuncCache_.find(&def);
        it != stateFuncCache_.end() && it->second.first == *ctx.current) {
      return it->second.second;
    }
  }
  Nested nested(*this, e);
  ArgList args;
  makeArgs(e.args, env, &def.params, args);
  Frames frames;
  frames.reserve(2 * e.ref.instances.size() + 2);
  // Instance-parameter arguments are appended after the operator's own by bodyEnv.
  uint64_t madeBefore = substSerial_;  // frames of the body's own instances come after
  const Env& benv = bodyEnv(e, def, env, args, frames);
  // For a value that may be kept, uses of open substitutions are noted afresh while it is
  // computed, then merged into the caller's: it is its own unless one came from a frame
  // around it. (Other calls leave the caller's note to accumulate.)
  struct OpenNotes {
    uint64_t& notes;
    uint64_t outer;
    ~OpenNotes() { notes = std::min(notes, outer); }
  };
  std::optional<OpenNotes> fresh;
  if (moduleLevel)
    fresh.emplace(OpenNotes{openFrameMin_, std::exchange(openFrameMin_, UINT64_MAX)});
  Value v = eval(*def.body, benv);
  if (moduleLevel && openFrameMin_ > madeBefore) constCache_[constKey] = v;
  if (perState) stateFuncCache_[&def] = {*ctx.current, v};
  if (letCache != nullptr) letCache->emplace_back(&def, v);
  return v;
}

Value Engine::substitutedVariable(const Substitution& sub) {
  // Not while a state is being built (Init, or successors being enumerated: the next state
  // changes as it is assigned).
  const Expr& x = *sub.expr;
  bool bare = plainName(x) && (x.ref.kind == RefKind::Variable || x.ref.kind == RefKind::Constant);
  if (bare || ctx.initMode || ctx.current == nullptr ||
      (ctx.primed && (ctx.assigned != nullptr || ctx.next == nullptr))) {
    return eval(x, *sub.env);  // a variable for a variable (`INSTANCE M`): nothing to keep
  }
  const State* state = ctx.primed ? ctx.next : ctx.current;
  // A substitution that depends on nothing but the state and the model (`file_content <-
  // LogicalFileContent`): kept with the state it was computed in, across evaluations.
  StateSubst& kept = stateSubst_[sub.spec];
  if (kept.closed < 0) {
    FreeNames names;
    kept.closed = closedPredicate(*sub.expr, names) && names.freeIds.empty() &&
                  names.freeParams.empty() && names.outerLets.empty();
  }
  if (kept.closed == 1 && !underInstance(*sub.env)) {
    size_t k = ctx.primed ? 1 : 0;
    if (kept.has[k] && equality(kept.state[k], *state).value_or(false)) return kept.value[k];
    Value v = eval(*sub.expr, *sub.env);
    kept.state[k] = *state;
    kept.value[k] = v;
    kept.has[k] = true;
    return v;
  }
  // Otherwise kept in the instantiation's frame: it lives for one evaluation of the instantiated
  // definition, in which the bindings around are fixed.
  const State* next = ctx.primed ? ctx.next : nullptr;
  auto& cache = sub.frame->substValues;
  if (cache == nullptr) {
    cache = std::make_unique<SubstValues>();
  } else {
    for (const SubstValue& c : *cache) {
      if (c.sub == sub.spec && c.current == ctx.current && c.next == next) return c.value;
    }
  }
  Value v = eval(*sub.expr, *sub.env);
  cache->push_back({sub.spec, ctx.current, next, v});
  return v;
}

Value Engine::variable(const Expr& e, const Decl& d, const Env& env) {
  int slot = e.tag;
  if (Substitution sub = substitutionOf(&d, env); sub.expr != nullptr) {
    slot = ctx.primed ? freshSlot(ctx.fresh, &d, sub) : -1;
    if (slot < 0 || ctx.next == nullptr || static_cast<size_t>(slot) >= ctx.next->size()) {
      return substitutedVariable(sub);
    }
  } else if (slot < 0) {
    slot = model_.slotOf(&d);
    if (slot < 0) fail(e.range, "'" + d.name + "' is not a variable of the model");
    e.tag = slot;
  }
  if (ctx.primed) {
    if (ctx.next == nullptr) fail(e.range, "'" + d.name + "'' (primed) cannot be evaluated here");
    if (ctx.assigned != nullptr && !(*ctx.assigned)[static_cast<size_t>(slot)]) {
      fail(e.range, "the value of " + d.name + "' is not determined at this point");
    }
    return (*ctx.next)[static_cast<size_t>(slot)];
  }
  if (ctx.current == nullptr) fail(e.range, "variable '" + d.name + "' in a constant expression");
  if (ctx.initMode && ctx.assigned != nullptr && !(*ctx.assigned)[static_cast<size_t>(slot)]) {
    fail(e.range, "the value of " + d.name + " is not determined at this point");
  }
  return (*ctx.current)[static_cast<size_t>(slot)];
}

Value Engine::constant(const Expr& e, const Decl& d, const Env& env) {
  if (Substitution sub = substitutionOf(&d, env); sub.expr != nullptr) {
    noteSubstitution(sub);
    if (d.arity == 0) return eval(*sub.expr, *sub.env);
    std::vector<Value> vals;
    for (const auto& a : e.args) vals.push_back(eval(*a, env));
    return callOperator(*sub.expr, *sub.env, vals, e.range);
  }
  if (const OpDef* op = model_.constantOperator(&d)) {
    frontend::Expr call(ExprKind::OpApp, e.range);
    call.args = e.args;
    call.name = op->name;
    return callDefinition(call, *op, env);
  }
  if (const Value* v = model_.constantValue(&d)) {
    if (d.arity == 0) return *v;
    // An operator constant given point-wise in the .cfg (`F(0) = 1`): a table.
    std::vector<Value> vals;
    for (const auto& a : e.args) vals.push_back(eval(*a, env));
    return pointwise(d, *v, vals, e.range);
  }
  fail(e.range, "constant '" + d.name + "' has no value (give it one in the .cfg)");
}

Value Engine::pointwise(const Decl& d, const Value& table, const std::vector<Value>& args,
                        const SourceRange& at) const {
  Value key = args.size() == 1 ? args[0] : Value::tuple(args);
  if (auto r = table.apply(key)) return *r;
  fail(at, "the .cfg gives no value of " + d.name + " for " + key.toString());
}

Value Engine::callOperator(const Expr& opExpr, const Env& env, const std::vector<Value>& args,
                           const SourceRange& at) {
  Nested nested(*this, opExpr);
  ArgList as(args.size());
  for (size_t i = 0; i < args.size(); ++i) as[i].value = args[i];
  if (opExpr.kind == ExprKind::Lambda) {
    if (opExpr.params.size() != args.size()) fail(at, "LAMBDA applied to the wrong number of arguments");
    // LAMBDA parameters are bound variables (the resolver gave them ids).
    Frames frames(args.size());
    const Env* cur = &env;
    for (size_t i = 0; i < args.size(); ++i) {
      frames[i].kind = Env::Kind::Bound;
      frames[i].parent = cur;
      frames[i].boundId = opExpr.boundIds[i];
      frames[i].value = args[i];
      cur = &frames[i];
    }
    return eval(*opExpr.args[0], *cur);
  }
  if (opExpr.kind != ExprKind::OpApp) fail(at, "not an operator");
  switch (opExpr.ref.kind) {
    case RefKind::Param: {
      const Arg* a = findParam(opExpr.ref.def, opExpr.ref.paramIndex, env);
      if (a == nullptr || a->expr == nullptr) fail(at, "operator parameter has no value");
      return callOperator(*a->expr, *a->env, args, at);
    }
    case RefKind::Definition: {
      const OpDef& def = *opExpr.ref.def;
      if (NativeFn fn = nativeFor(def)) {
        return atLocation(*this, at, [&] { return fn(*this, args, at); });
      }
      if (!def.body) fail(at, "'" + def.name + "' has no value");
      Expr call(ExprKind::OpApp, at);
      call.name = def.name;
      call.ref = opExpr.ref;
      call.path = opExpr.path;
      Frames frames;
      frames.reserve(2 * call.ref.instances.size() + 2);
      const Env& benv = bodyEnv(call, def, env, as, frames);
      return eval(*def.body, benv);
    }
    case RefKind::Constant: {
      // An operator constant substituted again by an enclosing instantiation (Sailfish's Leader,
      // itself substituted by TLCSailfish1's Leader definition).
      if (Substitution sub = substitutionOf(opExpr.ref.decl, env); sub.expr != nullptr) {
        noteSubstitution(sub);
        return callOperator(*sub.expr, *sub.env, args, at);
      }
      const OpDef* op = model_.constantOperator(opExpr.ref.decl);
      if (op == nullptr) {
        const Value* table = model_.constantValue(opExpr.ref.decl);
        if (table == nullptr)
          fail(at, "operator constant '" + opExpr.name + "' has no definition in the .cfg");
        return pointwise(*opExpr.ref.decl, *table, args, at);
      }
      Frames frames;
      frames.reserve(2);
      Expr call(ExprKind::OpApp, at);
      const Env& benv = bodyEnv(call, *op, env, as, frames);
      return eval(*op->body, benv);
    }
    case RefKind::BuiltIn: {
      Expr call(ExprKind::OpApp, at);
      call.name = opExpr.name;
      call.ref = opExpr.ref;
      call.syntax = frontend::OpSyntax::Infix;
      Frames frames(args.size());
      // Built-ins take expressions: wrap values as bound variables.
      const Env* cur = &env;
      for (size_t i = 0; i < args.size(); ++i) {
        auto ref = std::make_shared<Expr>(ExprKind::OpApp, at);
        ref->ref.kind = RefKind::BoundVar;
        ref->ref.boundId = 0xFFFFFF00u + static_cast<uint32_t>(i);
        frames[i].kind = Env::Kind::Bound;
        frames[i].parent = cur;
        frames[i].boundId = ref->ref.boundId;
        frames[i].value = args[i];
        cur = &frames[i];
        call.args.push_back(ref);
      }
      return builtin(call, *cur);
    }
    default: fail(at, "not an operator");
  }
}

Value Engine::evalOpApp(const Expr& e, const Env& env) {
  switch (e.ref.kind) {
    case RefKind::BuiltIn: return builtin(e, env);
    case RefKind::BoundVar:
      for (const Env* f = &env; f != nullptr; f = f->parent) {
        if (f->kind == Env::Kind::Bound && f->boundId == e.ref.boundId) {
          f->read = true;
          return f->value;
        }
      }
      fail(e.range, "bound variable '" + e.name + "' has no value");
    case RefKind::Param: {
      const Arg* a = findParam(e.ref.def, e.ref.paramIndex, env);
      if (a == nullptr) fail(e.range, "parameter '" + e.name + "' has no value");
      if (e.args.empty()) return evalArg(*a);
      std::vector<Value> vals;
      for (const auto& x : e.args) vals.push_back(eval(*x, env));
      if (a->value && a->value->kind() == Value::Kind::Closure) {
        return atLocation(*this, e.range, [&] { return a->value->asClosure().call(vals); });
      }
      return callOperator(*a->expr, *a->env, vals, e.range);
    }
    case RefKind::Definition: {
      if (e.args.empty() && !e.ref.def->params.empty()) {
        // An operator used as a value (passed to a native such as SelectSeq).
        auto c = std::make_shared<OperatorClosure>();
        c->engine = this;
        c->opExpr = &e;
        c->env = &env;
        c->n = static_cast<int>(e.ref.def->params.size());
        return Value::closure(c);
      }
      return callDefinition(e, *e.ref.def, env);
    }
    case RefKind::Constant: return constant(e, *e.ref.decl, env);
    case RefKind::Variable: return variable(e, *e.ref.decl, env);
    case RefKind::Selector: {
      const Expr& cur = selected(e);
      const OpDef& def = *e.ref.def;
      ArgList args;
      Frames frames;
      frames.reserve(2 * e.ref.instances.size() + 2);
      const Env& benv = bodyEnv(e, def, env, args, frames);
      return eval(cur, benv);
    }
    case RefKind::Unresolved: break;
  }
  fail(e.range, "'" + e.name + "' is not resolved");
}

namespace {
const Expr* findLabel(const Expr& e, const std::string& name) {
  if (e.kind == ExprKind::Label && e.text == name) return &e;
  for (const auto& a : e.args) {
    if (!a) continue;
    if (const Expr* f = findLabel(*a, name)) return f;
  }
  return nullptr;
}
}  // namespace

const Expr& Engine::selected(const Expr& e) const {
  // `Op!1!2`: the n-th item of a junction list, or the n-th operand, along the path.
  const OpDef& def = *e.ref.def;
  if (!def.body) fail(e.range, "'" + def.name + "' has no body to select from");
  std::vector<std::string> steps;
  bool afterDef = false;
  for (const auto& seg : e.path) {
    if (afterDef) steps.push_back(seg.name);
    afterDef = afterDef || seg.name == def.name;
  }
  steps.push_back(e.name);
  const Expr* cur = def.body.get();
  for (const auto& st : steps) {
    if (st == ":") {  // `Thm!:`: the statement or body itself, inside its label if any
      if (cur->kind == ExprKind::Label) cur = cur->args[0].get();
      continue;
    }
    if (!st.empty() && !std::isdigit(static_cast<unsigned char>(st[0]))) {
      // `Op!lab`: the expression labelled lab (the first one, depth first).
      const Expr* found = findLabel(*cur, st);
      if (found == nullptr) fail(e.range, "'" + def.name + "' has no label '" + st + "'");
      cur = found->args[0].get();
      continue;
    }
    if (st.empty()) {
      fail(e.range, "selector '!" + st + "' is not supported (only numbers, labels and ':' are)");
    }
    size_t n = std::stoul(st);
    if (n == 0 || n > cur->args.size()) fail(e.range, "selector '!" + st + "' is out of range");
    cur = cur->args[n - 1].get();
  }
  return *cur;
}

bool Engine::overridden(const Expr& e) const {
  // A reference through a named instance (`CC!Op` with CC == INSTANCE M) names the instance's
  // own copy of the definition, which an unscoped replacement in the .cfg does not replace: as
  // in TLC, where `Op <- MyOp` with MyOp calling CC!Op means the original Op, not MyOp again.
  // A replacement scoped to the module (`Op = [M]v`) applies to every copy.
  for (const auto& st : e.ref.instances) {
    if (st.def != nullptr) return e.ref.def != nullptr && model_.overrideScoped(e.ref.def);
  }
  return true;
}

}  // namespace vouch::refinement
