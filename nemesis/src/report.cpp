// Two SVG plots on one page: latency of every operation (log scale) against its start time, and
// completions per second by outcome; each fault is a shaded band over both.

#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace vouch::nemesis {

namespace {

constexpr double kW = 900, kH = 280, kLeft = 60, kRight = 20, kTop = 20, kBottom = 40;
constexpr size_t kMaxPoints = 20000;  // larger histories are thinned evenly

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

const char* colorOf(const std::string& type) {
  return type == "ok" ? "#2a9d3a" : type == "fail" ? "#d33c3c" : "#e8a317";
}

const char* faultColor(const std::string& kind) {
  return kind == "partition" ? "#7aa6e0"
         : kind == "kill"    ? "#e07a7a"
         : kind == "pause"   ? "#b59ae0"
                             : "#9ad0b5";
}

struct Axes {
  double tMax;
  double x(double t) const { return kLeft + (kW - kLeft - kRight) * (t / tMax); }
};

void faultBands(std::ostringstream& o, const Axes& ax, const std::vector<FaultSpan>& faults) {
  for (const auto& f : faults) {
    double x0 = ax.x(f.start), x1 = ax.x(f.end);
    o << "<rect x='" << fmt(x0) << "' y='" << kTop << "' width='" << fmt(std::max(1.0, x1 - x0))
      << "' height='" << (kH - kTop - kBottom) << "' fill='" << faultColor(f.kind)
      << "' opacity='0.3'><title>" << escape(f.kind + " " + f.node) << " " << fmt(f.start) << "–"
      << fmt(f.end) << " s</title></rect>\n";
    o << "<text x='" << fmt(x0 + 2) << "' y='" << (kTop + 12) << "' font-size='10'>"
      << escape(f.kind + " " + f.node) << "</text>\n";
  }
}

void timeAxis(std::ostringstream& o, const Axes& ax) {
  double step = ax.tMax > 120 ? 30 : ax.tMax > 40 ? 10 : ax.tMax > 15 ? 5 : 1;
  for (int i = 0; i <= 1000 && i * step <= ax.tMax; ++i) {
    double x = ax.x(i * step);
    o << "<line x1='" << fmt(x) << "' x2='" << fmt(x) << "' y1='" << (kH - kBottom) << "' y2='"
      << (kH - kBottom + 4) << "' stroke='#444'/>"
      << "<text x='" << fmt(x) << "' y='" << (kH - kBottom + 16)
      << "' font-size='10' text-anchor='middle'>" << i * step << "</text>\n";
  }
  o << "<text x='" << (kW / 2) << "' y='" << (kH - 6)
    << "' font-size='11' text-anchor='middle'>time since the run started (s)</text>\n";
  o << "<line x1='" << kLeft << "' x2='" << (kW - kRight) << "' y1='" << (kH - kBottom) << "' y2='"
    << (kH - kBottom) << "' stroke='#444'/>\n";
}

}  // namespace

bool writeReport(const std::string& path, const std::string& title,
                 const std::vector<OpSample>& ops, const std::vector<FaultSpan>& faults) {
  double tMax = 1;
  double latMax = 1;  // ms
  for (const auto& op : ops) {
    tMax = std::max(tMax, op.end);
    latMax = std::max(latMax, (op.end - op.start) * 1000);
  }
  for (const auto& f : faults) tMax = std::max(tMax, f.end);
  Axes ax{tMax};
  double plotH = kH - kTop - kBottom;
  std::ostringstream o;
  o << "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" << escape(title)
    << "</title><style>body{font-family:sans-serif;margin:20px}svg{border:1px solid #ccc}"
       "</style></head><body>\n<h2>"
    << escape(title) << "</h2>\n<p>" << ops.size()
    << " operations; colors: <span style='color:#2a9d3a'>ok</span>, "
       "<span style='color:#d33c3c'>fail</span>, <span style='color:#e8a317'>info</span>; "
       "shaded: faults.</p>\n";

  // Latency, log scale from 0.1 ms to the largest latency seen.
  double lo = std::log10(0.1), hi = std::log10(latMax * 1.2);
  auto y = [&](double ms) {
    double v = std::log10(std::max(ms, 0.1));
    return kTop + plotH * (1 - (v - lo) / (hi - lo));
  };
  o << "<h3>Latency</h3><svg width='" << kW << "' height='" << kH << "'>\n";
  faultBands(o, ax, faults);
  for (double ms : {0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0}) {
    if (ms > latMax * 1.2) break;
    o << "<line x1='" << kLeft << "' x2='" << (kW - kRight) << "' y1='" << fmt(y(ms)) << "' y2='"
      << fmt(y(ms)) << "' stroke='#eee'/><text x='" << (kLeft - 4) << "' y='" << fmt(y(ms) + 3)
      << "' font-size='10' text-anchor='end'>" << ms << " ms</text>\n";
  }
  size_t stride = ops.size() > kMaxPoints ? ops.size() / kMaxPoints + 1 : 1;
  for (size_t i = 0; i < ops.size(); i += stride) {
    const auto& op = ops[i];
    o << "<circle cx='" << fmt(ax.x(op.start)) << "' cy='" << fmt(y((op.end - op.start) * 1000))
      << "' r='1.6' fill='" << colorOf(op.type) << "'/>\n";
  }
  timeAxis(o, ax);
  o << "</svg>\n";

  // Throughput: completions per second, one line per outcome.
  int buckets = static_cast<int>(std::ceil(tMax));
  std::map<std::string, std::vector<double>> rate;
  for (const char* t : {"ok", "fail", "info"}) rate[t].assign(static_cast<size_t>(buckets) + 1, 0);
  for (const auto& op : ops) {
    auto b = static_cast<size_t>(std::max(0.0, std::floor(op.end)));
    if (rate.count(op.type) && b < rate[op.type].size()) rate[op.type][b] += 1;
  }
  double rMax = 1;
  for (const auto& [t, v] : rate)
    for (double c : v) rMax = std::max(rMax, c);
  auto ry = [&](double c) { return kTop + plotH * (1 - c / (rMax * 1.1)); };
  o << "<h3>Throughput (completions per second)</h3><svg width='" << kW << "' height='" << kH
    << "'>\n";
  faultBands(o, ax, faults);
  for (int i = 0; i <= 4; ++i) {
    double c = rMax * 1.1 * i / 4;
    o << "<line x1='" << kLeft << "' x2='" << (kW - kRight) << "' y1='" << fmt(ry(c)) << "' y2='"
      << fmt(ry(c)) << "' stroke='#eee'/><text x='" << (kLeft - 4) << "' y='" << fmt(ry(c) + 3)
      << "' font-size='10' text-anchor='end'>" << static_cast<int>(c) << "</text>\n";
  }
  for (const auto& [t, v] : rate) {
    o << "<polyline fill='none' stroke-width='1.5' stroke='" << colorOf(t) << "' points='";
    for (size_t b = 0; b < v.size(); ++b)
      o << fmt(ax.x(static_cast<double>(b) + 0.5)) << "," << fmt(ry(v[b])) << " ";
    o << "'/>\n";
  }
  timeAxis(o, ax);
  o << "</svg>\n</body></html>\n";
  std::ofstream out(path, std::ios::trunc);
  out << o.str();
  return static_cast<bool>(out);
}

}  // namespace vouch::nemesis
