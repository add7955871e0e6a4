#include "cli/streams.hpp"

#include <signal.h>

#include <cerrno>
#include <cstring>

#include "cli/signals.hpp"

namespace gongwen::cli {

std::string read_bounded(std::FILE* f, std::size_t limit) {
  std::string s;
  char buf[65536];
  std::size_t n;
  while (s.size() <= limit && (n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  if (s.size() > limit + 1) s.resize(limit + 1);
  return s;
}

bool write_all(std::FILE* f, const std::vector<std::uint8_t>& bytes, std::string& why) {
  errno = 0;
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool flushed = std::fflush(f) == 0;
  if (written && flushed) return true;
  if (errno == EPIPE) stop_for_signal(SIGPIPE);
  why = errno != 0 ? std::strerror(errno) : "short write";
  std::clearerr(f);
  return false;
}

}  // namespace gongwen::cli
