#include "cli/import_command.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <filesystem>
#include <fstream>

#include "api/atomic_file.hpp"
#include "cli/streams.hpp"

namespace gongwen::cli {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

CLI::App* add_import_command(CLI::App& app, ImportArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "import", "Turn a .docx or .txt (or text pasted from a web page or PDF) into notice XML");
  cmd->add_option("input", a.input, ".docx or text file, or - for standard input")->required();
  cmd->add_option("-o,--output", a.output,
                  "Output XML (default: beside the input as .xml; standard output for -)");
  cmd->add_option("--report", a.report, "Write what was recognised as JSON to this file");
  cmd->add_flag("--partial", a.options.partial,
                "Write the XML even when the title, date or issuer is missing (marked)");
  cmd->add_option("--title", a.options.title, "The title (标题), when the text lacks it");
  cmd->add_option("--date", a.options.date, "The 成文日期 as YYYY-MM-DD, when the text lacks it");
  cmd->add_option("--issuer", a.options.issuer, "The 署名 (issuer), when the text lacks it");
  cmd->add_option("--max-input-bytes", a.options.max_input_bytes,
                  "Input size limit (default 16 MiB)");
  return cmd;
}

int run_import(const ImportArgs& a) {
  const bool from_stdin = a.input == "-";
  const std::string name = from_stdin ? "<stdin>" : a.input;
  std::string bytes, error;
  if (from_stdin) {
    bytes = read_bounded(stdin, a.options.max_input_bytes);
  } else {
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(a.input.c_str(), "rb"));
    if (!f || std::filesystem::is_directory(a.input)) {
      fmt::print(stderr, "{}: error GW-E-INPUT-UNREADABLE: cannot read it ({})\n", a.input,
                 f ? "a folder" : std::strerror(errno));
      return 2;
    }
    bytes = read_bounded(f.get(), a.options.max_input_bytes);
  }
  ImportResult r = import_text(bytes, name, a.options);
  for (const Diagnostic& d : import_summary(r, name)) fmt::print(stderr, "{}\n", format_diagnostic(d));
  if (!a.report.empty()) {
    std::ofstream report(a.report, std::ios::binary | std::ios::trunc);
    report << import_report_json(r);
    if (!report) {
      fmt::print(stderr, "error: cannot write the report {}\n", a.report);
      return 2;
    }
  }
  if (r.xml.empty()) return 1;
  std::string out = a.output;
  if (out.empty() && !from_stdin) out = std::filesystem::path(a.input).replace_extension(".xml").string();
  if (out.empty() || out == "-") {
    std::fwrite(r.xml.data(), 1, r.xml.size(), stdout);
  } else {
    if (!from_stdin && detail::same_file(a.input, out)) {
      fmt::print(stderr, "error: refusing to write the XML over the input {}; choose another -o\n",
                 a.input);
      return 2;
    }
    detail::FileProblem problem;
    if (!detail::write_file_atomically(out, {r.xml.begin(), r.xml.end()}, problem)) {
      fmt::print(stderr, "{}: error {}: {}\n", out, detail::file_error_code(problem.kind),
                 problem.message);
      return 1;
    }
    fmt::print(stderr, "{} {} -> {}\n", r.ok ? "imported" : "written INCOMPLETE (--partial)", name, out);
  }
  return r.ok ? 0 : 1;
}

}  // namespace gongwen::cli
