// gongwen import IN [-o OUT.xml] [--report FILE.json] [--partial] [--title T] [--date D]
// [--issuer I]: text or .docx → notice XML for review (import.md).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "gongwen/import.hpp"

namespace gongwen::cli {

struct ImportArgs {
  std::string input;   // a file, or "-" for standard input
  std::string output;  // default: beside the input as .xml; standard output for "-"
  std::string report;  // JSON report file
  ImportOptions options;
};

// Adds the subcommand to `app`; the returned pointer tells whether it was chosen.
CLI::App* add_import_command(CLI::App& app, ImportArgs& args);

// Runs it; returns the exit status (0 written complete, 1 not, 2 bad usage or I/O).
int run_import(const ImportArgs& args);

}  // namespace gongwen::cli
