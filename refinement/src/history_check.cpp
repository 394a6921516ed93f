// `vouch history`: binding a mapping to a spec (through a generated wrapper module), turning
// operations into search operations, and running the search per partition.

#include <algorithm>
#include <atomic>
#include <cctype>
#include <deque>
#include <exception>
#include <filesystem>
#include <set>
#include <sstream>
#include <unordered_map>

#include "history_search.hpp"
#include "vouch/refinement/history.hpp"
#include "vouch/refinement/parallel.hpp"
#include "vouch/spec-frontend/cfg.hpp"

namespace vouch::refinement {

using frontend::Diagnostic;
using frontend::ErrorKind;
using frontend::ExprKind;
using frontend::InputError;
using frontend::InputErrors;
using frontend::RefKind;
using frontend::SourceRange;
using trace::Edn;
using trace::EventType;

namespace {

constexpr const char* kWrapperModule = "VouchHistoryOps";

struct VecHash {
  size_t operator()(const std::vector<Value>& v) const {
    uint64_t h = 0x84222325CBF29CE4ULL;
    for (const Value& x : v) h = (h ^ x.hash()) * 0x100000001B3ULL;
    return static_cast<size_t>(h);
  }
};

bool isIdentifier(const std::string& s) {
  if (s.empty()) return false;
  bool letter = false;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      letter = true;
    } else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '_') {
      return false;
    }
  }
  return letter;
}

// Whether identifier `name` occurs as a token in `text` (outside string literals).
bool mentions(const std::string& text, const std::string& name) {
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
      continue;
    }
    auto word = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; };
    if (text.compare(i, name.size(), name) == 0 && (i == 0 || !word(text[i - 1])) &&
        (i + name.size() >= text.size() || !word(text[i + name.size()]))) {
      return true;
    }
  }
  return false;
}

std::string lineOf(const SourceRange& r) {
  return std::to_string(r.begin.line);
}

// The variables an UNCHANGED argument names (through tuples and parameterless definitions).
void unchangedVariables(const Expr& e, std::set<const Decl*>& out, int depth) {
  if (depth > 64) return;
  if (e.kind == ExprKind::Tuple) {
    for (const auto& a : e.args) unchangedVariables(*a, out, depth + 1);
  } else if (e.kind == ExprKind::OpApp && e.args.empty() && e.ref.kind == RefKind::Variable) {
    out.insert(e.ref.decl);
  } else if (e.kind == ExprKind::OpApp && e.args.empty() && e.ref.kind == RefKind::Definition &&
             e.ref.def->params.empty() && e.ref.def->body && !e.ref.def->isFunction) {
    unchangedVariables(*e.ref.def->body, out, depth + 1);
  }
}

// Whether the action `e` implies UNCHANGED of every variable (syntactically; false when not
// sure): a conjunction with such an UNCHANGED, a disjunction, IF or CASE of such actions, ∃,
// LET, or a definition whose body is one.
bool stutters(const Expr& e, const Model& model, int depth) {
  if (depth > 64) return false;
  auto all = [&](size_t from, size_t step) {
    for (size_t i = from; i < e.args.size(); i += step) {
      if (!stutters(*e.args[i], model, depth + 1)) return false;
    }
    return true;
  };
  auto any = [&] {
    for (const auto& a : e.args) {
      if (stutters(*a, model, depth + 1)) return true;
    }
    return false;
  };
  switch (e.kind) {
    case ExprKind::Junction:
      return e.text == "and" ? any() : all(0, 1);
    case ExprKind::If:
      return e.args.size() == 3 && stutters(*e.args[1], model, depth + 1) &&
             stutters(*e.args[2], model, depth + 1);
    case ExprKind::Case:  // p1, e1, p2, e2, ... [, OTHER's value]
      return all(1, 2) && (!e.hasOther || stutters(*e.args.back(), model, depth + 1));
    case ExprKind::Let:
    case ExprKind::Quant:
      return e.text != "\\A" && !e.args.empty() && stutters(*e.args[0], model, depth + 1);
    case ExprKind::OpApp:
      if (e.ref.kind == RefKind::BuiltIn) {
        if (e.name == "/\\") return any();
        if (e.name == "\\/") return all(0, 1);
        if (e.name == "FALSE") return true;
        if (e.name == "UNCHANGED" && e.args.size() == 1) {
          std::set<const Decl*> vars;
          unchangedVariables(*e.args[0], vars, 0);
          for (const Decl* v : model.variables()) {
            if (!vars.count(v)) return false;
          }
          return true;
        }
        return false;
      }
      if (e.ref.kind == RefKind::Definition && e.ref.def->body && !e.ref.def->isFunction &&
          e.ref.instances.empty() && model.overrideOperator(e.ref.def) == nullptr &&
          model.overrideValue(e.ref.def) == nullptr) {
        return stutters(*e.ref.def->body, model, depth + 1);
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

// ---------------------------------------------------------------------------- Impl

struct HistoryChecker::Impl : history::Transitions {
  // One generated definition: the mapping expression it holds and its parameters (operation
  // fields: `value`, `invoke`, and any other field the expression names).
  struct Def {
    const HistoryMapping::Expression* expr = nullptr;
    std::string name;
    std::vector<std::string> params;
    const OpDef* def = nullptr;
    uint32_t line = 0;      // line in the wrapper module
    size_t prefixCols = 0;  // columns before the expression on that line
    signed char readOnly = -1;  // the action leaves every variable unchanged; -1: not asked yet
  };
  struct Entry {
    int action = -1;  // index into defs
    int unknown = -1;
  };
  struct Class {
    int def;
    std::vector<Value> args;
    int firstOp = -1;  // an operation of this class in the file being checked (for messages)
  };

  HistoryMapping mapping;
  std::string specPath;
  std::string wrapperPath;
  std::vector<Def> defs;
  std::map<std::string, Entry> entries;
  frontend::LoadedSpec spec;
  std::optional<frontend::Config> cfg;
  std::unique_ptr<Model> model;
  std::unique_ptr<Evaluator> ev;
  std::optional<Value> nil;
  std::vector<int> initial;

  // Interned states and operation classes, shared by every file checked.
  std::deque<State> states;      // stable references while new states are added
  history::FlatMap stateByHash;  // hash -> the latest state with that hash
  std::vector<int> sameHash;     // state -> an earlier state with the same hash, or -1
  std::vector<Class> classes;
  std::unordered_map<std::vector<Value>, int, VecHash> classIds;
  history::TransitionCache cache{*this};
  const HistoryResult* current = nullptr;  // for messages

  int internState(State&& s) {
    uint64_t h = VecHash{}(s);
    int64_t first = stateByHash.find(h);
    for (int64_t id = first; id >= 0; id = sameHash[static_cast<size_t>(id)]) {
      if (states[static_cast<size_t>(id)] == s) return static_cast<int>(id);
    }
    int id = static_cast<int>(states.size());
    states.push_back(std::move(s));
    sameHash.push_back(static_cast<int>(first));
    stateByHash.insert(h, static_cast<uint32_t>(id));
    return id;
  }

  // The wrapper module's text; records where each definition's expression starts in it.
  std::string wrapperText() {
    std::ostringstream os;
    os << "---- MODULE " << kWrapperModule << " ----\n";
    os << "EXTENDS " << std::filesystem::path(specPath).stem().string() << "\n";
    uint32_t line = 3;
    for (Def& d : defs) {
      std::string head = d.name;
      if (!d.params.empty()) {
        head += "(";
        for (size_t i = 0; i < d.params.size(); ++i) head += (i ? ", " : "") + d.params[i];
        head += ")";
      }
      head += " == ";
      d.line = line++;
      d.prefixCols = head.size();  // ASCII: identifiers and punctuation
      os << head << d.expr->text << "\n";
    }
    os << "====\n";
    return os.str();
  }

  // A diagnostic inside the wrapper module, moved to the mapping expression it came from.
  Diagnostic remap(Diagnostic d) const {
    auto move = [&](SourceRange& r) {
      if (r.file == nullptr || r.file->path() != wrapperPath) return;
      for (const Def& def : defs) {
        if (def.line != r.begin.line) continue;
        SourceRange m = def.expr->at;
        uint32_t off = r.begin.col > def.prefixCols
                           ? r.begin.col - 1 - static_cast<uint32_t>(def.prefixCols)
                           : 0;
        uint32_t len =
            r.end.line == r.begin.line && r.end.col > r.begin.col ? r.end.col - r.begin.col : 1;
        uint32_t first = rawColumns(m, off);
        m.end = {m.begin.line, m.begin.col + rawColumns(m, off + len)};
        m.begin.col += first;
        r = m;
        return;
      }
      r = mapping.init.at;  // a wrapper line with no mapping expression on it
    };
    move(d.range);
    for (auto& n : d.notes) move(n.range);
    d.files.clear();
    d.retainFiles();
    d.files.push_back(mapping.file);
    return d;
  }
  // Columns in the mapping file spanned by the first `decoded` characters of the JSON string
  // starting at `at` (escapes such as \\ and \u00e9 take more columns than they decode to).
  static uint32_t rawColumns(const SourceRange& at, uint32_t decoded) {
    std::string_view line = at.file->lineText(at.begin.line);
    size_t i = 0;
    for (uint32_t c = 1; c < at.begin.col && i < line.size(); ++c) {  // to the string's start
      do ++i;
      while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80);
    }
    uint32_t cols = 0;
    for (uint32_t k = 0; k < decoded && i < line.size() && line[i] != '"'; ++k) {
      uint32_t width = 1;
      if (line[i] == '\\') width = i + 1 < line.size() && line[i + 1] == 'u' ? 6 : 2;
      for (uint32_t w = 0; w < width && i < line.size(); ++w) {
        do ++i;
        while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80);
      }
      cols += width;
    }
    return cols;
  }

  // Loads the wrapper; names the mapping uses that the spec does not define become parameters
  // (operation fields), found from the resolver's unknown-name errors.
  void load(const std::vector<std::string>& includes) {
    for (int round = 0;; ++round) {
      std::vector<Diagnostic> diags;
      try {
        frontend::Loader loader(includes);
        spec = loader.load(wrapperPath, wrapperText());
        return;
      } catch (const InputErrors& e) {
        diags = e.diagnostics();
      } catch (const InputError& e) {
        diags = {e.diagnostic()};
      }
      bool added = false;
      std::set<std::pair<const Def*, std::string>> addedNow;  // a name may be used twice
      std::vector<Diagnostic> other;
      for (const Diagnostic& d : diags) {
        if (d.kind == ErrorKind::UnknownName && d.range.file != nullptr &&
            d.range.file->path() == wrapperPath && round < 8) {
          std::string_view lt = d.range.file->lineText(d.range.begin.line);
          size_t b = d.range.begin.col - 1;
          size_t e = b;
          while (e < lt.size() && (std::isalnum(static_cast<unsigned char>(lt[e])) || lt[e] == '_'))
            ++e;
          std::string name(lt.substr(b, e - b));
          size_t after = e;
          while (after < lt.size() && lt[after] == ' ') ++after;
          bool applied = after < lt.size() && lt[after] == '(';
          bool becameParam = false;
          for (Def& def : defs) {
            if (def.line != d.range.begin.line || applied || !isIdentifier(name)) continue;
            if (std::find(def.params.begin(), def.params.end(), name) == def.params.end()) {
              def.params.push_back(name);
              addedNow.emplace(&def, name);
            }
            // Also another use of a name made a parameter in this round; a parameter from an
            // earlier round still unknown is a real error.
            if (addedNow.count({&def, name}) != 0) becameParam = true;
          }
          if (becameParam) {
            added = true;
            continue;
          }
        }
        other.push_back(remap(d));
      }
      if (!other.empty()) {
        if (other.size() == 1) throw InputError(other[0]);
        throw InputErrors(other);
      }
      if (!added) throw InputError(diags.empty() ? Diagnostic{} : remap(diags[0]));
    }
  }

  void successors(int state, int cls, std::vector<int>& out) override {
    const Class& c = classes[static_cast<size_t>(cls)];
    const Def& d = defs[static_cast<size_t>(c.def)];
    const State& from = states[static_cast<size_t>(state)];
    try {
      if (readOnly(cls)) {
        // A read: its only possible successor is the state itself.
        if (ev->holdsStuttering(*d.def, c.args, from)) out.push_back(state);
        return;
      }
      try {
        ev->successors(*d.def, c.args, from, [&](State&& s) {
          int id = internState(std::move(s));
          if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        });
      } catch (const ValueError& ve) {
        // A successor holding a value no state may hold (an infinite set): it cannot be hashed.
        throw InputError(ErrorKind::Eval, d.def->body->range,
                         ve.message + ": a state holds finite values only");
      }
    } catch (const InputError& e) {
      // Reported at the operation (its value may have the wrong shape for the mapping), with
      // where the evaluation failed and the state it started from as notes.
      Diagnostic inner = remap(e.diagnostic());
      if (current == nullptr || c.firstOp < 0) throw InputError(inner);
      const auto& op = current->operations[static_cast<size_t>(c.firstOp)];
      std::string st = formatState(*model, from);
      if (!st.empty() && st.back() == '\n') st.pop_back();
      Diagnostic diag;
      diag.kind = inner.kind;
      diag.range = op.invoke->at;
      diag.message = "cannot evaluate " + d.expr->text + " for this operation: " + inner.message;
      diag.notes.push_back({inner.range, "the evaluation failed here"});
      for (auto& n : inner.notes) diag.notes.push_back(n);
      diag.notes.push_back({op.invoke->at, "in the state\n" + st});
      diag.files = inner.files;
      diag.retainFiles();
      throw InputError(diag);
    }
  }

  bool readOnly(int cls) override {
    Def& d = defs[static_cast<size_t>(classes[static_cast<size_t>(cls)].def)];
    if (d.readOnly < 0) {
      d.readOnly = d.def != nullptr && d.def->body && stutters(*d.def->body, *model, 0) ? 1 : 0;
    }
    return d.readOnly == 1;
  }

  Value toValue(const Edn& e) const {
    switch (e.kind) {
      case Edn::Kind::Nil:
        if (!nil) {
          throw InputError(ErrorKind::Trace, e.at,
                           "nil here, but the mapping does not say what nil is: add \"nil\": "
                           "\"<TLA+ expression>\" to " +
                               mapping.file->path());
        }
        return *nil;
      case Edn::Kind::Bool:
        return Value::boolean(e.b);
      case Edn::Kind::Int:
        return Value::integer(e.i);
      case Edn::Kind::Float:
        throw InputError(ErrorKind::Trace, e.at,
                         "a number with a fraction (" + e.toString() +
                             ") is not a TLA+ value; the specs work with integers");
      case Edn::Kind::String:
      case Edn::Kind::Keyword:
      case Edn::Kind::Symbol:
      case Edn::Kind::Char:
        return Value::string(e.s);
      case Edn::Kind::Vector:
      case Edn::Kind::List: {
        std::vector<Value> xs;
        for (const Edn& x : e.items) xs.push_back(toValue(x));
        return Value::tuple(std::move(xs));
      }
      case Edn::Kind::Set: {
        std::vector<Value> xs;
        for (const Edn& x : e.items) xs.push_back(toValue(x));
        return Value::set(std::move(xs));
      }
      case Edn::Kind::Map: {
        // A function; with keyword and string keys (as strings) it is a record.
        std::vector<Value> dom, ran;
        for (size_t i = 0; i + 1 < e.items.size(); i += 2) {
          const Edn& k = e.items[i];
          bool name = k.kind == Edn::Kind::Keyword || k.kind == Edn::Kind::String;
          dom.push_back(name ? Value::string(k.s) : toValue(k));
          ran.push_back(toValue(e.items[i + 1]));
        }
        std::vector<Value> keys = dom;
        std::sort(keys.begin(), keys.end(),
                  [](const Value& x, const Value& y) { return Value::compare(x, y) < 0; });
        for (size_t i = 1; i < keys.size(); ++i) {
          if (keys[i] == keys[i - 1]) {
            throw InputError(ErrorKind::Trace, e.at,
                             "a map with the key " + keys[i].toString() + " twice");
          }
        }
        return Value::function(std::move(dom), std::move(ran));
      }
    }
    return Value();
  }

  // The operation's class: which definition, with which arguments.
  int classify(const trace::Operation& op, const Entry& entry) {
    bool known = op.outcome == EventType::Ok;
    int defIndex = known || entry.unknown < 0 ? entry.action : entry.unknown;
    const Def& d = defs[static_cast<size_t>(defIndex)];
    std::vector<Value> key;
    key.reserve(d.params.size() + 1);
    key.push_back(Value::integer(defIndex));
    for (const std::string& p : d.params) {
      if (p == "value") {
        key.push_back(toValue(known && op.completionValue ? *op.completionValue : op.invokeValue));
      } else if (p == "invoke") {
        key.push_back(toValue(op.invokeValue));
      } else {
        const Edn* field = op.invoke->fields.get(p);
        if (field == nullptr) {
          InputError err(ErrorKind::Trace, op.invoke->at,
                         "the operation has no :" + p + " field, which the mapping uses");
          Diagnostic diag = err.diagnostic();
          diag.notes.push_back({d.expr->at, "used here"});
          diag.files.push_back(mapping.file);
          throw InputError(diag);
        }
        key.push_back(toValue(*field));
      }
    }
    return internClass(std::move(key));
  }

  // The class of `key` (the definition's index, then the argument values), made if new.
  int internClass(std::vector<Value> key) {
    auto it = classIds.find(key);
    if (it != classIds.end()) return it->second;
    int id = static_cast<int>(classes.size());
    classes.push_back(
        {static_cast<int>(key[0].asInt()), std::vector<Value>(key.begin() + 1, key.end()), -1});
    classIds.emplace(std::move(key), id);
    return id;
  }
};

// ---------------------------------------------------------------------------- HistoryChecker

namespace {

std::unique_ptr<HistoryChecker::Impl> makeImpl(const std::string& specPath,
                                               const std::string& cfgPath,
                                               const HistoryMapping& mapping,
                                               const std::vector<std::string>& includes) {
  auto impl = std::make_unique<HistoryChecker::Impl>();
  HistoryChecker::Impl& im = *impl;
  im.mapping = mapping;
  im.specPath = specPath;
  std::filesystem::path dir = std::filesystem::path(specPath).parent_path();
  im.wrapperPath = (dir / (std::string(kWrapperModule) + ".tla")).string();
  // The generated definitions: init, nil, then action/unknown per operation.
  auto addDef = [&](const HistoryMapping::Expression& e, const std::string& name) {
    HistoryChecker::Impl::Def d;
    d.expr = &e;
    d.name = name;
    for (const char* p : {"value", "invoke"}) {
      if (mentions(e.text, p)) d.params.emplace_back(p);
    }
    im.defs.push_back(std::move(d));
    return static_cast<int>(im.defs.size()) - 1;
  };
  addDef(im.mapping.init, "VouchInit");
  im.defs[0].params.clear();
  if (im.mapping.nil) {
    addDef(*im.mapping.nil, "VouchNil");
    im.defs.back().params.clear();
  }
  int i = 0;
  for (auto& [f, op] : im.mapping.operations) {
    HistoryChecker::Impl::Entry en;
    en.action = addDef(op.action, "VouchOp" + std::to_string(i) + "Action");
    if (op.unknown) en.unknown = addDef(*op.unknown, "VouchOp" + std::to_string(i) + "Unknown");
    im.entries[f] = en;
    ++i;
  }
  im.load(includes);
  for (HistoryChecker::Impl::Def& d : im.defs) {
    auto it = im.spec.rootScope.find(d.name);
    d.def = it == im.spec.rootScope.end() ? nullptr : it->second.def;
  }
  if (!cfgPath.empty()) im.cfg = frontend::parseConfig(frontend::readSourceFile(cfgPath));
  im.model = std::make_unique<Model>(im.spec, im.cfg ? &*im.cfg : nullptr);
  im.ev = std::make_unique<Evaluator>(*im.model);
  try {
    if (im.mapping.nil) im.nil = im.ev->eval(*im.model->reference("VouchNil"), nullptr);
    im.ev->initialStates(*im.model->reference("VouchInit"), [&](State&& s) {
      int id = im.internState(std::move(s));
      if (std::find(im.initial.begin(), im.initial.end(), id) == im.initial.end()) {
        im.initial.push_back(id);
      }
    });
  } catch (const InputError& e) {
    throw InputError(im.remap(e.diagnostic()));
  }
  if (im.initial.empty()) {
    throw InputError(ErrorKind::Trace, im.mapping.init.at,
                     "the initial predicate '" + im.mapping.init.text + "' allows no state");
  }
  return impl;
}

}  // namespace

HistoryChecker::HistoryChecker(const std::string& specPath, const std::string& cfgPath,
                               const HistoryMapping& mapping,
                               const std::vector<std::string>& includes, size_t searchWorkers)
    : impl_(makeImpl(specPath, cfgPath, mapping, includes)) {
  for (size_t w = 1; w < searchWorkers; ++w) {
    helpers_.push_back(makeImpl(specPath, cfgPath, mapping, includes));
  }
}

HistoryChecker::~HistoryChecker() = default;

namespace {

// Ops of one partition, in the search's terms.
struct Group {
  std::string value;
  std::vector<int> ops;  // global operation ids
};

}  // namespace

HistoryResult HistoryChecker::checkFile(const std::string& path, const HistoryOptions& opts) {
  Impl& im = *impl_;
  auto t0 = std::chrono::steady_clock::now();
  HistoryResult r;
  r.file = frontend::readSourceFile(path);
  r.events = trace::readHistory(r.file);
  r.operations = trace::pairOperations(r.events);
  im.current = &r;
  for (auto& c : im.classes) c.firstOp = -1;
  struct Current {
    Impl& im;
    ~Current() { im.current = nullptr; }
  } resetCurrent{im};

  // Classify every operation that may have taken effect; group by partition.
  std::vector<int> cls(r.operations.size(), -1);
  std::vector<Group> groups;
  std::map<std::string, size_t> groupOf;
  bool partition = opts.partition && !im.mapping.partition.empty();
  for (const auto& op : r.operations) {
    auto entry = im.entries.find(op.f);
    if (entry == im.entries.end()) {
      std::string known;
      for (const auto& [f, e] : im.entries) known += (known.empty() ? "" : ", ") + f;
      const Edn* fField = op.invoke->fields.get("f");
      throw InputError(ErrorKind::Trace, fField != nullptr ? fField->at : op.invoke->at,
                       "unknown operation :" + op.f + " (the mapping " + im.mapping.file->path() +
                           " has: " + known + ")");
    }
    if (op.outcome == EventType::Fail) continue;
    int c = im.classify(op, entry->second);
    cls[static_cast<size_t>(op.id)] = c;
    if (im.classes[static_cast<size_t>(c)].firstOp < 0) {
      im.classes[static_cast<size_t>(c)].firstOp = op.id;
    }
    std::string key;
    if (partition) {
      const Edn* field = op.invoke->fields.get(im.mapping.partitionField);
      if (field == nullptr) {
        throw InputError(ErrorKind::Trace, op.invoke->at,
                         "the mapping partitions by :" + im.mapping.partition +
                             ", but this operation has no :" + im.mapping.partitionField);
      }
      for (size_t index : im.mapping.partitionPath) {
        if ((field->kind != Edn::Kind::Vector && field->kind != Edn::Kind::List) ||
            index > field->items.size()) {
          throw InputError(ErrorKind::Trace, field->at,
                           "the mapping partitions by :" + im.mapping.partition + ", but here " +
                               field->toString() + " has no element " + std::to_string(index));
        }
        field = &field->items[index - 1];
      }
      key = field->toString();
    }
    auto [it, fresh] = groupOf.emplace(key, groups.size());
    if (fresh) groups.push_back({key, {}});
    groups[it->second].ops.push_back(op.id);
  }
  r.partitions = groups.size();

  history::SearchBudget budget;
  if (opts.timeoutSeconds > 0) {
    budget.deadline = t0 + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                               std::chrono::duration<double>(opts.timeoutSeconds));
  }
  budget.maxMemoryBytes = opts.maxMemoryBytes;
  // Partitions go to the checkers round-robin; each searches its own in turns with growing
  // step quanta, so that one quickly found non-linearizable ends the check however long the
  // others would take. Each checker has its own states, classes and transition cache.
  std::vector<Impl*> impls{&im};
  for (auto& h : helpers_) {
    if (impls.size() < groups.size()) impls.push_back(h.get());
  }
  struct Run {
    size_t group;
    std::vector<history::SearchOp> so;
    std::unique_ptr<history::Linearizer> lin;
    bool finished = false;
  };
  struct Worker {
    Impl* impl;
    std::vector<Run> runs;
    int failedRun = -1;
    std::string unknown;
    std::exception_ptr error;
    uint64_t evalsBefore = 0;
  };
  std::vector<Worker> workers;
  for (Impl* p : impls) workers.push_back({p, {}, -1, "", nullptr, p->cache.evaluations()});
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    workers[gi % workers.size()].runs.push_back({gi, {}, nullptr});
  }
  std::atomic<bool> stop{false};
  auto work = [&](Worker& w) {
    try {
      Impl& own = *w.impl;
      std::vector<int> ownCls = cls;
      if (&own != &im) {
        // This checker's own class ids for its partitions (the main one validated them all).
        own.current = &r;
        for (auto& c : own.classes) c.firstOp = -1;
        for (const Run& run : w.runs) {
          for (int id : groups[run.group].ops) {
            // The same definition and argument values as in the main checker (converted once).
            const Impl::Class& mainClass =
                im.classes[static_cast<size_t>(cls[static_cast<size_t>(id)])];
            std::vector<Value> key{Value::integer(mainClass.def)};
            key.insert(key.end(), mainClass.args.begin(), mainClass.args.end());
            int c = own.internClass(std::move(key));
            ownCls[static_cast<size_t>(id)] = c;
            if (own.classes[static_cast<size_t>(c)].firstOp < 0) {
              own.classes[static_cast<size_t>(c)].firstOp = id;
            }
          }
        }
      }
      for (Run& run : w.runs) {
        for (int id : groups[run.group].ops) {
          const auto& op = r.operations[static_cast<size_t>(id)];
          history::SearchOp so;
          so.call = static_cast<int64_t>(op.invokeIndex);
          so.ret = op.outcome == EventType::Ok ? static_cast<int64_t>(op.completionIndex) : -1;
          so.cls = ownCls[static_cast<size_t>(id)];
          run.so.push_back(so);
        }
        run.lin = std::make_unique<history::Linearizer>(run.so, own.initial, own.cache);
      }
      size_t remaining = w.runs.size();
      for (uint64_t quantum = 1024; remaining > 0 && !stop;
           quantum = std::min<uint64_t>(quantum * 2, 1 << 16)) {
        for (size_t i = 0; i < w.runs.size() && !stop; ++i) {
          Run& run = w.runs[i];
          if (run.finished) continue;
          if (run.lin->run(quantum)) {
            run.finished = true;
            --remaining;
            if (run.lin->outcome().kind == history::SearchOutcome::Kind::NotLinearizable) {
              w.failedRun = static_cast<int>(i);
              stop = true;
            }
            continue;
          }
          if (const char* reason = budget.exhausted(run.lin->outcome().steps,
                                                    run.lin->bytes() + own.cache.bytes())) {
            w.unknown = reason;
            stop = true;
          }
        }
      }
    } catch (...) {
      w.error = std::current_exception();
      stop = true;
    }
    if (w.impl != &im) w.impl->current = nullptr;
  };
  runParallel(workers.size(), [&](size_t i) { work(workers[i]); });

  std::string unknown;
  Worker* failing = nullptr;
  for (Worker& w : workers) {
    if (w.error) std::rethrow_exception(w.error);
  }
  for (Worker& w : workers) {
    for (const Run& run : w.runs) {
      if (run.lin == nullptr) continue;
      r.searchSteps += run.lin->outcome().steps;
      r.memoEntries += run.lin->outcome().memoEntries;
    }
    r.evaluations += w.impl->cache.evaluations() - w.evalsBefore;
    r.distinctStates += w.impl->states.size();
    if (unknown.empty()) unknown = w.unknown;
    // The failing partition reported is the first in file order among those found.
    if (w.failedRun >= 0 &&
        (failing == nullptr || w.runs[static_cast<size_t>(w.failedRun)].group <
                                   failing->runs[static_cast<size_t>(failing->failedRun)].group)) {
      failing = &w;
    }
  }
  if (failing != nullptr) {
    Impl& owner = *failing->impl;
    Run& run = failing->runs[static_cast<size_t>(failing->failedRun)];
    const Group& g = groups[run.group];
    const std::vector<history::SearchOp>& so = run.so;
    const history::SearchOutcome out = run.lin->outcome();
    for (Worker& w : workers) {
      for (Run& other : w.runs) other.lin.reset();  // free the memos before minimizing
    }
    owner.current = &r;
    r.verdict = Verdict::Violates;
    r.partitionValue = partition ? g.value : "";
    auto global = [&](int local) { return g.ops[static_cast<size_t>(local)]; };
    for (int o : out.order) r.linearized.push_back(global(o));
    for (int o : out.unplaced) r.unplaced.push_back(global(o));
    if (out.failed >= 0) r.failedOperation = global(out.failed);
    if (out.stateAfter >= 0) {
      r.stateAfterPrefix =
          formatState(*owner.model, owner.states[static_cast<size_t>(out.stateAfter)]);
    }
    if (opts.minimize) {
      // Shrink: an operation left out of the core is relaxed to an unknown outcome (it may
      // have taken effect at any time after its invocation, or never), so the core's observed
      // results contradict the spec whatever the others did. Relaxing is monotone, so one pass
      // at each granularity gives a 1-minimal core, unless a trial ran out of budget (then
      // the operation stays, and the core is non-linearizable but maybe not minimal).
      auto deadline = std::chrono::steady_clock::now() +
                      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(opts.minimizeSeconds));
      history::SearchBudget mb;
      mb.deadline = std::min(deadline, budget.deadline);
      mb.maxMemoryBytes = budget.maxMemoryBytes;
      mb.maxSteps = std::max<uint64_t>(100000, out.steps * 4);
      std::vector<char> inCore(so.size(), 0);
      for (size_t i = 0; i < so.size(); ++i) inCore[i] = so[i].ret >= 0;  // info: never needed
      bool complete = true;
      auto stillFails = [&](const std::vector<char>& core) {
        std::vector<history::SearchOp> t = so;
        for (size_t i = 0; i < t.size(); ++i) {
          if (!core[i]) t[i].ret = -1;
        }
        auto kind = history::linearize(t, owner.initial, owner.cache, mb).kind;
        if (kind == history::SearchOutcome::Kind::Unknown) complete = false;
        return kind == history::SearchOutcome::Kind::NotLinearizable;
      };
      bool timeLeft = true;
      for (size_t chunk = std::max<size_t>(1, so.size() / 2); timeLeft; chunk /= 2) {
        for (size_t at = 0; at < so.size() && timeLeft; at += chunk) {
          std::vector<char> trial = inCore;
          bool any = false;
          for (size_t j = at; j < std::min(so.size(), at + chunk); ++j) {
            any = any || trial[j];
            trial[j] = 0;
          }
          if (!any) continue;
          if (stillFails(trial)) inCore = trial;
          if (std::chrono::steady_clock::now() > mb.deadline) timeLeft = false;
        }
        if (chunk == 1) break;
      }
      if (!timeLeft) complete = false;
      for (size_t i = 0; i < so.size(); ++i) {
        if (inCore[i]) r.minimal.push_back(global(static_cast<int>(i)));
      }
      r.minimalComplete = complete;
    }
    if (&owner != &im) owner.current = nullptr;
  }
  if (r.verdict != Verdict::Violates && !unknown.empty()) {
    r.verdict = Verdict::Unknown;
    r.unknownReason = unknown;
  }
  r.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

std::string HistoryChecker::describe(const HistoryResult& r, int id) const {
  const auto& op = r.operations[static_cast<size_t>(id)];
  std::ostringstream os;
  bool nilIn = op.invokeValue.kind == Edn::Kind::Nil;
  os << "#" << id << " process " << op.process << " " << op.f;
  if (!nilIn) os << " " << op.invokeValue.toString();
  switch (op.outcome) {
    case EventType::Ok:
      if (nilIn) {
        os << " → " << (op.completionValue ? op.completionValue->toString() : "nil");
      } else if (op.completionValue &&
                 op.completionValue->toString() != op.invokeValue.toString()) {
        os << " → " << op.completionValue->toString();
      } else {
        os << " → ok";
      }
      break;
    case EventType::Fail:
      os << " → fail";
      break;
    default:
      os << (op.completion != nullptr ? " → info (unknown outcome)" : " → never completed");
  }
  os << " (line " << lineOf(op.invoke->at);
  if (op.completion != nullptr) os << "–" << lineOf(op.completion->at);
  os << ")";
  return os.str();
}

std::string HistoryChecker::explain(const HistoryResult& r) const {
  std::ostringstream os;
  if (r.verdict == Verdict::Conforms) {
    os << "linearizable: " << r.operations.size() << " operations";
    if (r.partitions > 1) os << " in " << r.partitions << " partitions";
    os << "\n";
    return os.str();
  }
  if (r.verdict == Verdict::Unknown) {
    os << "unknown: " << r.unknownReason << "\n";
    return os.str();
  }
  os << "not linearizable";
  if (!r.partitionValue.empty()) {
    os << " (partition :" << impl_->mapping.partition << " " << r.partitionValue << ")";
  }
  os << ": no order of the operations that respects real time is a behavior of the spec.\n";
  if (r.failedOperation) {
    os << "Operation " << describe(r, *r.failedOperation)
       << "\n  must take effect before it completed, but it cannot be placed after the longest "
          "linearizable prefix.\n";
  }
  os << "Longest linearizable prefix (" << r.linearized.size() << " operations):\n";
  for (int id : r.linearized) os << "  " << describe(r, id) << "\n";
  if (!r.stateAfterPrefix.empty()) {
    os << "State after it:\n";
    std::istringstream ss(r.stateAfterPrefix);
    for (std::string line; std::getline(ss, line);) os << "  " << line << "\n";
  }
  if (!r.unplaced.empty()) {
    os << "None of the operations that could come next is enabled in that state:\n";
    for (int id : r.unplaced) os << "  " << describe(r, id) << "\n";
  }
  if (!r.minimal.empty()) {
    os << "A minimal non-linearizable core (" << r.minimal.size()
       << " operations; every other operation may have taken effect at any time after its "
          "invocation, or never"
       << (r.minimalComplete ? "" : "; minimizing stopped at its budget") << "):\n";
    for (int id : r.minimal) os << "  " << describe(r, id) << "\n";
  }
  return os.str();
}

}  // namespace vouch::refinement
