#pragma once
// TLA+ values as TLC defines them: booleans, integers (64-bit, overflow is an error), strings,
// model values, finite sets in a canonical order, functions (tuples, sequences and records are
// functions: one canonical form per mathematical function), and lazy sets that are enumerated
// only when needed. Values are immutable; hashing is structural and cached.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::refinement {

class Value;
struct SetNode;
struct FuncNode;
struct StringNode;
struct LazyNode;
struct ClosureNode;

/// Thrown for evaluation errors that are not attributable to a spec location yet (the
/// evaluator adds the location): type errors, overflow, enumeration of an infinite set.
struct ValueError {
  std::string message;
};

class Value {
 public:
  enum class Kind : uint8_t {
    Bool,
    Int,
    String,
    ModelValue,
    Set,       // finite, canonical (sorted, no duplicates)
    Func,      // function; tuples/sequences when the domain is 1..n, records over strings
    Interval,  // a..b, lazy
    Lazy,      // SUBSET S, [S -> T], [a : S], Seq(S), Nat, Int, STRING, filters over them
    Closure,   // an operator value (LAMBDA or an operator passed as argument)
  };

  Value() : kind_(Kind::Bool), i_(0) {}
  static Value boolean(bool b);
  static Value integer(int64_t i);
  static Value string(std::string_view s);
  static Value modelValue(std::string_view name);
  /// A set from any elements (sorted and deduplicated here).
  static Value set(std::vector<Value> elems);
  /// A set from elements already sorted and unique (canonical); not checked.
  static Value setCanonical(std::vector<Value> elems);
  static Value emptySet();
  static Value interval(int64_t lo, int64_t hi);
  /// A tuple / sequence <<v1, ..., vn>> (the function on 1..n).
  static Value tuple(std::vector<Value> elems);
  /// A function from parallel domain/range vectors (any order; duplicates in the domain must
  /// map to equal values). Normalized: domain 1..n becomes a tuple.
  static Value function(std::vector<Value> domain, std::vector<Value> range);
  /// The same, from a domain already sorted and without duplicates (canonical); not checked.
  static Value functionSorted(std::vector<Value> domain, std::vector<Value> range);
  /// A record [f1 |-> v1, ...] (a function on strings).
  static Value record(std::vector<std::pair<std::string, Value>> fields);
  static Value lazy(std::shared_ptr<const LazyNode> node);
  static Value closure(std::shared_ptr<const ClosureNode> node);

  Kind kind() const { return kind_; }
  bool isBool() const { return kind_ == Kind::Bool; }
  bool isInt() const { return kind_ == Kind::Int; }
  bool isString() const { return kind_ == Kind::String; }
  bool isSetLike() const {
    return kind_ == Kind::Set || kind_ == Kind::Interval || kind_ == Kind::Lazy;
  }
  bool isFunc() const { return kind_ == Kind::Func; }

  bool asBool() const;         // throws ValueError when not a boolean
  int64_t asInt() const;       // throws ValueError when not an integer
  const std::string& asString() const;
  const std::string& modelValueName() const;
  const ClosureNode& asClosure() const;

  // ---- sets
  /// Elements in canonical order; enumerates intervals and finite lazy sets; throws ValueError
  /// for infinite sets.
  const std::vector<Value>& elements() const;
  /// The set in its canonical enumerated form (a Set value).
  Value normalized() const;
  bool contains(const Value& v) const;  // membership, without enumerating lazy sets
  size_t cardinality() const;
  bool isFiniteSet() const;
  bool isEmptySet() const;

  // ---- functions (tuples, records)
  bool isTuple() const;  // a function whose domain is 1..n (including the empty function)
  const std::vector<Value>& tupleElems() const;  // requires isTuple()
  /// Domain as a set value.
  Value domain() const;
  /// arg \in DOMAIN f, without building the domain set.
  bool inDomain(const Value& arg) const;
  /// f[arg]; nullopt when arg is not in the domain.
  std::optional<Value> apply(const Value& arg) const;
  /// [f EXCEPT ![arg] = v]; throws ValueError when arg is not in the domain.
  Value except(const Value& arg, const Value& v) const;
  size_t funcSize() const;
  /// Calls fn(domainElem, value) in domain order.
  void forEachMapping(const std::function<void(const Value&, const Value&)>& fn) const;

  // ---- equality, order, hashing
  bool operator==(const Value& o) const;
  bool operator!=(const Value& o) const { return !(*this == o); }
  /// Total order used for canonical sets and CHOOSE (TLC's order for integers and strings).
  static int compare(const Value& a, const Value& b);
  bool operator<(const Value& o) const { return compare(*this, o) < 0; }
  uint64_t hash() const;

  /// The value with every model value replaced by its image under `perm` (a function from
  /// model values to model values); used for SYMMETRY.
  Value permuted(const Value& perm) const;
  /// permuted(*perm).hash(), without building the permuted value (hash() when perm is null).
  uint64_t permutedHash(const Value* perm) const;
  /// out[k] = permuted(perms[k]).hash() for each k < n, in one walk over the value.
  void permutedHashes(const Value* perms, size_t n, uint64_t* out) const;
  /// Whether a model value occurs in this value, so that a permutation may change it (cached
  /// on sets and functions; lazy sets and closures are assumed to).
  bool holdsModelValues() const;

  /// TLC's printed form: {1, 2}, <<1, 2>>, [a |-> 1], (1 :> 2 @@ 2 :> 3), "s", TRUE.
  std::string toString() const;

  // Internal access for the lazy-set and evaluator code.
  const SetNode* setNode() const;
  const FuncNode* funcNode() const;
  const LazyNode* lazyNode() const;
  int64_t intervalLo() const { return lo_; }
  int64_t intervalHi() const { return hi_; }

 private:
  Kind kind_;
  union {
    int64_t i_;
    int64_t lo_;
  };
  int64_t hi_ = 0;
  std::shared_ptr<const void> node_;
};

/// Checked 64-bit arithmetic: throws ValueError on overflow (TLA+ integers never wrap).
int64_t checkedAdd(int64_t a, int64_t b);
int64_t checkedSub(int64_t a, int64_t b);
int64_t checkedMul(int64_t a, int64_t b);

/// Lazy set forms (enumerated only when needed; membership without enumeration).
struct LazyNode {
  enum class Form : uint8_t {
    Subset,
    FuncSet,
    RecordSet,
    Seq,
    Nat,
    Int,
    StringSet,
    Product,
    Cup,
    Cap,
    Diff,
    Filter
  };
  Form form;
  std::vector<Value> sets;           // Subset: [S]; FuncSet: [S, T]; RecordSet: field sets; Seq: [S]; Product: factors
  std::vector<std::string> fields;   // RecordSet
  std::shared_ptr<const ClosureNode> pred;  // Filter: {x \in sets[0] : pred(x)}
  // The enumeration, once made (published once; see EnumCache in value.cpp).
  mutable std::atomic<const std::vector<Value>*> published{nullptr};
  LazyNode() = default;
  LazyNode(const LazyNode&) = delete;
  LazyNode& operator=(const LazyNode&) = delete;
  ~LazyNode() { delete published.load(); }
};

/// An operator value: an opaque callable made by the evaluator (LAMBDA, operator arguments).
struct ClosureNode {
  virtual ~ClosureNode() = default;
  virtual int arity() const = 0;
  virtual Value call(const std::vector<Value>& args) const = 0;
  virtual std::string describe() const = 0;
};

struct ValueHash {
  size_t operator()(const Value& v) const { return static_cast<size_t>(v.hash()); }
};

}  // namespace vouch::refinement
