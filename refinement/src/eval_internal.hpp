#pragma once
// Internals shared by the evaluator's translation units: environments and the evaluation core.

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "vouch/refinement/eval.hpp"
#include "vouch/refinement/resources.hpp"

namespace vouch::refinement {

using namespace std::string_view_literals;
using frontend::ExprKind;
using frontend::InstanceSpec;
using frontend::RefKind;
using frontend::SourceRange;

/// A non-owning reference to a callable, for callbacks used only while the call runs
/// (continuations, binding visitors): unlike std::function it never allocates.
template <typename Sig>
class FnRef;
template <typename R, typename... A>
class FnRef<R(A...)> {
 public:
  template <typename F>
  FnRef(F&& f)  // NOLINT: implicit by design, like std::function
      : obj_(const_cast<void*>(static_cast<const void*>(&f))),
        call_([](void* o, A... a) -> R { return (*static_cast<std::remove_reference_t<F>*>(o))(a...); }) {}
  R operator()(A... a) const { return call_(obj_, a...); }

 private:
  void* obj_;
  R (*call_)(void*, A...);
};

/// An operator argument, passed by name: the expression and the environment it is evaluated in
/// (evaluated on use; state-level results are cached).
struct Arg {
  const Expr* expr = nullptr;
  const Env* env = nullptr;
  std::optional<Value> value;  // a pre-evaluated value, or the cache
  bool cacheable = false;
};

/// A vector whose first N elements live inline (on the C++ stack, for the evaluator's
/// per-call argument lists and frames): most calls allocate nothing.
template <typename T, size_t N = 4>
using SmallVec = boost::container::small_vector<T, N>;
using ArgList = SmallVec<Arg>;

/// Values of a LET's definitions without parameters, computed once per evaluation of the LET.
using LetCache = SmallVec<std::pair<const OpDef*, Value>>;

/// Values of an instantiation's variable substitutions (`WITH x <- e`), computed once per
/// evaluation of the instantiated definition and pair of states (Engine::substitutedVariable).
struct SubstValue {
  const void* sub;  // the substitution
  const State* current;
  const State* next;  // null: unprimed
  Value value;
};
using SubstValues = SmallVec<SubstValue, 2>;

/// A scope frame; frames live on the C++ stack and point to their parent.
struct Env {
  enum class Kind : uint8_t { Root, Bound, Params, Let, Subst, At };
  Kind kind = Kind::Root;
  const Env* parent = nullptr;
  // Bound / At
  uint32_t boundId = 0;
  Value value;
  // Params: the definition (or LAMBDA expression) whose parameters these are
  const void* owner = nullptr;
  ArgList* args = nullptr;
  uint32_t argBase = 0;  // where the owner's arguments start in `args`
  // Let: the LET expression whose definitions are in scope, and their values once computed
  const Expr* let = nullptr;
  LetCache* letCache = nullptr;
  // Subst: an instantiation; substitution values are evaluated in `outer`
  const InstanceSpec* inst = nullptr;
  const Env* outer = nullptr;
  uint64_t serial = 0;  // Subst: frames made earlier have smaller serials
  mutable std::unique_ptr<SubstValues> substValues;  // Subst: made on first use
  mutable bool read = false;  // Bound: its value was read (Engine::forEachRelevantBinding)
};

/// Frames made for one call; a caller reserves room first, since frames point to each other.
using Frames = SmallVec<Env>;

/// Where an enclosing instantiation replaces the constant or variable `decl` (the innermost one
/// in `env`): the expression and the environment it is written in; `expr` is null when none does.
struct Substitution {
  const Expr* expr = nullptr;
  const Env* env = nullptr;
  const InstanceSpec::Substitution* spec = nullptr;
  const Env* frame = nullptr;  // the Subst frame
};
inline Substitution substitutionOf(const frontend::Decl* decl, const Env& env) {
  if (!decl->substituted) return {};  // no INSTANCE substitutes it (see fold.cpp)
  for (const Env* f = &env; f != nullptr; f = f->parent) {
    if (f->kind != Env::Kind::Subst) continue;
    const auto& decls = f->inst->substitutedDecls;
    for (size_t i = 0; i < decls.size(); ++i) {
      if (decls[i] == decl) {
        const auto& sub = f->inst->substitutions[i];
        return {sub.value.get(), f->outer, &sub, f};
      }
    }
  }
  return {};
}

/// A name applied to nothing, outside any instance path (`x`, `vars`, a constant).
inline bool plainName(const Expr& x) {
  return x.kind == ExprKind::OpApp && x.args.empty() && x.ref.instances.empty();
}

/// Whether a == b (values or states); nothing when they cannot be compared (infinite sets).
template <typename T>
std::optional<bool> equality(const T& a, const T& b) {
  try {
    return a == b;
  } catch (const ValueError&) {
    return std::nullopt;
  }
}

/// What the predicate of a set filter uses from the environment it is evaluated in.
struct FreeNames {
  std::vector<uint32_t> ids;                                 // bound inside the predicate
  std::vector<const void*> defs;                             // LET definitions made inside
  std::vector<uint32_t> freeIds;                             // bound outside: captured
  std::vector<std::pair<const void*, uint32_t>> freeParams;  // parameters outside: captured
  std::vector<const frontend::OpDef*> outerLets;  // outer LET definitions used: their values
  bool state = false;                             // reads variables: the state is captured
};

bool closedPredicate(const Expr& x, FreeNames& n);

/// Whether `env` evaluates inside an instantiation (`I!Op`): there, a module's constants may
/// stand for other values than the model's (`WITH C <- e`), so nothing computed from them may be
/// kept per definition.
inline bool underInstance(const Env& env) {
  for (const Env* f = &env; f != nullptr; f = f->parent) {
    if (f->kind == Env::Kind::Subst) return true;
  }
  return false;
}

/// The key under which a constant-level definition's value is kept: the definition and the
/// instantiations `env` evaluates under (innermost first); false when there are more than 3.
using ConstKey = std::array<const void*, 4>;
struct ConstKeyHash {
  size_t operator()(const ConstKey& k) const {
    size_t h = 0;
    for (const void* p : k) h = (h ^ reinterpret_cast<uintptr_t>(p)) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
  }
};
inline bool constKeyOf(const OpDef& def, const Env& env, ConstKey& key) {
  key = {&def, nullptr, nullptr, nullptr};
  size_t n = 1;
  for (const Env* f = &env; f != nullptr; f = f->parent) {
    if (f->kind != Env::Kind::Subst) continue;
    if (n == key.size()) return false;
    key[n++] = f->inst;
  }
  return true;
}

/// The frame of the LET that defines `def`, if `def` is a LET definition in scope in `env`.
inline const Env* letScopeOf(const OpDef& def, const Env& env) {
  if (!def.inLet) return nullptr;  // a module-level definition (flagged in fold.cpp)
  for (const Env* f = &env; f != nullptr; f = f->parent) {
    if (f->kind != Env::Kind::Let) continue;
    for (const auto& d : f->let->defs) {
      if (d.get() == &def) return f;
    }
  }
  return nullptr;
}

/// Built-in operators the evaluator and the enumerator treat specially, by opcode.
enum BuiltinOp : int32_t {
  kTrue,
  kFalse,
  kBoolean,
  kString,
  kSubset,
  kUnion,
  kUnchanged,
  kDomain,
  kEnabled,
  kEq,
  kNeq,
  kIn,
  kNotIn,
  kAnd,
  kOr,
  kNot,
  kImplies,
  kEquiv,
  kPrime,
  kCup,
  kCap,
  kMinus,
  kSubseteq,
  kTimes,
  kTemporal,
  kCdot,
  kUnknown
};
int32_t opcodeOf(const std::string& name);
/// The opcode of a built-in operator application (cached on the expression).
inline int32_t builtinOp(const Expr& e) {
  int32_t t = e.tag;
  if (t < 0) e.tag = t = opcodeOf(e.name);
  return t;
}

/// A variable of an instantiated module that ENABLED quantifies on its own (see
/// Enumerator::freshenInstanceVariables): primed, it is `slot` of the next state, not the prime
/// of what the instantiation `frame` substitutes for it.
struct FreshVar {
  const Env* frame;
  const frontend::Decl* decl;
  int slot;
};
using FreshVars = SmallVec<FreshVar, 4>;

/// The state context of one evaluation.
struct StateCtx {
  const State* current = nullptr;
  const State* next = nullptr;            // for primed variables
  const std::vector<char>* assigned = nullptr;  // which slots of `next` are set (enumeration)
  bool primed = false;                    // evaluating under a prime
  bool initMode = false;                  // Init: unprimed variables may be unassigned
  const FreshVars* fresh = nullptr;       // ENABLED inside an instantiation: its variables
};

/// The slot ENABLED gives the variable `decl`, replaced by the substitution `sub`; -1 when it has
/// none.
inline int freshSlot(const FreshVars* fresh, const frontend::Decl* decl, const Substitution& sub) {
  if (fresh == nullptr) return -1;
  for (const FreshVar& f : *fresh) {
    if (f.frame == sub.frame && f.decl == decl) return f.slot;
  }
  return -1;
}

/// The evaluation engine behind Evaluator.
class Engine {
 public:
  explicit Engine(const Model& model) : model_(model), closedSerial_(model.closedSerial()) {}

  /// The value of `e`; a closed expression (see fold.cpp) is evaluated once per model.
  Value eval(const Expr& e, const Env& env) {
    if (e.closedIn.load() == closedSerial_) {
      if (const void* p = e.folded.load()) return *static_cast<const Value*>(p);
      return fold(e, env);
    }
    return evalUnfolded(e, env);
  }
  Value evalUnfolded(const Expr& e, const Env& env);
  const Value& fold(const Expr& e, const Env& env);
  bool evalBool(const Expr& e, const Env& env);
  StateCtx ctx;

  // Names
  Value evalOpApp(const Expr& e, const Env& env);
  Value callDefinition(const Expr& e, const OpDef& def, const Env& env);
  /// TLCExt's AssertError(err, exp): whether evaluating exp fails.
  Value assertError(const Expr& e, const Env& env);
  bool memberOf(const Value& x, const Expr& set, const Env& env);
  bool lazyMembership(const Expr& e);
  /// Builds the environment for evaluating `def`'s body reached from `e` (instance
  /// substitutions, LET scope, parameters bound to `args`).
  const Env& bodyEnv(const Expr& e, const OpDef& def, const Env& env, ArgList& args,
                     Frames& frames);
  Value variable(const Expr& e, const Decl& d, const Env& env);
  Value substitutedVariable(const Substitution& sub);
  Value constant(const Expr& e, const Decl& d, const Env& env);
  /// The value of the operator constant `d`, given point-wise in the .cfg as `table` (`F(0) =
  /// 1`: a function of its argument, or of the tuple of its arguments), on `args`.
  Value pointwise(const Decl& d, const Value& table, const std::vector<Value>& args,
                  const SourceRange& at) const;
  const Arg* findParam(const void* owner, uint32_t index, const Env& env) const;
  Value evalArg(const Arg& a);
  /// Calls the operator denoted by `opExpr` (a LAMBDA, or a name of an operator) on values.
  Value callOperator(const Expr& opExpr, const Env& env, const std::vector<Value>& args,
                     const SourceRange& at);
  /// Appends the call-by-name arguments `args` (evaluated in `env`) to `out`.
  void makeArgs(const std::vector<frontend::ExprPtr>& args, const Env& env,
                const std::vector<frontend::Param>* params, ArgList& out);

  /// Whether the .cfg's replacements of definitions apply to the reference `e` (not through a
  /// named instance).
  bool overridden(const Expr& e) const;
  /// The definition the reference `e` to `def` evaluates, after the .cfg's replacements that
  /// apply to it (`Def <- Other`); null when the .cfg gives it a value instead (`*value`).
  const OpDef* replacement(const Expr& e, const OpDef& def, const Value** value) const;
  /// Whether callDefinition keeps the value of `def`, reached by `e`, per model (and chain of
  /// instantiations): a module-level definition of constant level without parameters, reached
  /// directly, that no .cfg replacement raises; `key` is then its key in constCache_.
  bool keepsConstant(const Expr& e, const OpDef& def, const Env& env, ConstKey& key) const {
    return e.ref.instances.empty() && def.params.empty() && def.module != nullptr &&
           def.level == frontend::Level::Constant && def.raisedIn.load() != closedSerial_ &&
           def.impureIn.load() != closedSerial_ && constKeyOf(def, env, key);
  }
  /// The sub-expression a selector `Op!1!2` names (in Op's body).
  const Expr& selected(const Expr& e) const;
  /// Whether `e` applies a function definition `f[x \in S] == body` (applied point-wise).
  bool isFunctionDefApp(const Expr& e) const;
  /// Whether applications of the function definition `def`, reached through `ref`, may be kept
  /// once computed: it depends on constants only.
  bool memoizable(const OpDef& def, const Expr& ref, const Env& env) const;
  /// x \in DOMAIN of the function constructor `cons` ([y \in S |-> e]) evaluated in `env`,
  /// without building the function.
  bool inFunctionDomain(const Value& x, const Expr& cons, const Env& env);
  /// The argument of a function application `f[a]` (a) or `f[a, b]` (<<a, b>>).
  Value appKey(const Expr& app, const Env& env);
  /// Binds `key` to the binders of the function definition `e` applies and calls `use` with its
  /// body and that environment; fails when `key` is outside the domain.
  void applyFunctionDef(const Expr& e, const Env& env, const Value& key,
                        FnRef<void(const Expr&, const Env&)> use);
  /// Whether `e` applies `f == [x \in S |-> b]` with S infinite: the function cannot be built,
  /// so it is applied point-wise as a function definition is (as TLC applies its lazy functions).
  bool infiniteFunctionApp(const Expr& e, const Env& env);
  /// Binds `key` to the binders of the function constructor `cons` (`[x \in S |-> b]`,
  /// evaluated in `benv`) and calls `use` with its body and that environment; fails, naming
  /// the function `name`, when `key` is outside the domain.
  void bindKey(const Expr& e, const Expr& cons, const Env& benv, const Value& key,
               const std::string& name, FnRef<void(const Expr&, const Env&)> use);

  /// ENABLED A in the current state: does A have a successor?
  bool enabled(const Expr& action, const Env& env);
  /// A \cdot B on the current and next states: is there a state s with A from the current
  /// state to s and B from s to the next state?
  bool composed(const Expr& e, const Env& env);

  // Families
  Value builtin(const Expr& e, const Env& env);
  Value quantifier(const Expr& e, const Env& env);
  Value setExpr(const Expr& e, const Env& env);
  Value funcExpr(const Expr& e, const Env& env);
  Value except(const Expr& e, const Env& env);
  /// Native implementation of a built-in module's operator (strict: takes argument values).
  using NativeFn = Value (*)(Engine&, std::span<const Value>, const SourceRange&);
  NativeFn nativeFor(const OpDef& def);

  /// Iterates the bindings of e.bounds (several binders, tuple binders), calling fn for each
  /// with the innermost environment; stops when fn returns false.
  bool forEachBinding(const Expr& e, const Env& env, FnRef<bool(const Env&)> fn);
  /// What a quantifier's body gave for one binding: the quantifier's value (stop), something
  /// (go on with every next binding), or nothing (go on, but only with bindings that differ
  /// in a variable the body read).
  enum class Bound { Stop, Next, Nothing };
  /// forEachBinding for a quantifier: evaluation being deterministic, a body that gave nothing
  /// without reading the innermost bound variables (and printed or set nothing) gives nothing
  /// for their other values either: those are skipped.
  bool forEachRelevantBinding(const Expr& e, const Env& env, FnRef<Bound(const Env&)> body);
  uint64_t effects_ = 0;  // Print, PrintT and TLCSet calls so far

  [[noreturn]] void fail(const SourceRange& at, const std::string& message) const;
  int64_t toInt(const Value& v, const Expr& at) const;
  bool toBool(const Value& v, const Expr& at) const;

  const Model& model_;
  uint64_t closedSerial_;
  /// Nesting of operator calls (definitions, parameters, LAMBDAs, function definitions
  /// applied point-wise) and enumeration steps: the only ways evaluation recurses without
  /// bound. A spec whose recursion never ends gets an evaluation error at kMaxDepth instead of
  /// overflowing the stack (a level takes about 1-5 KiB of the 1 GiB stack).
  static constexpr int kMaxDepth = 100000;
  int depth_ = 0;
  const char* stackLimit_ = nullptr;  // deepest stack address a Nested may start at
  /// The stack a nested evaluation may use on this thread: most of the thread's stack, less a
  /// margin for reporting the error.
  static ptrdiff_t stackBudget();
  struct Nested {
    Engine& en;
    Nested(Engine& engine, const Expr& at) : en(engine) {
      // Bounded by levels and by the stack they use (levels differ in size): an error, never
      // a stack overflow.
      const char* here = static_cast<const char*>(__builtin_frame_address(0));
      if (en.depth_ == 0) en.stackLimit_ = here - stackBudget();
      if (++en.depth_ > kMaxDepth || here < en.stackLimit_) {
        --en.depth_;
        en.fail(at.range,
                "evaluation nested more than " + std::to_string(en.depth_ + 1) +
                    " levels deep: does a recursive definition never reach its base case?");
      }
    }
    ~Nested() { --en.depth_; }
    Nested(const Nested&) = delete;
    Nested& operator=(const Nested&) = delete;
  };
  // Definitions `f == [x \in S |-> e]` whose S is constant: whether S is infinite (see
  // infiniteFunctionApp).
  std::unordered_map<const OpDef*, bool> infiniteDomain_;
  // Recursive function definitions at module level: memoized applications.
  std::unordered_map<const OpDef*, std::unordered_map<Value, Value, ValueHash>> funcMemo_;
  // f[a][k] of a constant-level `f[x \in S] == [y \in T |-> b]`, by <<a, k>>.
  std::unordered_map<const OpDef*, std::unordered_map<Value, Value, ValueHash>> funcElemMemo_;
  // Zero-parameter module-level definitions of constant level.
  std::unordered_map<ConstKey, Value, ConstKeyHash> constCache_;
  // Constant definitions whose value cannot be built (an infinite set) or is not kept (it uses
  // a substitution of the frame around): membership in them is decided from their bodies
  // (memberOf).
  std::unordered_set<const OpDef*> membershipFromBody_;
  // Substitutions for variables that depend on nothing but the state and the model: their
  // values with the states they were computed in, unprimed and primed (substitutedVariable).
  struct StateSubst {
    int8_t closed = -1;  // not known yet
    bool has[2] = {false, false};
    State state[2];
    Value value[2];
  };
  std::unordered_map<const void*, StateSubst> stateSubst_;
  // Per `\E` expression: variables its body leaves unchanged whatever the binding (see
  // Engine::unchangedByBody).
  std::unordered_map<const Expr*, std::vector<const frontend::Decl*>> unchangedByBody_;
  const std::vector<const frontend::Decl*>& unchangedByBody(const Expr& quant);
  bool changedInStep(const frontend::Decl* var, const Env& env);
  /// Instance substitutions for constants that depend on more than the model (`WITH self <-
  /// i`): the smallest serial of a Subst frame whose such substitution was used since the
  /// current definition's evaluation began. A definition whose evaluation used one of a frame
  /// made before it began has no value of its own; frames it made itself do not matter.
  uint64_t openFrameMin_ = UINT64_MAX;
  uint64_t substSerial_ = 0;  // Subst frames made so far
  void noteSubstitution(const Substitution& s) {
    if (s.spec != nullptr && s.spec->closedIn.load() != closedSerial_) {
      openFrameMin_ = std::min(openFrameMin_, s.frame->serial);
    }
  }
  // State-level function definitions used as values: the state each was last built in, and it.
  std::unordered_map<const OpDef*, std::pair<State, Value>> stateFuncCache_;
  // TLCSet/TLCGet registers
  std::unordered_map<int64_t, Value> tlcRegisters_;
  int64_t level_ = 0;  // TLCGet("level")
  uint64_t randomState_ = 0;     // Randomization's draws (eval_native_random.cpp)
  bool configDeadlock_ = true;   // TLCGet("config").deadlock
  int64_t configWorkers_ = 1;    // TLCGet("config").worker
  // TLCExt's Trace: the behavior to the state given (set by the search).
  std::function<std::vector<State>(const State*)> traceSource_;
  int64_t queue_ = -1;           // TLCGet("queue"), -1 when not known
  uint64_t composedStates_ = 0;  // middle states of A \cdot B enumerated (TLC counts them)
  int composing_ = 0;            // enumerations of A \cdot B in progress
  Value stats_;        // TLCGet("stats"): set by the checker
  // TLCGet("distinct"), TLCGet("generated"), TLCGet("diameter"): the one-worker search's
  // counters (null elsewhere); TLCGet("duration") counts from `started_`.
  const uint64_t* distinct_ = nullptr;
  const uint64_t* generated_ = nullptr;
  const uint64_t* diameter_ = nullptr;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  bool exit_ = false;
  bool quiet_ = false;  // Print and PrintT print nothing (steps generated a second time)  //
                        // TLCSet("exit", TRUE): the search stops (as TLC, without an error)
  std::vector<std::shared_ptr<const frontend::SourceFile>> jsonFiles_;  // logs read by Json
  // Buffers of finished Enumerators (next state, assigned flags), reused by the next one.
  std::vector<State> spareStates_;
  std::vector<std::vector<char>> spareFlags_;
};

/// The value of a literal (a number, a string, a field name) cached on the expression, made by
/// `make` the first time; safe when several threads evaluate the expression.
const Value& cachedLiteral(const Expr& e, FnRef<Value()> make);

/// Marks the expressions of `spec` that are closed in `model` (fold.cpp); returns the serial
/// they are marked with, unique to this call.
uint64_t markClosedExpressions(const Model& model, const frontend::LoadedSpec& spec);

/// Makes the strings of the .cfg and of the spec's modules in the order TLC makes them, so
/// that strings and model values are ordered as in TLC (tlc_order.cpp). Called before anything
/// else is evaluated.
void internInTlcOrder(const frontend::LoadedSpec& spec, const frontend::Config* cfg);

/// Rethrows ValueError as an evaluation error at `at`.
template <typename F>
auto atLocation(const Engine& en, const SourceRange& at, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const ValueError& ve) {
    en.fail(at, ve.message);
  }
}

/// JSON text of a value as TLC's Json module writes it: sets and sequences as arrays, records and
/// other functions as objects (eval_native.cpp).
void toJson(std::ostringstream& os, const Value& v);
/// A JSON array of the values, each as toJson writes it.
void toJsonArray(std::ostringstream& os, const std::vector<Value>& elems);

/// The native evaluation of a built-in module's operator that reaches outside the evaluator
/// (IOUtils, CSV, Json writers, TLCExt extras), by "Module.Op"; null if there is none
/// (eval_native_io.cpp).
Engine::NativeFn ioNative(const std::string& key);

/// The Randomization module's operators, by "Module.Op"; null if there is none
/// (eval_native_random.cpp).
Engine::NativeFn randomNative(const std::string& key);

/// The entry of TLCExt's AssertError(err, exp) among the natives: callDefinition evaluates exp
/// itself, catching its error (eval_core.cpp); this only marks the operator.
Value assertErrorMarker(Engine&, std::span<const Value>, const SourceRange&);

}  // namespace vouch::refinement
