// Unit tests for value hashing: equal values hash alike whatever order they were built in, and
// the hash of a value under a SYMMETRY permutation, computed without building the permuted
// value, is the hash of the permuted value.

#include <catch2/catch.hpp>
#include <random>
#include <vector>

#include "vouch/refinement/value.hpp"

using vouch::refinement::Value;

namespace {

Value mv(const char* n) { return Value::modelValue(n); }

// A random value over model values m1..m3, small integers and strings, nested a few levels.
Value randomValue(std::mt19937& rng, int depth) {
  std::uniform_int_distribution<int> pick(0, depth > 0 ? 6 : 2);
  switch (pick(rng)) {
    case 0: return mv(rng() % 2 ? "m1" : rng() % 2 ? "m2" : "m3");
    case 1: return Value::integer(static_cast<int64_t>(rng() % 4));
    case 2: return Value::string(rng() % 2 ? "a" : "b");
    case 3:
    case 4: {
      std::vector<Value> elems;
      for (size_t i = rng() % 4; i > 0; --i) elems.push_back(randomValue(rng, depth - 1));
      return Value::set(std::move(elems));
    }
    case 5: {
      std::vector<Value> elems;
      for (size_t i = rng() % 4; i > 0; --i) elems.push_back(randomValue(rng, depth - 1));
      return Value::tuple(std::move(elems));
    }
    default: {
      std::vector<Value> d, r;
      for (size_t i = rng() % 4; i > 0; --i) {
        d.push_back(randomValue(rng, 0));
        r.push_back(randomValue(rng, depth - 1));
      }
      // Duplicate keys must map to equal values: keep the first of each.
      std::vector<Value> dd, rr;
      for (size_t i = 0; i < d.size(); ++i) {
        bool seen = false;
        for (const auto& k : dd) seen = seen || k == d[i];
        if (!seen) {
          dd.push_back(d[i]);
          rr.push_back(r[i]);
        }
      }
      return Value::function(std::move(dd), std::move(rr));
    }
  }
}

}  // namespace

TEST_CASE("equal sets and functions hash alike whatever the order they were built in") {
  Value a = Value::set({mv("m1"), Value::integer(2), Value::string("x")});
  Value b = Value::set({Value::string("x"), mv("m1"), Value::integer(2)});
  CHECK(a == b);
  CHECK(a.hash() == b.hash());
  Value f = Value::function({mv("m2"), mv("m1")}, {Value::integer(1), Value::integer(2)});
  Value g = Value::function({mv("m1"), mv("m2")}, {Value::integer(2), Value::integer(1)});
  CHECK(f == g);
  CHECK(f.hash() == g.hash());
  // Swapping the images makes a different function, with (almost surely) another hash.
  Value h = Value::function({mv("m1"), mv("m2")}, {Value::integer(1), Value::integer(2)});
  CHECK(f != h);
  CHECK(f.hash() != h.hash());
}

TEST_CASE("permutedHash equals the hash of the permuted value") {
  Value swap12 = Value::function({mv("m1"), mv("m2")}, {mv("m2"), mv("m1")});
  Value cycle = Value::function({mv("m1"), mv("m2"), mv("m3")}, {mv("m2"), mv("m3"), mv("m1")});
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    Value v = randomValue(rng, 3);
    for (const Value* p : {&swap12, &cycle}) {
      INFO(v.toString());
      CHECK(v.permutedHash(p) == v.permuted(*p).hash());
    }
    CHECK(v.permutedHash(nullptr) == v.hash());
    // All permutations in one walk: the same hashes.
    const Value perms[] = {swap12, cycle};
    uint64_t all[2] = {0, 0};
    v.permutedHashes(perms, 2, all);
    CHECK(all[0] == v.permutedHash(&swap12));
    CHECK(all[1] == v.permutedHash(&cycle));
  }
  // More permutations than one walk takes at a time (32): the same hashes too.
  std::vector<Value> many;
  for (int i = 0; i < 40; ++i) many.push_back(i % 2 == 0 ? swap12 : cycle);
  std::vector<uint64_t> out(many.size());
  for (int i = 0; i < 200; ++i) {
    Value v = randomValue(rng, 3);
    v.permutedHashes(many.data(), many.size(), out.data());
    for (size_t k = 0; k < many.size(); ++k) CHECK(out[k] == v.permuted(many[k]).hash());
  }
}

TEST_CASE("membership in a large set tested often agrees with equality") {
  // A set tested many times gets a hash index (value.cpp): its answers must be those of a
  // linear search by equality, for members and for non-members.
  std::mt19937 rng(11);
  auto notSet = [&](int depth) {
    for (;;) {
      Value v = randomValue(rng, depth);
      if (!v.isSetLike()) return v;
    }
  };
  for (int round = 0; round < 20; ++round) {
    std::vector<Value> elems;
    for (int i = 0; i < 40; ++i) elems.push_back(notSet(2));
    Value s = Value::set(elems);
    for (int i = 0; i < 300; ++i) {
      Value v = i % 2 == 0 ? elems[rng() % elems.size()] : notSet(2);
      bool expected = false;
      for (const Value& e : s.elements()) expected = expected || e == v;
      INFO(v.toString() << " in " << s.toString());
      CHECK(s.contains(v) == expected);
    }
  }
  // A member built another way: the function on 1..2 is the sequence <<1, 2>>.
  std::vector<Value> elems{Value::tuple({Value::integer(1), Value::integer(2)})};
  for (int i = 0; i < 40; ++i)
    elems.push_back(Value::tuple({Value::integer(i), Value::integer(0)}));
  Value s = Value::set(elems);
  Value asFunc = Value::function({Value::integer(2), Value::integer(1)},
                                 {Value::integer(2), Value::integer(1)});
  for (int i = 0; i < 20; ++i) CHECK(s.contains(asFunc));
}
