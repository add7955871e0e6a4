// gongwen: the command line, a thin layer over the library (gongwen::Engine).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli_language.hpp"
#include "cli/cli_text.hpp"
#include "cli/command_suggestion.hpp"
#include "cli/dump_command.hpp"
#include "cli/import_command.hpp"
#include "cli/render_command.hpp"
#include "cli/signals.hpp"
#include "gongwen/gongwen.hpp"

namespace {

// gongwen's version and the versions of the libraries it runs with (as loaded, which is
// what a bug report needs).
std::string version_text() {
  std::string text = std::string("gongwen ") + gongwen::version();
  for (const gongwen::ComponentVersion& c : gongwen::runtime_versions()) {
    text += "\n" + c.name + " " + c.version;
  }
  return text;
}

// A first argument that is neither an option nor a command: say which command was meant.
bool check_command(int argc, char** argv, const CLI::App& app) {
  if (argc < 2 || argv[1][0] == '-') return true;
  const std::string given = argv[1];
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == given) return true;
    names.push_back(sub->get_name());
  }
  const std::string near = gongwen::cli::suggest_command(given, names);
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
  gongwen::cli::write_or_stop(
      stderr, (near.empty() ? gongwen::cli::say(gongwen::cli::Text::unknown_command_list, given, list)
                            : gongwen::cli::say(gongwen::cli::Text::unknown_command, given, near)) +
                  "\n");
  return false;
}

// The value of --lang before CLI11 has parsed anything, so that a usage error is already
// in the language asked for ("" when not given or not valid: the locale decides).
std::string language_in_argv(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    std::string_view v;
    if (a == "--lang" && i + 1 < argc) v = argv[i + 1];
    if (a.substr(0, 7) == "--lang=") v = a.substr(7);
    if (v == "zh" || v == "en") return std::string(v);
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  gongwen::cli::watch_signals();  // before any thread: they inherit the blocked signals
  CLI::App app{"gongwen: typesets Chinese official documents (公文) to PDF per GB/T 9704-2012"};
  app.set_version_flag("-V,--version", version_text,
                       "Print the version of gongwen and of HarfBuzz, ICU, libharu and FreeType");
  app.require_subcommand(1);

  gongwen::cli::RenderArgs render_args;
  CLI::App* render = gongwen::cli::add_render_command(app, render_args);
  gongwen::cli::RenderArgs validate_args;
  validate_args.batch.job.validate = true;
  CLI::App* validate = gongwen::cli::add_validate_command(app, validate_args);

  gongwen::cli::DumpArgs dump_args;
  CLI::App* dump = gongwen::cli::add_dump_command(app, dump_args);

  gongwen::cli::ImportArgs import_args;
  CLI::App* import_cmd = gongwen::cli::add_import_command(app, import_args);

  std::string lang;
  for (CLI::App* sub : {render, validate, dump, import_cmd}) {
    gongwen::cli::add_language_option(*sub, lang);
  }
  // The locale's language until --lang is read, so that usage errors follow it too.
  gongwen::cli::choose_language(language_in_argv(argc, argv));
  if (!check_command(argc, argv, app)) return 2;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0 || gongwen::cli::cli_language() != gongwen::Language::zh) {
      int rc = app.exit(e);
      return rc == 0 ? 0 : 2;  // help/version: 0; bad usage: 2
    }
    gongwen::cli::write_or_stop(stderr, gongwen::cli::say(gongwen::cli::Text::usage_parse,
                                                          e.what(), argc > 0 ? argv[0] : "gongwen") +
                                            "\n");
    return 2;
  }
  if (!gongwen::cli::choose_language(lang)) return 2;
  import_args.options.language = gongwen::cli::cli_language();
  if (render->parsed()) return gongwen::cli::run_render(render_args);
  if (validate->parsed()) return gongwen::cli::run_render(validate_args);
  if (dump->parsed()) return gongwen::cli::run_dump(dump_args);
  if (import_cmd->parsed()) return gongwen::cli::run_import(import_args);
  return 2;
}
