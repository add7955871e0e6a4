#include "api/temp_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <set>

#include <fmt/format.h>

namespace gongwen::detail {

namespace {

constexpr std::string_view kMarker = ".tmp-";

// One lock for creating, committing and removing temporary files: a stopping process
// takes it, removes every live file and sets `stopping`, so no file is created or
// renamed after the clean-up (issue 8: a signal must not leave temporary files).
struct Registry {
  std::mutex mutex;
  std::set<std::string> live;
  bool stopping = false;
};

Registry& registry() {
  // Leaked on purpose: a signal may arrive while static destructors run at exit.
  static Registry* r = new Registry;
  return *r;
}

bool all_of(std::string_view s, bool (*pred)(char)) {
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return !s.empty();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

const std::string& host_tag() {
  static const std::string tag = [] {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) name[0] = '\0';
    std::uint32_t h = 2166136261u;  // FNV-1a: stable, short, no dependency
    for (const char* p = name; *p; ++p) {
      h ^= static_cast<unsigned char>(*p);
      h *= 16777619u;
    }
    return fmt::format("{:08x}", h);
  }();
  return tag;
}

std::string temp_template_for(const std::string& target) {
  std::filesystem::path t(target);
  std::filesystem::path dir = t.parent_path();
  if (dir.empty()) dir = ".";
  std::string name = fmt::format(".{}{}{}-{}-XXXXXX", t.filename().string(), kMarker,
                                 static_cast<long>(::getpid()), host_tag());
  return (dir / name).string();
}

bool parse_temp_name(std::string_view name, long& pid, std::string& host) {
  // ".NAME.tmp-PID-HOST-XXXXXX", read from the end: NAME may contain anything.
  if (name.size() < 1 + 1 + kMarker.size() + 1 + 1 + 8 + 1 + 6 || name[0] != '.') return false;
  std::string_view rest = name;
  std::string_view random = rest.substr(rest.size() - 6);
  rest.remove_suffix(6);
  if (!all_of(random, is_alnum) || rest.back() != '-') return false;
  rest.remove_suffix(1);
  std::string_view tag = rest.substr(rest.size() - 8);
  rest.remove_suffix(8);
  if (!all_of(tag, is_hex) || rest.back() != '-') return false;
  rest.remove_suffix(1);
  std::size_t marker = rest.rfind(kMarker);
  if (marker == std::string_view::npos || marker < 2) return false;  // NAME not empty
  std::string_view digits = rest.substr(marker + kMarker.size());
  if (!all_of(digits, is_digit) || digits.size() > 10) return false;
  pid = std::strtol(std::string(digits).c_str(), nullptr, 10);
  host = std::string(tag);
  return pid > 0;
}

int create_live_temp(std::string& tmpl) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  if (r.stopping) {
    errno = ECANCELED;
    return -1;
  }
  int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
  if (fd >= 0) r.live.insert(tmpl);
  return fd;
}

bool commit_live_temp(const std::string& temp, const std::function<bool()>& rename) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  if (r.stopping) return false;
  bool ok = rename();
  r.live.erase(temp);
  return ok;
}

void discard_live_temp(const std::string& temp) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  ::unlink(temp.c_str());
  r.live.erase(temp);
}

std::size_t stop_and_remove_live_temps() {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  r.stopping = true;
  std::size_t removed = 0;
  for (const std::string& p : r.live) {
    if (::unlink(p.c_str()) == 0) ++removed;
  }
  r.live.clear();
  return removed;
}

std::size_t remove_stale_temps(const std::string& dir, int min_age_seconds) {
  DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
  if (!d) return 0;
  std::size_t removed = 0;
  const std::time_t now = std::time(nullptr);
  while (const dirent* e = ::readdir(d)) {
    long pid = 0;
    std::string host;
    if (!parse_temp_name(e->d_name, pid, host)) continue;
    // Another host's process cannot be asked whether it lives: its files are its own.
    if (host != host_tag() || pid == static_cast<long>(::getpid())) continue;
    // EPERM means alive (another user's); only ESRCH says no such process.
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    struct stat st {};
    if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) {
      continue;
    }
    // A PID namespace on the same host could hide a live writer: its file would be fresh.
    if (now - st.st_mtime < min_age_seconds) continue;
    if (::unlinkat(::dirfd(d), e->d_name, 0) == 0) ++removed;
  }
  ::closedir(d);
  return removed;
}

}  // namespace gongwen::detail
