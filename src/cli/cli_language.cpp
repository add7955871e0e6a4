#include "cli/cli_language.hpp"

#include <cstdlib>
#include <string_view>

#include "cli/cli_text.hpp"
#include "cli/signals.hpp"

namespace gongwen::cli {

Language language_from_locale() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') continue;
    // setlocale(3): the first non-empty of these decides; "zh", "zh_CN.UTF-8", "zh_TW" → zh.
    const std::string_view s(v);
    return s.substr(0, 2) == "zh" && (s.size() == 2 || s[2] == '_' || s[2] == '.' || s[2] == '@')
               ? Language::zh
               : Language::en;
  }
  return Language::en;
}

void add_language_option(CLI::App& cmd, std::string& value) {
  cmd.add_option("--lang", value,
                 "Language of messages: zh or en (default: from LC_ALL, LC_MESSAGES, LANG)");
}

bool choose_language(const std::string& value) {
  set_cli_language(value == "zh"   ? Language::zh
                   : value == "en" ? Language::en
                                   : language_from_locale());
  if (value.empty() || value == "zh" || value == "en") return true;
  write_or_stop(stderr, say(Text::lang_usage, value) + "\n");
  return false;
}

}  // namespace gongwen::cli
