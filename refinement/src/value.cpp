// Values: construction, canonical order, equality, hashing, sets (finite and lazy), functions.

#include "vouch/refinement/value.hpp"

#include "vouch/refinement/resources.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace vouch::refinement {

struct StringNode {
  std::string s;
  uint64_t hash;
  uint64_t rank;  // the order strings are first made in (see Value::string)
};

// A hash table over a set's elements, for sets probed often (`<<v, c>> \in Edges(dag)` for
// every c): one hash and one equality instead of a binary search with log n comparisons.
struct SetIndex {
  std::vector<uint64_t> hashes;  // per element
  std::vector<uint32_t> slots;   // element index + 1; 0 = empty
  bool contains(const std::vector<Value>& elems, const Value& v) const {
    uint64_t h = v.hash();
    size_t mask = slots.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      uint32_t s = slots[i];
      if (s == 0) return false;
      if (hashes[s - 1] == h && elems[s - 1] == v) return true;
    }
  }
};

// Hashes are cached in the node; 0 means "not computed yet" (a benign race between workers
// only computes the same value twice).
struct SetNode {
  std::vector<Value> elems;
  mutable std::atomic<uint64_t> hash{0};
  mutable std::atomic<int8_t> modelValues{-1};  // holdsModelValues(); -1: not computed yet
  // Membership tests so far, and the index built after kIndexAfter of them (published once).
  mutable std::atomic<uint32_t> probes{0};
  mutable std::atomic<const SetIndex*> index{nullptr};
  SetNode() = default;
  SetNode(const SetNode&) = delete;
  SetNode& operator=(const SetNode&) = delete;
  ~SetNode() { delete index.load(); }
};

// A function. Tuples (domain 1..n, including the empty function) keep only `range`.
struct FuncNode {
  bool tuple = false;
  // Sorted, unique; null for tuples. Shared between a function and the functions EXCEPT makes
  // from it, which have the same domain.
  std::shared_ptr<const std::vector<Value>> domainPtr;
  const std::vector<Value>& domain() const {
    static const std::vector<Value> none;
    return domainPtr ? *domainPtr : none;
  }
  std::vector<Value> range;
  mutable std::atomic<uint64_t> hash{0};
  mutable std::atomic<int8_t> modelValues{-1};  // holdsModelValues(); -1: not computed yet
};

// Intervals cache their enumeration here. Checking threads may share a value: the enumeration
// is published once, without a lock (see publishEnumeration).
struct EnumCache {
  mutable std::atomic<const std::vector<Value>*> published{nullptr};
  ~EnumCache() { delete published.load(); }
};

namespace {
// Publishes `out` as the enumeration unless another thread did first; returns the published one.
const std::vector<Value>& publishEnumeration(std::atomic<const std::vector<Value>*>& slot,
                                             std::vector<Value>&& out) {
  auto* mine = new std::vector<Value>(std::move(out));
  const std::vector<Value>* expected = nullptr;
  if (slot.compare_exchange_strong(expected, mine, std::memory_order_acq_rel)) return *mine;
  delete mine;
  return *expected;
}
}  // namespace

namespace {

uint64_t mix(uint64_t h, uint64_t v) {
  // splitmix64-style combination.
  uint64_t x = h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t hashString(std::string_view s) {
  // libstdc++'s string hash (Murmur-style, 8 bytes at a time), then mixed.
  return mix(std::hash<std::string_view>{}(s), s.size());
}

constexpr uint64_t kTagBool = 1, kTagInt = 2, kTagString = 3, kTagModel = 4, kTagSet = 5,
                   kTagFunc = 6;

int kindRank(Value::Kind k) {
  switch (k) {
    case Value::Kind::Bool: return 0;
    case Value::Kind::Int: return 1;
    case Value::Kind::String: return 2;
    case Value::Kind::ModelValue: return 3;
    case Value::Kind::Func: return 4;
    case Value::Kind::Set:
    case Value::Kind::Interval:
    case Value::Kind::Lazy: return 5;
    case Value::Kind::Closure: return 6;
  }
  return 7;
}

[[noreturn]] void typeError(const std::string& what, const Value& v) {
  throw ValueError{"expected " + what + ", but got " + v.toString()};
}

}  // namespace

// ------------------------------------------------------------------ construction

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.i_ = b ? 1 : 0;
  return v;
}

Value Value::integer(int64_t i) {
  Value v;
  v.kind_ = Kind::Int;
  v.i_ = i;
  return v;
}

namespace {
// Strings of at most kLongString bytes (names, keys, message types) are made once per process
// and ranked by the order in which they were first made. TLC orders strings and model values
// that way (UniqueString), not by their text: the order of set enumeration, CHOOSE and \E
// branches, and so of the search, is TLC's when strings are first made in TLC's order (see
// internInTlcOrder). Longer ones (built by \o, read from logs) are not kept, since the table
// would hold every intermediate string: they have no rank and come after the others, in text
// order (see compare).
constexpr size_t kLongString = 32;
constexpr uint64_t kUnranked = UINT64_MAX;
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view k) const { return std::hash<std::string_view>{}(k); }
};
using StringNodes =
    std::unordered_map<std::string, std::shared_ptr<const StringNode>, TextHash, std::equal_to<>>;
struct StringTable {
  std::mutex lock;
  StringNodes nodes;
  std::shared_ptr<const StringNode> intern(std::string_view s) {
    std::lock_guard<std::mutex> guard(lock);
    auto it = nodes.find(s);
    if (it == nodes.end()) {
      auto node = std::make_shared<const StringNode>(
          StringNode{std::string(s), hashString(s), static_cast<uint64_t>(nodes.size())});
      it = nodes.emplace(std::string(s), std::move(node)).first;
    }
    return it->second;
  }
};
StringTable& stringTable() {
  static auto* table = new StringTable;  // never destroyed: values may outlive statics
  return *table;
}
}  // namespace

Value Value::string(std::string_view s) {
  Value v;
  v.kind_ = Kind::String;
  if (s.size() > kLongString) {
    v.node_ =
        std::make_shared<const StringNode>(StringNode{std::string(s), hashString(s), kUnranked});
    return v;
  }
  // Equal short strings share one node, so equality is usually a pointer comparison. Each
  // thread remembers the ones it has made: the process-wide table (and its lock) is consulted
  // once per string and thread.
  thread_local StringNodes known;
  auto it = known.find(s);
  if (it == known.end()) it = known.emplace(std::string(s), stringTable().intern(s)).first;
  v.node_ = it->second;
  return v;
}

Value Value::modelValue(std::string_view name) {
  Value v = string(name);  // interned too
  v.kind_ = Kind::ModelValue;
  return v;
}

Value Value::setCanonical(std::vector<Value> elems) {
  Value v;
  v.kind_ = Kind::Set;
  auto n = std::make_shared<SetNode>();
  n->elems = std::move(elems);
  v.node_ = std::move(n);
  return v;
}

Value Value::set(std::vector<Value> elems) {
  std::sort(elems.begin(), elems.end());
  elems.erase(std::unique(elems.begin(), elems.end(),
                          [](const Value& a, const Value& b) { return compare(a, b) == 0; }),
              elems.end());
  return setCanonical(std::move(elems));
}

Value Value::emptySet() {
  static const Value empty = setCanonical({});
  return empty;
}

Value Value::interval(int64_t lo, int64_t hi) {
  Value v;
  v.kind_ = Kind::Interval;
  v.lo_ = lo;
  v.hi_ = hi;
  v.node_ = std::make_shared<EnumCache>();
  return v;
}

Value Value::tuple(std::vector<Value> elems) {
  Value v;
  v.kind_ = Kind::Func;
  auto n = std::make_shared<FuncNode>();
  n->tuple = true;
  n->range = std::move(elems);
  v.node_ = std::move(n);
  return v;
}

Value Value::function(std::vector<Value> domain, std::vector<Value> range) {
  bool sorted = true;
  for (size_t i = 1; i < domain.size() && sorted; ++i) sorted = domain[i - 1] < domain[i];
  if (sorted) return functionSorted(std::move(domain), std::move(range));
  std::vector<size_t> order(domain.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return domain[a] < domain[b]; });
  std::vector<Value> d, r;
  d.reserve(domain.size());
  r.reserve(domain.size());
  for (size_t k : order) {
    if (!d.empty() && d.back() == domain[k]) continue;
    d.push_back(std::move(domain[k]));
    r.push_back(std::move(range[k]));
  }
  return functionSorted(std::move(d), std::move(r));
}

Value Value::functionSorted(std::vector<Value> domain, std::vector<Value> range) {
  // Domain 1..n: the canonical form is the tuple.
  bool isTuple = true;
  for (size_t i = 0; i < domain.size() && isTuple; ++i) {
    isTuple = domain[i].isInt() && domain[i].asInt() == static_cast<int64_t>(i + 1);
  }
  if (isTuple) return tuple(std::move(range));
  Value v;
  v.kind_ = Kind::Func;
  auto n = std::make_shared<FuncNode>();
  n->domainPtr = std::make_shared<const std::vector<Value>>(std::move(domain));
  n->range = std::move(range);
  v.node_ = std::move(n);
  return v;
}

Value Value::record(std::vector<std::pair<std::string, Value>> fields) {
  std::vector<Value> d, r;
  for (auto& [k, v] : fields) {
    d.push_back(string(k));
    r.push_back(std::move(v));
  }
  return function(std::move(d), std::move(r));
}

Value Value::lazy(std::shared_ptr<const LazyNode> node) {
  Value v;
  v.kind_ = Kind::Lazy;
  v.node_ = std::move(node);
  return v;
}

Value Value::closure(std::shared_ptr<const ClosureNode> node) {
  Value v;
  v.kind_ = Kind::Closure;
  v.node_ = std::move(node);
  return v;
}

// ------------------------------------------------------------------ accessors

const SetNode* Value::setNode() const {
  return kind_ == Kind::Set ? static_cast<const SetNode*>(node_.get()) : nullptr;
}
const FuncNode* Value::funcNode() const {
  return kind_ == Kind::Func ? static_cast<const FuncNode*>(node_.get()) : nullptr;
}
const LazyNode* Value::lazyNode() const {
  return kind_ == Kind::Lazy ? static_cast<const LazyNode*>(node_.get()) : nullptr;
}

bool Value::asBool() const {
  if (kind_ != Kind::Bool) typeError("a boolean", *this);
  return i_ != 0;
}
int64_t Value::asInt() const {
  if (kind_ != Kind::Int) typeError("an integer", *this);
  return i_;
}
const std::string& Value::asString() const {
  if (kind_ != Kind::String) typeError("a string", *this);
  return static_cast<const StringNode*>(node_.get())->s;
}
const std::string& Value::modelValueName() const {
  return static_cast<const StringNode*>(node_.get())->s;
}
const ClosureNode& Value::asClosure() const {
  if (kind_ != Kind::Closure) typeError("an operator", *this);
  return *static_cast<const ClosureNode*>(node_.get());
}

int64_t checkedAdd(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) {
    throw ValueError{"integer overflow: " + std::to_string(a) + " + " + std::to_string(b)};
  }
  return r;
}
int64_t checkedSub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) {
    throw ValueError{"integer overflow: " + std::to_string(a) + " - " + std::to_string(b)};
  }
  return r;
}
int64_t checkedMul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) {
    throw ValueError{"integer overflow: " + std::to_string(a) + " * " + std::to_string(b)};
  }
  return r;
}

// ------------------------------------------------------------------ sets

namespace {

void enumerateLazy(const LazyNode& n, std::vector<Value>& out) {
  switch (n.form) {
    case LazyNode::Form::Subset: {
      const auto& base = n.sets[0].elements();
      if (base.size() > 24) throw ValueError{"SUBSET of a set with more than 24 elements is too large to enumerate"};
      size_t count = size_t{1} << base.size();
      out.reserve(count);
      for (size_t mask = 0; mask < count; ++mask) {
        std::vector<Value> s;
        for (size_t i = 0; i < base.size(); ++i) {
          if (mask & (size_t{1} << i)) s.push_back(base[i]);
        }
        out.push_back(Value::setCanonical(std::move(s)));
        budgetCheckpoint();
      }
      std::sort(out.begin(), out.end());
      return;
    }
    case LazyNode::Form::FuncSet: {
      const auto& dom = n.sets[0].elements();
      const auto& rng = n.sets[1].elements();
      if (rng.empty()) {
        if (dom.empty()) out.push_back(Value::tuple({}));
        return;
      }
      std::vector<size_t> idx(dom.size(), 0);
      while (true) {
        std::vector<Value> r;
        r.reserve(dom.size());
        for (size_t i = 0; i < dom.size(); ++i) r.push_back(rng[idx[i]]);
        out.push_back(Value::function(dom, std::move(r)));
        budgetCheckpoint();
        if (out.size() > 50'000'000) throw ValueError{"function set too large to enumerate"};
        // Advance the odometer idx (last position fastest); done when it wraps around.
        bool done = true;
        for (size_t k = dom.size(); k > 0; --k) {
          if (++idx[k - 1] < rng.size()) {
            done = false;
            break;
          }
          idx[k - 1] = 0;
        }
        if (done) break;
      }
      std::sort(out.begin(), out.end());
      return;
    }
    case LazyNode::Form::RecordSet:
    case LazyNode::Form::Product: {
      std::vector<const std::vector<Value>*> factors;
      for (const auto& s : n.sets) {
        factors.push_back(&s.elements());
        if (factors.back()->empty()) return;
      }
      std::vector<size_t> idx(factors.size(), 0);
      while (true) {
        std::vector<Value> comps;
        for (size_t i = 0; i < factors.size(); ++i) comps.push_back((*factors[i])[idx[i]]);
        if (n.form == LazyNode::Form::Product) {
          out.push_back(Value::tuple(std::move(comps)));
          budgetCheckpoint();
        } else {
          std::vector<std::pair<std::string, Value>> fs;
          for (size_t i = 0; i < comps.size(); ++i) fs.emplace_back(n.fields[i], comps[i]);
          out.push_back(Value::record(std::move(fs)));
          budgetCheckpoint();
        }
        if (out.size() > 50'000'000) throw ValueError{"set too large to enumerate"};
        size_t k = factors.size();
        bool done = true;
        while (k > 0) {
          --k;
          if (++idx[k] < factors[k]->size()) {
            done = false;
            break;
          }
          idx[k] = 0;
        }
        if (done) break;
      }
      std::sort(out.begin(), out.end());
      return;
    }
    case LazyNode::Form::Cup:
    case LazyNode::Form::Cap:
    case LazyNode::Form::Diff: {
      const Value& a = n.sets[0];
      const Value& b = n.sets[1];
      if (n.form == LazyNode::Form::Cup) {
        for (const auto& x : a.elements()) out.push_back(x);
        for (const auto& x : b.elements()) out.push_back(x);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
      } else if (n.form == LazyNode::Form::Cap && !a.isFiniteSet()) {
        for (const auto& x : b.elements()) {
          if (a.contains(x)) out.push_back(x);
        }
      } else {
        for (const auto& x : a.elements()) {
          if (b.contains(x) == (n.form == LazyNode::Form::Cap)) out.push_back(x);
        }
      }
      return;
    }
    case LazyNode::Form::Seq: throw ValueError{"cannot enumerate the infinite set Seq(S)"};
    case LazyNode::Form::Nat: throw ValueError{"cannot enumerate the infinite set Nat"};
    case LazyNode::Form::Int: throw ValueError{"cannot enumerate the infinite set Int"};
    case LazyNode::Form::StringSet: throw ValueError{"cannot enumerate the infinite set STRING"};
    case LazyNode::Form::Filter: {
      if (!n.sets[0].isFiniteSet()) {
        throw ValueError{"cannot enumerate the infinite set " + n.pred->describe()};
      }
      for (const auto& x : n.sets[0].elements()) {
        budgetCheckpoint();
        if (n.pred->call({x}).asBool()) out.push_back(x);
      }
      return;
    }
  }
}

}  // namespace

const std::vector<Value>& Value::elements() const {
  switch (kind_) {
    case Kind::Set: return setNode()->elems;
    case Kind::Interval: {
      auto* c = static_cast<const EnumCache*>(node_.get());
      if (const auto* p = c->published.load(std::memory_order_acquire)) return *p;
      {
        std::vector<Value> out;
        if (hi_ >= lo_) {
          if (hi_ - lo_ > 100'000'000) throw ValueError{"interval too large to enumerate"};
          out.reserve(static_cast<size_t>(hi_ - lo_ + 1));
          for (int64_t i = lo_; i <= hi_; ++i) {
            out.push_back(integer(i));
            if (i == INT64_MAX) break;
          }
        }
        return publishEnumeration(c->published, std::move(out));
      }
    }
    case Kind::Lazy: {
      const LazyNode* n = lazyNode();
      if (const auto* p = n->published.load(std::memory_order_acquire)) return *p;
      std::vector<Value> out;
      enumerateLazy(*n, out);  // may throw (infinite set): nothing cached then
      return publishEnumeration(n->published, std::move(out));
    }
    default: typeError("a set", *this);
  }
}

Value Value::normalized() const {
  if (kind_ == Kind::Set) return *this;
  return setCanonical(elements());
}

bool Value::isFiniteSet() const {
  switch (kind_) {
    case Kind::Set:
    case Kind::Interval: return true;
    case Kind::Lazy: {
      const LazyNode* n = lazyNode();
      switch (n->form) {
        case LazyNode::Form::Seq:
        case LazyNode::Form::Nat:
        case LazyNode::Form::Int:
        case LazyNode::Form::StringSet: return false;
        case LazyNode::Form::Cap: return n->sets[0].isFiniteSet() || n->sets[1].isFiniteSet();
        case LazyNode::Form::Diff: return n->sets[0].isFiniteSet();
        default:
          for (const auto& s : n->sets) {
            if (!s.isFiniteSet()) return false;
          }
          return true;
      }
    }
    default: typeError("a set", *this);
  }
}

namespace {
// The number of elements of [S -> T], SUBSET S, [a : S, ...] and S \X T, from those of their
// parts, without enumerating them; nullopt for other forms or past 2^63.
std::optional<uint64_t> countOf(const Value& v) {
  if (v.kind() != Value::Kind::Lazy) return v.cardinality();
  const LazyNode* n = v.lazyNode();
  auto mul = [](uint64_t a, uint64_t b) -> std::optional<uint64_t> {
    uint64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r) || r > uint64_t{INT64_MAX}) return std::nullopt;
    return r;
  };
  switch (n->form) {
    case LazyNode::Form::FuncSet: {
      auto dom = countOf(n->sets[0]), rng = countOf(n->sets[1]);
      if (!dom || !rng) return std::nullopt;
      if (*dom == 0) return 1;     // the empty function
      if (*rng <= 1) return *rng;  // no multiplication grows past it
      uint64_t r = 1;
      for (uint64_t i = 0; i < *dom; ++i) {  // at most 63 rounds before the overflow
        auto next = mul(r, *rng);
        if (!next) return std::nullopt;
        r = *next;
      }
      return r;
    }
    case LazyNode::Form::Subset: {
      auto base = countOf(n->sets[0]);
      if (!base || *base >= 63) return std::nullopt;
      return uint64_t{1} << *base;
    }
    case LazyNode::Form::RecordSet:
    case LazyNode::Form::Product: {
      uint64_t r = 1;
      for (const auto& part : n->sets) {
        auto c = countOf(part);
        if (!c) return std::nullopt;
        auto next = mul(r, *c);
        if (!next) return std::nullopt;
        r = *next;
      }
      return r;
    }
    default:
      return std::nullopt;
  }
}
}  // namespace

size_t Value::cardinality() const {
  if (kind_ == Kind::Interval) return hi_ >= lo_ ? static_cast<size_t>(hi_ - lo_ + 1) : 0;
  if (kind_ == Kind::Lazy) {
    if (auto c = countOf(*this)) return static_cast<size_t>(*c);
  }
  return elements().size();
}

bool Value::isEmptySet() const {
  if (kind_ == Kind::Interval) return hi_ < lo_;
  if (kind_ == Kind::Set) return setNode()->elems.empty();
  if (kind_ == Kind::Lazy) {
    const LazyNode* n = lazyNode();
    switch (n->form) {
      case LazyNode::Form::Subset:
      case LazyNode::Form::Seq:
      case LazyNode::Form::Nat:
      case LazyNode::Form::Int:
      case LazyNode::Form::StringSet: return false;
      case LazyNode::Form::FuncSet: return !n->sets[0].isEmptySet() && n->sets[1].isEmptySet();
      case LazyNode::Form::Cup: return n->sets[0].isEmptySet() && n->sets[1].isEmptySet();
      case LazyNode::Form::Cap:
      case LazyNode::Form::Diff: return elements().empty();
      case LazyNode::Form::Filter:
        if (!isFiniteSet()) {
          throw ValueError{"cannot decide whether the infinite set " + n->pred->describe() +
                           " is empty"};
        }
        return elements().empty();
      default:
        for (const auto& s : n->sets) {
          if (s.isEmptySet()) return true;
        }
        return false;
    }
  }
  typeError("a set", *this);
}

namespace {
// Whether DOMAIN f = s, without building DOMAIN f.
bool hasDomain(const Value& fv, const Value& s) {
  const FuncNode& f = *fv.funcNode();
  size_t n = f.range.size();
  if (s.kind() == Value::Kind::Interval) {
    int64_t lo = s.intervalLo(), hi = s.intervalHi();
    size_t card = hi < lo ? 0 : static_cast<size_t>(hi - lo) + 1;
    if (card != n) return false;
    if (n == 0) return true;
    if (f.tuple) return lo == 1;
    // Sorted and unique: integers from lo to hi, when both ends are (kinds sort apart).
    const auto& d = f.domain();
    return d.front().isInt() && d.back().isInt() && d.front().asInt() == lo &&
           d.back().asInt() == hi;
  }
  if (s.kind() == Value::Kind::Set) {
    const auto& es = s.elements();
    if (es.size() != n) return false;
    if (f.tuple) {
      for (size_t i = 0; i < n; ++i) {
        if (!es[i].isInt() || es[i].asInt() != static_cast<int64_t>(i) + 1) return false;
      }
      return true;
    }
    const auto& d = f.domain();
    for (size_t i = 0; i < n; ++i) {
      if (d[i] != es[i]) return false;
    }
    return true;
  }
  return fv.domain() == s;  // another form of set: compare as sets
}
}  // namespace

namespace {
// Sets of at least kIndexMinSize elements get a hash index at their kIndexAfter-th membership
// test (most sets are tested a few times, then dropped: those keep the binary search).
constexpr size_t kIndexMinSize = 16;
constexpr uint32_t kIndexAfter = 8;

void buildIndex(const SetNode& n) {
  auto ix = std::make_unique<SetIndex>();
  ix->hashes.reserve(n.elems.size());
  for (const auto& e : n.elems) {
    // Equality with an element that is a set may need the order (lazy and infinite sets).
    if (e.isSetLike() || e.kind() == Value::Kind::Closure) return;
    try {
      ix->hashes.push_back(e.hash());
    } catch (const ValueError&) {
      return;  // an element holds an infinite set: it has no hash
    }
  }
  size_t cap = 1;
  while (cap < 2 * n.elems.size()) cap *= 2;
  ix->slots.assign(cap, 0);
  for (size_t k = 0; k < n.elems.size(); ++k) {
    size_t i = static_cast<size_t>(ix->hashes[k]) & (cap - 1);
    while (ix->slots[i] != 0) i = (i + 1) & (cap - 1);
    ix->slots[i] = static_cast<uint32_t>(k + 1);
  }
  const SetIndex* expected = nullptr;
  if (n.index.compare_exchange_strong(expected, ix.get(), std::memory_order_acq_rel)) {
    ix.release();
  }
}
}  // namespace

bool Value::contains(const Value& v) const {
  switch (kind_) {
    case Kind::Set: {
      const SetNode* n = setNode();
      const auto& es = n->elems;
      if (es.size() <= 8 && !v.isSetLike()) {
        // A few elements: equality is cheaper than order (interned strings compare by address).
        // Not for a set: equality of infinite sets may be undecidable where order is not.
        for (const auto& e : es) {
          if (e == v) return true;
        }
        return false;
      }
      if (es.size() >= kIndexMinSize && !v.isSetLike()) {
        if (const SetIndex* ix = n->index.load(std::memory_order_acquire)) {
          try {
            return ix->contains(es, v);
          } catch (const ValueError&) {
            // v holds an infinite set: no hash; the order may still decide
          }
        } else if (n->probes.load(std::memory_order_relaxed) <= kIndexAfter &&
                   n->probes.fetch_add(1, std::memory_order_relaxed) == kIndexAfter) {
          // (Counted only up to the build: a set that cannot be indexed, tested by several
          // workers, is then only read.)
          buildIndex(*n);
        }
      }
      return std::binary_search(es.begin(), es.end(), v);
    }
    case Kind::Interval: return v.isInt() && v.i_ >= lo_ && v.i_ <= hi_;
    case Kind::Lazy: {
      const LazyNode* n = lazyNode();
      switch (n->form) {
        case LazyNode::Form::Nat: return v.isInt() && v.i_ >= 0;
        case LazyNode::Form::Int: return v.isInt();
        case LazyNode::Form::StringSet: return v.isString();
        case LazyNode::Form::Subset: {
          if (!v.isSetLike()) return false;
          for (const auto& e : v.elements()) {
            if (!n->sets[0].contains(e)) return false;
          }
          return true;
        }
        case LazyNode::Form::Seq: {
          if (!v.isTuple()) return false;
          for (const auto& e : v.tupleElems()) {
            if (!n->sets[0].contains(e)) return false;
          }
          return true;
        }
        case LazyNode::Form::Product: {
          if (!v.isTuple() || v.tupleElems().size() != n->sets.size()) return false;
          for (size_t i = 0; i < n->sets.size(); ++i) {
            if (!n->sets[i].contains(v.tupleElems()[i])) return false;
          }
          return true;
        }
        case LazyNode::Form::FuncSet: {
          if (!v.isFunc()) return false;
          if (!hasDomain(v, n->sets[0])) return false;
          bool ok = true;
          v.forEachMapping([&](const Value&, const Value& r) { ok = ok && n->sets[1].contains(r); });
          return ok;
        }
        case LazyNode::Form::Cup: return n->sets[0].contains(v) || n->sets[1].contains(v);
        case LazyNode::Form::Cap: return n->sets[0].contains(v) && n->sets[1].contains(v);
        case LazyNode::Form::Diff: return n->sets[0].contains(v) && !n->sets[1].contains(v);
        case LazyNode::Form::Filter:
          return n->sets[0].contains(v) && n->pred->call({v}).asBool();
        case LazyNode::Form::RecordSet: {
          if (!v.isFunc() || v.funcSize() != n->fields.size()) return false;
          for (size_t i = 0; i < n->fields.size(); ++i) {
            auto r = v.apply(string(n->fields[i]));
            if (!r || !n->sets[i].contains(*r)) return false;
          }
          return true;
        }
      }
      return false;
    }
    default: typeError("a set", *this);
  }
}

// ------------------------------------------------------------------ functions

bool Value::isTuple() const { return kind_ == Kind::Func && funcNode()->tuple; }

const std::vector<Value>& Value::tupleElems() const {
  if (!isTuple()) typeError("a sequence", *this);
  return funcNode()->range;
}

size_t Value::funcSize() const {
  if (kind_ != Kind::Func) typeError("a function", *this);
  return funcNode()->range.size();
}

Value Value::domain() const {
  if (kind_ != Kind::Func) typeError("a function", *this);
  const FuncNode* f = funcNode();
  if (f->tuple) return interval(1, static_cast<int64_t>(f->range.size()));
  return setCanonical(f->domain());
}

bool Value::inDomain(const Value& arg) const {
  if (kind_ != Kind::Func) typeError("a function", *this);
  const FuncNode* f = funcNode();
  if (f->tuple)
    return arg.isInt() && arg.i_ >= 1 && arg.i_ <= static_cast<int64_t>(f->range.size());
  return std::binary_search(f->domain().begin(), f->domain().end(), arg);
}

std::optional<Value> Value::apply(const Value& arg) const {
  if (kind_ != Kind::Func) typeError("a function", *this);
  const FuncNode* f = funcNode();
  if (f->tuple) {
    if (!arg.isInt() || arg.i_ < 1 || arg.i_ > static_cast<int64_t>(f->range.size())) {
      return std::nullopt;
    }
    return f->range[static_cast<size_t>(arg.i_ - 1)];
  }
  const std::vector<Value>& dom = f->domain();
  if ((arg.kind_ == Kind::String || arg.kind_ == Kind::ModelValue) && dom.size() <= 16) {
    // A record field or a model-value key: interned, so usually found by its node.
    for (size_t i = 0; i < dom.size(); ++i) {
      if (dom[i].node_ == arg.node_ && dom[i].kind_ == arg.kind_) return f->range[i];
    }
  }
  auto it = std::lower_bound(dom.begin(), dom.end(), arg);
  if (it == dom.end() || *it != arg) return std::nullopt;
  return f->range[static_cast<size_t>(it - dom.begin())];
}

Value Value::except(const Value& arg, const Value& v) const {
  if (kind_ != Kind::Func) typeError("a function", *this);
  const FuncNode* f = funcNode();
  size_t pos;
  if (f->tuple) {
    if (!arg.isInt() || arg.i_ < 1 || arg.i_ > static_cast<int64_t>(f->range.size())) {
      throw ValueError{"EXCEPT: " + arg.toString() + " is not in the domain of " + toString()};
    }
    pos = static_cast<size_t>(arg.i_ - 1);
  } else {
    auto it = std::lower_bound(f->domain().begin(), f->domain().end(), arg);
    if (it == f->domain().end() || *it != arg) {
      throw ValueError{"EXCEPT: " + arg.toString() + " is not in the domain of " + toString()};
    }
    pos = static_cast<size_t>(it - f->domain().begin());
  }
  auto n = std::make_shared<FuncNode>();
  n->tuple = f->tuple;
  n->domainPtr = f->domainPtr;
  n->range = f->range;
  n->range[pos] = v;
  Value out;
  out.kind_ = Kind::Func;
  out.node_ = std::move(n);
  return out;
}

void Value::forEachMapping(const std::function<void(const Value&, const Value&)>& fn) const {
  const FuncNode* f = funcNode();
  if (f == nullptr) typeError("a function", *this);
  for (size_t i = 0; i < f->range.size(); ++i) {
    fn(f->tuple ? integer(static_cast<int64_t>(i + 1)) : f->domain()[i], f->range[i]);
  }
}

// ------------------------------------------------------------------ equality, order, hash

namespace {

int compareVectors(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = 0; i < a.size(); ++i) {
    int c = Value::compare(a[i], b[i]);
    if (c != 0) return c;
  }
  return 0;
}

}  // namespace

int Value::compare(const Value& a, const Value& b) {
  int ra = kindRank(a.kind_), rb = kindRank(b.kind_);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind_) {
    case Kind::Bool:
    case Kind::Int: return a.i_ < b.i_ ? -1 : a.i_ > b.i_ ? 1 : 0;
    case Kind::String:
    case Kind::ModelValue: {
      if (a.node_ == b.node_) return 0;
      // TLC's order: the order in which the strings were first made (see Value::string); long
      // strings, which have no rank, after the others in text order.
      const auto* na = static_cast<const StringNode*>(a.node_.get());
      const auto* nb = static_cast<const StringNode*>(b.node_.get());
      if (na->rank != nb->rank) return na->rank < nb->rank ? -1 : 1;
      if (na->rank != kUnranked) return 0;
      int c = na->s.compare(nb->s);
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Kind::Func: {
      if (a.node_ == b.node_) return 0;
      const FuncNode* fa = a.funcNode();
      const FuncNode* fb = b.funcNode();
      if (fa->range.size() != fb->range.size()) return fa->range.size() < fb->range.size() ? -1 : 1;
      if (fa->tuple != fb->tuple) return fa->tuple ? -1 : 1;
      if (!fa->tuple) {
        int c = fa->domainPtr == fb->domainPtr ? 0 : compareVectors(fa->domain(), fb->domain());
        if (c != 0) return c;
      }
      return compareVectors(fa->range, fb->range);
    }
    case Kind::Set:
    case Kind::Interval:
    case Kind::Lazy: {
      if (a.kind_ == Kind::Interval && b.kind_ == Kind::Interval) {
        size_t ca = a.cardinality(), cb = b.cardinality();
        if (ca != cb) return ca < cb ? -1 : 1;
        if (ca == 0 || a.lo_ == b.lo_) return 0;
        return a.lo_ < b.lo_ ? -1 : 1;
      }
      if (a.node_ == b.node_ && a.kind_ == b.kind_) return 0;
      bool fa = a.isFiniteSet(), fb = b.isFiniteSet();
      if (!fa || !fb) {
        // An order for sets of infinite sets ({[a : Int], [b : Nat]}), without enumerating:
        // finite ones first, infinite ones by their form and operands.
        const LazyNode* la = a.lazyNode();
        const LazyNode* lb = b.lazyNode();
        if ((la != nullptr && la->form == LazyNode::Form::Filter) ||
            (lb != nullptr && lb->form == LazyNode::Form::Filter)) {
          // {n \in Nat : P} may equal any set, finite or not: no answer without enumerating.
          throw ValueError{"cannot compare the infinite set " + (fa ? b : a).toString() + " with " +
                           (fa ? a : b).toString()};
        }
        if (fa != fb) return fa ? -1 : 1;
        if (la->form != lb->form) return la->form < lb->form ? -1 : 1;
        if (la->fields != lb->fields) return la->fields < lb->fields ? -1 : 1;
        if (la->pred != lb->pred) return la->pred < lb->pred ? -1 : 1;
        return compareVectors(la->sets, lb->sets);
      }
      return compareVectors(a.elements(), b.elements());
    }
    case Kind::Closure: return a.node_ == b.node_ ? 0 : (a.node_ < b.node_ ? -1 : 1);
  }
  return 0;
}

bool Value::operator==(const Value& o) const {
  if (kind_ != o.kind_) {
    if (isSetLike() && o.isSetLike()) {
      // A lazy set equals an enumerated one with the same elements; avoid enumerating
      // infinite sets of the same kind.
      return compare(*this, o) == 0;
    }
    return false;
  }
  switch (kind_) {
    case Kind::Bool:
    case Kind::Int: return i_ == o.i_;
    case Kind::String:
    case Kind::ModelValue:
      return node_ == o.node_ || (static_cast<const StringNode*>(node_.get())->hash ==
                                      static_cast<const StringNode*>(o.node_.get())->hash &&
                                  static_cast<const StringNode*>(node_.get())->s ==
                                      static_cast<const StringNode*>(o.node_.get())->s);
    case Kind::Lazy: {
      const LazyNode* a = lazyNode();
      const LazyNode* b = o.lazyNode();
      if (!isFiniteSet() || !o.isFiniteSet()) {
        if (a->form == b->form && a->fields == b->fields && a->pred == b->pred &&
            a->sets == b->sets) {
          return true;
        }
        if (a->form == b->form && a->sets.empty()) return true;  // Nat = Nat
        throw ValueError{"cannot compare infinite sets " + toString() + " and " + o.toString()};
      }
      return compare(*this, o) == 0;
    }
    default:
      if (node_ == o.node_ && kind_ != Kind::Interval) return true;
      if (hash() != o.hash()) return false;
      return compare(*this, o) == 0;
  }
}

// Sets and functions hash as a sum over their elements (mappings), which does not depend on
// their order: the hash of a state under a SYMMETRY permutation can then be computed without
// building and re-sorting the permuted values (permutedHash).
namespace {
uint64_t elemHash(uint64_t e) {
  return mix(kTagSet + 16, e);
}
uint64_t pairHash(uint64_t k, uint64_t v) {
  return mix(mix(kTagFunc + 16, k), v);
}
}  // namespace

bool Value::holdsModelValues() const {
  auto cached = [](std::atomic<int8_t>& flag, auto&& compute) {
    int8_t f = flag.load(std::memory_order_relaxed);
    if (f < 0) {
      f = compute() ? 1 : 0;
      flag.store(f, std::memory_order_relaxed);
    }
    return f == 1;
  };
  switch (kind_) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::String:
    case Kind::Interval:
      return false;
    case Kind::ModelValue:
      return true;
    case Kind::Set: {
      const SetNode* n = setNode();
      return cached(n->modelValues, [&] {
        for (const auto& e : n->elems) {
          if (e.holdsModelValues()) return true;
        }
        return false;
      });
    }
    case Kind::Func: {
      const FuncNode* f = funcNode();
      return cached(f->modelValues, [&] {
        for (const auto& d : f->domain()) {
          if (d.holdsModelValues()) return true;
        }
        for (const auto& r : f->range) {
          if (r.holdsModelValues()) return true;
        }
        return false;
      });
    }
    case Kind::Lazy:
    case Kind::Closure:
      return true;
  }
  return true;
}

uint64_t Value::hash() const {
  switch (kind_) {
    case Kind::Bool: return mix(kTagBool, static_cast<uint64_t>(i_));
    case Kind::Int: return mix(kTagInt, static_cast<uint64_t>(i_));
    case Kind::String: return mix(kTagString, static_cast<const StringNode*>(node_.get())->hash);
    case Kind::ModelValue:
      return mix(kTagModel, static_cast<const StringNode*>(node_.get())->hash);
    case Kind::Set: {
      const SetNode* s = setNode();
      uint64_t h = s->hash.load(std::memory_order_relaxed);
      if (h != 0) return h;
      h = mix(kTagSet, s->elems.size());
      for (const auto& e : s->elems) h += elemHash(e.hash());
      if (h == 0) h = 1;
      s->hash.store(h, std::memory_order_relaxed);
      return h;
    }
    case Kind::Interval:
    case Kind::Lazy: {
      uint64_t h = mix(kTagSet, cardinality());
      for (const auto& e : elements()) h += elemHash(e.hash());
      return h == 0 ? 1 : h;
    }
    case Kind::Func: {
      const FuncNode* f = funcNode();
      uint64_t h = f->hash.load(std::memory_order_relaxed);
      if (h != 0) return h;
      h = mix(kTagFunc, f->range.size());
      for (size_t i = 0; i < f->range.size(); ++i) {
        uint64_t k = f->tuple ? mix(kTagInt, static_cast<uint64_t>(i + 1)) : f->domain()[i].hash();
        h += pairHash(k, f->range[i].hash());
      }
      if (h == 0) h = 1;
      f->hash.store(h, std::memory_order_relaxed);
      return h;
    }
    case Kind::Closure: return reinterpret_cast<uintptr_t>(node_.get());
  }
  return 0;
}

uint64_t Value::permutedHash(const Value* perm) const {
  if (perm == nullptr) return hash();
  uint64_t h = 0;
  permutedHashes(perm, 1, &h);
  return h;
}

void Value::permutedHashes(const Value* perms, size_t n, uint64_t* out) const {
  constexpr size_t kMax = 32;  // buffers on the stack; more permutations: kMax at a time
  if (n > kMax) {
    for (size_t k = 0; k < n; k += kMax) permutedHashes(perms + k, std::min(kMax, n - k), out + k);
    return;
  }
  auto same = [&](uint64_t h) { std::fill(out, out + n, h); };
  switch (kind_) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::String:
    case Kind::Closure:
      return same(hash());
    case Kind::ModelValue:
      for (size_t k = 0; k < n; ++k) {
        std::optional<Value> image = perms[k].apply(*this);
        out[k] = image ? image->hash() : hash();
      }
      return;
    case Kind::Set:
    case Kind::Func:
      // A part without model values is its own image: its hash is cached.
      if (!holdsModelValues()) return same(hash());
      break;
    case Kind::Interval:
    case Kind::Lazy:
      break;
  }
  uint64_t a[kMax], b[kMax];
  if (kind_ == Kind::Func) {
    const FuncNode* f = funcNode();
    same(mix(kTagFunc, f->range.size()));
    for (size_t i = 0; i < f->range.size(); ++i) {
      if (f->tuple) {
        std::fill(a, a + n, mix(kTagInt, static_cast<uint64_t>(i + 1)));
      } else {
        f->domain()[i].permutedHashes(perms, n, a);
      }
      f->range[i].permutedHashes(perms, n, b);
      for (size_t k = 0; k < n; ++k) out[k] += pairHash(a[k], b[k]);
    }
  } else {
    const std::vector<Value>& elems = kind_ == Kind::Set ? setNode()->elems : elements();
    same(mix(kTagSet, kind_ == Kind::Set ? elems.size() : cardinality()));
    for (const auto& e : elems) {
      e.permutedHashes(perms, n, a);
      for (size_t k = 0; k < n; ++k) out[k] += elemHash(a[k]);
    }
  }
  for (size_t k = 0; k < n; ++k) {
    if (out[k] == 0) out[k] = 1;
  }
}

Value Value::permuted(const Value& perm) const {
  switch (kind_) {
    case Kind::ModelValue: {
      auto img = perm.apply(*this);
      return img ? *img : *this;
    }
    case Kind::Set:
    case Kind::Interval:
    case Kind::Lazy: {
      if (kind_ == Kind::Interval || (kind_ == Kind::Lazy && !isFiniteSet())) return *this;
      std::vector<Value> out;
      for (const auto& e : elements()) out.push_back(e.permuted(perm));
      return set(std::move(out));
    }
    case Kind::Func: {
      const FuncNode* f = funcNode();
      if (f->tuple) {
        std::vector<Value> out;
        for (const auto& e : f->range) out.push_back(e.permuted(perm));
        return tuple(std::move(out));
      }
      std::vector<Value> d, r;
      for (size_t i = 0; i < f->range.size(); ++i) {
        d.push_back(f->domain()[i].permuted(perm));
        r.push_back(f->range[i].permuted(perm));
      }
      return function(std::move(d), std::move(r));
    }
    default: return *this;
  }
}

// ------------------------------------------------------------------ printing

namespace {

void printString(std::ostringstream& os, const std::string& s) {
  os << '"';
  for (char c : s) {
    switch (c) {
      case '"': os << "\\\""; break;
      case '\\': os << "\\\\"; break;
      case '\n': os << "\\n"; break;
      case '\t': os << "\\t"; break;
      default: os << c;
    }
  }
  os << '"';
}

void print(std::ostringstream& os, const Value& v);

void printSeq(std::ostringstream& os, const std::vector<Value>& vs) {
  for (size_t i = 0; i < vs.size(); ++i) {
    if (i) os << ", ";
    print(os, vs[i]);
  }
}

void print(std::ostringstream& os, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Bool: os << (v.asBool() ? "TRUE" : "FALSE"); return;
    case Value::Kind::Int: os << v.asInt(); return;
    case Value::Kind::String: printString(os, v.asString()); return;
    case Value::Kind::ModelValue: os << v.modelValueName(); return;
    case Value::Kind::Set:
    case Value::Kind::Interval: os << '{'; printSeq(os, v.elements()); os << '}'; return;
    case Value::Kind::Lazy: {
      const LazyNode* n = v.lazyNode();
      if (!v.isFiniteSet()) {
        switch (n->form) {
          case LazyNode::Form::Nat: os << "Nat"; return;
          case LazyNode::Form::Int: os << "Int"; return;
          case LazyNode::Form::StringSet: os << "STRING"; return;
          case LazyNode::Form::Seq: os << "Seq("; print(os, n->sets[0]); os << ')'; return;
          case LazyNode::Form::Filter:
            os << n->pred->describe();
            return;
          default: os << "<infinite set>"; return;
        }
      }
      os << '{';
      printSeq(os, v.elements());
      os << '}';
      return;
    }
    case Value::Kind::Func: {
      if (v.isTuple()) {
        os << "<<";
        printSeq(os, v.tupleElems());
        os << ">>";
        return;
      }
      bool record = true;
      v.forEachMapping([&](const Value& d, const Value&) { record = record && d.isString(); });
      bool first = true;
      if (record) {
        os << '[';
        v.forEachMapping([&](const Value& d, const Value& r) {
          os << (first ? "" : ", ") << d.asString() << " |-> ";
          print(os, r);
          first = false;
        });
        os << ']';
        return;
      }
      os << '(';
      v.forEachMapping([&](const Value& d, const Value& r) {
        os << (first ? "" : " @@ ");
        print(os, d);
        os << " :> ";
        print(os, r);
        first = false;
      });
      os << ')';
      return;
    }
    case Value::Kind::Closure: os << v.asClosure().describe(); return;
  }
}

}  // namespace

std::string Value::toString() const {
  std::ostringstream os;
  print(os, *this);
  return os.str();
}

}  // namespace vouch::refinement
