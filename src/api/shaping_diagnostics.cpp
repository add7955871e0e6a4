#include "api/shaping_diagnostics.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "common/utf8.hpp"
#include "text/font.hpp"

namespace gongwen::detail {

namespace {
std::string place(const Diagnostics& diags, SourceOffset at) {
  SourceLocation loc = diags.locate(at);
  return loc.line > 0 ? fmt::format("{}:{}", loc.line, loc.column) : std::string("?");
}
std::string describe(char32_t cp) {
  std::string ch;
  append_utf8(ch, cp);
  return fmt::format("U+{:04X} {}", static_cast<std::uint32_t>(cp), ch);
}
}  // namespace

void report_shaping(const ShapeReport& report, Diagnostics& diags) {
  if (!report.out_of_memory.empty()) {
    diags.error(msg("GW-E-OUT-OF-MEMORY", report.out_of_memory.size() == 1 ? "shaping-one" : "shaping",
                    {{"at", place(diags, report.out_of_memory.front().at)},
                     {"count", report.out_of_memory.size()}}),
                report.out_of_memory.front().at);
  }
  if (!report.missing.empty()) {
    std::string list;
    std::set<std::pair<char32_t, SourceOffset>> seen;
    for (const auto& m : report.missing) {
      if (!seen.insert({m.cp, m.at}).second) continue;
      if (!list.empty()) list += ", ";
      list += diags.text(msg("GW-E-MISSING-GLYPH", "item",
                             {{"char", describe(m.cp)}, {"at", place(diags, m.at)},
                              {"role", role_name(m.role)}}));
    }
    diags.error(msg("GW-E-MISSING-GLYPH", {{"list", list}}), report.missing.front().at);
  }
  std::map<std::pair<Role, std::string>, std::vector<const ShapeReport::Fallback*>> groups;
  for (const auto& f : report.fallbacks) {
    groups[{f.role, f.font->family_name()}].push_back(&f);
  }
  for (const auto& [key, uses] : groups) {
    std::string list;
    std::set<char32_t> seen;
    for (const auto* u : uses) {
      if (!seen.insert(u->cp).second) continue;
      if (!list.empty()) list += ", ";
      list += diags.text(msg("GW-W-FONT-FALLBACK", "item",
                             {{"char", describe(u->cp)}, {"at", place(diags, u->at)}}));
    }
    diags.warning(msg("GW-W-FONT-FALLBACK",
                      {{"role", role_name(key.first)}, {"font", key.second}, {"list", list}}),
                  uses.front()->at);
  }
}

}  // namespace gongwen::detail
