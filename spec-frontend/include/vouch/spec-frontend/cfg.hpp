#pragma once
// The TLC model configuration (`.cfg`) file: which spec to check, constant values, invariants.
//
// The syntax follows TLC's own reader (tlc2.tool.impl.ModelConfig): free-form tokens of TLA+
// (`\*` and nested `(* *)` comments), a keyword followed by its entries, entries separated by
// whitespace only. Vouch additionally accepts negative integers and tuples `<<...>>` as values.

#include <optional>
#include <string>
#include <vector>

#include "vouch/spec-frontend/source.hpp"

namespace vouch::frontend {

/// A constant's value as written in a cfg: a literal, a model value, or a set/tuple of values.
struct CfgValue {
  enum class Kind { Int, String, Bool, ModelValue, Set, Tuple };
  Kind kind = Kind::ModelValue;
  /// Int: the decimal digits as written, with a leading '-' when negative (may exceed 64 bits).
  /// String: the contents with TLA+ escapes decoded. Bool: "TRUE"/"FALSE". ModelValue: its name.
  std::string text;
  bool boolValue = false;          // Bool only
  std::vector<CfgValue> elements;  // Set and Tuple, in source order (sets keep duplicates)
  SourceRange range;

  /// TLA+ syntax of the value: `-3`, `"a\"b"`, `TRUE`, `m1`, `{a, b}`, `<<1, 2>>`.
  std::string toString() const;
};

/// A name used in a cfg (a definition, a module, a constant) and where it was written.
struct CfgName {
  std::string name;
  SourceRange range;
};

/// One entry of a CONSTANT(S) section.
///
///   `N = 3`             Assign, value 3
///   `F(1, "a") = 3`     Assign with args: defines operator constant F at one point
///   `N =[M] 3`          Assign of definition N of module M (module-specific)
///   `N <- Def`          Substitute: N is replaced by the definition Def
///   `N <-[M] Def`       Substitute of definition N of module M
/// `name` may be qualified by instances (`Inst!N`), as TLC allows.
struct CfgConstant {
  enum class Kind { Assign, Substitute };
  Kind kind = Kind::Assign;
  CfgName name;
  std::optional<CfgName> module;  // set for the `=[M]` and `<-[M]` forms
  std::vector<CfgValue> args;     // Assign only; empty unless written `F(a, b) = v`
  CfgValue value;                 // Assign only
  CfgName target;                 // Substitute only: the replacing definition
  SourceRange range;              // the whole entry
};

/// A parsed .cfg file. Single-valued keywords are optional; list keywords accumulate in order.
struct Config {
  SourceFilePtr file;

  std::optional<CfgName> specification;  // SPECIFICATION
  std::optional<CfgName> init;           // INIT
  std::optional<CfgName> next;           // NEXT
  std::optional<CfgName> view;           // VIEW
  std::optional<CfgName> symmetry;       // SYMMETRY
  std::optional<CfgName> alias;          // ALIAS

  std::vector<CfgConstant> constants;  // CONSTANT(S), all sections in order (the last
                                       // entry for a name only: TLC lets it win)
  /// `file:line:col: warning: ...` lines about entries TLC accepts but that look like mistakes.
  std::vector<std::string> warnings;
  std::vector<CfgName> invariants;         // INVARIANT(S)
  std::vector<CfgName> properties;         // PROPERTY / PROPERTIES
  std::vector<CfgName> constraints;        // CONSTRAINT(S)
  std::vector<CfgName> actionConstraints;  // ACTION_CONSTRAINT(S)
  std::vector<CfgName> postconditions;     // POSTCONDITION(S)

  struct Flag {
    bool value = true;
    SourceRange range;
  };
  std::optional<Flag> checkDeadlock;  // CHECK_DEADLOCK TRUE|FALSE; TLC's default is TRUE

  /// The entries of CONSTANT sections for `name` in the main module (no `[M]`), in order.
  std::vector<const CfgConstant*> constantsNamed(const std::string& name) const;
};

/// Parses a cfg file. Throws InputError(ErrorKind::Config) at the first offending token; a
/// constant given twice (or a single-valued keyword used twice) carries a note at the first one.
/// Keep your own reference to `file` while handling the error: diagnostic ranges point into it.
Config parseConfig(SourceFilePtr file);

}  // namespace vouch::frontend
