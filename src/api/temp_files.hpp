// Temporary files written beside an output before it is renamed into place: their name,
// a process-wide registry of the live ones (so a process being stopped by a signal can
// remove them), and the removal of stale ones a killed process left (SIGKILL cannot be
// handled, so the next batch cleans up).
//
// Name: ".NAME.tmp-PID-HOST-XXXXXX" beside NAME, where PID is the writing process, HOST
// eight hex digits of a hash of its host name and XXXXXX mkstemp's random part.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace gongwen::detail {

// The mkstemp template for a temporary file beside `target` (in the same folder, so the
// final rename stays on one file system).
std::string temp_template_for(const std::string& target);

// True when `name` (a bare file name) is exactly of our pattern; sets its PID and host tag.
bool parse_temp_name(std::string_view name, long& pid, std::string& host);

// This host's tag as used in temporary names.
const std::string& host_tag();

// Creates the temporary file from `tmpl` (replacing its XXXXXX) and records it as live, in
// one step under the registry's lock, so a concurrent stop either sees it or prevents it.
// Returns the open descriptor, or -1 with errno set (ECANCELED once the process stops).
int create_live_temp(std::string& tmpl);

// Runs `rename` (which moves `temp` into place) under the registry's lock and forgets
// `temp`. Returns false without running it once the process stops.
bool commit_live_temp(const std::string& temp, const std::function<bool()>& rename);

// Unlinks `temp` and forgets it (a failed write).
void discard_live_temp(const std::string& temp);

// Removes every live temporary file of this process and refuses new ones from then on.
// For a process that is about to exit on a signal; returns how many were removed.
std::size_t stop_and_remove_live_temps();

// Removes, in `dir` only (not below it), temporary files of our pattern that were left by
// a dead process on this host: same host tag, PID not alive (kill(pid, 0) says ESRCH),
// a regular file not modified for `min_age_seconds`. A file of another host, of a live
// process, or of any other name is left alone. Returns how many were removed.
std::size_t remove_stale_temps(const std::string& dir, int min_age_seconds = 5);

}  // namespace gongwen::detail
