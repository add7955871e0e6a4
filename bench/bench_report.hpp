// The benchmark's figures, printed as a table or as JSON (--json).
#pragma once

#include <string>
#include <vector>

namespace gongwen::bench {

struct Figure {
  std::string key;     // stable, for --json readers: warm_distinct_ms …
  std::string label;   // what was measured, for people
  double value = 0;
  std::string unit;    // ms, docs/s, MB, KB, ×
  std::string target;  // issue 13's target ("<= 6"), empty when there is none
  bool measured = true;  // false: could not be measured (the reason is in label)
};

class Report {
 public:
  void add(Figure f) { figures_.push_back(std::move(f)); }
  void note(std::string key, std::string text) { notes_.push_back({std::move(key), std::move(text)}); }
  const Figure* find(const std::string& key) const;
  // Whether the figure meets its target ("<= X" or ">= X"); true when it has none.
  static bool meets(const Figure& f);
  std::string table() const;
  std::string json() const;

 private:
  std::vector<Figure> figures_;
  std::vector<std::pair<std::string, std::string>> notes_;
};

}  // namespace gongwen::bench
