// Liveness checking on the complete state graph (see liveness.hpp and ADR 0008).
//
// Every form is reduced to one question: is there a strongly connected set C of states, inside
// a region of the graph (the states where a formula is false, the steps that are not some
// action), reachable as the form requires, that a fair behavior can stay in forever? A behavior
// can visit every state and step of C infinitely often; every state may also stutter. So C is
// fair to
//   - WF_v(A) when some step in C is an <<A>>_v step, or A is disabled in some state of C;
//   - SF_v(A) when some step in C is an <<A>>_v step, or A is disabled in every state of C;
//   - []<><<A>>_v (a fairness conjunct too) when some step in C is an <<A>>_v step.
// When C fails an SF condition only, a smaller set avoiding the states where A is enabled may
// still be fair: the search goes on inside C without them (Emerson and Lei's algorithm).

#include "liveness.hpp"
#include "liveness_tableau.hpp"
#include "scc.hpp"

#include <algorithm>
#include <deque>
#include <optional>

#include "vouch/spec-frontend/diagnostics.hpp"

namespace vouch::refinement::liveness {

using frontend::Expr;
using frontend::ExprKind;
using frontend::ExprPtr;
using frontend::Level;
using Bindings = Evaluator::Bindings;
using Params = Evaluator::Params;

namespace {

bool isBuiltin(const Expr& e, const char* name) {
  return e.kind == ExprKind::OpApp && e.ref.kind == frontend::RefKind::BuiltIn && e.name == name;
}

bool stateLevel(const Expr& e) {
  return e.level <= Level::State;
}

}  // namespace

bool transparent(const Expr& e) {
  if (e.kind != ExprKind::OpApp || e.ref.kind != frontend::RefKind::Definition || !e.args.empty() ||
      !e.ref.def->body || !e.ref.def->params.empty()) {
    return false;
  }
  for (const auto& st : e.ref.instances) {
    if (st.def != nullptr && !st.def->params.empty()) return false;
  }
  return true;
}

const ExprPtr* passedThrough(const Expr& e) {
  if (e.kind != ExprKind::OpApp || e.ref.kind != frontend::RefKind::Definition || e.args.empty() ||
      !e.ref.def->body) {
    return nullptr;
  }
  const Expr& b = *e.ref.def->body;
  if (b.kind != ExprKind::OpApp || b.ref.kind != frontend::RefKind::Param ||
      b.ref.def != e.ref.def || !b.args.empty() || b.ref.paramIndex >= e.args.size()) {
    return nullptr;
  }
  return &e.args[b.ref.paramIndex];
}

struct Checker::Impl {
  // A fairness conjunct of the SPECIFICATION: <<A>>_v and whether it is SF.
  struct Fair {
    bool strong = false;
    bool often = false;  // []<><<A>>_v: infinitely many <<A>>_v steps (strong is false)
    ExprPtr angle;
    ExprPtr enabled;  // ENABLED <<A>>_v, where the fairness formula is written
    Bindings bound;
    bool viaGraph = false;  // ENABLED from the graph's steps (see enabledAt)
  };
  static tableau::Queries::Fairness kindOf(const Fair& f) {
    using Fairness = tableau::Queries::Fairness;
    return f.often ? Fairness::Often : f.strong ? Fairness::Strong : Fairness::Weak;
  }
  // A liveness conjunct of a PROPERTY.
  enum class Form {
    Eventually,            // <>P
    InfinitelyOften,       // []<>P
    EventuallyAlways,      // <>[]P
    EventuallyAlwaysStep,  // <>[][A]_v (p = [A]_v)
    LeadsTo,               // P ~> Q
    LeadsToAlways,         // P ~> []Q
    InfinitelyOftenStep,   // []<><<A>>_v (angle)
    Weak,                  // WF_v(A) (angle)
    Strong,                // SF_v(A) (angle)
    Always,                // []P under a quantifier
    AlwaysStep,            // [][A]_v under a quantifier (p = [A]_v)
    Tableau,               // any other formula of [], <>, ~, /\, \/ (the automaton `ltl`)
  };
  struct Prop {
    Form form;
    std::string name;
    ExprPtr p, q, angle;  // Weak, Strong: p is ENABLED angle
    Bindings bound;
    ExprPtr init;  // Always, Eventually: only behaviors from initial states where it holds
    size_t ltl = 0;    // Tableau: the automaton of the property's negation
    int formula = -1;  // the property in the tableau's terms (-1: it has no such form)
  };
  // An atom of a Tableau property: a state predicate or an action, under bindings. ENABLED
  // <<A>>_v of a WF or SF written in the property has `angle` (see enabledAt).
  struct Atom {
    ExprPtr expr;
    Bindings bound;
    Params params;
    bool action = false;
    ExprPtr angle;
    bool viaGraph = false;
  };

  Evaluator& ev;
  std::function<ExprPtr(const ExprPtr&, const Steps&)> scoped;
  std::vector<Fair> fair;
  std::vector<Prop> props;
  std::vector<ExprPtr> made;  // synthesized expressions, kept alive
  tableau::Formulas formulas;
  int assumption = -1;  // the fairness conjuncts of no form `fair` has, in the tableau's terms
  std::vector<int> persistent;  // atoms of the fairness conjuncts <>[]P and <>[][A]_v
  std::vector<Atom> atoms;
  std::vector<tableau::Automaton> automata;

  Impl(Evaluator& e, std::function<ExprPtr(const ExprPtr&, const Steps&)> s)
      : ev(e), scoped(std::move(s)) {}

  // <<A>>_v for the fairness formula `f` (WF_v(A) / SF_v(A): args v, A).
  ExprPtr angleOf(const Expr& f) {
    auto a = std::make_shared<Expr>(ExprKind::AngleAction, f.range);
    a->args = {f.args[1], f.args[0]};
    a->level = Level::Action;
    made.push_back(a);
    return a;
  }

  // Evaluator::forEachBinding for a quantifier found under the instantiations `steps`: its
  // sets are evaluated under them.
  void forEachBinding(const ExprPtr& quant, const Steps& steps, const Bindings& bound,
                      const Params& params, const std::function<void(Bindings&&)>& each) {
    if (steps.empty()) return ev.forEachBinding(*quant, bound, params, each);
    auto q = std::make_shared<Expr>(*quant);
    for (auto& b : q->bounds) {
      if (b.set) b.set = scoped(b.set, steps);
    }
    made.push_back(q);
    ev.forEachBinding(*q, bound, params, each);
  }

  // Calls `leaf` on each conjunct of `e`, looking through conjunctions, definitions without
  // arguments and \A over constant sets; false when `leaf` refuses one.
  template <typename Leaf>
  bool conjuncts(const ExprPtr& self, Steps steps, const Bindings& bound, int depth, Leaf&& leaf) {
    const Expr& e = *self;
    if (depth > 64) return false;
    if (e.kind == ExprKind::Junction && e.text == "and") {
      bool ok = true;
      for (const auto& a : e.args) ok = conjuncts(a, steps, bound, depth + 1, leaf) && ok;
      return ok;
    }
    if (isBuiltin(e, "/\\")) {
      bool ok = conjuncts(e.args[0], steps, bound, depth + 1, leaf);
      return conjuncts(e.args[1], steps, bound, depth + 1, leaf) && ok;
    }
    if (const ExprPtr* arg = passedThrough(e)) {
      return conjuncts(*arg, steps, bound, depth + 1, leaf);
    }
    if (transparent(e) && e.ref.def->level >= Level::Action) {
      steps.insert(steps.end(), e.ref.instances.begin(), e.ref.instances.end());
      return conjuncts(e.ref.def->body, steps, bound, depth + 1, leaf);
    }
    if (e.kind == ExprKind::Quant && e.text == "\\A" && e.args[0]->level >= Level::Action) {
      bool ok = true;
      forEachBinding(self, steps, bound, {}, [&](Bindings&& inner) {
        ok = conjuncts(e.args[0], steps, inner, depth + 1, leaf) && ok;
      });
      return ok;
    }
    return leaf(self, steps, bound);
  }

  bool addFairness(const Formula& f) {
    return conjuncts(
        f.expr, f.steps, {}, 0, [&](const ExprPtr& x, const Steps& steps, const Bindings& bound) {
          if (x->kind == ExprKind::Fairness) {
            ExprPtr angle = angleOf(*x);
            fair.push_back({x->text == "SF", false, scoped(angle, steps),
                            scoped(enabledOf(angle), steps), bound, false});
            return true;
          }
          if (isBuiltin(*x, "[]") && isBuiltin(*x->args[0], "<>") &&
              x->args[0]->args[0]->kind == ExprKind::AngleAction) {
            fair.push_back(
                {false, true, scoped(x->args[0]->args[0], steps), nullptr, bound, false});
            return true;
          }
          Steps inner = steps;
          ExprPtr y = unfold(x, inner);
          if (isBuiltin(*y, "<>")) {
            ExprPtr z = unfold(y->args[0], inner);
            if (isBuiltin(*z, "[]") && z->args[0]->level <= Level::Action) {
              // <>[]P, <>[][A]_v: the cycle of a fair behavior keeps to P or [A]_v.
              int a = atom(z->args[0], inner, bound, {}, z->args[0]->level == Level::Action);
              if (!assume(formulas.truth(true))) return false;
              persistent.push_back(formulas.node(a).a);
              return true;
            }
          }
          return assume(translate(x, steps, bound, {}, 0));
        });
  }

  // Another fairness conjunct (`<>[][A]_v`, ...): every property is then checked by the
  // tableau of `assumption /\ ~property`. False when that cannot be done.
  bool assume(int x) {
    if (x < 0 ||
        std::any_of(props.begin(), props.end(), [](const Prop& p) { return p.formula < 0; })) {
      return false;
    }
    int all = assumption < 0 ? x : formulas.both(assumption, x);
    if (all == assumption) return true;
    std::vector<tableau::Automaton> made;
    for (const Prop& p : props) {
      auto a = tableau::automaton(formulas, formulas.both(all, formulas.negate(p.formula)));
      if (!a) return false;
      made.push_back(std::move(*a));
    }
    assumption = all;
    for (size_t i = 0; i < props.size(); ++i) {
      props[i].form = Form::Tableau;
      props[i].ltl = automata.size();
      automata.push_back(std::move(made[i]));
    }
    return true;
  }

  bool addProperty(const Formula& f) {
    return conjuncts(f.expr, f.steps, {}, 0,
                     [&](const ExprPtr& x, const Steps& steps, const Bindings& bound) {
                       std::optional<Prop> p = classify(*x, steps);
                       if (!p) p = general(x, steps, bound);
                       if (!p) return false;
                       if (p->formula < 0) p->formula = translate(x, steps, bound, {}, 0);
                       p->name = f.property;
                       p->bound = bound;
                       props.push_back(std::move(*p));
                       return true;
                     });
  }

  // `x` with the definitions without arguments it names looked through (their instantiations
  // added to `steps`).
  static ExprPtr unfold(ExprPtr x, Steps& steps) {
    for (int depth = 0; depth < 64; ++depth) {
      if (const ExprPtr* arg = passedThrough(*x)) {
        x = *arg;
      } else if (transparent(*x)) {
        steps.insert(steps.end(), x->ref.instances.begin(), x->ref.instances.end());
        x = x->ref.def->body;
      } else {
        break;
      }
    }
    return x;
  }

  // The built-in prefix operator `op` applied to x, of level `level`.
  ExprPtr prefix(const char* op, const ExprPtr& x, Level level) {
    auto n = std::make_shared<Expr>(ExprKind::OpApp, x->range);
    n->name = op;
    n->ref.kind = frontend::RefKind::BuiltIn;
    n->ref.builtin = op;
    n->syntax = frontend::OpSyntax::Prefix;
    n->args = {x};
    n->level = level;
    made.push_back(n);
    return n;
  }

  // ENABLED a for an action a.
  ExprPtr enabledOf(const ExprPtr& a) { return prefix("ENABLED", a, Level::State); }

  // ~P for a state predicate P.
  ExprPtr negation(const ExprPtr& p) { return prefix("~", p, p->level); }

  int atom(const ExprPtr& x, const Steps& steps, const Bindings& bound, const Params& params,
           bool action, const ExprPtr& angle = nullptr) {
    atoms.push_back(
        {scoped(x, steps), bound, params, action, angle ? scoped(angle, steps) : nullptr});
    return formulas.atom(static_cast<int>(atoms.size() - 1), true);
  }

  // The formula `x` is, in the terms of the tableau: -1 when it has a part that is not a
  // state predicate, an action, or built from them with [], <>, ~>, ~, /\, \/, =>, <=>, WF,
  // SF, IF over a state predicate, and \A or \E over a constant set.
  int translate(const ExprPtr& self, Steps steps, const Bindings& bound, const Params& params,
                int depth) {
    const Expr& e = *self;
    if (depth > 64) return -1;
    if (e.level <= Level::State) return atom(self, steps, bound, params, false);
    if (e.level == Level::Action) return atom(self, steps, bound, params, true);
    if (const ExprPtr* arg = passedThrough(e)) {
      return translate(*arg, steps, bound, params, depth + 1);
    }
    if (transparent(e)) {
      steps.insert(steps.end(), e.ref.instances.begin(), e.ref.instances.end());
      return translate(e.ref.def->body, steps, bound, params, depth + 1);
    }
    if (e.kind == ExprKind::OpApp && e.ref.kind == frontend::RefKind::Definition &&
        e.args.empty() && e.ref.def->body && e.ref.def->params.empty() &&
        !e.ref.instances.empty() && e.ref.instances[0].def != nullptr &&
        !e.ref.instances[0].def->params.empty()) {
      // A definition of an instance with parameters (`I(s)!Spec` with
      // `I(x) == INSTANCE M WITH v <- f[x]`), the arguments constant: its body, with the
      // instance's parameters bound to their values (only the first instantiation may have
      // parameters).
      const auto& first = e.ref.instances[0];
      const frontend::OpDef& inst = *first.def;
      if (first.segment < 0 || static_cast<size_t>(first.segment) >= e.path.size()) return -1;
      const auto& args = e.path[static_cast<size_t>(first.segment)].args;
      if (args.size() != inst.params.size()) return -1;
      for (size_t i = 1; i < e.ref.instances.size(); ++i) {
        const frontend::OpDef* d = e.ref.instances[i].def;
        if (d != nullptr && !d->params.empty()) return -1;
      }
      std::vector<Value> values;
      for (size_t i = 0; i < args.size(); ++i) {
        if (inst.params[i].arity != 0 || args[i]->level != Level::Constant) return -1;
        values.push_back(ev.evalConstant(*scoped(args[i], steps), bound, params));
      }
      Params inner = params;
      inner.push_back({&inst, std::move(values), nullptr});
      steps.insert(steps.end(), e.ref.instances.begin(), e.ref.instances.end());
      return translate(e.ref.def->body, steps, bound, inner, depth + 1);
    }
    if (const frontend::OpDef* d = e.ref.def;
        e.kind == ExprKind::OpApp && e.ref.kind == frontend::RefKind::Definition && d->body &&
        !e.args.empty() && d->params.size() == e.args.size() && e.ref.instances.empty() &&
        !d->isFunction && !d->recursive) {
      // A temporal operator applied to constant arguments (Live(p), p bound by \A): its body,
      // with the parameters bound to their values.
      std::vector<Value> values;
      for (size_t i = 0; i < e.args.size(); ++i) {
        if (d->params[i].arity != 0 || e.args[i]->level != Level::Constant) return -1;
        values.push_back(ev.evalConstant(*scoped(e.args[i], steps), bound, params));
      }
      Params inner = params;
      inner.push_back({d, std::move(values), nullptr});
      return translate(d->body, steps, bound, inner, depth + 1);
    }
    if (e.kind == ExprKind::Let) {
      // LET ... IN F with F temporal: F's parts see the LET's definitions.
      Params inner = params;
      inner.push_back({nullptr, {}, &e});
      return translate(e.args[0], steps, bound, inner, depth + 1);
    }
    auto sub = [&](const ExprPtr& x) { return translate(x, steps, bound, params, depth + 1); };
    auto two = [&](auto&& op) {
      int a = sub(e.args[0]);
      int b = a < 0 ? -1 : sub(e.args[1]);
      return b < 0 ? -1 : op(a, b);
    };
    tableau::Formulas& f = formulas;
    if (e.kind == ExprKind::Junction) {
      bool all = e.text == "and";
      int acc = f.truth(all);
      for (const auto& a : e.args) {
        int x = sub(a);
        if (x < 0) return -1;
        acc = all ? f.both(acc, x) : f.either(acc, x);
      }
      return acc;
    }
    if (isBuiltin(e, "/\\")) return two([&](int a, int b) { return f.both(a, b); });
    if (isBuiltin(e, "\\/")) return two([&](int a, int b) { return f.either(a, b); });
    if (isBuiltin(e, "=>")) return two([&](int a, int b) { return f.either(f.negate(a), b); });
    if (isBuiltin(e, "<=>")) {
      return two(
          [&](int a, int b) { return f.either(f.both(a, b), f.both(f.negate(a), f.negate(b))); });
    }
    if (isBuiltin(e, "~>")) {
      return two([&](int a, int b) { return f.always(f.either(f.negate(a), f.eventually(b))); });
    }
    if (isBuiltin(e, "~") || isBuiltin(e, "[]") || isBuiltin(e, "<>")) {
      int a = sub(e.args[0]);
      if (a < 0) return -1;
      return isBuiltin(e, "~") ? f.negate(a) : isBuiltin(e, "[]") ? f.always(a) : f.eventually(a);
    }
    if (e.kind == ExprKind::Fairness) {
      // WF_v(A) is []<>~ENABLED <<A>>_v \/ []<><<A>>_v; SF_v(A) is <>[]~ENABLED <<A>>_v \/
      // []<><<A>>_v.
      ExprPtr angle = angleOf(e);
      int off = f.negate(atom(enabledOf(angle), steps, bound, params, false, angle));
      int taken = f.always(f.eventually(atom(angle, steps, bound, params, true)));
      return f.either(e.text == "SF" ? f.eventually(f.always(off)) : f.always(f.eventually(off)),
                      taken);
    }
    if (e.kind == ExprKind::If && stateLevel(*e.args[0])) {
      int c = sub(e.args[0]);
      int then = sub(e.args[1]);
      int other = then < 0 ? -1 : sub(e.args[2]);
      if (other < 0) return -1;
      return f.either(f.both(c, then), f.both(f.negate(c), other));
    }
    if (e.kind == ExprKind::Quant && (e.text == "\\A" || e.text == "\\E") && !e.bounds.empty() &&
        std::all_of(e.bounds.begin(), e.bounds.end(),
                    [](const auto& b) { return b.set && b.set->level == Level::Constant; })) {
      bool all = e.text == "\\A";
      int acc = f.truth(all);
      forEachBinding(self, steps, bound, params, [&](Bindings&& inner) {
        int x = acc < 0 ? -1 : translate(e.args[0], steps, inner, params, depth + 1);
        acc = x < 0 ? -1 : all ? f.both(acc, x) : f.either(acc, x);
      });
      return acc;
    }
    return -1;
  }

  // A property of no form classify knows, checked by the tableau of its negation.
  std::optional<Prop> general(const ExprPtr& x, const Steps& steps, const Bindings& bound) {
    int formula = translate(x, steps, bound, {}, 0);
    if (formula < 0) return std::nullopt;
    std::optional<tableau::Automaton> a = tableau::automaton(formulas, formulas.negate(formula));
    if (!a) return std::nullopt;
    automata.push_back(std::move(*a));
    Prop p{Form::Tableau, "", nullptr, nullptr, nullptr, {}, nullptr};
    p.ltl = automata.size() - 1;
    p.formula = formula;
    return p;
  }

  std::optional<Prop> classify(const Expr& e, const Steps& steps) {
    auto in = [&](const ExprPtr& x) { return scoped(x, steps); };
    if (isBuiltin(e, "~")) {
      // The negation of a liveness form is another form: ~<>P is []~P, ~[]P is <>~P,
      // ~[]<>P is <>[]~P, ~<>[]P is []<>~P (TLC's Toolbox checks such negations).
      Steps inner = steps;
      ExprPtr x = unfold(e.args[0], inner);
      auto under = [&](const ExprPtr& y) { return scoped(negation(y), inner); };
      auto op = [&](const ExprPtr& y, const char* name) {
        return isBuiltin(*y, name) ? unfold(y->args[0], inner) : nullptr;
      };
      if (ExprPtr a = op(x, "<>")) {
        if (stateLevel(*a)) return Prop{Form::Always, "", under(a), nullptr, nullptr, {}, nullptr};
        if (ExprPtr b = op(a, "[]"); b && stateLevel(*b)) {
          return Prop{Form::InfinitelyOften, "", under(b), nullptr, nullptr, {}, nullptr};
        }
      } else if (ExprPtr a2 = op(x, "[]")) {
        if (stateLevel(*a2)) {
          return Prop{Form::Eventually, "", under(a2), nullptr, nullptr, {}, nullptr};
        }
        if (ExprPtr b = op(a2, "<>"); b && stateLevel(*b)) {
          return Prop{Form::EventuallyAlways, "", under(b), nullptr, nullptr, {}, nullptr};
        }
      }
      return std::nullopt;
    }
    if (e.kind == ExprKind::Quant && e.text == "\\E" && !e.bounds.empty()) {
      // \E x \in S : <>P is <>(\E x \in S : P), and \E x \in S : []<>P is
      // []<>(\E x \in S : P) (<> and []<> distribute over \/).
      const ExprPtr& body = e.args[0];
      if ((isBuiltin(*body, "<>") && stateLevel(*body->args[0])) ||
          (isBuiltin(*body, "[]") && isBuiltin(*body->args[0], "<>") &&
           stateLevel(*body->args[0]->args[0]))) {
        bool eventually = isBuiltin(*body, "<>");
        auto q = std::make_shared<Expr>(e);
        q->args = {eventually ? body->args[0] : body->args[0]->args[0]};
        q->level = Level::State;
        made.push_back(q);
        return Prop{eventually ? Form::Eventually : Form::InfinitelyOften,
                    "",
                    in(q),
                    nullptr,
                    nullptr,
                    {},
                    nullptr};
      }
      return std::nullopt;
    }
    if (isBuiltin(e, "=>") && stateLevel(*e.args[0]) && !stateLevel(*e.args[1])) {
      // P => F with P a state predicate: F on the behaviors whose initial state satisfies P.
      Steps inner = steps;
      ExprPtr f = unfold(e.args[1], inner);
      std::optional<Prop> p = classify(*f, inner);
      if (!p || p->init || (p->form != Form::Always && p->form != Form::Eventually)) {
        return std::nullopt;
      }
      p->init = in(e.args[0]);
      return p;
    }
    if (e.kind == ExprKind::Fairness) {
      ExprPtr angle = angleOf(e);
      return Prop{e.text == "SF" ? Form::Strong : Form::Weak,
                  "",
                  in(enabledOf(angle)),
                  nullptr,
                  in(angle),
                  {}};
    }
    if (isBuiltin(e, "~>") && stateLevel(*e.args[0]) && stateLevel(*e.args[1])) {
      return Prop{Form::LeadsTo, "", in(e.args[0]), in(e.args[1]), nullptr, {}};
    }
    if (isBuiltin(e, "~>") && stateLevel(*e.args[0]) && isBuiltin(*e.args[1], "[]") &&
        stateLevel(*e.args[1]->args[0])) {
      return Prop{Form::LeadsToAlways, "", in(e.args[0]), in(e.args[1]->args[0]), nullptr, {}};
    }
    if (isBuiltin(e, "<>")) {
      const ExprPtr& a = e.args[0];
      if (stateLevel(*a)) return Prop{Form::Eventually, "", in(a), nullptr, nullptr, {}};
      if (isBuiltin(*a, "[]") && stateLevel(*a->args[0])) {
        return Prop{Form::EventuallyAlways, "", in(a->args[0]), nullptr, nullptr, {}};
      }
      if (isBuiltin(*a, "[]") && a->args[0]->kind == ExprKind::BoxAction) {
        return Prop{Form::EventuallyAlwaysStep, "", in(a->args[0]), nullptr, nullptr, {}};
      }
      return std::nullopt;
    }
    if (isBuiltin(e, "[]")) {
      const ExprPtr& a = e.args[0];
      if (stateLevel(*a)) return Prop{Form::Always, "", in(a), nullptr, nullptr, {}};
      if (a->kind == ExprKind::BoxAction) {
        return Prop{Form::AlwaysStep, "", in(a), nullptr, nullptr, {}};
      }
      if (isBuiltin(*a, "<>")) {
        const ExprPtr& b = a->args[0];
        if (stateLevel(*b)) return Prop{Form::InfinitelyOften, "", in(b), nullptr, nullptr, {}};
        if (b->kind == ExprKind::AngleAction) {
          return Prop{Form::InfinitelyOftenStep, "", nullptr, nullptr, in(b), {}};
        }
        return std::nullopt;
      }
      if (isBuiltin(*a, "=>") && stateLevel(*a->args[0]) && isBuiltin(*a->args[1], "<>") &&
          stateLevel(*a->args[1]->args[0])) {
        return Prop{Form::LeadsTo, "", in(a->args[0]), in(a->args[1]->args[0]), nullptr, {}};
      }
      if (isBuiltin(*a, "=>") && stateLevel(*a->args[0]) && isBuiltin(*a->args[1], "<>") &&
          isBuiltin(*a->args[1]->args[0], "[]") && stateLevel(*a->args[1]->args[0]->args[0])) {
        return Prop{
            Form::LeadsToAlways, "", in(a->args[0]), in(a->args[1]->args[0]->args[0]), nullptr, {}};
      }
    }
    return std::nullopt;
  }

  // ------------------------------------------------------------------ the search

  const Graph* g = nullptr;
  size_t n = 0;
  std::function<bool()> expired;
  uint64_t ticks = 0;
  // Called in every loop over states or steps: asks for the budget now and then.
  void tick() {
    if ((++ticks & 0xFFF) == 0 && expired && expired()) throw OutOfTime{};
  }

  // Per fairness conjunct: ENABLED <<A>>_v per state and <<A>>_v per step, computed on demand
  // (-1: not yet).
  std::vector<std::vector<signed char>> enabledMemo, takenMemo;

  // The state step `edge` leads to (with a VIEW or SYMMETRY, the state generated, not the
  // graph's state that stands for it), and whether the step leaves the state unchanged.
  const State& target(size_t edge) const {
    return g->stepTo.empty() ? g->states[g->targets[edge]] : g->stepTo[edge];
  }
  bool stutters(size_t edge, uint32_t from) const {
    return g->stepTo.empty() ? g->targets[edge] == from : g->stepTo[edge] == g->states[from];
  }

  bool enabledIn(size_t c, uint32_t s) {
    if (enabledMemo[c].empty()) enabledMemo[c].assign(n, -1);  // made when first needed
    signed char& m = enabledMemo[c][s];
    if (m < 0) {
      tick();
      m = enabledAt(*fair[c].enabled, fair[c].bound, s, fair[c].viaGraph,
                    [&](size_t e) { return taken(c, e, s); })
              ? 1
              : 0;
    }
    return m == 1;
  }

  // ENABLED <<A>>_v in state s (`enabled`: that formula, written where the fairness condition
  // is, so that inside an instantiation the instantiated module's variables are what ENABLED
  // quantifies). When A leaves a primed expression that is not a variable undetermined (WF_v(I!A)
  // written outside I, its variables substituted by expressions), A's steps cannot be enumerated
  // from s alone; then, as for a refinement, A is enabled when one of the graph's steps from s is
  // an <<A>>_v step (`isA`), from then on for this conjunct.
  template <typename IsA>
  bool enabledAt(const Expr& enabled, const Bindings& bound, uint32_t s, bool& viaGraph, IsA&& isA,
                 const Params& params = {}) {
    if (!viaGraph) {
      try {
        return ev.holds(enabled, bound, params, g->states[s], nullptr);
      } catch (const frontend::InputError& e) {
        if (e.diagnostic().message.find("is not determined") == std::string::npos) throw;
        viaGraph = true;
      }
    }
    for (size_t e = g->offsets[s]; e < g->offsets[s + 1]; ++e) {
      if (isA(e)) return true;
    }
    return false;
  }
  bool taken(size_t c, size_t edge, uint32_t from) {
    if (takenMemo[c].empty()) takenMemo[c].assign(g->targets.size(), -1);
    signed char& m = takenMemo[c][edge];
    if (m < 0) {
      m = !stutters(edge, from) &&
                  ev.holds(*fair[c].angle, fair[c].bound, g->states[from], &target(edge))
              ? 1
              : 0;
    }
    return m == 1;
  }

  SccScratch scc_;  // per state (see components)

  // Which steps a region keeps (by edge index), and which states it wants visited.
  using EdgeKeep = std::function<bool(size_t edge, uint32_t from)>;
  using Want = std::function<bool(uint32_t)>;

  // The strongly connected components of the subgraph on the states marked in `in` (1), with
  // the steps `keep` keeps.
  std::vector<std::vector<uint32_t>> components(const std::vector<uint32_t>& nodes,
                                                const std::vector<char>& in, const EdgeKeep& keep) {
    return strongComponents(
        nodes, in, scc_, [&](uint32_t v) { return g->offsets[v]; },
        [&](size_t e) { return g->targets[e]; }, keep, [&] { tick(); });
  }

  // A set of states inside `region` in which a fair behavior can stay forever, visiting a state
  // `want` accepts infinitely often; empty when there is none.
  std::vector<uint32_t> fairComponent(const std::vector<uint32_t>& region, const EdgeKeep& keep,
                                      const Want& want, const EdgeKeep& wantStep = nullptr) {
    std::vector<std::vector<uint32_t>> work{region};
    std::vector<char> in(n, 0), inC(n, 0);
    while (!work.empty()) {
      std::vector<uint32_t> x = std::move(work.back());
      work.pop_back();
      for (uint32_t s : x) in[s] = 1;
      std::vector<std::vector<uint32_t>> comps = components(x, in, keep);
      for (uint32_t s : x) in[s] = 0;
      for (auto& c : comps) {
        if (want && std::none_of(c.begin(), c.end(), want)) continue;
        for (uint32_t s : c) inC[s] = 1;
        bool ok = !wantStep || stepInside(c, inC, [&](size_t e, uint32_t from) {
          return keep(e, from) && wantStep(e, from);
        });
        std::vector<uint32_t> rest;
        ok = ok && tableau::fairSet(
                       c, fair.size(), [&](size_t k) { return kindOf(fair[k]); },
                       [&](size_t k) { return takenInside(k, c, inC, keep); },
                       [&](size_t k, uint32_t s) { return enabledIn(k, s); }, rest);
        if (!rest.empty()) work.push_back(std::move(rest));
        for (uint32_t s : c) inC[s] = 0;
        if (ok) return std::move(c);
      }
    }
    return {};
  }

  // Whether a kept step inside the component (marked in inC) is an <<A>>_v step of fairness
  // conjunct k; `witness` receives it.
  bool takenInside(size_t k, const std::vector<uint32_t>& c, const std::vector<char>& inC,
                   const EdgeKeep& keep, std::pair<uint32_t, uint32_t>* witness = nullptr) {
    return stepInside(
        c, inC, [&](size_t e, uint32_t from) { return keep(e, from) && taken(k, e, from); },
        witness);
  }

  // Whether a step inside the component (marked in inC) satisfies `pred`; `witness` receives it.
  bool stepInside(const std::vector<uint32_t>& c, const std::vector<char>& inC,
                  const EdgeKeep& pred, std::pair<uint32_t, uint32_t>* witness = nullptr) {
    for (uint32_t s : c) {
      for (size_t e = g->offsets[s]; e < g->offsets[s + 1]; ++e) {
        if (inC[g->targets[e]] && pred(e, s)) {
          if (witness != nullptr) *witness = {s, g->targets[e]};
          return true;
        }
      }
    }
    return false;
  }

  // A shortest path from `from` to `to` inside the states marked in `in` by kept steps, without
  // `from`; empty when from == to.
  std::vector<uint32_t> pathInside(uint32_t from, uint32_t to, const std::vector<char>& in,
                                   const EdgeKeep& keep) {
    if (from == to) return {};
    std::vector<uint32_t> prev(n, UINT32_MAX);
    std::deque<uint32_t> q{from};
    prev[from] = from;
    while (!q.empty()) {
      uint32_t v = q.front();
      q.pop_front();
      for (size_t e = g->offsets[v]; e < g->offsets[v + 1]; ++e) {
        uint32_t w = g->targets[e];
        if (!in[w] || prev[w] != UINT32_MAX || !keep(e, v)) continue;
        prev[w] = v;
        if (w == to) {
          std::vector<uint32_t> path;
          for (uint32_t x = to; x != from; x = prev[x]) path.push_back(x);
          std::reverse(path.begin(), path.end());
          return path;
        }
        q.push_back(w);
      }
    }
    return {};  // not reached: the component is strongly connected
  }

  // The path to s in a tree of predecessors (`prev[root] == root`), from its root.
  static std::vector<uint32_t> pathVia(uint32_t s, const std::vector<uint32_t>& prev) {
    std::vector<uint32_t> p;
    for (uint32_t i = s;; i = prev[i]) {
      p.push_back(i);
      if (prev[i] == i) break;
    }
    std::reverse(p.begin(), p.end());
    return p;
  }
  // The search's path from an initial state to s.
  std::vector<uint32_t> treePath(uint32_t s) const { return pathVia(s, g->parent); }
  // A path from an initial state to s, reached by `prev` (see reachable) from a seed: the
  // search's path to that seed, then prev's.
  std::vector<uint32_t> pathFrom(uint32_t s, const std::vector<uint32_t>& prev) const {
    std::vector<uint32_t> tail = pathVia(s, prev);
    std::vector<uint32_t> p = treePath(tail.front());
    p.insert(p.end(), tail.begin() + 1, tail.end());
    return p;
  }
  // The state of c met first in `order` (a breadth-first order from reachable).
  uint32_t earliest(const std::vector<uint32_t>& c, const std::vector<uint32_t>& order) const {
    std::vector<uint32_t> rank(n, UINT32_MAX);
    for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
    return *std::min_element(c.begin(), c.end(),
                             [&](uint32_t a, uint32_t b) { return rank[a] < rank[b]; });
  }

  // The behavior: `prefix` (ending in the component's first state), then a cycle through the
  // component visiting what makes it fair and what the property wants visited.
  Violation lasso(const Prop& p, std::vector<uint32_t> prefix, const std::vector<uint32_t>& c,
                  const EdgeKeep& keep, const Want& want, const EdgeKeep& wantStep = nullptr) {
    std::vector<char> inC(n, 0);
    for (uint32_t s : c) inC[s] = 1;
    uint32_t start = prefix.back();
    std::vector<uint32_t> cycle;
    uint32_t at = start;
    auto go = [&](uint32_t to) {
      for (uint32_t s : pathInside(at, to, inC, keep)) cycle.push_back(s);
      at = to;
    };
    auto step = [&](std::pair<uint32_t, uint32_t> e) {
      go(e.first);
      cycle.push_back(e.second);
      at = e.second;
    };
    // Whether the walk so far (the start, then `cycle`) already passes a state where conjunct
    // k is disabled, or takes an <<A>>_v step of it.
    auto visitedDisabled = [&](size_t k) {
      if (!enabledIn(k, start)) return true;
      return std::any_of(cycle.begin(), cycle.end(), [&](uint32_t s) { return !enabledIn(k, s); });
    };
    auto walkedTaken = [&](size_t k) {
      uint32_t from = start;
      for (uint32_t to : cycle) {
        for (size_t e = g->offsets[from]; e < g->offsets[from + 1]; ++e) {
          if (g->targets[e] == to && keep(e, from) && taken(k, e, from)) return true;
        }
        from = to;
      }
      return false;
    };
    for (size_t k = 0; k < fair.size(); ++k) {
      std::pair<uint32_t, uint32_t> e;
      if (walkedTaken(k)) continue;
      if (fair[k].often) {
        if (takenInside(k, c, inC, keep, &e)) step(e);
      } else if (!fair[k].strong) {
        if (visitedDisabled(k)) continue;
        auto off = std::find_if(c.begin(), c.end(), [&](uint32_t s) { return !enabledIn(k, s); });
        if (off != c.end()) {
          go(*off);
        } else if (takenInside(k, c, inC, keep, &e)) {
          step(e);
        }
      } else if (std::any_of(c.begin(), c.end(), [&](uint32_t s) { return enabledIn(k, s); }) &&
                 takenInside(k, c, inC, keep, &e)) {
        step(e);
      }
    }
    if (wantStep) {
      std::pair<uint32_t, uint32_t> e;
      stepInside(
          c, inC, [&](size_t x, uint32_t from) { return keep(x, from) && wantStep(x, from); }, &e);
      step(e);
    }
    if (want && !want(start) && std::none_of(cycle.begin(), cycle.end(), want)) {
      go(*std::find_if(c.begin(), c.end(), want));
    }
    go(start);  // back to the start (no step when already there)
    Violation v;
    v.name = p.name;
    for (uint32_t s : prefix) v.trace.push_back(g->states[s]);
    if (!cycle.empty()) {
      cycle.pop_back();  // the start again
      for (uint32_t s : cycle) v.trace.push_back(g->states[s]);
      v.loopTo = static_cast<int64_t>(prefix.size()) - 1;
    }
    return v;
  }

  // The states reachable from `seeds` inside `region` (marked 1), with each one's predecessor
  // on the way (seeds: themselves), in breadth-first order.
  std::vector<uint32_t> reachable(const std::vector<uint32_t>& seeds,
                                  const std::vector<char>& region, std::vector<uint32_t>& prev) {
    prev.assign(n, UINT32_MAX);
    std::vector<uint32_t> order;
    for (uint32_t s : seeds) {
      if (prev[s] != UINT32_MAX) continue;
      prev[s] = s;
      order.push_back(s);
    }
    for (size_t i = 0; i < order.size(); ++i) {
      tick();
      uint32_t v = order[i];
      for (size_t e = g->offsets[v]; e < g->offsets[v + 1]; ++e) {
        uint32_t w = g->targets[e];
        if (region[w] && prev[w] == UINT32_MAX) {
          prev[w] = v;
          order.push_back(w);
        }
      }
    }
    return order;
  }

  // A fair behavior that the automaton of a Tableau property's negation accepts.
  std::optional<Violation> tableauRun(const Prop& p) {
    using Queries = tableau::Queries;
    std::vector<std::vector<signed char>> stateMemo(atoms.size()), stepMemo(atoms.size()),
        stutterMemo(atoms.size());
    auto memo = [](std::vector<signed char>& m, size_t size, size_t i, auto&& compute) {
      if (m.empty()) m.assign(size, -1);
      if (m[i] < 0) m[i] = compute() ? 1 : 0;
      return m[i] == 1;
    };
    Queries q;
    q.isAction = [&](int a) { return atoms[static_cast<size_t>(a)].action; };
    q.state = [&](int a, uint32_t s) {
      Atom& at = atoms[static_cast<size_t>(a)];
      return memo(stateMemo[static_cast<size_t>(a)], n, s, [&] {
        tick();
        if (!at.angle) return ev.holds(*at.expr, at.bound, at.params, g->states[s], nullptr);
        return enabledAt(
            *at.expr, at.bound, s, at.viaGraph,
            [&](size_t e) {
              return !stutters(e, s) &&
                     ev.holds(*at.angle, at.bound, at.params, g->states[s], &target(e));
            },
            at.params);
      });
    };
    q.action = [&](int a, size_t step, uint32_t from) {
      const Atom& at = atoms[static_cast<size_t>(a)];
      if (step == Queries::kStutter) {
        return memo(stutterMemo[static_cast<size_t>(a)], n, from, [&] {
          return ev.holds(*at.expr, at.bound, at.params, g->states[from], &g->states[from]);
        });
      }
      return memo(stepMemo[static_cast<size_t>(a)], g->targets.size(), step, [&] {
        tick();
        return ev.holds(*at.expr, at.bound, at.params, g->states[from], &target(step));
      });
    };
    for (const Fair& f : fair) q.fairness.push_back(kindOf(f));
    q.enabled = [&](size_t k, uint32_t s) { return enabledIn(k, s); };
    q.taken = [&](size_t k, size_t step, uint32_t from) { return taken(k, step, from); };
    q.tick = [&] { tick(); };
    q.persistent = persistent;
    std::optional<tableau::Run> run = tableau::acceptedRun(*g, automata[p.ltl], q);
    if (!run) return std::nullopt;
    Violation v;
    v.name = p.name;
    for (uint32_t s : run->states) v.trace.push_back(g->states[s]);
    v.loopTo = run->loopTo;
    return v;
  }

  std::optional<Violation> check(const Graph& graph) {
    g = &graph;
    n = graph.states.size();
    scc_.resize(n);
    enabledMemo.assign(fair.size(), {});
    takenMemo.assign(fair.size(), {});
    std::vector<uint32_t> all(n);
    for (uint32_t i = 0; i < n; ++i) all[i] = i;
    for (const Prop& p : props) {
      // The state predicates p, q and init of the property, evaluated once per state.
      std::vector<signed char> pm, qm, im;
      auto holdsAt = [&](const ExprPtr& x, std::vector<signed char>& memo, uint32_t s) {
        if (memo.empty()) memo.assign(n, -1);
        if (memo[s] < 0) memo[s] = ev.holds(*x, p.bound, graph.states[s], nullptr) ? 1 : 0;
        return memo[s] == 1;
      };
      auto P = [&](uint32_t s) { return holdsAt(p.p, pm, s); };
      auto Q = [&](uint32_t s) { return holdsAt(p.q, qm, s); };
      auto I = [&](uint32_t s) { return holdsAt(p.init, im, s); };
      std::vector<signed char> am;  // per step: <<A>>_v of the property
      auto A = [&](size_t e, uint32_t from) {
        if (am.empty()) am.assign(graph.targets.size(), -1);
        if (am[e] < 0) {
          am[e] = !stutters(e, from) && ev.holds(*p.angle, p.bound, graph.states[from], &target(e))
                      ? 1
                      : 0;
        }
        return am[e] == 1;
      };
      EdgeKeep every = [](size_t, uint32_t) { return true; };
      EdgeKeep notA = [&](size_t e, uint32_t from) { return !A(e, from); };
      auto treeLasso = [&](const std::vector<uint32_t>& c, const EdgeKeep& keep, const Want& want) {
        uint32_t first = *std::min_element(c.begin(), c.end());
        return lasso(p, treePath(first), c, keep, want);
      };
      switch (p.form) {
        case Form::Always: {
          // From the initial states (where `init` holds), a reachable state where P is false.
          std::vector<uint32_t> seeds;
          for (uint32_t s = 0; s < n; ++s) {
            if (graph.parent[s] == s && (!p.init || I(s))) seeds.push_back(s);
          }
          std::vector<uint32_t> prev;
          std::vector<char> everywhere(n, 1);
          std::vector<uint32_t> order = reachable(seeds, everywhere, prev);
          for (uint32_t s : order) {
            if (P(s)) continue;
            // The behavior goes on from s fairly: into a fair component reachable from s.
            std::vector<uint32_t> after;
            std::vector<uint32_t> from = reachable({s}, everywhere, after);
            std::vector<uint32_t> c = fairComponent(from, every, nullptr);
            if (c.empty()) continue;  // no fair behavior passes through s
            std::vector<uint32_t> prefix = pathFrom(s, prev);
            std::vector<uint32_t> tail = pathVia(earliest(c, from), after);
            prefix.insert(prefix.end(), tail.begin() + 1, tail.end());
            return lasso(p, prefix, c, every, nullptr);
          }
          break;
        }
        case Form::AlwaysStep:
          for (uint32_t s = 0; s < n; ++s) {
            for (size_t e = graph.offsets[s]; e < graph.offsets[s + 1]; ++e) {
              const State& to = target(e);
              if (ev.holds(*p.p, p.bound, graph.states[s], &to)) continue;
              Violation v{p.name, {}, -2};
              for (uint32_t x : treePath(s)) v.trace.push_back(graph.states[x]);
              v.trace.push_back(to);
              return v;
            }
          }
          break;
        case Form::Eventually:
        case Form::LeadsTo:
        case Form::LeadsToAlways: {
          // Eventually: from an initial state where P is false, never P. LeadsTo: from a state
          // where P holds and Q does not, never Q. LeadsToAlways: from a state where P holds,
          // Q false infinitely often.
          bool ev1 = p.form == Form::Eventually;
          bool always = p.form == Form::LeadsToAlways;
          std::vector<char> region(n, 0);
          std::vector<uint32_t> seeds;
          for (uint32_t s = 0; s < n; ++s) {
            bool in = always || (ev1 ? !P(s) : !Q(s));
            region[s] = in ? 1 : 0;
            if (!in) continue;
            if (ev1 ? graph.parent[s] == s && (!p.init || I(s)) : P(s)) seeds.push_back(s);
          }
          Want notQ = always ? Want([&](uint32_t s) { return !Q(s); }) : Want(nullptr);
          std::vector<uint32_t> prev;
          std::vector<uint32_t> reach = reachable(seeds, region, prev);
          std::vector<uint32_t> c = fairComponent(reach, every, notQ);
          if (c.empty()) break;
          return lasso(p, pathFrom(earliest(c, reach), prev), c, every, notQ);
        }
        case Form::InfinitelyOften: {
          std::vector<uint32_t> region;
          for (uint32_t s = 0; s < n; ++s) {
            if (!P(s)) region.push_back(s);
          }
          std::vector<uint32_t> c = fairComponent(region, every, nullptr);
          if (!c.empty()) return treeLasso(c, every, nullptr);
          break;
        }
        case Form::EventuallyAlways: {
          Want notP = [&](uint32_t s) { return !P(s); };
          std::vector<uint32_t> c = fairComponent(all, every, notP);
          if (!c.empty()) return treeLasso(c, every, notP);
          break;
        }
        case Form::EventuallyAlwaysStep: {
          // Violated by a fair behavior with infinitely many steps that change v and are not A.
          EdgeKeep notBox = [&](size_t e, uint32_t from) {
            return !stutters(e, from) && !ev.holds(*p.p, p.bound, graph.states[from], &target(e));
          };
          std::vector<uint32_t> c = fairComponent(all, every, nullptr, notBox);
          if (!c.empty()) {
            uint32_t first = *std::min_element(c.begin(), c.end());
            return lasso(p, treePath(first), c, every, nullptr, notBox);
          }
          break;
        }
        case Form::InfinitelyOftenStep: {
          std::vector<uint32_t> c = fairComponent(all, notA, nullptr);
          if (!c.empty()) return treeLasso(c, notA, nullptr);
          break;
        }
        case Form::Tableau:
          if (auto v = tableauRun(p)) return v;
          break;
        case Form::Weak:
        case Form::Strong: {
          // WF: A continuously enabled, never taken. SF: A enabled infinitely often, never taken.
          std::vector<signed char> enm(n, -1);
          bool viaGraph = false;
          Want enabled = [&](uint32_t s) {
            if (enm[s] < 0) {
              enm[s] =
                  enabledAt(*p.p, p.bound, s, viaGraph, [&](size_t e) { return A(e, s); }) ? 1 : 0;
            }
            return enm[s] == 1;
          };
          std::vector<uint32_t> region;
          if (p.form == Form::Weak) {
            for (uint32_t s = 0; s < n; ++s) {
              if (enabled(s)) region.push_back(s);
            }
          } else {
            region = all;
          }
          Want want = p.form == Form::Strong ? enabled : Want(nullptr);
          std::vector<uint32_t> c = fairComponent(region, notA, want);
          if (!c.empty()) return treeLasso(c, notA, want);
          break;
        }
      }
    }
    return std::nullopt;
  }
};

Checker::Checker(Evaluator& ev, std::function<ExprPtr(const ExprPtr&, const Steps&)> scoped)
    : impl_(std::make_unique<Impl>(ev, std::move(scoped))) {}
Checker::~Checker() = default;
bool Checker::addFairness(const Formula& f) {
  return impl_->addFairness(f);
}
bool Checker::addProperty(const Formula& f) {
  return impl_->addProperty(f);
}
bool Checker::hasProperties() const {
  return !impl_->props.empty();
}
std::optional<Violation> Checker::check(const Graph& g, const std::function<bool()>& expired) {
  impl_->expired = expired;
  return impl_->check(g);
}

}  // namespace vouch::refinement::liveness
