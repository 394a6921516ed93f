// The Randomization module's operators, evaluated natively: RandomSubset, RandomSetOfSubsets and
// RandomSubsetSet draw from a set without enumerating it when they can ([S -> T] with 10^8
// elements, 1..100000000). The draws come from the evaluator's own generator, seeded the same
// way in every run: a one-worker check is reproducible (TLC draws anew on each evaluation too, so
// its counts depend on its -seed and cannot be compared).

#include <algorithm>
#include <cstdlib>
#include <set>
#include <unordered_set>

#include "eval_internal.hpp"

namespace vouch::refinement {

namespace {

using Args = std::span<const Value>;

// splitmix64 over the engine's state.
uint64_t nextRandom(Engine& en) {
  uint64_t z = (en.randomState_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Uniform in [0, n), n > 0.
uint64_t below(Engine& en, uint64_t n) {
  uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  uint64_t r;
  do {
    r = nextRandom(en);
  } while (r >= limit);
  return r % n;
}

// Sets up to this size are enumerated to draw from them.
constexpr size_t kEnumerable = size_t{1} << 20;

// A uniformly drawn element of the non-empty finite set `s`, built without enumerating s when it
// is an interval, a function set, a record set, a product or SUBSET.
Value randomElement(Engine& en, const Value& s) {
  if (s.kind() == Value::Kind::Interval) {
    auto span = static_cast<uint64_t>(s.intervalHi() - s.intervalLo()) + 1;
    return Value::integer(s.intervalLo() + static_cast<int64_t>(below(en, span)));
  }
  if (s.kind() == Value::Kind::Lazy) {
    const LazyNode& n = *s.lazyNode();
    switch (n.form) {
      case LazyNode::Form::FuncSet: {
        std::vector<Value> domain = n.sets[0].elements();
        std::vector<Value> range;
        range.reserve(domain.size());
        for (size_t i = 0; i < domain.size(); ++i) range.push_back(randomElement(en, n.sets[1]));
        return Value::functionSorted(std::move(domain), std::move(range));
      }
      case LazyNode::Form::RecordSet: {
        std::vector<std::pair<std::string, Value>> fields;
        for (size_t i = 0; i < n.fields.size(); ++i) {
          fields.emplace_back(n.fields[i], randomElement(en, n.sets[i]));
        }
        return Value::record(std::move(fields));
      }
      case LazyNode::Form::Product: {
        std::vector<Value> elems;
        for (const Value& f : n.sets) elems.push_back(randomElement(en, f));
        return Value::tuple(std::move(elems));
      }
      case LazyNode::Form::Subset: {
        std::vector<Value> picked;
        for (const Value& e : n.sets[0].elements()) {
          if (nextRandom(en) & 1) picked.push_back(e);
        }
        return Value::setCanonical(std::move(picked));
      }
      default:
        break;
    }
  }
  const auto& es = s.elements();
  return es[below(en, es.size())];
}

const Value& finiteSet(const Value& s, const char* op, const char* which) {
  if (!s.isSetLike() || !s.isFiniteSet()) {
    throw ValueError{std::string("the ") + which + " argument of " + op +
                     " must be a finite set, not " + s.toString()};
  }
  return s;
}

int64_t count(const Value& v, const char* op, const char* which) {
  if (!v.isInt() || v.asInt() < 0) {
    throw ValueError{std::string("the ") + which + " argument of " + op +
                     " must be a nonnegative integer, not " + v.toString()};
  }
  return v.asInt();
}

// RandomSubset(k, S): k distinct elements of S (all of S when it has no more than k).
Value randomSubset(Engine& en, Args a, const SourceRange&) {
  auto k = static_cast<uint64_t>(count(a[0], "RandomSubset", "first"));
  const Value& s = finiteSet(a[1], "RandomSubset", "second");
  const uint64_t n = s.cardinality();
  if (k >= n) return s.normalized();
  bool indexed =
      s.kind() == Value::Kind::Interval || s.kind() == Value::Kind::Set || n <= kEnumerable;
  std::vector<Value> out;
  out.reserve(std::min<uint64_t>(k, uint64_t{1} << 16));
  if (indexed) {
    // Floyd's algorithm: k distinct indices below n.
    std::set<uint64_t> chosen;
    for (uint64_t j = n - k; j < n; ++j) {
      uint64_t t = below(en, j + 1);
      chosen.insert(chosen.count(t) != 0 ? j : t);
      budgetCheckpoint();
    }
    for (uint64_t i : chosen) {
      out.push_back(s.kind() == Value::Kind::Interval
                        ? Value::integer(s.intervalLo() + static_cast<int64_t>(i))
                        : s.elements()[i]);
    }
    return Value::setCanonical(std::move(out));
  }
  // A large lazy set (more than 2^20 elements, k below it): draw until k differ.
  std::unordered_set<Value, ValueHash> seen;
  for (uint64_t tries = 0; seen.size() < k; ++tries) {
    if (tries > 64 * k + 1024) {
      throw ValueError{"RandomSubset(" + std::to_string(k) + ", S) could not draw " +
                       std::to_string(k) + " distinct elements of S"};
    }
    Value v = randomElement(en, s);
    if (seen.insert(v).second) out.push_back(std::move(v));
    budgetCheckpoint();
  }
  return Value::set(std::move(out));
}

// At most `picks` subsets of S, each holding each element of S with the given probability.
Value randomSets(Engine& en, int64_t picks, double probability, const Value& s) {
  const auto& es = s.elements();
  std::vector<Value> subsets;
  for (int64_t i = 0; i < picks; ++i) {
    std::vector<Value> sub;
    for (const Value& e : es) {
      if (static_cast<double>(nextRandom(en) >> 11) * 0x1.0p-53 < probability) sub.push_back(e);
    }
    subsets.push_back(Value::setCanonical(std::move(sub)));
    budgetCheckpoint();
  }
  return Value::set(std::move(subsets));
}

const std::unordered_map<std::string, Engine::NativeFn>& randomTable() {
  static const std::unordered_map<std::string, Engine::NativeFn> t = {
      {"Randomization.RandomSubset", randomSubset},
      {"Randomization.RandomSetOfSubsets",
       [](Engine& en, Args a, const SourceRange&) {
         int64_t picks = count(a[0], "RandomSetOfSubsets", "first");
         int64_t n = count(a[1], "RandomSetOfSubsets", "second");
         const Value& s = finiteSet(a[2], "RandomSetOfSubsets", "third");
         auto size = static_cast<int64_t>(s.cardinality());
         if (n > size) {
           throw ValueError{
               "the second argument of RandomSetOfSubsets must be in 0..Cardinality(S)"};
         }
         return randomSets(en, picks,
                           size == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(size), s);
       }},
      {"Randomization.RandomSubsetSet",
       [](Engine& en, Args a, const SourceRange&) {
         int64_t picks = count(a[0], "RandomSubsetSet", "first");
         if (!a[1].isString()) {
           throw ValueError{
               "the second argument of RandomSubsetSet must be a string holding a probability, "
               "not " +
               a[1].toString()};
         }
         const std::string& text = a[1].asString();
         char* end = nullptr;
         double p = std::strtod(text.c_str(), &end);
         if (text.empty() || *end != '\0' || !(p >= 0.0 && p <= 1.0)) {
           throw ValueError{
               "the second argument of RandomSubsetSet must be a probability in [0, 1], not \"" +
               text + "\""};
         }
         return randomSets(en, picks, p, finiteSet(a[2], "RandomSubsetSet", "third"));
       }},
  };
  return t;
}

}  // namespace

Engine::NativeFn randomNative(const std::string& key) {
  auto it = randomTable().find(key);
  return it == randomTable().end() ? nullptr : it->second;
}

}  // namespace vouch::refinement
