// Renders the HTML timeline of one `vouch history` file report (tests/cli/history_html.sh).
// usage: history_html_render REPORT.json > page.html

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "vouch/refinement/history_html.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: history_html_render REPORT.json\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot open\n";
    return 2;
  }
  nlohmann::json report;
  try {
    report = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    std::cerr << argv[1] << ": " << e.what() << "\n";
    return 2;
  }
  std::cout << vouch::refinement::renderHistoryHtml(report);
  return std::cout ? 0 : 1;
}
