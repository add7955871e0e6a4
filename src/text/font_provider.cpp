#include "text/font_provider.hpp"

#include <fontconfig/fontconfig.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "text/windows_font_names.hpp"

namespace gongwen::detail {

namespace {

// fontconfig's configuration is global and not documented as thread-safe: one lock for
// every call into it.
std::mutex& fontconfig_mutex() {
  static std::mutex m;
  return m;
}

struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

bool same_family(std::string a, std::string b) {
  auto lower = [](std::string& s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  };
  lower(a);
  lower(b);
  return a == b;
}

std::string no_such_family(const std::string& family) {
  return fmt::format("fontconfig finds no installed font of family \"{}\"", family);
}

// Asks fontconfig for `family` (the caller holds fontconfig_mutex()). Every call that can
// fail is checked: FcConfigGetCurrent (null without a usable configuration), FcPatternCreate
// (null), FcPatternAddString and FcConfigSubstitute (FcFalse when out of memory),
// FcFontMatch (null, or a result other than FcResultMatch). Sets `failed` for those;
// returns false with `failed` unset when fontconfig simply has no such family.
// Whether `got` is one of the families fontconfig's configuration put in the pattern for
// the requested name with more than weak binding: an alias the configuration maps it to
// (仿宋_GB2312 → an installed 仿宋), not the default font every unknown name gets.
// Default fallbacks are added with weak binding; an <alias binding="same|strong"> is not.
bool configured_alias(FcPattern* substituted, const char* got) {
  FcValue v;
  FcValueBinding binding = FcValueBindingWeak;
  for (int i = 0; FcPatternGetWithBinding(substituted, FC_FAMILY, i, &v, &binding) == FcResultMatch;
       ++i) {
    if (v.type != FcTypeString || binding == FcValueBindingWeak) continue;
    if (same_family(reinterpret_cast<const char*>(v.u.s), got)) return true;
  }
  return false;
}

bool match_family(const std::string& family_and_style, std::string& path, unsigned& index,
                  bool& failed, bool accept_alias) {
  // "Family:Style" asks for one face of the family (fc:Noto Serif CJK SC:Bold): a bold
  // role falls back to a bold face (issue 12 §4).
  std::string family = family_and_style, style;
  if (const auto colon = family_and_style.rfind(':'); colon != std::string::npos) {
    family = family_and_style.substr(0, colon);
    style = family_and_style.substr(colon + 1);
  }
  FcConfig* config = FcConfigGetCurrent();  // loads the default configuration once
  PatternPtr pattern(FcPatternCreate());
  if (!config || !pattern ||
      !FcPatternAddString(pattern.get(), FC_FAMILY,
                          reinterpret_cast<const FcChar8*>(family.c_str())) ||
      (!style.empty() &&
       !FcPatternAddString(pattern.get(), FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()))) ||
      !FcConfigSubstitute(config, pattern.get(), FcMatchPattern)) {
    failed = true;
    return false;
  }
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  PatternPtr match(FcFontMatch(config, pattern.get(), &result));
  if (!match || result != FcResultMatch) {
    // FcResultOutOfMemory is a failure; FcResultNoMatch (no font at all) is "not found".
    failed = result == FcResultOutOfMemory;
    return false;
  }
  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch || !file) return false;
  bool found = false;
  FcChar8* name = nullptr;
  for (int i = 0; FcPatternGetString(match.get(), FC_FAMILY, i, &name) == FcResultMatch; ++i) {
    if (same_family(reinterpret_cast<const char*>(name), family) ||
        (accept_alias && configured_alias(pattern.get(), reinterpret_cast<const char*>(name)))) {
      found = true;
    }
  }
  if (!found) return false;
  if (!style.empty()) {  // the face must really be that style, not the family's nearest
    FcChar8* got = nullptr;
    if (FcPatternGetString(match.get(), FC_STYLE, 0, &got) != FcResultMatch || !got ||
        !same_family(reinterpret_cast<const char*>(got), style)) {
      return false;
    }
  }
  // FC_INDEX is absent for formats without faces; face 0 is then the only one.
  int face = 0;
  if (FcPatternGetInteger(match.get(), FC_INDEX, 0, &face) != FcResultMatch || face < 0) face = 0;
  path = reinterpret_cast<const char*>(file);
  index = static_cast<unsigned>(face);
  return true;
}

}  // namespace

void split_face_index(const std::string& entry, std::string& path, unsigned& index) {
  path = entry;
  index = 0;
  auto hash = entry.rfind('#');
  if (hash == std::string::npos || hash + 1 >= entry.size()) return;
  unsigned n = 0;
  for (std::size_t i = hash + 1; i < entry.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(entry[i])) || n > 10000) return;
    n = n * 10 + static_cast<unsigned>(entry[i] - '0');
  }
  path = entry.substr(0, hash);
  index = n;
}

FontCache::FontCache() = default;
FontCache::~FontCache() = default;

const Font* FontCache::get(const std::string& path, unsigned index, std::string& error) {
  std::lock_guard lock(mutex_);
  auto key = std::make_pair(path, index);
  if (auto it = fonts_.find(key); it != fonts_.end()) return it->second.get();
  if (auto it = failures_.find(key); it != failures_.end()) {
    error = it->second;
    return nullptr;
  }
  std::unique_ptr<Font> font = Font::open(path, index, error);
  if (!font) {
    failures_[key] = error;
    return nullptr;
  }
  font->allow_preprocessing(fast_subsetting_);
  const Font* result = font.get();
  fonts_[key] = std::move(font);
  return result;
}

bool FontCache::find_family(const std::string& family, std::string& path, unsigned& index,
                            std::string& error, bool accept_alias) {
  const std::string key = (accept_alias ? "alias:" : "") + family;
  {
    std::lock_guard lock(mutex_);
    if (auto it = families_.find(key); it != families_.end()) {
      path = it->second.first;
      index = it->second.second;
      if (path.empty()) error = no_such_family(family);
      return !path.empty();
    }
  }
  std::lock_guard fc_lock(fontconfig_mutex());
  bool failed = false;  // fontconfig itself failed (memory, configuration), not "not found"
  const bool found = match_family(family, path, index, failed, accept_alias);
  std::lock_guard lock(mutex_);
  if (failed) {  // not cached: it may succeed on a later render
    error = fmt::format("fontconfig could not look up family \"{}\" (out of memory or no "
                        "usable configuration)",
                        family);
    return false;
  }
  families_[key] = found ? std::make_pair(path, index) : std::make_pair(std::string(), 0u);
  if (!found) error = no_such_family(family);
  return found;
}

bool locate_font_entry(const std::string& entry, const std::string& font_dir, FontCache& cache,
                       std::string& path, unsigned& index, std::string& error) {
  index = 0;
  if (std::string family; windows_font_name(entry, family)) {
    return cache.find_family(family, path, index, error, true);
  }
  if (entry.rfind("fc:", 0) == 0) return cache.find_family(entry.substr(3), path, index, error);
  split_face_index(entry, path, index);
  if (!path.empty() && std::filesystem::path(path).is_relative()) {
    path = (std::filesystem::path(font_dir) / path).string();
  }
  return true;
}

const Font* RoleFonts::resolve(int r, std::size_t i, bool primary) const {
  const std::string& entry = entries_[r][i];
  std::string path, error;
  unsigned index = 0;
  bool resolved = locate_font_entry(entry, font_dir_, *cache_, path, index, error);
  const Font* font = resolved ? cache_->get(path, index, error) : nullptr;
  if (font) return font;
  std::string msg = fmt::format("font '{}' for role {} cannot be used: {}", entry,
                                role_name(static_cast<Role>(r)), error);
  if (primary) {
    diags_->error_at("GW-E-FONT-UNAVAILABLE",
                     msg + "; run scripts/setup.sh to fetch the default fonts, or point the "
                           "role at another font with --font ROLE=PATH",
                     {});
  } else {
    diags_->warning_at("GW-W-FALLBACK-UNAVAILABLE", msg, {});
  }
  return nullptr;
}

bool RoleFonts::load(const Style& style, const std::string& font_dir, FontCache& cache,
                     Diagnostics& diags) {
  style_ = &style;
  font_dir_ = font_dir;
  cache_ = &cache;
  diags_ = &diags;
  substitute_windows_names();
  bool ok = true;
  for (int r = 0; r < kRoleCount; ++r) {
    chains_[r].clear();
    tried_[r] = 0;
    if (entries_[r].empty()) {
      ok = false;
      continue;
    }
    const Font* primary = resolve(r, 0, true);
    tried_[r] = 1;
    if (!primary) {
      ok = false;
      continue;
    }
    chains_[r].push_back(primary);
  }
  return ok;
}

const Font* RoleFonts::font(Role role, std::size_t index) const {
  const int r = static_cast<int>(role);
  auto& chain = chains_[r];
  while (chain.size() <= index && style_ && tried_[r] < entries_[r].size()) {
    const Font* f = resolve(r, tried_[r]++, false);
    if (f) chain.push_back(f);
  }
  return index < chain.size() ? chain[index] : nullptr;
}

// A Windows font name (仿宋_GB2312, SimSun …) that fontconfig cannot find, not even
// through an alias, is replaced by the role's default chain, with one warning naming
// the substitution (issue 12 §5): users copy these names from Word templates.
void RoleFonts::substitute_windows_names() {
  Style defaults;
  bool have_defaults = false;
  for (int r = 0; r < kRoleCount; ++r) {
    entries_[r].clear();
    for (const std::string& entry : style_->fonts[r]) {
      std::string family, path, error;
      unsigned index = 0;
      if (!windows_font_name(entry, family) ||
          cache_->find_family(family, path, index, error, true)) {
        entries_[r].push_back(entry);
        continue;
      }
      if (!have_defaults) {
        Diagnostics ignored;
        have_defaults = load_style("", {}, defaults, ignored);
      }
      const std::vector<std::string>& fallback = defaults.fonts[r];
      diags_->warning_at(
          "GW-W-FONT-SUBSTITUTED",
          fmt::format("font \"{}\" for role {} is not installed; using the role's default "
                      "\"{}\" instead (install the font, or alias the name in fontconfig)",
                      family, role_name(static_cast<Role>(r)),
                      fallback.empty() ? std::string() : fallback.front()),
          {});
      for (const std::string& f : fallback) {
        if (std::find(entries_[r].begin(), entries_[r].end(), f) == entries_[r].end()) {
          entries_[r].push_back(f);
        }
      }
    }
  }
}

}  // namespace gongwen::detail
