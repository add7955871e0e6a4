// The CLI's outputs under stress (issue 8): devices and FIFOs refused, SIGTERM in the
// middle of a -j 2 batch removes the temporary files and exits 128 + 15, a batch removes
// stale temporary files of its own pattern at start, the CLI adds its flag to a limit's
// message.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "api/temp_files.hpp"
#include "support/files.hpp"

extern char** environ;

namespace gongwen {
namespace {

namespace fs = std::filesystem;
using test::read_text;
using test::run_command;
using test::source_path;
using test::TempDir;
using test::cli;
using test::quoted;


int count_matching(const fs::path& dir, const std::string& part) {
  int n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().filename().string().find(part) != std::string::npos) ++n;
  }
  return n;
}

TEST(CliOutputs, DevNullAndDevFullAreRefusedAndUnchanged) {
  for (const char* dev : {"/dev/null", "/dev/full"}) {
    struct stat before {}, after {};
    ASSERT_EQ(::stat(dev, &before), 0);
    auto r = run_command(cli() + " render " + source_path("samples/order.xml") + " -o " + dev);
    EXPECT_EQ(r.status, 1) << r.out;
    EXPECT_NE(r.out.find(std::string(dev) + ": error GW-E-OUTPUT-NOT-REGULAR"), std::string::npos)
        << r.out;
    ASSERT_EQ(::lstat(dev, &after), 0);
    EXPECT_TRUE(S_ISCHR(after.st_mode));
    EXPECT_EQ(after.st_rdev, before.st_rdev);
  }
}

TEST(CliOutputs, AFifoIsRefusedWithoutHanging) {
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "o.pdf").c_str(), 0644), 0);
  // `timeout` turns a hang into status 124 instead of a stuck test run.
  auto r = run_command("timeout 60 " + cli() + " render " + source_path("samples/order.xml") +
                       " -o " + quoted(dir / "o.pdf"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("GW-E-OUTPUT-NOT-REGULAR"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::is_fifo(dir / "o.pdf"));
}

// Starts the CLI with posix_spawn (stderr to `log`); returns its PID.
pid_t spawn_cli(const std::vector<std::string>& args, const fs::path& log) {
  std::vector<std::string> all = {cli()};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

TEST(CliOutputs, SigtermMidBatchRemovesTemporaryFilesAndExits143) {
  TempDir dir;
  const int inputs = 60;
  std::string xml = read_text(source_path("samples/seed-002-tongzhi.xml"));
  for (int i = 0; i < inputs; ++i) test::write_text(dir / ("in/n" + std::to_string(i) + ".xml"), xml);
  fs::path out = dir / "out";
  pid_t pid = spawn_cli({"render", (dir / "in").string(), "-o", out.string(), "-j", "2"},
                        dir / "stderr.txt");
  ASSERT_GT(pid, 0);
  // Wait for the first PDF, then stop the batch while it is still going.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  bool started = false;
  while (!started && std::chrono::steady_clock::now() < deadline) {
    std::error_code ec;
    if (fs::exists(out, ec)) started = count_matching(out, ".pdf") > count_matching(out, ".tmp-");
    if (!started) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_TRUE(started) << read_text((dir / "stderr.txt").string());
  ASSERT_EQ(::kill(pid, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  std::string log = read_text((dir / "stderr.txt").string());
  ASSERT_TRUE(WIFEXITED(status)) << log;
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM) << log;
  EXPECT_NE(log.find("stopped by signal 15"), std::string::npos) << log;
  EXPECT_EQ(count_matching(out, ".tmp-"), 0);
  EXPECT_LT(count_matching(out, ".pdf"), inputs) << "the batch ended before the signal";
}

TEST(CliOutputs, AReaderGoingAwayStopsTheBatchLikeSigpipe) {
  TempDir dir;
  std::string xml = read_text(source_path("samples/seed-002-tongzhi.xml"));
  for (int i = 0; i < 30; ++i) test::write_text(dir / ("in/n" + std::to_string(i) + ".xml"), xml);
  fs::path out = dir / "out";
  // head exits after the first line: the next write to the pipe fails with EPIPE.
  auto r = run_command("(" + cli() + " render " + quoted(dir / "in") + " -o " + quoted(out) +
                       " -j 2 2>&1; echo $? > " + quoted(dir / "status") + ") | head -n 1");
  EXPECT_EQ(read_text((dir / "status").string()), std::to_string(128 + SIGPIPE) + "\n") << r.out;
  EXPECT_EQ(count_matching(out, ".tmp-"), 0);
  EXPECT_LT(count_matching(out, ".pdf"), 30);
}

TEST(CliOutputs, BatchStartRemovesStaleTemporaryFilesOfItsPatternOnly) {
  TempDir dir;
  test::write_text(dir / "in/a.xml", read_text(source_path("samples/order.xml")));
  fs::path out = dir / "out";
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // `child` is now the PID of no process
  const std::string stale =
      ".a.pdf.tmp-" + std::to_string(child) + "-" + detail::host_tag() + "-K1lled";
  const std::string similar = ".a.pdf.tmp-K1lled";  // the naming before PIDs: not ours to judge
  for (const std::string& name : {stale, similar}) {
    test::write_text(out / name, "partial");
    fs::last_write_time(out / name, fs::last_write_time(out / name) - std::chrono::minutes(5));
  }
  auto r = run_command(cli() + " render " + quoted(dir / "in") + " -o " + quoted(out));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("removed 1 stale temporary file in"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(out / stale));
  EXPECT_TRUE(fs::exists(out / similar));
  EXPECT_TRUE(fs::exists(out / "a.pdf"));
}

TEST(CliOutputs, InputLimitMessageNamesTheLibraryLimitAndTheCliFlag) {
  TempDir dir;
  auto r = run_command(cli() + " render " + source_path("samples/order.xml") + " -o " +
                       quoted(dir / "o.pdf") + " --max-input-bytes 100");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("error GW-E-INPUT-TOO-LARGE"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("raise Limits::max_input_bytes"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(gongwen render: --max-input-bytes N)"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
