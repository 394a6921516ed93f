#pragma once
// An HTML timeline of one history checked by `vouch history`: one lane per process, one bar per
// operation, with the linearizable prefix, the failed operation and the minimal
// non-linearizable sub-history marked.
//
// Hooks a test (or a script) can query in the page:
//   .op[data-op-id=N]   every operation bar (also data-process, and classes o-ok / o-fail /
//                       o-info, open, lin, unplaced, failed, minimal)
//   .op.failed          the failed operation's bar
//   #failure-mark       the vertical line at the failed operation's start (only when there is one)
//   #verdict            the verdict text
//   #explanation        the explanation text

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace vouch::refinement {

/// A self-contained HTML page (inline CSS and JS, no network) showing one checked history.
/// `fileReport` is the per-file JSON report of `vouch history`; all of its text is escaped.
std::string renderHistoryHtml(const nlohmann::json& fileReport);

}  // namespace vouch::refinement
