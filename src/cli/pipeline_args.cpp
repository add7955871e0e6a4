#include "cli/pipeline_args.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "api/font_dir.hpp"
#include "cli/cli_text.hpp"
#include "cli/signals.hpp"
#include "common/diagnostics.hpp"
#include "model/role.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"
#include "text/windows_font_names.hpp"

namespace gongwen::cli {

namespace fs = std::filesystem;

namespace {

// Why a file cannot be read, or "" when it can: said before any input is touched.
std::string unreadable_because(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return say(Text::no_such_file);
  if (fs::is_directory(path, ec)) return say(Text::is_a_folder);
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::strerror(errno);
  return {};
}

// Checks one --font ROLE=VALUE and gives the entry for the library: a relative path is
// taken from the working directory (as a shell user means it), else from the font folder.
bool check_font(const std::string& f, const std::string& font_dir, std::string& role,
                std::string& entry) {
  auto usage = [&](const std::string& message) {
    write_or_stop(stderr, message + "\n");
    return false;
  };
  auto eq = f.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == f.size()) {
    return usage(say(Text::font_form, f));
  }
  role = f.substr(0, eq);
  entry = f.substr(eq + 1);
  if (detail::Role r; !detail::role_from_name(role, r)) {
    return usage(say(Text::font_role, f, "xiaobiaosong, fangsong, heiti, kaiti, songti"));
  }
  std::string family;
  if (entry.rfind("fc:", 0) == 0 || detail::windows_font_name(entry, family)) return true;
  std::string path;
  unsigned index = 0;
  detail::split_face_index(entry, path, index);
  std::string why = unreadable_because(path);
  if (!why.empty() && fs::path(path).is_relative() &&
      unreadable_because((fs::path(font_dir) / path).string()).empty()) {
    return true;  // a file of the font folder, as a style's entries are
  }
  if (!why.empty()) return usage(say(Text::font_unusable, f, why));
  if (fs::path(path).is_relative()) entry = fs::absolute(path).string() + entry.substr(path.size());
  return true;
}

// The style file is read and checked once here, so its errors are one usage error with
// their line:column, not the same failure for every input.
bool check_style(const RenderOptions& ro) {
  if (ro.style_path.empty()) return true;
  if (std::string why = unreadable_because(ro.style_path); !why.empty()) {
    write_or_stop(stderr, say(Text::style_unusable, ro.style_path, why) + "\n");
    return false;
  }
  detail::Diagnostics diags;
  detail::Style style;
  if (detail::load_style(ro.style_path, ro.fonts, style, diags)) return true;
  std::string text;
  for (const Diagnostic& d : diags.take()) text += format_diagnostic(d) + "\n";
  write_or_stop(stderr, text + say(Text::style_unusable, ro.style_path, say(Text::style_errors)) +
                            "\n");
  return false;
}

}  // namespace

void add_pipeline_options(CLI::App& cmd, PipelineArgs& a) {
  cmd.add_option("--style", a.style, "Style file (TOML) over the GB/T 9704 default");
  cmd.add_option("--font", a.fonts,
                 "ROLE=PATH[#N] or ROLE=fc:Family; roles: xiaobiaosong, fangsong, heiti, "
                 "kaiti, songti");
  cmd.add_option("--font-dir", a.font_dir, "Folder of the default Fandol fonts");
  cmd.add_flag("--keep-halfwidth-punct", a.keep_halfwidth,
               "Do not turn , . : ; ! ? ( ) between CJK characters full-width");
  cmd.add_option("--max-pages", a.max_pages, "Page limit (default 2000)");
  cmd.add_option("--max-input-bytes", a.max_input_bytes, "Input size limit (default 16 MiB)");
  cmd.add_option("--seal-dir", a.seal_dirs,
                 "A further folder seal images may come from (besides each XML's folder)");
  cmd.add_option("--max-seal-bytes", a.max_seal_bytes, "Seal image size limit (default 8 MiB)");
  cmd.add_option("--base-dir", a.base_dir,
                 "Folder relative seal paths resolve against (default: each XML's folder; "
                 "standard input has none)");
}

bool to_options(const PipelineArgs& a, RenderOptions& ro, EngineOptions& eo) {
  eo.font_dir = a.font_dir;
  if (a.max_pages > 0) eo.limits.max_pages = a.max_pages;
  if (a.max_input_bytes > 0) eo.limits.max_input_bytes = a.max_input_bytes;
  ro.style_path = a.style;
  ro.fullwidth_punctuation = !a.keep_halfwidth;
  ro.seal_dirs = a.seal_dirs;
  ro.base_dir = a.base_dir;
  if (a.max_seal_bytes > 0) ro.seal_limits.max_file_bytes = a.max_seal_bytes;
  const std::string font_dir = detail::find_font_dir(a.font_dir);
  for (const std::string& f : a.fonts) {
    std::string role, entry;
    if (!check_font(f, font_dir, role, entry)) return false;
    ro.fonts.emplace_back(role, entry);
  }
  return check_style(ro);
}

}  // namespace gongwen::cli
