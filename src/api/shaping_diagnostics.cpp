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
    diags.error("GW-E-OUT-OF-MEMORY",
                fmt::format("HarfBuzz ran out of memory shaping the text at {} ({} place{}); "
                            "free memory or render fewer documents at once",
                            place(diags, report.out_of_memory.front().at),
                            report.out_of_memory.size(),
                            report.out_of_memory.size() == 1 ? "" : "s"),
                report.out_of_memory.front().at);
  }
  if (!report.missing.empty()) {
    std::string list;
    std::set<std::pair<char32_t, SourceOffset>> seen;
    for (const auto& m : report.missing) {
      if (!seen.insert({m.cp, m.at}).second) continue;
      if (!list.empty()) list += ", ";
      list += fmt::format("{} at {} ({})", describe(m.cp), place(diags, m.at), role_name(m.role));
    }
    diags.error("GW-E-MISSING-GLYPH",
                fmt::format("no configured font or fallback has these characters: {}; add a "
                            "font that has them to the role's chain (--font or the style's "
                            "[fonts])",
                            list),
                report.missing.front().at);
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
      list += fmt::format("{} at {}", describe(u->cp), place(diags, u->at));
    }
    diags.warning("GW-W-FONT-FALLBACK",
                  fmt::format("role {} uses fallback font \"{}\" for {}", role_name(key.first),
                              key.second, list),
                  uses.front()->at);
  }
}

}  // namespace gongwen::detail
