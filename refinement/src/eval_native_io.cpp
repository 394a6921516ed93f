// Natives that reach outside the evaluator, as TLC's CommunityModules evaluate them: processes
// (IOUtils' IOExec family), files (IOUtils' Serialize/Deserialize in the TXT format, CSV, Json's
// writers), plus the TLCExt operators TLCGetOrDefault, TLCModelValue and PickSuccessor. Relative
// paths are relative to the working directory, as in TLC. Every operator with an effect counts it
// in Engine::effects_, so that no evaluation of it is skipped (see forEachRelevantBinding).

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval_internal.hpp"

extern char** environ;

namespace vouch::refinement {

namespace {

using Args = std::span<const Value>;

const std::string& stringArg(const Value& v, const char* op, const char* what) {
  if (!v.isString()) throw ValueError{std::string(op) + ": the " + what + " must be a string, not " + v.toString()};
  return v.asString();
}

const std::vector<Value>& seqArg(const Value& v, const char* op, const char* what) {
  if (!v.isTuple()) throw ValueError{std::string(op) + ": the " + what + " must be a sequence, not " + v.toString()};
  return v.tupleElems();
}

// A value as a process argument or environment value: a string as it is, anything else as TLC
// prints it.
std::string unquoted(const Value& v) { return v.isString() ? v.asString() : v.toString(); }

// Java's String.format for what templates of IOExecTemplate and CSVWrite hold: %s (the next
// argument), %N$s (argument N), %% and %n.
std::string javaFormat(const std::string& tmpl, const std::vector<std::string>& args, const char* op) {
  std::string out;
  size_t next = 0;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '%') {
      out += tmpl[i];
      continue;
    }
    size_t j = i + 1;
    size_t index = 0;
    while (j < tmpl.size() && tmpl[j] >= '0' && tmpl[j] <= '9' && index < 100000) {
      index = index * 10 + static_cast<size_t>(tmpl[j++] - '0');
    }
    bool explicitIndex = j < tmpl.size() && tmpl[j] == '$' && j > i + 1;
    if (explicitIndex) ++j;
    char conv = j < tmpl.size() ? tmpl[j] : '\0';
    if (!explicitIndex && j == i + 1 && conv == '%') {
      out += '%';
    } else if (!explicitIndex && j == i + 1 && conv == 'n') {
      out += '\n';
    } else if ((conv == 's' || conv == 'S') && (explicitIndex || j == i + 1)) {
      size_t k = explicitIndex ? index : ++next;
      if (k == 0 || k > args.size()) {
        throw ValueError{std::string(op) + ": the template \"" + tmpl + "\" refers to argument " +
                         std::to_string(k) + ", but there are " + std::to_string(args.size())};
      }
      out += args[k - 1];
    } else {
      throw ValueError{std::string(op) + ": the template \"" + tmpl +
                       "\" has a format other than %s, %N$s, %% and %n"};
    }
    i = j;
  }
  return out;
}

// The record [exitValue, stdout, stderr] that IOExec and Serialize/Deserialize give.
Value execRecord(int exitValue, std::string out, std::string err) {
  return Value::record({{"exitValue", Value::integer(exitValue)},
                        {"stdout", Value::string(out)},
                        {"stderr", Value::string(err)}});
}

// Runs argv (searched in PATH) with the environment plus `env`, stdin from /dev/null; the record
// [exitValue, stdout, stderr] of IOExec. A process ended by a signal exits 128 + the signal, as
// Java reports it.
Value runProcess(const std::vector<std::string>& argv,
                 const std::vector<std::pair<std::string, std::string>>& env, const char* op) {
  if (argv.empty()) throw ValueError{std::string(op) + ": the command is empty"};
  std::vector<std::string> envStrings;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string kv = *e;
    std::string name = kv.substr(0, kv.find('='));
    bool replaced = false;
    for (const auto& [n, v] : env) replaced = replaced || n == name;
    if (!replaced) envStrings.push_back(std::move(kv));
  }
  for (const auto& [n, v] : env) envStrings.push_back(n + "=" + v);
  std::vector<char*> cargv, cenv;
  for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  for (auto& e : envStrings) cenv.push_back(e.data());
  cenv.push_back(nullptr);

  int out[2], err[2];
  if (pipe2(out, O_CLOEXEC) != 0) throw ValueError{std::string(op) + ": cannot create a pipe"};
  if (pipe2(err, O_CLOEXEC) != 0) {
    close(out[0]);
    close(out[1]);
    throw ValueError{std::string(op) + ": cannot create a pipe"};
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, cargv[0], &fa, nullptr, cargv.data(), cenv.data());
  posix_spawn_file_actions_destroy(&fa);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(out[0]);
    close(err[0]);
    throw ValueError{std::string(op) + ": cannot run '" + argv[0] + "': " + std::strerror(rc)};
  }
  std::string text[2];
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open = 2;
  char buf[4096];
  while (open > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int k = 0; k < 2; ++k) {
      if (fds[k].fd < 0 || fds[k].revents == 0) continue;
      ssize_t n = read(fds[k].fd, buf, sizeof buf);
      if (n > 0) {
        text[k].append(buf, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[k].fd);
        fds[k].fd = -1;
        --open;
      }
    }
  }
  for (auto& f : fds) {
    if (f.fd >= 0) close(f.fd);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  int exitValue = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return execRecord(exitValue, std::move(text[0]), std::move(text[1]));
}

// A sequence of strings (a command, its parameters).
std::vector<std::string> stringsOf(const Value& v, const char* op, const char* what) {
  std::vector<std::string> out;
  for (const auto& a : seqArg(v, op, what)) out.push_back(stringArg(a, op, what));
  return out;
}

std::vector<std::string> commandOf(const Value& v, const char* op) {
  return stringsOf(v, op, "command");
}

std::vector<std::string> templatedCommand(const Value& tmpl, const Value& params, const char* op) {
  std::vector<std::string> argv = commandOf(tmpl, op);
  std::vector<std::string> ps = stringsOf(params, op, "parameters");
  for (auto& a : argv) a = javaFormat(a, ps, op);
  return argv;
}

std::vector<std::pair<std::string, std::string>> envOf(const Value& v, const char* op) {
  std::vector<std::pair<std::string, std::string>> env;
  if (!v.isFunc()) throw ValueError{std::string(op) + ": the environment must be a record, not " + v.toString()};
  v.forEachMapping([&](const Value& k, const Value& x) {
    env.emplace_back(stringArg(k, op, "environment's names"), unquoted(x));
  });
  return env;
}

void writeText(const std::string& path, const std::string& text, bool append, bool makeParents,
               const char* op) {
  namespace fs = std::filesystem;
  if (makeParents && fs::path(path).has_parent_path()) {
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
  }
  std::ofstream f(path, append ? std::ios::app | std::ios::binary : std::ios::trunc | std::ios::binary);
  f << text;
  f.flush();
  if (!f) throw ValueError{std::string(op) + ": cannot write " + path + ": " + std::strerror(errno)};
}

// The options record of Serialize/Deserialize must name the TXT format, the one supported.
void requireTxtFormat(const Value& options, const char* op) {
  std::optional<Value> f = options.isFunc() ? options.apply(Value::string("format")) : std::nullopt;
  if (!f || !f->isString()) {
    throw ValueError{std::string(op) + ": the options must be a record with a format, not " + options.toString()};
  }
  if (f->asString() != "TXT") {
    throw ValueError{std::string(op) + ": the format " + f->toString() + " is not supported (TXT is)"};
  }
}

// JSON as TLC's Json module writes it (Gson): sets and sequences as arrays, records and other
// functions as objects.
std::string json(const Value& v) {
  std::ostringstream os;
  toJson(os, v);
  return os.str();
}

using Table = std::unordered_map<std::string, Engine::NativeFn>;

const Table& ioTable() {
  static const Table t = {
      // ---- IOUtils: processes
      {"IOUtils.IOExec",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         return runProcess(commandOf(a[0], "IOExec"), {}, "IOExec");
       }},
      {"IOUtils.IOEnvExec",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         return runProcess(commandOf(a[1], "IOEnvExec"), envOf(a[0], "IOEnvExec"), "IOEnvExec");
       }},
      {"IOUtils.IOExecTemplate",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         return runProcess(templatedCommand(a[0], a[1], "IOExecTemplate"), {}, "IOExecTemplate");
       }},
      {"IOUtils.IOEnvExecTemplate",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         return runProcess(templatedCommand(a[1], a[2], "IOEnvExecTemplate"),
                           envOf(a[0], "IOEnvExecTemplate"), "IOEnvExecTemplate");
       }},
      // ---- IOUtils: files, in the TXT format (a string written or read whole)
      {"IOUtils.Serialize",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         requireTxtFormat(a[2], "Serialize");
         const std::string& payload = stringArg(a[0], "Serialize", "value (format TXT)");
         const std::string& path = stringArg(a[1], "Serialize", "destination");
         // Java's open options; none given means CREATE, TRUNCATE_EXISTING, WRITE.
         bool create = true, createNew = false, append = false;
         if (std::optional<Value> o = a[2].apply(Value::string("openOptions"))) {
           create = false;
           for (const auto& x : seqArg(*o, "Serialize", "openOptions")) {
             const std::string& name = stringArg(x, "Serialize", "openOptions");
             create = create || name == "CREATE";
             createNew = createNew || name == "CREATE_NEW";
             append = append || name == "APPEND";
           }
         }
         bool exists = std::filesystem::exists(path);
         if ((createNew && exists) || (!exists && !create && !createNew)) {
           return execRecord(1, "", "Serialize error writing to the file: " + path +
                                        (exists ? " exists" : " does not exist"));
         }
         try {
           writeText(path, payload, append, false, "Serialize");
         } catch (const ValueError& e) {
           return execRecord(1, "", "Serialize error writing to the file: " + e.message);
         }
         return execRecord(0, "Finish writing to the file with success!", "");
       }},
      {"IOUtils.Deserialize",
       [](Engine&, Args a, const SourceRange&) {
         requireTxtFormat(a[1], "Deserialize");
         const std::string& path = stringArg(a[0], "Deserialize", "source");
         std::ifstream f(path, std::ios::binary);
         if (!f)
           return execRecord(
               1, "",
               "Deserialize error reading from the file: " + path + ": " + std::strerror(errno));
         std::ostringstream os;
         os << f.rdbuf();
         return execRecord(0, os.str(), "");
       }},
      {"IOUtils.IOSerialize",
       [](Engine&, Args, const SourceRange&) -> Value {
         throw ValueError{"IOSerialize writes TLC's Java object serialization, which vouch does not support "
                          "(Json's JsonSerialize and ndJsonSerialize write JSON)"};
       }},
      {"IOUtils.IODeserialize",
       [](Engine&, Args, const SourceRange&) -> Value {
         throw ValueError{"IODeserialize reads TLC's Java object serialization, which vouch does not support "
                          "(Json's JsonDeserialize and ndJsonDeserialize read JSON)"};
       }},
      // ---- CSV: lines appended to a file
      {"CSV.CSVWrite",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         std::vector<std::string> vals;
         for (const auto& v : seqArg(a[1], "CSVWrite", "values")) vals.push_back(v.toString());
         std::string line = javaFormat(stringArg(a[0], "CSVWrite", "template"), vals, "CSVWrite");
         writeText(stringArg(a[2], "CSVWrite", "file"), line + "\n", true, false, "CSVWrite");
         return Value::boolean(true);
       }},
      {"CSV.CSVWriteRecord",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         const std::string& delim = stringArg(a[1], "CSVWriteRecord", "delimiter");
         if (!a[0].isFunc())
           throw ValueError{"CSVWriteRecord: " + a[0].toString() + " is not a record"};
         std::string names, values;
         bool first = true;
         a[0].forEachMapping([&](const Value& k, const Value& v) {
           names += (first ? "" : delim) + unquoted(k);
           values += (first ? "" : delim) + v.toString();
           first = false;
         });
         std::string text = (a[2].asBool() ? names + "\n" : "") + values + "\n";
         writeText(stringArg(a[3], "CSVWriteRecord", "file"), text, true, false, "CSVWriteRecord");
         return Value::boolean(true);
       }},
      {"CSV.CSVRead",
       [](Engine&, Args a, const SourceRange&) {
         std::vector<std::string> columns;
         for (const auto& c : seqArg(a[0], "CSVRead", "columns"))
           columns.push_back(stringArg(c, "CSVRead", "columns"));
         const std::string& delim = stringArg(a[1], "CSVRead", "delimiter");
         if (delim.empty()) throw ValueError{"CSVRead: the delimiter is empty"};
         std::ifstream f(stringArg(a[2], "CSVRead", "file"), std::ios::binary);
         std::vector<Value> rows;
         std::string line;
         while (f && std::getline(f, line)) {
           if (!line.empty() && line.back() == '\r') line.pop_back();
           std::vector<std::pair<std::string, Value>> fields;
           size_t at = 0;
           for (size_t c = 0; c < columns.size() && at <= line.size(); ++c) {
             size_t end = line.find(delim, at);
             if (end == std::string::npos) end = line.size();
             fields.emplace_back(columns[c], Value::string(line.substr(at, end - at)));
             at = end + delim.size();
           }
           rows.push_back(Value::record(std::move(fields)));
         }
         return Value::tuple(std::move(rows));  // a file that does not exist has no rows
       }},
      {"CSV.CSVRecords",
       [](Engine&, Args a, const SourceRange&) {
         std::ifstream f(stringArg(a[0], "CSVRecords", "file"), std::ios::binary);
         int64_t n = 0;
         std::string line;
         while (f && std::getline(f, line)) ++n;
         return Value::integer(n);
       }},
      // ---- Json: writing
      {"Json.ToJsonArray",
       [](Engine&, Args a, const SourceRange&) {
         if (a[0].isFunc() && !a[0].isTuple()) {  // its values, in domain order
           std::vector<Value> values;
           a[0].forEachMapping([&](const Value&, const Value& v) { values.push_back(v); });
           std::ostringstream os;
           toJsonArray(os, values);
           return Value::string(os.str());
         }
         return Value::string(json(a[0]));
       }},
      {"Json.ToJsonObject",
       [](Engine&, Args a, const SourceRange&) {
         if (!a[0].isFunc())
           throw ValueError{"ToJsonObject: " + a[0].toString() + " is not a record or function"};
         // A function on 1..n is an array, as TLC's own tests have it ([n \in 1..2 |-> "a"] gives
         // ["a","a"]; TLC numbers the elements of a tuple it built as a literal from 0 instead,
         // a distinction of its representations that vouch's values do not make).
         return Value::string(json(a[0]));
       }},
      {"Json.JsonSerialize",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         bool record = a[1].isFunc();
         if (record)
           a[1].forEachMapping(
               [&](const Value& k, const Value&) { record = record && k.isString(); });
         if (!a[1].isFunc() || (!a[1].isTuple() && !record))
           throw ValueError{"JsonSerialize: " + a[1].toString() + " is not a sequence or record"};
         writeText(stringArg(a[0], "JsonSerialize", "file"), json(a[1]), false, true, "JsonSerialize");
         return Value::boolean(true);
       }},
      {"Json.ndJsonSerialize",
       [](Engine& en, Args a, const SourceRange&) {
         ++en.effects_;
         std::string text;
         for (const auto& v : seqArg(a[1], "ndJsonSerialize", "value")) text += json(v) + "\n";
         writeText(stringArg(a[0], "ndJsonSerialize", "file"), text, false, true, "ndJsonSerialize");
         return Value::boolean(true);
       }},
      // ---- TLCExt
      {"TLCExt.TLCGetOrDefault",
       [](Engine& en, Args a, const SourceRange&) {
         if (a[0].isInt()) {
           auto it = en.tlcRegisters_.find(a[0].asInt());
           if (it != en.tlcRegisters_.end()) return it->second;
         }
         return a[1];
       }},
      {"TLCExt.PickSuccessor",
       [](Engine&, Args a, const SourceRange&) {
         // TLC asks on its terminal whether to take a step when the condition is false.
         if (!a[0].isBool())
           throw ValueError{"PickSuccessor: the condition must be a boolean, not " +
                            a[0].toString()};
         if (!a[0].asBool()) {
           throw ValueError{
               "PickSuccessor: the condition is FALSE, and TLC would ask on its terminal whether "
               "to take "
               "this step; vouch does not check interactively"};
         }
         return Value::boolean(true);
       }},
      {"TLCExt.AssertError", assertErrorMarker},
      {"TLCExt.Trace",
       [](Engine& en, Args, const SourceRange&) {
         if (!en.traceSource_) {
           throw ValueError{"Trace is only available in the one-worker search of vouch check"};
         }
         const auto& vars = en.model_.variables();
         std::vector<Value> out;
         for (const State& s : en.traceSource_(en.ctx.current)) {
           std::vector<std::pair<std::string, Value>> fields;
           for (size_t i = 0; i < vars.size() && i < s.size(); ++i)
             fields.emplace_back(vars[i]->name, s[i]);
           out.push_back(Value::record(std::move(fields)));
         }
         return Value::tuple(std::move(out));
       }},
      {"TLCExt.TLCFP",
       [](Engine&, Args a, const SourceRange&) {
         // vouch's fingerprint of the value (not TLC's: another hash function).
         return Value::integer(static_cast<int64_t>(a[0].hash() >> 1));
       }},
      {"TLCExt.TLCEvalDefinition",
       [](Engine& en, Args a, const SourceRange&) {
         const std::string& name = stringArg(a[0], "TLCEvalDefinition", "definitionName");
         const Expr* ref = en.model_.reference(name);
         if (ref == nullptr)
           throw ValueError{"TLCEvalDefinition: the spec has no definition " + name};
         static const Env root;
         return en.eval(*ref, root);
       }},
      {"TLCExt.CounterExample",
       [](Engine&, Args, const SourceRange&) -> Value {
         throw ValueError{
             "CounterExample (TLC's counterexample in a POSTCONDITION) is not supported"};
       }},
      {"TLCExt.ToTrace",
       [](Engine&, Args, const SourceRange&) -> Value {
         throw ValueError{"ToTrace (of TLC's counterexample in a POSTCONDITION) is not supported"};
       }},
      {"TLCExt.TLCModelValue",
       [](Engine&, Args a, const SourceRange&) {
         return Value::modelValue(stringArg(a[0], "TLCModelValue", "name"));
       }},
  };
  return t;
}

}  // namespace

Value assertErrorMarker(Engine&, Args, const SourceRange&) {
  throw ValueError{"AssertError cannot be passed as an operator"};
}

Engine::NativeFn ioNative(const std::string& key) {
  auto it = ioTable().find(key);
  return it == ioTable().end() ? nullptr : it->second;
}

}  // namespace vouch::refinement
