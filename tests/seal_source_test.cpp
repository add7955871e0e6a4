// Where a seal may come from (issue 8): inside the XML's folder or an allowed seal
// folder, or bytes passed through the API. Everything else — missing, outside (absolute,
// `..`, a symlink), a FIFO, a folder, not an image — gets one message, so a notice
// cannot probe which files exist.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>

#include "gongwen/gongwen.h"
#include "parse/seal_file.hpp"
#include "support/pdf_images.hpp"
#include "support/seal_images.hpp"
#include "support/seal_notice.hpp"

namespace gongwen {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::vector<std::uint8_t> a_png() { return test::make_png({6, 8, false, false}); }

// The refusal's message with the src as written replaced by "SRC".
std::string refusal(const RenderResult& r, const std::string& src) {
  const Diagnostic* d = test::only_error(r);
  if (!d) return "(not exactly one error)";
  EXPECT_EQ(d->code, "GW-E-SEAL-UNREADABLE");
  EXPECT_EQ(d->where.line, test::kSealLine);
  EXPECT_EQ(d->where.column, test::kSealColumn);
  std::string m = d->message;
  auto at = m.find("\"" + src + "\"");
  if (at != std::string::npos) m.replace(at, src.size() + 2, "\"SRC\"");
  return m;
}

// Missing, inside the folder: the reference every other refusal must equal.
std::string missing_message() {
  TempDir dir;
  return refusal(test::render_sealed("seal.png", test::with_base(dir.path())), "seal.png");
}

TEST(SealSource, MissingFileMessageSaysWhatToDo) {
  const std::string m = missing_message();
  EXPECT_EQ(m, detail::seal_refused_message("SRC"));
  EXPECT_NE(m.find("relative to the XML file"), std::string::npos) << m;
}

TEST(SealSource, FifoIsRefusedWithoutHanging) {
  TempDir dir;
  ASSERT_EQ(mkfifo((dir / "seal.png").c_str(), 0600), 0);
  const auto start = std::chrono::steady_clock::now();
  RenderResult r = test::render_sealed("seal.png", test::with_base(dir.path()));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(refusal(r, "seal.png"), missing_message());
}

TEST(SealSource, FolderAndNonImageAreRefusedLikeAMissingFile) {
  TempDir dir;
  fs::create_directory(dir / "seal.png");
  EXPECT_EQ(refusal(test::render_sealed("seal.png", test::with_base(dir.path())), "seal.png"),
            missing_message());
  TempDir other;
  test::write_text(other / "seal.png", "just text, no image signature");
  EXPECT_EQ(refusal(test::render_sealed("seal.png", test::with_base(other.path())), "seal.png"),
            missing_message());
}

TEST(SealSource, AbsolutePathOutsideIsRefusedLikeAMissingFile) {
  TempDir outside, base;
  test::write_bytes(outside / "seal.png", a_png());  // a valid, readable PNG
  const std::string there = (outside / "seal.png").string();
  const std::string nowhere = (outside / "missing.png").string();
  std::string a = refusal(test::render_sealed(there, test::with_base(base.path())), there);
  std::string b = refusal(test::render_sealed(nowhere, test::with_base(base.path())), nowhere);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, missing_message());
}

TEST(SealSource, DotDotEscapeIsRefusedLikeAMissingFile) {
  TempDir root;
  fs::create_directories(root / "notices");
  test::write_bytes(root / "seal.png", a_png());
  const RenderOptions ro = test::with_base(root / "notices");
  EXPECT_EQ(refusal(test::render_sealed("../seal.png", ro), "../seal.png"),
            refusal(test::render_sealed("../none.png", ro), "../none.png"));
  EXPECT_EQ(refusal(test::render_sealed("../seal.png", ro), "../seal.png"), missing_message());
  // A `..` that stays inside is fine.
  fs::create_directories(root / "notices" / "seals");
  test::write_bytes(root / "notices" / "seals" / "a.png", a_png());
  EXPECT_TRUE(test::render_sealed("seals/../seals/a.png", ro).ok);
}

TEST(SealSource, SymlinkOutIsRefusedLikeAMissingFile) {
  TempDir root;
  fs::create_directories(root / "notices");
  test::write_bytes(root / "secret.png", a_png());
  fs::create_symlink(root / "secret.png", root / "notices" / "seal.png");
  EXPECT_EQ(refusal(test::render_sealed("seal.png", test::with_base(root / "notices")),
                    "seal.png"),
            missing_message());
}

TEST(SealSource, SealDirAllowsAFolder) {
  TempDir notices, seals;
  test::write_bytes(seals / "office.png", a_png());
  RenderOptions ro = test::with_base(notices.path());
  EXPECT_FALSE(test::render_sealed("office.png", ro).ok);
  ro.seal_dirs.push_back(seals.path().string());
  EXPECT_TRUE(test::render_sealed("office.png", ro).ok);                       // relative
  EXPECT_TRUE(test::render_sealed((seals / "office.png").string(), ro).ok);  // absolute
}

TEST(SealSource, EmptyBaseDirImpliesNoFolder) {
  // Rendering from memory: the working directory (the source tree, where this file
  // exists) is not searched unless asked for.
  RenderOptions ro;
  RenderResult r = test::render_sealed("samples/seals/seal-a.png", ro);
  EXPECT_EQ(refusal(r, "samples/seals/seal-a.png"), missing_message());
  ro.base_dir = ".";
  EXPECT_TRUE(test::render_sealed("samples/seals/seal-a.png", ro).ok);
}

TEST(SealSource, BytesThroughTheCppApi) {
  RenderOptions ro;  // no folder at all
  const test::PngVariant v{3, 4, true, true};
  ro.seal_bytes["office-seal"] = make_seal_bytes(test::make_png(v));
  RenderResult r = test::render_sealed("office-seal", ro);
  ASSERT_TRUE(r.ok);
  auto images = test::read_page_images(r.pdf);
  const auto page = static_cast<std::size_t>(r.seals.at(0).page - 1);
  ASSERT_EQ(images[page].size(), 1u);
  const std::vector<std::uint8_t> want = test::expected_rgba(v);
  for (std::size_t i = 0; i < 64 * 64; ++i) {
    ASSERT_EQ(images[page][0].pixels[i * 3], want[i * 4]) << i;
    ASSERT_EQ(images[page][0].smask[i], want[i * 4 + 3]) << i;
  }
  // Broken bytes say what is wrong (they are the caller's own).
  std::vector<std::uint8_t> truncated = *ro.seal_bytes["office-seal"];
  truncated.resize(40);
  ro.seal_bytes["office-seal"] = make_seal_bytes(std::move(truncated));
  RenderResult bad = test::render_sealed("office-seal", ro);
  const Diagnostic* d = test::only_error(bad);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->code, "GW-E-SEAL-UNREADABLE");
  EXPECT_NE(d->message.find("broken PNG"), std::string::npos) << d->message;
}

TEST(SealSource, BytesThroughTheCApi) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  ASSERT_NE(e, nullptr);
  gongwen_options* o = gongwen_options_new();
  ASSERT_NE(o, nullptr);
  std::vector<std::uint8_t> jpg = test::make_jpeg(32, 32, {220, 20, 20});
  EXPECT_EQ(gongwen_options_add_seal_bytes(o, "scan.jpg", jpg.data(), jpg.size()), GONGWEN_OK);
  EXPECT_EQ(gongwen_options_add_seal_bytes(o, nullptr, jpg.data(), jpg.size()),
            GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_add_seal_bytes(o, "x", nullptr, 5), GONGWEN_ERROR_INVALID_ARGUMENT);
  jpg.assign(jpg.size(), 0);  // the options hold their own copy
  const std::string xml = test::sealed_notice("scan.jpg");
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render(e, xml.data(), xml.size(), "n.xml", o, &r), GONGWEN_OK);
  ASSERT_NE(r, nullptr);
  size_t n = 0;
  const unsigned char* pdf = gongwen_result_pdf(r, &n);
  ASSERT_NE(pdf, nullptr);
  auto images = test::read_page_images(std::vector<unsigned char>(pdf, pdf + n));
  std::size_t count = 0;
  for (const auto& page : images) count += page.size();
  EXPECT_EQ(count, 1u);
  gongwen_result_free(r);

  // A broken seal through the C API: a diagnostic, and the host process lives on.
  const unsigned char junk[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0};
  EXPECT_EQ(gongwen_options_add_seal_bytes(o, "scan.jpg", junk, sizeof junk), GONGWEN_OK);
  EXPECT_EQ(gongwen_render(e, xml.data(), xml.size(), "n.xml", o, &r), GONGWEN_ERROR_RENDER);
  ASSERT_EQ(gongwen_result_diagnostic_count(r), 1u);
  EXPECT_STREQ(gongwen_result_diagnostic_code(r, 0), "GW-E-SEAL-UNREADABLE");
  EXPECT_EQ(gongwen_result_diagnostic_line(r, 0), test::kSealLine);
  gongwen_result_free(r);
  gongwen_options_free(o);
  gongwen_engine_free(e);
}

TEST(SealSource, CApiSealDir) {
  TempDir notices, seals;
  test::write_bytes(seals / "office.png", a_png());
  gongwen_engine* e = gongwen_engine_new(nullptr);
  gongwen_options* o = gongwen_options_new();
  ASSERT_TRUE(e && o);
  EXPECT_EQ(gongwen_options_set_base_dir(o, notices.path().c_str()), GONGWEN_OK);
  const std::string xml = test::sealed_notice("office.png");
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render(e, xml.data(), xml.size(), "n.xml", o, &r), GONGWEN_ERROR_RENDER);
  gongwen_result_free(r);
  EXPECT_EQ(gongwen_options_add_seal_dir(o, seals.path().c_str()), GONGWEN_OK);
  EXPECT_EQ(gongwen_render(e, xml.data(), xml.size(), "n.xml", o, &r), GONGWEN_OK);
  gongwen_result_free(r);
  gongwen_options_free(o);
  gongwen_engine_free(e);
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

TEST(SealCli, SealDirOption) {
  TempDir notices, seals;
  test::write_text(notices / "n.xml", test::sealed_notice("office.png"));
  test::write_bytes(seals / "office.png", a_png());
  const std::string cmd = std::string(GONGWEN_CLI_PATH) + " render " + quoted(notices / "n.xml");
  auto refused = test::run_command(cmd);
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.out.find("n.xml:5:3: error GW-E-SEAL-UNREADABLE"), std::string::npos)
      << refused.out;
  auto ok = test::run_command(cmd + " --seal-dir " + quoted(seals.path()));
  EXPECT_EQ(ok.status, 0) << ok.out;
  EXPECT_TRUE(fs::exists(notices / "n.pdf"));
}

TEST(SealCli, MaxSealBytesOption) {
  TempDir dir;
  test::write_text(dir / "n.xml", test::sealed_notice("seal.png"));
  std::vector<std::uint8_t> png = a_png();
  test::write_bytes(dir / "seal.png", png);
  const std::string cmd = std::string(GONGWEN_CLI_PATH) + " render " + quoted(dir / "n.xml");
  auto r = test::run_command(cmd + " --max-seal-bytes " + std::to_string(png.size() - 1));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("the limit is " + std::to_string(png.size() - 1) + " bytes"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(test::run_command(cmd + " --max-seal-bytes " + std::to_string(png.size())).status, 0);
}

TEST(SealCli, BatchWithABrokenSealInTheMiddleRendersTheRest) {
  TempDir in, out;
  test::write_bytes(in / "seal.png", a_png());
  std::vector<std::uint8_t> broken = a_png();
  broken.resize(broken.size() / 2);
  test::write_bytes(in / "broken.png", broken);
  test::write_text(in / "a.xml", test::sealed_notice("seal.png"));
  test::write_text(in / "b.xml", test::sealed_notice("broken.png"));
  test::write_text(in / "c.xml", test::sealed_notice("seal.png"));
  auto r = test::run_command(std::string(GONGWEN_CLI_PATH) + " render " + quoted(in / "a.xml") +
                             " " + quoted(in / "b.xml") + " " + quoted(in / "c.xml") + " -o " +
                             quoted(out.path()) + " -j 2");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(fs::exists(out / "a.pdf"));
  EXPECT_FALSE(fs::exists(out / "b.pdf"));
  EXPECT_TRUE(fs::exists(out / "c.pdf"));
  EXPECT_NE(r.out.find("b.xml:5:3: error GW-E-SEAL-UNREADABLE"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 rendered, 1 failed"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
