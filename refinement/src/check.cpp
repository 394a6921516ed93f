// Breadth-first explicit-state search (see check.hpp).

#include "vouch/refinement/check.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "liveness.hpp"
#include "vouch/refinement/parallel.hpp"
#include "vouch/refinement/resources.hpp"

namespace vouch::refinement {

using frontend::Expr;
using frontend::ExprKind;
using frontend::InputError;

namespace {

// Under SYMMETRY: the canonical fingerprint (smallest over the permutations) of states already
// seen, by their plain fingerprint, so that a state generated again is not permuted again.
// Bounded: past kMaxSlots it only answers what it holds.
class CanonicalCache {
 public:
  /// The canonical fingerprint kept for `plain`, or 0.
  uint64_t find(uint64_t plain) const {
    if (plain == 0) plain = 1;
    size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(plain) & mask;; i = (i + 1) & mask) {
      if (slots_[i].first == plain) return slots_[i].second;
      if (slots_[i].first == 0) return 0;
    }
  }
  void insert(uint64_t plain, uint64_t canonical) {
    if (plain == 0) plain = 1;
    if ((size_ + 1) * 2 > slots_.size()) {
      if (slots_.size() >= kMaxSlots) return;
      grow();
    }
    size_t mask = slots_.size() - 1;
    size_t i = static_cast<size_t>(plain) & mask;
    while (slots_[i].first != 0 && slots_[i].first != plain) i = (i + 1) & mask;
    if (slots_[i].first == 0) ++size_;
    slots_[i] = {plain, canonical};
  }

 private:
  static constexpr size_t kMaxSlots = size_t{1} << 22;  // 64 MiB
  void grow() {
    std::vector<std::pair<uint64_t, uint64_t>> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, {0, 0});
    size_t mask = slots_.size() - 1;
    for (const auto& e : old) {
      if (e.first == 0) continue;
      size_t i = static_cast<size_t>(e.first) & mask;
      while (slots_[i].first != 0) i = (i + 1) & mask;
      slots_[i] = e;
    }
  }
  std::vector<std::pair<uint64_t, uint64_t>> slots_ =
      std::vector<std::pair<uint64_t, uint64_t>>(1 << 12, {0, 0});
  size_t size_ = 0;
};

// The set of state fingerprints: open addressing with linear probing (0 marks an empty slot;
// a fingerprint of 0 is stored as 1).
class FingerprintSet {
 public:
  FingerprintSet() : slots_(1 << 16, 0) {}
  /// Inserts fp; false when it was already there.
  bool insert(uint64_t fp) {
    if (fp == 0) fp = 1;
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(fp) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == fp) return false;
      if (slots_[i] == 0) {
        slots_[i] = fp;
        ++size_;
        return true;
      }
    }
  }

 private:
  void grow() {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, 0);
    size_t mask = slots_.size() - 1;
    for (uint64_t fp : old) {
      if (fp == 0) continue;
      size_t i = static_cast<size_t>(fp) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = fp;
    }
  }
  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

// A state's fingerprint is folded from its variables' hashes, in order: the two functions
// below must fold alike, or a state and its images would not compare.
uint64_t fingerprintStart(const State& s) {
  return 0x84222325cbf29ce4ULL ^ s.size();
}
void fingerprintAdd(uint64_t& h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
}

// The fingerprint of s.
uint64_t fingerprint(const State& s) {
  uint64_t h = fingerprintStart(s);
  for (const auto& v : s) fingerprintAdd(h, v.hash());
  return h;
}

// The smallest fingerprint of the images of s under the SYMMETRY permutations (the fingerprint
// of each image, computed without building it, in one walk over s).
uint64_t canonicalFingerprint(const State& s, const std::vector<Value>& perms) {
  const size_t n = perms.size();
  std::vector<uint64_t> h(n, fingerprintStart(s)), v(n);
  for (const auto& x : s) {
    x.permutedHashes(perms.data(), n, v.data());
    for (size_t k = 0; k < n; ++k) fingerprintAdd(h[k], v[k]);
  }
  return n == 0 ? UINT64_MAX : *std::min_element(h.begin(), h.end());
}

// The SPECIFICATION's parts (initial predicates, next-state action, step properties) are
// sub-expressions of definition bodies. A body reached through instantiations (`INSTANCE M`
// imports, `I == INSTANCE M`, `Spec == I!Spec`) must be evaluated under their substitutions,
// so a part found there is wrapped in a definition of its own, referenced through the same
// instantiations.
using Steps = std::vector<frontend::Resolution::InstanceStep>;

class SpecParts {
 public:
  // A reference to the definition `e` names, when its body can be looked into: no arguments,
  // and instantiations without parameters (their arguments would need the reference's path).
  static bool transparent(const Expr& e) { return liveness::transparent(e); }
  static const frontend::ExprPtr* passedThrough(const Expr& e) {
    return liveness::passedThrough(e);
  }

  // `x` as found under the instantiations `steps`.
  frontend::ExprPtr scoped(const frontend::ExprPtr& x, const Steps& steps) {
    if (steps.empty()) return x;
    auto def = std::make_shared<frontend::OpDef>();
    def->name = "SPECIFICATION part";
    def->body = x;
    def->range = def->nameRange = x->range;
    def->level = x->level;
    def->levelChecked = true;
    def->seesCaller = true;
    auto ref = std::make_shared<Expr>(ExprKind::OpApp, x->range);
    ref->name = def->name;
    ref->ref.kind = frontend::RefKind::Definition;
    ref->ref.def = def.get();
    ref->ref.instances = steps;
    ref->level = x->level;
    defs_.push_back(def);
    refs_.push_back(ref);
    return ref;
  }

  // Splits a SPECIFICATION formula into its initial predicate(s) and next-state action.
  void split(const frontend::ExprPtr& self, const Steps& steps,
             std::vector<frontend::ExprPtr>& init, frontend::ExprPtr& next) {
    const Expr& e = *self;
    if (e.kind == ExprKind::Junction && e.text == "and") {
      for (const auto& a : e.args) split(a, steps, init, next);
      return;
    }
    if (e.kind == ExprKind::OpApp && e.ref.kind == frontend::RefKind::BuiltIn) {
      if (e.name == "/\\") {
        split(e.args[0], steps, init, next);
        split(e.args[1], steps, init, next);
        return;
      }
      if (e.name == "[]" && e.args[0]->kind == ExprKind::BoxAction) {
        next = scoped(e.args[0]->args[0], steps);
        return;
      }
    }
    if (const frontend::ExprPtr* arg = passedThrough(e)) {
      split(*arg, steps, init, next);
      return;
    }
    if (transparent(e) && e.ref.def->level == frontend::Level::Temporal) {
      Steps inner = steps;
      inner.insert(inner.end(), e.ref.instances.begin(), e.ref.instances.end());
      split(e.ref.def->body, inner, init, next);
      return;
    }
    if (e.level <= frontend::Level::State) {
      init.push_back(scoped(self, steps));
      return;
    }
    // Fairness and other temporal conjuncts: for the liveness checker.
    temporal.push_back({self, steps, ""});
  }

  // The SPECIFICATION's conjuncts other than the initial predicate and [][Next]_v (fairness).
  std::vector<liveness::Formula> temporal;

  // What a PROPERTY is, as TLC checks safety: [][A]_v (A on every step), []P with P a state
  // predicate (checked on every state, like an invariant), or a state predicate P (checked on
  // the initial states).
  //
  // Also [](P => []Q) with P and Q state predicates, the form of etcd-io/raft's and CCF's
  // trace-validation property TraceMatched: checked as TLC checks temporal properties, on a
  // state once its successors are generated (so that TLCGet("queue") in Q is the number of
  // states left to explore then).
  struct Property {
    enum class Kind { Unsupported, Step, Always, Initial, Expanded } kind = Kind::Unsupported;
    const Expr* expr = nullptr;   // A's [A]_v, P, or Expanded's Q
    const Expr* guard = nullptr;  // Expanded's P
    liveness::Formula formula;    // Unsupported: the conjunct, for the liveness checker
  };
  // The parts of a PROPERTY: a conjunction (Spec == Init /\ [][Next]_vars, a refinement) is
  // checked part by part; parts of other forms (fairness, liveness) come back Unsupported.
  std::vector<Property> properties(const Expr& reference) {
    std::vector<Property> out;
    if (!transparent(reference)) {
      Property other;
      other.formula.expr = frontend::ExprPtr(frontend::ExprPtr{}, const_cast<Expr*>(&reference));
      return {other};
    }
    Steps steps(reference.ref.instances.begin(), reference.ref.instances.end());
    collect(reference.ref.def->body, steps, out, 0);
    return out;
  }

 private:
  void collect(const frontend::ExprPtr& self, Steps steps, std::vector<Property>& out, int depth) {
    frontend::ExprPtr body = self;
    for (; depth < 64; ++depth) {
      if (const frontend::ExprPtr* arg = passedThrough(*body)) {
        body = *arg;
        continue;
      }
      if (!transparent(*body)) break;
      steps.insert(steps.end(), body->ref.instances.begin(), body->ref.instances.end());
      body = body->ref.def->body;
    }
    const Expr* e = body.get();
    if (e->level <= frontend::Level::State) {
      out.push_back({Property::Kind::Initial, scoped(body, steps).get()});
      return;
    }
    if (depth < 64 && e->kind == ExprKind::Junction && e->text == "and") {
      for (const auto& a : e->args) collect(a, steps, out, depth + 1);
      return;
    }
    Property other;
    other.formula = {body, steps, ""};
    if (e->kind == ExprKind::Quant && e->text == "\\A" && e->args[0]->kind == ExprKind::OpApp &&
        e->args[0]->ref.kind == frontend::RefKind::BuiltIn && e->args[0]->name == "[]") {
      // \A x \in S : []P is [](\A x \in S : P), and \A x \in S : [][A]_v is
      // [][\A x \in S : [A]_v]_v: TLC checks them as an invariant and a step property.
      const frontend::ExprPtr& arg = e->args[0]->args[0];
      if (arg->level <= frontend::Level::State || arg->kind == ExprKind::BoxAction) {
        auto q = std::make_shared<Expr>(*e);
        q->args = {arg};
        q->level = arg->level <= frontend::Level::State ? arg->level : frontend::Level::Action;
        refs_.push_back(q);
        out.push_back(
            {arg->level <= frontend::Level::State ? Property::Kind::Always : Property::Kind::Step,
             scoped(q, steps).get()});
        return;
      }
    }
    if (e->kind != ExprKind::OpApp || e->ref.kind != frontend::RefKind::BuiltIn) {
      out.push_back(other);
      return;
    }
    if (depth < 64 && e->name == "/\\") {
      collect(e->args[0], steps, out, depth + 1);
      collect(e->args[1], steps, out, depth + 1);
      return;
    }
    if (e->name == "[]") {
      const frontend::ExprPtr& arg = e->args[0];
      if (arg->kind == ExprKind::BoxAction) {
        out.push_back({Property::Kind::Step, scoped(arg, steps).get()});
        return;
      }
      if (arg->level <= frontend::Level::State) {
        out.push_back({Property::Kind::Always, scoped(arg, steps).get()});
        return;
      }
      if (arg->kind == ExprKind::OpApp && arg->ref.kind == frontend::RefKind::BuiltIn &&
          arg->name == "=>" && arg->args[0]->level <= frontend::Level::State) {
        const frontend::ExprPtr& then = arg->args[1];
        if (then->kind == ExprKind::OpApp && then->ref.kind == frontend::RefKind::BuiltIn &&
            then->name == "[]" && then->args[0]->level <= frontend::Level::State) {
          out.push_back({Property::Kind::Expanded, scoped(then->args[0], steps).get(),
                         scoped(arg->args[0], steps).get()});
          return;
        }
      }
    }
    out.push_back(other);
  }

  // The wrappers made by scoped(), and the references to them.
  std::vector<std::shared_ptr<frontend::OpDef>> defs_;
  std::vector<frontend::ExprPtr> refs_;
};

// A permutation of model values without its fixed points (so equal permutations are equal
// values whatever domain they were written on).
Value withoutFixedPoints(const Value& p) {
  std::vector<Value> d, r;
  p.forEachMapping([&](const Value& k, const Value& v) {
    if (k != v) {
      d.push_back(k);
      r.push_back(v);
    }
  });
  return Value::functionSorted(std::move(d), std::move(r));
}

// p after q: m |-> p[q[m]], each fixing what is outside its domain.
Value compose(const Value& p, const Value& q) {
  std::vector<Value> points;
  p.forEachMapping([&](const Value& k, const Value&) { points.push_back(k); });
  q.forEachMapping([&](const Value& k, const Value&) { points.push_back(k); });
  std::vector<Value> d, r;
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  for (const auto& m : points) {
    Value qm = q.apply(m).value_or(m);
    Value pqm = p.apply(qm).value_or(qm);
    if (pqm != m) {
      d.push_back(m);
      r.push_back(pqm);
    }
  }
  return Value::functionSorted(std::move(d), std::move(r));
}

// The group the SYMMETRY permutations generate, as TLC uses it (Permutations(A) \cup
// Permutations(B) gives every pair of a permutation of A and one of B). Generators are added
// only when not yet in the group, so there are few of them.
std::vector<Value> permutationGroup(const std::vector<Value>& given) {
  std::vector<Value> group{withoutFixedPoints(Value::function({}, {}))};
  std::unordered_set<Value, ValueHash> in{group[0]};
  std::vector<Value> gens;
  for (const auto& p0 : given) {
    Value p = withoutFixedPoints(p0);
    if (in.count(p) != 0) continue;
    gens.push_back(p);
    // Close under multiplication by every generator: breadth-first from what is there.
    for (size_t i = 0; i < group.size(); ++i) {
      for (const auto& g : gens) {
        Value h = compose(g, group[i]);
        if (in.insert(h).second) group.push_back(h);
      }
    }
  }
  return group;
}

}  // namespace

std::string formatState(const Model& model, const State& s) {
  std::ostringstream os;
  for (size_t i = 0; i < s.size(); ++i) {
    os << "/\\ " << model.variables()[i]->name << " = " << s[i].toString() << "\n";
  }
  return os.str();
}

namespace {
CheckResult exploreOnce(const Model& model, const frontend::Config& cfg, const CheckOptions& opts);
}  // namespace

CheckResult explore(const Model& model, const frontend::Config& cfg, const CheckOptions& opts) {
  auto start = std::chrono::steady_clock::now();
  // A budget spent in an evaluation outside the search (SYMMETRY's set, an ASSUME) is unknown too.
  auto once = [&](const CheckOptions& o) {
    try {
      return exploreOnce(model, cfg, o);
    } catch (const BudgetSpent& spent) {
      CheckResult r;
      r.verdict = Verdict::Unknown;
      r.unknownReason = std::string(spent.why) + " during an evaluation";
      r.elapsedSeconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      return r;
    }
  };
  CheckResult r = once(opts);
  if (!cfg.symmetry || opts.ignoreSymmetry || r.verdict != Verdict::Violates ||
      r.violationKind != "temporal") {
    return r;
  }
  // A liveness violation on the graph of orbit representatives may be no behavior of the spec:
  // a property such as \A i \in S : []<>(x = i) is not true of a representative's behavior
  // even when every behavior satisfies it (x alternating between m1 and m2 is one state m1
  // under SYMMETRY). The spec is checked again without SYMMETRY, and that answer is given.
  CheckOptions full = opts;
  full.ignoreSymmetry = true;
  if (opts.timeoutSeconds > 0) {
    double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    full.timeoutSeconds = std::max(0.001, opts.timeoutSeconds - spent);
  }
  CheckResult again = once(full);
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (again.verdict == Verdict::Violates && again.violationKind == "temporal") {
    // Confirmed: the counts of the search with SYMMETRY (TLC's), the behavior of the one without
    // (a behavior of the spec).
    r.trace = std::move(again.trace);
    r.loopTo = again.loopTo;
    r.violationName = again.violationName;
    r.elapsedSeconds = elapsed;
    r.warnings.push_back(
        "warning: the liveness violation found on the graph of SYMMETRY orbits was confirmed "
        "by a search without SYMMETRY; the behavior shown is from that search");
    return r;
  }
  again.elapsedSeconds = elapsed;
  again.warnings.insert(again.warnings.begin(),
                        "warning: a liveness violation found on the graph of SYMMETRY orbits is "
                        "no behavior of the spec; it was checked again without SYMMETRY, and the "
                        "verdict and counts are of that search");
  return again;
}

namespace {

CheckResult exploreOnce(const Model& model, const frontend::Config& cfg, const CheckOptions& opts) {
  auto start = std::chrono::steady_clock::now();
  // One long evaluation (a quantifier over 10^8 functions) is held to the budgets too.
  setEvaluationBudget(opts.timeoutSeconds > 0
                          ? start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        std::chrono::duration<double>(opts.timeoutSeconds))
                          : std::chrono::steady_clock::time_point::max(),
                      opts.maxMemoryBytes);
  struct Cleared {
    ~Cleared() { clearEvaluationBudget(); }
  } cleared;
  // Which budget is spent at `now` ("--timeout reached", "--max-memory reached"), or null.
  // Asked from every worker; the resident memory is read at most every 20 ms.
  constexpr int64_t kMemoryEveryNs = 20'000'000;
  std::atomic<int64_t> memoryReadAt{-kMemoryEveryNs};
  auto spentAt = [&](std::chrono::steady_clock::time_point now) -> const char* {
    if (opts.timeoutSeconds > 0 &&
        std::chrono::duration<double>(now - start).count() > opts.timeoutSeconds) {
      return "--timeout reached";
    }
    if (opts.maxMemoryBytes != 0) {
      int64_t t = std::chrono::duration_cast<std::chrono::nanoseconds>(now - start).count();
      int64_t last = memoryReadAt.load(std::memory_order_relaxed);
      if (t - last >= kMemoryEveryNs && memoryReadAt.compare_exchange_strong(last, t) &&
          residentBytes() > opts.maxMemoryBytes) {
        return "--max-memory reached";
      }
    }
    return nullptr;
  };
  CheckResult res;
  res.warnings = model.warnings();
  // Thrown when a budget is spent while the initial states are enumerated.
  struct Spent {
    const char* why;
  };
  uint64_t initialSeen = 0;
  auto checkInitialBudget = [&](size_t distinct) {
    // After a violation the enumeration goes on only to count the initial states, as TLC.
    if (res.verdict != Verdict::Conforms) return;
    if (opts.maxStates != 0 && distinct >= opts.maxStates) throw Spent{"--max-states reached"};
    if (++initialSeen % 1024 != 0) return;
    if (const char* why = spentAt(std::chrono::steady_clock::now())) throw Spent{why};
  };
  Evaluator ev(model);

  // What to explore.
  SpecParts parts;
  std::shared_ptr<Expr> initConj;
  frontend::ExprPtr nextPart;
  const Expr* init = nullptr;
  const Expr* next = nullptr;
  if (cfg.specification) {
    const Expr& spec = model.requireReference(*cfg.specification, "SPECIFICATION");
    std::vector<frontend::ExprPtr> inits;
    if (SpecParts::transparent(spec)) {
      parts.split(spec.ref.def->body, spec.ref.instances, inits, nextPart);
    }
    next = nextPart.get();
    if (inits.empty() || next == nullptr) {
      throw InputError(frontend::ErrorKind::Config, cfg.specification->range,
                       "SPECIFICATION must have the form Init /\\ [][Next]_vars (/\\ fairness)");
    }
    initConj = std::make_shared<Expr>(ExprKind::Junction, spec.range);
    initConj->text = "and";
    initConj->args = inits;
    init = initConj.get();
  } else if (!cfg.init && !cfg.next && model.variables().empty()) {
    // A spec without variables and without a behavior: TLC checks its assumptions only.
  } else {
    if (!cfg.init || !cfg.next) {
      throw InputError(frontend::ErrorKind::Config, frontend::SourceRange{cfg.file.get(), {1, 1}, {}},
                       "the .cfg needs SPECIFICATION, or INIT and NEXT");
    }
    init = &model.requireReference(*cfg.init, "INIT");
    next = &model.requireReference(*cfg.next, "NEXT");
  }
  std::vector<std::pair<std::string, const Expr*>> invariants, constraints, actionConstraints;
  for (const auto& n : cfg.invariants) invariants.emplace_back(n.name, &model.requireReference(n, "INVARIANT"));
  for (const auto& n : cfg.constraints) constraints.emplace_back(n.name, &model.requireReference(n, "CONSTRAINT"));
  for (const auto& n : cfg.actionConstraints) {
    actionConstraints.emplace_back(n.name, &model.requireReference(n, "ACTION_CONSTRAINT"));
  }
  // Safety properties: [][A]_v is checked on every step, []P on every state, P on the initial
  // states.
  std::vector<std::pair<std::string, const Expr*>> stepProperties, initialProperties;
  struct ExpandedProperty {
    std::string name;
    const Expr* guard;  // P of [](P => []Q)
    const Expr* body;   // Q
  };
  std::vector<ExpandedProperty> expandedProperties;
  // Liveness: the SPECIFICATION's fairness and the PROPERTY conjuncts of the other forms,
  // checked on the complete state graph (liveness.cpp).
  liveness::Checker live(
      ev, [&](const frontend::ExprPtr& x, const Steps& st) { return parts.scoped(x, st); });
  std::vector<std::string> unknownFairness;
  // A PROPERTY conjunct, or the liveness part, that is not checked: the verdict can be
  // "violates" or "unknown", never "conforms".
  std::string unchecked;
  for (const auto& n : cfg.properties) {
    const Expr& p = model.requireReference(n, "PROPERTY");
    if (p.level == frontend::Level::Action) {
      // A behavior satisfies an action when its first step does, stuttering included: not what
      // is meant (TLC refuses it too).
      throw InputError(frontend::ErrorKind::Config, n.range,
                       "PROPERTY " + n.name +
                           " is an action, not a temporal formula: write [][" + n.name +
                           "]_vars for an action every step must satisfy");
    }
    std::vector<SpecParts::Property> props = parts.properties(p);
    size_t unsupported = 0;
    for (const SpecParts::Property& prop : props) {
      switch (prop.kind) {
        case SpecParts::Property::Kind::Step:
          stepProperties.emplace_back(n.name, prop.expr);
          break;
        case SpecParts::Property::Kind::Always:
          invariants.emplace_back(n.name, prop.expr);
          break;
        case SpecParts::Property::Kind::Initial:
          initialProperties.emplace_back(n.name, prop.expr);
          break;
        case SpecParts::Property::Kind::Expanded:
          if (expandedProperties.size() == 64) {
            throw InputError(frontend::ErrorKind::Config, n.range,
                             "at most 64 properties of the form [](P => []Q) are supported");
          }
          expandedProperties.push_back({n.name, prop.guard, prop.expr});
          break;
        case SpecParts::Property::Kind::Unsupported:
          if (!live.addProperty({prop.formula.expr, prop.formula.steps, n.name})) ++unsupported;
          break;
      }
    }
    if (unsupported != 0) {
      if (unchecked.empty())
        unchecked = "PROPERTY " + n.name + " is of a form vouch does not check";
      std::string where = n.range.file->path() + ":" + std::to_string(n.range.begin.line) + ":" +
                          std::to_string(n.range.begin.col) + ": warning: PROPERTY " + n.name;
      res.warnings.push_back(
          unsupported == props.size()
              ? where +
                    " is not a conjunction of the forms vouch checks (safety: [][A]_v, []P, "
                    "P, [](P => []Q); liveness: <>P, []<>P, <>[]P, P ~> Q, WF_v(A), ..., see "
                    "docs/adr/0008-liveness.md); it is not checked, so the verdict cannot be "
                    "conforms"
              : where +
                    ": its conjuncts of other forms than those vouch checks (safety: [][A]_v, "
                    "[]P, P, [](P => []Q); liveness: <>P, []<>P, <>[]P, P ~> Q, WF_v(A), ..., "
                    "see docs/adr/0008-liveness.md) are not checked, so the verdict cannot be "
                    "conforms; the others are");
    }
  }
  // The fairness conjuncts matter to liveness properties only (as in TLC, a spec's fairness is
  // not even evaluated without them: `\A p \in Nat : WF_v(A(p))` is no error then).
  for (size_t i = 0; live.hasProperties() && i < parts.temporal.size(); ++i) {
    const liveness::Formula& f = parts.temporal[i];
    if (!live.addFairness(f)) {
      unknownFairness.push_back(f.expr->range.file != nullptr
                                    ? f.expr->range.file->path() + ":" +
                                          std::to_string(f.expr->range.begin.line)
                                    : "SPECIFICATION");
    }
  }
  const Expr* view = cfg.view ? &model.requireReference(*cfg.view, "VIEW") : nullptr;
  // SYMMETRY: a set of permutations of model values; a state's fingerprint is the smallest
  // over its images, so each orbit is one distinct state.
  std::vector<Value> perms;
  if (cfg.symmetry && !opts.ignoreSymmetry) {
    Value ps = ev.eval(model.requireReference(*cfg.symmetry, "SYMMETRY"), nullptr);
    std::vector<Value> given;
    try {
      for (const auto& p : ps.elements()) {
        if (!p.isFunc()) {
          throw ValueError{"SYMMETRY must be a set of permutations, but contains " + p.toString()};
        }
        given.push_back(p);
      }
      perms = permutationGroup(given);
    } catch (const ValueError& e) {
      throw InputError(frontend::ErrorKind::Config, cfg.symmetry->range, e.message);
    }
  }
  bool checkDeadlock = opts.checkDeadlock.value_or(cfg.checkDeadlock ? cfg.checkDeadlock->value : true);

  std::vector<State> states;
  std::vector<uint32_t> parent;
  std::vector<uint32_t> depth;
  FingerprintSet seen;
  auto traceTo = [&](uint32_t idx) {
    std::vector<State> t;
    for (uint32_t i = idx;; i = parent[i]) {
      t.push_back(states[i]);
      if (parent[i] == i) break;
    }
    return std::vector<State>(t.rbegin(), t.rend());
  };
  // These take the evaluator to use: with -workers, each thread has its own.
  // A state whose fingerprint cannot be computed holds a value no state may hold (an infinite
  // set such as Nat): an evaluation error of the formula that made it (Init or Next), naming
  // the variable, or of the VIEW, with the behavior that led there. Under SYMMETRY, each
  // evaluator (each worker has its own) keeps a CanonicalCache, made before any worker starts.
  std::unordered_map<const Evaluator*, CanonicalCache> canonical{{&ev, {}}};
  auto fpOf = [&](Evaluator& e, const State& s, const Expr* source) {
    try {
      if (view != nullptr && perms.empty()) return e.eval(*view, &s).hash();
      uint64_t fp = fingerprint(s);
      if (perms.empty()) return fp;
      CanonicalCache& cache = canonical.at(&e);
      if (uint64_t known = cache.find(fp); known != 0) return known;
      uint64_t plain = fp;
      if (view != nullptr) {
        // As TLC: the VIEW of the state's smallest image under the SYMMETRY permutations
        // (variable by variable, in the order of values).
        State best = s, image(s.size());
        for (const Value& perm : perms) {
          int cmp = 0;
          size_t j = 0;
          for (; j < s.size(); ++j) {
            image[j] = s[j].permuted(perm);
            if (cmp == 0) cmp = Value::compare(image[j], best[j]);
            if (cmp > 0) break;
          }
          if (j == s.size() && cmp < 0) std::swap(best, image);
        }
        fp = e.eval(*view, &best).hash();
      } else {
        fp = std::min(fp, canonicalFingerprint(s, perms));
      }
      if (fp == 0) fp = 1;  // as the fingerprint set stores it; 0 marks absence in the cache
      cache.insert(plain, fp);
      return fp;
    } catch (const ValueError& err) {
      if (view != nullptr) {
        throw InputError(
            frontend::ErrorKind::Eval, view->range,
            "the VIEW cannot be fingerprinted (" + err.message + "): it must be a finite value");
      }
      std::string what = "a state's value";
      for (size_t i = 0; i < s.size() && i < model.variables().size(); ++i) {
        try {
          (void)s[i].hash();
        } catch (const ValueError&) {
          what = "the value of " + model.variables()[i]->name;
          break;
        }
      }
      throw InputError(frontend::ErrorKind::Eval,
                       source != nullptr ? source->range : frontend::SourceRange{},
                       what + " cannot be part of a state (" + err.message +
                           "): a state holds finite values only");
    }
  };
  // The name of the first of `checks` that state s falsifies, or null.
  auto firstFalse = [](Evaluator& e, const std::vector<std::pair<std::string, const Expr*>>& checks,
                       const State& s) -> const std::string* {
    for (const auto& [name, p] : checks) {
      if (!e.evalBool(*p, &s)) return &name;
    }
    return nullptr;
  };
  // The name of the first step property the step from `from` to `to` falsifies, or null.
  auto falseStepProperty = [&](Evaluator& e, const State& from,
                               const State& to) -> const std::string* {
    for (const auto& [name, p] : stepProperties) {
      if (!e.evalAction(*p, from, to).asBool()) return &name;
    }
    return nullptr;
  };
  auto inModel = [&](Evaluator& e, const State& s) {
    return firstFalse(e, constraints, s) == nullptr;
  };
  // TLCGet("level") is, as in TLC, the level of the state a state predicate is about (1 for an
  // initial state), and the level of the first state of a step in actions and step properties.
  // The search sets the latter; these run with the level of the new state, then restore it.
  auto atLevel = [](Evaluator& e, uint32_t level, auto&& f) {
    e.setLevel(level);
    auto r = f();
    e.setLevel(level - 1);
    return r;
  };
  // The constraints on a step from a state of depth d: CONSTRAINT on the new state, then
  // ACTION_CONSTRAINT.
  auto stepInModel = [&](Evaluator& e, const State& from, const State& to, uint32_t d) {
    if (!atLevel(e, d + 1, [&] { return inModel(e, to); })) return false;
    for (const auto& [name, c] : actionConstraints) {
      if (!e.evalAction(*c, from, to).asBool()) return false;
    }
    return true;
  };
  // Enumerates the successors of `cur` (a state of depth d) with evaluator e, calling step for
  // each, and adds the middle states of A \cdot B it went through (TLC counts them) to
  // `generated`; returns whether there was any successor.
  auto expand = [&](Evaluator& e, const State& cur, uint32_t d, uint64_t& generated,
                    const std::function<void(State &&)>& step) {
    e.setLevel(d);
    e.takeComposedStates();
    bool any = false;
    e.successors(*next, cur, [&](State&& s) {
      any = true;
      step(std::move(s));
    });
    generated += e.takeComposedStates();
    return any;
  };
  // Appends a new distinct state; returns its index.
  uint64_t distinctCount = 0;  // states.size(), for TLCGet("distinct")
  auto append = [&](State&& s, uint32_t from, uint32_t d) {
    uint32_t idx = static_cast<uint32_t>(states.size());
    states.push_back(std::move(s));
    distinctCount = states.size();
    parent.push_back(from == UINT32_MAX ? idx : from);
    depth.push_back(d);
    res.depth = std::max<uint64_t>(res.depth, d);
    return idx;
  };
  auto violation = [&](const char* kind, const std::string& name, uint32_t idx) {
    res.verdict = Verdict::Violates;
    res.violationKind = kind;
    res.violationName = name;
    res.trace = traceTo(idx);
  };
  // What a state of depth d (an initial state: d == 1) falsifies first: an invariant, then for
  // an initial state an initial property. {kind, name}; name is null when nothing fails.
  struct Failed {
    const char* kind = nullptr;
    const std::string* name = nullptr;
  };
  auto firstFailed = [&](Evaluator& e, const State& s, uint32_t d) -> Failed {
    if (const std::string* n = atLevel(e, d, [&] { return firstFalse(e, invariants, s); })) {
      return {"invariant", n};
    }
    if (d == 1) {
      if (const std::string* n =
              atLevel(e, d, [&] { return firstFalse(e, initialProperties, s); })) {
        return {"property", n};
      }
    }
    return {};
  };
  // Adds a new distinct state; returns false when an invariant is violated.
  uint32_t checking = UINT32_MAX;  // the new state whose invariants are being evaluated
  auto addState = [&](State&& s, uint32_t from, uint32_t d) -> bool {
    uint64_t fp = fpOf(ev, s, from == UINT32_MAX ? init : next);
    if (!seen.insert(fp)) return true;
    uint32_t idx = append(std::move(s), from, d);
    checking = idx;
    Failed f = firstFailed(ev, states[idx], d);
    checking = UINT32_MAX;
    if (f.name == nullptr) return true;
    violation(f.kind, *f.name, idx);
    return false;
  };

  // As TLC, a state the constraints exclude is not explored (nor counted as distinct), but
  // its invariants are checked (and, for an initial state, the initial properties): false
  // when one fails, with the behavior to `from` (UINT32_MAX: none) and the state as the
  // violation.
  bool excludedViolator = false;
  auto excludedHolds = [&](Evaluator& e, uint32_t from, const State& s, uint32_t d) {
    Failed f = firstFailed(e, s, d);
    if (f.name == nullptr) return true;
    res.verdict = Verdict::Violates;
    res.violationKind = f.kind;
    res.violationName = *f.name;
    res.trace = from == UINT32_MAX ? std::vector<State>{} : traceTo(from);
    res.trace.push_back(s);
    excludedViolator = true;
    return false;
  };

  uint32_t current = UINT32_MAX;
  try {
    bool ok = true;
    bool violatorQueued = false;  // the violating state was added to the queue (not expanded)
    size_t nw = std::max<size_t>(1, opts.workers);
    ev.setLevel(0);
    ev.setStats(0, 0, 0, 0);
    ev.setConfig(checkDeadlock, nw);
    if (nw == 1) {
      // TLCExt's Trace: the behavior to the new state whose invariants are evaluated; in an
      // action, to the state being expanded; in a CONSTRAINT, to the new state, not added yet.
      ev.setTraceSource([&](const State* at) {
        if (checking != UINT32_MAX) return traceTo(checking);
        std::vector<State> path;
        if (current != UINT32_MAX) path = traceTo(current);
        if (at != nullptr && (path.empty() || path.back() != *at)) path.push_back(*at);
        return path;
      });
    }
    ev.setCounters(&distinctCount, &res.generated, &res.depth);  // the one-worker search's
    // TLC evaluates the assumptions first.
    for (const Expr* a : model.assumptions()) {
      if (!ev.evalBool(*a, nullptr)) {
        res.verdict = Verdict::Violates;
        res.violationKind = "assumption";
        res.violationName = a->range.file->path() + ":" + std::to_string(a->range.begin.line);
        ok = false;
        break;
      }
    }
    // With -workers, each worker has its own evaluator, and the registers the assumptions set.
    std::vector<std::unique_ptr<Evaluator>> own;
    std::vector<Evaluator*> evs{&ev};
    for (size_t w = 1; w < nw; ++w) {
      own.push_back(std::make_unique<Evaluator>(model));
      evs.push_back(own.back().get());
      evs.back()->setLevel(0);
      evs.back()->setStats(0, 0, 0, 0);
      evs.back()->setConfig(checkDeadlock, nw);
      evs.back()->copyRegisters(ev);
      canonical[evs.back()];
    }
    auto addInitial = [&](State&& s) {
      checkInitialBudget(states.size());
      ++res.generated;  // as TLC: every initial state is counted, even after a violation
      if (!ok) return;
      if (!atLevel(ev, 1, [&] { return inModel(ev, s); })) {
        ok = excludedHolds(ev, UINT32_MAX, s, 1);
        return;
      }
      ok = addState(std::move(s), UINT32_MAX, 1);
    };
    if (ok && init != nullptr && nw == 1) ev.initialStates(*init, addInitial);
    if (ok && init != nullptr && nw > 1) {
      // The initial states are enumerated by all workers, each taking its share of the first
      // branching (Evaluator::initialStatesShared), then added in the one-worker order; an
      // evaluation error is the one the one-worker enumeration would have met first.
      struct Share {
        std::vector<std::pair<int64_t, State>> states;
        std::exception_ptr error;
        int64_t errorTag = 0;
      };
      // What addInitial computes for a state, computed by the worker that enumerated it: the
      // sequential pass below only deduplicates, in order, and keeps the first outcome.
      struct Checked {
        bool inModel = false;
        uint64_t fp = 0;
        Failed failed;   // the first invariant or initial property violated
        int stage = -1;  // where `error` happened: 0 constraints, 1 fingerprint, 2 checks
        std::exception_ptr error;
      };
      std::vector<Share> shares(nw);
      std::vector<std::vector<Checked>> checked(nw);
      // A budget spent in any worker ends every worker's share: nothing more is kept.
      std::atomic<const char*> spentWhy{nullptr};
      auto stopHere = [&](uint64_t count) {
        if (count % 1024 != 0) return false;
        const char* why = spentWhy.load();
        if (why == nullptr && (why = spentAt(std::chrono::steady_clock::now())) != nullptr) {
          spentWhy = why;
        }
        return why != nullptr;
      };
      runParallel(nw, [&](size_t w) {
        Evaluator& e = *evs[w];
        try {
          e.initialStatesShared(
              *init, w, nw,
              [&, seen = uint64_t{0}](int64_t tag, State&& s) mutable {
                if (stopHere(++seen)) throw Spent{spentWhy.load()};
                shares[w].states.emplace_back(tag, std::move(s));
              },
              shares[w].errorTag);
        } catch (const Spent&) {
          return;
        } catch (...) {
          shares[w].error = std::current_exception();
        }
        for (const auto& [tag, st] : shares[w].states) {
          if (stopHere(checked[w].size() + 1)) return;
          Checked& c = checked[w].emplace_back();
          try {
            c.stage = 0;
            c.inModel = atLevel(e, 1, [&] { return inModel(e, st); });
            if (c.inModel) {
              c.stage = 1;
              c.fp = fpOf(e, st, init);
            }
            // Checked even when the constraints exclude the state, as in TLC.
            c.stage = 2;
            c.failed = firstFailed(e, st, 1);
            c.stage = -1;
          } catch (...) {
            c.error = std::current_exception();
          }
        }
      });
      if (const char* why = spentWhy.load()) throw Spent{why};
      const Share* failed = nullptr;
      for (const Share& sh : shares) {
        if (sh.error && (failed == nullptr || sh.errorTag < failed->errorTag)) failed = &sh;
      }
      std::vector<std::pair<size_t, size_t>> order;  // (worker, index)
      for (size_t w = 0; w < nw; ++w) {
        for (size_t i = 0; i < shares[w].states.size(); ++i) {
          if (failed == nullptr || shares[w].states[i].first <= failed->errorTag) {
            order.emplace_back(w, i);
          }
        }
      }
      std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return shares[a.first].states[a.second].first < shares[b.first].states[b.second].first;
      });
      for (auto [w, i] : order) {
        checkInitialBudget(states.size());
        ++res.generated;  // as TLC: every initial state is counted, even after a violation
        if (!ok) continue;
        const Checked& c = checked[w][i];
        if (c.error && c.stage <= 1) std::rethrow_exception(c.error);
        if (!c.inModel) {
          if (c.error) std::rethrow_exception(c.error);
          ok = excludedHolds(ev, UINT32_MAX, shares[w].states[i].second, 1);
          continue;
        }
        if (!seen.insert(c.fp)) continue;
        uint32_t idx = append(std::move(shares[w].states[i].second), UINT32_MAX, 1);
        if (c.error) std::rethrow_exception(c.error);  // in an invariant of a new state
        if (c.failed.name != nullptr) violation(c.failed.kind, *c.failed.name, idx);
        ok = c.failed.name == nullptr;
      }
      if (failed != nullptr) std::rethrow_exception(failed->error);
    }
    auto lastProgress = std::chrono::steady_clock::now();
    // Properties checked once a state's successors are generated see the queue of the
    // one-worker search, as in TLC (whose trace-validation specs require one worker).
    bool parallel = ok && opts.workers > 1 && expandedProperties.empty();
    if (ok && opts.workers > 1 && !expandedProperties.empty()) {
      res.warnings.push_back("warning: PROPERTY " + expandedProperties[0].name +
                             " is checked on the one-worker search (as TLC, it depends on the "
                             "order of exploration); -workers is ignored");
    }
    std::atomic<bool> exited{false};  // a worker of the parallel search met TLCSet("exit", TRUE)
    // Per state, the properties [](P => []Q) whose P held on the way to it (a bit each).
    std::vector<uint64_t> armed;
    if (parallel) {
      // Level by level, the states of a level shared among the workers (each with its own
      // evaluator); the new states of a level are appended once every worker is done with it.
      constexpr size_t kShards = 64;
      std::vector<FingerprintSet> shards(kShards);
      std::vector<std::mutex> shardLocks(kShards);
      for (size_t i = 0; i < states.size(); ++i) {
        uint64_t fp = fpOf(ev, states[i], nullptr);  // already fingerprinted once
        shards[fp >> 58].insert(fp);
      }
      struct Out {
        std::vector<State> states;
        std::vector<uint32_t> parents;
        uint64_t generated = 0;
      };
      std::atomic<bool> stop{false};
      std::atomic<uint64_t> expanded{0}, added{0};
      std::mutex found;  // guards the verdict fields of res
      std::exception_ptr failure;
      bool done = false;
      for (size_t lo = 0; !done && lo < states.size();) {
        size_t hi = states.size();
        std::atomic<size_t> nextIndex{lo};
        std::vector<Out> outs(nw);
        auto record = [&](const char* kind, const std::string& name, std::vector<State> trace) {
          std::lock_guard<std::mutex> g(found);
          if (stop.exchange(true)) return false;
          res.verdict = Verdict::Violates;
          res.violationKind = kind;
          res.violationName = name;
          res.trace = std::move(trace);
          return true;
        };
        auto budget = [&](const char* why) {
          std::lock_guard<std::mutex> g(found);
          if (stop.exchange(true)) return;
          res.verdict = Verdict::Unknown;
          res.unknownReason = why;
        };
        runParallel(nw, [&](size_t w) {
          Evaluator& wev = *evs[w];
          Out& out = outs[w];
          uint32_t q = 0;
          try {
            while (!stop.load()) {
              size_t first = nextIndex.fetch_add(16);
              if (first >= hi) break;
              for (size_t qi = first; qi < std::min(hi, first + 16) && !stop.load(); ++qi) {
                q = static_cast<uint32_t>(qi);
                if (opts.maxStates != 0 && lo + (hi - lo) + added.load() >= opts.maxStates) {
                  budget("--max-states reached");
                  break;
                }
                auto now = std::chrono::steady_clock::now();
                if (const char* why = spentAt(now)) {
                  budget(why);
                  break;
                }
                if (w == 0 && opts.progress && now - lastProgress > std::chrono::seconds(1)) {
                  opts.progress(hi + added.load(), res.generated,
                                hi + added.load() - expanded.load());
                  lastProgress = now;
                }
                const State& cur = states[qi];
                uint32_t d = depth[qi];
                bool any = expand(wev, cur, d, out.generated, [&](State&& s) {
                  if (stop.load()) return;
                  ++out.generated;
                  // As the sequential search: constraints, new state and its invariants, then
                  // the step properties. A violating new state is in the seen set, so it counts
                  // as distinct (as in TLC) but is not expanded.
                  bool isNew = false;
                  const std::string* violated = nullptr;
                  const char* kind = "invariant";
                  bool inModelStep = stepInModel(wev, cur, s, d);
                  if (!inModelStep) {
                    // Excluded by the constraints: not explored, but checked, as in TLC.
                    violated = atLevel(wev, d + 1, [&] { return firstFalse(wev, invariants, s); });
                  } else {
                    uint64_t fp = fpOf(wev, s, next);
                    {
                      std::lock_guard<std::mutex> g(shardLocks[fp >> 58]);
                      isNew = shards[fp >> 58].insert(fp);
                    }
                    if (isNew) {
                      added.fetch_add(1);
                      violated =
                          atLevel(wev, d + 1, [&] { return firstFalse(wev, invariants, s); });
                    }
                  }
                  if (violated == nullptr) {
                    violated = falseStepProperty(wev, cur, s);
                    kind = "property";
                  }
                  if (violated != nullptr) {
                    std::vector<State> t = traceTo(q);
                    t.push_back(s);
                    if (record(kind, *violated, std::move(t))) violatorQueued = isNew;
                  }
                  if (isNew) {
                    out.states.push_back(std::move(s));
                    out.parents.push_back(q);
                  }
                });
                expanded.fetch_add(1);
                if (!any && checkDeadlock) record("deadlock", "", traceTo(q));
                if (wev.exitRequested()) {
                  // TLCSet("exit", TRUE): every worker stops, as TLC, without an error.
                  exited.store(true);
                  stop.store(true);
                }
              }
            }
          } catch (const InputError& e) {
            if (e.diagnostic().kind == frontend::ErrorKind::Eval) {
              std::lock_guard<std::mutex> g(found);
              if (!stop.exchange(true)) {
                res.verdict = Verdict::Violates;
                res.violationKind = "error";
                res.error = e.diagnostic();
                res.trace = traceTo(q);
              }
            } else {
              std::lock_guard<std::mutex> g(found);
              if (!failure) failure = std::current_exception();
              stop.store(true);
            }
          } catch (...) {
            std::lock_guard<std::mutex> g(found);
            if (!failure) failure = std::current_exception();
            stop.store(true);
          }
        });
        if (failure) std::rethrow_exception(failure);
        for (auto& out : outs) {
          res.generated += out.generated;
          for (size_t i = 0; i < out.states.size(); ++i) {
            uint32_t d = depth[out.parents[i]] + 1;
            states.push_back(std::move(out.states[i]));
            parent.push_back(out.parents[i]);
            depth.push_back(d);
            res.depth = std::max<uint64_t>(res.depth, d);
          }
        }
        if (stop.load()) {
          done = true;
          res.leftOnQueue = states.size() - expanded.load() - (violatorQueued ? 1 : 0);
        }
        lo = hi;
      }
      ok = res.verdict == Verdict::Conforms;
    }
    for (size_t q = 0; !parallel && ok && q < states.size(); ++q) {
      current = static_cast<uint32_t>(q);
      if (ev.exitRequested()) {  // TLCSet("exit", TRUE): stop, as TLC, without an error
        res.leftOnQueue = states.size() - q;
        break;
      }
      if (opts.maxStates != 0 && states.size() >= opts.maxStates) {
        res.verdict = Verdict::Unknown;
        res.unknownReason = "--max-states reached";
        res.leftOnQueue = states.size() - q;
        break;
      }
      auto now = std::chrono::steady_clock::now();
      if (const char* why = spentAt(now)) {
        res.verdict = Verdict::Unknown;
        res.unknownReason = why;
        res.leftOnQueue = states.size() - q;
        break;
      }
      if (opts.progress && now - lastProgress > std::chrono::seconds(1)) {
        opts.progress(states.size(), res.generated, states.size() - q);
        lastProgress = now;
      }
      State cur = states[q];  // a copy: adding states may move them
      uint32_t d = depth[q];
      ev.setQueue(static_cast<int64_t>(states.size() - (q + 1)));
      bool any = expand(ev, cur, d, res.generated, [&](State&& s) {
        if (!ok) return;  // as TLC: nothing is counted after a violation
        ++res.generated;
        // TLC's order: the constraints, then a new state is added and its invariants checked,
        // then the step properties (on every step, new state or not).
        size_t before = states.size();
        if (stepInModel(ev, cur, s, d)) {
          if (stepProperties.empty()) {
            ok = addState(std::move(s), static_cast<uint32_t>(q), d + 1);
            return;
          }
          ok = addState(State(s), static_cast<uint32_t>(q), d + 1);
          if (!ok) return;
        } else if (!excludedHolds(ev, static_cast<uint32_t>(q), s, d + 1)) {
          ok = false;
          return;
        }
        if (const std::string* name = falseStepProperty(ev, cur, s)) {
          res.verdict = Verdict::Violates;
          res.violationKind = "property";
          res.violationName = *name;
          res.trace = traceTo(static_cast<uint32_t>(q));
          res.trace.push_back(s);
          ok = false;
          violatorQueued = states.size() > before;
        }
      });
      if (ok && !any && checkDeadlock) {
        res.verdict = Verdict::Violates;
        res.violationKind = "deadlock";
        res.trace = traceTo(static_cast<uint32_t>(q));
        ok = false;
      }
      if (ok && !expandedProperties.empty()) {
        // [](P => []Q), on the state once its successors are generated: Q must hold from the
        // first state where P held on the path the search reached it by.
        ev.setQueue(static_cast<int64_t>(states.size() - (q + 1)));
        armed.resize(states.size(), 0);
        uint64_t bits = parent[q] == q ? 0 : armed[parent[q]];
        const std::string* failed = atLevel(ev, d, [&]() -> const std::string* {
          for (size_t k = 0; k < expandedProperties.size(); ++k) {
            const ExpandedProperty& p = expandedProperties[k];
            uint64_t bit = uint64_t{1} << k;
            if ((bits & bit) == 0 && ev.evalBool(*p.guard, &cur)) bits |= bit;
            if ((bits & bit) != 0 && !ev.evalBool(*p.body, &cur)) return &p.name;
          }
          return nullptr;
        });
        armed[q] = bits;
        if (failed != nullptr) {
          violation("temporal", *failed, static_cast<uint32_t>(q));
          ok = false;
        }
      }
      if (!ok) {
        // The states not expanded yet; a state violating an invariant is not among them (TLC
        // does not enqueue it either).
        res.leftOnQueue =
            states.size() - (q + 1) -
            ((res.violationKind == "invariant" && !excludedViolator) || violatorQueued ? 1 : 0);
      }
    }
    // Liveness, on the complete state graph, once the search has found no other violation.
    if (ok && res.verdict == Verdict::Conforms && live.hasProperties()) {
      current = UINT32_MAX;
      if (!unknownFairness.empty() || ev.exitRequested() || exited.load()) {
        if (!unknownFairness.empty() && !ev.exitRequested() && !exited.load() &&
            unchecked.empty()) {
          unchecked = "the liveness properties are not checked (the fairness conjunct at " +
                      unknownFairness[0] + " is of a form vouch does not check)";
        }
        res.warnings.push_back(
            "warning: the liveness properties are not checked: " +
            std::string(ev.exitRequested() || exited.load()
                            ? "the search was stopped by TLCSet(\"exit\")"
                            : "the fairness conjunct at " + unknownFairness[0] +
                                  " is not of the form WF_v(A), SF_v(A) or []<><<A>>_v"));
      } else {
        bool representatives = view != nullptr || !perms.empty();
        if (representatives) {
          // As TLC: the graph's states are the first state found of each VIEW value or
          // SYMMETRY orbit, the steps lead to those.
          res.warnings.push_back(
              view != nullptr
                  ? "warning: liveness is checked on the graph of the states found first per VIEW "
                    "value, as TLC does; a violation of the spec's own graph may differ"
                  : "warning: liveness is checked on the graph of the states found first per "
                    "SYMMETRY orbit, as TLC does: a violation found there is checked again "
                    "without SYMMETRY, but one of the spec's own graph may be missed");
        }
        liveness::Graph g{states, parent, {}, {}, {}};
        std::unordered_map<uint64_t, uint32_t> index;
        index.reserve(states.size());
        for (uint32_t i = 0; i < states.size(); ++i) index.emplace(fpOf(ev, states[i], nullptr), i);
        g.offsets.reserve(states.size() + 1);
        uint64_t again = 0;  // the search counted these successors already
        ev.setQuiet(true);   // and printed what they print
        const char* spent = nullptr;
        auto expired = [&] {
          return (spent = spentAt(std::chrono::steady_clock::now())) != nullptr;
        };
        for (uint32_t i = 0; i < states.size() && !(i % 1024 == 0 && expired()); ++i) {
          g.offsets.push_back(static_cast<uint32_t>(g.targets.size()));
          const State& cur = states[i];
          expand(ev, cur, depth[i], again, [&](State&& s) {
            if (!stepInModel(ev, cur, s, depth[i])) return;
            auto it = index.find(fpOf(ev, s, next));
            if (it == index.end()) return;
            g.targets.push_back(it->second);
            if (representatives) g.stepTo.push_back(std::move(s));
          });
          if (!representatives) {
            // Steps to the same state are one step.
            auto first = g.targets.begin() + g.offsets.back();
            std::sort(first, g.targets.end());
            g.targets.erase(std::unique(first, g.targets.end()), g.targets.end());
          }
        }
        g.offsets.push_back(static_cast<uint32_t>(g.targets.size()));
        ev.setQuiet(false);
        try {
          if (g.offsets.size() != states.size() + 1) throw liveness::OutOfTime{};
          if (std::optional<liveness::Violation> v = live.check(g, expired)) {
            res.verdict = Verdict::Violates;
            res.violationKind = "temporal";
            res.violationName = v->name;
            res.trace = std::move(v->trace);
            res.loopTo = v->loopTo;
          }
        } catch (const liveness::OutOfTime&) {
          res.verdict = Verdict::Unknown;
          res.unknownReason = std::string(spent != nullptr ? spent : "--timeout reached") +
                              " while checking the liveness properties";
        }
      }
    }
    // POSTCONDITION: evaluated once the search is complete, with TLCGet("stats").
    if (ok && res.verdict == Verdict::Conforms) {
      ev.setStats(res.depth, states.size(), res.generated, 0);
      current = UINT32_MAX;
      for (const auto& n : cfg.postconditions) {
        const Expr& pc = model.requireReference(n, "POSTCONDITION");
        if (!ev.evalBool(pc, nullptr)) {
          res.verdict = Verdict::Violates;
          res.violationKind = "postcondition";
          res.violationName = n.name;
          break;
        }
      }
    }
  } catch (const Spent& spent) {
    if (res.verdict == Verdict::Conforms) {  // a violation found meanwhile stands
      res.verdict = Verdict::Unknown;
      res.unknownReason = std::string(spent.why) + " while computing the initial states";
    }
    res.leftOnQueue = states.size();
  } catch (const BudgetSpent& spent) {
    if (res.verdict == Verdict::Conforms) {
      res.verdict = Verdict::Unknown;
      res.unknownReason = std::string(spent.why) + " during an evaluation";
    }
    res.leftOnQueue = current == UINT32_MAX ? states.size() : states.size() - current;
  } catch (const InputError& e) {
    if (e.diagnostic().kind != frontend::ErrorKind::Eval) throw;
    res.verdict = Verdict::Violates;
    res.violationKind = "error";
    res.error = e.diagnostic();
    if (checking != UINT32_MAX) {
      // In an invariant of a new state: as TLC, the behavior to that state, which is not
      // counted among the states left to explore.
      res.trace = traceTo(checking);
      if (current != UINT32_MAX) res.leftOnQueue = states.size() - (current + 1) - 1;
    } else if (current != UINT32_MAX) {
      res.trace = traceTo(current);
      res.leftOnQueue = states.size() - (current + 1);  // as TLC: the states not expanded yet
    }
  }
  if (res.verdict == Verdict::Conforms && !unchecked.empty()) {
    res.verdict = Verdict::Unknown;
    res.unknownReason = unchecked;
  }
  res.distinct = states.size();
  res.elapsedSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return res;
}

}  // namespace

}  // namespace vouch::refinement
