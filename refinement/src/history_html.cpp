// Renders a `vouch history` file report as an HTML timeline (see history_html.hpp). The markup
// is generated here, so the page shows everything without script (and a test can read it as
// is); the inline script only adds axis ticks, zoom, the "minimal sub-history only" toggle, a
// details panel and scrolling to the failed operation. Positions are `calc(var(--u) * event)`,
// so zooming is one CSS variable, which keeps 5000-operation pages responsive.

#include "vouch/refinement/history_html.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vouch::refinement {

namespace {

using nlohmann::json;

constexpr int kLabelWidth = 92;  // px, the sticky process column
constexpr int kRowPitch = 28;    // px between the sub-rows of one lane
constexpr int kLanePad = 5;      // px above a lane's first sub-row
constexpr double kTargetWidth = 1180;

struct Op {
  int64_t id = 0;
  std::string process, f, invoke, output, outcome;  // outcome: "ok", "fail" or "info"
  int64_t start = 0;
  std::optional<int64_t> end, line, endLine;
  bool open = false;  // info or never completed: may take effect until the end of the history
  size_t row = 0;     // sub-row inside its lane (bars of one lane never overlap)
};

struct Fault {
  std::string name;
  int64_t start = 0;
  std::optional<int64_t> end;
};

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const json& member(const json& obj, const char* key) {
  static const json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

/// A report value as text: strings as they are, null as "", anything else as JSON.
std::string text(const json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<int64_t> integer(const json& v) {
  if (v.is_number_integer()) return v.get<int64_t>();
  if (v.is_number_float()) return static_cast<int64_t>(v.get<double>());
  return std::nullopt;
}

std::vector<int64_t> idList(const json& v) {
  std::vector<int64_t> out;
  if (!v.is_array()) return out;
  for (const json& e : v)
    if (auto i = integer(e)) out.push_back(*i);
  return out;
}

std::optional<int64_t> asNumber(const std::string& s) {
  int64_t n = 0;
  auto [rest, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || rest != s.data() + s.size()) return std::nullopt;
  return n;
}

/// Numeric process names in numeric order, then the others (e.g. "nemesis") alphabetically.
bool processLess(const std::string& a, const std::string& b) {
  auto na = asNumber(a), nb = asNumber(b);
  if (na && nb) return *na != *nb ? *na < *nb : a < b;
  if (na || nb) return na.has_value();
  return a < b;
}

std::vector<Op> readOps(const json& history) {
  std::vector<Op> ops;
  if (!history.is_array()) return ops;
  for (const json& e : history) {
    Op op;
    op.id = integer(member(e, "id")).value_or(static_cast<int64_t>(ops.size()));
    op.process = text(member(e, "process"));
    op.f = text(member(e, "f"));
    op.invoke = text(member(e, "invoke"));
    op.output = text(member(e, "output"));
    op.outcome = text(member(e, "outcome"));
    if (op.outcome != "ok" && op.outcome != "fail") op.outcome = "info";
    op.start = std::max<int64_t>(0, integer(member(e, "start")).value_or(0));
    op.end = integer(member(e, "end"));
    op.line = integer(member(e, "line"));
    op.endLine = integer(member(e, "end_line"));
    op.open = op.outcome == "info" || !op.end;
    ops.push_back(std::move(op));
  }
  return ops;
}

std::vector<Fault> readFaults(const json& faults) {
  std::vector<Fault> out;
  if (!faults.is_array()) return out;
  for (const json& e : faults) {
    Fault f;
    f.name = text(member(e, "name"));
    f.start = std::max<int64_t>(0, integer(member(e, "start")).value_or(0));
    f.end = integer(member(e, "end"));
    out.push_back(std::move(f));
  }
  return out;
}

/// `f invoke→output` as on the bar; a Jepsen `nil` invocation value is left out.
std::string barLabel(const Op& op) {
  std::string s = op.f;
  if (!op.invoke.empty() && op.invoke != "nil") s += " " + op.invoke;
  if (op.open)
    s += "→?";
  else if (op.outcome == "fail")
    s += "→fail";
  else if (!op.output.empty())
    s += "→" + op.output;
  return s;
}

std::string range(int64_t from, const std::optional<int64_t>& to, const char* missing) {
  return std::to_string(from) + "–" + (to ? std::to_string(*to) : std::string(missing));
}

/// `left` and `width` of a bar from event position `from` to `to` (exclusive).
std::string xStyle(int64_t from, int64_t to) {
  return "left:calc(var(--lw) + var(--u) * " + std::to_string(from) + ");width:calc(var(--u) * " +
         std::to_string(std::max<int64_t>(0, to - from)) + ")";
}

const char* kCss = R"CSS(
:root{--axis:40px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  color:#202124}
body{margin:0;background:#fff}
header{padding:14px 20px 10px;border-bottom:1px solid #dadce0;background:#f8f9fa}
h1{font-size:17px;margin:0 0 9px;font-weight:600}
h1 .file{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:500}
.summary{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;font-size:13px}
.summary b{font-variant-numeric:tabular-nums}
.verdict{font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:3px 11px;
  border-radius:12px;color:#fff;font-size:12px}
.v-conforms{background:#188038}.v-violates{background:#d93025}.v-unknown{background:#e37400}
.v-error,.v-other{background:#5f6368}
#explanation{margin:10px 0 0;padding:8px 10px;background:#fff;border:1px solid #dadce0;
  border-left:4px solid #5f6368;border-radius:4px;font-size:12.5px;max-height:30vh;overflow:auto;
  white-space:pre-wrap}
.has-failure #explanation{border-left-color:#d93025}
.controls{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;margin-top:10px;
  font-size:12.5px}
.controls button{font:inherit;padding:1px 9px;border:1px solid #bdc1c6;background:#fff;
  border-radius:4px;cursor:pointer}
.controls label{cursor:pointer;user-select:none}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center;color:#3c4043}
.sw{display:inline-block;width:30px;height:14px;box-sizing:border-box;vertical-align:-3px;
  margin-right:5px;border:1px solid var(--b);border-radius:3px;background:var(--c);
  line-height:12px}
.sw .lin-n{min-width:12px;height:12px;margin:0;padding:0 2px;font-size:9px;line-height:12px;
  vertical-align:top}
.sw-fault{border:1px dashed rgba(120,70,190,.55);background:rgba(150,100,210,.2)}
#scroll{position:relative;overflow:auto;max-height:calc(100vh - 30px)}
#plot{position:relative;min-width:100%;width:calc(var(--lw) + var(--u) * var(--span) + 40px)}
#axis{position:sticky;top:0;z-index:6;height:var(--axis);background:#fff;
  border-bottom:1px solid #dadce0}
.corner{position:sticky;left:0;z-index:7;width:var(--lw);height:100%;box-sizing:border-box;
  padding:0 0 5px 8px;display:flex;align-items:flex-end;background:#f8f9fa;font-size:10.5px;
  color:#5f6368;border-right:1px solid #dadce0}
.tick{position:absolute;bottom:0;height:16px;border-left:1px solid #bdc1c6}
.tick span{position:absolute;bottom:3px;left:3px;font-size:10.5px;
  color:#5f6368;white-space:nowrap}
.fault-label{position:absolute;top:3px;height:14px;box-sizing:border-box;padding:0 4px;
  border-radius:2px;background:rgba(150,100,210,.25);color:#4a2286;font-size:10px;
  line-height:14px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.fault{position:absolute;top:var(--axis);bottom:0;z-index:1;pointer-events:none;
  background:rgba(150,100,210,.12);border-left:1px dashed rgba(120,70,190,.55);
  border-right:1px dashed rgba(120,70,190,.55);box-sizing:border-box}
.failure-marker{position:absolute;top:2px;z-index:2;transform:translateX(-50%);padding:0 6px;
  border-radius:3px;background:#d93025;color:#fff;font:700 10.5px/16px system-ui,sans-serif;
  white-space:nowrap}
.failure-marker::after{content:"";position:absolute;left:50%;top:16px;height:24px;
  margin-left:-1px;border-left:2px solid #d93025}
#failure-mark{position:absolute;top:var(--axis);bottom:0;z-index:3;width:0;margin-left:-1px;
  border-left:2px solid #d93025;pointer-events:none}
.lane{position:relative;border-bottom:1px solid #e8eaed}
.lane:nth-child(even){background:rgba(60,64,67,.035)}
.lane-label{position:sticky;left:0;z-index:4;width:var(--lw);height:100%;box-sizing:border-box;
  padding:0 8px;background:#f8f9fa;border-right:1px solid #dadce0;display:flex;
  align-items:center;font:600 12px ui-monospace,Menlo,Consolas,monospace;overflow:hidden;
  white-space:nowrap}
.op{position:absolute;z-index:2;height:22px;min-width:4px;box-sizing:border-box;padding:0 4px;
  border:1px solid var(--b);border-radius:3px;background:var(--c);color:var(--t);
  font:11.5px/20px ui-monospace,Menlo,Consolas,monospace;white-space:nowrap;overflow:hidden;
  text-overflow:ellipsis;cursor:pointer}
.o-ok{--c:#4a7fd4;--b:#2f5fa8;--c2:#86aae8;--c3:#dce7f8;--t:#fff}
.o-fail{--c:#c4c7cb;--b:#9aa0a6;--c2:#e3e5e8;--c3:#eef0f2;--t:#3c4043}
.o-info{--c:#f2b33d;--b:#a86f00;--c2:#fadf9f;--c3:#fcefd2;--t:#3c2a00}
.open{--known:100%;border-style:dashed;
  background:repeating-linear-gradient(135deg,var(--c) 0 6px,var(--c2) 6px 12px) 0 0/
    var(--known) 100% no-repeat,repeating-linear-gradient(135deg,var(--c3) 0 6px,#fff 6px 12px);
  border-right:none;border-radius:3px 0 0 3px}
.unplaced,.sw-unplaced{--c:#ea4335;--b:#a50e0e;--c2:#f6aea9;--c3:#fbd5d2;--t:#fff}
.failed,.sw-failed{--c:#c5221f;--b:#5c0b0b;--c2:#ee8b84;--c3:#f6c4c0;--t:#fff;z-index:3;border-width:2px;
  font-weight:700;box-shadow:0 0 0 2px rgba(217,48,37,.3),0 0 10px rgba(217,48,37,.65)}
.minimal,.sw-minimal{outline:2px solid #202124;outline-offset:2px}
.sw-minimal{margin-right:8px}
.rest{opacity:.5}
.lin-n{display:inline-block;box-sizing:border-box;min-width:15px;height:14px;padding:0 3px;
  margin-right:4px;border-radius:7px;background:rgba(255,255,255,.92);color:#1a3d7a;
  font:700 10px/14px system-ui,sans-serif;text-align:center;vertical-align:1px}
.op.sel{outline:2px dashed #000;outline-offset:2px}
body.minimal-only .op:not(.minimal),body.minimal-only .lane:not(.has-minimal){display:none}
#details{margin:0;padding:8px 20px;min-height:16px;border-top:1px solid #dadce0;
  background:#f8f9fa;font-size:12px;white-space:pre-wrap;color:#3c4043}
.empty{padding:20px;color:#5f6368}
)CSS";

const char* kScript = R"JS(
(function () {
  var plot = document.getElementById('plot');
  if (!plot) return;
  var scroll = document.getElementById('scroll'), axis = document.getElementById('axis');
  var details = document.getElementById('details');
  var span = +plot.dataset.span, lw = +plot.dataset.lw, u = +plot.dataset.u, selected = null;
  function ticks() {
    axis.querySelectorAll('.tick').forEach(function (t) { t.remove(); });
    var nice = [1, 2, 5], i = 0, k = 1, step = 1;
    while (step * u < 64) { if (++i === 3) { i = 0; k *= 10; } step = nice[i] * k; }
    var frag = document.createDocumentFragment();
    for (var x = 0; x <= span; x += step) {
      var t = document.createElement('div'), s = document.createElement('span');
      t.className = 'tick';
      t.style.left = (lw + x * u) + 'px';
      s.textContent = x;
      t.appendChild(s);
      frag.appendChild(t);
    }
    axis.appendChild(frag);
  }
  function zoom(next) {
    var centre = (scroll.scrollLeft + scroll.clientWidth / 2 - lw) / u;
    u = Math.min(400, Math.max(0.02, next));
    plot.style.setProperty('--u', u + 'px');
    ticks();
    scroll.scrollLeft = lw + centre * u - scroll.clientWidth / 2;
  }
  function reveal(op) {
    scroll.scrollTop = Math.max(0, op.parentElement.offsetTop + op.offsetTop - scroll.clientHeight / 2);
    scroll.scrollLeft = Math.max(0, op.offsetLeft - lw - scroll.clientWidth / 4);
  }
  document.getElementById('zoom-in').onclick = function () { zoom(u * 1.5); };
  document.getElementById('zoom-out').onclick = function () { zoom(u / 1.5); };
  document.getElementById('zoom-fit').onclick = function () {
    zoom((scroll.clientWidth - lw - 40) / span);
  };
  scroll.addEventListener('wheel', function (e) {
    if (!e.ctrlKey) return;
    e.preventDefault();
    zoom(u * (e.deltaY < 0 ? 1.25 : 0.8));
  }, { passive: false });
  var only = document.getElementById('minimal-only');
  if (only) only.onchange = function () {
    document.body.classList.toggle('minimal-only', only.checked);
    var first = document.querySelector('.op.minimal');
    if (first) reveal(first);
  };
  plot.addEventListener('click', function (e) {
    var op = e.target.closest('.op');
    if (!op) return;
    if (selected) selected.classList.remove('sel');
    selected = op;
    op.classList.add('sel');
    details.textContent = op.title;
  });
  ticks();
  var failed = document.querySelector('.op.failed');
  if (failed) reveal(failed);
})();
)JS";

}  // namespace

std::string renderHistoryHtml(const nlohmann::json& fileReport) {
  const json& explanation = member(fileReport, "explanation");
  const std::string file = text(member(fileReport, "file"));
  const std::string verdict = text(member(fileReport, "verdict"));
  const std::string explanationText = text(member(explanation, "text"));
  std::vector<Op> ops = readOps(member(fileReport, "history"));
  const std::vector<Fault> faults = readFaults(member(fileReport, "faults"));
  const std::optional<int64_t> failedId = integer(member(fileReport, "failed_operation"));

  std::unordered_map<int64_t, size_t> linearOrder;  // op id -> 1-based position
  for (int64_t id : idList(member(explanation, "linearized")))
    linearOrder.emplace(id, linearOrder.size() + 1);
  const std::vector<int64_t> unplacedList = idList(member(explanation, "unplaced"));
  const std::vector<int64_t> minimalList = idList(member(explanation, "minimal"));
  const std::set<int64_t> unplaced(unplacedList.begin(), unplacedList.end());
  const std::set<int64_t> minimal(minimalList.begin(), minimalList.end());
  // In a violation, operations outside the prefix that were not tried are dimmed.
  const bool dimRest = verdict == "violates" && !linearOrder.empty();

  // The x axis runs over event positions [0, span); open bars extend to span.
  int64_t span = 1;
  for (const Op& op : ops) span = std::max({span, op.start + 1, op.end.value_or(0) + 1});
  for (const Fault& f : faults) span = std::max({span, f.start + 1, f.end.value_or(0) + 1});
  auto barEnd = [&](const Op& op) { return op.open ? span : std::max(*op.end, op.start); };

  // Lanes in process order; inside a lane, bars that overlap go to separate sub-rows.
  std::map<std::string, std::vector<size_t>, decltype(&processLess)> lanes(processLess);
  for (size_t i = 0; i < ops.size(); ++i) lanes[ops[i].process].push_back(i);
  std::map<std::string, size_t, decltype(&processLess)> laneRows(processLess);
  for (auto& [process, members] : lanes) {
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      return ops[a].start != ops[b].start ? ops[a].start < ops[b].start : ops[a].id < ops[b].id;
    });
    std::vector<int64_t> rowEnds;
    for (size_t i : members) {
      Op& op = ops[i];
      op.row = 0;
      while (op.row < rowEnds.size() && rowEnds[op.row] > op.start) ++op.row;
      if (op.row == rowEnds.size()) rowEnds.push_back(0);
      rowEnds[op.row] = barEnd(op);
    }
    laneRows[process] = std::max<size_t>(1, rowEnds.size());
  }

  const Op* failedOp = nullptr;
  size_t okCount = 0, failCount = 0, infoCount = 0;
  for (const Op& op : ops) {
    if (failedId && op.id == *failedId && !failedOp) failedOp = &op;
    (op.outcome == "ok" ? okCount : op.outcome == "fail" ? failCount : infoCount)++;
  }
  const std::string verdictClass =
      verdict == "conforms" || verdict == "violates" || verdict == "unknown" || verdict == "error"
          ? "v-" + verdict
          : std::string("v-other");
  const double unit = std::clamp(kTargetWidth / static_cast<double>(span), 6.0, 72.0);

  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>" << escape(file) << " — " << escape(verdict) << " — vouch history</title>\n"
    << "<style>" << kCss << "</style>\n</head>\n<body" << (failedOp ? " class=\"has-failure\"" : "")
    << ">\n<header>\n"
    << "<h1>vouch history · <span class=\"file\" id=\"file\">" << escape(file) << "</span></h1>\n"
    << "<div class=\"summary\"><span id=\"verdict\" class=\"verdict " << verdictClass << "\">"
    << escape(verdict) << "</span>\n";
  auto count = [&](const std::string& what, const std::string& value) {
    o << "<span class=\"count\">" << what << " <b>" << escape(value) << "</b></span>\n";
  };
  const std::optional<int64_t> declared = integer(member(fileReport, "operations"));
  count("operations", std::to_string(declared.value_or(static_cast<int64_t>(ops.size()))));
  count("processes", std::to_string(lanes.size()));
  count("ok", std::to_string(okCount));
  count("fail", std::to_string(failCount));
  count("info", std::to_string(infoCount));
  if (!faults.empty()) count("faults", std::to_string(faults.size()));
  if (!linearOrder.empty()) count("linearized prefix", std::to_string(linearOrder.size()));
  if (!unplaced.empty()) count("unplaced", std::to_string(unplaced.size()));
  if (!minimal.empty()) count("minimal sub-history", std::to_string(minimal.size()));
  if (failedId) count("failed operation", std::to_string(*failedId));
  o << "</div>\n";
  if (!explanationText.empty())
    o << "<pre id=\"explanation\">" << escape(explanationText) << "</pre>\n";

  o << "<div class=\"controls\">\n<span>zoom <button id=\"zoom-out\" title=\"zoom out\">−</button> "
    << "<button id=\"zoom-in\" title=\"zoom in (or ctrl + wheel)\">+</button> "
    << "<button id=\"zoom-fit\" title=\"fit the whole history\">fit</button></span>\n";
  if (!minimal.empty())
    o << "<label><input type=\"checkbox\" id=\"minimal-only\"> show minimal sub-history "
         "only</label>\n";
  // The legend names only what this page shows.
  o << "<span class=\"legend\">"
    << "<span><span class=\"sw o-ok\"></span>ok</span>"
    << "<span><span class=\"sw o-fail\"></span>fail</span>"
    << "<span><span class=\"sw o-info open\"></span>info / never completed</span>";
  if (!linearOrder.empty())
    o << "<span><span class=\"sw o-ok\"><b class=\"lin-n\">1</b></span>linearization order"
         "</span>";
  if (!unplaced.empty()) o << "<span><span class=\"sw sw-unplaced\"></span>unplaced</span>";
  if (failedOp) o << "<span><span class=\"sw sw-failed\"></span>failed</span>";
  if (!minimal.empty())
    o << "<span><span class=\"sw o-ok sw-minimal\"></span>minimal sub-history</span>";
  if (!faults.empty()) o << "<span><span class=\"sw sw-fault\"></span>fault</span>";
  o << "</span>\n</div>\n</header>\n";

  o << "<div id=\"scroll\">\n<div id=\"plot\" data-span=\"" << span << "\" data-lw=\""
    << kLabelWidth << "\" data-u=\"" << unit << "\" style=\"--lw:" << kLabelWidth
    << "px;--u:" << unit << "px;--span:" << span
    << "\">\n<div id=\"axis\"><div class=\"corner\">process \\ event</div>\n";
  for (const Fault& f : faults) {
    o << "<div class=\"fault-label\" style=\"" << xStyle(f.start, f.end.value_or(span))
      << "\" title=\"" << escape(f.name + ": events " + range(f.start, f.end, "end")) << "\">"
      << escape(f.name) << "</div>\n";
  }
  if (failedOp) {
    o << "<div class=\"failure-marker\" id=\"failure-marker\" style=\"left:calc(var(--lw) + "
      << "var(--u) * " << failedOp->start << ")\">✗ op " << failedOp->id << "</div>\n";
  }
  o << "</div>\n";
  for (const Fault& f : faults) {
    o << "<div class=\"fault\" style=\"" << xStyle(f.start, f.end.value_or(span)) << "\"></div>\n";
  }

  o << "<div id=\"lanes\">\n";
  if (ops.empty()) o << "<p class=\"empty\">No operations.</p>\n";
  for (const auto& [process, members] : lanes) {
    bool hasMinimal = std::any_of(members.begin(), members.end(),
                                  [&](size_t i) { return minimal.count(ops[i].id) > 0; });
    o << "<div class=\"lane" << (hasMinimal ? " has-minimal" : "") << "\" data-process=\""
      << escape(process) << "\" style=\"height:" << kLanePad + laneRows[process] * kRowPitch
      << "px\"><div class=\"lane-label\" title=\"process " << escape(process) << "\">"
      << escape(process) << "</div>\n";
    for (size_t i : members) {
      const Op& op = ops[i];
      auto lin = linearOrder.find(op.id);
      bool isUnplaced = unplaced.count(op.id) > 0, isMinimal = minimal.count(op.id) > 0;
      bool isFailed = &op == failedOp;
      std::string classes = "op o-" + op.outcome;
      if (op.open) classes += " open";
      if (lin != linearOrder.end()) classes += " lin";
      if (isUnplaced) classes += " unplaced";
      if (isFailed) classes += " failed";
      if (isMinimal) classes += " minimal";
      if (dimRest && lin == linearOrder.end() && !isUnplaced && !isFailed) classes += " rest";

      std::string output = !op.output.empty() ? op.output : op.outcome == "ok" ? "nil" : "?";
      std::string title = "op " + std::to_string(op.id) + " · process " + op.process + "\n" + op.f +
                          " " + (op.invoke.empty() ? "nil" : op.invoke) + " → " + output + "  (" +
                          op.outcome + ")\nevents " + range(op.start, op.end, "");
      if (!op.end) title += " (never completed)";
      if (op.line)
        title += op.endLine ? " · lines " + range(*op.line, op.endLine, "")
                            : " · line " + std::to_string(*op.line);
      if (lin != linearOrder.end())
        title += "\n#" + std::to_string(lin->second) + " in the longest linearizable prefix";
      if (isFailed) title += "\nthe failed operation";
      if (isUnplaced) title += "\ncould not be placed after the linearizable prefix";
      if (isMinimal) title += "\nin the minimal non-linearizable sub-history";

      o << "<div class=\"" << classes << "\" data-op-id=\"" << op.id << "\" style=\""
        << xStyle(op.start, barEnd(op)) << ";top:" << kLanePad + op.row * kRowPitch << "px";
      // An open bar is strong while the operation was known to be pending, pale afterwards.
      if (op.open)
        o << ";--known:calc(var(--u) * " << (op.end ? std::max<int64_t>(0, *op.end - op.start) : 0)
          << ")";
      o << "\" title=\"" << escape(title) << "\">";
      if (lin != linearOrder.end()) o << "<b class=\"lin-n\">" << lin->second << "</b>";
      o << escape(barLabel(op)) << "</div>\n";
    }
    o << "</div>\n";
  }
  o << "</div>\n";
  if (failedOp) {
    o << "<div id=\"failure-mark\" style=\"left:calc(var(--lw) + var(--u) * " << failedOp->start
      << ")\" title=\"operation " << failedOp->id << " cannot be placed\"></div>\n";
  }
  o << "</div>\n</div>\n<pre id=\"details\">Click an operation for its details.</pre>\n"
    << "<script>" << kScript << "</script>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace vouch::refinement
