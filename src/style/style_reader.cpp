// Reads style TOML through the key table: every key it sets is type- and range-checked
// (issue 8), unknown tables and keys are errors so a typo never goes unnoticed.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "style/style.hpp"
#include "style/style_check.hpp"
#include "style/style_table.hpp"
#include "style/toml_config.hpp"
#include "style/toml_guard.hpp"

namespace gongwen::detail {
namespace {

SourceLocation place(const std::string& file, const toml::source_region& src) {
  SourceLocation loc;
  loc.file = file;
  loc.line = static_cast<int>(src.begin.line);
  loc.column = static_cast<int>(src.begin.column);
  return loc;
}

// The range a message asks for, as an argument ({range}) of the message.
MessageArg range_arg(const StyleKey& k, const Diagnostics& diags) {
  if (k.unit == Unit::ratio) return {"range", diags.text(msg("GW-E-STYLE", "range-ratio"))};
  return {"range", diags.text(msg("GW-E-STYLE", "range",
                                  {{"lo", k.lo}, {"hi", k.hi}, {"unit", unit_suffix(k.unit)}}))};
}

// The value as written, for messages (numbers in their shortest exact form).
std::string shown(const toml::node& n) {
  if (auto i = n.value_exact<std::int64_t>()) return fmt::format("{}", *i);
  if (auto d = n.value_exact<double>()) return fmt::format("{}", *d);
  if (auto s = n.value_exact<std::string>()) {
    // At most 60 bytes, cut before a UTF-8 continuation byte so the message stays UTF-8.
    std::size_t end = std::min<std::size_t>(s->size(), 60);
    while (end < s->size() && end > 0 && (static_cast<unsigned char>((*s)[end]) & 0xC0) == 0x80) --end;
    return fmt::format("\"{}\"{}", s->substr(0, end), end < s->size() ? "…" : "");
  }
  if (auto b = n.value_exact<bool>()) return *b ? "true" : "false";
  return "a " + std::string(n.is_array() ? "list" : n.is_table() ? "table" : "date or time");
}

class StyleReader {
 public:
  StyleReader(const toml::table& root, Style& s, Diagnostics& diags, const std::string& file)
      : root_(root), s_(s), diags_(diags), file_(file), places_(style_keys().size()) {}

  void read(bool complete) {
    check_known_names();
    const auto keys = style_keys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const toml::table* t = root_[keys[i].table].as_table();
      const toml::node* n = t ? t->get(keys[i].key) : nullptr;
      if (n) {
        places_[i] = place(file_, n->source());
        read_key(keys[i], *n);
      } else if (complete) {
        diags_.error_at(msg("GW-E-STYLE", "lacks", {{"table", keys[i].table}, {"key", keys[i].key}}),
                        SourceLocation{file_, 0, 0, ""});
      }
    }
  }
  const KeyPlaces& places() const { return places_; }

 private:
  // "[table] key = value" and what is wrong with it (`what`, a GW-E-STYLE variant).
  void error(const StyleKey& k, const toml::node& n, Message what) {
    what.args.push_back(range_arg(k, diags_));
    diags_.error_at(msg("GW-E-STYLE", "key-value",
                        {{"table", k.table}, {"key", k.key}, {"value", shown(n)},
                         {"what", diags_.text(what)}}),
                    place(file_, n.source()));
  }
  void read_key(const StyleKey& k, const toml::node& n) {
    switch (k.unit) {
      case Unit::mm:
      case Unit::pt:
      case Unit::ratio: return read_number(k, n);
      case Unit::count: return read_count(k, n);
      case Unit::color: return read_color(k, n);
      case Unit::flag: return read_flag(k, n);
      case Unit::choice: return read_choice(k, n);
      case Unit::fonts: return read_fonts(k, n);
    }
  }
  void read_number(const StyleKey& k, const toml::node& n) {
    auto v = n.value<double>();
    if (!v || !(n.is_floating_point() || n.is_integer())) {
      return error(k, n, msg("GW-E-STYLE", "not-number"));
    }
    // Written so that NaN fails every comparison and is rejected.
    const bool in_range =
        k.unit == Unit::ratio ? (*v > k.lo && *v <= k.hi) : (*v >= k.lo && *v <= k.hi);
    if (!in_range) return error(k, n, msg("GW-E-STYLE", "number-range"));
    if (k.unit == Unit::mm) s_.*k.length = mm_f(*v);
    if (k.unit == Unit::pt) s_.*k.length = pt_f(*v);
    if (k.unit == Unit::ratio) s_.*k.ratio = *v;
  }
  void read_count(const StyleKey& k, const toml::node& n) {
    auto v = n.value_exact<std::int64_t>();
    if (!v) return error(k, n, msg("GW-E-STYLE", "not-whole"));
    if (*v < static_cast<std::int64_t>(k.lo) || *v > static_cast<std::int64_t>(k.hi)) {
      return error(k, n, msg("GW-E-STYLE", "whole-range"));
    }
    s_.*k.count = static_cast<int>(*v);
  }
  void read_color(const StyleKey& k, const toml::node& n) {
    auto v = n.value_exact<std::string>();
    if (!v || !parse_color(*v, s_.*k.color)) {
      error(k, n, msg("GW-E-STYLE", "not-colour"));
    }
  }
  void read_flag(const StyleKey& k, const toml::node& n) {
    auto v = n.value_exact<bool>();
    if (!v) return error(k, n, msg("GW-E-STYLE", "not-flag"));
    s_.*k.flag = *v;
  }
  void read_choice(const StyleKey& k, const toml::node& n) {
    auto v = n.value_exact<std::string>();
    std::string_view choices = k.choices;
    std::string list;
    bool ok = false;
    while (!choices.empty()) {
      std::string_view word = choices.substr(0, choices.find('|'));
      ok = ok || (v && *v == word);
      list += fmt::format("{}\"{}\"", list.empty() ? "" : diags_.text(msg("GW-E-STYLE", "or")), word);
      choices.remove_prefix(std::min(choices.size(), word.size() + 1));
    }
    if (!ok) return error(k, n, msg("GW-E-STYLE", "not-choice", {{"choices", list}}));
    s_.*k.choice = *v;
  }
  void read_fonts(const StyleKey& k, const toml::node& n) {
    const toml::array* a = n.as_array();
    std::vector<std::string> chain;
    bool ok = a && !a->empty() && a->size() <= kMaxFontChain;
    for (std::size_t i = 0; ok && i < a->size(); ++i) {
      auto s = (*a)[i].value_exact<std::string>();
      ok = s && !s->empty() && s->size() <= kMaxFontEntryBytes;
      if (ok) chain.push_back(*s);
    }
    if (!ok) {
      return error(k, n, msg("GW-E-STYLE", "not-font-chain", {{"max", kMaxFontChain}}));
    }
    s_.fonts[static_cast<std::size_t>(k.role)] = std::move(chain);
  }
  void check_known_names() {
    for (auto&& [tk, tv] : root_) {
      const toml::table* t = tv.as_table();
      bool known_table = false;
      for (const StyleKey& k : style_keys()) known_table = known_table || tk.str() == k.table;
      if (!t || !known_table) {
        diags_.error_at(msg("GW-E-STYLE", "unknown-table", {{"table", tk.str()}}),
                        place(file_, tv.source()));
        continue;
      }
      for (auto&& [k, v] : *t) {
        if (style_key_index(tk.str(), k.str()) < 0) {
          diags_.error_at(msg("GW-E-STYLE", "unknown-key", {{"table", tk.str()}, {"key", k.str()}}),
                          place(file_, v.source()));
        }
      }
    }
  }

  const toml::table& root_;
  Style& s_;
  Diagnostics& diags_;
  const std::string& file_;
  KeyPlaces places_;
};

}  // namespace

bool apply_style_toml(std::string_view text, const std::string& file, bool complete, Style& s,
                      Diagnostics& diags) {
  if (!toml_non_ascii_is_safe(text, file, diags)) return false;
  toml::parse_result result = toml::parse(text, file);
  if (!result) {
    const toml::parse_error& err = result.error();
    diags.error_at(msg("GW-E-STYLE", "toml", {{"what", err.description()}}),
                   place(file, err.source()));
    return false;
  }
  Style next = s;
  Diagnostics local(nullptr, diags.language());
  StyleReader reader(result.table(), next, local, file);
  reader.read(complete);
  // Cross-field checks need every value in range first, or they would report nonsense.
  if (!local.has_errors()) check_style(next, reader.places(), file, local);
  const bool ok = !local.has_errors();
  for (Diagnostic& d : local.take()) diags.error_at(d.code, d.message, d.where);
  if (ok) s = std::move(next);
  return ok;
}

}  // namespace gongwen::detail
