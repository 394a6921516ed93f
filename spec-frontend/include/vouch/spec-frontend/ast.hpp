#pragma once

#include <atomic>
// The TLA+ abstract syntax tree. Every node carries a SourceRange; resolution fills in what each
// name refers to and level checking fills in each expression's level.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "vouch/spec-frontend/source.hpp"

namespace vouch::frontend {

struct Expr;
struct OpDef;
struct Module;
struct InstanceSpec;
using ExprPtr = std::shared_ptr<Expr>;
using OpDefPtr = std::shared_ptr<OpDef>;
using ModulePtr = std::shared_ptr<Module>;

/// TLA+ expression levels (Specifying Systems §17.2).
enum class Level : uint8_t { Constant = 0, State = 1, Action = 2, Temporal = 3 };
const char* levelName(Level l);

enum class ExprKind : uint8_t {
  Number,      // text: decimal digits (or a decimal with '.')
  String,      // text: the string's value (escapes decoded)
  At,          // `@` inside EXCEPT
  OpApp,       // an operator applied to args (names, symbols, built-ins); see OpApp fields
  Junction,    // bullet list: text "and" / "or", args = items
  If,          // args: cond, then, else
  Case,        // args: p1, e1, p2, e2, ... ; hasOther: the last arg is OTHER's value
  Let,         // defs + args[0] = body
  Quant,       // text: \A \E \AA \EE; bounds; args[0] = body
  Choose,      // bounds (one); args[0] = body
  SetEnum,     // args: elements
  SetFilter,   // bounds (one); args[0] = predicate
  SetMap,      // args[0] = element expression; bounds
  FuncCons,    // bounds; args[0] = body
  FuncApp,     // args[0] = function, args[1..] = arguments
  FuncSet,     // args: domain, range
  Record,      // fields; args: values
  RecordSet,   // fields; args: sets
  FieldAccess, // args[0] = record; text = field
  Except,      // args[0] = function; updates
  Tuple,       // args: elements
  BoxAction,   // [A]_v: args: A, v
  AngleAction, // <<A>>_v: args: A, v
  Fairness,    // text: WF / SF; args: v, A
  Lambda,      // params; args[0] = body
  Label,       // text: label name; params; args[0] = body
};

/// A binder `x, y \in S`, `<<a, b>> \in S`, or unbounded `x`.
struct Bound {
  std::vector<std::string> names;
  std::vector<SourceRange> nameRanges;
  bool tuple = false;  // `<<a, b>> \in S`: one tuple binder over S
  ExprPtr set;         // null when unbounded
};

/// One EXCEPT update: `![i][j].f = value`.
struct ExceptUpdate {
  struct Step {
    bool field = false;         // `.f` (field) or `[args]` (index)
    std::string name;           // field name
    std::vector<ExprPtr> args;  // index expressions (several = a tuple index)
  };
  std::vector<Step> path;
  ExprPtr value;
};

/// What a name in an OpApp resolves to.
enum class RefKind : uint8_t {
  Unresolved,
  BuiltIn,      // a built-in operator (=, \in, TRUE, UNCHANGED, ...): `builtin` names it
  Definition,   // an operator/function definition: `def`
  Constant,     // a declared CONSTANT: `decl`
  Variable,     // a declared VARIABLE: `decl`
  BoundVar,     // a bound variable of a quantifier/constructor/CHOOSE: `boundId`
  Param,        // an operator parameter (possibly higher-order): `paramIndex` of `def`
  Selector,     // `Op!1`-style subexpression selector (kept, resolved later)
};

struct Decl;

/// One segment of a possibly instance-qualified name `I(a)!J!Op(b)`.
struct NameSegment {
  std::string name;
  std::vector<ExprPtr> args;
  SourceRange range;
};

/// The result of resolving a name.
struct Resolution {
  RefKind kind = RefKind::Unresolved;
  const OpDef* def = nullptr;   // Definition, Param (the enclosing def)
  const Decl* decl = nullptr;   // Constant, Variable
  uint32_t boundId = 0;         // BoundVar: unique id of the binder occurrence
  uint32_t paramIndex = 0;      // Param
  std::string builtin;          // BuiltIn: canonical name
  /// Every instantiation between the reference and the definition, outermost first: named ones
  /// (`I!Op`: `segment` is the index of I's segment in Expr::path) and unnamed `INSTANCE M`
  /// imports (`segment` = -1). Evaluation applies their substitutions.
  struct InstanceStep {
    const InstanceSpec* spec = nullptr;
    const OpDef* def = nullptr;  // the named instance definition (parameters), or null
    int segment = -1;
  };
  std::vector<InstanceStep> instances;
};

/// How an OpApp was written; matters for printing and for error messages only.
enum class OpSyntax : uint8_t { Name, Prefix, Infix, Postfix };

/// A copyable atomic (copies take a snapshot): for caches that checking threads fill.
template <typename T>
class RelaxedAtomic {
 public:
  RelaxedAtomic(T v = T()) : v_(v) {}  // NOLINT: implicit, like the T it stands for
  RelaxedAtomic(const RelaxedAtomic& o) : v_(o.load()) {}
  RelaxedAtomic& operator=(const RelaxedAtomic& o) {
    store(o.load());
    return *this;
  }
  RelaxedAtomic& operator=(T v) {
    store(v);
    return *this;
  }
  operator T() const { return load(); }  // NOLINT
  T load() const { return v_.load(std::memory_order_acquire); }
  void store(T v) { v_.store(v, std::memory_order_release); }

 private:
  std::atomic<T> v_;
};

struct Expr {
  ExprKind kind;
  // The fields every evaluation reads come first, on the node's first cache line.
  /// Opaque slots for later stages (the evaluator caches literal values, built-in opcodes and
  /// variable slots here). Several checking threads may fill them: `tag` is written only with
  /// the value every thread computes; `cache` is written once, under a lock, and then read
  /// through `cached`.
  mutable RelaxedAtomic<int32_t> tag{-1};
  /// The evaluator's constant folding: the serial of the model in which this expression is
  /// closed (depends on nothing but the model's constants), and its value once computed
  /// (written once, under a lock, then read through `folded`).
  mutable RelaxedAtomic<uint64_t> closedIn{0};
  mutable RelaxedAtomic<const void*> folded{nullptr};
  mutable RelaxedAtomic<const void*> cached{nullptr};
  std::vector<ExprPtr> args;
  // Filled by resolution and level checking.
  Resolution ref;
  std::vector<uint32_t> boundIds;  // ids of the variables this node binds, in binder order
  Level level = Level::Constant;
  SourceRange range;
  std::string text;  // see ExprKind
  // OpApp: the (possibly qualified) name; `name` is the last segment's name, canonical for
  // operator symbols. `path` holds the earlier segments (instances) when qualified.
  std::string name;
  std::vector<NameSegment> path;
  OpSyntax syntax = OpSyntax::Name;
  // Binders (Quant, Choose, SetFilter, SetMap, FuncCons)
  std::vector<Bound> bounds;
  // Let definitions
  std::vector<OpDefPtr> defs;
  // Record / RecordSet field names
  std::vector<std::string> fields;
  // Except updates
  std::vector<ExceptUpdate> updates;
  bool hasOther = false;
  // Lambda / Label params
  std::vector<std::string> params;
  mutable std::shared_ptr<const void> cache;       // owns what `cached` points to
  mutable std::shared_ptr<const void> foldHolder;  // owns what `folded` points to

  Expr(ExprKind k, SourceRange r) : kind(k), range(r) {}
};

/// Calls f on each direct sub-expression of e: arguments, binder sets, EXCEPT paths and values,
/// arguments of instance path segments (not its LET definitions' bodies, `defs`).
template <typename F>
void forEachChild(const Expr& e, F&& f) {
  for (const auto& a : e.args) {
    if (a) f(*a);
  }
  for (const auto& b : e.bounds) {
    if (b.set) f(*b.set);
  }
  for (const auto& u : e.updates) {
    for (const auto& st : u.path) {
      for (const auto& a : st.args) f(*a);
    }
    if (u.value) f(*u.value);
  }
  for (const auto& seg : e.path) {
    for (const auto& a : seg.args) f(*a);
  }
}

/// An operator parameter: `x` (arity 0) or `F(_, _)` (arity 2).
struct Param {
  std::string name;
  int arity = 0;
  SourceRange range;
};

/// `INSTANCE M WITH a <- e, ...`.
struct InstanceSpec {
  std::string module;
  SourceRange moduleRange;
  struct Substitution {
    std::string name;
    ExprPtr value;
    SourceRange range;
    bool implicit = false;  // added by resolution: `x <- x` for a name visible at the INSTANCE
    /// The evaluator's: the serial of the model in which the value substituted for a constant
    /// depends on nothing but the model and the instantiations around it.
    mutable RelaxedAtomic<uint64_t> closedIn{0};
  };
  std::vector<Substitution> substitutions;
  const Module* target = nullptr;  // filled by resolution
  /// The target's constant or variable each substitution replaces (parallel to substitutions).
  std::vector<const Decl*> substitutedDecls;
  /// The highest level of an expression substituted for a constant (`WITH C <- x` with x a
  /// variable: State). A definition of the target used through this instance has at least this
  /// level, since it may depend on the constant. Filled by resolution.
  Level constantSubstLevel = Level::Constant;
};

/// An operator definition, function definition or named instance.
struct OpDef {
  enum class Form : uint8_t { Prefix, Infix, Postfix, Name } form = Form::Name;
  std::string name;  // canonical for symbols
  std::vector<Param> params;
  ExprPtr body;              // null for a named instance
  bool isFunction = false;   // `f[x \in S] == e`: body is a FuncCons
  bool local = false;
  bool recursive = false;    // declared RECURSIVE
  /// Made by a checker around a part of a temporal formula found under instantiations: the
  /// body also sees the bound variables where it is used (`\A c \in S : WF_v(A(c))` in I!Spec).
  bool seesCaller = false;
  std::shared_ptr<InstanceSpec> instance;  // named instance `I(p) == INSTANCE M ...`
  SourceRange range;         // the whole definition
  SourceRange nameRange;
  const Module* module = nullptr;
  Level level = Level::Constant;   // level of the body (with constant params)
  bool levelChecked = false;
  /// Slots for the evaluator: the serial of a model in which the .cfg replaces nothing of this
  /// definition, and its native implementation (0 unknown, 1 none, else the function).
  mutable RelaxedAtomic<uint64_t> plainIn{0};
  mutable RelaxedAtomic<uintptr_t> native{0};
  /// The serial of a model in which this definition may have a higher level than `level`: it
  /// calls, maybe indirectly, a constant operator or a definition the .cfg replaces by a
  /// definition of a higher level (`F <- G`, G reading variables).
  mutable RelaxedAtomic<uint64_t> raisedIn{0};
  /// The serial of a model in which this definition calls, maybe indirectly, an operator whose
  /// value is not a function of its arguments (TLCGet, TLCSet, RandomElement, Print...): its
  /// value is never kept.
  mutable RelaxedAtomic<uint64_t> impureIn{0};
  /// Set by the evaluator's model: a LET defines it (its body sees the LET's scope).
  mutable RelaxedAtomic<bool> inLet{false};
};

/// A CONSTANT or VARIABLE declaration.
struct Decl {
  enum class Kind : uint8_t { Constant, Variable } kind = Kind::Constant;
  std::string name;
  int arity = 0;
  SourceRange range;
  const Module* module = nullptr;
  /// Set by the evaluator's model: some INSTANCE substitutes this declaration (otherwise a
  /// reference to it never needs looking for a substitution).
  mutable RelaxedAtomic<bool> substituted{false};
};

struct Unit {
  enum class Kind : uint8_t {
    Extends,
    Constant,
    Variable,
    Recursive,
    Definition,  // def (operator, function, or named instance)
    Instance,    // unnamed INSTANCE
    Assume,
    Theorem,
    Module,      // nested module
  } kind = Kind::Definition;
  SourceRange range;
  bool local = false;
  std::vector<std::string> names;  // Extends: modules
  std::vector<SourceRange> nameRanges;
  std::shared_ptr<Decl> decl;
  OpDefPtr def;
  std::shared_ptr<InstanceSpec> instance;
  std::string name;  // Assume / Theorem name (may be empty)
  ExprPtr expr;      // Assume, and a Theorem whose statement is an expression
  ModulePtr module;  // nested module
  Param recursive;   // Recursive
};

struct Module {
  std::string name;
  SourceRange range;
  SourceFilePtr file;
  std::vector<Unit> units;
  const Module* parent = nullptr;  // for nested modules
  bool builtin = false;            // from the standard library folder
  // Filled by loading and resolution.
  std::vector<ModulePtr> extended;
  std::vector<std::shared_ptr<Decl>> constants;
  std::vector<std::shared_ptr<Decl>> variables;
};

}  // namespace vouch::frontend
