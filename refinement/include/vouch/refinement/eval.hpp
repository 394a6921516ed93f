#pragma once
// The evaluator: TLA+ expressions over values, for constant, state and action level, and the
// enumeration of the states an Init predicate or a Next action allows (TLC's convention: the
// first `x' = e` or `x' \in S` met for an unassigned x' assigns it; later ones test).

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vouch/refinement/value.hpp"
#include "vouch/spec-frontend/ast.hpp"
#include "vouch/spec-frontend/cfg.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/loader.hpp"

namespace vouch::refinement {

using frontend::Decl;
using frontend::Expr;
using frontend::OpDef;

/// A state: one value per state variable, in Model::variables order.
using State = std::vector<Value>;

/// A loaded spec bound to a model: constant values, state variables, and the definitions the
/// checker needs. Built from a LoadedSpec and a .cfg.
class Model {
 public:
  /// Binds constants per `cfg` (values, model values, `<-` substitutions); throws InputError
  /// (Config) for a constant with no value or a name the spec does not define.
  Model(const frontend::LoadedSpec& spec, const frontend::Config* cfg);

  const frontend::LoadedSpec& spec() const { return spec_; }
  const std::vector<const Decl*>& variables() const { return variables_; }
  int slotOf(const Decl* d) const;
  /// A reference to the root-scope definition `name`, as an expression the evaluator accepts;
  /// null when there is no such definition.
  const Expr* reference(const std::string& name) const;
  /// The same, but a missing name is a .cfg error at `name`'s location.
  const Expr& requireReference(const frontend::CfgName& name, const char* role) const;
  const Value* constantValue(const Decl* d) const;
  const OpDef* constantOperator(const Decl* d) const;
  /// A definition replaced in the .cfg (`Def = value` or `Def <- Other`).
  const Value* overrideValue(const OpDef* d) const;
  const OpDef* overrideOperator(const OpDef* d) const;
  /// Whether the replacement of d was given for a module (`Def <- [M]Other`, `Def = [M]v`): it
  /// then applies through named instances of M too.
  bool overrideScoped(const OpDef* d) const { return scopedOverrides_.count(d) != 0; }
  /// The ASSUME formulas of the root module and the modules it EXTENDS.
  const std::vector<const Expr*>& assumptions() const { return assumptions_; }
  /// Things in the .cfg that were accepted but ignored ("file:line:col: warning: ...").
  const std::vector<std::string>& warnings() const { return warnings_; }
  /// The serial this model's closed expressions are marked with (the evaluator computes
  /// them once; see fold.cpp).
  uint64_t closedSerial() const { return closedSerial_; }

 private:
  std::vector<const Expr*> assumptions_;
  std::vector<std::string> warnings_;
  const frontend::LoadedSpec& spec_;
  std::vector<const Decl*> variables_;
  std::unordered_map<const Decl*, int> slots_;
  std::unordered_map<const Decl*, Value> constants_;
  std::unordered_map<const Decl*, const OpDef*> constantOps_;
  std::unordered_map<const OpDef*, Value> defValues_;
  std::unordered_map<const OpDef*, const OpDef*> defOps_;
  std::unordered_set<const OpDef*> scopedOverrides_;
  mutable std::unordered_map<std::string, std::shared_ptr<Expr>> refs_;
  uint64_t closedSerial_ = 0;
};

struct Env;
class Engine;

/// An error inside the spec during evaluation: the spec location and what went wrong.
frontend::InputError evalError(const frontend::SourceRange& at, const std::string& message);

/// Evaluates expressions of one Model. Not thread-safe; one per worker.
class Evaluator {
 public:
  explicit Evaluator(const Model& model);
  ~Evaluator();

  /// Evaluates a constant- or state-level expression in `state` (may be null for constants).
  Value eval(const Expr& e, const State* state);
  /// Evaluates an action-level expression over a pair of states.
  Value evalAction(const Expr& e, const State& current, const State& next);
  bool evalBool(const Expr& e, const State* state);

  /// All states satisfying `init` (TLC's assignment convention), in generation order.
  void initialStates(const Expr& init, const std::function<void(State&&)>& emit);
  /// This worker's share of initialStates among `workers` (see Enumerator::shareAmong): each
  /// state with its tag; ordered by tag (stable), the workers' states are initialStates' in
  /// its order. On an exception, `tagAtError` is the tag the enumeration was at.
  void initialStatesShared(const Expr& init, size_t worker, size_t workers,
                           const std::function<void(int64_t, State&&)>& emit, int64_t& tagAtError);
  /// All successors of `current` under `next`, each as generated (duplicates included).
  void successors(const Expr& next, const State& current,
                  const std::function<void(State&&)>& emit);
  /// All successors of `current` under the body of the module-level operator `action`, with
  /// its parameters bound to `args` (one value per parameter).
  void successors(const OpDef& action, const std::vector<Value>& args, const State& current,
                  const std::function<void(State&&)>& emit);

  /// Whether the body of `action` (parameters bound to `args`) holds for the step from `state`
  /// to itself: for an action that leaves every variable unchanged, the same answer as "has
  /// `state` as a successor", without enumerating.
  bool holdsStuttering(const OpDef& action, const std::vector<Value>& args, const State& state);

  /// Values of bound variables (a quantifier's binder id, its value), outermost first: the
  /// bindings under which a part of a temporal formula inside `\A x \in S : ...` is evaluated.
  using Bindings = std::vector<std::pair<uint32_t, Value>>;
  /// Where a part of a temporal formula is found, outermost first: inside an operator applied to
  /// values (`Live(p)` with `Live(q) == <>(pc[q] = "cs")`: `op` and one value per parameter),
  /// or inside a LET (`let`, its definitions evaluated when used).
  struct Scope {
    const OpDef* op = nullptr;
    std::vector<Value> args;
    const Expr* let = nullptr;
  };
  using Params = std::vector<Scope>;
  /// `e` (state or action level) under `bound`, in `state` (and `next` for an action).
  bool holds(const Expr& e, const Bindings& bound, const State& state, const State* next) {
    return holds(e, bound, {}, state, next);
  }
  bool holds(const Expr& e, const Bindings& bound, const Params& params, const State& state,
             const State* next);
  /// The constant-level `e` under `bound` and `params`.
  Value evalConstant(const Expr& e, const Bindings& bound, const Params& params);
  /// Calls `each` with `outer` extended by each binding of the quantifier `quant`'s binders
  /// (`\A x \in S, y \in T : ...`; the sets evaluated as constants).
  void forEachBinding(const Expr& quant, const Bindings& outer,
                      const std::function<void(Bindings&&)>& each) {
    forEachBinding(quant, outer, {}, each);
  }
  void forEachBinding(const Expr& quant, const Bindings& outer, const Params& params,
                      const std::function<void(Bindings&&)>& each);

  /// How many middle states of `A \cdot B` the enumerations since the last call went through
  /// (TLC counts them as generated); resets the count.
  uint64_t takeComposedStates();
  /// The value TLCGet("level") returns (the checker sets it per state).
  void setLevel(int64_t level);
  /// The record TLCGet("stats") returns (diameter, distinct, generated, queue).
  void setStats(uint64_t diameter, uint64_t distinct, uint64_t generated, uint64_t queue);
  /// The value TLCGet("queue") returns: the states found and not yet explored (-1: not known,
  /// an error to ask for).
  void setQueue(int64_t queue);
  /// The counters TLCGet("distinct"), TLCGet("generated") and TLCGet("diameter") read (the
  /// search keeps them up to date; null: not known, an error to ask for).
  void setCounters(const uint64_t* distinct, const uint64_t* generated, const uint64_t* diameter);
  /// What TLCGet("config") says of the search: whether it checks deadlock, how many workers.
  void setConfig(bool checkDeadlock, size_t workers);
  /// What TLCExt's Trace is: the states from an initial state to the one being looked at, given
  /// the state it is evaluated in (the search sets it; unset, Trace is an error).
  void setTraceSource(std::function<std::vector<State>(const State*)> source);
  /// Gives this evaluator the TLCSet registers of `other` (a worker starts with the values the
  /// assumptions set).
  void copyRegisters(const Evaluator& other);
  /// While set, Print and PrintT print nothing (for steps generated a second time).
  void setQuiet(bool quiet);
  /// Whether the spec asked the search to stop (TLCSet("exit", TRUE)).
  bool exitRequested() const;
  const Model& model() const { return model_; }

 private:
  const Model& model_;
  std::unique_ptr<Engine> engine_;
};

}  // namespace vouch::refinement
