// Built-in operators (logic, equality, sets, functions), quantifiers, CHOOSE, set and function
// constructors, EXCEPT.

#include <algorithm>
#include <unordered_map>

#include "eval_internal.hpp"

namespace vouch::refinement {

namespace {

Value lazySet(LazyNode::Form form, std::vector<Value> sets, std::vector<std::string> fields = {}) {
  auto n = std::make_shared<LazyNode>();
  n->form = form;
  n->sets = std::move(sets);
  n->fields = std::move(fields);
  return Value::lazy(n);
}

}  // namespace

// Whether the predicate `x` can be evaluated later, away from the environment the filter was
// evaluated in: it is constant- or state-level and depends, besides what it binds itself and
// module-level names, only on bound variables, parameters (used as values) and outer LET
// definitions without parameters, whose values are captured, and on the current state.
bool closedPredicate(const Expr& x, FreeNames& n) {
  if (x.kind == ExprKind::At || x.kind == ExprKind::Lambda || x.level > frontend::Level::State) {
    return false;
  }
  if (x.level == frontend::Level::State) n.state = true;
  n.ids.insert(n.ids.end(), x.boundIds.begin(), x.boundIds.end());
  for (const auto& d : x.defs) n.defs.push_back(d.get());
  auto inside = [&](const void* d) {
    return std::find(n.defs.begin(), n.defs.end(), d) != n.defs.end();
  };
  if (x.kind == ExprKind::OpApp) {
    switch (x.ref.kind) {
      case RefKind::BoundVar:
        if (std::find(n.ids.begin(), n.ids.end(), x.ref.boundId) == n.ids.end()) {
          n.freeIds.push_back(x.ref.boundId);
        }
        break;
      case RefKind::Param:
        if (!inside(x.ref.def)) {
          if (!x.args.empty()) return false;  // a higher-order parameter
          n.freeParams.emplace_back(x.ref.def, x.ref.paramIndex);
        }
        break;
      case RefKind::Definition:
      case RefKind::Selector:
        if (x.ref.def->module == nullptr && !inside(x.ref.def)) {  // an outer LET's
          const frontend::OpDef& d = *x.ref.def;
          if (x.ref.kind == RefKind::Selector || !d.params.empty() || d.isFunction) return false;
          if (std::find(n.outerLets.begin(), n.outerLets.end(), &d) == n.outerLets.end()) {
            n.outerLets.push_back(&d);
          }
        }
        break;
      default:
        break;
    }
    for (const auto& seg : x.path) {
      for (const auto& a : seg.args) {
        if (!closedPredicate(*a, n)) return false;
      }
    }
  }
  for (const auto& d : x.defs) {
    if (d->body && !closedPredicate(*d->body, n)) return false;
  }
  for (const auto& b : x.bounds) {
    if (b.set && !closedPredicate(*b.set, n)) return false;
  }
  for (const auto& u : x.updates) {
    for (const auto& st : u.path) {
      for (const auto& a : st.args) {
        if (!closedPredicate(*a, n)) return false;
      }
    }
    if (u.value && !closedPredicate(*u.value, n)) return false;
  }
  for (const auto& a : x.args) {
    if (a && !closedPredicate(*a, n)) return false;
  }
  return true;
}

namespace {

// The predicate of `{x \in S : P}` as a value, for a lazy filter over an infinite S, with the
// values of the outer bound variables and parameters it uses.
struct FilterPredicate : ClosureNode {
  Engine* engine = nullptr;
  const Expr* filter = nullptr;
  std::string text;
  std::vector<std::pair<uint32_t, Value>> bound;  // outer bound variables
  std::vector<std::pair<const void*, std::vector<std::pair<uint32_t, Value>>>> params;
  // Outer LET definitions the predicate uses: each LET with the values of its definitions.
  std::vector<std::pair<const Expr*, LetCache>> lets;
  std::optional<State> state;  // the state a state-level predicate reads
  int arity() const override { return 1; }
  Value call(const std::vector<Value>& args) const override {
    static const Env root;
    Frames frames;
    frames.reserve(lets.size() + bound.size() + params.size() + 1);
    std::vector<ArgList> argLists(params.size());
    std::vector<LetCache> caches;
    caches.reserve(lets.size());
    const Env* cur = &root;
    for (const auto& [let, values] : lets) {
      Env& f = frames.emplace_back();
      f.kind = Env::Kind::Let;
      f.parent = cur;
      f.let = let;
      f.letCache = &caches.emplace_back(values);
      cur = &f;
    }
    for (size_t i = 0; i < params.size(); ++i) {
      for (const auto& [index, v] : params[i].second) {
        if (argLists[i].size() <= index) argLists[i].resize(index + 1);
        argLists[i][index].value = v;
      }
      Env& f = frames.emplace_back();
      f.kind = Env::Kind::Params;
      f.parent = cur;
      f.owner = params[i].first;
      f.args = &argLists[i];
      cur = &f;
    }
    for (const auto& [id, v] : bound) {
      Env& f = frames.emplace_back();
      f.kind = Env::Kind::Bound;
      f.parent = cur;
      f.boundId = id;
      f.value = v;
      cur = &f;
    }
    Env& self = frames.emplace_back();
    self.kind = Env::Kind::Bound;
    self.parent = cur;
    self.boundId = filter->boundIds[0];
    self.value = args[0];
    // Evaluated in the state the filter was made in, wherever it is used.
    struct Restore {
      Engine* engine;
      StateCtx saved;
      ~Restore() { engine->ctx = saved; }
    } restore{engine, engine->ctx};
    StateCtx& ctx = engine->ctx;
    ctx.primed = false;
    ctx.initMode = false;
    ctx.assigned = nullptr;
    if (state) ctx.current = &*state;
    return Value::boolean(engine->evalBool(*filter->args[0], self));
  }
  std::string describe() const override { return text; }
};

}  // namespace

int32_t opcodeOf(const std::string& n) {
  static const std::unordered_map<std::string, int32_t> ops = {
      {"TRUE", kTrue}, {"FALSE", kFalse}, {"BOOLEAN", kBoolean}, {"STRING", kString},
      {"SUBSET", kSubset}, {"UNION", kUnion}, {"UNCHANGED", kUnchanged}, {"DOMAIN", kDomain},
      {"ENABLED", kEnabled}, {"=", kEq}, {"/=", kNeq}, {"\\in", kIn}, {"\\notin", kNotIn},
      {"/\\", kAnd}, {"\\/", kOr}, {"~", kNot}, {"=>", kImplies}, {"<=>", kEquiv}, {"'", kPrime},
      {"\\cup", kCup}, {"\\cap", kCap}, {"\\", kMinus}, {"\\subseteq", kSubseteq},
      {"\\X", kTimes}, {"[]", kTemporal}, {"<>", kTemporal}, {"~>", kTemporal},
      {"-+->", kTemporal}, {"\\cdot", kCdot}};
  auto it = ops.find(n);
  return it == ops.end() ? kUnknown : it->second;
}

namespace {
// a \subseteq b. SUBSET A \subseteq SUBSET B is A \subseteq B (as in TLC), without
// enumerating 2^|A| subsets.
bool subsetOf(const Value& a, const Value& b) {
  auto subsetBase = [](const Value& v) -> const Value* {
    if (v.kind() != Value::Kind::Lazy || v.lazyNode()->form != LazyNode::Form::Subset)
      return nullptr;
    return &v.lazyNode()->sets[0];
  };
  const Value* baseA = subsetBase(a);
  const Value* baseB = subsetBase(b);
  if (baseA != nullptr && baseB != nullptr) return subsetOf(*baseA, *baseB);
  for (const auto& x : a.elements()) {
    if (!b.contains(x)) return false;
  }
  return true;
}
}  // namespace

Value Engine::builtin(const Expr& e, const Env& env) {
  if (e.tag < 0) e.tag = opcodeOf(e.name);
  auto arg = [&](size_t i) { return eval(*e.args[i], env); };
  auto setArg = [&](size_t i) {
    Value v = arg(i);
    if (!v.isSetLike()) fail(e.args[i]->range, "expected a set, but the value is " + v.toString());
    return v;
  };
  auto primedArg = [&](size_t i) {
    bool saved = ctx.primed;
    ctx.primed = true;
    Value v;
    try {
      v = arg(i);
    } catch (...) {
      ctx.primed = saved;
      throw;
    }
    ctx.primed = saved;
    return v;
  };
  try {
    switch (e.tag) {
      case kTrue: return Value::boolean(true);
      case kFalse: return Value::boolean(false);
      case kBoolean: {
        static const Value b = Value::set({Value::boolean(false), Value::boolean(true)});
        return b;
      }
      case kString: return lazySet(LazyNode::Form::StringSet, {});
      case kSubset: return lazySet(LazyNode::Form::Subset, {setArg(0)});
      case kUnion: {
        std::vector<Value> out;
        Value sets = setArg(0);  // named: elements() refers into it
        bool explicitSets = true;
        for (const auto& s : sets.elements()) {
          if (!s.isSetLike()) fail(e.range, "UNION of a set whose element " + s.toString() + " is not a set");
          explicitSets = explicitSets && s.kind() != Value::Kind::Lazy;
        }
        if (!explicitSets) {
          // A member that is a lazy set ([S -> T], SUBSET S, infinite ones too) keeps the union
          // lazy: membership needs no enumeration ([slots : UNION {[0..N -> V]}]).
          Value u = Value::emptySet();
          for (const auto& s : sets.elements()) u = lazySet(LazyNode::Form::Cup, {u, s});
          return u;
        }
        for (const auto& s : sets.elements()) {
          for (const auto& x : s.elements()) out.push_back(x);
        }
        return Value::set(std::move(out));
      }
      case kUnchanged: return Value::boolean(arg(0) == primedArg(0));
      case kDomain: {
        Value f = arg(0);
        if (!f.isFunc()) fail(e.args[0]->range, "DOMAIN of a non-function " + f.toString());
        return f.domain();
      }
      case kEnabled: return Value::boolean(enabled(*e.args[0], env));
      case kEq: return Value::boolean(arg(0) == arg(1));
      case kNeq: return Value::boolean(arg(0) != arg(1));
      case kIn:
      case kNotIn: {
        Value x = arg(0);
        return Value::boolean(memberOf(x, *e.args[1], env) == (e.tag == kIn));
      }
      case kAnd: return Value::boolean(evalBool(*e.args[0], env) && evalBool(*e.args[1], env));
      case kOr: return Value::boolean(evalBool(*e.args[0], env) || evalBool(*e.args[1], env));
      case kNot: return Value::boolean(!evalBool(*e.args[0], env));
      case kImplies: return Value::boolean(!evalBool(*e.args[0], env) || evalBool(*e.args[1], env));
      case kEquiv: return Value::boolean(evalBool(*e.args[0], env) == evalBool(*e.args[1], env));
      case kPrime: return primedArg(0);
      case kCup:
      case kCap:
      case kMinus: {
        Value a = setArg(0), b = setArg(1);
        // Infinite operands stay lazy: membership still works (Nat \cup {-1}).
        if (!a.isFiniteSet() || !b.isFiniteSet()) {
          LazyNode::Form form = e.tag == kCup   ? LazyNode::Form::Cup
                                : e.tag == kCap ? LazyNode::Form::Cap
                                                : LazyNode::Form::Diff;
          return lazySet(form, {a, b});
        }
        std::vector<Value> out;
        const auto& ea = a.elements();
        if (e.tag == kCup) {
          const auto& eb = b.elements();
          std::set_union(ea.begin(), ea.end(), eb.begin(), eb.end(), std::back_inserter(out));
        } else {
          for (const auto& x : ea) {
            if (b.contains(x) == (e.tag == kCap)) out.push_back(x);
          }
        }
        return Value::setCanonical(std::move(out));
      }
      case kSubseteq:
        return Value::boolean(subsetOf(setArg(0), setArg(1)));
      case kTimes: {
        std::vector<Value> factors;
        for (size_t i = 0; i < e.args.size(); ++i) factors.push_back(setArg(i));
        return lazySet(LazyNode::Form::Product, std::move(factors));
      }
      case kTemporal: fail(e.range, "a temporal formula cannot be evaluated here");
      case kCdot:
        return Value::boolean(composed(e, env));
      default: fail(e.range, "built-in operator '" + e.name + "' is not supported");
    }
  } catch (const ValueError& ve) {
    fail(e.range, ve.message);
  }
}

namespace {

// One binder position: a single name over a set, or a tuple of names over a set of tuples.
struct BindSlot {
  const frontend::Bound* bound;
  uint32_t firstId;
  Value set;
};

struct Binder {
  Engine& en;
  const Expr& e;
  SmallVec<BindSlot>& slots;
  Frames& frames;
  FnRef<bool(const Env&)> fn;
  // Set by `fn`: the frames from this index on need no other values (forEachRelevantBinding).
  size_t skipFrom = SIZE_MAX;

  bool rec(size_t slot, const Env& cur, size_t frame) {
    if (slot == slots.size()) {
      budgetCheckpoint();  // a quantifier over a large set: held to --timeout and --max-memory
      return fn(cur);
    }
    const BindSlot& sl = slots[slot];
    const auto& elems = atLocation(en, sl.bound->set->range,
                                   [&]() -> const std::vector<Value>& { return sl.set.elements(); });
    for (const auto& x : elems) {
      const Env* c = &cur;
      size_t width = 1;
      if (sl.bound->tuple) {
        width = sl.bound->names.size();
        if (!x.isTuple() || x.tupleElems().size() != width) {
          en.fail(sl.bound->set->range, "tuple binder over a set containing " + x.toString());
        }
      }
      for (size_t i = 0; i < width; ++i) {
        Env& f = frames[frame + i];
        f.kind = Env::Kind::Bound;
        f.parent = c;
        f.boundId = e.boundIds[sl.firstId + i];
        f.value = sl.bound->tuple ? x.tupleElems()[i] : x;
        c = &f;
      }
      if (!rec(slot + 1, *c, frame + width)) return false;
      if (skipFrom <= frame) return true;
      skipFrom = SIZE_MAX;
    }
    return true;
  }
};

// The slots of e's binders, their sets evaluated in `env`; returns the number of frames.
uint32_t bindingSlots(Engine& en, const Expr& e, const Env& env, SmallVec<BindSlot>& slots) {
  uint32_t idIndex = 0;
  for (const auto& b : e.bounds) {
    if (!b.set) en.fail(e.range, "an unbounded quantifier or CHOOSE cannot be evaluated");
    Value s = en.eval(*b.set, env);
    if (!s.isSetLike()) en.fail(b.set->range, "expected a set, but the value is " + s.toString());
    if (b.tuple) {
      slots.push_back({&b, idIndex, s});
      idIndex += static_cast<uint32_t>(b.names.size());
    } else {
      for (size_t k = 0; k < b.names.size(); ++k) slots.push_back({&b, idIndex++, s});
    }
  }
  return idIndex;
}

}  // namespace

bool Engine::forEachBinding(const Expr& e, const Env& env, FnRef<bool(const Env&)> fn) {
  SmallVec<BindSlot> slots;
  Frames frames(bindingSlots(*this, e, env, slots));
  Binder binder{*this, e, slots, frames, fn};
  return binder.rec(0, env, 0);
}

bool Engine::forEachRelevantBinding(const Expr& e, const Env& env, FnRef<Bound(const Env&)> body) {
  SmallVec<BindSlot> slots;
  Frames frames(bindingSlots(*this, e, env, slots));  // outermost first
  Binder* binder = nullptr;
  auto each = [&](const Env& inner) {
    for (Env& f : frames) f.read = false;
    uint64_t effects = effects_;
    Bound got = body(inner);
    if (got == Bound::Stop) return false;
    if (got == Bound::Next || effects_ != effects) return true;
    // The innermost frames whose values were not read: their other values change nothing.
    size_t read = frames.size();
    while (read > 0 && !frames[read - 1].read) --read;
    if (read < frames.size()) binder->skipFrom = read;
    return true;
  };
  Binder b{*this, e, slots, frames, each};
  binder = &b;
  return b.rec(0, env, 0);
}

namespace {

// The tuple of the values bound by the innermost `n` binder frames, in binder order.
Value boundTuple(const Env& inner, size_t n) {
  std::vector<Value> comps(n);
  const Env* f = &inner;
  for (size_t i = n; i > 0; --i, f = f->parent) comps[i - 1] = f->value;
  return Value::tuple(std::move(comps));
}

}  // namespace

namespace {

// Adds the variables the expression `x` (an argument of UNCHANGED) is made of: variables,
// tuples of them and definitions without parameters whose body is one (`vars`).
void variablesOf(const Model& model, const Expr& x, std::vector<const frontend::Decl*>& out,
                 int depth) {
  if (depth > 16) return;
  if (x.kind == ExprKind::Tuple) {
    for (const auto& a : x.args) variablesOf(model, *a, out, depth + 1);
    return;
  }
  if (!plainName(x)) return;
  if (x.ref.kind == RefKind::Variable) {
    out.push_back(x.ref.decl);
  } else if (x.ref.kind == RefKind::Definition) {
    const OpDef& d = *x.ref.def;
    if (d.params.empty() && d.body && !d.isFunction && model.overrideValue(&d) == nullptr &&
        model.overrideOperator(&d) == nullptr) {
      variablesOf(model, *d.body, out, depth + 1);
    }
  }
}

// Adds the variables that `x` implies unchanged: UNCHANGED conjuncts, looked for through
// conjunctions, LET, labels, \E and calls of definitions (not of instances, whose variables
// may stand for expressions, nor of definitions the .cfg replaces). A definition is looked into
// once (`seen`): what it implies does not depend on its arguments.
void unchangedConjuncts(const Model& model, const Expr& x, std::vector<const frontend::Decl*>& out,
                        std::vector<const OpDef*>& seen, int depth) {
  if (depth > 64) return;
  switch (x.kind) {
    case ExprKind::Junction:
      if (x.text != "and") return;
      for (const auto& a : x.args) unchangedConjuncts(model, *a, out, seen, depth + 1);
      return;
    case ExprKind::Let:
    case ExprKind::Label:
      unchangedConjuncts(model, *x.args[0], out, seen, depth + 1);
      return;
    case ExprKind::Quant:
      // \E x \in S : A implies what A implies about variables (false when S is empty).
      if (x.text == "\\E") unchangedConjuncts(model, *x.args[0], out, seen, depth + 1);
      return;
    case ExprKind::OpApp:
      break;
    default:
      return;
  }
  if (!x.ref.instances.empty()) return;
  if (x.ref.kind == RefKind::BuiltIn) {
    int32_t n = builtinOp(x);
    if (n == kAnd) {
      for (const auto& a : x.args) unchangedConjuncts(model, *a, out, seen, depth + 1);
    } else if (n == kUnchanged) {
      variablesOf(model, *x.args[0], out, 0);
    }
    return;
  }
  if (x.ref.kind == RefKind::Definition) {
    const OpDef& d = *x.ref.def;
    if (d.body && !d.isFunction && model.overrideValue(&d) == nullptr &&
        model.overrideOperator(&d) == nullptr &&
        std::find(seen.begin(), seen.end(), &d) == seen.end()) {
      seen.push_back(&d);
      unchangedConjuncts(model, *d.body, out, seen, depth + 1);
    }
  }
}

}  // namespace

const std::vector<const frontend::Decl*>& Engine::unchangedByBody(const Expr& quant) {
  auto it = unchangedByBody_.find(&quant);
  if (it != unchangedByBody_.end()) return it->second;
  std::vector<const frontend::Decl*> vars;
  std::vector<const OpDef*> seen;
  if (quant.level == frontend::Level::Action) {
    unchangedConjuncts(model_, *quant.args[0], vars, seen, 0);
  }
  std::sort(vars.begin(), vars.end());
  vars.erase(std::unique(vars.begin(), vars.end()), vars.end());
  return unchangedByBody_.emplace(&quant, std::move(vars)).first->second;
}

bool Engine::changedInStep(const frontend::Decl* var, const Env& env) {
  // The variable in the model: an instantiation may stand it for another variable (`INSTANCE
  // M` substitutes each of M's variables by the one of the same name); for any other
  // expression, nothing is concluded.
  const Env* where = &env;
  for (int k = 0; k < 16; ++k) {
    Substitution sub = substitutionOf(var, *where);
    if (sub.expr == nullptr) break;
    const Expr& x = *sub.expr;
    if (!plainName(x) || x.ref.kind != RefKind::Variable) return false;
    var = x.ref.decl;
    where = sub.env;
  }
  int slot = model_.slotOf(var);
  if (slot < 0) return false;
  const size_t i = static_cast<size_t>(slot);
  return equality((*ctx.current)[i], (*ctx.next)[i]) == false;  // not when incomparable
}

Value Engine::quantifier(const Expr& e, const Env& env) {
  if (e.kind == ExprKind::Choose) {
    std::optional<Value> found;
    const frontend::Bound& b = e.bounds[0];
    forEachBinding(e, env, [&](const Env& inner) {
      if (!evalBool(*e.args[0], inner)) return true;
      if (b.tuple) {
        found = boundTuple(inner, b.names.size());
      } else {
        found = inner.value;
      }
      return false;
    });
    if (!found) fail(e.range, "CHOOSE found no value satisfying the condition");
    return *found;
  }
  if (e.text == "\\AA"sv || e.text == "\\EE"sv)
    fail(e.range, "temporal quantifiers cannot be evaluated");
  bool forall = e.text == "\\A"sv;
  bool result = forall;
  if (!forall && ctx.current != nullptr && ctx.next != nullptr && ctx.assigned == nullptr &&
      !ctx.primed && !ctx.initMode) {
    // A step whose two states are known (a step property, a refinement, an action of the
    // liveness graph): `\E x \in S : A` is false when A leaves a variable unchanged whatever x
    // is, and the step changes it. Trace validation's `[][Next]_vars` checks each step against
    // every action; without this, `\E b, e \in 1..Len(log[i]) : AppendEntries(i, j, <<b, e>>)`
    // costs a quadratic number of evaluations on every step that is not an AppendEntries.
    for (const frontend::Decl* v : unchangedByBody(e)) {
      if (changedInStep(v, env)) return Value::boolean(false);
    }
  }
  forEachRelevantBinding(e, env, [&](const Env& inner) {
    if (evalBool(*e.args[0], inner) != forall) {
      result = !forall;
      return Bound::Stop;
    }
    return Bound::Nothing;
  });
  return Value::boolean(result);
}

Value Engine::setExpr(const Expr& e, const Env& env) {
  switch (e.kind) {
    case ExprKind::SetEnum: {
      std::vector<Value> out;
      out.reserve(e.args.size());
      for (const auto& a : e.args) out.push_back(eval(*a, env));
      return atLocation(*this, e.range, [&] { return Value::set(std::move(out)); });
    }
    case ExprKind::SetFilter: {
      std::vector<Value> out;
      const frontend::Bound& b = e.bounds[0];
      if (e.bounds.size() == 1 && b.names.size() == 1 && !b.tuple && b.set &&
          b.set->level == frontend::Level::Constant) {
        // Over an infinite set ({n \in Nat : n > 0}), a lazy set when the predicate depends on
        // nothing the environment binds: membership evaluates it, enumeration fails.
        Value base = eval(*b.set, env);
        if (base.isSetLike() && !base.isFiniteSet()) {
          FreeNames names;
          names.ids.assign(e.boundIds.begin(), e.boundIds.end());
          bool closed = !underInstance(env) && closedPredicate(*e.args[0], names);
          // A state-level predicate captures the current state: not while one is being built.
          if (names.state && (ctx.primed || ctx.initMode || ctx.current == nullptr)) closed = false;
          std::vector<std::pair<const Expr*, LetCache>> lets;
          for (size_t i = 0; closed && i < names.outerLets.size(); ++i) {
            const frontend::OpDef* d = names.outerLets[i];
            const Env* scope = letScopeOf(*d, env);
            if (scope == nullptr) {
              closed = false;
              break;
            }
            auto it = std::find_if(lets.begin(), lets.end(),
                                   [&](const auto& l) { return l.first == scope->let; });
            if (it == lets.end()) it = lets.insert(lets.end(), {scope->let, {}});
            Expr use(ExprKind::OpApp, e.range);  // a reference to the definition, made here
            use.ref.kind = RefKind::Definition;
            use.ref.def = d;
            it->second.emplace_back(d, callDefinition(use, *d, env));
          }
          if (closed) {
            auto pred = std::make_shared<FilterPredicate>();
            pred->engine = this;
            pred->filter = &e;
            pred->lets = std::move(lets);
            if (names.state) pred->state = *ctx.current;
            for (uint32_t id : names.freeIds) {
              for (const Env* f = &env; f != nullptr; f = f->parent) {
                if (f->kind == Env::Kind::Bound && f->boundId == id) {
                  f->read = true;
                  pred->bound.emplace_back(id, f->value);
                  break;
                }
              }
            }
            for (const auto& [owner, index] : names.freeParams) {
              const Arg* a = findParam(owner, index, env);
              if (a == nullptr) fail(e.range, "a parameter of the filter's predicate has no value");
              Value v = evalArg(*a);
              auto it = std::find_if(pred->params.begin(), pred->params.end(),
                                     [&](const auto& p) { return p.first == owner; });
              if (it == pred->params.end()) {
                pred->params.push_back({owner, {}});
                it = pred->params.end() - 1;
              }
              it->second.emplace_back(index, v);
            }
            pred->text = "{" + b.names[0] + " \\in " + base.toString() + " : ...}";
            auto n = std::make_shared<LazyNode>();
            n->form = LazyNode::Form::Filter;
            n->sets = {base};
            n->pred = pred;
            return Value::lazy(n);
          }
        }
        if (!base.isSetLike())
          fail(b.set->range, "expected a set, but the value is " + base.toString());
        Env bound;
        bound.kind = Env::Kind::Bound;
        bound.parent = &env;
        bound.boundId = e.boundIds[0];
        const auto& elems = atLocation(
            *this, b.set->range, [&]() -> const std::vector<Value>& { return base.elements(); });
        for (const auto& x : elems) {
          bound.value = x;
          if (evalBool(*e.args[0], bound)) out.push_back(x);
        }
        return atLocation(*this, e.range, [&] { return Value::setCanonical(std::move(out)); });
      }
      forEachBinding(e, env, [&](const Env& inner) {
        if (evalBool(*e.args[0], inner)) {
          if (b.tuple) {
            out.push_back(boundTuple(inner, b.names.size()));
          } else {
            out.push_back(inner.value);
          }
        }
        return true;
      });
      // Filtering keeps the canonical order of the enumerated set.
      return atLocation(*this, e.range, [&] { return Value::set(std::move(out)); });
    }
    case ExprKind::SetMap: {
      std::vector<Value> out;
      forEachBinding(e, env, [&](const Env& inner) {
        out.push_back(eval(*e.args[0], inner));
        return true;
      });
      return atLocation(*this, e.range, [&] { return Value::set(std::move(out)); });
    }
    case ExprKind::FuncSet:
      return lazySet(LazyNode::Form::FuncSet, {eval(*e.args[0], env), eval(*e.args[1], env)});
    case ExprKind::RecordSet: {
      std::vector<Value> sets;
      for (const auto& a : e.args) sets.push_back(eval(*a, env));
      // Fields in sorted order so that enumeration builds canonical records.
      std::vector<size_t> order(e.fields.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return e.fields[a] < e.fields[b]; });
      std::vector<Value> ss;
      std::vector<std::string> fs;
      for (size_t k : order) {
        ss.push_back(sets[k]);
        fs.push_back(e.fields[k]);
      }
      return lazySet(LazyNode::Form::RecordSet, std::move(ss), std::move(fs));
    }
    default: break;
  }
  fail(e.range, "not a set expression");
}

namespace {

// How a function constructor's argument is made: one component per binder position, that is
// one per name and one (a tuple) per tuple binder (`[i, j \in S, <<k, l>> \in T |-> e]` takes
// <<i, j, <<k, l>>>>); with a single position, the argument itself.
struct KeyShape {
  size_t names = 0;
  size_t positions = 0;
  bool tupleBinder = false;
};

KeyShape keyShape(const Expr& cons) {
  KeyShape k;
  for (const auto& b : cons.bounds) {
    k.names += b.names.size();
    k.positions += b.tuple ? 1 : b.names.size();
    k.tupleBinder = k.tupleBinder || b.tuple;
  }
  return k;
}

}  // namespace

Value Engine::funcExpr(const Expr& e, const Env& env) {
  switch (e.kind) {
    case ExprKind::Tuple: {
      std::vector<Value> out;
      out.reserve(e.args.size());
      for (const auto& a : e.args) out.push_back(eval(*a, env));
      return Value::tuple(std::move(out));
    }
    case ExprKind::Record: {
      std::vector<std::pair<std::string, Value>> fs;
      for (size_t i = 0; i < e.fields.size(); ++i) fs.emplace_back(e.fields[i], eval(*e.args[i], env));
      return Value::record(std::move(fs));
    }
    case ExprKind::FieldAccess: {
      Value r = eval(*e.args[0], env);
      if (!r.isFunc()) fail(e.args[0]->range, "field '" + e.text + "' of a non-record " + r.toString());
      auto v = r.apply(cachedLiteral(e, [&] { return Value::string(e.text); }));  // the field name
      if (!v) {
        // A large record (IOEnv: the whole environment) is named by its fields, not printed.
        std::string shown = r.toString();
        if (shown.size() > 160) {
          std::string names;
          size_t n = 0;
          r.forEachMapping([&](const Value& k, const Value&) {
            if (n++ < 12) names += (names.empty() ? "" : ", ") + (k.isString() ? k.asString() : k.toString());
          });
          if (n > 12) names += ", ... (" + std::to_string(n) + " fields)";
          shown = "with fields " + names;
        }
        fail(e.range, "record " + shown + " has no field '" + e.text + "'");
      }
      return *v;
    }
    case ExprKind::FuncCons: {
      std::vector<Value> dom, rng;
      // The keys as bindKey takes them apart (keyShape): a tuple binder among others is one
      // component of the key, not one per name.
      const KeyShape shape = keyShape(e);
      const size_t names = shape.names;
      const bool tupleAmongOthers = shape.tupleBinder && shape.positions > 1;
      bool single = e.bounds.size() == 1 && (e.bounds[0].tuple || e.bounds[0].names.size() == 1);
      forEachBinding(e, env, [&](const Env& inner) {
        if (single && !e.bounds[0].tuple) {
          dom.push_back(inner.value);
        } else if (tupleAmongOthers) {
          Value flat = boundTuple(inner, names);
          std::vector<Value> comps;
          size_t k = 0;
          for (const auto& b : e.bounds) {
            const auto& xs = flat.tupleElems();
            if (b.tuple) {
              comps.push_back(Value::tuple(
                  std::vector<Value>(xs.begin() + static_cast<long>(k),
                                     xs.begin() + static_cast<long>(k + b.names.size()))));
              k += b.names.size();
            } else {
              for (size_t j = 0; j < b.names.size(); ++j) comps.push_back(xs[k++]);
            }
          }
          dom.push_back(Value::tuple(std::move(comps)));
        } else {
          dom.push_back(boundTuple(inner, names));
        }
        rng.push_back(eval(*e.args[0], inner));
        return true;
      });
      return Value::function(std::move(dom), std::move(rng));
    }
    case ExprKind::FuncApp: {
      Value key = appKey(e, env);
      const Expr& fe = *e.args[0];
      // `f[a][k]` with `f[x \in S] == [y \in T |-> b]`: only b at (a, k) is evaluated, as TLC
      // applies its lazy functions; f[a] is not built (b may refer to f[a][j] itself, and then
      // building f[a] would not terminate). Memoized as f[a] would be.
      if (isFunctionDefApp(fe) && fe.args[0]->ref.def->body->args[0]->kind == ExprKind::FuncCons) {
        const OpDef& def = *fe.args[0]->ref.def;
        Value outerKey = appKey(fe, env);
        bool memoize = memoizable(def, *fe.args[0], env);
        Value both;
        if (memoize) {
          both = Value::tuple({outerKey, key});
          auto& memo = funcElemMemo_[&def];
          if (auto it = memo.find(both); it != memo.end()) return it->second;
        }
        Value v;
        applyFunctionDef(fe, env, outerKey, [&](const Expr& b, const Env& benv) {
          bindKey(e, b, benv, key, def.name + "[" + outerKey.toString() + "]",
                  [&](const Expr& body, const Env& inner) { v = eval(body, inner); });
        });
        if (memoize) funcElemMemo_[&def].emplace(std::move(both), v);
        return v;
      }
      // A function definition `f[x \in S] == e`, or `f == [x \in S |-> e]` over an infinite S, is
      // applied point-wise, never built whole (recursive ones, and functions over Nat, could not
      // be); memoized when it depends on nothing but constants.
      if (isFunctionDefApp(e) || infiniteFunctionApp(e, env)) {
        const OpDef& def = *fe.ref.def;
        bool memoize = memoizable(def, fe, env);
        if (memoize) {
          auto& memo = funcMemo_[&def];
          if (auto it = memo.find(key); it != memo.end()) return it->second;
        }
        Value v;
        applyFunctionDef(e, env, key, [&](const Expr& b, const Env& benv) { v = eval(b, benv); });
        if (memoize) funcMemo_[&def].emplace(key, v);
        return v;
      }
      // `[x \in S |-> b][k]` is applied point-wise, as TLC applies its lazy functions.
      if (fe.kind == ExprKind::FuncCons) {
        Value v;
        bindKey(e, fe, env, key, "[...]",
                [&](const Expr& b, const Env& inner) { v = eval(b, inner); });
        return v;
      }
      Value f = eval(fe, env);
      if (!f.isFunc()) fail(fe.range, "applying a non-function " + f.toString());
      auto v = f.apply(key);
      if (!v) {
        fail(e.range, "function applied to " + key.toString() + ", which is not in its domain " +
                          f.domain().toString());
      }
      return *v;
    }
    default: break;
  }
  fail(e.range, "not a function expression");
}

Value Engine::except(const Expr& e, const Env& env) {
  Value f = eval(*e.args[0], env);
  for (const auto& u : e.updates) {
    // Keys along the path.
    std::vector<Value> keys;
    for (const auto& step : u.path) {
      if (step.field) {
        keys.push_back(Value::string(step.name));
      } else if (step.args.size() == 1) {
        keys.push_back(eval(*step.args[0], env));
      } else {
        std::vector<Value> comps;
        for (const auto& a : step.args) comps.push_back(eval(*a, env));
        keys.push_back(Value::tuple(std::move(comps)));
      }
    }
    std::function<Value(const Value&, size_t)> update = [&](const Value& cur, size_t i) -> Value {
      if (!cur.isFunc()) fail(e.range, "EXCEPT on a non-function " + cur.toString());
      auto old = cur.apply(keys[i]);
      if (!old) {
        fail(e.range, "EXCEPT: " + keys[i].toString() + " is not in the domain of " + cur.toString());
      }
      Value nv;
      if (i + 1 == keys.size()) {
        Env at;
        at.kind = Env::Kind::At;
        at.parent = &env;
        at.value = *old;
        nv = eval(*u.value, at);
      } else {
        nv = update(*old, i + 1);
      }
      return atLocation(*this, e.range, [&] { return cur.except(keys[i], nv); });
    };
    f = update(f, 0);
  }
  return f;
}

Value Engine::appKey(const Expr& app, const Env& env) {
  if (app.args.size() == 2) return eval(*app.args[1], env);
  std::vector<Value> comps;  // f[a, b] applies f to <<a, b>>
  for (size_t i = 1; i < app.args.size(); ++i) comps.push_back(eval(*app.args[i], env));
  return Value::tuple(std::move(comps));
}

bool Engine::inFunctionDomain(const Value& x, const Expr& cons, const Env& env) {
  // One key component per binder position (keyShape), as in bindKey.
  const size_t positions = keyShape(cons).positions;
  if (positions != 1 && (!x.isTuple() || x.tupleElems().size() != positions)) return false;
  size_t p = 0;
  for (const auto& b : cons.bounds) {
    for (size_t j = 0; j < (b.tuple ? 1 : b.names.size()); ++j, ++p) {
      const Value& c = positions == 1 ? x : x.tupleElems()[p];
      if (b.tuple && (!c.isTuple() || c.tupleElems().size() != b.names.size())) return false;
      if (!memberOf(c, *b.set, env)) return false;
    }
  }
  return true;
}

bool Engine::memoizable(const OpDef& def, const Expr& ref, const Env& env) const {
  return letScopeOf(def, env) == nullptr && def.level == frontend::Level::Constant &&
         ref.ref.instances.empty() && !underInstance(env);
}

bool Engine::isFunctionDefApp(const Expr& e) const {
  if (e.kind != ExprKind::FuncApp || e.args.empty()) return false;
  const Expr& fe = *e.args[0];
  return fe.kind == ExprKind::OpApp && fe.ref.kind == RefKind::Definition && fe.args.empty() &&
         fe.ref.def->isFunction &&
         (!overridden(fe) || (model_.overrideValue(fe.ref.def) == nullptr &&
                              model_.overrideOperator(fe.ref.def) == nullptr));
}

bool Engine::infiniteFunctionApp(const Expr& e, const Env& env) {
  if (e.kind != ExprKind::FuncApp || e.args.empty()) return false;
  const Expr& fe = *e.args[0];
  if (fe.kind != ExprKind::OpApp || fe.ref.kind != RefKind::Definition || !fe.args.empty() ||
      !fe.ref.def->params.empty() || !fe.ref.def->body ||
      fe.ref.def->body->kind != ExprKind::FuncCons ||
      (overridden(fe) && (model_.overrideValue(fe.ref.def) != nullptr ||
                          model_.overrideOperator(fe.ref.def) != nullptr))) {
    return false;
  }
  const OpDef& def = *fe.ref.def;
  if (auto known = infiniteDomain_.find(&def); known != infiniteDomain_.end()) {
    return known->second;
  }
  ArgList noArgs;
  Frames frames;
  frames.reserve(2 * fe.ref.instances.size() + 2);
  const Env& benv = bodyEnv(fe, def, env, noArgs, frames);
  bool infinite = false, closed = true;
  for (const auto& b : def.body->bounds) {
    if (b.set && !eval(*b.set, benv).isFiniteSet()) infinite = true;
    if (b.set && b.set->closedIn.load() != closedSerial_) closed = false;
  }
  if (closed) infiniteDomain_[&def] = infinite;  // the same answer every time
  return infinite;
}

void Engine::applyFunctionDef(const Expr& e, const Env& env, const Value& key,
                              FnRef<void(const Expr&, const Env&)> use) {
  Nested nested(*this, e);
  const Expr& fe = *e.args[0];
  const OpDef& def = *fe.ref.def;
  const Expr& body = *def.body;  // a FuncCons
  ArgList noArgs;
  Frames frames;
  frames.reserve(2 * fe.ref.instances.size() + 2);
  const Env& benv = bodyEnv(fe, def, env, noArgs, frames);
  bindKey(e, body, benv, key, def.name, use);
}

void Engine::bindKey(const Expr& e, const Expr& body, const Env& benv, const Value& key,
                     const std::string& name, FnRef<void(const Expr&, const Env&)> use) {
  // The key has one component per binder position (keyShape).
  const KeyShape shape = keyShape(body);
  const size_t names = shape.names, positions = shape.positions;
  auto notInDomain = [&]() {
    fail(e.range,
         "function " + name + " applied to " + key.toString() + ", which is not in its domain");
  };
  std::vector<Value> args;
  if (positions == 1) {
    args.push_back(key);
  } else if (key.isTuple() && key.tupleElems().size() == positions) {
    args = key.tupleElems();
  } else {
    notInDomain();
  }
  Frames binds(names);
  const Env* cur = &benv;
  size_t k = 0, p = 0;
  for (const auto& b : body.bounds) {
    Value dom = eval(*b.set, benv);
    auto in = [&](const Value& x) {
      return atLocation(*this, e.range, [&] { return dom.contains(x); });
    };
    std::vector<Value> comps;
    if (b.tuple) {
      const Value& arg = args[p++];
      if (!arg.isTuple() || arg.tupleElems().size() != b.names.size() || !in(arg)) notInDomain();
      comps = arg.tupleElems();
    } else {
      for (size_t j = 0; j < b.names.size(); ++j) {
        if (!in(args[p])) notInDomain();
        comps.push_back(args[p++]);
      }
    }
    for (size_t j = 0; j < b.names.size(); ++j, ++k) {
      binds[k].kind = Env::Kind::Bound;
      binds[k].parent = cur;
      binds[k].boundId = body.boundIds[k];
      binds[k].value = comps[j];
      cur = &binds[k];
    }
  }
  use(*body.args[0], *cur);
}

// x \in S, without building S where TLC does not either: x \in UNION SS, x \in {y \in T : P},
// x \in DOMAIN f, also when S is a definition whose body is one of those (x \in
// DomainPartitions with DomainPartitions == {DP \in SUBSET SUBSET ... : ...}) and depends on
// the state (a closed one is computed once and searched).
bool Engine::memberOf(const Value& x, const Expr& rhs, const Env& env) {
  if (rhs.kind == ExprKind::OpApp && rhs.ref.kind == RefKind::BuiltIn) {
    const int32_t op = builtinOp(rhs);
    if (op == kUnion) {
      // x \in UNION SS: some member of SS holds x, without building the union (TLC too).
      Value sets = eval(*rhs.args[0], env);
      if (!sets.isSetLike()) {
        fail(rhs.args[0]->range, "UNION of a non-set " + sets.toString());
      }
      return atLocation(*this, rhs.range, [&] {
        for (const auto& member : sets.elements()) {
          if (!member.isSetLike()) {
            throw ValueError{"UNION of a set whose element " + member.toString() + " is not a set"};
          }
          if (member.contains(x)) return true;
        }
        return false;
      });
    }
    if (op == kDomain) {
      // x \in DOMAIN [y \in S |-> e], or DOMAIN f of `f[y \in S] == e`: x \in S, without
      // building the function (S may be infinite: TLC's functions are lazy).
      const Expr& fe = *rhs.args[0];
      const Expr* cons = fe.kind == ExprKind::FuncCons ? &fe : nullptr;
      bool definition = fe.kind == ExprKind::OpApp && fe.ref.kind == RefKind::Definition &&
                        fe.args.empty() && fe.ref.def->params.empty() && fe.ref.def->body &&
                        fe.ref.def->body->kind == ExprKind::FuncCons &&
                        (!overridden(fe) || (model_.overrideValue(fe.ref.def) == nullptr &&
                                             model_.overrideOperator(fe.ref.def) == nullptr));
      if (cons != nullptr || definition) {
        ArgList noArgs;
        Frames frames;
        frames.reserve(2 * fe.ref.instances.size() + 2);
        const Env& cenv = definition ? bodyEnv(fe, *fe.ref.def, env, noArgs, frames) : env;
        return inFunctionDomain(x, definition ? *fe.ref.def->body : *cons, cenv);
      }
      // x \in DOMAIN f: a lookup in f, without building its domain as a set.
      Value f = eval(*rhs.args[0], env);
      if (!f.isFunc()) fail(rhs.args[0]->range, "DOMAIN of a non-function " + f.toString());
      return f.inDomain(x);
    }
  }
  if (rhs.kind == ExprKind::SetFilter && lazyMembership(rhs)) {
    // x \in {y \in S : P(y)}: x \in S /\ P(x), without building the set.
    Value base = eval(*rhs.bounds[0].set, env);
    if (!base.isSetLike()) {
      fail(rhs.bounds[0].set->range, "expected a set, but the value is " + base.toString());
    }
    if (!atLocation(*this, rhs.range, [&] { return base.contains(x); })) return false;
    Env bound;
    bound.kind = Env::Kind::Bound;
    bound.parent = &env;
    bound.boundId = rhs.boundIds[0];
    bound.value = x;
    return evalBool(*rhs.args[0], bound);
  }
  if (rhs.kind == ExprKind::OpApp && rhs.ref.kind == RefKind::Definition &&
      rhs.closedIn.load() != closedSerial_) {
    const Value* given = nullptr;
    const OpDef* used = replacement(rhs, *rhs.ref.def, &given);
    if (used != nullptr && used->body && !used->isFunction && nativeFor(*used) == nullptr &&
        rhs.args.size() == used->params.size() && lazyMembership(*used->body)) {
      const OpDef& def = *used;
      // A constant definition without parameters is evaluated once, as TLC does up front
      // (`l \in BootstrapLogIndices` with BootstrapLogIndices == UNION {...}: its members are
      // not recomputed at every test), unless its value cannot be built (UNION {[a : Nat]}).
      ConstKey key;
      if (used == rhs.ref.def && !membershipFromBody_.contains(&def) &&
          keepsConstant(rhs, def, env, key)) {
        std::optional<Value> s;
        if (auto it = constCache_.find(key); it != constCache_.end()) {
          s = it->second;
        } else {
          try {
            s = eval(rhs, env);
            // Not kept (it used a substitution of the frame around): building it at every
            // test could cost more than deciding from the body.
            if (!constCache_.contains(key)) membershipFromBody_.insert(&def);
          } catch (const frontend::InputError&) {
            membershipFromBody_.insert(&def);
          } catch (const ValueError&) {
            membershipFromBody_.insert(&def);
          }
        }
        if (s && s->isSetLike())
          return atLocation(*this, rhs.range, [&] { return s->contains(x); });
      }
      Nested nested(*this, rhs);
      ArgList args;
      makeArgs(rhs.args, env, &def.params, args);
      Frames frames;
      frames.reserve(2 * rhs.ref.instances.size() + 2);
      const Env& benv = bodyEnv(rhs, def, env, args, frames);
      return memberOf(x, *def.body, benv);
    }
  }
  Value s = eval(rhs, env);
  if (!s.isSetLike()) fail(rhs.range, "expected a set, but the value is " + s.toString());
  return s.contains(x);
}

// Whether memberOf decides membership of `e` without building it.
bool Engine::lazyMembership(const Expr& e) {
  if (e.kind == ExprKind::SetFilter) {
    return e.bounds.size() == 1 && e.bounds[0].names.size() == 1 && !e.bounds[0].tuple &&
           e.bounds[0].set;
  }
  if (e.kind != ExprKind::OpApp) return false;
  if (e.ref.kind == RefKind::BuiltIn) {
    const int32_t op = builtinOp(e);
    return op == kUnion || op == kDomain;
  }
  return false;
}

}  // namespace vouch::refinement
