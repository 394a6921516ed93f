#pragma once
// What the process uses, for the --max-memory budgets of check, trace and history, and the
// budget a single long evaluation is held to.

#include <chrono>
#include <cstdint>

namespace vouch::refinement {

/// The resident memory of this process, in bytes (Linux: /proc/self/statm); 0 if unknown.
uint64_t residentBytes();

/// Thrown from inside an evaluation when the budget set by setEvaluationBudget is spent.
struct BudgetSpent {
  const char* why;  // "--timeout reached", "--max-memory reached"
};

/// Holds every evaluation of the process, until clearEvaluationBudget(), to a deadline and a
/// resident-memory limit (0: none): long enumerations and quantifier loops call
/// budgetCheckpoint(), which throws BudgetSpent once either is passed.
void setEvaluationBudget(std::chrono::steady_clock::time_point deadline, uint64_t maxMemoryBytes);
void clearEvaluationBudget();

namespace detail {
extern thread_local uint32_t budgetTicks;
void checkBudget();
}  // namespace detail

/// Cheap: looks at the clock and the memory every 4096 calls, on each thread.
inline void budgetCheckpoint() {
  if ((++detail::budgetTicks & 4095U) == 0) detail::checkBudget();
}

}  // namespace vouch::refinement
