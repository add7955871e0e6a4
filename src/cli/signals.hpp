// Stopping the CLI cleanly on a signal: SIGINT, SIGTERM, SIGHUP and SIGPIPE remove every
// temporary file the library is writing and exit with 128 + the signal's number (the
// status a shell reports for a process killed by that signal).
//
// Why a watcher thread and not a handler: the signals are blocked in every thread (the
// mask is set before any thread starts, and threads inherit it), and one thread waits for
// them with sigwait(). It is ordinary code, so it may take the temporary-file registry's
// lock, which makes "remove every live temporary file, then allow no new one" atomic with
// respect to the -j N workers creating and renaming theirs (temp_files.hpp).
#pragma once

#include <cstdio>
#include <string_view>

namespace gongwen::cli {

// Call first in main, before any other thread exists.
void watch_signals();

// Removes the live temporary files, says so on stderr, and exits 128 + signo. Also used
// when a write to stdout/stderr fails with EPIPE: SIGPIPE is blocked, so the reader going
// away shows up as that error instead of a signal.
[[noreturn]] void stop_for_signal(int signo);

// Writes `text` to `f` and flushes; when the reader is gone (EPIPE) stops as for SIGPIPE.
// Other write errors are ignored: the PDFs, not the messages, are the product.
void write_or_stop(std::FILE* f, std::string_view text);

}  // namespace gongwen::cli
