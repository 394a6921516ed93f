#pragma once
// RUN/report.html: latency and throughput over time with the fault intervals shaded (Jepsen's
// latency-raw and rate plots are the model). One self-contained page, inline SVG, no script.

#include <string>
#include <vector>

namespace vouch::nemesis {

/// One completed client operation; times in seconds since the run started.
struct OpSample {
  double start = 0, end = 0;
  std::string f;     // read, write, cas
  std::string type;  // ok, fail, info
};

/// One fault, from its recorded start to its recorded end.
struct FaultSpan {
  std::string kind, node;
  double start = 0, end = 0;
};

/// Writes the page; returns false if the file cannot be written.
bool writeReport(const std::string& path, const std::string& title,
                 const std::vector<OpSample>& ops, const std::vector<FaultSpan>& faults);

}  // namespace vouch::nemesis
