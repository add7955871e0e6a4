#include "cli/cli_language.hpp"

#include <atomic>
#include <cstdlib>
#include <string_view>

#include "cli/signals.hpp"

namespace gongwen::cli {
namespace {

// Set once in main, before any worker thread starts; read by them.
std::atomic<Language> g_language{Language::en};

}  // namespace

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
  if (value.empty()) {
    g_language = language_from_locale();
  } else if (value == "zh" || value == "en") {
    g_language = value == "zh" ? Language::zh : Language::en;
  } else {
    g_language = language_from_locale();
    write_or_stop(stderr, cli_text(detail::msg("cli", "bad-lang", {{"value", value}})) + "\n");
    return false;
  }
  return true;
}

Language cli_language() { return g_language; }

std::string cli_text(const detail::Message& m) { return detail::message_text(m, g_language); }

}  // namespace gongwen::cli
