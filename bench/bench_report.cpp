#include "bench_report.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "common/json_text.hpp"

namespace gongwen::bench {

using gongwen::detail::json_string;

const Figure* Report::find(const std::string& key) const {
  for (const Figure& f : figures_) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

bool Report::meets(const Figure& f) {
  if (f.target.size() < 4 || !f.measured) return f.target.empty();
  const double bound = std::strtod(f.target.c_str() + 3, nullptr);
  return f.target.starts_with("<=") ? f.value <= bound : f.value >= bound;
}

std::string Report::table() const {
  std::string out;
  for (const auto& [key, text] : notes_) out += fmt::format("{}: {}\n", key, text);
  out += fmt::format("\n{:<58} {:>10} {:<7} {:<10} {}\n", "figure", "value", "unit", "target", "");
  for (const Figure& f : figures_) {
    if (!f.measured) {
      out += fmt::format("{:<58} {:>10} {:<7} {:<10}\n", f.label, "-", f.unit, f.target);
      continue;
    }
    const char* verdict = f.target.empty() ? "" : meets(f) ? "met" : "MISSED";
    out += fmt::format("{:<58} {:>10.2f} {:<7} {:<10} {}\n", f.label, f.value, f.unit, f.target,
                       verdict);
  }
  return out;
}

std::string Report::json() const {
  std::string out = "{\"notes\":{";
  for (std::size_t i = 0; i < notes_.size(); ++i) {
    out += fmt::format("{}{}:{}", i ? "," : "", json_string(notes_[i].first),
                       json_string(notes_[i].second));
  }
  out += "},\"figures\":[";
  for (std::size_t i = 0; i < figures_.size(); ++i) {
    const Figure& f = figures_[i];
    out += fmt::format(
        "{}{{\"key\":{},\"label\":{},\"value\":{},\"unit\":{},\"target\":{},\"met\":{}}}",
        i ? "," : "", json_string(f.key), json_string(f.label),
        f.measured ? fmt::format("{:.3f}", f.value) : "null", json_string(f.unit),
        f.target.empty() ? "null" : json_string(f.target),
        f.target.empty() || !f.measured ? "null" : meets(f) ? "true" : "false");
  }
  return out + "]}\n";
}

}  // namespace gongwen::bench
