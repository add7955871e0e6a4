#include "cli/job_list.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>

#include "cli/cli_text.hpp"

namespace gongwen::cli {

namespace fs = std::filesystem;

namespace {

// A folder's inputs: notice XML, and text or Word files to import (.txt, .docx) unless the
// same folder has the XML of the same name, which is that file already imported (and
// reviewed): both would render to one PDF.
bool is_input(const fs::path& p) {
  if (p.extension() == ".xml") return true;
  std::error_code ec;
  return (p.extension() == ".txt" || p.extension() == ".docx") &&
         !fs::exists(fs::path(p).replace_extension(".xml"), ec);
}

// Absolute and normalised, without a trailing separator ("in/" and "./in" are one folder).
fs::path normal_absolute(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  if (ec) a = p;
  a = a.lexically_normal();
  if (!a.has_filename() && a != a.root_path()) a = a.parent_path();
  return a;
}

// The deepest folder holding every anchor (an input file's folder, or an input folder).
fs::path common_folder(const std::vector<fs::path>& anchors) {
  fs::path common = anchors.front();
  for (const fs::path& p : anchors) {
    fs::path shared;
    for (auto a = common.begin(), b = p.begin(); a != common.end() && b != p.end() && *a == *b;
         ++a, ++b) {
      shared /= *a;
    }
    common = shared;
  }
  return common;
}

bool names_a_folder(const std::string& output) {
  std::error_code ec;
  return output.back() == '/' || fs::is_directory(output, ec);
}

// What makes two paths one file: device and inode when it exists (hard links, symbolic
// links, "a/../a.xml"), else the normalised path.
std::string file_key(const std::string& path) {
  if (path == "-") return "-";
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    return "inode:" + std::to_string(static_cast<std::uintmax_t>(st.st_dev)) + ":" +
           std::to_string(static_cast<std::uintmax_t>(st.st_ino));
  }
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  return "path:" + (ec ? normal_absolute(path) : canonical).string();
}

// The collisions that would lose output, found before anything renders: the same file
// named twice, a PDF that would replace an input, two inputs with one PDF.
bool check_collisions(const std::vector<Job>& jobs, std::string& error) {
  std::map<std::string, const Job*> inputs, outputs;
  for (const Job& j : jobs) {
    auto [it, fresh] = inputs.emplace(file_key(j.input), &j);
    if (!fresh) {
      error = say(Text::same_input, it->second->display_input(), j.display_input());
      return false;
    }
  }
  for (const Job& j : jobs) {
    if (j.to_stdout()) continue;
    const std::string key = file_key(j.output);
    if (auto in = inputs.find(key); in != inputs.end()) {
      error = say(Text::output_is_input, j.display_input(), j.output, in->second->display_input());
      return false;
    }
    auto [it, fresh] = outputs.emplace(key, &j);
    if (!fresh) {
      error = say(Text::same_output, it->second->display_input(), j.display_input(), j.output);
      return false;
    }
  }
  return true;
}

struct Found {
  std::string input;   // as given or as found in a folder
  fs::path absolute;   // normal_absolute, empty for "-"
};

// Every input file, in order; folders walked and sorted. `anchors` get the folders that
// the common folder is computed from.
bool find_inputs(const std::vector<std::string>& inputs, std::vector<Found>& files,
                 std::vector<fs::path>& anchors, std::string& error) {
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in == "-") {
      files.push_back({in, {}});
    } else if (fs::is_directory(in, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(in, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && is_input(it->path())) found.push_back(it->path());
      }
      if (ec) {
        error = say(Text::folder_unreadable, in, ec.message());
        return false;
      }
      std::sort(found.begin(), found.end());
      anchors.push_back(normal_absolute(in));
      for (const fs::path& p : found) files.push_back({p.string(), normal_absolute(p)});
    } else {
      anchors.push_back(normal_absolute(in).parent_path());
      files.push_back({in, normal_absolute(in)});
    }
  }
  return true;
}

}  // namespace

int shard_of(const std::string& relative, int shards) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, stable across machines and runs
  for (unsigned char c : relative) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<int>(h % static_cast<std::uint64_t>(shards)) + 1;
}

bool make_jobs(const JobRequest& r, std::vector<Job>& jobs, std::string& error) {
  std::vector<Found> files;
  std::vector<fs::path> anchors;
  if (!find_inputs(r.inputs, files, anchors, error)) return false;
  const fs::path common = anchors.empty() ? fs::path() : common_folder(anchors);
  const bool to_stdout = r.output == "-";
  std::error_code ec;
  const bool one_file = r.inputs.size() == 1 && !fs::is_directory(r.inputs[0], ec);
  const bool into_folder =
      !r.output.empty() && !to_stdout && (!one_file || names_a_folder(r.output));
  for (const Found& f : files) {
    Job j;
    j.input = f.input;
    if (f.input == "-") {
      j.relative = "-";
      if (into_folder) {
        error = say(Text::stdin_needs_file);
        return false;
      }
      if (!r.validate) j.output = r.output.empty() ? "-" : r.output;
    } else {
      j.relative = f.absolute.lexically_relative(common).generic_string();
      if (r.validate) {
      } else if (to_stdout || (!into_folder && !r.output.empty())) {
        j.output = r.output;
      } else {
        fs::path out = into_folder ? fs::path(r.output) / j.relative : fs::path(f.input);
        j.output = out.replace_extension(".pdf").string();
      }
    }
    jobs.push_back(std::move(j));
  }
  if (!r.validate) {
    if (to_stdout && jobs.size() > 1) {
      error = say(Text::stdout_one_input, jobs.size());
      return false;
    }
    // Over every input, not only this shard's: shards share the output folder.
    if (!check_collisions(jobs, error)) return false;
  }
  if (r.shards > 1) {
    std::erase_if(jobs, [&](const Job& j) { return shard_of(j.relative, r.shards) != r.shard; });
  }
  return true;
}

}  // namespace gongwen::cli
