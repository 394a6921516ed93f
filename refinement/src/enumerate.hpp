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

  const State* current_ = nullptr;
  StateCtx saved_;

 private:
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

  Engine& en_;
  bool initMode_;
  State next_;
  std::vector<char> assigned_;
};

}  // namespace vouch::refinement
