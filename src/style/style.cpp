#include "style/style.hpp"

#include <charconv>
#include <cstdlib>

// toml++ is compiled in header-only with exceptions off (errors are data here); Debian's
// shared build has exceptions on, so linking it would not match these declarations.
#undef TOML_HEADER_ONLY
#undef TOML_SHARED_LIB
#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#include <fmt/format.h>
#include <toml++/toml.h>

namespace gongwen::detail {

extern const char* const kDefaultStyleToml;

namespace {

constexpr std::array<const char*, kRoleCount> kRoleNames = {"xiaobiaosong", "fangsong", "heiti",
                                                            "kaiti", "songti"};

// Reads one style table over `s`. Every key is optional; unknown keys are an error so a
// typo in a user's style never goes unnoticed.
class StyleReader {
 public:
  StyleReader(const toml::table& root, Style& s, Diagnostics& diags, std::string file)
      : root_(root), s_(s), diags_(diags), file_(std::move(file)) {}

  void read() {
    for (auto&& [k, v] : root_) {
      std::string key(k.str());
      static const std::array<const char*, 11> known = {"page",        "grid",   "sizes", "title",
                                                         "colors",      "rules",  "layout",
                                                         "page_number", "letter", "order",
                                                         "fonts"};
      bool ok = false;
      for (const char* n : known) ok = ok || key == n;
      if (!ok || !v.is_table()) error(fmt::format("unknown style table [{}]", key), v.source());
    }
    length_mm("page", "width_mm", s_.page_width);
    length_mm("page", "height_mm", s_.page_height);
    length_mm("page", "top_mm", s_.top);
    length_mm("page", "left_mm", s_.left);
    length_mm("page", "body_width_mm", s_.body_width);
    length_mm("page", "body_height_mm", s_.body_height);
    integer("grid", "lines_per_page", s_.lines_per_page, 1, 100);
    integer("grid", "chars_per_line", s_.chars_per_line, 1, 100);
    length_pt("sizes", "body_pt", s_.body_size);
    length_pt("sizes", "title_pt", s_.title_size);
    length_pt("sizes", "colophon_pt", s_.colophon_size);
    length_pt("sizes", "page_number_pt", s_.page_number_size);
    length_pt("sizes", "masthead_pt", s_.masthead_size);
    length_pt("title", "line_pitch_pt", s_.title_pitch);
    integer("title", "blank_lines_above", s_.title_blank_lines, 0, 10);
    number("title", "min_line_ratio", s_.title_min_ratio, 0.0, 1.0);
    color("colors", "red", s_.red);
    color("colors", "text", s_.text);
    length_mm("rules", "separator_mm", s_.separator_thickness);
    length_mm("rules", "colophon_thick_mm", s_.colophon_thick);
    length_mm("rules", "colophon_thin_mm", s_.colophon_thin);
    length_mm("page_number", "dash_center_below_body_mm", s_.page_number_dash_below);
    integer("page_number", "inset_chars", s_.page_number_inset_chars, 0, 10);
    boolean("layout", "colophon_on_even_page", s_.colophon_on_even_page);
    string("layout", "proofreader_position", s_.proofreader_position, {"last", "first"});
    length_mm("layout", "seal_diameter_mm", s_.seal_diameter);
    length_pt("layout", "tight_min_line_pitch_pt", s_.tight_min_pitch);
    integer("layout", "tight_max_chars_per_line", s_.tight_max_chars, 1, 100);
    length_mm("letter", "mark_top_mm", s_.letter_mark_top);
    length_mm("letter", "line_length_mm", s_.letter_line_length);
    length_mm("letter", "bottom_line_above_page_bottom_mm", s_.letter_bottom_margin);
    length_mm("letter", "thick_mm", s_.letter_thick);
    length_mm("letter", "thin_mm", s_.letter_thin);
    length_mm("letter", "gap_mm", s_.letter_gap);
    length_mm("letter", "first_line_gap_mm", s_.letter_first_line_gap);
    length_mm("order", "mark_below_body_top_mm", s_.order_mark_offset);
    length_mm("order", "stamp_height_mm", s_.order_stamp_height);
    for (int r = 0; r < kRoleCount; ++r) font_chain(kRoleNames[r], s_.fonts[r]);
    check_known_keys();
  }

 private:
  const toml::node* get(const char* table, const char* key) {
    used_.push_back(std::string(table) + "." + key);
    const toml::table* t = root_[table].as_table();
    return t ? t->get(key) : nullptr;
  }
  void error(const std::string& msg, const toml::source_region& src) {
    SourceLocation loc;
    loc.file = file_;
    loc.line = static_cast<int>(src.begin.line);
    loc.column = static_cast<int>(src.begin.column);
    diags_.error_at("GW-E-STYLE", msg, loc);
  }
  bool positive_number(const char* table, const char* key, double& out) {
    const toml::node* n = get(table, key);
    if (!n) return false;
    if (auto v = n->value<double>(); v && *v > 0 && *v < 10000) {
      out = *v;
      return true;
    }
    error(fmt::format("[{}] {} must be a positive number", table, key), n->source());
    return false;
  }
  void length_mm(const char* table, const char* key, Length& out) {
    if (double v; positive_number(table, key, v)) out = mm_f(v);
  }
  void length_pt(const char* table, const char* key, Length& out) {
    if (double v; positive_number(table, key, v)) out = pt_f(v);
  }
  void number(const char* table, const char* key, double& out, double lo, double hi) {
    const toml::node* n = get(table, key);
    if (!n) return;
    auto v = n->value<double>();
    if (v && *v >= lo && *v <= hi) {
      out = *v;
    } else {
      error(fmt::format("[{}] {} must be a number from {} to {}", table, key, lo, hi), n->source());
    }
  }
  void integer(const char* table, const char* key, int& out, int lo, int hi) {
    const toml::node* n = get(table, key);
    if (!n) return;
    auto v = n->value<int64_t>();
    if (n->is_integer() && v && *v >= lo && *v <= hi) {
      out = static_cast<int>(*v);
    } else {
      error(fmt::format("[{}] {} must be a whole number from {} to {}", table, key, lo, hi),
            n->source());
    }
  }
  void boolean(const char* table, const char* key, bool& out) {
    const toml::node* n = get(table, key);
    if (!n) return;
    if (auto v = n->value<bool>(); n->is_boolean() && v) {
      out = *v;
    } else {
      error(fmt::format("[{}] {} must be true or false", table, key), n->source());
    }
  }
  void string(const char* table, const char* key, std::string& out,
              std::initializer_list<const char*> allowed) {
    const toml::node* n = get(table, key);
    if (!n) return;
    auto v = n->value<std::string>();
    bool ok = false;
    if (v) {
      for (const char* a : allowed) ok = ok || *v == a;
    }
    if (ok) {
      out = *v;
    } else {
      std::string list;
      for (const char* a : allowed) list += fmt::format("{}\"{}\"", list.empty() ? "" : " or ", a);
      error(fmt::format("[{}] {} must be {}", table, key, list), n->source());
    }
  }
  void color(const char* table, const char* key, Color& out) {
    const toml::node* n = get(table, key);
    if (!n) return;
    auto v = n->value<std::string>();
    if (!v || !parse_color(*v, out)) {
      error(fmt::format("[{}] {} must be like \"cmyk(0,1,1,0)\", \"rgb(1,0,0)\" or \"gray(0)\"",
                        table, key),
            n->source());
    }
  }
  void font_chain(const char* role, std::vector<std::string>& out) {
    const toml::node* n = get("fonts", role);
    if (!n) return;
    const toml::array* a = n->as_array();
    std::vector<std::string> chain;
    if (a) {
      for (const toml::node& e : *a) {
        auto s = e.value<std::string>();
        if (!s || s->empty()) {
          a = nullptr;
          break;
        }
        chain.push_back(*s);
      }
    }
    if (!a || chain.empty()) {
      error(fmt::format("[fonts] {} must be a list of font paths or \"fc:Family\" names", role),
            n->source());
      return;
    }
    out = std::move(chain);
  }
  void check_known_keys() {
    for (auto&& [tk, tv] : root_) {
      const toml::table* t = tv.as_table();
      if (!t) continue;
      for (auto&& [k, v] : *t) {
        std::string full = std::string(tk.str()) + "." + std::string(k.str());
        bool known = false;
        for (const auto& u : used_) known = known || u == full;
        if (!known) error(fmt::format("unknown style key {}", full), v.source());
      }
    }
  }

  const toml::table& root_;
  Style& s_;
  Diagnostics& diags_;
  std::string file_;
  std::vector<std::string> used_;
};

bool apply_toml(std::string_view text, const std::string& file, Style& s, Diagnostics& diags) {
  toml::parse_result result = toml::parse(text, file);
  if (!result) {
    const toml::parse_error& err = result.error();
    SourceLocation loc;
    loc.file = file;
    loc.line = static_cast<int>(err.source().begin.line);
    loc.column = static_cast<int>(err.source().begin.column);
    diags.error_at("GW-E-STYLE", fmt::format("style file is not valid TOML: {}", err.description()),
                   loc);
    return false;
  }
  StyleReader(result.table(), s, diags, file).read();
  return !diags.has_errors();
}

}  // namespace

const char* role_name(Role r) { return kRoleNames[static_cast<int>(r)]; }

bool role_from_name(std::string_view name, Role& out) {
  for (int r = 0; r < kRoleCount; ++r) {
    if (name == kRoleNames[r]) {
      out = static_cast<Role>(r);
      return true;
    }
  }
  return false;
}

bool parse_color(std::string_view text, Color& out) {
  auto open = text.find('(');
  if (open == std::string_view::npos || text.back() != ')') return false;
  std::string_view space = text.substr(0, open);
  std::string_view args = text.substr(open + 1, text.size() - open - 2);
  Color c;
  std::size_t want = 0;
  if (space == "cmyk") {
    c.space = Color::Space::cmyk, want = 4;
  } else if (space == "rgb") {
    c.space = Color::Space::rgb, want = 3;
  } else if (space == "gray") {
    c.space = Color::Space::gray, want = 1;
  } else {
    return false;
  }
  std::size_t count = 0;
  while (!args.empty()) {
    auto comma = args.find(',');
    std::string part(args.substr(0, comma));
    char* end = nullptr;
    double v = std::strtod(part.c_str(), &end);
    if (end == part.c_str() || *end != '\0' || v < 0 || v > 1 || count >= 4) return false;
    c.c[count++] = v;
    if (comma == std::string_view::npos) break;
    args.remove_prefix(comma + 1);
  }
  if (count != want) return false;
  out = c;
  return true;
}

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
    apply_toml(kDefaultStyleToml, "<built-in gbt9704.toml>", b.style, d);
    b.problems = d.take();
    return b;
  }();
  return builtin;
}

}  // namespace

bool load_style(const std::string& path,
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
  if (!path.empty()) {
    std::string text;
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
      char buf[4096];
      std::size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && text.size() < (1u << 20)) {
        text.append(buf, n);
      }
      std::fclose(f);
    } else {
      diags.error_at("GW-E-STYLE-UNREADABLE",
                     fmt::format("cannot read style file {}; check the --style path", path),
                     SourceLocation{path, 0, 0, ""});
      return false;
    }
    if (!apply_toml(text, path, s, diags)) return false;
  }
  for (const auto& [role, font] : fonts) {
    Role r;
    if (!role_from_name(role, r)) {
      diags.error_at("GW-E-FONT-ROLE",
                     fmt::format("unknown font role '{}'; roles are xiaobiaosong, fangsong, "
                                 "heiti, kaiti, songti",
                                 role),
                     {});
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
