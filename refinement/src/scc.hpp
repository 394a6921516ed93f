#pragma once
// Strongly connected components of a graph given as edge ranges (iterative Tarjan): shared by
// the liveness checks on the state graph and on its product with a tableau automaton.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vouch::refinement {

/// Tarjan's per-node numbers, one entry per node of the whole graph, kept between calls so that
/// a search repeated on subsets (Emerson and Lei) does not size them again.
struct SccScratch {
  explicit SccScratch(size_t n = 0) { resize(n); }
  void resize(size_t n) {
    index.assign(n, UINT32_MAX);
    low.assign(n, 0);
    onStack.assign(n, 0);
  }
  std::vector<uint32_t> index, low;  // index: UINT32_MAX outside a call
  std::vector<char> onStack;
};

/// The strongly connected components of the subgraph on `nodes` (marked 1 in `in`): node v's
/// edges are first(v) .. first(v + 1) - 1, edge e leads to target(e) and counts when
/// follow(e, v). `tick` is called once per step of the walk.
template <typename First, typename Target, typename Follow, typename Tick>
std::vector<std::vector<uint32_t>> strongComponents(const std::vector<uint32_t>& nodes,
                                                    const std::vector<char>& in, SccScratch& t,
                                                    First&& first, Target&& target, Follow&& follow,
                                                    Tick&& tick) {
  std::vector<std::vector<uint32_t>> out;
  std::vector<uint32_t> stack;
  struct Frame {
    uint32_t v;
    size_t e;
  };
  std::vector<Frame> call;
  uint32_t counter = 0;
  for (uint32_t root : nodes) {
    if (t.index[root] != UINT32_MAX) continue;
    call.push_back({root, first(root)});
    t.index[root] = t.low[root] = counter++;
    stack.push_back(root);
    t.onStack[root] = 1;
    while (!call.empty()) {
      tick();
      Frame& f = call.back();
      uint32_t v = f.v;
      if (f.e < first(v + 1)) {
        size_t e = f.e++;
        uint32_t w = target(e);
        if (!in[w] || !follow(e, v)) continue;
        if (t.index[w] == UINT32_MAX) {
          t.index[w] = t.low[w] = counter++;
          stack.push_back(w);
          t.onStack[w] = 1;
          call.push_back({w, first(w)});
        } else if (t.onStack[w] != 0) {
          t.low[v] = std::min(t.low[v], t.index[w]);
        }
        continue;
      }
      if (t.low[v] == t.index[v]) {
        std::vector<uint32_t> comp;
        uint32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          t.onStack[w] = 0;
          comp.push_back(w);
        } while (w != v);
        out.push_back(std::move(comp));
      }
      call.pop_back();
      if (!call.empty()) t.low[call.back().v] = std::min(t.low[call.back().v], t.low[v]);
    }
  }
  for (uint32_t v : nodes) t.index[v] = UINT32_MAX;  // low and onStack are reset by the walk
  return out;
}

}  // namespace vouch::refinement
