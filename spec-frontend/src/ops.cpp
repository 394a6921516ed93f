#include "ops.hpp"

#include <unordered_map>

namespace vouch::frontend {

namespace {

const std::unordered_map<std::string_view, std::string_view>& synonyms() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"\\land", "/\\"},      {"\u2227", "/\\"},     {"\\lor", "\\/"},        {"\u2228", "\\/"},
      {"\\lnot", "~"},        {"\\neg", "~"},        {"\u00AC", "~"},         {"#", "/="},
      {"\u2260", "/="},       {"=<", "<="},          {"\\leq", "<="},         {"\u2264", "<="},
      {"\\geq", ">="},        {"\u2265", ">="},      {"\\equiv", "<=>"},      {"\u2261", "<=>"},
      {"\u21D4", "<=>"},      {"\u21D2", "=>"},      {"\\intersect", "\\cap"}, {"\u2229", "\\cap"},
      {"\\union", "\\cup"},   {"\u222A", "\\cup"},   {"\\times", "\\X"},      {"\u00D7", "\\X"},
      {"\\circ", "\\o"},      {"\u2218", "\\o"},     {"\u2208", "\\in"},      {"\u2209", "\\notin"},
      {"\u2286", "\\subseteq"}, {"\u2282", "\\subset"}, {"\u2287", "\\supseteq"},
      {"\u2283", "\\supset"}, {"\u2200", "\\A"},     {"\u2203", "\\E"},       {"\\forall", "\\A"}, {"\\exists", "\\E"},       {"\u25A1", "[]"},
      {"\u25C7", "<>"},       {"\u219D", "~>"},      {"\u2295", "(+)"},       {"\\oplus", "(+)"},
      {"\u2296", "(-)"},      {"\\ominus", "(-)"},   {"\u2299", "(.)"},       {"\\odot", "(.)"},
      {"\u2298", "(/)"},      {"\\oslash", "(/)"},   {"\u2297", "(\\X)"},     {"\\otimes", "(\\X)"},
  };
  return m;
}

const std::unordered_map<std::string_view, OpInfo>& infixTable() {
  static const std::unordered_map<std::string_view, OpInfo> m = [] {
    std::unordered_map<std::string_view, OpInfo> t;
    auto add = [&t](std::string_view n, int lo, int hi, bool left) { t[n] = {n, lo, hi, left}; };
    add("=>", 1, 1, false);
    for (auto n : {"<=>", "~>", "-+->"}) add(n, 2, 2, false);
    add("/\\", 3, 3, true);
    add("\\/", 3, 3, true);
    for (auto n : {"=", "/=", "<", ">", "<=", ">=", "\\in", "\\notin", "\\subseteq", "\\subset",
                   "\\supseteq", "\\supset", "\\sqsubseteq", "\\sqsupseteq", "\\sqsubset",
                   "\\sqsupset", "\\prec", "\\preceq", "\\succ", "\\succeq", "\\ll", "\\gg",
                   "\\sim", "\\simeq", "\\approx", "\\asymp", "\\cong", "\\doteq", "\\propto",
                   "|-", "-|", "|=", "=|", ":=", "::="})
      add(n, 5, 5, false);
    add("@@", 6, 6, true);
    add(":>", 7, 7, false);
    add("<:", 7, 7, false);
    add("\\cup", 8, 8, true);
    add("\\cap", 8, 8, true);
    add("\\", 8, 8, false);
    add("..", 9, 9, false);
    add("...", 9, 9, false);
    // Left-associative as in SANY (TLC's test44: 1 $ 2 $ 3 is (1 $ 2) $ 3), except !!.
    for (auto n : {"$", "$$", "??", "!!", "##"}) add(n, 9, 13, n != std::string_view("!!"));
    add("\\sqcap", 9, 9, true);
    add("\\sqcup", 9, 9, true);
    add("\\uplus", 9, 9, true);
    add("\\wr", 9, 14, false);
    add("+", 10, 10, true);
    add("(+)", 10, 10, true);
    add("++", 10, 10, true);
    add("%", 10, 11, false);
    add("%%", 10, 11, true);
    add("|", 10, 11, true);
    add("||", 10, 11, true);
    add("\\X", 10, 13, true);
    add("-", 11, 11, true);
    add("(-)", 11, 11, true);
    add("--", 11, 11, true);
    for (auto n : {"*", "(.)", "\\o", "\\star", "&", "&&"}) add(n, 13, 13, true);
    for (auto n : {"/", "//", "\\div", "(/)"}) add(n, 13, 13, false);
    for (auto n : {"**", "(\\X)", "\\bigcirc", "\\bullet"}) add(n, 13, 13, true);
    add("\\cdot", 5, 14, true);
    add("^", 14, 14, false);
    add("^^", 14, 14, false);
    return t;
  }();
  return m;
}

const std::unordered_map<std::string_view, OpInfo>& prefixTable() {
  static const std::unordered_map<std::string_view, OpInfo> m = {
      {"~", {"~", 4, 4, false}},
      {"ENABLED", {"ENABLED", 4, 15, false}},
      {"UNCHANGED", {"UNCHANGED", 4, 15, false}},
      {"[]", {"[]", 4, 15, false}},
      {"<>", {"<>", 4, 15, false}},
      {"SUBSET", {"SUBSET", 8, 8, false}},
      {"UNION", {"UNION", 8, 8, false}},
      {"DOMAIN", {"DOMAIN", 9, 9, false}},
      {"-.", {"-.", 12, 12, false}},
  };
  return m;
}

}  // namespace

std::string canonicalOperator(std::string_view text) {
  auto it = synonyms().find(text);
  return std::string(it == synonyms().end() ? text : it->second);
}

std::optional<OpInfo> infixInfo(std::string_view canonical) {
  auto it = infixTable().find(canonical);
  if (it == infixTable().end()) return std::nullopt;
  return it->second;
}

std::optional<OpInfo> prefixInfo(std::string_view canonical) {
  auto it = prefixTable().find(canonical);
  if (it == prefixTable().end()) return std::nullopt;
  return it->second;
}

}  // namespace vouch::frontend
