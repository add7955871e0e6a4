// The style's keys as data: one row per TOML key with the Style member it sets, its unit
// and the range a typesetter accepts (README "Style files" lists the same ranges). The
// reader, the checks and the messages all work from this table, so a key cannot be
// read without being range-checked.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "style/style.hpp"

namespace gongwen::detail {

enum class Unit { mm, pt, count, ratio, color, flag, choice, fonts };

struct StyleKey {
  const char* table = "";
  const char* key = "";
  Unit unit = Unit::mm;
  // Allowed values in the key's own unit, inclusive; a ratio excludes `lo` ((0, 1]).
  double lo = 0, hi = 0;
  // Exactly one target, chosen by `unit`.
  Length Style::*length = nullptr;  // mm, pt
  int Style::*count = nullptr;
  double Style::*ratio = nullptr;
  bool Style::*flag = nullptr;
  std::string Style::*choice = nullptr;
  Color Style::*color = nullptr;
  int role = -1;                 // fonts: index into Style::fonts
  const char* choices = nullptr;  // choice: allowed words separated by '|'
};

std::span<const StyleKey> style_keys();
// Index of [table] key in style_keys(), or -1.
int style_key_index(std::string_view table, std::string_view key);
// "mm", "pt", "" for counts and ratios: appended to numbers in messages.
const char* unit_suffix(Unit u);

// Hard limits on a font chain (hostile style files): entries per role, bytes per entry.
inline constexpr std::size_t kMaxFontChain = 8;
inline constexpr std::size_t kMaxFontEntryBytes = 4096;

}  // namespace gongwen::detail
