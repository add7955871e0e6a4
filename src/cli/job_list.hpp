// The jobs of a batch: which file each input becomes, so that no output overwrites
// another (issue 14 point 1), standard input and output as "-" (point 2), and which shard
// each input is in (point 8).
#pragma once

#include <string>
#include <vector>

namespace gongwen::cli {

struct Job {
  std::string input;     // as given, or "-" for standard input
  std::string output;    // the PDF, "-" for standard output, empty when validating
  std::string relative;  // path below the inputs' common folder: sharding, output folders
  bool from_stdin() const { return input == "-"; }
  bool to_stdout() const { return output == "-"; }
  // The name in messages and diagnostics.
  std::string display_input() const { return from_stdin() ? "<stdin>" : input; }
};

struct JobRequest {
  std::vector<std::string> inputs;  // files, folders, "-"
  std::string output;               // empty: beside each input; a file; a folder; "-"
  int shard = 1, shards = 1;
  bool validate = false;            // no outputs at all
};

// Builds the job list. Folders are walked recursively for *.xml, *.txt and *.docx (a .txt
// or .docx beside the .xml of its name is left out: that XML is its import), sorted.
// Under an output folder each PDF keeps its path relative to the inputs' common folder
// (`render dup1/a.xml dup2/a.xml -o out` gives out/dup1/a.pdf and out/dup2/a.pdf). The
// output is a folder when it ends with '/', exists as one, or there are several inputs.
// Then every collision that remains is refused before anything runs: two inputs to one
// PDF, a file named twice, a PDF that would land on an input. Returns false with `error`
// (one usage message naming both inputs) on any of these.
bool make_jobs(const JobRequest& request, std::vector<Job>& jobs, std::string& error);

// Which of `shards` deterministic slices a job falls in (1-based): a hash of its relative
// path, so every machine given the same tree agrees without coordination, and adding
// inputs never moves one that was there before.
int shard_of(const std::string& relative, int shards);

}  // namespace gongwen::cli
