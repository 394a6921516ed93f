// Native implementations of built-in modules' operators (Naturals, Integers, Sequences,
// FiniteSets, TLC, Bags, and community-module operators whose TLA+ bodies are placeholders).
// Looked up by module and operator name, only for modules from the built-in library.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "eval_internal.hpp"

extern "C" char** environ;

namespace vouch::refinement {

namespace {

using Args = std::span<const Value>;
using Fn = Engine::NativeFn;

int64_t I(const Value& v) { return v.asInt(); }

Value B(bool b) { return Value::boolean(b); }

Value lazyOf(LazyNode::Form form, std::vector<Value> sets = {}) {
  auto n = std::make_shared<LazyNode>();
  n->form = form;
  n->sets = std::move(sets);
  return Value::lazy(n);
}

int64_t floorDiv(int64_t a, int64_t b) {
  if (b == 0) throw ValueError{"division by zero"};
  if (a == INT64_MIN && b == -1) throw ValueError{"integer overflow in \\div"};
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t power(int64_t base, int64_t exp) {
  if (exp < 0) throw ValueError{"negative exponent in ^"};
  if (base == 0 && exp == 0) throw ValueError{"0 ^ 0 is undefined"};
  int64_t r = 1;
  for (int64_t i = 0; i < exp; ++i) {
    r = checkedMul(r, base);
    if (r == 0 || (r == 1 && base == 1)) break;
  }
  return r;
}

// An undirected graph [node |-> N, edge |-> E] (E a set of 1- or 2-element sets): adjacency
// over the nodes, in node order. Edges with an endpoint outside N join nothing (a path only
// visits nodes).
struct Undirected {
  std::vector<Value> nodes;
  std::vector<std::vector<size_t>> adj;
  size_t index(const Value& v) const {
    auto it = std::lower_bound(nodes.begin(), nodes.end(), v);
    return it != nodes.end() && *it == v ? static_cast<size_t>(it - nodes.begin()) : nodes.size();
  }
  explicit Undirected(const Value& g, const char* op) {
    auto n = g.isFunc() ? g.apply(Value::string("node")) : std::nullopt;
    auto e = g.isFunc() ? g.apply(Value::string("edge")) : std::nullopt;
    if (!n || !e || !n->isSetLike() || !e->isSetLike()) {
      throw ValueError{std::string(op) + " expects a graph [node |-> ..., edge |-> ...], but got " +
                       g.toString()};
    }
    nodes = n->elements();
    adj.resize(nodes.size());
    for (const auto& edge : e->elements()) {
      if (!edge.isSetLike() || !edge.isFiniteSet()) continue;
      const auto& ends = edge.elements();
      if (ends.size() != 2) continue;  // a self-loop joins nothing
      size_t a = index(ends[0]), b = index(ends[1]);
      if (a == nodes.size() || b == nodes.size()) continue;
      adj[a].push_back(b);
      adj[b].push_back(a);
    }
  }
  // Component number of each node (breadth-first).
  std::vector<size_t> components() const {
    std::vector<size_t> comp(nodes.size(), SIZE_MAX);
    size_t next = 0;
    for (size_t s = 0; s < nodes.size(); ++s) {
      if (comp[s] != SIZE_MAX) continue;
      std::vector<size_t> queue{s};
      comp[s] = next;
      for (size_t q = 0; q < queue.size(); ++q) {
        for (size_t t : adj[queue[q]]) {
          if (comp[t] == SIZE_MAX) {
            comp[t] = next;
            queue.push_back(t);
          }
        }
      }
      ++next;
    }
    return comp;
  }
};

// VectorClocks!CausalOrder: log entries reordered consistently with their vector clocks. Each
// node's entries are ordered by its own clock entry; an entry depends on the entry of another
// node whose time its clock first shows; then, in rounds over the nodes (in value order), the
// head of each node's list is taken when all it depends on has been taken. Entries left when a
// round takes none (a cycle: an inconsistent log) are left out, as in TLC.
Value causalOrder(const std::vector<Value>& log, const ClosureNode& clockOf,
                  const ClosureNode& nodeOf, const ClosureNode& domainOf) {
  struct Entry {
    Value value, clock, time;
    std::vector<Value> hosts;
    size_t waiting = 0;  // dependencies not taken yet
    std::vector<size_t> dependents;
  };
  std::vector<Entry> entries;
  std::map<Value, std::vector<size_t>> byNode;
  for (const auto& v : log) {
    Entry en;
    en.value = v;
    Value node = nodeOf.call({v});
    en.clock = clockOf.call({v});
    auto t = en.clock.isFunc() ? en.clock.apply(node) : std::nullopt;
    if (!t || !t->isInt()) {
      throw ValueError{"CausalOrder: the clock " + en.clock.toString() + " of " + v.toString() +
                       " has no time for its node " + node.toString()};
    }
    en.time = *t;
    en.hosts = domainOf.call({en.clock}).elements();
    byNode[node].push_back(entries.size());
    entries.push_back(std::move(en));
  }
  for (auto& [node, list] : byNode) {
    std::stable_sort(list.begin(), list.end(),
                     [&](size_t x, size_t y) { return entries[x].time < entries[y].time; });
  }
  for (auto& [node, list] : byNode) {
    std::map<Value, int64_t> seen;  // the latest time of each node this node's entries show
    for (size_t x : list) {
      Entry& en = entries[x];
      seen[node] = en.time.asInt();
      for (const auto& other : en.hosts) {
        auto t = en.clock.apply(other);
        if (!t || !t->isInt()) continue;
        int64_t time = t->asInt();
        if (seen[other] >= time) continue;
        seen[other] = time;
        auto it = byNode.find(other);
        if (it == byNode.end() || time < 1 || static_cast<size_t>(time) > it->second.size()) {
          throw ValueError{"CausalOrder: " + en.value.toString() + " has seen time " +
                           std::to_string(time) + " of " + other.toString() +
                           ", which has no such entry in the log"};
        }
        size_t dep = it->second[static_cast<size_t>(time - 1)];
        ++en.waiting;
        entries[dep].dependents.push_back(x);
      }
    }
  }
  std::vector<Value> out;
  std::map<Value, size_t> head;
  while (out.size() < entries.size()) {
    bool progress = false;
    for (auto& [node, list] : byNode) {
      size_t& h = head[node];
      if (h == list.size() || entries[list[h]].waiting != 0) continue;
      Entry& en = entries[list[h++]];
      for (size_t d : en.dependents) --entries[d].waiting;
      out.push_back(en.value);
      progress = true;
    }
    if (!progress) {
      // As TLC (VectorClocks.java, whose check of the length is an assertion, off by default):
      // the entries that cannot be placed are left out. The log is then checked without them,
      // so say so.
      std::cerr << "warning: CausalOrder: the vector clocks of the log form a cycle; "
                << entries.size() - out.size() << " of its " << entries.size()
                << " entries are left out of the order, as TLC does\n";
      break;
    }
  }
  return Value::tuple(std::move(out));
}

const std::vector<Value>& seq(const Value& v, const char* op) {
  if (!v.isTuple()) throw ValueError{std::string(op) + " expects a sequence, but got " + v.toString()};
  return v.tupleElems();
}

// Bags are functions from elements to positive counts.
Value bagOf(const std::vector<std::pair<Value, int64_t>>& counts) {
  std::vector<Value> d, r;
  for (const auto& [k, c] : counts) {
    if (c > 0) {
      d.push_back(k);
      r.push_back(Value::integer(c));
    }
  }
  return Value::function(std::move(d), std::move(r));
}

std::string toTlcString(const Value& v) { return v.toString(); }

// ---- JSON (Json module): objects are records, arrays sequences, numbers 64-bit integers
// (fractions truncated, as TLC does); `null` becomes the model value null (TLC rejects it). A
// malformed line is an input error at that line of the log.
Value fromJson(const nlohmann::json& j, const frontend::SourceFile& file, uint32_t line) {
  auto bad = [&](const std::string& what) -> Value {
    throw frontend::InputError(frontend::ErrorKind::Trace,
                               frontend::SourceRange{&file, {line, 1}, {}}, what);
  };
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      std::vector<std::pair<std::string, Value>> fs;
      for (const auto& [k, v] : j.items()) fs.emplace_back(k, fromJson(v, file, line));
      return Value::record(std::move(fs));
    }
    case nlohmann::json::value_t::array: {
      std::vector<Value> es;
      for (const auto& v : j) es.push_back(fromJson(v, file, line));
      return Value::tuple(std::move(es));
    }
    case nlohmann::json::value_t::string: return Value::string(j.get<std::string>());
    case nlohmann::json::value_t::boolean: return Value::boolean(j.get<bool>());
    case nlohmann::json::value_t::number_integer: return Value::integer(j.get<int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
      uint64_t u = j.get<uint64_t>();
      if (u > static_cast<uint64_t>(INT64_MAX)) return bad("integer " + std::to_string(u) + " does not fit in 64 bits");
      return Value::integer(static_cast<int64_t>(u));
    }
    case nlohmann::json::value_t::number_float: {
      // TLC's Json module truncates (Gson getAsInt); compatible mode must give TLC's verdict.
      // (Mapping mode, in trace/, treats a non-integer as an input error unless mapped.)
      double d = j.get<double>();
      if (!(d > -9.2e18 && d < 9.2e18)) return bad("number " + j.dump() + " does not fit in 64 bits");
      return Value::integer(static_cast<int64_t>(d));
    }
    case nlohmann::json::value_t::null: return Value::modelValue("null");
    default: return bad("unsupported JSON value " + j.dump());
  }
}

std::string resolvePath(Engine& en, const std::string& path) {
  namespace fs = std::filesystem;
  // As TLC: relative to the working directory; failing that, to the spec's folder.
  if (fs::exists(path)) return path;
  const auto& root = en.model_.spec().root;
  if (root && root->file) {
    fs::path alt = fs::path(root->file->path()).parent_path() / path;
    if (fs::exists(alt)) return alt.string();
  }
  return path;
}

Value readJson(Engine& en, const Value& pathV, bool ndjson) {
  std::string path = resolvePath(en, pathV.asString());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ValueError{"cannot read JSON file '" + path + "'"};
  std::ostringstream ss;
  ss << in.rdbuf();
  auto file = std::make_shared<frontend::SourceFile>(path, ss.str());
  en.jsonFiles_.push_back(file);  // diagnostics point into it
  auto parseAt = [&](const std::string& text, uint32_t line) {
    try {
      return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& pe) {
      uint32_t col = static_cast<uint32_t>(pe.byte > 0 ? pe.byte : 1);
      std::string msg = pe.what();
      auto pos = msg.find("syntax error");
      throw frontend::InputError(frontend::ErrorKind::Trace,
                                 frontend::SourceRange{file.get(), {line, std::min<uint32_t>(col, static_cast<uint32_t>(text.size() + 1))}, {}},
                                 "not valid JSON: " + (pos != std::string::npos ? msg.substr(pos) : msg));
    }
  };
  if (!ndjson) return fromJson(parseAt(file->text(), 1), *file, 1);
  std::vector<Value> lines;
  for (uint32_t l = 1; l <= file->lineCount(); ++l) {
    std::string text(file->lineText(l));
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    lines.push_back(fromJson(parseAt(text, l), *file, l));
  }
  return Value::tuple(std::move(lines));
}

const std::unordered_map<std::string, Fn>& table() {
  static const std::unordered_map<std::string, Fn> t = {
      // ---- Naturals / Integers
      {"Naturals.+", [](Engine&, Args a, const SourceRange&) { return Value::integer(checkedAdd(I(a[0]), I(a[1]))); }},
      {"Naturals.-", [](Engine&, Args a, const SourceRange&) { return Value::integer(checkedSub(I(a[0]), I(a[1]))); }},
      {"Naturals.*", [](Engine&, Args a, const SourceRange&) { return Value::integer(checkedMul(I(a[0]), I(a[1]))); }},
      {"Naturals.^", [](Engine&, Args a, const SourceRange&) { return Value::integer(power(I(a[0]), I(a[1]))); }},
      {"Naturals.<", [](Engine&, Args a, const SourceRange&) { return B(I(a[0]) < I(a[1])); }},
      {"Naturals.>", [](Engine&, Args a, const SourceRange&) { return B(I(a[0]) > I(a[1])); }},
      {"Naturals.<=", [](Engine&, Args a, const SourceRange&) { return B(I(a[0]) <= I(a[1])); }},
      {"Naturals.>=", [](Engine&, Args a, const SourceRange&) { return B(I(a[0]) >= I(a[1])); }},
      {"Naturals.\\div", [](Engine&, Args a, const SourceRange&) { return Value::integer(floorDiv(I(a[0]), I(a[1]))); }},
      {"Naturals.%", [](Engine&, Args a, const SourceRange&) {
         int64_t d = I(a[1]);
         if (d <= 0) throw ValueError{"the divisor of % must be positive, but it is " + std::to_string(d)};
         return Value::integer(checkedSub(I(a[0]), checkedMul(floorDiv(I(a[0]), d), d)));
       }},
      {"Naturals...", [](Engine&, Args a, const SourceRange&) { return Value::interval(I(a[0]), I(a[1])); }},
      {"Naturals.Nat", [](Engine&, Args, const SourceRange&) { return lazyOf(LazyNode::Form::Nat); }},
      {"Integers.Int", [](Engine&, Args, const SourceRange&) { return lazyOf(LazyNode::Form::Int); }},
      {"Integers.-.", [](Engine&, Args a, const SourceRange&) { return Value::integer(checkedSub(0, I(a[0]))); }},
      // ---- Sequences
      {"Sequences.Seq", [](Engine&, Args a, const SourceRange&) { return lazyOf(LazyNode::Form::Seq, {a[0]}); }},
      {"Sequences.Len", [](Engine&, Args a, const SourceRange&) {
         // TLC: a string is a sequence of characters for Len and \o.
         if (a[0].isString()) return Value::integer(static_cast<int64_t>(a[0].asString().size()));
         return Value::integer(static_cast<int64_t>(seq(a[0], "Len").size()));
       }},
      {"Sequences.\\o", [](Engine&, Args a, const SourceRange&) {
         if (a[0].isString() && a[1].isString()) return Value::string(a[0].asString() + a[1].asString());
         std::vector<Value> r = seq(a[0], "\\o");
         for (const auto& x : seq(a[1], "\\o")) r.push_back(x);
         return Value::tuple(std::move(r));
       }},
      {"Sequences.Append", [](Engine&, Args a, const SourceRange&) {
         std::vector<Value> r = seq(a[0], "Append");
         r.push_back(a[1]);
         return Value::tuple(std::move(r));
       }},
      {"Sequences.Head", [](Engine&, Args a, const SourceRange&) {
         const auto& s = seq(a[0], "Head");
         if (s.empty()) throw ValueError{"Head of the empty sequence"};
         return s[0];
       }},
      {"Sequences.Tail", [](Engine&, Args a, const SourceRange&) {
         if (a[0].isString()) {  // as TLC: a string is a sequence of characters here
           const std::string& str = a[0].asString();
           if (str.empty()) throw ValueError{"Tail of the empty string"};
           return Value::string(std::string_view(str).substr(1));
         }
         const auto& s = seq(a[0], "Tail");
         if (s.empty()) throw ValueError{"Tail of the empty sequence"};
         return Value::tuple(std::vector<Value>(s.begin() + 1, s.end()));
       }},
      {"Sequences.SubSeq", [](Engine&, Args a, const SourceRange&) {
         bool str = a[0].isString();  // as TLC: a string is a sequence of characters here
         size_t len = str ? a[0].asString().size() : seq(a[0], "SubSeq").size();
         int64_t m = I(a[1]), n = I(a[2]);
         if (n < m) return str ? Value::string("") : Value::tuple({});
         if (m < 1 || n > static_cast<int64_t>(len)) {
           throw ValueError{"SubSeq(s, " + std::to_string(m) + ", " + std::to_string(n) +
                            ") is outside the " + (str ? "string" : "sequence") + " of length " +
                            std::to_string(len)};
         }
         auto from = static_cast<size_t>(m - 1), count = static_cast<size_t>(n - m + 1);
         if (str) return Value::string(std::string_view(a[0].asString()).substr(from, count));
         const auto& s = a[0].tupleElems();
         return Value::tuple(std::vector<Value>(s.begin() + from, s.begin() + from + count));
       }},
      {"Sequences.SelectSeq", [](Engine&, Args a, const SourceRange&) {
         std::vector<Value> r;
         for (const auto& x : seq(a[0], "SelectSeq")) {
           if (a[1].asClosure().call({x}).asBool()) r.push_back(x);
         }
         return Value::tuple(std::move(r));
       }},
      // ---- FiniteSets
      {"FiniteSets.IsFiniteSet", [](Engine&, Args a, const SourceRange&) { return B(a[0].isFiniteSet()); }},
      {"FiniteSets.Cardinality", [](Engine&, Args a, const SourceRange&) {
         if (!a[0].isSetLike()) throw ValueError{"Cardinality of a non-set " + a[0].toString()};
         return Value::integer(static_cast<int64_t>(a[0].cardinality()));
       }},
      // ---- TLC
      {"TLC.:>", [](Engine&, Args a, const SourceRange&) { return Value::function({a[0]}, {a[1]}); }},
      {"TLC.@@", [](Engine&, Args a, const SourceRange&) {
         // Both mappings come in domain order: merge them, the left one winning.
         std::vector<Value> ld, lr, rd, rr;
         a[0].forEachMapping([&](const Value& k, const Value& v) { ld.push_back(k); lr.push_back(v); });
         a[1].forEachMapping([&](const Value& k, const Value& v) { rd.push_back(k); rr.push_back(v); });
         std::vector<Value> d, r;
         d.reserve(ld.size() + rd.size());
         r.reserve(ld.size() + rd.size());
         size_t i = 0, j = 0;
         while (i < ld.size() || j < rd.size()) {
           int c = i == ld.size() ? 1 : j == rd.size() ? -1 : Value::compare(ld[i], rd[j]);
           if (c <= 0) {
             d.push_back(std::move(ld[i]));
             r.push_back(std::move(lr[i++]));
             if (c == 0) ++j;
           } else {
             d.push_back(std::move(rd[j]));
             r.push_back(std::move(rr[j++]));
           }
         }
         return Value::functionSorted(std::move(d), std::move(r));
       }},
      {"TLC.Print", [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         if (!en.quiet_) std::cerr << toTlcString(a[0]) << "\n";
         return a[1];
       }},
      {"TLC.PrintT", [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         if (!en.quiet_) std::cerr << toTlcString(a[0]) << "\n";
         return B(true);
       }},
      {"TLC.Assert", [](Engine&, Args a, const SourceRange&) {
         if (!a[0].asBool()) {
           throw ValueError{"Assert failed: " + (a[1].isString() ? a[1].asString() : a[1].toString())};
         }
         return B(true);
       }},
      {"TLC.JavaTime", [](Engine&, Args, const SourceRange&) { return Value::integer(0); }},
      {"TLC.TLCGet", [](Engine& en, Args a, const SourceRange&) {
         if (a[0].isString()) {
           const std::string& key = a[0].asString();
           // Primed, the level of the step's second state.
           if (key == "level") return Value::integer(en.level_ + (en.ctx.primed ? 1 : 0));
           // The one-worker search's counters (null elsewhere; queue_ -1).
           const uint64_t* counter = key == "distinct"    ? en.distinct_
                                     : key == "generated" ? en.generated_
                                     : key == "diameter"  ? en.diameter_
                                                          : nullptr;
           if (counter != nullptr) return Value::integer(static_cast<int64_t>(*counter));
           if (key == "queue" && en.queue_ >= 0) return Value::integer(en.queue_);
           if (key == "distinct" || key == "generated" || key == "diameter" || key == "queue") {
             throw ValueError{"TLCGet(\"" + key +
                              "\") is only available in the one-worker search of vouch check"};
           }
           if (key == "duration") {
             return Value::integer(std::chrono::duration_cast<std::chrono::seconds>(
                                       std::chrono::steady_clock::now() - en.started_)
                                       .count());
           }
           if (key == "stats") {
             if (!en.stats_.isFunc()) throw ValueError{"TLCGet(\"stats\") is only available while checking"};
             return en.stats_;
           }
           if (key == "config") {  // the fields of TLC's model checker (seed: no randomness)
             return Value::record({{"mode", Value::string("bfs")},
                                   {"deadlock", Value::boolean(en.configDeadlock_)},
                                   {"worker", Value::integer(en.configWorkers_)},
                                   {"seed", Value::string("0")},
                                   {"fingerprint", Value::string("0")},
                                   {"install", Value::string("")}});
           }
           if (key == "-Dtlc2.tool.impl.Tool.cdot") {
             // A Java system property TLC reads: whether action composition is enabled. It
             // always is here.
             return Value::string("true");
           }
         }
         if (a[0].isInt()) {
           auto it = en.tlcRegisters_.find(a[0].asInt());
           if (it == en.tlcRegisters_.end()) throw ValueError{"TLCGet(" + a[0].toString() + ") was never set"};
           return it->second;
         }
         throw ValueError{"TLCGet(" + a[0].toString() + ") is not supported"};
       }},
      {"TLC.TLCSet", [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         if (a[0].isString() && a[0].asString() == "exit") {
           en.exit_ = en.exit_ || a[1].asBool();
           return B(true);
         }
         en.tlcRegisters_[I(a[0])] = a[1];
         return B(true);
       }},
      {"TLC.Permutations", [](Engine&, Args a, const SourceRange&) {
         std::vector<Value> elems = a[0].elements();
         std::vector<Value> out;
         std::vector<Value> perm = elems;
         do {
           out.push_back(Value::function(elems, perm));
         } while (std::next_permutation(perm.begin(), perm.end()));
         return Value::set(std::move(out));
       }},
      {"TLC.SortSeq", [](Engine&, Args a, const SourceRange&) {
         std::vector<Value> s = seq(a[0], "SortSeq");
         const ClosureNode& lt = a[1].asClosure();
         std::stable_sort(s.begin(), s.end(), [&](const Value& x, const Value& y) {
           return lt.call({x, y}).asBool();
         });
         return Value::tuple(std::move(s));
       }},
      {"TLC.RandomElement", [](Engine&, Args a, const SourceRange&) {
         const auto& es = a[0].elements();
         if (es.empty()) throw ValueError{"RandomElement of the empty set"};
         return es[0];  // deterministic: reproducible runs
       }},
      {"TLC.ToString", [](Engine&, Args a, const SourceRange&) { return Value::string(toTlcString(a[0])); }},
      {"TLC.TLCEval", [](Engine&, Args a, const SourceRange&) { return a[0]; }},
      {"TLC.Any", [](Engine&, Args, const SourceRange&) -> Value {
         throw ValueError{"Any cannot be enumerated"};
       }},
      {"VectorClocks.CausalOrder", [](Engine&, Args a, const SourceRange&) {
         return causalOrder(seq(a[0], "CausalOrder"), a[1].asClosure(), a[2].asClosure(),
                            a[3].asClosure());
       }},
      // ---- UndirectedGraphs: their TLA+ definitions range over Seq(S), which TLC never
      // enumerates either (it evaluates these natively too).
      {"UndirectedGraphs.ConnectedComponents", [](Engine&, Args a, const SourceRange&) {
         Undirected g(a[0], "ConnectedComponents");
         std::vector<size_t> comp = g.components();
         std::vector<std::vector<Value>> parts;
         for (size_t i = 0; i < comp.size(); ++i) {
           if (comp[i] >= parts.size()) parts.resize(comp[i] + 1);
           parts[comp[i]].push_back(g.nodes[i]);  // in node order: already canonical
         }
         std::vector<Value> out;
         for (auto& p : parts) out.push_back(Value::setCanonical(std::move(p)));
         return Value::set(std::move(out));
       }},
      {"UndirectedGraphs.AreConnectedIn", [](Engine&, Args a, const SourceRange&) {
         Undirected g(a[2], "AreConnectedIn");
         size_t m = g.index(a[0]), n = g.index(a[1]);
         if (m == g.nodes.size() || n == g.nodes.size()) return B(false);
         std::vector<size_t> comp = g.components();
         return B(comp[m] == comp[n]);
       }},
      // ---- Folds: native as in TLC, which fixes the order and where the accumulator goes.
      {"FiniteSetsExt.FoldSet", [](Engine&, Args a, const SourceRange&) {
         Value acc = a[1];  // op(element, acc), elements in set order
         Value set = a[2];
         for (const auto& v : set.elements()) acc = a[0].asClosure().call({v, acc});
         return acc;
       }},
      {"Functions.FoldFunction", [](Engine&, Args a, const SourceRange&) {
         Value acc = a[1];  // op(f[x], acc), x in domain order
         a[2].forEachMapping([&](const Value&, const Value& v) { acc = a[0].asClosure().call({v, acc}); });
         return acc;
       }},
      {"Functions.FoldFunctionOnSet", [](Engine&, Args a, const SourceRange&) {
         Value acc = a[1];
         Value idx = a[3];
         for (const auto& x : idx.elements()) {
           auto v = a[2].apply(x);
           if (!v) throw ValueError{"FoldFunctionOnSet: " + x.toString() + " is not in the domain"};
           acc = a[0].asClosure().call({*v, acc});
         }
         return acc;
       }},
      {"SequencesExt.FoldLeft", [](Engine&, Args a, const SourceRange&) {
         Value acc = a[1];  // op(acc, e), left to right
         for (const auto& e : seq(a[2], "FoldLeft")) acc = a[0].asClosure().call({acc, e});
         return acc;
       }},
      {"SequencesExt.FoldRight", [](Engine&, Args a, const SourceRange&) {
         Value acc = a[2];  // op(e, acc), right to left
         const auto& s = seq(a[1], "FoldRight");
         for (size_t i = s.size(); i > 0; --i) acc = a[0].asClosure().call({s[i - 1], acc});
         return acc;
       }},
      {"BagsExt.FoldBag", [](Engine&, Args a, const SourceRange&) {
         Value acc = a[1];  // op(acc, e) for every copy of every element, in domain order
         a[2].forEachMapping([&](const Value& e, const Value& n) {
           if (!n.isInt() || n.asInt() <= 0) throw ValueError{"FoldBag: " + a[2].toString() + " is not a bag"};
           for (int64_t k = 0; k < n.asInt(); ++k) acc = a[0].asClosure().call({acc, e});
         });
         return acc;
       }},
      // ---- Json, IOUtils
      {"Json.ndJsonDeserialize", [](Engine& en, Args a, const SourceRange&) { return readJson(en, a[0], true); }},
      {"Json.JsonDeserialize", [](Engine& en, Args a, const SourceRange&) { return readJson(en, a[0], false); }},
      {"Json.ToJson", [](Engine&, Args a, const SourceRange&) {
         std::ostringstream os;
         toJson(os, a[0]);
         return Value::string(os.str());
       }},
      {"IOUtils.IOEnv", [](Engine&, Args, const SourceRange&) {
         std::vector<std::pair<std::string, Value>> fs;
         for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
           std::string kv = *e;
           auto eq = kv.find('=');
           if (eq == std::string::npos || eq == 0) continue;
           fs.emplace_back(kv.substr(0, eq), Value::string(kv.substr(eq + 1)));
         }
         return Value::record(std::move(fs));
       }},
      {"IOUtils.atoi", [](Engine&, Args a, const SourceRange&) {
         const std::string& t = a[0].asString();
         errno = 0;
         char* end = nullptr;
         long long v = std::strtoll(t.c_str(), &end, 10);
         if (t.empty() || errno != 0 || *end != '\0') throw ValueError{"atoi: '" + t + "' is not an integer"};
         return Value::integer(v);
       }},
      // ---- Bags
      {"Bags.EmptyBag", [](Engine&, Args, const SourceRange&) { return Value::tuple({}); }},
      {"Bags.SetToBag", [](Engine&, Args a, const SourceRange&) {
         std::vector<Value> d = a[0].elements();
         std::vector<Value> r(d.size(), Value::integer(1));
         return Value::function(std::move(d), std::move(r));
       }},
      {"Bags.BagToSet", [](Engine&, Args a, const SourceRange&) { return a[0].domain().normalized(); }},
      {"Bags.BagIn", [](Engine&, Args a, const SourceRange&) { return B(a[1].apply(a[0]).has_value()); }},
      {"Bags.CopiesIn", [](Engine&, Args a, const SourceRange&) {
         auto c = a[1].apply(a[0]);
         return c ? *c : Value::integer(0);
       }},
      {"Bags.(+)", [](Engine&, Args a, const SourceRange&) {
         std::vector<std::pair<Value, int64_t>> m;
         a[0].forEachMapping([&](const Value& k, const Value& v) { m.emplace_back(k, I(v)); });
         a[1].forEachMapping([&](const Value& k, const Value& v) {
           auto it = std::find_if(m.begin(), m.end(), [&](const auto& p) { return p.first == k; });
           if (it == m.end()) {
             m.emplace_back(k, I(v));
           } else {
             it->second = checkedAdd(it->second, I(v));
           }
         });
         return bagOf(m);
       }},
      {"Bags.(-)", [](Engine&, Args a, const SourceRange&) {
         std::vector<std::pair<Value, int64_t>> m;
         a[0].forEachMapping([&](const Value& k, const Value& v) {
           auto c = a[1].apply(k);
           m.emplace_back(k, I(v) - (c ? I(*c) : 0));
         });
         return bagOf(m);
       }},
      {"Bags.BagCardinality", [](Engine&, Args a, const SourceRange&) {
         int64_t n = 0;
         a[0].forEachMapping([&](const Value&, const Value& v) { n = checkedAdd(n, I(v)); });
         return Value::integer(n);
       }},
      {"Bags.IsABag", [](Engine&, Args a, const SourceRange&) {
         if (!a[0].isFunc()) return B(false);
         bool ok = true;
         a[0].forEachMapping([&](const Value&, const Value& v) { ok = ok && v.isInt() && v.asInt() > 0; });
         return B(ok);
       }},
  };
  return t;
}

}  // namespace

void toJsonArray(std::ostringstream& os, const std::vector<Value>& elems) {
  os << '[';
  for (size_t i = 0; i < elems.size(); ++i) {
    if (i > 0) os << ',';
    toJson(os, elems[i]);
  }
  os << ']';
}

// JSON as TLC's Json module writes it (ToJson, and the writers in eval_native_io.cpp).
void toJson(std::ostringstream& os, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Bool:
      os << (v.asBool() ? "true" : "false");
      return;
    case Value::Kind::Int:
      os << v.asInt();
      return;
    case Value::Kind::String:
      os << nlohmann::json(v.asString()).dump();
      return;
    case Value::Kind::ModelValue:
      os << nlohmann::json(v.modelValueName()).dump();
      return;
    case Value::Kind::Func: {
      if (v.isTuple()) {
        toJsonArray(os, v.tupleElems());
        return;
      }
      os << '{';
      bool first = true;
      v.forEachMapping([&](const Value& k, const Value& x) {
        os << (first ? "" : ",")
           << nlohmann::json(k.isString() ? k.asString() : k.toString()).dump() << ':';
        toJson(os, x);
        first = false;
      });
      os << '}';
      return;
    }
    default:
      toJsonArray(os, v.elements());
  }
}

Engine::NativeFn Engine::nativeFor(const OpDef& def) {
  // Kept on the definition: it depends on nothing else.
  if (uintptr_t known = def.native.load()) {
    return known == 1 ? nullptr : reinterpret_cast<NativeFn>(known);
  }
  NativeFn fn = nullptr;
  if (def.module != nullptr) {
    // Natives are looked up in the module where the operator is defined; for modules from the
    // built-in library only (a user's own Naturals.tla is evaluated from its text).
    const frontend::Module* m = def.module;
    while (m->parent != nullptr) m = m->parent;
    if (m->builtin) {
      std::string key = m->name + "." + def.name;
      auto t = table().find(key);
      fn = t != table().end() ? t->second : ioNative(key);
      if (fn == nullptr) fn = randomNative(key);
    }
  }
  def.native = fn == nullptr ? uintptr_t{1} : reinterpret_cast<uintptr_t>(fn);
  return fn;
}

}  // namespace vouch::refinement
