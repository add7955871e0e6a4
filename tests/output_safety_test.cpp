// Where a PDF may be written (issue 8): only over a regular file or a new name; devices,
// FIFOs, sockets and folders are refused unchanged; a symbolic link is followed to the
// regular file it names and kept; the last-moment re-check before the rename; the temporary
// file registry and the stale clean-up of our own naming pattern.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <future>

#include "api/atomic_file.hpp"
#include "api/temp_files.hpp"
#include "gongwen/gongwen.hpp"
#include "support/files.hpp"

namespace gongwen {
namespace {

namespace fs = std::filesystem;
using test::read_text;
using test::source_path;
using test::TempDir;

const std::vector<std::uint8_t> kBytes = {'%', 'P', 'D', 'F', '-', '1'};

// The code of the one diagnostic expected, or how many there were.
std::string only_code(const RenderResult& r) {
  if (r.diagnostics.size() == 1) return r.diagnostics[0].code;
  return "(" + std::to_string(r.diagnostics.size()) + " diagnostics)";
}

RenderResult render_order_to(const std::string& output) {
  static const Engine engine;
  return engine.render_file(source_path("samples/order.xml"), output);
}

// Names in `dir` that look like our temporary files.
std::vector<std::string> temp_files_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().find(".tmp-") != std::string::npos) {
      out.push_back(e.path().filename().string());
    }
  }
  return out;
}

TEST(OutputSafety, CharacterDevicesAreRefusedAndLeftAsTheyWere) {
  for (const char* dev : {"/dev/null", "/dev/full"}) {
    struct stat before {}, after {};
    ASSERT_EQ(::stat(dev, &before), 0);
    RenderResult r = render_order_to(dev);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR") << dev;
    EXPECT_NE(r.diagnostics[0].message.find(std::string(dev) + ": it is a character device"),
              std::string::npos)
        << r.diagnostics[0].message;
    ASSERT_EQ(::lstat(dev, &after), 0);
    EXPECT_TRUE(S_ISCHR(after.st_mode)) << dev;
    EXPECT_EQ(after.st_rdev, before.st_rdev) << dev;
  }
}

TEST(OutputSafety, AFifoIsRefusedWithoutOpeningIt) {
  TempDir dir;
  fs::path fifo = dir / "out.pdf";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  // Opening a FIFO without a reader would block forever: the call must return promptly.
  auto pending = std::async(std::launch::async, [&] { return render_order_to(fifo.string()); });
  ASSERT_EQ(pending.wait_for(std::chrono::seconds(30)), std::future_status::ready);
  RenderResult r = pending.get();
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR");
  EXPECT_NE(r.diagnostics[0].message.find("FIFO"), std::string::npos);
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_TRUE(temp_files_in(dir.path()).empty());
}

TEST(OutputSafety, AFolderAndASocketAreRefused) {
  TempDir dir;
  fs::create_directory(dir / "folder.pdf");
  RenderResult r = render_order_to((dir / "folder.pdf").string());
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR");
  EXPECT_NE(r.diagnostics[0].message.find("it is a folder"), std::string::npos);
  EXPECT_TRUE(fs::is_directory(dir / "folder.pdf"));

  int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(s, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string path = (dir / "sock.pdf").string();
  ASSERT_LT(path.size(), sizeof addr.sun_path);
  std::copy(path.begin(), path.end(), addr.sun_path);
  ASSERT_EQ(::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  r = render_order_to(path);
  ::close(s);
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR");
  EXPECT_NE(r.diagnostics[0].message.find("it is a socket"), std::string::npos);
  EXPECT_TRUE(fs::is_socket(path));
}

TEST(OutputSafety, ASymlinkToARegularFileReplacesTheTargetAndKeepsTheLink) {
  TempDir dir;
  fs::create_directory(dir / "real");
  test::write_text(dir / "real/old.pdf", "old contents");
  fs::create_symlink(dir / "real/old.pdf", dir / "link.pdf");
  RenderResult r = render_order_to((dir / "link.pdf").string());
  ASSERT_TRUE(r.ok) << only_code(r);
  EXPECT_TRUE(fs::is_symlink(dir / "link.pdf"));
  EXPECT_EQ(fs::read_symlink(dir / "link.pdf"), dir / "real/old.pdf");
  EXPECT_EQ(read_text((dir / "real/old.pdf").string()).substr(0, 5), "%PDF-");
  // The temporary file went beside the target (same file system), and is gone.
  EXPECT_TRUE(temp_files_in(dir / "real").empty());
  EXPECT_TRUE(temp_files_in(dir.path()).empty());
}

TEST(OutputSafety, DanglingAndDeviceSymlinksAreRefused) {
  TempDir dir;
  fs::create_symlink(dir / "nowhere.pdf", dir / "dangling.pdf");
  RenderResult r = render_order_to((dir / "dangling.pdf").string());
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR");
  EXPECT_FALSE(fs::exists(dir / "nowhere.pdf"));  // no file created through the link

  fs::create_symlink("/dev/null", dir / "null.pdf");
  r = render_order_to((dir / "null.pdf").string());
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR");
  EXPECT_NE(r.diagnostics[0].message.find("a symbolic link to a character device"),
            std::string::npos);
  EXPECT_TRUE(fs::is_symlink(dir / "null.pdf"));
}

TEST(OutputSafety, AnotherUsersLinkInAStickyWorldWritableFolderIsRefused) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to give a link to another user (chown -h)";
  TempDir dir;
  fs::path shared = dir / "shared";  // like /tmp: sticky and world-writable
  fs::create_directory(shared);
  ASSERT_EQ(::chmod(shared.c_str(), 01777), 0);
  test::write_text(dir / "victim.pdf", "precious");
  fs::create_symlink(dir / "victim.pdf", shared / "theirs.pdf");
  ASSERT_EQ(::lchown((shared / "theirs.pdf").c_str(), 65534, 65534), 0);  // nobody
  RenderResult r = render_order_to((shared / "theirs.pdf").string());
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-NOT-REGULAR");
  EXPECT_NE(r.diagnostics[0].message.find("owned by another user"), std::string::npos);
  EXPECT_EQ(read_text((dir / "victim.pdf").string()), "precious");
  // Our own link there is followed as anywhere else.
  fs::create_symlink(dir / "victim.pdf", shared / "ours.pdf");
  EXPECT_TRUE(render_order_to((shared / "ours.pdf").string()).ok);
  EXPECT_EQ(read_text((dir / "victim.pdf").string()).substr(0, 5), "%PDF-");
}

TEST(OutputSafety, AnUnwritableFolderIsOutputUnwritable) {
  RenderResult r = render_order_to("/nonexistent-folder-gongwen/x.pdf");
  EXPECT_EQ(only_code(r), "GW-E-OUTPUT-UNWRITABLE");
}

TEST(OutputSafety, TheTargetIsCheckedAgainJustBeforeTheRename) {
  // The target became a FIFO after the first check: the commit refuses, leaves it, and
  // removes the temporary file.
  TempDir dir;
  fs::path temp = dir / "t";
  test::write_text(temp, "pdf");
  ASSERT_EQ(::mkfifo((dir / "out.pdf").c_str(), 0644), 0);
  detail::FileProblem p;
  EXPECT_FALSE(detail::commit_temp_file(temp.string(), (dir / "out.pdf").string(), p));
  EXPECT_EQ(p.kind, detail::FileError::output_not_regular);
  EXPECT_TRUE(fs::is_fifo(dir / "out.pdf"));
  EXPECT_FALSE(fs::exists(temp));

  // An existing regular file is replaced, a new name is created.
  test::write_text(temp, "new");
  test::write_text(dir / "old.pdf", "old");
  EXPECT_TRUE(detail::commit_temp_file(temp.string(), (dir / "old.pdf").string(), p));
  EXPECT_EQ(read_text((dir / "old.pdf").string()), "new");
  EXPECT_FALSE(fs::exists(temp));
  test::write_text(temp, "fresh");
  EXPECT_TRUE(detail::commit_temp_file(temp.string(), (dir / "fresh.pdf").string(), p));
  EXPECT_EQ(read_text((dir / "fresh.pdf").string()), "fresh");
  EXPECT_EQ(temp_files_in(dir.path()).size(), 0u);
}

TEST(TempFiles, NamesCarryPidAndHostAndParseBack) {
  std::string tmpl = detail::temp_template_for("/some/dir/notice.pdf");
  std::string expected_prefix =
      "/some/dir/.notice.pdf.tmp-" + std::to_string(::getpid()) + "-" + detail::host_tag() + "-";
  EXPECT_EQ(tmpl, expected_prefix + "XXXXXX");
  long pid = 0;
  std::string host;
  EXPECT_TRUE(detail::parse_temp_name(".notice.pdf.tmp-4242-0123abcd-Ab3xYz", pid, host));
  EXPECT_EQ(pid, 4242);
  EXPECT_EQ(host, "0123abcd");
  for (const char* other : {"notice.pdf.tmp-4242-0123abcd-Ab3xYz",   // no leading dot
                            ".notice.pdf.tmp-4242-0123abcd-Ab3xY",    // 5 random chars
                            ".notice.pdf.tmp-42x2-0123abcd-Ab3xYz",   // PID not digits
                            ".notice.pdf.tmp-4242-0123ABCD-Ab3xYz",   // host not lower hex
                            ".notice.pdf.tmp-Ab3xYz",                 // the old pattern
                            "..tmp-4242-0123abcd-Ab3xYz",             // empty name
                            ".notice.pdf.bak-4242-0123abcd-Ab3xYz"}) {
    EXPECT_FALSE(detail::parse_temp_name(other, pid, host)) << other;
  }
}

// A PID that belonged to a process which has exited (and been reaped).
long dead_pid() {
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

void make_old(const fs::path& p) {
  fs::last_write_time(p, fs::last_write_time(p) - std::chrono::minutes(10));
}

TEST(TempFiles, StaleFilesOfDeadProcessesAreRemovedAndNothingElse) {
  TempDir dir;
  const std::string host = detail::host_tag();
  const std::string dead = std::to_string(dead_pid());
  const std::string live = std::to_string(::getppid());  // our parent is alive
  const std::string stale = ".a.pdf.tmp-" + dead + "-" + host + "-Qw12Er";
  const std::vector<std::string> kept = {
      ".a.pdf.tmp-" + live + "-" + host + "-Qw12Er",      // a live process's
      ".a.pdf.tmp-" + dead + "-0badf00d-Qw12Er",          // another host's
      ".a.pdf.tmp-" + dead + "-" + host + "-Qw12E",       // not exactly our pattern
      ".a.pdf.tmp-Qw12Er",                                // similar, different pattern
      "a.pdf.tmp-" + dead + "-" + host + "-Qw12Er",       // no leading dot
      "a.pdf"};
  test::write_text(dir / stale, "partial");
  make_old(dir / stale);
  for (const std::string& k : kept) {
    test::write_text(dir / k, "keep");
    make_old(dir / k);
  }
  const std::string fresh = ".b.pdf.tmp-" + dead + "-" + host + "-Zx98Cv";  // just written
  test::write_text(dir / fresh, "fresh");

  EXPECT_EQ(detail::remove_stale_temps(dir.path().string()), 1u);
  EXPECT_FALSE(fs::exists(dir / stale));
  for (const std::string& k : kept) EXPECT_TRUE(fs::exists(dir / k)) << k;
  EXPECT_TRUE(fs::exists(dir / fresh));
}

TEST(TempFiles, StoppingRemovesLiveTemporaryFilesAndRefusesNewOnes) {
  // In a child process: stopping is for good.
  TempDir dir;
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::string tmpl = detail::temp_template_for((dir / "x.pdf").string());
    int fd = detail::create_live_temp(tmpl);
    if (fd < 0 || !fs::exists(tmpl)) ::_exit(10);
    if (detail::stop_and_remove_live_temps() != 1 || fs::exists(tmpl)) ::_exit(11);
    std::string again = detail::temp_template_for((dir / "y.pdf").string());
    if (detail::create_live_temp(again) >= 0 || errno != ECANCELED) ::_exit(12);
    detail::FileProblem p;
    if (detail::write_file_atomically((dir / "z.pdf").string(), kBytes, p)) ::_exit(13);
    if (p.kind != detail::FileError::output_unwritable) ::_exit(14);
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_TRUE(temp_files_in(dir.path()).empty());
  EXPECT_FALSE(fs::exists(dir / "z.pdf"));
}

}  // namespace
}  // namespace gongwen
