#pragma once
// What the process uses, for the --max-memory budgets of check, trace and history.

#include <cstdint>

namespace vouch::refinement {

/// The resident memory of this process, in bytes (Linux: /proc/self/statm); 0 if unknown.
uint64_t residentBytes();

}  // namespace vouch::refinement
