// The process's resident memory and the evaluation budget (resources.hpp).

#include "vouch/refinement/resources.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>

namespace vouch::refinement {

uint64_t residentBytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long size = 0, resident = 0;
  int n = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  return n == 2 ? static_cast<uint64_t>(resident) * static_cast<uint64_t>(sysconf(_SC_PAGESIZE))
                : 0;
}

namespace {
// Nanoseconds of steady_clock's epoch; 0: no deadline.
std::atomic<int64_t> deadlineNs{0};
std::atomic<uint64_t> memoryLimit{0};
}  // namespace

void setEvaluationBudget(std::chrono::steady_clock::time_point deadline, uint64_t maxMemoryBytes) {
  deadlineNs =
      deadline == std::chrono::steady_clock::time_point::max()
          ? 0
          : std::chrono::duration_cast<std::chrono::nanoseconds>(deadline.time_since_epoch())
                .count();
  memoryLimit = maxMemoryBytes;
}

void clearEvaluationBudget() {
  deadlineNs = 0;
  memoryLimit = 0;
}

namespace detail {
thread_local uint32_t budgetTicks = 0;

void checkBudget() {
  int64_t d = deadlineNs.load(std::memory_order_relaxed);
  if (d != 0 && std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch())
                        .count() > d) {
    throw BudgetSpent{"--timeout reached"};
  }
  // The memory (a read of /proc) every 16th time.
  static thread_local uint32_t looks = 0;
  uint64_t m = memoryLimit.load(std::memory_order_relaxed);
  if (m != 0 && (++looks & 15U) == 0 && residentBytes() > m)
    throw BudgetSpent{"--max-memory reached"};
}
}  // namespace detail

}  // namespace vouch::refinement
