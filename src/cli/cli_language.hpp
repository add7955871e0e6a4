// The language of the CLI's output (issue 14 point 5): --lang zh|en on every subcommand,
// else the locale (LC_ALL, LC_MESSAGES, LANG: the first one set decides; zh_* → zh).
// It sets the CLI's own lines (cli_text.hpp) and, through cli_language(), the library's
// RenderOptions/ImportOptions::language.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "gongwen/diagnostic.hpp"

namespace gongwen::cli {

// The locale's language, as POSIX orders the variables (LC_ALL over LC_MESSAGES over LANG).
Language language_from_locale();

// Adds --lang to a subcommand, bound to `value`.
void add_language_option(CLI::App& cmd, std::string& value);

// Sets the CLI's language from --lang (empty: the locale). False, with the usage error
// printed, for a value other than zh or en.
bool choose_language(const std::string& value);

}  // namespace gongwen::cli
