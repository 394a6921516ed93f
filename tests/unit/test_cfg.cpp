// Unit tests for the TLC model-configuration parser (spec-frontend/cfg).

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "vouch/spec-frontend/cfg.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

#ifndef VOUCH_SOURCE_DIR
#define VOUCH_SOURCE_DIR "."
#endif

using namespace vouch::frontend;

namespace {

SourceFilePtr source(const std::string& text) {
  return std::make_shared<SourceFile>("test.cfg", text);
}

Config parse(const std::string& text) {
  return parseConfig(source(text));
}

std::vector<std::string> names(const std::vector<CfgName>& ns) {
  std::vector<std::string> out;
  for (const auto& n : ns) out.push_back(n.name);
  return out;
}

// The diagnostic of a text that must fail to parse (the file is kept alive for its ranges).
struct Failure {
  SourceFilePtr file;
  Diagnostic diag;
  uint32_t line() const { return diag.range.begin.line; }
  uint32_t col() const { return diag.range.begin.col; }
  const std::string& message() const { return diag.message; }
};

Failure fail(const std::string& text) {
  auto file = source(text);
  try {
    parseConfig(file);
  } catch (const InputError& e) {
    return Failure{file, e.diagnostic()};
  }
  FAIL("expected a config error for:\n" << text);
  return {};
}

// Checks kind, position and that the message contains `part`.
void requireError(const std::string& text, uint32_t line, uint32_t col, const std::string& part) {
  Failure f = fail(text);
  INFO(renderDiagnostic(f.diag));
  CHECK(f.diag.kind == ErrorKind::Config);
  CHECK(f.line() == line);
  CHECK(f.col() == col);
  CHECK(f.message().find(part) != std::string::npos);
}

const CfgValue& valueOf(const Config& c, const std::string& name) {
  auto found = c.constantsNamed(name);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0]->kind == CfgConstant::Kind::Assign);
  return found[0]->value;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Keywords

TEST_CASE("cfg: an empty file or one with only comments is an empty config", "[cfg]") {
  for (const char* text : {"", "   \n\n", "\\* nothing\n", "(* a (* nested *) comment *)"}) {
    Config c = parse(text);
    CHECK(!c.specification);
    CHECK(!c.init);
    CHECK(c.constants.empty());
    CHECK(c.invariants.empty());
    CHECK(!c.checkDeadlock);
    REQUIRE(c.file);
    CHECK(c.file->path() == "test.cfg");
  }
}

TEST_CASE("cfg: SPECIFICATION keeps the name and its range", "[cfg]") {
  Config c = parse("\\* header\nSPECIFICATION   Spec\n");
  REQUIRE(c.specification);
  CHECK(c.specification->name == "Spec");
  CHECK(c.specification->range.begin.line == 2);
  CHECK(c.specification->range.begin.col == 17);
  CHECK(c.specification->range.end.col == 21);
  CHECK(c.specification->range.file == c.file.get());
}

TEST_CASE("cfg: INIT and NEXT", "[cfg]") {
  Config c = parse("INIT Init\nNEXT\n  Next\n");
  REQUIRE(c.init);
  REQUIRE(c.next);
  CHECK(c.init->name == "Init");
  CHECK(c.next->name == "Next");
  CHECK(c.next->range.begin.line == 3);
  CHECK(c.next->range.begin.col == 3);
}

TEST_CASE("cfg: VIEW, SYMMETRY and ALIAS", "[cfg]") {
  Config c = parse("VIEW v SYMMETRY Perms ALIAS Al");
  REQUIRE(c.view);
  REQUIRE(c.symmetry);
  REQUIRE(c.alias);
  CHECK(c.view->name == "v");
  CHECK(c.symmetry->name == "Perms");
  CHECK(c.alias->name == "Al");
}

TEST_CASE("cfg: CHECK_DEADLOCK takes TRUE or FALSE", "[cfg]") {
  SECTION("FALSE") {
    Config c = parse("CHECK_DEADLOCK FALSE");
    REQUIRE(c.checkDeadlock);
    CHECK(!c.checkDeadlock->value);
    CHECK(c.checkDeadlock->range.begin.col == 16);
  }
  SECTION("TRUE") {
    Config c = parse("CHECK_DEADLOCK\nTRUE");
    REQUIRE(c.checkDeadlock);
    CHECK(c.checkDeadlock->value);
  }
  SECTION("anything else") {
    requireError("CHECK_DEADLOCK yes", 1, 16, "expected TRUE or FALSE after CHECK_DEADLOCK");
    requireError("CHECK_DEADLOCK", 1, 15, "found end of file");
  }
}

TEST_CASE("cfg: INVARIANT and INVARIANTS accumulate over sections", "[cfg]") {
  Config c = parse("INVARIANT TypeOK\nINIT Init\nINVARIANTS Safe\n  Live\nINVARIANT More");
  CHECK(names(c.invariants) == std::vector<std::string>{"TypeOK", "Safe", "Live", "More"});
  CHECK(c.invariants[2].range.begin.line == 4);
  CHECK(c.invariants[2].range.begin.col == 3);
}

TEST_CASE("cfg: PROPERTY and PROPERTIES", "[cfg]") {
  Config c = parse("PROPERTY Liveness PROPERTIES A B\nPROPERTY C");
  CHECK(names(c.properties) == std::vector<std::string>{"Liveness", "A", "B", "C"});
}

TEST_CASE("cfg: CONSTRAINT(S), ACTION_CONSTRAINT(S), POSTCONDITION(S)", "[cfg]") {
  Config c = parse(
      "CONSTRAINT Bound CONSTRAINTS B2\n"
      "ACTION_CONSTRAINT AC1 ACTION_CONSTRAINTS AC2 AC3\n"
      "POSTCONDITION Post POSTCONDITIONS P2\n");
  CHECK(names(c.constraints) == std::vector<std::string>{"Bound", "B2"});
  CHECK(names(c.actionConstraints) == std::vector<std::string>{"AC1", "AC2", "AC3"});
  CHECK(names(c.postconditions) == std::vector<std::string>{"Post", "P2"});
}

TEST_CASE("cfg: a list section may be empty, as in TLC", "[cfg]") {
  Config c = parse("INVARIANT\n\\* TypeOK\nPROPERTIES\nCONSTANTS\nINIT Init\nCONSTRAINT");
  CHECK(c.invariants.empty());
  CHECK(c.properties.empty());
  CHECK(c.constraints.empty());
  REQUIRE(c.init);
}

TEST_CASE("cfg: a typical TLC model", "[cfg]") {
  Config c = parse(
      "\\* MV CONSTANT declarations\n"
      "CONSTANTS\n"
      "    a = a\n"
      "    b = b\n"
      "\\* MV CONSTANT definitions\n"
      "CONSTANT\n"
      "    Procs <- const_1\n"
      "SPECIFICATION\n"
      "    Spec\n"
      "INVARIANT\n"
      "    TypeOK\n"
      "    Mutex\n"
      "PROPERTY\n"
      "    Starvation\n"
      "CHECK_DEADLOCK FALSE\n");
  CHECK(c.constants.size() == 3);
  CHECK(valueOf(c, "a").kind == CfgValue::Kind::ModelValue);
  CHECK(c.constants[2].kind == CfgConstant::Kind::Substitute);
  CHECK(c.constants[2].target.name == "const_1");
  CHECK(names(c.invariants) == std::vector<std::string>{"TypeOK", "Mutex"});
  CHECK(c.checkDeadlock->value == false);
}

// ---------------------------------------------------------------------------------------------
// Constant values

TEST_CASE("cfg: integer values keep their text, including huge and negative ones", "[cfg]") {
  Config c = parse("CONSTANTS N = 3 Big = 123456789012345678901234567890 Neg = -42 Z = 007");
  CHECK(valueOf(c, "N").kind == CfgValue::Kind::Int);
  CHECK(valueOf(c, "N").text == "3");
  CHECK(valueOf(c, "Big").text == "123456789012345678901234567890");
  CHECK(valueOf(c, "Neg").text == "-42");
  CHECK(valueOf(c, "Neg").range.begin.col == 60);
  CHECK(valueOf(c, "Neg").range.end.col == 63);
  CHECK(valueOf(c, "Z").text == "007");
}

TEST_CASE("cfg: string values decode TLA+ escapes", "[cfg]") {
  Config c =
      parse(R"cfg(CONSTANT S = "hello" E = "" Q = "a\"b\\c\td" C = "(* not a comment *)")cfg");
  CHECK(valueOf(c, "S").kind == CfgValue::Kind::String);
  CHECK(valueOf(c, "S").text == "hello");
  CHECK(valueOf(c, "E").text.empty());
  CHECK(valueOf(c, "Q").text == "a\"b\\c\td");
  CHECK(valueOf(c, "Q").toString() == R"("a\"b\\c\td")");
  CHECK(valueOf(c, "C").text == "(* not a comment *)");
}

TEST_CASE("cfg: TRUE and FALSE are booleans, other names are model values", "[cfg]") {
  Config c = parse("CONSTANTS T = TRUE F = FALSE M = m1 U = _under_1");
  CHECK(valueOf(c, "T").kind == CfgValue::Kind::Bool);
  CHECK(valueOf(c, "T").boolValue);
  CHECK(valueOf(c, "F").kind == CfgValue::Kind::Bool);
  CHECK(!valueOf(c, "F").boolValue);
  CHECK(valueOf(c, "M").kind == CfgValue::Kind::ModelValue);
  CHECK(valueOf(c, "M").text == "m1");
  CHECK(valueOf(c, "U").text == "_under_1");
}

TEST_CASE("cfg: sets, nested sets and the empty set", "[cfg]") {
  Config c = parse("CONSTANTS Procs = {p1, p2, p3}\nE = {}\nN = {{1, 2}, {}, {\"x\"}}");
  const CfgValue& procs = valueOf(c, "Procs");
  CHECK(procs.kind == CfgValue::Kind::Set);
  REQUIRE(procs.elements.size() == 3);
  CHECK(procs.elements[1].text == "p2");
  CHECK(procs.range.begin.col == 19);
  CHECK(procs.range.end.col == 31);
  CHECK(valueOf(c, "E").kind == CfgValue::Kind::Set);
  CHECK(valueOf(c, "E").elements.empty());
  const CfgValue& nested = valueOf(c, "N");
  REQUIRE(nested.elements.size() == 3);
  CHECK(nested.elements[0].kind == CfgValue::Kind::Set);
  CHECK(nested.toString() == "{{1, 2}, {}, {\"x\"}}");
}

TEST_CASE("cfg: tuples, empty tuples, and tuples in sets", "[cfg]") {
  Config c = parse("CONSTANTS T = <<1, a, \"s\">> E = <<>> S = {<<1, 2>>, <<<<3>>>>}");
  CHECK(valueOf(c, "T").kind == CfgValue::Kind::Tuple);
  CHECK(valueOf(c, "T").elements.size() == 3);
  CHECK(valueOf(c, "E").kind == CfgValue::Kind::Tuple);
  CHECK(valueOf(c, "E").elements.empty());
  CHECK(valueOf(c, "S").toString() == "{<<1, 2>>, <<<<3>>>>}");
}

TEST_CASE("cfg: toString renders every value form", "[cfg]") {
  Config c = parse(R"(CONSTANT V = {-1, "a\nb", TRUE, mv, <<>>, {}})");
  CHECK(valueOf(c, "V").toString() == R"({-1, "a\nb", TRUE, mv, <<>>, {}})");
}

TEST_CASE("cfg: substitution by a definition", "[cfg]") {
  Config c = parse("CONSTANT\n  Nat <- MyNat\n  \\prec <- Less");
  REQUIRE(c.constants.size() == 2);
  const CfgConstant& s = c.constants[0];
  CHECK(s.kind == CfgConstant::Kind::Substitute);
  CHECK(s.name.name == "Nat");
  CHECK(s.target.name == "MyNat");
  CHECK(!s.module);
  CHECK(s.target.range.begin.col == 10);
  CHECK(s.range.begin.line == 2);
  CHECK(s.range.begin.col == 3);
  CHECK(s.range.end.col == 15);
  // TLC lets a backslash operator be replaced too.
  CHECK(c.constants[1].name.name == "\\prec");
  CHECK(c.constants[1].target.name == "Less");
}

TEST_CASE("cfg: operator symbols around <-, by their canonical names", "[cfg]") {
  Config c = parse("CONSTANT Plus <- +  ++ <- PlusPlus  Leq <- =<  \\o <- \\circ  Imp <- =>");
  REQUIRE(c.constants.size() == 5);
  CHECK(c.constants[0].name.name == "Plus");
  CHECK(c.constants[0].target.name == "+");
  CHECK(c.constants[0].target.range.begin.col == 18);
  CHECK(c.constants[1].name.name == "++");
  CHECK(c.constants[1].target.name == "PlusPlus");
  CHECK(c.constants[2].target.name == "<=");  // =<, <= and \leq are one operator
  CHECK(c.constants[3].name.name == "\\o");
  CHECK(c.constants[3].target.name == "\\o");  // \circ is \o
  CHECK(c.constants[4].target.name == "=>");
  Config lt = parse("CONSTANT Lt <- <  Gt <- >");
  REQUIRE(lt.constants.size() == 2);
  CHECK(lt.constants[0].target.name == "<");
  CHECK(lt.constants[1].target.name == ">");
  // Not after `<-`, `=` and `(` keep their meaning: `=<<1>>` is a tuple value.
  Config v = parse("CONSTANT T =<<1>>");
  REQUIRE(v.constants.size() == 1);
  CHECK(v.constants[0].value.toString() == "<<1>>");
}

TEST_CASE("cfg: module-qualified substitution and assignment", "[cfg]") {
  Config c = parse("CONSTANTS Op <-[Helper] MyOp\n Max =[Helper] 10\n Max = 3");
  REQUIRE(c.constants.size() == 3);
  CHECK(c.constants[0].kind == CfgConstant::Kind::Substitute);
  REQUIRE(c.constants[0].module);
  CHECK(c.constants[0].module->name == "Helper");
  CHECK(c.constants[0].module->range.begin.col == 17);
  CHECK(c.constants[0].target.name == "MyOp");
  CHECK(c.constants[1].kind == CfgConstant::Kind::Assign);
  REQUIRE(c.constants[1].module);
  CHECK(c.constants[1].value.text == "10");
  // The module-specific Max does not clash with the main module's, nor show up in constantsNamed.
  CHECK(c.constantsNamed("Max").size() == 1);
  CHECK(c.constantsNamed("Max")[0]->value.text == "3");
}

TEST_CASE("cfg: operator constants given pointwise", "[cfg]") {
  Config c = parse("CONSTANTS F(1, a) = 10 F(2, b) = {x} G(\"s\") = TRUE");
  auto fs = c.constantsNamed("F");
  REQUIRE(fs.size() == 2);
  REQUIRE(fs[0]->args.size() == 2);
  CHECK(fs[0]->args[0].text == "1");
  CHECK(fs[0]->args[1].kind == CfgValue::Kind::ModelValue);
  CHECK(fs[1]->value.toString() == "{x}");
  CHECK(c.constantsNamed("G")[0]->args[0].kind == CfgValue::Kind::String);
}

TEST_CASE("cfg: instance-qualified constant names", "[cfg]") {
  Config c = parse("CONSTANTS Inst!N = 3 A ! B ! C <- D");
  REQUIRE(c.constants.size() == 2);
  CHECK(c.constants[0].name.name == "Inst!N");
  CHECK(c.constants[0].name.range.begin.col == 11);
  CHECK(c.constants[0].name.range.end.col == 17);
  CHECK(c.constants[1].name.name == "A!B!C");
}

TEST_CASE("cfg: free-form layout, as TLC reads tokens not lines", "[cfg]") {
  Config c = parse("CONSTANTS N = 3 M = {a, b} INIT Init NEXT Next INVARIANT Inv");
  CHECK(c.constants.size() == 2);
  CHECK(valueOf(c, "M").elements.size() == 2);
  CHECK(c.init->name == "Init");
  CHECK(names(c.invariants) == std::vector<std::string>{"Inv"});

  Config d = parse("CONSTANTS\nN\n=\n3\nM = {\n  a,\n  b\n}\n");
  CHECK(valueOf(d, "N").text == "3");
  CHECK(valueOf(d, "M").range.begin.line == 5);
  CHECK(valueOf(d, "M").range.end.line == 8);
}

TEST_CASE("cfg: CONSTANT sections may repeat and keep their order", "[cfg]") {
  Config c = parse("CONSTANT A = 1\nINIT I\nCONSTANTS B = 2 C = 3\nCONSTANT D <- E");
  REQUIRE(c.constants.size() == 4);
  CHECK(c.constants[0].name.name == "A");
  CHECK(c.constants[1].name.name == "B");
  CHECK(c.constants[3].name.name == "D");
}

// ---------------------------------------------------------------------------------------------
// Comments and positions

TEST_CASE("cfg: comments are skipped anywhere between tokens", "[cfg]") {
  Config c = parse(
      "(* header (* nested *) still comment *)\n"
      "CONSTANTS \\* trailing comment INIT Bogus\n"
      "  N (* in between *) = (* here too *) {1, (* in a set *) 2}\n"
      "INVARIANT A \\* B\n"
      "  (*\n C\n *) D\n");
  CHECK(!c.init);
  CHECK(valueOf(c, "N").elements.size() == 2);
  CHECK(names(c.invariants) == std::vector<std::string>{"A", "D"});
}

TEST_CASE("cfg: columns count code points and CRLF line ends are handled", "[cfg]") {
  Config c = parse("(* héllo *) INIT Init\r\nNEXT Next\r\n");
  CHECK(c.init->range.begin.col == 18);
  CHECK(c.next->range.begin.line == 2);
  CHECK(c.next->range.begin.col == 6);
  requireError("(* ü *) INIT ?", 1, 14, "unexpected character '?'");
  // A UTF-8 byte-order mark at the start is not part of the config.
  Config bom = parse("\xEF\xBB\xBFINIT Init");
  CHECK(bom.init->name == "Init");
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST_CASE("cfg: unknown keywords", "[cfg][errors]") {
  requireError("INIT Init\nFOO Bar", 2, 1, "unknown keyword 'FOO'");
  requireError("Invariant TypeOK", 1, 1, "did you mean INVARIANT?");
  requireError("  N = 3", 1, 3, "must be given in a CONSTANT or CONSTANTS section");
  requireError("SPEC Spec", 1, 1, "unknown keyword 'SPEC'");
  requireError("{a}", 1, 1, "expected a keyword such as SPECIFICATION or CONSTANTS, found '{'");
}

TEST_CASE("cfg: a single-valued keyword needs a name", "[cfg][errors]") {
  requireError("INIT", 1, 5, "expected a name after INIT, found end of file");
  requireError("INIT Init\nNEXT \\* Next\n", 2, 5, "expected a name after NEXT, found end of file");
  requireError("SPECIFICATION\nINVARIANT Inv", 2, 1, "found keyword INVARIANT");
  requireError("VIEW 3", 1, 6, "expected a name after VIEW, found number 3");
  requireError("ALIAS \"x\"", 1, 7, "found a string");
}

TEST_CASE("cfg: a single-valued keyword may not repeat", "[cfg][errors]") {
  Failure f = fail("INIT Init\nNEXT Next\nINIT Init2\n");
  CHECK(f.line() == 3);
  CHECK(f.col() == 1);
  CHECK(f.message() == "INIT is given twice (TLC allows it once)");
  REQUIRE(f.diag.notes.size() == 1);
  CHECK(f.diag.notes[0].range.begin.line == 1);
  CHECK(f.diag.notes[0].range.begin.col == 6);
  requireError("CHECK_DEADLOCK TRUE CHECK_DEADLOCK TRUE", 1, 21, "CHECK_DEADLOCK is given twice");
  requireError("SYMMETRY S SYMMETRY S", 1, 12, "SYMMETRY is given twice");
}

TEST_CASE("cfg: list entries must be names", "[cfg][errors]") {
  requireError("INVARIANT 3", 1, 11, "expected a name after INVARIANT");
  requireError("PROPERTIES A B\n  {", 2, 3, "expected a name after PROPERTIES");
  requireError("INVARIANTS A, B", 1, 13, "separated by spaces, not commas");
}

TEST_CASE("cfg: malformed constant entries", "[cfg][errors]") {
  requireError("CONSTANTS N 3", 1, 13,
               "expected '=' or '<-' after constant name 'N', found number 3");
  requireError("CONSTANTS N", 1, 12, "expected '=' or '<-' after constant name 'N', found end");
  requireError("CONSTANTS N == 3", 1, 13, "a config assigns with '=', not '=='");
  requireError("CONSTANTS N = 1, M = 2", 1, 16, "not commas");
  requireError("CONSTANTS N =", 1, 14, "expected a value for 'N', found end of file");
  requireError("CONSTANTS N =\nINIT Init", 2, 1, "expected a value for 'N', found keyword INIT");
  requireError("CONSTANTS 3 = N", 1, 11, "expected a constant name after CONSTANTS");
  requireError("CONSTANTS N <- 3", 1, 16, "expected the name of a definition to substitute");
  requireError("CONSTANTS N <- INIT", 1, 16, "found keyword INIT");
  requireError("CONSTANTS A! = 3", 1, 14, "expected a name after '!' in 'A!'");
}

TEST_CASE("cfg: malformed module qualifiers and operator arguments", "[cfg][errors]") {
  requireError("CONSTANTS N <-[M Def", 1, 18, "expected ']' after module name 'M'");
  requireError("CONSTANTS N <-[] Def", 1, 16, "expected a module name after '<-['");
  requireError("CONSTANTS N =[M 3", 1, 17, "expected ']' after module name 'M'");
  requireError("CONSTANTS F(1 2) = 3", 1, 15, "expected ',' or ')' in the arguments of 'F'");
  requireError("CONSTANTS F() = 3", 1, 13, "expected an argument value of 'F'");
  requireError("CONSTANTS F(1) <- G", 1, 16, "expected '=' after 'F(...)'");
}

TEST_CASE("cfg: malformed values", "[cfg][errors]") {
  requireError("CONSTANTS S = {a, b", 1, 20, "expected ',' or '}' in a set, found end of file");
  requireError("CONSTANTS S = {a b}", 1, 18, "expected ',' or '}' in a set, found 'b'");
  requireError("CONSTANTS S = {a,}", 1, 18, "expected a set element, found '}'");
  Failure f = fail("CONSTANTS S = {a,,b}");
  CHECK(f.col() == 18);
  CHECK(f.message() == "expected a set element, found ','");
  requireError("CONSTANTS T = <<1, 2}", 1, 21, "expected ',' or '>>' in a tuple");
  // TLC reads `=[` as a module qualifier, so a record is not a value in a cfg.
  requireError("CONSTANTS R = [a |-> 1]", 1, 18, "expected ']' after module name 'a'");
  requireError("CONSTANTS R = [a]", 1, 18, "expected a value for 'R', found end of file");
  requireError("CONSTANTS X = 1.5", 1, 15, "only integers");
  requireError("CONSTANTS X = 1_000", 1, 15, "'1_000' is neither a name nor a number");
  requireError("CONSTANTS X = -a", 1, 15, "expected a value for 'X', found '-'");
  requireError("CONSTANTS X = \\o17", 1, 15, "expected a value for 'X', found '\\o'");
  requireError("CONSTANTS X = " + std::string(300, '{'), 1, 216, "value nested too deeply");
}

TEST_CASE("cfg: lexical errors", "[cfg][errors]") {
  requireError("CONSTANTS S = \"abc", 1, 15, "unterminated string");
  requireError("CONSTANTS S = \"abc\ndef\"", 1, 15, "unterminated string");
  requireError("CONSTANTS S = \"a\\qb\"", 1, 17, "invalid escape sequence");
  // `\*` starts a comment only outside strings, and is not a string escape.
  requireError("CONSTANTS S = \"a \\* b\"", 1, 18, "invalid escape sequence");
  requireError("INIT Init\n(* open (* nested *)\n", 2, 1, "unterminated comment");
  requireError("INIT Init (* a (* b *)", 1, 11, "unterminated comment");
  requireError("INIT Init\nNEXT Next;", 2, 10, "unexpected character ';'");
  requireError("INIT Init →", 1, 11, "unexpected character '→'");
}

TEST_CASE("cfg: a constant given twice: the last entry wins, with a warning", "[cfg]") {
  // As TLC (its test27 gives InitData twice; the Toolbox writes one definition override per
  // instance of a module).
  Config c = parse("CONSTANTS N = 3\nINIT I\nCONSTANT N = 4");
  REQUIRE(c.constants.size() == 1);
  CHECK(c.constants[0].value.text == "4");
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0].find(":3:10: warning: constant 'N' is given twice; the last entry wins") !=
        std::string::npos);
  Config s = parse("CONSTANTS N <-[M] A N <-[M] B");
  REQUIRE(s.constants.size() == 1);
  CHECK(s.constants[0].target.name == "B");
  CHECK(s.warnings.size() == 1);
  Config k = parse("CONSTANTS N = 3 N <- Def");
  REQUIRE(k.constants.size() == 1);
  CHECK(k.constants[0].kind == CfgConstant::Kind::Substitute);
  CHECK(parse("CONSTANTS N = 3 M = 4").warnings.empty());

  requireError("CONSTANTS F(1) = 1 F(1) = 2", 1, 20, "given twice for the same arguments");
  requireError("CONSTANTS F(1) = 1 F(1, 2) = 2", 1, 20, "1 before");
  requireError("CONSTANTS F(1) = 1 F = 2", 1, 20, "constant 'F' is given twice");
}

TEST_CASE("cfg: rendered diagnostic points at the token", "[cfg][errors]") {
  Failure f = fail("INIT Init\nINVARIANT TypeOK 42\n");
  std::string text = renderDiagnostic(f.diag);
  CHECK(text ==
        "test.cfg:2:18: error: expected a name after INVARIANT (or the next keyword), found number "
        "42 [config]\n"
        "INVARIANT TypeOK 42\n"
        "                 ^~\n");
}

// ---------------------------------------------------------------------------------------------
// Negative corpus: tests/cases/cfg-errors/*.cfg, each starting `\* ERROR: config <line>:<col>`,
// optionally followed by `\* MESSAGE: <text>` naming a part of the message (so a case cannot pass
// by failing for another reason at the same spot).

TEST_CASE("cfg: negative corpus in tests/cases/cfg-errors", "[cfg][errors][corpus]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(VOUCH_SOURCE_DIR) / "tests" / "cases" / "cfg-errors";
  REQUIRE(fs::is_directory(dir));
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".cfg") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 8);

  const std::regex header(R"(^\\\* ERROR: (\w+) (\d+):(\d+))");
  for (const auto& path : cases) {
    SourceFilePtr file = readSourceFile(path.string());
    std::string first(file->lineText(1));
    std::smatch m;
    INFO(path.string());
    REQUIRE(std::regex_search(first, m, header));
    REQUIRE(m[1] == "config");
    std::string second(file->lineText(2));
    const std::string messageTag = "\\* MESSAGE: ";
    std::string expectedPart =
        second.rfind(messageTag, 0) == 0 ? second.substr(messageTag.size()) : std::string();
    bool threw = false;
    try {
      parseConfig(file);
    } catch (const InputError& e) {
      threw = true;
      INFO(renderDiagnostic(e.diagnostic()));
      CHECK(e.diagnostic().kind == ErrorKind::Config);
      CHECK(e.diagnostic().range.begin.line == std::stoul(m[2]));
      CHECK(e.diagnostic().range.begin.col == std::stoul(m[3]));
      CHECK(e.diagnostic().message.find(expectedPart) != std::string::npos);
    }
    CHECK(threw);
  }
}
