// The style's front door: the built-in default (parsed once), a user's style over it,
// then --font overrides. Reading keys is style_reader.cpp, their table style_table.cpp.
#include "style/style.hpp"

#include <fmt/format.h>

namespace gongwen::detail {

extern const char* const kDefaultStyleToml;

namespace {

// The built-in style is the same for every render: parsed once per process (thread-safe
// static initialisation), then copied.
struct BuiltinStyle {
  Style style;
  std::vector<Diagnostic> problems;
};

const BuiltinStyle& builtin_style() {
  static const BuiltinStyle builtin = [] {
    BuiltinStyle b;
    Diagnostics d;
    // `complete`: the default must set every key, being their only source.
    apply_style_toml(kDefaultStyleToml, "<built-in gbt9704.toml>", true, b.style, d);
    b.problems = d.take();
    return b;
  }();
  return builtin;
}

}  // namespace

bool load_style(const std::string& path,
                const std::vector<std::pair<std::string, std::string>>& fonts, Style& out,
                Diagnostics& diags) {
  std::string text;
  if (!path.empty() && !read_style_file(path, text, diags)) return false;
  return load_style_text(text, path, fonts, out, diags);
}

bool load_style_text(std::string_view text, const std::string& file,
                     const std::vector<std::pair<std::string, std::string>>& fonts, Style& out,
                     Diagnostics& diags) {
  const BuiltinStyle& builtin = builtin_style();
  for (const Diagnostic& d : builtin.problems) {
    if (d.severity == Severity::error) {
      diags.error_at(d.code, d.message, d.where);
    } else {
      diags.warning_at(d.code, d.message, d.where);
    }
  }
  if (has_errors(builtin.problems)) return false;
  Style s = builtin.style;
  if ((!file.empty() || !text.empty()) && !apply_style_toml(text, file, false, s, diags)) return false;
  for (const auto& [role, font] : fonts) {
    Role r;
    if (!role_from_name(role, r)) {
      diags.error_at(msg("GW-E-FONT-ROLE", {{"role", role}}), {});
      continue;
    }
    // The user's font leads the chain; the style's fallbacks stay behind it.
    auto& chain = s.fonts[static_cast<int>(r)];
    chain.insert(chain.begin(), font);
  }
  if (diags.has_errors()) return false;
  out = std::move(s);
  return true;
}

}  // namespace gongwen::detail
