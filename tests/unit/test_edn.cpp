// Unit tests for the EDN reader and printer (trace/edn).

#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/trace/history.hpp"

using namespace vouch::frontend;
using namespace vouch::trace;
using Kind = Edn::Kind;

namespace {

// The forms of a text (the file is kept alive for their ranges).
struct Read {
  SourceFilePtr file;
  std::vector<Edn> forms;
};

Read read(const std::string& text) {
  auto file = std::make_shared<SourceFile>("test.edn", text);
  return Read{file, readEdn(file)};
}

// The single form of a text.
Edn one(const std::string& text) {
  Read r = read(text);
  REQUIRE(r.forms.size() == 1);
  return r.forms[0];
}

struct Failure {
  SourceFilePtr file;
  Diagnostic diag;
};

Failure fail(const std::string& text) {
  auto file = std::make_shared<SourceFile>("test.edn", text);
  try {
    readEdn(file);
  } catch (const InputError& e) {
    return Failure{file, e.diagnostic()};
  }
  FAIL("expected an EDN error for:\n" << text);
  return {};
}

// Checks kind, position and that the message contains `part`.
void requireError(const std::string& text, uint32_t line, uint32_t col, const std::string& part) {
  Failure f = fail(text);
  INFO("input: " << text << "\n" << renderDiagnostic(f.diag));
  CHECK(f.diag.kind == ErrorKind::Trace);
  CHECK(f.diag.range.file == f.file.get());
  CHECK(f.diag.range.begin.line == line);
  CHECK(f.diag.range.begin.col == col);
  CHECK(f.diag.message.find(part) != std::string::npos);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Scalars

TEST_CASE("edn: nil, booleans", "[edn]") {
  CHECK(one("nil").kind == Kind::Nil);
  Edn t = one("true");
  CHECK(t.kind == Kind::Bool);
  CHECK(t.b);
  Edn f = one("false");
  CHECK(f.kind == Kind::Bool);
  CHECK_FALSE(f.b);
  // Only the exact words: these are symbols.
  CHECK(one("nil?").kind == Kind::Symbol);
  CHECK(one("truthy").kind == Kind::Symbol);
}

TEST_CASE("edn: integers, 64-bit, with an N suffix", "[edn]") {
  auto intOf = [](const std::string& text) {
    Edn e = one(text);
    REQUIRE(e.kind == Kind::Int);
    return e.i;
  };
  CHECK(intOf("0") == 0);
  CHECK(intOf("42") == 42);
  CHECK(intOf("-17") == -17);
  CHECK(intOf("+5") == 5);
  CHECK(intOf("-0") == 0);
  CHECK(intOf("9223372036854775807") == INT64_MAX);
  CHECK(intOf("-9223372036854775808") == INT64_MIN);
  CHECK(intOf("12N") == 12);
  CHECK(intOf("-9223372036854775808N") == INT64_MIN);
}

TEST_CASE("edn: floats, with an M suffix, and the symbolic values", "[edn]") {
  auto floatOf = [](const std::string& text) {
    Edn e = one(text);
    REQUIRE(e.kind == Kind::Float);
    return e.f;
  };
  CHECK(floatOf("1.5") == 1.5);
  CHECK(floatOf("-0.25") == -0.25);
  CHECK(floatOf("+2.0") == 2.0);
  CHECK(floatOf("1e3") == 1000.0);
  CHECK(floatOf("2.5E-2") == 0.025);
  CHECK(floatOf("1e+2") == 100.0);
  CHECK(floatOf("7.") == 7.0);
  CHECK(floatOf("3M") == 3.0);
  CHECK(floatOf("3.25M") == 3.25);
  CHECK(floatOf("1e-400") == 0.0);  // underflow reads as the nearest double
  CHECK(floatOf("##Inf") == INFINITY);
  CHECK(floatOf("##-Inf") == -INFINITY);
  CHECK(std::isnan(floatOf("##NaN")));
}

TEST_CASE("edn: strings and their escapes", "[edn]") {
  Edn s = one(R"("a\nb\tc\"q\"\\ \r\b\f")");
  REQUIRE(s.kind == Kind::String);
  CHECK(s.s == "a\nb\tc\"q\"\\ \r\b\f");
  CHECK(one(R"("\u00e9\u0041")").s ==
        "\xC3\xA9"
        "A");
  CHECK(one(R"("\uD83D\uDE00")").s == "\xF0\x9F\x98\x80");  // a surrogate pair: one code point
  CHECK(one("\"caf\xC3\xA9\"").s == "caf\xC3\xA9");         // raw UTF-8
  CHECK(one("\"two\nlines\"").s == "two\nlines");
  CHECK(one("\"\"").s.empty());
  CHECK(one(R"("x;y,z")").s == "x;y,z");  // no comment, no whitespace inside a string
}

TEST_CASE("edn: characters", "[edn]") {
  auto charOf = [](const std::string& text) {
    Edn e = one(text);
    REQUIRE(e.kind == Kind::Char);
    return e.s;
  };
  CHECK(charOf("\\a") == "a");
  CHECK(charOf("\\newline") == "\n");
  CHECK(charOf("\\space") == " ");
  CHECK(charOf("\\tab") == "\t");
  CHECK(charOf("\\return") == "\r");
  CHECK(charOf("\\u0041") == "A");
  CHECK(charOf("\\u") == "u");
  CHECK(charOf("\\(") == "(");
  CHECK(charOf("\\\\") == "\\");
  CHECK(charOf("\\,") == ",");  // a comma is whitespace, but not after a backslash
  CHECK(charOf("\\\xC3\xA9") == "\xC3\xA9");
  Edn v = one("[\\a\\b \\c]");  // a backslash ends the previous character
  REQUIRE(v.items.size() == 3);
  CHECK(v.items[1].s == "b");
}

TEST_CASE("edn: keywords and symbols", "[edn]") {
  Edn k = one(":a");
  CHECK(k.kind == Kind::Keyword);
  CHECK(k.s == "a");
  CHECK(one(":a/b").s == "a/b");
  CHECK(one(":jepsen.x/y").s == "jepsen.x/y");
  CHECK(one(":timed-out").s == "timed-out");
  CHECK(one(":1").s == "1");
  for (const char* sym : {"foo", "a/b", "-", "+", "...", "/", "a.b/c-d?", "<=>", "x'", "a#b"}) {
    Edn s = one(sym);
    INFO(sym);
    CHECK(s.kind == Kind::Symbol);
    CHECK(s.s == sym);
  }
}

// ---------------------------------------------------------------------------------------------
// Collections, tags, discards, comments

TEST_CASE("edn: vectors, lists, maps (commas are whitespace), sets", "[edn]") {
  Edn v = one("[1 :a \"s\" [2 3]]");
  REQUIRE(v.kind == Kind::Vector);
  REQUIRE(v.items.size() == 4);
  CHECK(v.items[0].i == 1);
  CHECK(v.items[1].s == "a");
  CHECK(v.items[3].kind == Kind::Vector);
  CHECK(v.items[3].items[1].i == 3);

  Edn l = one("(f x)");
  CHECK(l.kind == Kind::List);
  CHECK(l.items.size() == 2);

  Edn m = one("{:process 0, :type :invoke,, :f :read :value nil}");
  REQUIRE(m.kind == Kind::Map);
  CHECK(m.items.size() == 8);

  Edn s = one("#{1 2 3}");
  CHECK(s.kind == Kind::Set);
  CHECK(s.items.size() == 3);

  CHECK(one("[]").items.empty());
  CHECK(one("()").kind == Kind::List);
  CHECK(one("{}").kind == Kind::Map);
  CHECK(one("#{}").kind == Kind::Set);
  CHECK(one("{[1 2] #{3}}").items[0].kind == Kind::Vector);  // any form is a key
}

TEST_CASE("edn: tagged literals keep the tag on the value", "[edn]") {
  Edn inst = one("#inst \"2020-01-01T00:00:00Z\"");
  CHECK(inst.kind == Kind::String);
  CHECK(inst.tag == "inst");
  CHECK(inst.s == "2020-01-01T00:00:00Z");
  CHECK(inst.at.begin.col == 1);  // the value starts at its tag

  Edn op = one("#jepsen.history.Op{:index 0, :type :invoke}");
  CHECK(op.kind == Kind::Map);
  CHECK(op.tag == "jepsen.history.Op");
  REQUIRE(op.get("index") != nullptr);
  CHECK(op.get("index")->i == 0);

  Edn inVector = one("[#uuid \"abc\" 2]");
  CHECK(inVector.items[0].tag == "uuid");
  CHECK(inVector.items[1].tag.empty());
}

TEST_CASE("edn: #_ discards the next form, ; comments to the end of the line", "[edn]") {
  Read r = read("1 #_ 2 3 ; four\n;; five\n#_[6 7] 8");
  REQUIRE(r.forms.size() == 3);
  CHECK(r.forms[0].i == 1);
  CHECK(r.forms[1].i == 3);
  CHECK(r.forms[2].i == 8);

  Edn v = one("[1 #_ #_ 2 3 4 #_5]");
  REQUIRE(v.items.size() == 2);
  CHECK(v.items[1].i == 4);

  Edn m = one("{:a 1 #_:b #_2 :c 3}");
  CHECK(m.items.size() == 4);

  CHECK(read("").forms.empty());
  CHECK(read("  ; only a comment\n, ,").forms.empty());
  CHECK(read("#_ {:a 1}").forms.empty());
}

TEST_CASE("edn: positions are line:col of the first character, end past the last", "[edn]") {
  Read r = read("{:a 1}\n  [x \"\xC3\xA9\" y]\n");
  REQUIRE(r.forms.size() == 2);
  CHECK(r.forms[0].at.file == r.file.get());
  CHECK(r.forms[0].at.begin.line == 1);
  CHECK(r.forms[0].at.begin.col == 1);
  CHECK(r.forms[0].at.end.col == 7);
  const Edn& v = r.forms[1];
  CHECK(v.at.begin.line == 2);
  CHECK(v.at.begin.col == 3);
  REQUIRE(v.items.size() == 3);
  CHECK(v.items[1].at.begin.col == 6);
  CHECK(v.items[2].at.begin.col == 10);  // columns count code points, not bytes
  CHECK(v.at.end.col == 12);

  Edn multi = one("[1\n 2]");
  CHECK(multi.at.end.line == 2);
  CHECK(multi.items[1].at.begin.line == 2);
  CHECK(multi.items[1].at.begin.col == 2);
}

TEST_CASE("edn: a UTF-8 byte-order mark is skipped", "[edn]") {
  Edn e = one("\xEF\xBB\xBF:a");
  CHECK(e.s == "a");
}

TEST_CASE("edn: nesting up to 400 levels reads", "[edn]") {
  std::string deep = std::string(400, '[') + std::string(400, ']');
  Edn e = one(deep);
  int depth = 1;
  const Edn* cur = &e;
  while (!cur->items.empty()) {
    cur = &cur->items[0];
    ++depth;
  }
  CHECK(depth == 400);
}

// ---------------------------------------------------------------------------------------------
// get and toString

TEST_CASE("edn: get finds keyword and string keys of a map", "[edn]") {
  Edn m = one("{:a 1, \"b\" 2, c 3, :a 4}");
  REQUIRE(m.get("a") != nullptr);
  CHECK(m.get("a")->i == 1);  // the first of duplicates
  REQUIRE(m.get("b") != nullptr);
  CHECK(m.get("b")->i == 2);
  CHECK(m.get("c") == nullptr);  // a symbol key is not a field name
  CHECK(m.get("d") == nullptr);
  CHECK(one("[:a 1]").get("a") == nullptr);
}

TEST_CASE("edn: toString prints EDN", "[edn]") {
  CHECK(one("[3 0]").toString() == "[3 0]");
  CHECK(one(":timed-out").toString() == ":timed-out");
  CHECK(one("\"x\"").toString() == "\"x\"");
  CHECK(one("{:a 1 :b [nil true]}").toString() == "{:a 1, :b [nil true]}");
  CHECK(one("#{:x}").toString() == "#{:x}");
  CHECK(one("(a b/c)").toString() == "(a b/c)");
  CHECK(one("#inst \"2020\"").toString() == "#inst \"2020\"");
  CHECK(one("5.0").toString() == "5.0");
  CHECK(one("1.5M").toString() == "1.5");
  CHECK(one("1e100").toString() == "1e+100");
  CHECK(one("##-Inf").toString() == "##-Inf");
  CHECK(one("7N").toString() == "7");
  CHECK(one(R"("a\"b\\c\nd\u0001")").toString() == R"("a\"b\\c\nd\u0001")");
  CHECK(one("\\newline").toString() == "\\newline");
  CHECK(one("\\u0001").toString() == "\\u0001");
  CHECK(one("\\(").toString() == "\\(");
  CHECK(one("\\u002C").toString() == "\\,");
  CHECK(Edn{}.toString() == "nil");
}

TEST_CASE("edn: toString reads back as the same value", "[edn]") {
  const char* text =
      "[nil true -9223372036854775808 0.1 -0.0 ##NaN \"\\u0000\\t\xC3\xA9\" \\space \\\" :a/b "
      "sym #{1} (1 (2)) {:k #tag [x]} \\u0000]";
  Edn e = one(text);
  std::string printed = e.toString();
  Edn again = one(printed);
  CHECK(again.toString() == printed);
  CHECK(again.items[4].kind == Kind::Float);
  CHECK(std::signbit(again.items[4].f));
}

// ---------------------------------------------------------------------------------------------
// Errors: each at its line:col

TEST_CASE("edn: unterminated strings and collections point at their start", "[edn]") {
  requireError("[1 2]\n  \"abc", 2, 3, "unterminated string");
  requireError("\"abc\\", 1, 1, "unterminated string");
  requireError("{:a 1}\n[1 [2 3]", 2, 1, "unterminated vector: no ']'");
  requireError("  (1 2", 1, 3, "unterminated list: no ')'");
  requireError("x {:a", 1, 3, "unterminated map: no '}'");
  requireError("#{1", 1, 1, "unterminated set");
}

TEST_CASE("edn: unbalanced and mismatched closers", "[edn]") {
  requireError("[1 2]\n3)", 2, 2, "unmatched ')'");
  requireError("]", 1, 1, "unmatched ']'");
  requireError("{:a 1}}", 1, 7, "unmatched '}'");
  Failure f = fail("[1\n 2)");
  CHECK(f.diag.range.begin.line == 2);
  CHECK(f.diag.range.begin.col == 3);
  CHECK(f.diag.message == "mismatched ')': expected ']' to close the vector");
  REQUIRE(f.diag.notes.size() == 1);
  CHECK(f.diag.notes[0].range.begin.line == 1);
  CHECK(f.diag.notes[0].range.begin.col == 1);
  requireError("(1 2]", 1, 5, "expected ')' to close the list");
  requireError("#{1 2)", 1, 6, "expected '}' to close the set");
}

TEST_CASE("edn: a map with an odd number of forms", "[edn]") {
  requireError("{:a 1\n :b}", 2, 2, "map has an odd number of forms: key :b has no value");
  requireError("{:a}", 1, 2, "key :a has no value");
}

TEST_CASE("edn: bad tokens and numbers", "[edn]") {
  requireError("[1 @x]", 1, 4, "bad token '@x'");
  requireError("a ~b", 1, 3, "bad token '~b'");
  requireError(".5", 1, 1, "bad token '.5'");
  requireError("a//b", 1, 1, "bad token");
  requireError("x/", 1, 1, "bad token");
  requireError("\x01", 1, 1, "bad token");
  requireError("[\xEF\xBB\xBFO]", 1, 2, "bad token");  // U+FEFF is no name character
  requireError("::a", 1, 1, "bad keyword '::a'");
  requireError(":", 1, 1, "bad keyword ':'");
  requireError("[:a :/b]", 1, 5, "bad keyword");
  requireError("007", 1, 1, "bad number '007'");
  requireError("1.2.3", 1, 1, "bad number");
  requireError("12abc", 1, 1, "bad number '12abc'");
  requireError("1/2", 1, 1, "bad number");  // no ratios
  requireError("1e", 1, 1, "bad number");
  requireError("1.5N", 1, 1, "bad number");
  requireError("0x1F", 1, 1, "bad number");
}

TEST_CASE("edn: integers beyond 64 bits and floats out of range", "[edn]") {
  requireError("[1\n  9223372036854775808]", 2, 3, "out of the 64-bit range");
  requireError("-9223372036854775809", 1, 1, "out of the 64-bit range");
  requireError("123456789012345678901234567890N", 1, 1, "beyond 64 bits");
  requireError("x 1e999", 1, 3, "float 1e999 is out of range");
  requireError("-1.0e400M", 1, 1, "out of range");
}

TEST_CASE("edn: bad escapes and character literals", "[edn]") {
  requireError(R"("ab\qc")", 1, 4, "unknown escape '\\q'");
  requireError(R"("\u12")", 1, 2, "bad '\\u' escape");
  requireError(R"("\uD800x")", 1, 2, "unpaired surrogate");
  requireError(R"("\uDC00")", 1, 2, "unpaired surrogate");
  requireError("\\foo", 1, 1, "bad character literal '\\foo'");
  requireError("[\\uD800]", 1, 2, "bad character literal");
  requireError("[1 \\ 2]", 1, 4, "character literal");
  requireError("\\", 1, 1, "character literal");
}

TEST_CASE("edn: bad dispatch, tags and discards", "[edn]") {
  requireError("#", 1, 1, "'#' must start");
  requireError("[#1 2]", 1, 2, "'#' must start");
  requireError("#inst", 1, 1, "tag '#inst' has no value");
  requireError("[#inst]", 1, 2, "tag '#inst' has no value");
  requireError("#a #b 1", 1, 4, "a tagged value cannot be tagged again");
  requireError("#a.b/ 1", 1, 1, "bad tag");
  requireError("##Foo", 1, 1, "bad symbolic value '##Foo'");
  requireError("[1 #_]", 1, 4, "'#_' with no form to discard");
  requireError("#_", 1, 1, "'#_' with no form to discard");
}

TEST_CASE("edn: invalid UTF-8 is an error at its byte", "[edn]") {
  requireError("[1\n 2 \"a\xFF\"]", 2, 6, "invalid UTF-8");
  requireError("\xC0\xAF", 1, 1, "invalid UTF-8");         // overlong
  requireError(":a \xED\xA0\x80", 1, 4, "invalid UTF-8");  // a surrogate
}

TEST_CASE("edn: nesting deeper than 400 levels is an error, not a stack overflow", "[edn]") {
  requireError(std::string(401, '['), 1, 401, "nesting deeper than 400 levels");
  requireError(std::string(100000, '('), 1, 401, "nesting deeper than 400 levels");
  requireError("[" + std::string(500, '{'), 1, 401, "nesting deeper");
  std::string tags;
  for (int k = 0; k < 1000; ++k) tags += "#_";
  requireError(tags + "1", 1, 801, "nesting deeper");
  std::string sets;
  for (int k = 0; k < 1000; ++k) sets += "#{";
  requireError(sets, 1, 801, "nesting deeper");
}

TEST_CASE("edn: the rendered diagnostic has file:line:col and a caret", "[edn]") {
  Failure f = fail("[1 2]\n{:a 1 :b}");
  std::string text = renderDiagnostic(f.diag);
  CHECK(text.find("test.edn:2:7: error: map has an odd number of forms") == 0);
  CHECK(text.find("[trace]") != std::string::npos);
  CHECK(text.find("{:a 1 :b}\n      ^~") != std::string::npos);
}
