#include "cli/signals.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#include "api/temp_files.hpp"

namespace gongwen::cli {

namespace {

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaddset(&set, s);
  return set;
}

}  // namespace

void watch_signals() {
  sigset_t set = stop_signals();
  if (pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0) return;  // then the defaults apply
  std::thread([set] {
    int signo = 0;
    while (sigwait(&set, &signo) != 0) {
    }
    stop_for_signal(signo);
  }).detach();
}

void stop_for_signal(int signo) {
  std::size_t removed = detail::stop_and_remove_live_temps();
  char line[160];
  int n = std::snprintf(line, sizeof line,
                        "gongwen: stopped by signal %d (%s); removed %zu temporary file%s\n",
                        signo, strsignal(signo), removed, removed == 1 ? "" : "s");
  if (n > 0 && signo != SIGPIPE) {
    ssize_t ignored = ::write(STDERR_FILENO, line, static_cast<std::size_t>(n));
    (void)ignored;
  }
  ::_exit(128 + signo);  // no exit handlers: other threads are still running
}

void write_or_stop(std::FILE* f, std::string_view text) {
  errno = 0;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fflush(f) == 0 && ok;
  if (!ok && errno == EPIPE) stop_for_signal(SIGPIPE);
  std::clearerr(f);
}

}  // namespace gongwen::cli
