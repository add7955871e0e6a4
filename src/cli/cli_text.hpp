// The command line's own messages (usage errors, status lines, the summary) in English
// and Chinese: office staff read Chinese (issue 14 point 5). Every message the CLI itself
// writes goes through say(), so a text is changed or translated in one table
// (cli_text.cpp). The library's diagnostics have their own catalog; codes never change.
#pragma once

#include <fmt/format.h>

#include <string>

#include "gongwen/diagnostic.hpp"

namespace gongwen::cli {

enum class Text {
  shard_usage,           // {0} the value given
  same_output,           // {0} {1} inputs, {2} output
  same_input,            // {0} {1} inputs
  output_is_input,       // {0} input whose output {1} is the input {2}
  stdout_one_input,      // {0} how many inputs
  stdin_needs_file,      //
  stdout_terminal,       //
  stdout_conflict,       // {0} the other option using stdout
  stdout_incomplete,     // {0} why
  style_unusable,        // {0} path {1} why
  style_errors,          // (the reason when the style file has errors, listed above)
  no_such_file,          // (a reason)
  is_a_folder,           // (a reason)
  font_form,             // {0} the value
  font_role,             // {0} role {1} the known roles
  font_unusable,         // {0} value {1} why
  lang_usage,            // {0} the value given
  import_report_unwritable,  // {0} path
  xml_over_input,        // {0} input
  imported,              // {0} input {1} output
  imported_incomplete,   // {0} input {1} output
  no_warn_not_warning,   // {0} code
  unknown_command,       // {0} given {1} suggestion
  unknown_command_list,  // {0} given {1} the commands
  folder_unreadable,     // {0} folder {1} why
  report_unwritable,     // {0} path
  usage_parse,           // {0} CLI11's own message (English) {1} the command line's program
  line_ok,               // {0} input {1} output {2} pages {3} ms
  line_valid,            // {0} input {1} pages {2} ms
  line_failed,           // {0} input
  line_skipped,          // {0} input {1} output
  summary_render,        // {0} rendered {1} failed {2} seconds {3} per second
  summary_validate,      // {0} valid {1} failed {2} seconds {3} per second
  summary_skipped,       // {0} skipped (appended to the summary); keep last (kTextCount)
};
inline constexpr int kTextCount = static_cast<int>(Text::summary_skipped) + 1;

// The language say() uses; English until set (the --lang option and the locale decide).
void set_cli_language(Language language);
Language cli_language();

// The format string of `id` in the current language (fmt syntax, positional {N}).
const char* text_of(Text id, Language language);

template <typename... Args>
std::string say(Text id, const Args&... args) {
  return fmt::format(fmt::runtime(text_of(id, cli_language())), args...);
}

}  // namespace gongwen::cli
