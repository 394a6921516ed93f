#pragma once
// The nemesis: faults on a seeded schedule, each recorded in the history before it begins and
// after it is over, so the recorded interval covers the real one.

#include <functional>
#include <string>
#include <vector>

#include "backend.hpp"
#include "report.hpp"
#include "vouch/nemesis/nemesis.hpp"
#include "workload.hpp"

namespace vouch::nemesis {

/// The fault kinds `--faults` accepts.
const std::vector<std::string>& faultKinds();

/// Alternates `interval` healthy and `interval` with one fault (kind and node drawn from the
/// seeded generator) while running() holds; every fault is undone before it returns.
/// waitUntil(t) sleeps until t or until running() turns false.
void runFaults(const RunOptions& opts, Cluster& cluster, Backend& backend, HistoryLog& history,
               const std::function<bool()>& running, const std::function<void(double)>& waitUntil,
               double start, RunSummary* summary, std::vector<FaultSpan>* spans);

}  // namespace vouch::nemesis
