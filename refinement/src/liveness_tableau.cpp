// General temporal properties: tableau automaton and product search (see liveness_tableau.hpp).

#include "liveness_tableau.hpp"
#include "scc.hpp"

#include <algorithm>
#include <deque>
#include <set>
#include <unordered_map>

namespace vouch::refinement::liveness::tableau {

int Formulas::make(Node n) {
  auto key = std::make_tuple(static_cast<int>(n.kind), n.a, n.b);
  auto [it, fresh] = ids_.emplace(key, static_cast<int>(nodes_.size()));
  if (fresh) nodes_.push_back(n);
  return it->second;
}

int Formulas::both(int x, int y) {
  if (node(x).kind == Kind::False || node(y).kind == Kind::True) return x;
  if (node(y).kind == Kind::False || node(x).kind == Kind::True) return y;
  return x == y ? x : make({Kind::And, std::min(x, y), std::max(x, y)});
}

int Formulas::either(int x, int y) {
  if (node(x).kind == Kind::True || node(y).kind == Kind::False) return x;
  if (node(y).kind == Kind::True || node(x).kind == Kind::False) return y;
  return x == y ? x : make({Kind::Or, std::min(x, y), std::max(x, y)});
}

int Formulas::negate(int x) {
  const Node n = node(x);
  switch (n.kind) {
    case Kind::True:
      return truth(false);
    case Kind::False:
      return truth(true);
    case Kind::Atom:
      return atom(n.a, false);
    case Kind::NotAtom:
      return atom(n.a, true);
    case Kind::And:
      return either(negate(n.a), negate(n.b));
    case Kind::Or:
      return both(negate(n.a), negate(n.b));
    case Kind::Always:
      return eventually(negate(n.a));
    case Kind::Eventually:
      return always(negate(n.a));
  }
  return x;
}

int Formulas::findNegatedAtom(int id) const {
  const Node& n = node(id);
  Kind other = n.kind == Kind::Atom ? Kind::NotAtom : Kind::Atom;
  auto it = ids_.find(std::make_tuple(static_cast<int>(other), n.a, -1));
  return it == ids_.end() ? -1 : it->second;
}

std::optional<Automaton> automaton(const Formulas& f, int root, size_t maxNodes) {
  using Kind = Formulas::Kind;
  constexpr int kInit = -1;
  // A node being expanded: the formulas still to process (todo), those processed (old), and
  // those the next position must satisfy (next).
  struct Pending {
    std::set<int> incoming;
    std::vector<int> todo;
    std::set<int> old, next;
  };
  struct Made {
    std::set<int> incoming, old, next;
  };
  std::vector<Made> made;
  std::map<std::pair<std::set<int>, std::set<int>>, size_t> index;
  std::vector<Pending> stack;
  stack.push_back({{kInit}, {root}, {}, {}});
  size_t budget = maxNodes * 256;  // expansions: the splits of \/ and <> before merging
  while (!stack.empty()) {
    if (budget-- == 0) return std::nullopt;
    Pending n = std::move(stack.back());
    stack.pop_back();
    if (n.todo.empty()) {
      auto key = std::make_pair(n.old, n.next);
      if (auto it = index.find(key); it != index.end()) {
        made[it->second].incoming.insert(n.incoming.begin(), n.incoming.end());
        continue;
      }
      if (made.size() >= maxNodes) return std::nullopt;
      size_t id = made.size();
      index.emplace(std::move(key), id);
      made.push_back({n.incoming, n.old, n.next});
      stack.push_back({{static_cast<int>(id)}, {n.next.begin(), n.next.end()}, {}, {}});
      continue;
    }
    int eta = n.todo.back();
    n.todo.pop_back();
    if (n.old.count(eta) != 0) {
      stack.push_back(std::move(n));
      continue;
    }
    const Formulas::Node& node = f.node(eta);
    switch (node.kind) {
      case Kind::False:
        break;  // contradiction: the node is dropped
      case Kind::True:
        n.old.insert(eta);
        stack.push_back(std::move(n));
        break;
      case Kind::Atom:
      case Kind::NotAtom: {
        int neg = f.findNegatedAtom(eta);
        if (neg >= 0 && n.old.count(neg) != 0) break;
        n.old.insert(eta);
        stack.push_back(std::move(n));
        break;
      }
      case Kind::And:
        n.old.insert(eta);
        n.todo.push_back(node.a);
        n.todo.push_back(node.b);
        stack.push_back(std::move(n));
        break;
      case Kind::Or: {
        Pending m = n;
        n.old.insert(eta);
        m.old.insert(eta);
        n.todo.push_back(node.a);
        m.todo.push_back(node.b);
        stack.push_back(std::move(n));
        stack.push_back(std::move(m));
        break;
      }
      case Kind::Eventually: {
        // <>a: a now, or <>a from the next position on.
        Pending m = n;
        n.old.insert(eta);
        m.old.insert(eta);
        n.todo.push_back(node.a);
        m.next.insert(eta);
        stack.push_back(std::move(n));
        stack.push_back(std::move(m));
        break;
      }
      case Kind::Always:
        n.old.insert(eta);
        n.todo.push_back(node.a);
        n.next.insert(eta);
        stack.push_back(std::move(n));
        break;
    }
  }
  Automaton a;
  a.nodes.resize(made.size());
  std::set<int> promises;  // the <>-subformulas
  for (size_t j = 0; j < made.size(); ++j) {
    for (int i : made[j].incoming) {
      if (i == kInit) {
        a.nodes[j].initial = true;
      } else {
        a.nodes[static_cast<size_t>(i)].next.push_back(static_cast<uint32_t>(j));
      }
    }
    for (int x : made[j].old) {
      const Formulas::Node& node = f.node(x);
      if (node.kind == Kind::Atom || node.kind == Kind::NotAtom) {
        a.nodes[j].literals.emplace_back(node.a, node.kind == Kind::Atom);
      } else if (node.kind == Kind::Eventually) {
        promises.insert(x);
      }
    }
  }
  for (int p : promises) {
    std::vector<char> acc(made.size(), 0);
    for (size_t j = 0; j < made.size(); ++j) {
      acc[j] = made[j].old.count(p) == 0 || made[j].old.count(f.node(p).a) != 0;
    }
    if (std::find(acc.begin(), acc.end(), 0) != acc.end()) a.accepting.push_back(std::move(acc));
  }
  return a;
}

namespace {

// The product of the state graph and the automaton, explored from its initial nodes.
struct Product {
  struct Edge {
    uint32_t to;
    size_t step;       // the graph's edge, or Queries::kStutter
    bool cycle = true;  // may be part of the cycle (see Queries::persistent)
  };
  std::vector<uint32_t> state, node, parent;  // per product node
  std::vector<size_t> offsets{0};
  std::vector<Edge> edges;

  size_t size() const { return state.size(); }
};

Product explore(const Graph& g, const Automaton& a, const Queries& q) {
  Product p;
  // Each automaton node's literals, split into state predicates and actions.
  std::vector<std::vector<std::pair<int, bool>>> stateLits(a.nodes.size()),
      actionLits(a.nodes.size());
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    for (const auto& lit : a.nodes[i].literals) {
      (q.isAction(lit.first) ? actionLits : stateLits)[i].push_back(lit);
    }
  }
  auto holdsIn = [&](uint32_t qn, uint32_t s) {
    return std::all_of(stateLits[qn].begin(), stateLits[qn].end(),
                       [&](const auto& lit) { return q.state(lit.first, s) == lit.second; });
  };
  auto holdsOn = [&](uint32_t qn, size_t step, uint32_t from) {
    return std::all_of(actionLits[qn].begin(), actionLits[qn].end(), [&](const auto& lit) {
      return q.action(lit.first, step, from) == lit.second;
    });
  };
  std::unordered_map<uint64_t, uint32_t> ids;
  auto add = [&](uint32_t s, uint32_t qn, uint32_t from) {
    uint64_t key = (static_cast<uint64_t>(s) << 32) | qn;
    auto [it, fresh] = ids.emplace(key, static_cast<uint32_t>(p.state.size()));
    if (fresh) {
      p.state.push_back(s);
      p.node.push_back(qn);
      p.parent.push_back(from == UINT32_MAX ? it->second : from);
    }
    return it->second;
  };
  for (uint32_t s = 0; s < g.states.size(); ++s) {
    if (g.parent[s] != s) continue;
    for (uint32_t qn = 0; qn < a.nodes.size(); ++qn) {
      if (a.nodes[qn].initial && holdsIn(qn, s)) add(s, qn, UINT32_MAX);
    }
  }
  for (uint32_t v = 0; v < p.size(); ++v) {
    q.tick();
    uint32_t s = p.state[v], qn = p.node[v];
    auto cycle = [&](size_t step) {
      return std::all_of(q.persistent.begin(), q.persistent.end(), [&](int atom) {
        return q.isAction(atom) ? q.action(atom, step, s) : q.state(atom, s);
      });
    };
    auto follow = [&](size_t step, uint32_t t) {
      if (!holdsOn(qn, step, s)) return;
      for (uint32_t next : a.nodes[qn].next) {
        if (holdsIn(next, t)) p.edges.push_back({add(t, next, v), step, cycle(step)});
      }
    };
    follow(Queries::kStutter, s);
    for (size_t e = g.offsets[s]; e < g.offsets[s + 1]; ++e) follow(e, g.targets[e]);
    p.offsets.push_back(p.edges.size());
  }
  return p;
}

// An edge from a node of the component (marked in inC) to another that satisfies `pred`, as
// (from, edge index).
template <typename Pred>
std::optional<std::pair<uint32_t, size_t>> edgeInside(const Product& p,
                                                      const std::vector<uint32_t>& c,
                                                      const std::vector<char>& inC, Pred&& pred) {
  for (uint32_t v : c) {
    for (size_t e = p.offsets[v]; e < p.offsets[v + 1]; ++e) {
      if (inC[p.edges[e].to] && p.edges[e].cycle && pred(v, p.edges[e])) {
        return std::make_pair(v, e);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Run> acceptedRun(const Graph& g, const Automaton& a, const Queries& q) {
  using Fair = Queries::Fairness;
  Product p = explore(g, a, q);
  size_t m = p.size();
  auto taken = [&](size_t k, uint32_t from, const Product::Edge& e) {
    return e.step != Queries::kStutter && q.taken(k, e.step, p.state[from]);
  };
  // Emerson and Lei: a component failing a strong fairness condition only may still hold a
  // fair subset without the nodes where the action is enabled.
  std::vector<char> in(m, 0), inC(m, 0);
  SccScratch scc(m);
  std::vector<std::vector<uint32_t>> work(1);
  for (uint32_t v = 0; v < m; ++v) work[0].push_back(v);
  std::vector<uint32_t> found;
  while (found.empty() && !work.empty()) {
    std::vector<uint32_t> x = std::move(work.back());
    work.pop_back();
    for (uint32_t v : x) in[v] = 1;
    std::vector<std::vector<uint32_t>> comps = strongComponents(
        x, in, scc, [&](uint32_t v) { return p.offsets[v]; },
        [&](size_t e) { return p.edges[e].to; },
        [&](size_t e, uint32_t) { return p.edges[e].cycle; }, q.tick);
    for (uint32_t v : x) in[v] = 0;
    for (auto& c : comps) {
      for (uint32_t v : c) inC[v] = 1;
      bool ok = edgeInside(p, c, inC, [](uint32_t, const Product::Edge&) { return true; })
                    .has_value();  // a behavior can stay in c forever
      for (size_t i = 0; i < a.accepting.size() && ok; ++i) {
        ok = std::any_of(c.begin(), c.end(), [&](uint32_t v) { return a.accepting[i][p.node[v]]; });
      }
      std::vector<uint32_t> rest;
      ok = ok && fairSet(
                     c, q.fairness.size(), [&](size_t k) { return q.fairness[k]; },
                     [&](size_t k) {
                       return edgeInside(p, c, inC,
                                         [&](uint32_t v, const Product::Edge& e) {
                                           return taken(k, v, e);
                                         })
                           .has_value();
                     },
                     [&](size_t k, uint32_t v) { return q.enabled(k, p.state[v]); }, rest);
      if (!rest.empty()) work.push_back(std::move(rest));
      if (!ok) {
        for (uint32_t v : c) inC[v] = 0;
        continue;
      }
      found = std::move(c);
      break;
    }
  }
  if (found.empty()) return std::nullopt;

  // The lasso: the exploration's path to the component's first node, then a cycle through it
  // that meets every acceptance set and every fairness condition. (inC marks the component.)
  uint32_t start = *std::min_element(found.begin(), found.end());
  std::vector<uint32_t> prefix;
  for (uint32_t v = start;; v = p.parent[v]) {
    prefix.push_back(v);
    if (p.parent[v] == v) break;
  }
  std::reverse(prefix.begin(), prefix.end());
  std::vector<uint32_t> cycle;
  std::vector<std::pair<uint32_t, size_t>> walked;  // (from, edge)
  uint32_t at = start;
  auto stepAlong = [&](uint32_t from, size_t e) {
    walked.emplace_back(from, e);
    cycle.push_back(p.edges[e].to);
    at = p.edges[e].to;
  };
  auto go = [&](uint32_t to) {  // a shortest path inside the component
    if (at == to) return;
    std::unordered_map<uint32_t, std::pair<uint32_t, size_t>> prev;
    std::deque<uint32_t> queue{at};
    prev[at] = {at, 0};
    while (!queue.empty() && prev.count(to) == 0) {
      uint32_t v = queue.front();
      queue.pop_front();
      for (size_t e = p.offsets[v]; e < p.offsets[v + 1]; ++e) {
        uint32_t w = p.edges[e].to;
        if (!inC[w] || !p.edges[e].cycle || prev.count(w) != 0) continue;
        prev[w] = {v, e};
        queue.push_back(w);
      }
    }
    std::vector<std::pair<uint32_t, size_t>> path;
    for (uint32_t w = to; w != at; w = prev[w].first) path.push_back(prev[w]);
    std::reverse(path.begin(), path.end());
    for (const auto& [from, e] : path) stepAlong(from, e);
  };
  auto visited = [&](const auto& pred) {
    return pred(start) || std::any_of(cycle.begin(), cycle.end(), pred);
  };
  for (size_t i = 0; i < a.accepting.size(); ++i) {
    auto acc = [&](uint32_t v) { return a.accepting[i][p.node[v]] != 0; };
    if (!visited(acc)) go(*std::find_if(found.begin(), found.end(), acc));
  }
  for (size_t k = 0; k < q.fairness.size(); ++k) {
    auto enabled = [&](uint32_t v) { return q.enabled(k, p.state[v]); };
    auto off = [&](uint32_t v) { return !enabled(v); };
    if (std::any_of(walked.begin(), walked.end(),
                    [&](const auto& w) { return taken(k, w.first, p.edges[w.second]); })) {
      continue;
    }
    auto edge = edgeInside(p, found, inC, [&](uint32_t v, const Product::Edge& e) {
      return taken(k, v, e);
    });
    if (q.fairness[k] == Fair::Weak) {
      if (visited(off)) continue;
      auto it = std::find_if(found.begin(), found.end(), off);
      if (it != found.end()) {
        go(*it);
        continue;
      }
    } else if (q.fairness[k] == Fair::Strong && std::none_of(found.begin(), found.end(), enabled)) {
      continue;
    }
    if (edge) {
      go(edge->first);
      stepAlong(edge->first, edge->second);
    }
  }
  if (cycle.empty()) {
    auto e = edgeInside(p, {start}, inC, [](uint32_t, const Product::Edge&) { return true; });
    if (!e) e = edgeInside(p, found, inC, [](uint32_t, const Product::Edge&) { return true; });
    go(e->first);
    stepAlong(e->first, e->second);
  }
  go(start);

  // Projected onto the graph's states; the product's stuttering steps repeat a state.
  Run r;
  auto push = [&](uint32_t s) {
    if (r.states.empty() || r.states.back() != s) r.states.push_back(s);
  };
  for (uint32_t v : prefix) push(p.state[v]);
  size_t loop = r.states.size() - 1, before = r.states.size();
  for (uint32_t v : cycle) push(p.state[v]);
  if (r.states.size() > before) {
    r.states.pop_back();  // the start again
    r.loopTo = static_cast<int64_t>(loop);
  }
  return r;
}

}  // namespace vouch::refinement::liveness::tableau
