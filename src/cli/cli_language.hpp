// The language of the CLI's output (issue 14 point 5): --lang zh|en on every subcommand,
// else the locale (LC_ALL, LC_MESSAGES, LANG: the first one set decides; zh_* → zh).
// The library gets it as RenderOptions/ImportOptions::language; the CLI's own lines
// (summary, FAILED, usage errors) come from the same catalog.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "common/messages.hpp"
#include "gongwen/diagnostic.hpp"

namespace gongwen::cli {

// The locale's language, as POSIX orders the variables (LC_ALL over LC_MESSAGES over LANG).
Language language_from_locale();

// Adds --lang to a subcommand, bound to `value`.
void add_language_option(CLI::App& cmd, std::string& value);

// Sets the CLI's language from --lang (empty: the locale). False, with the usage error
// printed, for a value other than zh or en.
bool choose_language(const std::string& value);

Language cli_language();

// A catalog message in the CLI's language.
std::string cli_text(const detail::Message& m);

}  // namespace gongwen::cli
