#pragma once
// The action enumerator (see enumerate.cpp).

#include "eval_internal.hpp"

namespace vouch::refinement {

class Enumerator {
 public:
  using Cont = FnRef<void()>;
  Enumerator(Engine& engine, bool initMode);
  ~Enumerator();
  Enumerator(const Enumerator&) = delete;
  Enumerator& operator=(const Enumerator&) = delete;
  void enumerate(const Expr& action, const State* current,
                 const std::function<void(State&&)>& emit);
  /// The same, with `action` evaluated in `env` (e.g. an operator body with bound parameters).
  void enumerate(const Expr& action, const Env& env, const State* current,
                 const std::function<void(State&&)>& emit);
  void run(const Expr& e, const Env& env, const Cont& k);
  /// The states `action` leads to from the current state (all variables assigned).
  std::vector<State> middleStates(const Expr& action, const Env& env);
  /// Shares one enumeration among `workers` enumerators, this one being `worker`: at the first
  /// branching, when it is an `x \in S` (or `\subseteq`) with several elements, each takes
  /// every workers-th element, and the states it emits carry that element's index (tag()).
  /// Concatenated by tag, the workers' states are the unshared enumeration's, in its order.
  /// When the first branching is another kind, only worker 0 enumerates (tag -1).
  void shareAmong(size_t worker, size_t workers) {
    shareWorker_ = worker;
    shareWorkers_ = workers;
  }
  int64_t tag() const { return tag_; }
  /// Skips the branches not taken yet (ENABLED needs one successor only).
  void stop() { stopped_ = true; }
  /// For ENABLED evaluated in `env`: the variables of the modules instantiated around it get
  /// primed values of their own (see enumerate.cpp).
  void freshenInstanceVariables(const Env& env);

  const State* current_ = nullptr;
  StateCtx saved_;

 private:
  /// The body of `e` when it names a definition an assignment looks through (see
  /// enumerate.cpp); null otherwise.
  const Expr* aliasBody(const Expr& e) const;
  /// Whether `e` names a definition without parameters through instantiations (`I!F`), whose
  /// body an assignment looks through (see enumerate.cpp).
  bool instanceAlias(const Expr& e) const;
  /// `then` applied to the body of the instanceAlias `e` under its instantiations' frames; -1
  /// when the .cfg replaces the definition.
  int underInstance(const Expr& e, const Env& env, FnRef<int(const Expr&, const Env&)> then) const;
  int assignableSlot(const Expr& e, const Env& env) const;
  int variableSlot(const Expr& v, const Env& env, int depth) const;
  void withState(FnRef<void()> body);
  bool test(const Expr& e, const Env& env);
  Value value(const Expr& e, const Env& env);
  void assign(int slot, const Value& v, const Cont& k);
  bool allAssigned() const;
  void conj(const std::vector<frontend::ExprPtr>& items, size_t i, const Env& env, const Cont& k);
  void unchanged(const Expr& e, const Env& env, const Cont& k);
  void unchangedFrom(const Expr& tuple, size_t i, const Env& env, const Cont& k);
  void forAll(const Expr& e, const std::vector<SmallVec<std::pair<uint32_t, Value>>>& bindings,
              size_t i, const Env& env, const Cont& k);

  /// At a branching other than the shared one: false when this enumerator must not explore
  /// it (a worker other than 0, and the enumeration was not shared before it).
  bool branch() {
    branched_ = true;
    return !stopped_ && (shareWorkers_ <= 1 || tag_ >= 0 || shareWorker_ == 0);
  }

  Engine& en_;
  bool initMode_;
  size_t shareWorker_ = 0, shareWorkers_ = 1;
  bool branched_ = false;  // a branching was met: the enumeration can no longer be shared
  bool stopped_ = false;   // stop(): no further branch is taken
  int64_t tag_ = -1;       // the index of the element taken at the shared branching
  State next_;
  std::vector<char> assigned_;
  FreshVars fresh_;
};

}  // namespace vouch::refinement
