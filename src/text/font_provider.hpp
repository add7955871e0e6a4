// Fonts by role. FontProvider is the small interface layout and shaping use (tests can
// substitute it); FontCache opens each face once per Engine and is safe to share between
// threads; RoleFonts resolves a style's chains through the cache.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "common/diagnostics.hpp"
#include "style/style.hpp"
#include "text/font.hpp"

namespace gongwen::detail {

class FontProvider {
 public:
  virtual ~FontProvider() = default;
  // Font `index` of the role's fallback chain (0 = primary), or nullptr past its end.
  // Fallbacks may be opened only when first asked for.
  virtual const Font* font(Role role, std::size_t index) const = 0;
};

class FontCache {
 public:
  FontCache();
  ~FontCache();
  // Fonts opened from now on may preprocess for fast subsetting (see Font::subset_face).
  void set_fast_subsetting(bool on) { fast_subsetting_ = on; }
  // Opens (once) face `index` of `path`. Returns nullptr and sets `error` on failure.
  const Font* get(const std::string& path, unsigned index, std::string& error);
  // Finds an installed family with fontconfig. The match must really be that family
  // (fontconfig otherwise returns its default font, which would hide a missing font).
  // With `accept_alias`, a font the configuration aliases the name to also counts
  // (a fontconfig <alias> for 仿宋_GB2312), but never the default for unknown names.
  bool find_family(const std::string& family, std::string& path, unsigned& index,
                   std::string& error, bool accept_alias = false);

 private:
  std::mutex mutex_;
  bool fast_subsetting_ = false;
  std::map<std::pair<std::string, unsigned>, std::unique_ptr<Font>> fonts_;
  std::map<std::pair<std::string, unsigned>, std::string> failures_;
  std::map<std::string, std::pair<std::string, unsigned>> families_;
};

class RoleFonts final : public FontProvider {
 public:
  // Opens each role's primary font now (one that cannot be loaded is an error); the
  // fallbacks are resolved (fontconfig) and opened only when a character needs them, so a
  // document that needs none never pays for them. A fallback that cannot be loaded is a
  // warning, and the chain goes on without it. `diags` must outlive this object's use.
  bool load(const Style& style, const std::string& font_dir, FontCache& cache,
            Diagnostics& diags);
  const Font* font(Role role, std::size_t index) const override;

 private:
  const Font* resolve(int role, std::size_t entry, bool primary) const;
  void substitute_windows_names();

  const Style* style_ = nullptr;
  std::string font_dir_;
  FontCache* cache_ = nullptr;
  Diagnostics* diags_ = nullptr;
  // Per role: the style's entries after Windows names are substituted, the fonts opened
  // so far, and how many entries have been tried.
  std::array<std::vector<std::string>, kRoleCount> entries_;
  mutable std::array<std::vector<const Font*>, kRoleCount> chains_;
  mutable std::array<std::size_t, kRoleCount> tried_{};
};

// The file and face a style's font entry names: fontconfig for "fc:Family[:Style]" and
// for Windows names (仿宋_GB2312 …, aliases accepted), else the path, relative to
// `font_dir` unless absolute, and its "#N". False with `error` when fontconfig finds no
// such family (a path is not opened here; FontCache::get checks it).
bool locate_font_entry(const std::string& entry, const std::string& font_dir, FontCache& cache,
                       std::string& path, unsigned& index, std::string& error);

// Splits "path#N" into path and face index N (0 when absent).
void split_face_index(const std::string& entry, std::string& path, unsigned& index);

}  // namespace gongwen::detail
