// Enumerating the states an action allows, by TLC's convention: conjuncts are taken left to
// right; the first `x' = e` or `x' \in S` met for an unassigned x' assigns it, later ones test;
// disjunctions and \E branch. In Init the same holds for unprimed variables.

#include "enumerate.hpp"

namespace vouch::refinement {

Enumerator::Enumerator(Engine& engine, bool initMode) : en_(engine), initMode_(initMode) {
  // The buffers of finished enumerators are reused: one enumeration per successor call.
  if (!en_.spareStates_.empty()) {
    next_ = std::move(en_.spareStates_.back());
    en_.spareStates_.pop_back();
    assigned_ = std::move(en_.spareFlags_.back());
    en_.spareFlags_.pop_back();
  }
  size_t n = engine.model_.variables().size();
  next_.assign(n, Value());
  assigned_.assign(n, 0);
}

Enumerator::~Enumerator() {
  if (en_.spareStates_.size() < 8) {
    en_.spareStates_.push_back(std::move(next_));
    en_.spareFlags_.push_back(std::move(assigned_));
  }
}

const Expr* Enumerator::aliasBody(const Expr& e) const {
  // A module-level definition without parameters, reached directly and not replaced by the
  // .cfg: TLC looks through it for the variable an `=` or `\in` assigns (`a == x'` makes
  // `a = e` assign x'; `c == x` makes `c' = e` assign x').
  if (e.kind != ExprKind::OpApp || e.ref.kind != RefKind::Definition || !e.args.empty() ||
      !e.ref.instances.empty()) {
    return nullptr;
  }
  const OpDef& def = *e.ref.def;
  if (!def.params.empty() || !def.body || def.inLet.load() || def.module == nullptr) return nullptr;
  const Value* given = nullptr;
  if (en_.replacement(e, def, &given) != &def) return nullptr;
  return def.body.get();
}

bool Enumerator::instanceAlias(const Expr& e) const {
  return e.kind == ExprKind::OpApp && e.ref.kind == RefKind::Definition && e.args.empty() &&
         !e.ref.instances.empty() && e.ref.def->params.empty() && e.ref.def->body &&
         en_.nativeFor(*e.ref.def) == nullptr;
}

int Enumerator::underInstance(const Expr& e, const Env& env,
                              FnRef<int(const Expr&, const Env&)> then) const {
  const Value* given = nullptr;
  if (en_.replacement(e, *e.ref.def, &given) != e.ref.def) return -1;  // replaced in the .cfg
  ArgList args;
  Frames frames;
  frames.reserve(2 * e.ref.instances.size() + 2);
  return then(*e.ref.def->body, en_.bodyEnv(e, *e.ref.def, env, args, frames));
}

// Finds the assignable state variable an expression denotes: `x'` (or `x` in Init) for a
// variable of the model not replaced by an instance substitution.
int Enumerator::assignableSlot(const Expr& e, const Env& env) const {
  if (const Expr* body = aliasBody(e); body != nullptr && !initMode_)
    return assignableSlot(*body, env);
  if (e.kind == ExprKind::OpApp && e.ref.kind == RefKind::Definition && e.args.empty() &&
      e.ref.instances.empty() && e.ref.def->inLet.load() && e.ref.def->params.empty() &&
      e.ref.def->body && letScopeOf(*e.ref.def, env) != nullptr) {
    // A LET definition naming what is assigned (`LET b == a IN b \in S` with a bound to x or
    // x'; TLC's GitHub issue 798): its body, where the LET is.
    return assignableSlot(*e.ref.def->body, env);
  }
  if (e.kind == ExprKind::Let && e.args.size() == 1) {
    // `(LET y == x' IN y) = e` (TLC's GitHub issue 725): the LET's body, in its scope.
    Env let;
    let.kind = Env::Kind::Let;
    let.parent = &env;
    let.let = &e;
    return assignableSlot(*e.args[0], let);
  }
  if (instanceAlias(e)) {
    // `I!F \in S` with F == x' in the instantiated module (TLC's GitHub issue 725).
    return underInstance(
        e, env, [&](const Expr& body, const Env& benv) { return assignableSlot(body, benv); });
  }
  if (e.kind == ExprKind::OpApp && e.ref.kind == RefKind::Param && e.args.empty()) {
    // A parameter bound to `x'` (Send(p, d, memInt, memInt') with `newMemInt = ...` inside).
    const Arg* a = en_.findParam(e.ref.def, e.ref.paramIndex, env);
    if (a != nullptr && a->expr != nullptr && !a->value) return assignableSlot(*a->expr, *a->env);
    return -1;
  }
  const Expr* v = &e;
  const Env* venv = &env;
  if (!initMode_) {
    if (e.kind != ExprKind::OpApp || e.ref.kind != RefKind::BuiltIn || builtinOp(e) != kPrime) {
      return -1;
    }
    v = e.args[0].get();
    // `q'` with the parameter q bound to a variable (Lose(q) == ... q' = ..., called as
    // Lose(msgQ)): the variable is assigned.
    for (int depth = 0; depth < 64 && v->kind == ExprKind::OpApp && v->ref.kind == RefKind::Param &&
                        v->args.empty();
         ++depth) {
      const Arg* a = en_.findParam(v->ref.def, v->ref.paramIndex, *venv);
      if (a == nullptr || a->expr == nullptr) return -1;
      v = a->expr;
      venv = a->env;
    }
  }
  return variableSlot(*v, *venv, 0);
}

// The model's slot of variable reference `v` in `env`, following instance substitutions that
// replace it by another variable (`INSTANCE M` imports substitute x <- x); -2 when it is
// replaced by another expression (evaluate it instead), -1 when `v` is not a variable.
int Enumerator::variableSlot(const Expr& v, const Env& env, int depth) const {
  if (const Expr* body = aliasBody(v); body != nullptr && depth < 64) {
    return variableSlot(*body, env, depth + 1);  // `c == x`: c' = e assigns x', as in TLC
  }
  if (instanceAlias(v) && depth < 64) {
    // `(I!F)' = e` with F == x in the instantiated module.
    return underInstance(v, env, [&](const Expr& body, const Env& benv) {
      return variableSlot(body, benv, depth + 1);
    });
  }
  if (v.kind != ExprKind::OpApp || v.ref.kind != RefKind::Variable || !v.args.empty()) return -1;
  Substitution sub = substitutionOf(v.ref.decl, env);
  if (sub.expr == nullptr) return en_.model_.slotOf(v.ref.decl);
  if (int fresh = freshSlot(&fresh_, v.ref.decl, sub); fresh >= 0) return fresh;
  const Expr& x = *sub.expr;
  if (depth < 64 && x.kind == ExprKind::OpApp && x.ref.kind == RefKind::Variable &&
      x.args.empty()) {
    return variableSlot(x, *sub.env, depth + 1);
  }
  return -2;
}

void Enumerator::withState(FnRef<void()> body) {
  StateCtx saved = en_.ctx;
  if (initMode_) {
    en_.ctx.current = &next_;
    en_.ctx.next = nullptr;
    en_.ctx.initMode = true;
  } else {
    en_.ctx.current = current_;
    en_.ctx.next = &next_;
    en_.ctx.initMode = false;
  }
  en_.ctx.assigned = &assigned_;
  en_.ctx.primed = false;
  en_.ctx.fresh = fresh_.empty() ? nullptr : &fresh_;
  try {
    body();
  } catch (...) {
    en_.ctx = saved;
    throw;
  }
  en_.ctx = saved;
}

bool Enumerator::test(const Expr& e, const Env& env) {
  bool r = false;
  withState([&] { r = en_.evalBool(e, env); });
  return r;
}

Value Enumerator::value(const Expr& e, const Env& env) {
  Value r;
  withState([&] { r = en_.eval(e, env); });
  return r;
}

void Enumerator::assign(int slot, const Value& v, const Cont& k) {
  auto s = static_cast<size_t>(slot);
  if (assigned_[s]) {
    if (next_[s] == v) k();
    return;
  }
  next_[s] = v;
  assigned_[s] = 1;
  k();
  assigned_[s] = 0;
}

bool Enumerator::allAssigned() const {
  for (char a : assigned_) {
    if (!a) return false;
  }
  return true;
}

void Enumerator::conj(const std::vector<frontend::ExprPtr>& items, size_t i, const Env& env,
                      const Cont& k) {
  if (i == items.size()) {
    k();
    return;
  }
  if (initMode_ && i > 0 && allAssigned()) {
    // As TLC: once an initial state is complete, the conjuncts left are only evaluated (a
    // disjunction among them no longer branches, so no duplicate initial states).
    for (size_t j = i; j < items.size(); ++j) {
      if (!test(*items[j], env)) return;
    }
    k();
    return;
  }
  run(*items[i], env, [&] { conj(items, i + 1, env, k); });
}

void Enumerator::forAll(const Expr& e,
                        const std::vector<SmallVec<std::pair<uint32_t, Value>>>& bindings, size_t i,
                        const Env& env, const Cont& k) {
  if (i == bindings.size()) {
    k();
    return;
  }
  bool evaluateOnly = initMode_ && i > 0 && allAssigned();  // as in conj()
  const auto& b = bindings[i];
  Frames frames(b.size());
  const Env* cur = &env;
  for (size_t j = b.size(); j > 0; --j) {  // outermost binder first
    Env& f = frames[j - 1];
    f.kind = Env::Kind::Bound;
    f.parent = cur;
    f.boundId = b[j - 1].first;
    f.value = b[j - 1].second;
    cur = &f;
  }
  if (evaluateOnly) {
    if (test(*e.args[0], *cur)) forAll(e, bindings, i + 1, env, k);
    return;
  }
  run(*e.args[0], *cur, [&] { forAll(e, bindings, i + 1, env, k); });
}

void Enumerator::unchangedFrom(const Expr& tuple, size_t i, const Env& env, const Cont& k) {
  if (i == tuple.args.size()) {
    k();
    return;
  }
  unchanged(*tuple.args[i], env, [&] { unchangedFrom(tuple, i + 1, env, k); });
}

void Enumerator::unchanged(const Expr& e, const Env& env, const Cont& k) {
  // UNCHANGED <<x, y>>, UNCHANGED vars (a definition), UNCHANGED x.
  if (e.kind == ExprKind::Tuple) {
    unchangedFrom(e, 0, env, k);
    return;
  }
  if (e.kind == ExprKind::OpApp && e.ref.kind == RefKind::Param && e.args.empty()) {
    // UNCHANGED q with q bound to an expression: UNCHANGED of that expression.
    const Arg* a = en_.findParam(e.ref.def, e.ref.paramIndex, env);
    if (a != nullptr && a->expr != nullptr) {
      unchanged(*a->expr, *a->env, k);
      return;
    }
  }
  if (e.kind == ExprKind::OpApp && e.ref.kind == RefKind::Variable && e.args.empty() && !initMode_) {
    int slot = variableSlot(e, env, 0);
    if (slot >= 0) {
      auto s = static_cast<size_t>(slot);
      assign(slot, s < current_->size() ? (*current_)[s] : value(e, env), k);
      return;
    }
    // Replaced by an instance substitution (INSTANCE Stuttering with vars <- <<pc, lock>>):
    // UNCHANGED of what replaces it, where the substitution was written.
    if (Substitution sub = substitutionOf(e.ref.decl, env); sub.expr != nullptr) {
      unchanged(*sub.expr, *sub.env, k);
      return;
    }
  }
  if (e.kind == ExprKind::OpApp && e.ref.kind == RefKind::Definition && e.args.empty() &&
      e.ref.def->body && en_.nativeFor(*e.ref.def) == nullptr) {
    ArgList args;
    Frames frames;
    frames.reserve(2 * e.ref.instances.size() + 2);
    const Env& benv = en_.bodyEnv(e, *e.ref.def, env, args, frames);
    unchanged(*e.ref.def->body, benv, k);
    return;
  }
  // Anything else: compare the values.
  Value now;
  Value then;
  withState([&] {
    now = en_.eval(e, env);
    en_.ctx.primed = true;
    then = en_.eval(e, env);
    en_.ctx.primed = false;
  });
  if (now == then) k();
}

void Enumerator::run(const Expr& e, const Env& env, const Cont& k) {
  Engine::Nested nested(en_, e);
  switch (e.kind) {
    case ExprKind::Junction:
      if (e.text[0] == 'a') {  // "and" or "or"
        conj(e.args, 0, env, k);
      } else if (e.args.size() == 1 || branch()) {
        for (const auto& a : e.args) {
          if (stopped_) return;
          run(*a, env, k);
        }
      }
      return;
    case ExprKind::Label: run(*e.args[0], env, k); return;
    case ExprKind::If:
      if (test(*e.args[0], env)) {
        run(*e.args[1], env, k);
      } else {
        run(*e.args[2], env, k);
      }
      return;
    case ExprKind::Case: {
      size_t arms = e.args.size() - (e.hasOther ? 1 : 0);
      for (size_t i = 0; i + 1 < arms; i += 2) {
        if (test(*e.args[i], env)) {
          run(*e.args[i + 1], env, k);
          return;
        }
      }
      if (e.hasOther) {
        run(*e.args.back(), env, k);
        return;
      }
      en_.fail(e.range, "no CASE arm applies and there is no OTHER");
    }
    case ExprKind::Let: {
      Env f;
      f.kind = Env::Kind::Let;
      f.parent = &env;
      f.let = &e;
      LetCache cache;
      f.letCache = &cache;
      run(*e.args[0], f, k);
      return;
    }
    case ExprKind::Quant:
      if (e.text == "\\E"sv) {
        // The bound sets are evaluated in the state context; each branch is enumerated.
        if (!branch()) return;
        // A binding whose body reaches no successor without reading the bound variables
        // stands for their other values (Engine::forEachRelevantBinding): trace validation's
        // `\E i, j \in Server : \E b, e \in ... : AppendEntriesIfLogged(i, j, <<b, e>>)`
        // tries b and e only for the logged i and j.
        withState([&] {
          en_.forEachRelevantBinding(e, env, [&](const Env& inner) {
            bool reached = false;
            run(*e.args[0], inner, [&] {
              reached = true;
              k();
            });
            if (stopped_) return Engine::Bound::Stop;
            return reached ? Engine::Bound::Next : Engine::Bound::Nothing;
          });
        });
        return;
      }
      if (e.text == "\\A"sv && !e.bounds.empty()) {
        // As TLC: a conjunction of the body's instances, so that a disjunction or \E inside
        // branches (and an assignment inside assigns).
        std::vector<SmallVec<std::pair<uint32_t, Value>>> bindings;
        withState([&] {
          en_.forEachBinding(e, env, [&](const Env& inner) {
            SmallVec<std::pair<uint32_t, Value>> b;
            for (const Env* f = &inner; f != &env && f != nullptr; f = f->parent) {
              b.emplace_back(f->boundId, f->value);
            }
            bindings.push_back(std::move(b));
            return true;
          });
        });
        forAll(e, bindings, 0, env, k);
        return;
      }
      break;
    case ExprKind::FuncApp:
      if (en_.isFunctionDefApp(e)) {
        // As TLC: f[x] of a function definition f[y \in S] == body enumerates body with y = x
        // (SafeAt's LET SA[bb \in Ballot] == \/ ... branches).
        Value key;
        withState([&] {
          if (e.args.size() == 2) {
            key = en_.eval(*e.args[1], env);
          } else {
            std::vector<Value> comps;
            for (size_t i = 1; i < e.args.size(); ++i) comps.push_back(en_.eval(*e.args[i], env));
            key = Value::tuple(std::move(comps));
          }
        });
        withState([&] {
          en_.applyFunctionDef(e, env, key,
                               [&](const Expr& body, const Env& benv) { run(body, benv, k); });
        });
        return;
      }
      break;
    case ExprKind::BoxAction:  // [A]_v == A \/ UNCHANGED v
      if (!branch()) return;
      run(*e.args[0], env, k);
      if (stopped_) return;
      unchanged(*e.args[1], env, k);
      return;
    case ExprKind::AngleAction: {  // <<A>>_v == A /\ v' # v
      const Expr& v = *e.args[1];
      run(*e.args[0], env, [&] {
        bool changed = false;
        withState([&] {
          Value now = en_.eval(v, env);
          en_.ctx.primed = true;
          changed = en_.eval(v, env) != now;
        });
        if (changed) k();
      });
      return;
    }
    case ExprKind::OpApp: {
      if (e.ref.kind == RefKind::BuiltIn) {
        const int32_t n = builtinOp(e);
        if (n == kAnd) {
          conj(e.args, 0, env, k);
          return;
        }
        if (n == kOr) {
          if (!branch()) return;
          run(*e.args[0], env, k);
          if (stopped_) return;
          run(*e.args[1], env, k);
          return;
        }
        if (n == kEq) {
          int slot = assignableSlot(*e.args[0], env);
          if (slot >= 0 && !assigned_[static_cast<size_t>(slot)]) {
            assign(slot, value(*e.args[1], env), k);
            return;
          }
        } else if (n == kIn || n == kSubseteq) {
          // x' \in S assigns each element of S; x' \subseteq S each subset of S, as TLC does.
          int slot = assignableSlot(*e.args[0], env);
          if (slot >= 0 && !assigned_[static_cast<size_t>(slot)]) {
            Value s = value(*e.args[1], env);
            if (n == kSubseteq) {
              if (!s.isSetLike())
                en_.fail(e.args[1]->range, "\\subseteq of a non-set " + s.toString());
              auto subsets = std::make_shared<LazyNode>();
              subsets->form = LazyNode::Form::Subset;
              subsets->sets = {s};
              s = Value::lazy(subsets);
            }
            std::vector<Value> choices;
            withState(
                [&] { choices = atLocation(en_, e.args[1]->range, [&] { return s.elements(); }); });
            if (choices.size() > 1 && shareWorkers_ > 1 && !branched_) {
              // The shared branching: every workers-th element, tagged with its index.
              branched_ = true;
              for (size_t i = shareWorker_; i < choices.size(); i += shareWorkers_) {
                tag_ = static_cast<int64_t>(i);
                assign(slot, choices[i], k);
              }
              return;
            }
            if (choices.size() > 1 && !branch()) return;
            for (const auto& v : choices) {
              if (stopped_) return;
              assign(slot, v, k);
            }
            return;
          }
        } else if (n == kImplies) {
          // As TLC: P => A is A where P holds, and true otherwise.
          if (test(*e.args[0], env)) {
            run(*e.args[1], env, k);
          } else {
            k();
          }
          return;
        } else if (n == kUnchanged) {
          unchanged(*e.args[0], env, k);
          return;
        } else if (n == kCdot && !initMode_) {
          // A \cdot B: B enumerated from each state A leads to (B's unprimed variables are
          // that state's), as TLC does.
          // TLC counts the middle states as generated, those of an outermost \cdot only.
          bool outermost = en_.composing_ == 0;
          ++en_.composing_;
          const State* saved = current_;
          try {
            std::vector<State> middle = middleStates(*e.args[0], env);
            if (outermost) en_.composedStates_ += middle.size();
            for (const State& mid : middle) {
              current_ = &mid;
              run(*e.args[1], env, k);
            }
          } catch (...) {
            current_ = saved;
            --en_.composing_;
            throw;
          }
          current_ = saved;
          --en_.composing_;
          return;
        } else if (n == kTrue) {
          k();
          return;
        } else if (n == kFalse) {
          return;
        }
        break;
      }
      bool overridden = en_.overridden(e);
      if (e.ref.kind == RefKind::Definition &&
          (!overridden || en_.model_.overrideValue(e.ref.def) == nullptr)) {
        // The .cfg may replace the definition by another one (`Init <- TraceInit`).
        const OpDef* over = overridden ? en_.model_.overrideOperator(e.ref.def) : nullptr;
        const OpDef& def = over != nullptr ? *over : *e.ref.def;
        bool native = en_.nativeFor(def) != nullptr;
        // The call's level includes its arguments': an operator is an action when an action is
        // passed to it (ReceivedMessage(LAMBDA m : Handle(m))).
        frontend::Level level = std::max(e.level, def.level);
        // Like TLC, every definition is entered except a constant without parameters (TLC
        // evaluates those once, up front): a state predicate's disjunction branches too, so
        // the generated-state counts are TLC's (TS == \/ canCommit /\ ... with both disjuncts
        // of canCommit true generates its successor twice, as in TLC).
        bool entered = level >= frontend::Level::State || !def.params.empty();
        if (def.body && !def.isFunction && !native && entered) {
          // Enumerate its body with the arguments bound by name.
          static const Expr plain(ExprKind::OpApp, {});  // an override target has no instances
          const Expr& site = over != nullptr ? plain : e;
          ArgList args;
          withState([&] { en_.makeArgs(e.args, env, &def.params, args); });
          Frames frames;
          frames.reserve(2 * site.ref.instances.size() + 2);
          const Env& benv = en_.bodyEnv(site, def, env, args, frames);
          run(*def.body, benv, k);
          return;
        }
      }
      if (e.ref.kind == RefKind::Constant && !e.args.empty()) {
        // An operator constant the .cfg replaces by a definition (Send <- MCSend): enumerate its
        // body, which may assign primed variables passed to it.
        // The same for one an instance substitutes by the name of a definition (INSTANCE M
        // with XAct <- XAct, the outer module's XAct(i, x, x') == x' = x).
        // Substitutions are followed through (N == INSTANCE Nano substitutes CalculateHash by
        // the outer CalculateHash, which the .cfg replaces).
        static const Expr plain(ExprKind::OpApp, {});
        const Decl* decl = e.ref.decl;
        const Env* scope = &env;
        const OpDef* op = nullptr;
        const Expr* site = &plain;
        const Env* defEnv = &env;
        for (int depth = 0; depth < 64; ++depth) {
          Substitution found = substitutionOf(decl, *scope);
          const Expr* sub = found.expr;
          const Env* outer = found.env;
          en_.noteSubstitution(found);
          if (sub == nullptr) {
            op = en_.model_.constantOperator(decl);
            defEnv = scope;
            break;
          }
          bool bare = sub->kind == ExprKind::OpApp && sub->args.empty();
          if (bare && sub->ref.kind == RefKind::Definition) {
            op = sub->ref.def;
            site = sub;
            defEnv = outer;
            break;
          }
          if (!bare || sub->ref.kind != RefKind::Constant) break;
          decl = sub->ref.decl;
          scope = outer;
        }
        if (op != nullptr && op->body && !op->isFunction && op->params.size() == e.args.size() &&
            en_.nativeFor(*op) == nullptr) {
          ArgList args;
          withState([&] { en_.makeArgs(e.args, env, &op->params, args); });
          Frames frames;
          frames.reserve(2 * site->ref.instances.size() + 2);
          const Env& benv = en_.bodyEnv(*site, *op, *defEnv, args, frames);
          run(*op->body, benv, k);
          return;
        }
      }
      if (e.ref.kind == RefKind::Selector && e.args.empty()) {
        // Init!1: the selected part of a definition's body, enumerated (it may assign).
        const Expr& part = en_.selected(e);
        ArgList args;
        Frames frames;
        frames.reserve(2 * e.ref.instances.size() + 2);
        const Env& benv = en_.bodyEnv(e, *e.ref.def, env, args, frames);
        run(part, benv, k);
        return;
      }
      if (e.ref.kind == RefKind::Param && e.args.empty()) {
        const Arg* a = en_.findParam(e.ref.def, e.ref.paramIndex, env);
        if (a != nullptr && a->expr != nullptr && !a->value) {
          run(*a->expr, *a->env, k);
          return;
        }
      }
      if (e.ref.kind == RefKind::Param && !e.args.empty()) {
        // A higher-order parameter applied: the operator passed may be an action (a LAMBDA or
        // an operator name), so enumerate its body rather than evaluate it.
        const Arg* a = en_.findParam(e.ref.def, e.ref.paramIndex, env);
        if (a != nullptr && a->expr != nullptr && !a->value) {
          const Expr& op = *a->expr;
          if (op.kind == ExprKind::Lambda && op.params.size() == e.args.size()) {
            Frames binds(e.args.size());
            const Env* cur = a->env;
            for (size_t i = 0; i < e.args.size(); ++i) {
              binds[i].kind = Env::Kind::Bound;
              binds[i].parent = cur;
              binds[i].boundId = op.boundIds[i];
              binds[i].value = value(*e.args[i], env);
              cur = &binds[i];
            }
            run(*op.args[0], *cur, k);
            return;
          }
          if (op.kind == ExprKind::OpApp && op.ref.kind == RefKind::Definition && op.args.empty() &&
              op.ref.def->body && en_.nativeFor(*op.ref.def) == nullptr) {
            const OpDef& def = *op.ref.def;
            ArgList args;
            withState([&] { en_.makeArgs(e.args, env, &def.params, args); });
            Frames frames;
            frames.reserve(2 * op.ref.instances.size() + 2);
            const Env& benv = en_.bodyEnv(op, def, *a->env, args, frames);
            run(*def.body, benv, k);
            return;
          }
        }
      }
      break;
    }
    default: break;
  }
  if (test(e, env)) k();
}

void Enumerator::enumerate(const Expr& action, const State* current,
                           const std::function<void(State&&)>& emit) {
  static const Env root;
  enumerate(action, root, current, emit);
}

void Enumerator::enumerate(const Expr& action, const Env& env, const State* current,
                           const std::function<void(State&&)>& emit) {
  current_ = current;
  saved_ = en_.ctx;
  run(action, env, [&] {
    for (size_t i = 0; i < assigned_.size(); ++i) {
      if (!assigned_[i]) {
        const Decl* d = en_.model_.variables()[i];
        en_.fail(action.range, std::string(initMode_ ? "the initial predicate" : "the next-state action") +
                                   " does not determine the value of " + d->name +
                                   (initMode_ ? "" : "'") + " in some state");
      }
    }
    if (shareWorkers_ > 1 && shareWorker_ != 0 && tag_ < 0) return;  // worker 0's
    State s = next_;
    emit(std::move(s));
  });
}

std::vector<State> Enumerator::middleStates(const Expr& action, const Env& env) {
  // As TLC: the variables assigned before `A \cdot B` keep their current values in the middle
  // state; A assigns the others.
  std::vector<State> out;
  Enumerator inner(en_, false);
  inner.current_ = current_;
  inner.saved_ = en_.ctx;
  for (size_t i = 0; i < assigned_.size(); ++i) {
    if (assigned_[i]) {
      inner.next_[i] = (*current_)[i];
      inner.assigned_[i] = 1;
    }
  }
  inner.run(action, env, [&] {
    if (!inner.allAssigned()) {
      en_.fail(action.range,
               "the first action of \\cdot does not determine every variable's value");
    }
    out.push_back(inner.next_);
  });
  return out;
}

bool Engine::composed(const Expr& e, const Env& env) {
  if (ctx.current == nullptr || ctx.next == nullptr) {
    fail(e.range, "\\cdot (action composition) needs a step: a state and its successor");
  }
  StateCtx saved = ctx;
  Enumerator en(*this, false);
  en.current_ = ctx.current;
  en.saved_ = ctx;
  std::vector<State> middle;
  try {
    middle = en.middleStates(*e.args[0], env);
    for (const State& mid : middle) {
      ctx = saved;
      ctx.current = &mid;
      ctx.primed = false;
      if (evalBool(*e.args[1], env)) {
        ctx = saved;
        return true;
      }
    }
  } catch (...) {
    ctx = saved;
    throw;
  }
  ctx = saved;
  return false;
}

// ENABLED A inside an instantiated module (`I!F` with `F == ENABLED A`, a fairness condition of
// `I!Spec`) asks whether A has a step in the instantiated module's terms: its variables take
// primed values of their own, and only the unprimed ones stand for what the instantiation
// substitutes. With `x <- z, y <- z`, `ENABLED (x' = 0 /\ y' = 1)` is TRUE (Specifying Systems,
// section 17.8), and with `x <- y \div 2` an abstract step is enabled whether or not a concrete
// step implements it. An instantiation that substitutes distinct variables for its variables
// only renames them: the primes of those variables give the same answer, and are kept.
void Enumerator::freshenInstanceVariables(const Env& env) {
  const size_t n = en_.model_.variables().size();
  for (const Env* f = &env; f != nullptr; f = f->parent) {
    if (f->kind != Env::Kind::Subst) continue;
    const auto& decls = f->inst->substitutedDecls;
    std::vector<const frontend::Decl*> targets;
    bool renames = true;
    for (size_t i = 0; i < decls.size() && renames; ++i) {
      if (decls[i]->kind != frontend::Decl::Kind::Variable) continue;
      const Expr& x = *f->inst->substitutions[i].value;
      renames = plainName(x) && x.ref.kind == RefKind::Variable &&
                std::find(targets.begin(), targets.end(), x.ref.decl) == targets.end();
      targets.push_back(x.ref.decl);
    }
    if (renames) continue;
    for (const frontend::Decl* d : decls) {
      if (d->kind == frontend::Decl::Kind::Variable) {
        fresh_.push_back({f, d, static_cast<int>(n + fresh_.size())});
      }
    }
  }
  next_.resize(n + fresh_.size());
  assigned_.resize(n + fresh_.size(), 0);
}

bool Engine::enabled(const Expr& action, const Env& env) {
  if (ctx.current == nullptr) fail(action.range, "ENABLED needs a state");
  Enumerator en(*this, false);
  en.current_ = ctx.current;
  en.saved_ = ctx;
  en.freshenInstanceVariables(env);
  bool found = false;
  // The first successor ends the enumeration (branches not taken yet are skipped).
  en.run(action, env, [&] {
    found = true;
    en.stop();
  });
  ctx = en.saved_;
  return found;
}

// ---------------------------------------------------------------------------- Evaluator

Evaluator::Evaluator(const Model& model) : model_(model), engine_(std::make_unique<Engine>(model)) {}
Evaluator::~Evaluator() = default;

namespace {

// Evaluates `f` with the frames binding `bound` (outermost first) and the given states,
// restoring the engine's state context afterwards.
template <typename F>
auto withBindings(Engine& engine, const Evaluator::Bindings& bound, const Evaluator::Params& params,
                  const State* current, const State* next, F&& f) {
  static const Env root;
  Frames frames(bound.size() + params.size());
  std::vector<ArgList> args(params.size());
  std::vector<LetCache> lets(params.size());
  const Env* env = &root;
  for (size_t i = 0; i < bound.size(); ++i) {
    frames[i].kind = Env::Kind::Bound;
    frames[i].parent = env;
    frames[i].boundId = bound[i].first;
    frames[i].value = bound[i].second;
    env = &frames[i];
  }
  for (size_t i = 0; i < params.size(); ++i) {
    Env& p = frames[bound.size() + i];
    p.parent = env;
    if (params[i].let != nullptr) {
      p.kind = Env::Kind::Let;
      p.let = params[i].let;
      p.letCache = &lets[i];
    } else {
      for (const Value& v : params[i].args) args[i].emplace_back().value = v;
      p.kind = Env::Kind::Params;
      p.owner = params[i].op;
      p.args = &args[i];
    }
    env = &p;
  }
  StateCtx saved = engine.ctx;
  engine.ctx = StateCtx{};
  engine.ctx.current = current;
  engine.ctx.next = next;
  try {
    auto r = f(*env);
    engine.ctx = saved;
    return r;
  } catch (...) {
    engine.ctx = saved;
    throw;
  }
}

// Evaluates `e` with the given state context, restoring the engine's context afterwards.
Value evalWith(Engine& engine, const Expr& e, const State* current, const State* next) {
  return withBindings(engine, {}, {}, current, next,
                      [&](const Env& env) { return engine.eval(e, env); });
}

}  // namespace

Value Evaluator::eval(const Expr& e, const State* state) {
  return evalWith(*engine_, e, state, nullptr);
}

Value Evaluator::evalAction(const Expr& e, const State& current, const State& next) {
  return evalWith(*engine_, e, &current, &next);
}

bool Evaluator::evalBool(const Expr& e, const State* state) {
  Value v = eval(e, state);
  if (!v.isBool()) engine_->fail(e.range, "expected a boolean, but the value is " + v.toString());
  return v.asBool();
}

void Evaluator::initialStates(const Expr& init, const std::function<void(State&&)>& emit) {
  Enumerator en(*engine_, true);
  en.enumerate(init, nullptr, emit);
}

void Evaluator::initialStatesShared(const Expr& init, size_t worker, size_t workers,
                                    const std::function<void(int64_t, State&&)>& emit,
                                    int64_t& tagAtError) {
  Enumerator en(*engine_, true);
  en.shareAmong(worker, workers);
  try {
    en.enumerate(init, nullptr, [&](State&& s) { emit(en.tag(), std::move(s)); });
  } catch (...) {
    tagAtError = en.tag();
    throw;
  }
}

void Evaluator::successors(const Expr& next, const State& current,
                           const std::function<void(State&&)>& emit) {
  Enumerator en(*engine_, false);
  en.enumerate(next, &current, emit);
}

namespace {
// The frame binding the parameters of `action` to the values in `bound`.
Env paramsFrame(const OpDef& action, const std::vector<Value>& args, ArgList& bound) {
  bound.resize(args.size());
  for (size_t i = 0; i < args.size(); ++i) bound[i].value = args[i];
  Env params;
  params.kind = Env::Kind::Params;
  params.owner = &action;
  params.args = &bound;
  return params;
}
}  // namespace

void Evaluator::successors(const OpDef& action, const std::vector<Value>& args,
                           const State& current, const std::function<void(State&&)>& emit) {
  ArgList bound;
  Env params = paramsFrame(action, args, bound);
  Enumerator en(*engine_, false);
  en.enumerate(*action.body, params, &current, emit);
}

bool Evaluator::holdsStuttering(const OpDef& action, const std::vector<Value>& args,
                                const State& state) {
  ArgList bound;
  Env params = paramsFrame(action, args, bound);
  StateCtx saved = engine_->ctx;
  engine_->ctx = StateCtx{};
  engine_->ctx.current = &state;
  engine_->ctx.next = &state;
  try {
    bool r = engine_->evalBool(*action.body, params);
    engine_->ctx = saved;
    return r;
  } catch (...) {
    engine_->ctx = saved;
    throw;
  }
}

bool Evaluator::holds(const Expr& e, const Bindings& bound, const Params& params,
                      const State& state, const State* next) {
  return withBindings(*engine_, bound, params, &state, next,
                      [&](const Env& env) { return engine_->evalBool(e, env); });
}

Value Evaluator::evalConstant(const Expr& e, const Bindings& bound, const Params& params) {
  return withBindings(*engine_, bound, params, nullptr, nullptr,
                      [&](const Env& env) { return engine_->eval(e, env); });
}

void Evaluator::forEachBinding(const Expr& quant, const Bindings& outer, const Params& params,
                               const std::function<void(Bindings&&)>& each) {
  withBindings(*engine_, outer, params, nullptr, nullptr, [&](const Env& env) {
    return engine_->forEachBinding(quant, env, [&](const Env& inner) {
      Bindings b;
      for (const Env* f = &inner; f != &env; f = f->parent) b.emplace_back(f->boundId, f->value);
      std::reverse(b.begin(), b.end());
      b.insert(b.begin(), outer.begin(), outer.end());
      each(std::move(b));
      return true;
    });
  });
}

void Evaluator::setLevel(int64_t level) { engine_->level_ = level; }

void Evaluator::setQueue(int64_t queue) {
  engine_->queue_ = queue;
}

void Evaluator::setCounters(const uint64_t* distinct, const uint64_t* generated,
                            const uint64_t* diameter) {
  engine_->distinct_ = distinct;
  engine_->generated_ = generated;
  engine_->diameter_ = diameter;
}

void Evaluator::setConfig(bool checkDeadlock, size_t workers) {
  engine_->configDeadlock_ = checkDeadlock;
  engine_->configWorkers_ = static_cast<int64_t>(workers);
}

void Evaluator::setTraceSource(std::function<std::vector<State>(const State*)> source) {
  engine_->traceSource_ = std::move(source);
}

void Evaluator::copyRegisters(const Evaluator& other) {
  engine_->tlcRegisters_ = other.engine_->tlcRegisters_;
}

void Evaluator::setQuiet(bool quiet) {
  engine_->quiet_ = quiet;
}

bool Evaluator::exitRequested() const {
  return engine_->exit_;
}

uint64_t Evaluator::takeComposedStates() {
  uint64_t n = engine_->composedStates_;
  engine_->composedStates_ = 0;
  return n;
}

void Evaluator::setStats(uint64_t diameter, uint64_t distinct, uint64_t generated, uint64_t queue) {
  auto i = [](uint64_t v) { return Value::integer(static_cast<int64_t>(v)); };
  engine_->stats_ = Value::record({{"diameter", i(diameter)},
                                   {"distinct", i(distinct)},
                                   {"generated", i(generated)},
                                   {"queue", i(queue)},
                                   {"traces", i(0)}});
}

}  // namespace vouch::refinement
