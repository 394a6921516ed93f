#pragma once
// Running a few workers at once on threads with a large stack: specs recurse deeply (RECURSIVE
// operators over long logs), and so does the evaluator.

#include <cstddef>
#include <functional>

namespace vouch::refinement {

/// Runs work(0) … work(n - 1) at once and returns when all are done: work(0) on the calling
/// thread, the others on threads with a 1 GiB stack (reserved lazily by the kernel). A share
/// whose thread cannot be started runs on the calling thread after work(0).
void runParallel(size_t n, const std::function<void(size_t)>& work);

}  // namespace vouch::refinement
