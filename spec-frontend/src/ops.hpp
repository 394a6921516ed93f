#pragma once
// The TLA+ operator table: canonical names of operator symbols, precedence ranges and
// associativity (Specifying Systems §15.2.1).

#include <optional>
#include <string>
#include <string_view>

namespace vouch::frontend {

struct OpInfo {
  std::string_view canonical;
  int low;
  int high;
  bool leftAssoc;
};

/// Canonical name of an operator symbol as written (`\land` → `/\`, `≤` → `<=`, ...).
std::string canonicalOperator(std::string_view text);

/// Infix operator info by canonical name; nullopt when it is not an infix operator.
std::optional<OpInfo> infixInfo(std::string_view canonical);

/// Prefix operator precedence by canonical name (`~`, `-.`, `SUBSET`, ...).
std::optional<OpInfo> prefixInfo(std::string_view canonical);

}  // namespace vouch::frontend
