#include "cli/job_run.hpp"

#include <cstdio>
#include <filesystem>

#include "api/atomic_file.hpp"
#include "cli/cli_text.hpp"
#include "cli/streams.hpp"

namespace gongwen::cli {

namespace fs = std::filesystem;

namespace {

// Standard input holds notice XML; the library applies the input limit to what is read.
RenderResult run_stdin(const Engine& engine, const RenderOptions& options, bool validate) {
  const Limits& limits = options.limits ? *options.limits : engine.limits();
  const std::string xml = read_bounded(stdin, limits.max_input_bytes);
  return validate ? engine.validate(xml, "<stdin>", options)
                  : engine.render(xml, "<stdin>", options);
}

// A rendered PDF to standard output, whole or reported as failed (GW-E-OUTPUT-UNWRITABLE).
void write_to_stdout(RenderResult& r) {
  if (!r.ok) return;
  if (std::string why; !write_all(stdout, r.pdf, why)) {
    r.ok = false;
    r.diagnostics.push_back({Severity::error, "GW-E-OUTPUT-UNWRITABLE",
                             say(Text::stdout_incomplete, why), {"<stdout>", 0, 0, ""}});
  }
  r.pdf.clear();
}

// An output's folder, made on the first run ("-o out/"); a failure shows when writing.
void create_parent(const std::string& path) {
  std::error_code ec;
  if (auto parent = fs::path(path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
}

// A PDF rendered from standard input to a file: written as render_file writes (atomic,
// never over anything but a regular file).
void write_to_file(const std::string& path, RenderResult& r) {
  if (!r.ok) return;
  create_parent(path);
  if (detail::FileProblem problem; !detail::write_file_atomically(path, r.pdf, problem)) {
    r.ok = false;
    r.diagnostics.push_back({Severity::error, detail::file_error_code(problem.kind),
                             std::move(problem.message), {path, 0, 0, ""}});
  }
  r.pdf.clear();
}

}  // namespace

bool is_up_to_date(const std::string& input, const std::string& output,
                   const std::vector<std::string>& dependencies) {
  std::error_code ec;
  const fs::file_time_type made = fs::last_write_time(output, ec);
  if (ec || !fs::is_regular_file(output, ec)) return false;
  auto older = [&](const std::string& path) {
    std::error_code e;
    const fs::file_time_type t = fs::last_write_time(path, e);
    return !e && t < made;
  };
  if (!older(input)) return false;
  for (const std::string& d : dependencies) {
    if (!older(d)) return false;
  }
  return true;
}

JobOutcome run_job(const Engine& engine, const RenderOptions& options,
                   const JobSettings& settings, const Job& job) {
  JobOutcome out;
  if (settings.skip_up_to_date && !settings.validate && !job.from_stdin() && !job.to_stdout() &&
      is_up_to_date(job.input, job.output, settings.dependencies)) {
    out.status = JobStatus::skipped;
    out.result.ok = true;
    return out;
  }
  if (job.from_stdin()) {
    out.result = run_stdin(engine, options, settings.validate);
    if (!settings.validate && !job.to_stdout()) write_to_file(job.output, out.result);
  } else if (settings.validate) {
    out.result = engine.validate_file(job.input, options);
  } else if (job.to_stdout()) {
    out.result = engine.render_file_to_memory(job.input, options);
  } else {
    create_parent(job.output);
    out.result = engine.render_file(job.input, job.output, options);
  }
  if (job.to_stdout()) write_to_stdout(out.result);
  out.status = out.result.ok ? JobStatus::ok : JobStatus::failed;
  return out;
}

}  // namespace gongwen::cli
