// Closed expressions: those whose value depends on nothing but the model (the .cfg's constants
// and replacements), not on a state, a bound variable, a parameter or the checker's progress.
// The evaluator computes such an expression once and keeps its value on the expression (a set
// literal `{"ncs", "e1"}` in an invariant, `[Procs -> Nat]`, `Procs \ {1}`).

#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "eval_internal.hpp"

namespace vouch::refinement {

namespace {

using frontend::forEachChild;
using frontend::Module;

// Operators of the built-in modules whose value is not a function of their arguments: they
// read or write the checker's registers, print, draw at random or act on files.
bool impure(const OpDef& def) {
  static const std::unordered_set<std::string> names = {"Print",
                                                        "PrintT",
                                                        "TLCGet",
                                                        "TLCSet",
                                                        "RandomElement",
                                                        "RandomSubset",
                                                        "RandomSetOfSubsets",
                                                        "RandomSubsetSet",
                                                        "JavaTime",
                                                        "TLCGetOrDefault",
                                                        "TLCGetAndSet",
                                                        "TLCCache",
                                                        "Trace",
                                                        "CounterExample",
                                                        "TLCEvalDefinition",
                                                        "PickSuccessor",
                                                        "TLCDefer",
                                                        "TLCNoOp",
                                                        "IOExec",
                                                        "IOExecTemplate",
                                                        "IOEnvExec",
                                                        "IOEnvExecTemplate",
                                                        "Serialize",
                                                        "JsonSerialize",
                                                        "ndJsonSerialize",
                                                        "CSVWrite",
                                                        "CSVWriteRecord",
                                                        "CSVRead",
                                                        "CSVRecords",
                                                        "Deserialize",
                                                        "IOSerialize",
                                                        "IODeserialize",
                                                        "TLCModelValue",
                                                        "Any"};
  const Module* m = def.module;
  while (m != nullptr && m->parent != nullptr) m = m->parent;
  return m != nullptr && m->builtin && names.count(def.name) != 0;
}

// What an expression's value depends on: `opaque` when it depends on something other than
// bound variables and parameters (a state, '@', an instance, an impure operator); otherwise the
// bound variables and operator parameters free in it, each a tagged word.
struct Deps {
  bool opaque = false;
  std::vector<uintptr_t> free;  // sorted, unique
  bool closed() const { return !opaque && free.empty(); }
  void add(const Deps& o) {
    if (o.opaque) opaque = true;
    if (opaque || o.free.empty()) return;
    std::vector<uintptr_t> u;
    std::set_union(free.begin(), free.end(), o.free.begin(), o.free.end(), std::back_inserter(u));
    free = std::move(u);
  }
  void remove(uintptr_t x) {
    auto it = std::lower_bound(free.begin(), free.end(), x);
    if (it != free.end() && *it == x) free.erase(it);
  }
};

Deps opaqueDeps() {
  Deps d;
  d.opaque = true;
  return d;
}

uintptr_t boundTag(uint32_t id) {
  return (static_cast<uintptr_t>(id) << 1) | 1;
}
uintptr_t paramTag(const void* owner) {
  return reinterpret_cast<uintptr_t>(owner);
}

class ClosedAnalysis {
 public:
  ClosedAnalysis(const Model& model, uint64_t serial) : model_(model), serial_(serial) {}

  // Flags every declaration some INSTANCE (at module level or in a LET) substitutes, and every
  // LET definition.
  static void flagSubstituted(const Module& m) {
    for (const auto& u : m.units) {
      if (u.instance) flagSubstituted(*u.instance);
      if (u.def) flagSubstituted(*u.def);
      if (u.expr) flagSubstituted(*u.expr);
      if (u.module) flagSubstituted(*u.module);
    }
  }

  void markModule(const Module& m) {
    for (const auto& u : m.units) {
      if (u.def) markDef(*u.def);
      if (u.expr) mark(*u.expr);
      if (u.instance) markInstance(*u.instance);
      if (u.module) markModule(*u.module);
    }
  }

 private:
  static void flagSubstituted(const frontend::InstanceSpec& inst) {
    for (const Decl* d : inst.substitutedDecls) {
      if (d != nullptr) d->substituted = true;
    }
  }
  static void flagSubstituted(const OpDef& d) {
    if (d.instance) flagSubstituted(*d.instance);
    if (d.body) flagSubstituted(*d.body);
  }
  static void flagSubstituted(const Expr& e) {
    forEachChild(e, [](const Expr& c) { flagSubstituted(c); });
    for (const auto& def : e.defs) {
      if (e.kind == ExprKind::Let) def->inLet = true;
      flagSubstituted(*def);
    }
  }

  void markInstance(const frontend::InstanceSpec& inst) {
    for (const auto& s : inst.substitutions) {
      if (s.value) mark(*s.value);
    }
  }

 public:
  // Marks each substitution of `inst` for a constant whose value depends on nothing but the
  // model and the instantiations around it: a closed expression, or the name of a module-level
  // operator or constant of constant level in this model. The evaluator keeps the value of a
  // constant-level definition of the target that uses no other substitution (see
  // Engine::callDefinition). Needs the raised levels marked first.
  void closeInstance(const frontend::InstanceSpec& inst) {
    for (size_t i = 0; i < inst.substitutions.size(); ++i) {
      const auto& sub = inst.substitutions[i];
      const Decl* target = i < inst.substitutedDecls.size() ? inst.substitutedDecls[i] : nullptr;
      const Expr* v = sub.value.get();
      if (target == nullptr || v == nullptr || target->kind != Decl::Kind::Constant) continue;
      if (v->level != frontend::Level::Constant) continue;
      bool closed = deps(*v).closed();
      if (!closed && v->kind == ExprKind::OpApp && v->args.empty() && v->ref.instances.empty()) {
        if (v->ref.kind == RefKind::Definition) {
          closed = !v->ref.def->inLet && constantIn(*v->ref.def);
        } else if (v->ref.kind == RefKind::Constant &&
                   (!v->ref.decl->substituted || v->ref.decl == target)) {
          // A constant of the model, or the constant itself (`etcd == INSTANCE etcdraft` in a
          // module that also EXTENDS etcdraft substitutes Server by Server): in the frame
          // around, a substitution of it is one of that frame, noted where it is used.
          const OpDef* op = model_.constantOperator(v->ref.decl);
          closed = op == nullptr || constantIn(*op);
        }
      }
      if (closed) sub.closedIn = serial_;
    }
  }

 private:
  bool constantIn(const OpDef& d) const {
    const OpDef* over = model_.overrideOperator(&d);
    const OpDef& used = over != nullptr ? *over : d;
    if (model_.overrideValue(&d) != nullptr) return true;
    return used.level == frontend::Level::Constant && used.raisedIn.load() != serial_;
  }
  void markDef(const OpDef& d) {
    if (model_.overrideValue(&d) == nullptr && model_.overrideOperator(&d) == nullptr) {
      d.plainIn = serial_;
    }
    if (d.body) mark(*d.body);
    if (d.instance) markInstance(*d.instance);
  }

  // Visits every sub-expression (LET definitions included), resetting any value kept from an
  // earlier model and marking the closed ones with this model's serial.
  void mark(const Expr& e) {
    e.folded = nullptr;
    e.foldHolder.reset();
    const Deps& d = deps(e);
    e.closedIn = d.closed() && worthKeeping(e) ? serial_ : 0;
    forEachChild(e, [this](const Expr& c) { mark(c); });
    for (const auto& def : e.defs) markDef(*def);
  }

  // Literals already keep their value; anything else closed is worth keeping.
  static bool worthKeeping(const Expr& e) {
    return e.kind != ExprKind::Number && e.kind != ExprKind::String;
  }

  const Deps& deps(const Expr& e) {
    if (auto it = memo_.find(&e); it != memo_.end()) return it->second;
    Deps d = compute(e);
    return memo_[&e] = std::move(d);
  }

  // What e's sub-expressions depend on, less the variables e binds. (Instance arguments in
  // `path` do not count: a reference through an instance is opaque.)
  Deps children(const Expr& e) {
    Deps d;
    forEachChild(e, [&](const Expr& c) { d.add(deps(c)); });
    for (uint32_t id : e.boundIds) d.remove(boundTag(id));
    return d;
  }

  Deps compute(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Number:
      case ExprKind::String:
        return {};
      case ExprKind::At:
      case ExprKind::BoxAction:
      case ExprKind::AngleAction:
      case ExprKind::Fairness:
      case ExprKind::Lambda:
        return opaqueDeps();
      case ExprKind::Let:
        return deps(*e.args[0]);  // its definitions count where used
      case ExprKind::OpApp:
        return opApp(e);
      default:
        return children(e);
    }
  }

  Deps opApp(const Expr& e) {
    if (!e.ref.instances.empty()) return opaqueDeps();
    switch (e.ref.kind) {
      case RefKind::BuiltIn: {
        // Operators about states and steps.
        switch (builtinOp(e)) {
          case kPrime:
          case kEnabled:
          case kUnchanged:
          case kCdot:
          case kTemporal:
            return opaqueDeps();
          default:
            return children(e);
        }
      }
      case RefKind::BoundVar: {
        Deps d;
        d.free.push_back(boundTag(e.ref.boundId));
        return d;
      }
      case RefKind::Param: {
        Deps d = children(e);
        if (!d.opaque) {
          Deps p;
          p.free.push_back(paramTag(e.ref.def));
          d.add(p);
        }
        return d;
      }
      case RefKind::Constant: {
        const Decl* c = e.ref.decl;
        // A constant some INSTANCE substitutes may differ from one instance to the next.
        if (c->arity != 0 || c->substituted) return opaqueDeps();
        if (const OpDef* op = model_.constantOperator(c)) return call(e, *op);
        return {};
      }
      case RefKind::Definition: {
        const OpDef& def = *e.ref.def;
        if (e.args.empty() && !def.params.empty()) return opaqueDeps();  // an operator as a value
        if (model_.overrideValue(&def) != nullptr) return {};
        const OpDef* over = model_.overrideOperator(&def);
        return call(e, over != nullptr ? *over : def);
      }
      default:
        return opaqueDeps();
    }
  }

  // A call of `def` on e's arguments: what the arguments depend on, and what the body depends
  // on besides def's own parameters.
  Deps call(const Expr& e, const OpDef& def) {
    if (impure(def)) return opaqueDeps();
    Deps d = children(e);
    if (d.opaque) return d;
    if (!def.body) {
      if (def.instance) return opaqueDeps();
      return d;  // a native operator of a built-in module
    }
    // Recursive definitions are left alone (their analysis would be a fixed point).
    if (def.recursive) return opaqueDeps();
    auto [it, fresh] = inProgress_.insert(&def);
    if (!fresh) return opaqueDeps();  // recursion
    Deps body = deps(*def.body);
    inProgress_.erase(it);
    if (!body.opaque) body.remove(paramTag(&def));
    d.add(body);
    return d;
  }

  const Model& model_;
  uint64_t serial_;
  std::unordered_map<const Expr*, Deps> memo_;
  std::unordered_set<const OpDef*> inProgress_;
};

// Definitions whose level in the model is higher than the level checker found: the .cfg may
// replace a constant operator or a definition by a definition of a higher level (MCNano's
// `CalculateHash <- CalculateHashImpl`, an action), and every definition calling it, maybe
// through others, is raised with it. The evaluator keeps no per-definition value of those.
class RaisedLevels {
 public:
  explicit RaisedLevels(const Model& model) : model_(model) {}

  void collect(const Module& m) {
    for (const auto& u : m.units) {
      if (u.def) def(*u.def);
      if (u.expr) walk(*u.expr, nullptr);
      if (u.instance) instance(*u.instance, nullptr);
      if (u.module) collect(*u.module);
    }
  }

  void mark(uint64_t serial) {
    // Raised: calls, maybe through others, a definition the .cfg raises. Impure: calls an
    // impure operator (`Stop == TLCSet("exit", TLCGet("distinct") > 500)` is of constant
    // level, yet its value must not be kept).
    std::vector<char> raised(nodes_.size(), 0), impure(nodes_.size(), 0);
    for (size_t i = 0; i < nodes_.size(); ++i) {
      raised[i] = nodes_[i].leaf;
      impure[i] = nodes_[i].impure;
    }
    withCallers(raised);
    withCallers(impure);
    for (size_t i = 0; i < nodes_.size(); ++i) {
      if (raised[i]) nodes_[i].def->raisedIn = serial;
      if (impure[i]) nodes_[i].def->impureIn = serial;
    }
  }

  const std::vector<const frontend::InstanceSpec*>& instances() const { return instances_; }

 private:
  // Marks, besides the nodes marked, every node that calls one of them, maybe indirectly.
  void withCallers(std::vector<char>& marked) const {
    std::vector<size_t> todo;
    for (size_t i = 0; i < marked.size(); ++i) {
      if (marked[i]) todo.push_back(i);
    }
    if (todo.empty()) return;  // the usual case
    std::unordered_map<const OpDef*, std::vector<size_t>> callers;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      for (const OpDef* c : nodes_[i].calls) callers[c].push_back(i);
    }
    while (!todo.empty()) {
      size_t i = todo.back();
      todo.pop_back();
      if (auto it = callers.find(nodes_[i].def); it != callers.end()) {
        for (size_t c : it->second) {
          if (!marked[c]) {
            marked[c] = 1;
            todo.push_back(c);
          }
        }
      }
    }
  }

  struct Node {
    const OpDef* def;
    bool leaf = false;    // calls a definition of a higher level than the level checker's
    bool impure = false;  // calls an impure operator of a built-in module
    std::vector<const OpDef*> calls;
  };

  void def(const OpDef& d) {
    if (!seen_.insert(&d).second) return;
    nodes_.push_back({&d, false, {}});
    size_t self = nodes_.size() - 1;
    if (d.body) walk(*d.body, &self);
    if (d.instance) instance(*d.instance, &self);
  }

  void instance(const frontend::InstanceSpec& inst, const size_t* owner) {
    if (seenInstances_.insert(&inst).second) instances_.push_back(&inst);
    for (const auto& s : inst.substitutions) {
      if (s.value) walk(*s.value, owner);
    }
  }

  // Records what `e` calls for the definition at `owner` (if any), and collects the LET
  // definitions and instances inside it.
  void walk(const Expr& e, const size_t* owner) {
    forEachChild(e, [&](const Expr& c) { walk(c, owner); });
    for (const auto& d : e.defs) def(*d);
    if (e.kind != ExprKind::OpApp) return;
    for (const auto& step : e.ref.instances) {
      if (step.spec) instance(*step.spec, owner);
    }
    if (owner == nullptr) return;
    const OpDef* callee = nullptr;
    bool leaf = false;
    if ((e.ref.kind == RefKind::Definition || e.ref.kind == RefKind::Selector) &&
        e.ref.def != nullptr) {
      const OpDef* over = model_.overrideOperator(e.ref.def);
      leaf = over != nullptr && over->level > e.ref.def->level;
      callee = over != nullptr ? over : e.ref.def;
    } else if (e.ref.kind == RefKind::Constant) {
      callee = model_.constantOperator(e.ref.decl);
      leaf = callee != nullptr && callee->level > frontend::Level::Constant;
    }
    if (callee == nullptr) return;
    bool calleeImpure = impure(*callee);
    def(*callee);  // may add nodes: index nodes_ only after
    nodes_[*owner].leaf = nodes_[*owner].leaf || leaf;
    nodes_[*owner].impure = nodes_[*owner].impure || calleeImpure;
    nodes_[*owner].calls.push_back(callee);
  }

  const Model& model_;
  std::vector<Node> nodes_;
  std::unordered_set<const OpDef*> seen_;
  std::vector<const frontend::InstanceSpec*> instances_;
  std::unordered_set<const frontend::InstanceSpec*> seenInstances_;
};

std::atomic<uint64_t> nextSerial{1};

}  // namespace

uint64_t markClosedExpressions(const Model& model, const frontend::LoadedSpec& spec) {
  uint64_t serial = nextSerial.fetch_add(1);
  for (const auto& m : spec.modules) ClosedAnalysis::flagSubstituted(*m);
  ClosedAnalysis a(model, serial);
  for (const auto& m : spec.modules) a.markModule(*m);
  RaisedLevels raised(model);
  for (const auto& m : spec.modules) raised.collect(*m);
  raised.mark(serial);
  for (const frontend::InstanceSpec* inst : raised.instances()) a.closeInstance(*inst);
  return serial;
}

const Value& Engine::fold(const Expr& e, const Env& env) {
  Value v = evalUnfolded(e, env);
  static std::mutex lock;
  std::lock_guard<std::mutex> guard(lock);
  if (const void* p = e.folded.load()) return *static_cast<const Value*>(p);
  auto keep = std::make_shared<const Value>(std::move(v));
  e.foldHolder = keep;
  e.folded.store(keep.get());
  return *keep;
}

}  // namespace vouch::refinement
